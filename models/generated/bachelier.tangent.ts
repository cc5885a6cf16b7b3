// Generated from models/bachelier.ts by the sobolev compiler (tangent). Do not edit.
/**
 * Tangent of basketPayoff (models/bachelier.ts:20).
 * @differentiable
 * @wrt x x_d out
 * @domain n 7 7
 * @domain x 0.5 1.5
 * @domain p -0.3 0.3
 * @domain w 0.05 0.3
 * @domain strike 1.1 1.1
 * @length x n
 * @length p n
 * @length w n
 * @length x_d n
 * @length out 2
 */
export function basketPayoff_tangent(x: Float64Array, p: Float64Array, w: Float64Array, strike: number, n: number, x_d: Float64Array, out: Float64Array): void {
    let up = 0; // bachelier.ts:21
    let up_d = 0; // bachelier.ts:21
    let down = 0; // bachelier.ts:22
    let down_d = 0; // bachelier.ts:22
    for (let i = 0; i < n; i++) {
        const t1 = x[i]! + p[i]!; // bachelier.ts:24
        const t1_d = x_d[i]!; // bachelier.ts:24
        up_d += w[i]! * t1_d; // bachelier.ts:24
        up += w[i]! * t1; // bachelier.ts:24
        const t2 = x[i]! - p[i]!; // bachelier.ts:25
        const t2_d = x_d[i]!; // bachelier.ts:25
        down_d += w[i]! * t2_d; // bachelier.ts:25
        down += w[i]! * t2; // bachelier.ts:25
    }
    const t3 = up - strike; // bachelier.ts:27
    const t3_d = up_d; // bachelier.ts:27
    const t4 = Math.max(t3, 0); // bachelier.ts:27
    const t4_d = t3 >= 0 ? t3_d : 0; // bachelier.ts:27
    const t5 = down - strike; // bachelier.ts:27
    const t5_d = down_d; // bachelier.ts:27
    const t6 = Math.max(t5, 0); // bachelier.ts:27
    const t6_d = t5 >= 0 ? t5_d : 0; // bachelier.ts:27
    const t7 = t4 + t6; // bachelier.ts:27
    const t7_d = t4_d + t6_d; // bachelier.ts:27
    const ret = 0.5 * t7; // bachelier.ts:27
    const ret_d = 0.5 * t7_d; // bachelier.ts:27
    out[0] = ret;
    out[1] = ret_d;
}

/**
 * Tangent of smoothBasketPayoff (models/bachelier.ts:49).
 * @differentiable
 * @wrt x x_d out
 * @domain n 7 7
 * @domain x 0.5 1.5
 * @domain p -0.3 0.3
 * @domain w 0.05 0.3
 * @domain strike 1.1 1.1
 * @domain width 0.05 0.05
 * @length x n
 * @length p n
 * @length w n
 * @length x_d n
 * @length out 2
 */
export function smoothBasketPayoff_tangent(x: Float64Array, p: Float64Array, w: Float64Array, strike: number, width: number, n: number, x_d: Float64Array, out: Float64Array): void {
    let up = 0; // bachelier.ts:50
    let up_d = 0; // bachelier.ts:50
    let down = 0; // bachelier.ts:51
    let down_d = 0; // bachelier.ts:51
    for (let i = 0; i < n; i++) {
        const t1 = x[i]! + p[i]!; // bachelier.ts:53
        const t1_d = x_d[i]!; // bachelier.ts:53
        up_d += w[i]! * t1_d; // bachelier.ts:53
        up += w[i]! * t1; // bachelier.ts:53
        const t2 = x[i]! - p[i]!; // bachelier.ts:54
        const t2_d = x_d[i]!; // bachelier.ts:54
        down_d += w[i]! * t2_d; // bachelier.ts:54
        down += w[i]! * t2; // bachelier.ts:54
    }
    const a = up - strike; // bachelier.ts:56
    const a_d = up_d; // bachelier.ts:56
    const b = down - strike; // bachelier.ts:57
    const b_d = down_d; // bachelier.ts:57
    const t3 = -a; // bachelier.ts:58
    const t3_d = -a_d; // bachelier.ts:58
    const t4 = t3 / width; // bachelier.ts:58
    const t4_d = 1 / width * t3_d; // bachelier.ts:58
    const t5 = Math.exp(t4); // bachelier.ts:58
    const t5_d = t5 * t4_d; // bachelier.ts:58
    const t6 = 1 + t5; // bachelier.ts:58
    const t6_d = t5_d; // bachelier.ts:58
    const t7 = a / t6; // bachelier.ts:58
    const t7_d = 1 / t6 * a_d - a / (t6 * t6) * t6_d; // bachelier.ts:58
    const t8 = -b; // bachelier.ts:58
    const t8_d = -b_d; // bachelier.ts:58
    const t9 = t8 / width; // bachelier.ts:58
    const t9_d = 1 / width * t8_d; // bachelier.ts:58
    const t10 = Math.exp(t9); // bachelier.ts:58
    const t10_d = t10 * t9_d; // bachelier.ts:58
    const t11 = 1 + t10; // bachelier.ts:58
    const t11_d = t10_d; // bachelier.ts:58
    const t12 = b / t11; // bachelier.ts:58
    const t12_d = 1 / t11 * b_d - b / (t11 * t11) * t11_d; // bachelier.ts:58
    const t13 = t7 + t12; // bachelier.ts:58
    const t13_d = t7_d + t12_d; // bachelier.ts:58
    const ret = 0.5 * t13; // bachelier.ts:58
    const ret_d = 0.5 * t13_d; // bachelier.ts:58
    out[0] = ret;
    out[1] = ret_d;
}
