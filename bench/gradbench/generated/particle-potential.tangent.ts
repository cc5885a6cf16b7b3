// Generated from bench/gradbench/evals/particle-potential.ts by the sobolev compiler (tangent). Do not edit.
/**
 * Tangent of potential (bench/gradbench/evals/particle-potential.ts:15).
 * @differentiable
 * @wrt x0 x1 x0_d x1_d out
 * @domain x0 0 8
 * @domain x1 1 8
 * @domain w -1 1
 * @length out 2
 */
export function potential_tangent(x0: number, x1: number, w: number, x0_d: number, x1_d: number, out: Float64Array): void {
    const t1 = x0 - 10; // particle-potential.ts:16
    const t1_d = x0_d; // particle-potential.ts:16
    const t2 = x0 - 10; // particle-potential.ts:16
    const t2_d = x0_d; // particle-potential.ts:16
    const t3 = t1 * t2; // particle-potential.ts:16
    const t3_d = t2 * t1_d + t1 * t2_d; // particle-potential.ts:16
    const t4 = 10 - w; // particle-potential.ts:16
    const t5 = x1 - t4; // particle-potential.ts:16
    const t5_d = x1_d; // particle-potential.ts:16
    const t6 = 10 - w; // particle-potential.ts:16
    const t7 = x1 - t6; // particle-potential.ts:16
    const t7_d = x1_d; // particle-potential.ts:16
    const t8 = t3 + t5 * t7; // particle-potential.ts:16
    const t8_d = t3_d + t7 * t5_d + t5 * t7_d; // particle-potential.ts:16
    const t9 = Math.sqrt(t8); // particle-potential.ts:16
    const t9_d = t8_d === 0 ? 0 : 0.5 / t9 * t8_d; // particle-potential.ts:16
    const t10 = 1 / t9; // particle-potential.ts:16
    const t10_d = -(1 / (t9 * t9) * t9_d); // particle-potential.ts:16
    const t11 = x0 - 10; // particle-potential.ts:16
    const t11_d = x0_d; // particle-potential.ts:16
    const t12 = x0 - 10; // particle-potential.ts:16
    const t12_d = x0_d; // particle-potential.ts:16
    const t13 = t11 * t12; // particle-potential.ts:16
    const t13_d = t12 * t11_d + t11 * t12_d; // particle-potential.ts:16
    const t14 = t13 + x1 * x1; // particle-potential.ts:16
    const t14_d = t13_d + x1 * x1_d + x1 * x1_d; // particle-potential.ts:16
    const t15 = Math.sqrt(t14); // particle-potential.ts:16
    const t15_d = t14_d === 0 ? 0 : 0.5 / t15 * t14_d; // particle-potential.ts:16
    const t16 = 1 / t15; // particle-potential.ts:16
    const t16_d = -(1 / (t15 * t15) * t15_d); // particle-potential.ts:16
    const ret = t10 + t16; // particle-potential.ts:16
    const ret_d = t10_d + t16_d; // particle-potential.ts:16
    out[0] = ret;
    out[1] = ret_d;
}
