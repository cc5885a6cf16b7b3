// Generated from bench/gradbench/evals/saddle-objective.ts by the sobolev compiler (tangent). Do not edit.
/**
 * Tangent of saddleF (bench/gradbench/evals/saddle-objective.ts:13).
 * @differentiable
 * @wrt y0 y1 y0_d y1_d out
 * @domain x0 -2 2
 * @domain x1 -2 2
 * @domain y0 -2 2
 * @domain y1 -2 2
 * @length out 2
 */
export function saddleF_tangent(x0: number, x1: number, y0: number, y1: number, y0_d: number, y1_d: number, out: Float64Array): void {
    const t1 = x0 * x0; // saddle-objective.ts:14
    const t2 = t1 + x1 * x1; // saddle-objective.ts:14
    const t3 = y0 * y0; // saddle-objective.ts:14
    const t3_d = y0 * y0_d + y0 * y0_d; // saddle-objective.ts:14
    const t4 = t3 + y1 * y1; // saddle-objective.ts:14
    const t4_d = t3_d + y1 * y1_d + y1 * y1_d; // saddle-objective.ts:14
    const ret = t2 - t4; // saddle-objective.ts:14
    const ret_d = -t4_d; // saddle-objective.ts:14
    out[0] = ret;
    out[1] = ret_d;
}
