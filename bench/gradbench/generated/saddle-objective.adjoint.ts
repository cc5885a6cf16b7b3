// Generated from bench/gradbench/evals/saddle-objective.ts by the sobolev compiler (adjoint). Do not edit.
/**
 * Adjoint of saddleF (bench/gradbench/evals/saddle-objective.ts:13).
 * @differentiable
 * @wrt y0 y1 out_b grad
 * @domain x0 -2 2
 * @domain x1 -2 2
 * @domain y0 -2 2
 * @domain y1 -2 2
 * @length grad 2
 */
export function saddleF_adjoint(x0: number, x1: number, y0: number, y1: number, out_b: number, grad: Float64Array): number {
    const t1 = x0 * x0; // saddle-objective.ts:14
    const t2 = t1 + x1 * x1; // saddle-objective.ts:14
    const t3 = y0 * y0; // saddle-objective.ts:14
    const t4 = t3 + y1 * y1; // saddle-objective.ts:14
    const ret = t2 - t4; // saddle-objective.ts:14
    // reverse sweep
    let y0_b = 0;
    let y1_b = 0;
    let t3_b = 0;
    let t4_b = 0;
    let ret_b = out_b;
    t4_b -= ret_b; // saddle-objective.ts:14
    t3_b += t4_b; // saddle-objective.ts:14
    y1_b += t4_b * y1; // saddle-objective.ts:14
    y1_b += t4_b * y1; // saddle-objective.ts:14
    y0_b += t3_b * y0; // saddle-objective.ts:14
    y0_b += t3_b * y0; // saddle-objective.ts:14
    grad[0]! += y0_b;
    grad[1]! += y1_b;
    return ret;
}
