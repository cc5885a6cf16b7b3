// Generated from models/mlp.ts by the sobolev compiler (adjoint). Do not edit.
import { mark, markAdjoint, sigmoid, silu, tape } from "../runtime/index.js";

/**
 * Adjoint of mlp (models/mlp.ts:49).
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
    const layers = sizes.length - 1; // mlp.ts:50
    const n0 = sizes[0]!; // mlp.ts:51
    for (let i = 0; i < n0; i++) {
        act[i] = x[i]!; // mlp.ts:53
    }
    let pOff = 0; // mlp.ts:55
    let inOff = 0; // mlp.ts:56
    let outOff = n0; // mlp.ts:57
    for (let l = 0; l < layers - 1; l++) {
        tape.pushInt(nIn); // mlp.ts:59
        nIn = sizes[l]!; // mlp.ts:59
        tape.pushInt(nOut); // mlp.ts:60
        nOut = sizes[l + 1]!; // mlp.ts:60
        for (let j = 0; j < nOut; j++) {
            tape.push(s); // mlp.ts:62
            s = params[pOff + nOut * nIn + j]!; // mlp.ts:62
            for (let i = 0; i < nIn; i++) {
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:64
            }
            const t1 = silu(s); // mlp.ts:66
            tape.push(act[outOff + j]!); // mlp.ts:66
            act[outOff + j] = mark(t1, outOff + j - n0); // mlp.ts:66
        }
        tape.pushInt(pOff); // mlp.ts:68
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:68
        tape.pushInt(inOff); // mlp.ts:69
        inOff = outOff; // mlp.ts:69
        tape.pushInt(outOff); // mlp.ts:70
        outOff += nOut; // mlp.ts:70
    }
    const nLast = sizes[layers - 1]!; // mlp.ts:72
    let y = params[pOff + nLast]!; // mlp.ts:73
    for (let i = 0; i < nLast; i++) {
        y += params[pOff + i]! * act[inOff + i]!; // mlp.ts:75
    }
    // reverse sweep
    let s_b = 0;
    let t1_b = 0;
    let y_b = out_b;
    for (let i = nLast - 1; i >= 0; i--) {
        params_b[pOff + i]! += y_b * act[inOff + i]!; // mlp.ts:75
        act_b[inOff + i]! += y_b * params[pOff + i]!; // mlp.ts:75
    }
    params_b[pOff + nLast]! += y_b; // mlp.ts:73
    y_b = 0; // mlp.ts:73
    for (let l = layers - 1 - 1; l >= 0; l--) {
        outOff = tape.popInt(); // mlp.ts:70
        inOff = tape.popInt(); // mlp.ts:69
        pOff = tape.popInt(); // mlp.ts:68
        for (let j = nOut - 1; j >= 0; j--) {
            act[outOff + j] = tape.pop(); // mlp.ts:66
            markAdjoint(outOff + j - n0, act_b[outOff + j]!); // mlp.ts:66
            t1_b += act_b[outOff + j]!; // mlp.ts:66
            act_b[outOff + j] = 0; // mlp.ts:66
            const t2 = sigmoid(s); // mlp.ts:66
            s_b += t1_b * (t2 * (1 + s * (1 - t2))); // mlp.ts:66
            t1_b = 0; // mlp.ts:66
            for (let i = nIn - 1; i >= 0; i--) {
                params_b[pOff + j * nIn + i]! += s_b * act[inOff + i]!; // mlp.ts:64
                act_b[inOff + i]! += s_b * params[pOff + j * nIn + i]!; // mlp.ts:64
            }
            s = tape.pop(); // mlp.ts:62
            params_b[pOff + nOut * nIn + j]! += s_b; // mlp.ts:62
            s_b = 0; // mlp.ts:62
        }
        nOut = tape.popInt(); // mlp.ts:60
        nIn = tape.popInt(); // mlp.ts:59
    }
    for (let i = n0 - 1; i >= 0; i--) {
        x_b[i]! += act_b[i]!; // mlp.ts:53
        act_b[i] = 0; // mlp.ts:53
    }
    return y;
}

/**
 * Adjoint of mlpSquaredError (models/mlp.ts:97).
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
    // inlined mlp (models/mlp.ts:49)
    const layers = sizes.length - 1; // mlp.ts:50
    const n0 = sizes[0]!; // mlp.ts:51
    for (let i = 0; i < n0; i++) {
        act[i] = x[i]!; // mlp.ts:53
    }
    let pOff = 0; // mlp.ts:55
    let inOff = 0; // mlp.ts:56
    let outOff = n0; // mlp.ts:57
    for (let l = 0; l < layers - 1; l++) {
        tape.pushInt(nIn); // mlp.ts:59
        nIn = sizes[l]!; // mlp.ts:59
        tape.pushInt(nOut); // mlp.ts:60
        nOut = sizes[l + 1]!; // mlp.ts:60
        for (let j = 0; j < nOut; j++) {
            tape.push(s); // mlp.ts:62
            s = params[pOff + nOut * nIn + j]!; // mlp.ts:62
            for (let i = 0; i < nIn; i++) {
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:64
            }
            const t1 = silu(s); // mlp.ts:66
            tape.push(act[outOff + j]!); // mlp.ts:66
            act[outOff + j] = mark(t1, outOff + j - n0); // mlp.ts:66
        }
        tape.pushInt(pOff); // mlp.ts:68
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:68
        tape.pushInt(inOff); // mlp.ts:69
        inOff = outOff; // mlp.ts:69
        tape.pushInt(outOff); // mlp.ts:70
        outOff += nOut; // mlp.ts:70
    }
    const nLast = sizes[layers - 1]!; // mlp.ts:72
    let y = params[pOff + nLast]!; // mlp.ts:73
    for (let i = 0; i < nLast; i++) {
        y += params[pOff + i]! * act[inOff + i]!; // mlp.ts:75
    }
    const r = y - target; // mlp.ts:98
    const ret = r * r; // mlp.ts:99
    // reverse sweep
    let s_b = 0;
    let t1_b = 0;
    let y_b = 0;
    let r_b = 0;
    let ret_b = out_b;
    r_b += ret_b * r; // mlp.ts:99
    r_b += ret_b * r; // mlp.ts:99
    y_b += r_b; // mlp.ts:98
    for (let i = nLast - 1; i >= 0; i--) {
        params_b[pOff + i]! += y_b * act[inOff + i]!; // mlp.ts:75
        act_b[inOff + i]! += y_b * params[pOff + i]!; // mlp.ts:75
    }
    params_b[pOff + nLast]! += y_b; // mlp.ts:73
    y_b = 0; // mlp.ts:73
    for (let l = layers - 1 - 1; l >= 0; l--) {
        outOff = tape.popInt(); // mlp.ts:70
        inOff = tape.popInt(); // mlp.ts:69
        pOff = tape.popInt(); // mlp.ts:68
        for (let j = nOut - 1; j >= 0; j--) {
            act[outOff + j] = tape.pop(); // mlp.ts:66
            markAdjoint(outOff + j - n0, act_b[outOff + j]!); // mlp.ts:66
            t1_b += act_b[outOff + j]!; // mlp.ts:66
            act_b[outOff + j] = 0; // mlp.ts:66
            const t2 = sigmoid(s); // mlp.ts:66
            s_b += t1_b * (t2 * (1 + s * (1 - t2))); // mlp.ts:66
            t1_b = 0; // mlp.ts:66
            for (let i = nIn - 1; i >= 0; i--) {
                params_b[pOff + j * nIn + i]! += s_b * act[inOff + i]!; // mlp.ts:64
                act_b[inOff + i]! += s_b * params[pOff + j * nIn + i]!; // mlp.ts:64
            }
            s = tape.pop(); // mlp.ts:62
            params_b[pOff + nOut * nIn + j]! += s_b; // mlp.ts:62
            s_b = 0; // mlp.ts:62
        }
        nOut = tape.popInt(); // mlp.ts:60
        nIn = tape.popInt(); // mlp.ts:59
    }
    for (let i = n0 - 1; i >= 0; i--) {
        act_b[i] = 0; // mlp.ts:53
    }
    return ret;
}

/**
 * Adjoint of mlpOfInput (models/mlp.ts:118).
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
    // inlined mlp (models/mlp.ts:49)
    const layers = sizes.length - 1; // mlp.ts:50
    const n0 = sizes[0]!; // mlp.ts:51
    for (let i = 0; i < n0; i++) {
        act[i] = x[i]!; // mlp.ts:53
    }
    let pOff = 0; // mlp.ts:55
    let inOff = 0; // mlp.ts:56
    let outOff = n0; // mlp.ts:57
    for (let l = 0; l < layers - 1; l++) {
        tape.pushInt(nIn); // mlp.ts:59
        nIn = sizes[l]!; // mlp.ts:59
        tape.pushInt(nOut); // mlp.ts:60
        nOut = sizes[l + 1]!; // mlp.ts:60
        for (let j = 0; j < nOut; j++) {
            tape.push(s); // mlp.ts:62
            s = params[pOff + nOut * nIn + j]!; // mlp.ts:62
            for (let i = 0; i < nIn; i++) {
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:64
            }
            const t1 = silu(s); // mlp.ts:66
            act[outOff + j] = mark(t1, outOff + j - n0); // mlp.ts:66
        }
        tape.pushInt(pOff); // mlp.ts:68
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:68
        tape.pushInt(inOff); // mlp.ts:69
        inOff = outOff; // mlp.ts:69
        tape.pushInt(outOff); // mlp.ts:70
        outOff += nOut; // mlp.ts:70
    }
    const nLast = sizes[layers - 1]!; // mlp.ts:72
    let y = params[pOff + nLast]!; // mlp.ts:73
    for (let i = 0; i < nLast; i++) {
        y += params[pOff + i]! * act[inOff + i]!; // mlp.ts:75
    }
    const ret = y; // mlp.ts:119
    // reverse sweep
    let s_b = 0;
    let t1_b = 0;
    let y_b = 0;
    let ret_b = out_b;
    y_b += ret_b; // mlp.ts:119
    for (let i = nLast - 1; i >= 0; i--) {
        act_b[inOff + i]! += y_b * params[pOff + i]!; // mlp.ts:75
    }
    y_b = 0; // mlp.ts:73
    for (let l = layers - 1 - 1; l >= 0; l--) {
        outOff = tape.popInt(); // mlp.ts:70
        inOff = tape.popInt(); // mlp.ts:69
        pOff = tape.popInt(); // mlp.ts:68
        for (let j = nOut - 1; j >= 0; j--) {
            markAdjoint(outOff + j - n0, act_b[outOff + j]!); // mlp.ts:66
            t1_b += act_b[outOff + j]!; // mlp.ts:66
            act_b[outOff + j] = 0; // mlp.ts:66
            const t2 = sigmoid(s); // mlp.ts:66
            s_b += t1_b * (t2 * (1 + s * (1 - t2))); // mlp.ts:66
            t1_b = 0; // mlp.ts:66
            for (let i = nIn - 1; i >= 0; i--) {
                act_b[inOff + i]! += s_b * params[pOff + j * nIn + i]!; // mlp.ts:64
            }
            s = tape.pop(); // mlp.ts:62
            s_b = 0; // mlp.ts:62
        }
        nOut = tape.popInt(); // mlp.ts:60
        nIn = tape.popInt(); // mlp.ts:59
    }
    for (let i = n0 - 1; i >= 0; i--) {
        x_b[i]! += act_b[i]!; // mlp.ts:53
        act_b[i] = 0; // mlp.ts:53
    }
    return ret;
}
