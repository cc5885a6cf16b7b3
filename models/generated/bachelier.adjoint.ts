// Generated from models/bachelier.ts by the sobolev compiler (adjoint). Do not edit.
/**
 * Adjoint of basketPayoff (models/bachelier.ts:20).
 * @differentiable
 * @wrt x x_b out_b
 * @domain n 7 7
 * @domain x 0.5 1.5
 * @domain p -0.3 0.3
 * @domain w 0.05 0.3
 * @domain strike 1.1 1.1
 * @length x n
 * @length p n
 * @length w n
 * @length x_b n
 */
export function basketPayoff_adjoint(x: Float64Array, p: Float64Array, w: Float64Array, strike: number, n: number, x_b: Float64Array, out_b: number): number {
    let up = 0; // bachelier.ts:21
    let down = 0; // bachelier.ts:22
    for (let i = 0; i < n; i++) {
        const t1 = x[i]! + p[i]!; // bachelier.ts:24
        up += w[i]! * t1; // bachelier.ts:24
        const t2 = x[i]! - p[i]!; // bachelier.ts:25
        down += w[i]! * t2; // bachelier.ts:25
    }
    const t3 = up - strike; // bachelier.ts:27
    const t4 = Math.max(t3, 0); // bachelier.ts:27
    const t5 = down - strike; // bachelier.ts:27
    const t6 = Math.max(t5, 0); // bachelier.ts:27
    const t7 = t4 + t6; // bachelier.ts:27
    const ret = 0.5 * t7; // bachelier.ts:27
    // reverse sweep
    let t1_b = 0;
    let up_b = 0;
    let t2_b = 0;
    let down_b = 0;
    let t3_b = 0;
    let t4_b = 0;
    let t5_b = 0;
    let t6_b = 0;
    let t7_b = 0;
    let ret_b = out_b;
    t7_b += ret_b * 0.5; // bachelier.ts:27
    t4_b += t7_b; // bachelier.ts:27
    t6_b += t7_b; // bachelier.ts:27
    t5_b += t5 >= 0 ? t6_b : 0; // bachelier.ts:27
    down_b += t5_b; // bachelier.ts:27
    t3_b += t3 >= 0 ? t4_b : 0; // bachelier.ts:27
    up_b += t3_b; // bachelier.ts:27
    for (let i = n - 1; i >= 0; i--) {
        t2_b += down_b * w[i]!; // bachelier.ts:25
        x_b[i]! += t2_b; // bachelier.ts:25
        t2_b = 0; // bachelier.ts:25
        t1_b += up_b * w[i]!; // bachelier.ts:24
        x_b[i]! += t1_b; // bachelier.ts:24
        t1_b = 0; // bachelier.ts:24
    }
    down_b = 0; // bachelier.ts:22
    up_b = 0; // bachelier.ts:21
    return ret;
}

/**
 * Adjoint of smoothBasketPayoff (models/bachelier.ts:49).
 * @differentiable
 * @wrt x x_b out_b
 * @domain n 7 7
 * @domain x 0.5 1.5
 * @domain p -0.3 0.3
 * @domain w 0.05 0.3
 * @domain strike 1.1 1.1
 * @domain width 0.05 0.05
 * @length x n
 * @length p n
 * @length w n
 * @length x_b n
 */
export function smoothBasketPayoff_adjoint(x: Float64Array, p: Float64Array, w: Float64Array, strike: number, width: number, n: number, x_b: Float64Array, out_b: number): number {
    let up = 0; // bachelier.ts:50
    let down = 0; // bachelier.ts:51
    for (let i = 0; i < n; i++) {
        const t1 = x[i]! + p[i]!; // bachelier.ts:53
        up += w[i]! * t1; // bachelier.ts:53
        const t2 = x[i]! - p[i]!; // bachelier.ts:54
        down += w[i]! * t2; // bachelier.ts:54
    }
    const a = up - strike; // bachelier.ts:56
    const b = down - strike; // bachelier.ts:57
    const t3 = -a; // bachelier.ts:58
    const t4 = t3 / width; // bachelier.ts:58
    const t5 = Math.exp(t4); // bachelier.ts:58
    const t6 = 1 + t5; // bachelier.ts:58
    const t7 = a / t6; // bachelier.ts:58
    const t8 = -b; // bachelier.ts:58
    const t9 = t8 / width; // bachelier.ts:58
    const t10 = Math.exp(t9); // bachelier.ts:58
    const t11 = 1 + t10; // bachelier.ts:58
    const t12 = b / t11; // bachelier.ts:58
    const t13 = t7 + t12; // bachelier.ts:58
    const ret = 0.5 * t13; // bachelier.ts:58
    // reverse sweep
    let t1_b = 0;
    let up_b = 0;
    let t2_b = 0;
    let down_b = 0;
    let a_b = 0;
    let b_b = 0;
    let t3_b = 0;
    let t4_b = 0;
    let t5_b = 0;
    let t6_b = 0;
    let t7_b = 0;
    let t8_b = 0;
    let t9_b = 0;
    let t10_b = 0;
    let t11_b = 0;
    let t12_b = 0;
    let t13_b = 0;
    let ret_b = out_b;
    t13_b += ret_b * 0.5; // bachelier.ts:58
    t7_b += t13_b; // bachelier.ts:58
    t12_b += t13_b; // bachelier.ts:58
    b_b += t12_b * (1 / t11); // bachelier.ts:58
    t11_b -= t12_b * (b / (t11 * t11)); // bachelier.ts:58
    t10_b += t11_b; // bachelier.ts:58
    t9_b += t10_b * t10; // bachelier.ts:58
    t8_b += t9_b * (1 / width); // bachelier.ts:58
    b_b -= t8_b; // bachelier.ts:58
    a_b += t7_b * (1 / t6); // bachelier.ts:58
    t6_b -= t7_b * (a / (t6 * t6)); // bachelier.ts:58
    t5_b += t6_b; // bachelier.ts:58
    t4_b += t5_b * t5; // bachelier.ts:58
    t3_b += t4_b * (1 / width); // bachelier.ts:58
    a_b -= t3_b; // bachelier.ts:58
    down_b += b_b; // bachelier.ts:57
    up_b += a_b; // bachelier.ts:56
    for (let i = n - 1; i >= 0; i--) {
        t2_b += down_b * w[i]!; // bachelier.ts:54
        x_b[i]! += t2_b; // bachelier.ts:54
        t2_b = 0; // bachelier.ts:54
        t1_b += up_b * w[i]!; // bachelier.ts:53
        x_b[i]! += t1_b; // bachelier.ts:53
        t1_b = 0; // bachelier.ts:53
    }
    down_b = 0; // bachelier.ts:51
    up_b = 0; // bachelier.ts:50
    return ret;
}
