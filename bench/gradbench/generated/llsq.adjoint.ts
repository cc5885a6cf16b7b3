// Generated from bench/gradbench/evals/llsq.ts by the sobolev compiler (adjoint). Do not edit.
import { tape } from "../../../runtime/index.js";

/**
 * Adjoint of llsq (bench/gradbench/evals/llsq.ts:11).
 * @differentiable
 * @wrt x x_b out_b
 * @domain n 7 7
 * @length x 5
 * @length x_b 5
 * @variant tangent
 */
export function llsq_adjoint(x: Float64Array, n: number, x_b: Float64Array, out_b: number): number {
    let inner = 0;
    let mul = 0;
    let sum = 0; // llsq.ts:12
    for (let i = 0; i < n; i++) {
        const t1 = i * 2 / (n - 1); // llsq.ts:14
        const ti = -1 + t1; // llsq.ts:14
        tape.push(inner); // llsq.ts:15
        inner = ti > 0 ? 1 : ti < 0 ? -1 : 0; // llsq.ts:15
        mul = 1; // llsq.ts:16
        for (let j = 0; j < x.length; j++) {
            const t2 = x[j]! * mul; // llsq.ts:18
            inner -= t2; // llsq.ts:18
            tape.push(mul); // llsq.ts:19
            mul *= ti; // llsq.ts:19
        }
        sum += inner * inner; // llsq.ts:21
    }
    const ret = sum / 2; // llsq.ts:23
    // reverse sweep
    let t2_b = 0;
    let inner_b = 0;
    let sum_b = 0;
    let ret_b = out_b;
    sum_b += ret_b * (1 / 2); // llsq.ts:23
    for (let i = n - 1; i >= 0; i--) {
        inner_b += sum_b * inner; // llsq.ts:21
        inner_b += sum_b * inner; // llsq.ts:21
        for (let j = x.length - 1; j >= 0; j--) {
            mul = tape.pop(); // llsq.ts:19
            t2_b -= inner_b; // llsq.ts:18
            x_b[j]! += t2_b * mul; // llsq.ts:18
            t2_b = 0; // llsq.ts:18
        }
        inner = tape.pop(); // llsq.ts:15
        inner_b = 0; // llsq.ts:15
    }
    sum_b = 0; // llsq.ts:12
    return ret;
}
