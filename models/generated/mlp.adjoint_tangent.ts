// Generated from models/mlp.ts by the sobolev compiler (tangent over adjoint). Do not edit.
import { mark, markAdjoint, sigmoid, silu, tape } from "../../runtime/index.js";

/**
 * Tangent of adjoint of mlp (models/mlp.ts:50).
 * @differentiable
 * @wrt x act x_b act_b x_d act_d x_b_d act_b_d out
 * @domain sizes 3 3
 * @length sizes 4
 * @length params 28
 * @length x 3
 * @length act 9
 * @length x_b 3
 * @length act_b 9
 * @length x_d 3
 * @length act_d 9
 * @length x_b_d 3
 * @length act_b_d 9
 * @length out 2
 * @variant tangent
 */
export function mlp_adjoint_tangent(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, x_b: Float64Array, act_b: Float64Array, out_b: number, x_d: Float64Array, act_d: Float64Array, x_b_d: Float64Array, act_b_d: Float64Array, out: Float64Array): void {
    let nIn = 0;
    let nOut = 0;
    let s = 0;
    let s_d = 0;
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
            tape.push(s_d); // mlp.ts:63
            s = params[pOff + nOut * nIn + j]!; // mlp.ts:63
            s_d = 0; // mlp.ts:63
            for (let i = 0; i < nIn; i++) {
                s_d += params[pOff + j * nIn + i]! * act_d[inOff + i]!; // mlp.ts:65
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:65
            }
            const t1 = silu(s); // mlp.ts:67
            const t6 = sigmoid(s); // mlp.ts:67
            const t1_d = t6 * (1 + s * (1 - t6)) * s_d; // mlp.ts:67
            act_d[outOff + j] = t1_d; // mlp.ts:67
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
    // reverse sweep
    let s_b = 0;
    let s_b_d = 0;
    let t1_b = 0;
    let t1_b_d = 0;
    let y_b = out_b;
    for (let i = nLast - 1; i >= 0; i--) {
        act_b_d[inOff + i] = act_b_d[inOff + i]!; // mlp.ts:76
        act_b[inOff + i]! += y_b * params[pOff + i]!; // mlp.ts:76
    }
    y_b = 0; // mlp.ts:74
    for (let l = layers - 1 - 1; l >= 0; l--) {
        nIn = sizes[l]!; // mlp.ts:60
        nOut = sizes[l + 1]!; // mlp.ts:61
        outOff = tape.popInt(); // mlp.ts:71
        inOff = tape.popInt(); // mlp.ts:70
        pOff = tape.popInt(); // mlp.ts:69
        for (let j = nOut - 1; j >= 0; j--) {
            markAdjoint(outOff + j - n0, act_b[outOff + j]!); // mlp.ts:67
            t1_b_d += act_b_d[outOff + j]!; // mlp.ts:67
            t1_b += act_b[outOff + j]!; // mlp.ts:67
            act_b_d[outOff + j] = 0; // mlp.ts:67
            act_b[outOff + j] = 0; // mlp.ts:67
            const t2 = sigmoid(s); // mlp.ts:67
            const t2_d = t2 * (1 - t2) * s_d; // mlp.ts:67
            const t3 = 1 - t2; // mlp.ts:67
            const t3_d = -t2_d; // mlp.ts:67
            const t4 = 1 + s * t3; // mlp.ts:67
            const t4_d = t3 * s_d + s * t3_d; // mlp.ts:67
            const t5 = t2 * t4; // mlp.ts:67
            const t5_d = t4 * t2_d + t2 * t4_d; // mlp.ts:67
            s_b_d = s_b_d + t5 * t1_b_d + t1_b * t5_d; // mlp.ts:67
            s_b += t1_b * t5; // mlp.ts:67
            t1_b = 0; // mlp.ts:67
            t1_b_d = 0; // mlp.ts:67
            for (let i = nIn - 1; i >= 0; i--) {
                act_b_d[inOff + i]! += params[pOff + j * nIn + i]! * s_b_d; // mlp.ts:65
                act_b[inOff + i]! += s_b * params[pOff + j * nIn + i]!; // mlp.ts:65
            }
            s_d = tape.pop(); // mlp.ts:63
            s = tape.pop(); // mlp.ts:63
            s_b = 0; // mlp.ts:63
            s_b_d = 0; // mlp.ts:63
        }
    }
    for (let i = n0 - 1; i >= 0; i--) {
        x_b_d[i]! += act_b_d[i]!; // mlp.ts:54
        x_b[i]! += act_b[i]!; // mlp.ts:54
        act_b_d[i] = 0; // mlp.ts:54
        act_b[i] = 0; // mlp.ts:54
    }
    out[0] = y;
    out[1] = y_d;
}
