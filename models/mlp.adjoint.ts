// Generated from models/mlp.ts by the sobolev compiler (adjoint). Do not edit.
import { mark, markAdjoint, sigmoid, silu, tape } from "../runtime/index.js";

/**
 * Adjoint of mlp (models/mlp.ts:46).
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
    const layers = sizes.length - 1; // mlp.ts:47
    const n0 = sizes[0]!; // mlp.ts:48
    for (let i = 0; i < n0; i++) {
        act[i] = x[i]!; // mlp.ts:50
    }
    let pOff = 0; // mlp.ts:52
    let inOff = 0; // mlp.ts:53
    let outOff = n0; // mlp.ts:54
    for (let l = 0; l < layers - 1; l++) {
        tape.pushInt(nIn); // mlp.ts:56
        nIn = sizes[l]!; // mlp.ts:56
        tape.pushInt(nOut); // mlp.ts:57
        nOut = sizes[l + 1]!; // mlp.ts:57
        for (let j = 0; j < nOut; j++) {
            tape.push(s); // mlp.ts:59
            s = params[pOff + nOut * nIn + j]!; // mlp.ts:59
            for (let i = 0; i < nIn; i++) {
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:61
            }
            const t1 = silu(s); // mlp.ts:63
            tape.push(act[outOff + j]!); // mlp.ts:63
            act[outOff + j] = mark(t1, outOff + j - n0); // mlp.ts:63
        }
        tape.pushInt(pOff); // mlp.ts:65
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:65
        tape.pushInt(inOff); // mlp.ts:66
        inOff = outOff; // mlp.ts:66
        tape.pushInt(outOff); // mlp.ts:67
        outOff += nOut; // mlp.ts:67
    }
    const nLast = sizes[layers - 1]!; // mlp.ts:69
    let y = params[pOff + nLast]!; // mlp.ts:70
    for (let i = 0; i < nLast; i++) {
        y += params[pOff + i]! * act[inOff + i]!; // mlp.ts:72
    }
    // reverse sweep
    let s_b = 0;
    let t1_b = 0;
    let y_b = out_b;
    for (let i = nLast - 1; i >= 0; i--) {
        params_b[pOff + i]! += y_b * act[inOff + i]!; // mlp.ts:72
        act_b[inOff + i]! += y_b * params[pOff + i]!; // mlp.ts:72
    }
    params_b[pOff + nLast]! += y_b; // mlp.ts:70
    y_b = 0; // mlp.ts:70
    for (let l = layers - 1 - 1; l >= 0; l--) {
        outOff = tape.popInt(); // mlp.ts:67
        inOff = tape.popInt(); // mlp.ts:66
        pOff = tape.popInt(); // mlp.ts:65
        for (let j = nOut - 1; j >= 0; j--) {
            act[outOff + j] = tape.pop(); // mlp.ts:63
            markAdjoint(outOff + j - n0, act_b[outOff + j]!); // mlp.ts:63
            t1_b += act_b[outOff + j]!; // mlp.ts:63
            act_b[outOff + j] = 0; // mlp.ts:63
            const t2 = sigmoid(s); // mlp.ts:63
            s_b += t1_b * (t2 * (1 + s * (1 - t2))); // mlp.ts:63
            t1_b = 0; // mlp.ts:63
            for (let i = nIn - 1; i >= 0; i--) {
                params_b[pOff + j * nIn + i]! += s_b * act[inOff + i]!; // mlp.ts:61
                act_b[inOff + i]! += s_b * params[pOff + j * nIn + i]!; // mlp.ts:61
            }
            s = tape.pop(); // mlp.ts:59
            params_b[pOff + nOut * nIn + j]! += s_b; // mlp.ts:59
            s_b = 0; // mlp.ts:59
        }
        nOut = tape.popInt(); // mlp.ts:57
        nIn = tape.popInt(); // mlp.ts:56
    }
    for (let i = n0 - 1; i >= 0; i--) {
        x_b[i]! += act_b[i]!; // mlp.ts:50
        act_b[i] = 0; // mlp.ts:50
    }
    return y;
}

/**
 * Adjoint of mlpSquaredError (models/mlp.ts:94).
 * @differentiable
 * @wrt params x act target params_b act_b out_b
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
    // inlined mlp (models/mlp.ts:46)
    const layers = sizes.length - 1; // mlp.ts:47
    const n0 = sizes[0]!; // mlp.ts:48
    for (let i = 0; i < n0; i++) {
        act[i] = x[i]!; // mlp.ts:50
    }
    let pOff = 0; // mlp.ts:52
    let inOff = 0; // mlp.ts:53
    let outOff = n0; // mlp.ts:54
    for (let l = 0; l < layers - 1; l++) {
        tape.pushInt(nIn); // mlp.ts:56
        nIn = sizes[l]!; // mlp.ts:56
        tape.pushInt(nOut); // mlp.ts:57
        nOut = sizes[l + 1]!; // mlp.ts:57
        for (let j = 0; j < nOut; j++) {
            tape.push(s); // mlp.ts:59
            s = params[pOff + nOut * nIn + j]!; // mlp.ts:59
            for (let i = 0; i < nIn; i++) {
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:61
            }
            const t1 = silu(s); // mlp.ts:63
            tape.push(act[outOff + j]!); // mlp.ts:63
            act[outOff + j] = mark(t1, outOff + j - n0); // mlp.ts:63
        }
        tape.pushInt(pOff); // mlp.ts:65
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:65
        tape.pushInt(inOff); // mlp.ts:66
        inOff = outOff; // mlp.ts:66
        tape.pushInt(outOff); // mlp.ts:67
        outOff += nOut; // mlp.ts:67
    }
    const nLast = sizes[layers - 1]!; // mlp.ts:69
    let y = params[pOff + nLast]!; // mlp.ts:70
    for (let i = 0; i < nLast; i++) {
        y += params[pOff + i]! * act[inOff + i]!; // mlp.ts:72
    }
    const r = y - target; // mlp.ts:95
    const ret = r * r; // mlp.ts:96
    // reverse sweep
    let s_b = 0;
    let t1_b = 0;
    let y_b = 0;
    let r_b = 0;
    let ret_b = out_b;
    r_b += ret_b * r; // mlp.ts:96
    r_b += ret_b * r; // mlp.ts:96
    y_b += r_b; // mlp.ts:95
    for (let i = nLast - 1; i >= 0; i--) {
        params_b[pOff + i]! += y_b * act[inOff + i]!; // mlp.ts:72
        act_b[inOff + i]! += y_b * params[pOff + i]!; // mlp.ts:72
    }
    params_b[pOff + nLast]! += y_b; // mlp.ts:70
    y_b = 0; // mlp.ts:70
    for (let l = layers - 1 - 1; l >= 0; l--) {
        outOff = tape.popInt(); // mlp.ts:67
        inOff = tape.popInt(); // mlp.ts:66
        pOff = tape.popInt(); // mlp.ts:65
        for (let j = nOut - 1; j >= 0; j--) {
            act[outOff + j] = tape.pop(); // mlp.ts:63
            markAdjoint(outOff + j - n0, act_b[outOff + j]!); // mlp.ts:63
            t1_b += act_b[outOff + j]!; // mlp.ts:63
            act_b[outOff + j] = 0; // mlp.ts:63
            const t2 = sigmoid(s); // mlp.ts:63
            s_b += t1_b * (t2 * (1 + s * (1 - t2))); // mlp.ts:63
            t1_b = 0; // mlp.ts:63
            for (let i = nIn - 1; i >= 0; i--) {
                params_b[pOff + j * nIn + i]! += s_b * act[inOff + i]!; // mlp.ts:61
                act_b[inOff + i]! += s_b * params[pOff + j * nIn + i]!; // mlp.ts:61
            }
            s = tape.pop(); // mlp.ts:59
            params_b[pOff + nOut * nIn + j]! += s_b; // mlp.ts:59
            s_b = 0; // mlp.ts:59
        }
        nOut = tape.popInt(); // mlp.ts:57
        nIn = tape.popInt(); // mlp.ts:56
    }
    for (let i = n0 - 1; i >= 0; i--) {
        act_b[i] = 0; // mlp.ts:50
    }
    return ret;
}

/**
 * Adjoint of mlpOfInput (models/mlp.ts:115).
 * @differentiable
 * @wrt params x act x_b act_b out_b
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
    // inlined mlp (models/mlp.ts:46)
    const layers = sizes.length - 1; // mlp.ts:47
    const n0 = sizes[0]!; // mlp.ts:48
    for (let i = 0; i < n0; i++) {
        act[i] = x[i]!; // mlp.ts:50
    }
    let pOff = 0; // mlp.ts:52
    let inOff = 0; // mlp.ts:53
    let outOff = n0; // mlp.ts:54
    for (let l = 0; l < layers - 1; l++) {
        tape.pushInt(nIn); // mlp.ts:56
        nIn = sizes[l]!; // mlp.ts:56
        tape.pushInt(nOut); // mlp.ts:57
        nOut = sizes[l + 1]!; // mlp.ts:57
        for (let j = 0; j < nOut; j++) {
            tape.push(s); // mlp.ts:59
            s = params[pOff + nOut * nIn + j]!; // mlp.ts:59
            for (let i = 0; i < nIn; i++) {
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:61
            }
            const t1 = silu(s); // mlp.ts:63
            act[outOff + j] = mark(t1, outOff + j - n0); // mlp.ts:63
        }
        tape.pushInt(pOff); // mlp.ts:65
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:65
        tape.pushInt(inOff); // mlp.ts:66
        inOff = outOff; // mlp.ts:66
        tape.pushInt(outOff); // mlp.ts:67
        outOff += nOut; // mlp.ts:67
    }
    const nLast = sizes[layers - 1]!; // mlp.ts:69
    let y = params[pOff + nLast]!; // mlp.ts:70
    for (let i = 0; i < nLast; i++) {
        y += params[pOff + i]! * act[inOff + i]!; // mlp.ts:72
    }
    const ret = y; // mlp.ts:116
    // reverse sweep
    let s_b = 0;
    let t1_b = 0;
    let y_b = 0;
    let ret_b = out_b;
    y_b += ret_b; // mlp.ts:116
    for (let i = nLast - 1; i >= 0; i--) {
        act_b[inOff + i]! += y_b * params[pOff + i]!; // mlp.ts:72
    }
    y_b = 0; // mlp.ts:70
    for (let l = layers - 1 - 1; l >= 0; l--) {
        outOff = tape.popInt(); // mlp.ts:67
        inOff = tape.popInt(); // mlp.ts:66
        pOff = tape.popInt(); // mlp.ts:65
        for (let j = nOut - 1; j >= 0; j--) {
            markAdjoint(outOff + j - n0, act_b[outOff + j]!); // mlp.ts:63
            t1_b += act_b[outOff + j]!; // mlp.ts:63
            act_b[outOff + j] = 0; // mlp.ts:63
            const t2 = sigmoid(s); // mlp.ts:63
            s_b += t1_b * (t2 * (1 + s * (1 - t2))); // mlp.ts:63
            t1_b = 0; // mlp.ts:63
            for (let i = nIn - 1; i >= 0; i--) {
                act_b[inOff + i]! += s_b * params[pOff + j * nIn + i]!; // mlp.ts:61
            }
            s = tape.pop(); // mlp.ts:59
            s_b = 0; // mlp.ts:59
        }
        nOut = tape.popInt(); // mlp.ts:57
        nIn = tape.popInt(); // mlp.ts:56
    }
    for (let i = n0 - 1; i >= 0; i--) {
        x_b[i]! += act_b[i]!; // mlp.ts:50
        act_b[i] = 0; // mlp.ts:50
    }
    return ret;
}
