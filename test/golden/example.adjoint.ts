// Generated from test/golden/example.ts by the sobolev compiler (adjoint). Do not edit.
import { tape } from "sobolev/runtime";

/**
 * Adjoint of f (test/golden/example.ts:11).
 * @differentiable
 * @wrt x y out_b grad
 * @length grad 2
 */
export function f_adjoint(x: number, y: number, out_b: number, grad: Float64Array): number {
    const s = Math.sin(y); // example.ts:12
    const ret = x * s; // example.ts:13
    // reverse sweep
    let x_b = 0;
    let y_b = 0;
    let s_b = 0;
    let ret_b = out_b;
    x_b += ret_b * s; // example.ts:13
    s_b += ret_b * x; // example.ts:13
    y_b += s_b * Math.cos(y); // example.ts:12
    grad[0]! += x_b;
    grad[1]! += y_b;
    return ret;
}

/**
 * Adjoint of energy (test/golden/example.ts:24).
 * @differentiable
 * @wrt w x w_b x_b out_b
 * @domain n 4 4
 * @length w n
 * @length x n
 * @length w_b n
 * @length x_b n
 */
export function energy_adjoint(w: Float64Array, x: Float64Array, n: number, w_b: Float64Array, x_b: Float64Array, out_b: number): number {
    let s = 0; // example.ts:25
    for (let i = 0; i < n; i++) {
        s += w[i]! * x[i]!; // example.ts:27
    }
    const ret = Math.tanh(s); // example.ts:29
    // reverse sweep
    let s_b = 0;
    let ret_b = out_b;
    s_b += ret_b * (1 - ret * ret); // example.ts:29
    for (let i = n - 1; i >= 0; i--) {
        w_b[i]! += s_b * x[i]!; // example.ts:27
        x_b[i]! += s_b * w[i]!; // example.ts:27
    }
    s_b = 0; // example.ts:25
    return ret;
}

/**
 * Adjoint of halve (test/golden/example.ts:37).
 * @differentiable
 * @wrt x out_b grad
 * @domain x 1 100
 * @length grad 1
 * @variant tangent
 */
export function halve_adjoint(x: number, out_b: number, grad: Float64Array): number {
    let z = x; // example.ts:38
    let iterations = 0; // example.ts:39
    while (z > 1) {
        z *= 0.5; // example.ts:40
        iterations++;
    }
    tape.pushInt(iterations); // example.ts:39
    const ret = z * z; // example.ts:42
    // reverse sweep
    let x_b = 0;
    let z_b = 0;
    let ret_b = out_b;
    z_b += ret_b * z; // example.ts:42
    z_b += ret_b * z; // example.ts:42
    for (let iteration = tape.popInt(); iteration > 0; iteration--) {
        z_b *= 0.5; // example.ts:40
    }
    x_b += z_b; // example.ts:38
    z_b = 0; // example.ts:38
    grad[0]! += x_b;
    return ret;
}
