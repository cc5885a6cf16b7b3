// Generated from models/mlp.ts by the sobolev compiler (adjoint over tangent). Do not edit.
import { mark, markAdjoint, sigmoid, silu, tape } from "../../runtime/index.js";

/**
 * Adjoint of tangent of mlp (models/mlp.ts:50).
 * @differentiable
 * @wrt params act act_d out params_b act_b act_d_b out_b
 * @domain sizes 3 3
 * @length sizes 4
 * @length params 28
 * @length x 3
 * @length act 9
 * @length x_d 3
 * @length act_d 9
 * @length out 2
 * @length params_b 28
 * @length act_b 9
 * @length act_d_b 9
 * @length out_b 2
 * @variant tangent
 */
export function mlp_tangent_adjoint(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, x_d: Float64Array, act_d: Float64Array, out: Float64Array, params_b: Float64Array, act_b: Float64Array, act_d_b: Float64Array, out_b: Float64Array): void {
    let nIn = 0;
    let nOut = 0;
    let s = 0;
    let s_d = 0;
    let t2 = 0;
    let t3 = 0;
    let t4 = 0;
    let t5 = 0;
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
        nIn = sizes[l]!; // mlp.ts:60
        nOut = sizes[l + 1]!; // mlp.ts:61
        for (let j = 0; j < nOut; j++) {
            tape.push(s); // mlp.ts:63
            s = params[pOff + nOut * nIn + j]!; // mlp.ts:63
            tape.push(s_d); // mlp.ts:63
            s_d = 0; // mlp.ts:63
            for (let i = 0; i < nIn; i++) {
                s_d += params[pOff + j * nIn + i]! * act_d[inOff + i]!; // mlp.ts:65
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:65
            }
            const t1 = silu(s); // mlp.ts:67
            tape.push(t2); // mlp.ts:67
            t2 = sigmoid(s); // mlp.ts:67
            tape.push(t3); // mlp.ts:67
            t3 = 1 - t2; // mlp.ts:67
            tape.push(t4); // mlp.ts:67
            t4 = 1 + s * t3; // mlp.ts:67
            tape.push(t5); // mlp.ts:67
            t5 = t2 * t4; // mlp.ts:67
            const t1_d = t5 * s_d; // mlp.ts:67
            tape.push(act_d[outOff + j]!); // mlp.ts:67
            act_d[outOff + j] = t1_d; // mlp.ts:67
            tape.push(act[outOff + j]!); // mlp.ts:67
            act[outOff + j] = mark(t1, outOff + j - n0); // mlp.ts:67
        }
        tape.pushInt(pOff); // mlp.ts:69
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:69
        tape.pushInt(inOff); // mlp.ts:70
        inOff = outOff; // mlp.ts:70
        tape.pushInt(outOff); // mlp.ts:71
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
    // reverse sweep
    let s_b = 0;
    let s_d_b = 0;
    let t1_b = 0;
    let t2_b = 0;
    let t3_b = 0;
    let t4_b = 0;
    let t5_b = 0;
    let t1_d_b = 0;
    let y_b = 0;
    let y_d_b = 0;
    y_d_b += out_b[1]!;
    out_b[1] = 0;
    y_b += out_b[0]!;
    out_b[0] = 0;
    for (let i = nLast - 1; i >= 0; i--) {
        params_b[pOff + i]! += y_b * act[inOff + i]!; // mlp.ts:76
        act_b[inOff + i]! += y_b * params[pOff + i]!; // mlp.ts:76
        params_b[pOff + i]! += y_d_b * act_d[inOff + i]!; // mlp.ts:76
        act_d_b[inOff + i]! += y_d_b * params[pOff + i]!; // mlp.ts:76
    }
    y_d_b = 0; // mlp.ts:74
    params_b[pOff + nLast]! += y_b; // mlp.ts:74
    y_b = 0; // mlp.ts:74
    for (let l = layers - 1 - 1; l >= 0; l--) {
        nIn = sizes[l]!; // mlp.ts:60
        nOut = sizes[l + 1]!; // mlp.ts:61
        outOff = tape.popInt(); // mlp.ts:71
        inOff = tape.popInt(); // mlp.ts:70
        pOff = tape.popInt(); // mlp.ts:69
        for (let j = nOut - 1; j >= 0; j--) {
            act[outOff + j] = tape.pop(); // mlp.ts:67
            markAdjoint(outOff + j - n0, act_b[outOff + j]!); // mlp.ts:67
            t1_b += act_b[outOff + j]!; // mlp.ts:67
            act_b[outOff + j] = 0; // mlp.ts:67
            act_d[outOff + j] = tape.pop(); // mlp.ts:67
            t1_d_b += act_d_b[outOff + j]!; // mlp.ts:67
            act_d_b[outOff + j] = 0; // mlp.ts:67
            t5_b += t1_d_b * s_d; // mlp.ts:67
            s_d_b += t1_d_b * t5; // mlp.ts:67
            t1_d_b = 0; // mlp.ts:67
            t5 = tape.pop(); // mlp.ts:67
            t2_b += t5_b * t4; // mlp.ts:67
            t4_b += t5_b * t2; // mlp.ts:67
            t5_b = 0; // mlp.ts:67
            t4 = tape.pop(); // mlp.ts:67
            s_b += t4_b * t3; // mlp.ts:67
            t3_b += t4_b * s; // mlp.ts:67
            t4_b = 0; // mlp.ts:67
            t3 = tape.pop(); // mlp.ts:67
            t2_b -= t3_b; // mlp.ts:67
            t3_b = 0; // mlp.ts:67
            s_b += t2_b * (t2 * (1 - t2)); // mlp.ts:67
            t2_b = 0; // mlp.ts:67
            t2 = tape.pop(); // mlp.ts:67
            const t6 = sigmoid(s); // mlp.ts:67
            s_b += t1_b * (t6 * (1 + s * (1 - t6))); // mlp.ts:67
            t1_b = 0; // mlp.ts:67
            for (let i = nIn - 1; i >= 0; i--) {
                params_b[pOff + j * nIn + i]! += s_b * act[inOff + i]!; // mlp.ts:65
                act_b[inOff + i]! += s_b * params[pOff + j * nIn + i]!; // mlp.ts:65
                params_b[pOff + j * nIn + i]! += s_d_b * act_d[inOff + i]!; // mlp.ts:65
                act_d_b[inOff + i]! += s_d_b * params[pOff + j * nIn + i]!; // mlp.ts:65
            }
            s_d = tape.pop(); // mlp.ts:63
            s_d_b = 0; // mlp.ts:63
            s = tape.pop(); // mlp.ts:63
            params_b[pOff + nOut * nIn + j]! += s_b; // mlp.ts:63
            s_b = 0; // mlp.ts:63
        }
    }
    for (let i = n0 - 1; i >= 0; i--) {
        act_b[i] = 0; // mlp.ts:54
        act_d_b[i] = 0; // mlp.ts:54
    }
}
