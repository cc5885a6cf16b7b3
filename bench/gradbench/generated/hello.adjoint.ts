// Generated from bench/gradbench/evals/hello.ts by the sobolev compiler (adjoint). Do not edit.
/**
 * Adjoint of square (bench/gradbench/evals/hello.ts:7).
 * @differentiable
 * @wrt x out_b grad
 * @length grad 1
 */
export function square_adjoint(x: number, out_b: number, grad: Float64Array): number {
    const ret = x * x; // hello.ts:8
    // reverse sweep
    let x_b = 0;
    let ret_b = out_b;
    x_b += ret_b * x; // hello.ts:8
    x_b += ret_b * x; // hello.ts:8
    grad[0]! += x_b;
    return ret;
}
