// Generated from models/mlp.ts by the sobolev compiler (tangent). Do not edit.
import { mark, sigmoid, silu } from "../../runtime/index.js";

/**
 * Tangent of mlp (models/mlp.ts:50).
 * @differentiable
 * @wrt x act x_d act_d out
 * @domain sizes 3 3
 * @length sizes 4
 * @length params 28
 * @length x 3
 * @length act 9
 * @length x_d 3
 * @length act_d 9
 * @length out 2
 */
export function mlp_tangent(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, x_d: Float64Array, act_d: Float64Array, out: Float64Array): void {
    const layers = sizes.length - 1; // mlp.ts:51
    const n0 = sizes[0]!; // mlp.ts:52
    for (let i = 0; i < n0; i++) {
        act_d[i] = x_d[i]!; // mlp.ts:54
        act[i] = x[i]!; // mlp.ts:54
    }
    let pOff = 0; // mlp.ts:56
    let inOff = 0; // mlp.ts:57
    let outOff = n0; // mlp.ts:58
    for (let l = 0; l < layers - 1; l++) {
        const nIn = sizes[l]!; // mlp.ts:60
        const nOut = sizes[l + 1]!; // mlp.ts:61
        for (let j = 0; j < nOut; j++) {
            let s = params[pOff + nOut * nIn + j]!; // mlp.ts:63
            let s_d = 0; // mlp.ts:63
            for (let i = 0; i < nIn; i++) {
                s_d += params[pOff + j * nIn + i]! * act_d[inOff + i]!; // mlp.ts:65
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:65
            }
            const t1 = silu(s); // mlp.ts:67
            const t2 = sigmoid(s); // mlp.ts:67
            const t1_d = t2 * (1 + s * (1 - t2)) * s_d; // mlp.ts:67
            act_d[outOff + j] = t1_d; // mlp.ts:67
            act[outOff + j] = mark(t1, outOff + j - n0); // mlp.ts:67
        }
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:69
        inOff = outOff; // mlp.ts:70
        outOff += nOut; // mlp.ts:71
    }
    const nLast = sizes[layers - 1]!; // mlp.ts:73
    let y = params[pOff + nLast]!; // mlp.ts:74
    let y_d = 0; // mlp.ts:74
    for (let i = 0; i < nLast; i++) {
        y_d += params[pOff + i]! * act_d[inOff + i]!; // mlp.ts:76
        y += params[pOff + i]! * act[inOff + i]!; // mlp.ts:76
    }
    out[0] = y;
    out[1] = y_d;
}
