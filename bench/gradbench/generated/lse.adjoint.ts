// Generated from bench/gradbench/evals/lse.ts by the sobolev compiler (adjoint). Do not edit.
import { tape } from "../../../runtime/index.js";

/**
 * Adjoint of logsumexp (bench/gradbench/evals/lse.ts:8).
 * @differentiable
 * @wrt x x_b out_b
 * @length x 6
 * @length x_b 6
 * @variant tangent
 */
export function logsumexp_adjoint(x: Float64Array, x_b: Float64Array, out_b: number): number {
    let t2 = 0;
    let a = x[0]!; // lse.ts:9
    for (let i = 1; i < x.length; i++) {
        tape.push(a); // lse.ts:10
        a = Math.max(a, x[i]!); // lse.ts:10
    }
    let s = 0; // lse.ts:11
    for (let i = 0; i < x.length; i++) {
        const t1 = x[i]! - a; // lse.ts:12
        tape.push(t2); // lse.ts:12
        t2 = Math.exp(t1); // lse.ts:12
        s += t2; // lse.ts:12
    }
    const t3 = Math.log(s); // lse.ts:13
    const ret = t3 + a; // lse.ts:13
    // reverse sweep
    let a_b = 0;
    let t1_b = 0;
    let t2_b = 0;
    let s_b = 0;
    let t3_b = 0;
    let ret_b = out_b;
    t3_b += ret_b; // lse.ts:13
    a_b += ret_b; // lse.ts:13
    s_b += t3_b * (1 / s); // lse.ts:13
    for (let i = x.length - 1; i >= 0; i--) {
        t2_b += s_b; // lse.ts:12
        t1_b += t2_b * t2; // lse.ts:12
        t2_b = 0; // lse.ts:12
        t2 = tape.pop(); // lse.ts:12
        x_b[i]! += t1_b; // lse.ts:12
        a_b -= t1_b; // lse.ts:12
        t1_b = 0; // lse.ts:12
    }
    s_b = 0; // lse.ts:11
    for (let i = x.length - 1; i >= 1; i--) {
        a = tape.pop(); // lse.ts:10
        x_b[i]! += a >= x[i]! ? 0 : a_b; // lse.ts:10
        a_b *= a >= x[i]! ? 1 : 0; // lse.ts:10
    }
    x_b[0]! += a_b; // lse.ts:9
    a_b = 0; // lse.ts:9
    return ret;
}
