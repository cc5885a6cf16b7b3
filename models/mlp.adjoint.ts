// Generated from models/mlp.ts by the sobolev compiler (adjoint). Do not edit.
import { sigmoid, silu, tape } from "../runtime/index.js";

/**
 * Adjoint of mlp (models/mlp.ts:37).
 * @differentiable
 * @wrt params x act params_b x_b act_b out_b
 * @domain sizes 3 3
 * @length sizes 4
 * @length params 28
 * @length x 3
 * @length act 9
 * @length params_b 28
 * @length x_b 3
 * @length act_b 9
 * @variant tangent
 */
export function mlp_adjoint(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, params_b: Float64Array, x_b: Float64Array, act_b: Float64Array, out_b: number): number {
    let nIn = 0;
    let nOut = 0;
    let s = 0;
    const layers = sizes.length - 1; // mlp.ts:38
    const n0 = sizes[0]; // mlp.ts:39
    for (let i = 0; i < n0; i++) {
        act[i] = x[i]; // mlp.ts:41
    }
    let pOff = 0; // mlp.ts:43
    let inOff = 0; // mlp.ts:44
    let outOff = n0; // mlp.ts:45
    for (let l = 0; l < layers - 1; l++) {
        tape.pushInt(nIn); // mlp.ts:47
        nIn = sizes[l]; // mlp.ts:47
        tape.pushInt(nOut); // mlp.ts:48
        nOut = sizes[l + 1]; // mlp.ts:48
        for (let j = 0; j < nOut; j++) {
            tape.push(s); // mlp.ts:50
            s = params[pOff + nOut * nIn + j]; // mlp.ts:50
            for (let i = 0; i < nIn; i++) {
                s += params[pOff + j * nIn + i] * act[inOff + i]; // mlp.ts:52
            }
            tape.push(act[outOff + j]); // mlp.ts:54
            act[outOff + j] = silu(s); // mlp.ts:54
        }
        tape.pushInt(pOff); // mlp.ts:56
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:56
        tape.pushInt(inOff); // mlp.ts:57
        inOff = outOff; // mlp.ts:57
        tape.pushInt(outOff); // mlp.ts:58
        outOff += nOut; // mlp.ts:58
    }
    const nLast = sizes[layers - 1]; // mlp.ts:60
    let y = params[pOff + nLast]; // mlp.ts:61
    for (let i = 0; i < nLast; i++) {
        y += params[pOff + i] * act[inOff + i]; // mlp.ts:63
    }
    // reverse sweep
    let s_b = 0;
    let y_b = out_b;
    for (let i = nLast - 1; i >= 0; i--) {
        params_b[pOff + i] += y_b * act[inOff + i]; // mlp.ts:63
        act_b[inOff + i] += y_b * params[pOff + i]; // mlp.ts:63
    }
    params_b[pOff + nLast] += y_b; // mlp.ts:61
    y_b = 0; // mlp.ts:61
    for (let l = layers - 1 - 1; l >= 0; l--) {
        outOff = tape.popInt(); // mlp.ts:58
        inOff = tape.popInt(); // mlp.ts:57
        pOff = tape.popInt(); // mlp.ts:56
        for (let j = nOut - 1; j >= 0; j--) {
            act[outOff + j] = tape.pop(); // mlp.ts:54
            const t1 = sigmoid(s); // mlp.ts:54
            s_b += act_b[outOff + j] * (t1 * (1 + s * (1 - t1))); // mlp.ts:54
            act_b[outOff + j] = 0; // mlp.ts:54
            for (let i = nIn - 1; i >= 0; i--) {
                params_b[pOff + j * nIn + i] += s_b * act[inOff + i]; // mlp.ts:52
                act_b[inOff + i] += s_b * params[pOff + j * nIn + i]; // mlp.ts:52
            }
            s = tape.pop(); // mlp.ts:50
            params_b[pOff + nOut * nIn + j] += s_b; // mlp.ts:50
            s_b = 0; // mlp.ts:50
        }
        nOut = tape.popInt(); // mlp.ts:48
        nIn = tape.popInt(); // mlp.ts:47
    }
    for (let i = n0 - 1; i >= 0; i--) {
        x_b[i] += act_b[i]; // mlp.ts:41
        act_b[i] = 0; // mlp.ts:41
    }
    return y;
}
