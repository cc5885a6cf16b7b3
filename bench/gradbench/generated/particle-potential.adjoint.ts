// Generated from bench/gradbench/evals/particle-potential.ts by the sobolev compiler (adjoint). Do not edit.
/**
 * Adjoint of potential (bench/gradbench/evals/particle-potential.ts:15).
 * @differentiable
 * @wrt x0 x1 out_b grad
 * @domain x0 0 8
 * @domain x1 1 8
 * @domain w -1 1
 * @length grad 2
 */
export function potential_adjoint(x0: number, x1: number, w: number, out_b: number, grad: Float64Array): number {
    const t1 = x0 - 10; // particle-potential.ts:16
    const t2 = x0 - 10; // particle-potential.ts:16
    const t3 = t1 * t2; // particle-potential.ts:16
    const t4 = 10 - w; // particle-potential.ts:16
    const t5 = x1 - t4; // particle-potential.ts:16
    const t6 = 10 - w; // particle-potential.ts:16
    const t7 = x1 - t6; // particle-potential.ts:16
    const t8 = t3 + t5 * t7; // particle-potential.ts:16
    const t9 = Math.sqrt(t8); // particle-potential.ts:16
    const t10 = 1 / t9; // particle-potential.ts:16
    const t11 = x0 - 10; // particle-potential.ts:16
    const t12 = x0 - 10; // particle-potential.ts:16
    const t13 = t11 * t12; // particle-potential.ts:16
    const t14 = t13 + x1 * x1; // particle-potential.ts:16
    const t15 = Math.sqrt(t14); // particle-potential.ts:16
    const t16 = 1 / t15; // particle-potential.ts:16
    const ret = t10 + t16; // particle-potential.ts:16
    // reverse sweep
    let x0_b = 0;
    let x1_b = 0;
    let t1_b = 0;
    let t2_b = 0;
    let t3_b = 0;
    let t5_b = 0;
    let t7_b = 0;
    let t8_b = 0;
    let t9_b = 0;
    let t10_b = 0;
    let t11_b = 0;
    let t12_b = 0;
    let t13_b = 0;
    let t14_b = 0;
    let t15_b = 0;
    let t16_b = 0;
    let ret_b = out_b;
    t10_b += ret_b; // particle-potential.ts:16
    t16_b += ret_b; // particle-potential.ts:16
    t15_b -= t16_b * (1 / (t15 * t15)); // particle-potential.ts:16
    t14_b += t15_b === 0 ? 0 : t15_b * (0.5 / t15); // particle-potential.ts:16
    t13_b += t14_b; // particle-potential.ts:16
    x1_b += t14_b * x1; // particle-potential.ts:16
    x1_b += t14_b * x1; // particle-potential.ts:16
    t11_b += t13_b * t12; // particle-potential.ts:16
    t12_b += t13_b * t11; // particle-potential.ts:16
    x0_b += t12_b; // particle-potential.ts:16
    x0_b += t11_b; // particle-potential.ts:16
    t9_b -= t10_b * (1 / (t9 * t9)); // particle-potential.ts:16
    t8_b += t9_b === 0 ? 0 : t9_b * (0.5 / t9); // particle-potential.ts:16
    t3_b += t8_b; // particle-potential.ts:16
    t5_b += t8_b * t7; // particle-potential.ts:16
    t7_b += t8_b * t5; // particle-potential.ts:16
    x1_b += t7_b; // particle-potential.ts:16
    x1_b += t5_b; // particle-potential.ts:16
    t1_b += t3_b * t2; // particle-potential.ts:16
    t2_b += t3_b * t1; // particle-potential.ts:16
    x0_b += t2_b; // particle-potential.ts:16
    x0_b += t1_b; // particle-potential.ts:16
    grad[0]! += x0_b;
    grad[1]! += x1_b;
    return ret;
}
