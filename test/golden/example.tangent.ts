// Generated from test/golden/example.ts by the sobolev compiler (tangent). Do not edit.
/**
 * Tangent of f (test/golden/example.ts:11).
 * @differentiable
 * @wrt x y x_d y_d out
 * @length out 2
 */
export function f_tangent(x: number, y: number, x_d: number, y_d: number, out: Float64Array): void {
    const s = Math.sin(y); // example.ts:12
    const s_d = Math.cos(y) * y_d; // example.ts:12
    const ret = x * s; // example.ts:13
    const ret_d = s * x_d + x * s_d; // example.ts:13
    out[0] = ret;
    out[1] = ret_d;
}

/**
 * Tangent of energy (test/golden/example.ts:24).
 * @differentiable
 * @wrt w x w_d x_d out
 * @domain n 4 4
 * @length w n
 * @length x n
 * @length w_d n
 * @length x_d n
 * @length out 2
 */
export function energy_tangent(w: Float64Array, x: Float64Array, n: number, w_d: Float64Array, x_d: Float64Array, out: Float64Array): void {
    let s = 0; // example.ts:25
    let s_d = 0; // example.ts:25
    for (let i = 0; i < n; i++) {
        s_d = s_d + x[i]! * w_d[i]! + w[i]! * x_d[i]!; // example.ts:27
        s += w[i]! * x[i]!; // example.ts:27
    }
    const ret = Math.tanh(s); // example.ts:29
    const ret_d = (1 - ret * ret) * s_d; // example.ts:29
    out[0] = ret;
    out[1] = ret_d;
}

/**
 * Tangent of halve (test/golden/example.ts:37).
 * @differentiable
 * @wrt x x_d out
 * @domain x 1 100
 * @length out 2
 */
export function halve_tangent(x: number, x_d: number, out: Float64Array): void {
    let z = x; // example.ts:38
    let z_d = x_d; // example.ts:38
    while (z > 1) {
        z_d = 0.5 * z_d; // example.ts:40
        z *= 0.5; // example.ts:40
    }
    const ret = z * z; // example.ts:42
    const ret_d = z * z_d + z * z_d; // example.ts:42
    out[0] = ret;
    out[1] = ret_d;
}
