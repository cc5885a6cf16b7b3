// Generated from models/mlp.ts by the sobolev compiler (adjoint). Do not edit.
import { mark, markAdjoint, sigmoid, silu, tape } from "../../runtime/index.js";

/**
 * Adjoint of mlp (models/mlp.ts:50).
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
    const layers = sizes.length - 1; // mlp.ts:51
    const n0 = sizes[0]!; // mlp.ts:52
    for (let i = 0; i < n0; i++) {
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
            for (let i = 0; i < nIn; i++) {
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:65
            }
            const t1 = silu(s); // mlp.ts:67
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
    for (let i = 0; i < nLast; i++) {
        y += params[pOff + i]! * act[inOff + i]!; // mlp.ts:76
    }
    // reverse sweep
    let s_b = 0;
    let t1_b = 0;
    let y_b = out_b;
    for (let i = nLast - 1; i >= 0; i--) {
        params_b[pOff + i]! += y_b * act[inOff + i]!; // mlp.ts:76
        act_b[inOff + i]! += y_b * params[pOff + i]!; // mlp.ts:76
    }
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
            const t2 = sigmoid(s); // mlp.ts:67
            s_b += t1_b * (t2 * (1 + s * (1 - t2))); // mlp.ts:67
            t1_b = 0; // mlp.ts:67
            for (let i = nIn - 1; i >= 0; i--) {
                params_b[pOff + j * nIn + i]! += s_b * act[inOff + i]!; // mlp.ts:65
                act_b[inOff + i]! += s_b * params[pOff + j * nIn + i]!; // mlp.ts:65
            }
            s = tape.pop(); // mlp.ts:63
            params_b[pOff + nOut * nIn + j]! += s_b; // mlp.ts:63
            s_b = 0; // mlp.ts:63
        }
    }
    for (let i = n0 - 1; i >= 0; i--) {
        x_b[i]! += act_b[i]!; // mlp.ts:54
        act_b[i] = 0; // mlp.ts:54
    }
    return y;
}

/**
 * Adjoint of mlpSquaredError (models/mlp.ts:99).
 * @differentiable
 * @wrt params act params_b act_b out_b
 * @domain sizes 3 3
 * @length sizes 4
 * @length params 28
 * @length x 3
 * @length act 9
 * @length params_b 28
 * @length act_b 9
 * @variant tangent
 */
export function mlpSquaredError_adjoint(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, target: number, params_b: Float64Array, act_b: Float64Array, out_b: number): number {
    let nIn = 0;
    let nOut = 0;
    let s = 0;
    // inlined mlp (models/mlp.ts:50)
    const layers = sizes.length - 1; // mlp.ts:51
    const n0 = sizes[0]!; // mlp.ts:52
    for (let i = 0; i < n0; i++) {
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
            for (let i = 0; i < nIn; i++) {
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:65
            }
            const t1 = silu(s); // mlp.ts:67
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
    for (let i = 0; i < nLast; i++) {
        y += params[pOff + i]! * act[inOff + i]!; // mlp.ts:76
    }
    const r = y - target; // mlp.ts:100
    const ret = r * r; // mlp.ts:101
    // reverse sweep
    let s_b = 0;
    let t1_b = 0;
    let y_b = 0;
    let r_b = 0;
    let ret_b = out_b;
    r_b += ret_b * r; // mlp.ts:101
    r_b += ret_b * r; // mlp.ts:101
    y_b += r_b; // mlp.ts:100
    for (let i = nLast - 1; i >= 0; i--) {
        params_b[pOff + i]! += y_b * act[inOff + i]!; // mlp.ts:76
        act_b[inOff + i]! += y_b * params[pOff + i]!; // mlp.ts:76
    }
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
            const t2 = sigmoid(s); // mlp.ts:67
            s_b += t1_b * (t2 * (1 + s * (1 - t2))); // mlp.ts:67
            t1_b = 0; // mlp.ts:67
            for (let i = nIn - 1; i >= 0; i--) {
                params_b[pOff + j * nIn + i]! += s_b * act[inOff + i]!; // mlp.ts:65
                act_b[inOff + i]! += s_b * params[pOff + j * nIn + i]!; // mlp.ts:65
            }
            s = tape.pop(); // mlp.ts:63
            params_b[pOff + nOut * nIn + j]! += s_b; // mlp.ts:63
            s_b = 0; // mlp.ts:63
        }
    }
    for (let i = n0 - 1; i >= 0; i--) {
        act_b[i] = 0; // mlp.ts:54
    }
    return ret;
}

/**
 * Adjoint of mlpOfInput (models/mlp.ts:121).
 * @differentiable
 * @wrt x act x_b act_b out_b
 * @domain sizes 3 3
 * @length sizes 4
 * @length params 28
 * @length x 3
 * @length act 9
 * @length x_b 3
 * @length act_b 9
 * @variant tangent
 */
export function mlpOfInput_adjoint(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, x_b: Float64Array, act_b: Float64Array, out_b: number): number {
    let nIn = 0;
    let nOut = 0;
    let s = 0;
    // inlined mlp (models/mlp.ts:50)
    const layers = sizes.length - 1; // mlp.ts:51
    const n0 = sizes[0]!; // mlp.ts:52
    for (let i = 0; i < n0; i++) {
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
            for (let i = 0; i < nIn; i++) {
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:65
            }
            const t1 = silu(s); // mlp.ts:67
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
    for (let i = 0; i < nLast; i++) {
        y += params[pOff + i]! * act[inOff + i]!; // mlp.ts:76
    }
    const ret = y; // mlp.ts:122
    // reverse sweep
    let s_b = 0;
    let t1_b = 0;
    let y_b = 0;
    let ret_b = out_b;
    y_b += ret_b; // mlp.ts:122
    for (let i = nLast - 1; i >= 0; i--) {
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
            t1_b += act_b[outOff + j]!; // mlp.ts:67
            act_b[outOff + j] = 0; // mlp.ts:67
            const t2 = sigmoid(s); // mlp.ts:67
            s_b += t1_b * (t2 * (1 + s * (1 - t2))); // mlp.ts:67
            t1_b = 0; // mlp.ts:67
            for (let i = nIn - 1; i >= 0; i--) {
                act_b[inOff + i]! += s_b * params[pOff + j * nIn + i]!; // mlp.ts:65
            }
            s = tape.pop(); // mlp.ts:63
            s_b = 0; // mlp.ts:63
        }
    }
    for (let i = n0 - 1; i >= 0; i--) {
        x_b[i]! += act_b[i]!; // mlp.ts:54
        act_b[i] = 0; // mlp.ts:54
    }
    return ret;
}
