// Generated from models/bachelier.ts by the sobolev compiler (tangent over adjoint). Do not edit.
/**
 * Tangent of adjoint of smoothBasketPayoff (models/bachelier.ts:49).
 * @differentiable
 * @wrt x x_b x_d x_b_d out
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
 * @length x_d n
 * @length x_b_d n
 * @length out 2
 */
export function smoothBasketPayoff_adjoint_tangent(x: Float64Array, p: Float64Array, w: Float64Array, strike: number, width: number, n: number, x_b: Float64Array, out_b: number, x_d: Float64Array, x_b_d: Float64Array, out: Float64Array): void {
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
    // reverse sweep
    let t1_b = 0;
    let t1_b_d = 0;
    let up_b = 0;
    let up_b_d = 0;
    let t2_b = 0;
    let t2_b_d = 0;
    let down_b = 0;
    let down_b_d = 0;
    let a_b = 0;
    let a_b_d = 0;
    let b_b = 0;
    let b_b_d = 0;
    let t3_b = 0;
    let t3_b_d = 0;
    let t4_b = 0;
    let t4_b_d = 0;
    let t5_b = 0;
    let t5_b_d = 0;
    let t6_b = 0;
    let t6_b_d = 0;
    let t7_b = 0;
    let t8_b = 0;
    let t8_b_d = 0;
    let t9_b = 0;
    let t9_b_d = 0;
    let t10_b = 0;
    let t10_b_d = 0;
    let t11_b = 0;
    let t11_b_d = 0;
    let t12_b = 0;
    let t13_b = 0;
    let ret_b = out_b;
    t13_b += ret_b * 0.5; // bachelier.ts:58
    t7_b += t13_b; // bachelier.ts:58
    t12_b += t13_b; // bachelier.ts:58
    const t14 = 1 / t11; // bachelier.ts:58
    const t14_d = -(1 / (t11 * t11) * t11_d); // bachelier.ts:58
    b_b_d += t12_b * t14_d; // bachelier.ts:58
    b_b += t12_b * t14; // bachelier.ts:58
    const t15 = t11 * t11; // bachelier.ts:58
    const t15_d = t11 * t11_d + t11 * t11_d; // bachelier.ts:58
    const t16 = b / t15; // bachelier.ts:58
    const t16_d = 1 / t15 * b_d - b / (t15 * t15) * t15_d; // bachelier.ts:58
    const t17 = t12_b * t16; // bachelier.ts:58
    const t17_d = t12_b * t16_d; // bachelier.ts:58
    t11_b_d -= t17_d; // bachelier.ts:58
    t11_b -= t17; // bachelier.ts:58
    t10_b_d += t11_b_d; // bachelier.ts:58
    t10_b += t11_b; // bachelier.ts:58
    t9_b_d = t9_b_d + t10 * t10_b_d + t10_b * t10_d; // bachelier.ts:58
    t9_b += t10_b * t10; // bachelier.ts:58
    const t18 = 1 / width; // bachelier.ts:58
    t8_b_d += t18 * t9_b_d; // bachelier.ts:58
    t8_b += t9_b * t18; // bachelier.ts:58
    b_b_d -= t8_b_d; // bachelier.ts:58
    b_b -= t8_b; // bachelier.ts:58
    const t19 = 1 / t6; // bachelier.ts:58
    const t19_d = -(1 / (t6 * t6) * t6_d); // bachelier.ts:58
    a_b_d += t7_b * t19_d; // bachelier.ts:58
    a_b += t7_b * t19; // bachelier.ts:58
    const t20 = t6 * t6; // bachelier.ts:58
    const t20_d = t6 * t6_d + t6 * t6_d; // bachelier.ts:58
    const t21 = a / t20; // bachelier.ts:58
    const t21_d = 1 / t20 * a_d - a / (t20 * t20) * t20_d; // bachelier.ts:58
    const t22 = t7_b * t21; // bachelier.ts:58
    const t22_d = t7_b * t21_d; // bachelier.ts:58
    t6_b_d -= t22_d; // bachelier.ts:58
    t6_b -= t22; // bachelier.ts:58
    t5_b_d += t6_b_d; // bachelier.ts:58
    t5_b += t6_b; // bachelier.ts:58
    t4_b_d = t4_b_d + t5 * t5_b_d + t5_b * t5_d; // bachelier.ts:58
    t4_b += t5_b * t5; // bachelier.ts:58
    const t23 = 1 / width; // bachelier.ts:58
    t3_b_d += t23 * t4_b_d; // bachelier.ts:58
    t3_b += t4_b * t23; // bachelier.ts:58
    a_b_d -= t3_b_d; // bachelier.ts:58
    a_b -= t3_b; // bachelier.ts:58
    down_b_d += b_b_d; // bachelier.ts:57
    down_b += b_b; // bachelier.ts:57
    up_b_d += a_b_d; // bachelier.ts:56
    up_b += a_b; // bachelier.ts:56
    for (let i = n - 1; i >= 0; i--) {
        t2_b_d += w[i]! * down_b_d; // bachelier.ts:54
        t2_b += down_b * w[i]!; // bachelier.ts:54
        x_b_d[i]! += t2_b_d; // bachelier.ts:54
        x_b[i]! += t2_b; // bachelier.ts:54
        t2_b = 0; // bachelier.ts:54
        t2_b_d = 0; // bachelier.ts:54
        t1_b_d += w[i]! * up_b_d; // bachelier.ts:53
        t1_b += up_b * w[i]!; // bachelier.ts:53
        x_b_d[i]! += t1_b_d; // bachelier.ts:53
        x_b[i]! += t1_b; // bachelier.ts:53
        t1_b = 0; // bachelier.ts:53
        t1_b_d = 0; // bachelier.ts:53
    }
    down_b = 0; // bachelier.ts:51
    down_b_d = 0; // bachelier.ts:51
    up_b = 0; // bachelier.ts:50
    up_b_d = 0; // bachelier.ts:50
    out[0] = ret;
    out[1] = ret_d;
}
