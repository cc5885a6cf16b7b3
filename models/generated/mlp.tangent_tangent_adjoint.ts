// Generated from models/mlp.ts by the sobolev compiler (adjoint over tangent over tangent). Do not edit.
import { mark, markAdjoint, sigmoid, silu, tape } from "../../runtime/index.js";

/**
 * Adjoint of tangent of tangent of mlp (models/mlp.ts:50).
 * @differentiable
 * @wrt params act act_d out act_d_1 act_d_d out_d params_b act_b act_d_b out_b act_d_1_b act_d_d_b out_d_b
 * @domain sizes 3 3
 * @length sizes 4
 * @length params 28
 * @length x 3
 * @length act 9
 * @length x_d 3
 * @length act_d 9
 * @length out 2
 * @length x_d_1 3
 * @length act_d_1 9
 * @length act_d_d 9
 * @length out_d 2
 * @length params_b 28
 * @length act_b 9
 * @length act_d_b 9
 * @length out_b 2
 * @length act_d_1_b 9
 * @length act_d_d_b 9
 * @length out_d_b 2
 * @variant tangent
 */
export function mlp_tangent_tangent_adjoint(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, x_d: Float64Array, act_d: Float64Array, out: Float64Array, x_d_1: Float64Array, act_d_1: Float64Array, act_d_d: Float64Array, out_d: Float64Array, params_b: Float64Array, act_b: Float64Array, act_d_b: Float64Array, out_b: Float64Array, act_d_1_b: Float64Array, act_d_d_b: Float64Array, out_d_b: Float64Array): void {
    let nIn = 0;
    let nOut = 0;
    let s = 0;
    let s_d_1 = 0;
    let s_d = 0;
    let s_d_d = 0;
    let t6 = 0;
    let t7 = 0;
    let t8 = 0;
    let t9 = 0;
    let t2 = 0;
    let t10 = 0;
    let t11 = 0;
    let t2_d = 0;
    let t3 = 0;
    let t3_d = 0;
    let t4 = 0;
    let t4_d = 0;
    let t5 = 0;
    let t5_d = 0;
    const layers = sizes.length - 1; // mlp.ts:51
    const n0 = sizes[0]!; // mlp.ts:52
    for (let i = 0; i < n0; i++) {
        act_d_d[i] = 0; // mlp.ts:54
        act_d[i] = x_d[i]!; // mlp.ts:54
        act_d_1[i] = x_d_1[i]!; // mlp.ts:54
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
            tape.push(s_d_1); // mlp.ts:63
            s_d_1 = 0; // mlp.ts:63
            tape.push(s_d); // mlp.ts:63
            s_d = 0; // mlp.ts:63
            tape.push(s_d_d); // mlp.ts:63
            s_d_d = 0; // mlp.ts:63
            for (let i = 0; i < nIn; i++) {
                s_d_d += params[pOff + j * nIn + i]! * act_d_d[inOff + i]!; // mlp.ts:65
                s_d += params[pOff + j * nIn + i]! * act_d[inOff + i]!; // mlp.ts:65
                s_d_1 += params[pOff + j * nIn + i]! * act_d_1[inOff + i]!; // mlp.ts:65
                s += params[pOff + j * nIn + i]! * act[inOff + i]!; // mlp.ts:65
            }
            const t1 = silu(s); // mlp.ts:67
            tape.push(t6); // mlp.ts:67
            t6 = sigmoid(s); // mlp.ts:67
            tape.push(t7); // mlp.ts:67
            t7 = 1 - t6; // mlp.ts:67
            tape.push(t8); // mlp.ts:67
            t8 = 1 + s * t7; // mlp.ts:67
            tape.push(t9); // mlp.ts:67
            t9 = t6 * t8; // mlp.ts:67
            const t1_d_1 = t9 * s_d_1; // mlp.ts:67
            tape.push(t2); // mlp.ts:67
            t2 = sigmoid(s); // mlp.ts:67
            tape.push(t10); // mlp.ts:67
            t10 = 1 - t2; // mlp.ts:67
            tape.push(t11); // mlp.ts:67
            t11 = t2 * t10; // mlp.ts:67
            tape.push(t2_d); // mlp.ts:67
            t2_d = t11 * s_d_1; // mlp.ts:67
            tape.push(t3); // mlp.ts:67
            t3 = 1 - t2; // mlp.ts:67
            tape.push(t3_d); // mlp.ts:67
            t3_d = -t2_d; // mlp.ts:67
            tape.push(t4); // mlp.ts:67
            t4 = 1 + s * t3; // mlp.ts:67
            const t12 = t3 * s_d_1; // mlp.ts:67
            tape.push(t4_d); // mlp.ts:67
            t4_d = t12 + s * t3_d; // mlp.ts:67
            tape.push(t5); // mlp.ts:67
            t5 = t2 * t4; // mlp.ts:67
            const t13 = t4 * t2_d; // mlp.ts:67
            tape.push(t5_d); // mlp.ts:67
            t5_d = t13 + t2 * t4_d; // mlp.ts:67
            const t1_d = t5 * s_d; // mlp.ts:67
            const t14 = s_d * t5_d; // mlp.ts:67
            const t1_d_d = t14 + t5 * s_d_d; // mlp.ts:67
            tape.push(act_d_d[outOff + j]!); // mlp.ts:67
            act_d_d[outOff + j] = t1_d_d; // mlp.ts:67
            tape.push(act_d[outOff + j]!); // mlp.ts:67
            act_d[outOff + j] = t1_d; // mlp.ts:67
            tape.push(act_d_1[outOff + j]!); // mlp.ts:67
            act_d_1[outOff + j] = t1_d_1; // mlp.ts:67
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
    let y_d_1 = 0; // mlp.ts:74
    let y_d = 0; // mlp.ts:74
    let y_d_d = 0; // mlp.ts:74
    for (let i = 0; i < nLast; i++) {
        y_d_d += params[pOff + i]! * act_d_d[inOff + i]!; // mlp.ts:76
        y_d += params[pOff + i]! * act_d[inOff + i]!; // mlp.ts:76
        y_d_1 += params[pOff + i]! * act_d_1[inOff + i]!; // mlp.ts:76
        y += params[pOff + i]! * act[inOff + i]!; // mlp.ts:76
    }
    out_d[0] = y_d_1;
    out[0] = y;
    out_d[1] = y_d_d;
    out[1] = y_d;
    // reverse sweep
    let s_b = 0;
    let s_d_d_b = 0;
    let s_d_b = 0;
    let s_d_1_b = 0;
    let t1_b = 0;
    let t6_b = 0;
    let t7_b = 0;
    let t8_b = 0;
    let t9_b = 0;
    let t1_d_1_b = 0;
    let t2_b = 0;
    let t10_b = 0;
    let t11_b = 0;
    let t2_d_b = 0;
    let t3_b = 0;
    let t3_d_b = 0;
    let t4_b = 0;
    let t12_b = 0;
    let t4_d_b = 0;
    let t5_b = 0;
    let t13_b = 0;
    let t5_d_b = 0;
    let t1_d_b = 0;
    let t14_b = 0;
    let t1_d_d_b = 0;
    let y_b = 0;
    let y_d_d_b = 0;
    let y_d_b = 0;
    let y_d_1_b = 0;
    y_d_b += out_b[1]!;
    out_b[1] = 0;
    y_d_d_b += out_d_b[1]!;
    out_d_b[1] = 0;
    y_b += out_b[0]!;
    out_b[0] = 0;
    y_d_1_b += out_d_b[0]!;
    out_d_b[0] = 0;
    for (let i = nLast - 1; i >= 0; i--) {
        params_b[pOff + i]! += y_b * act[inOff + i]!; // mlp.ts:76
        act_b[inOff + i]! += y_b * params[pOff + i]!; // mlp.ts:76
        params_b[pOff + i]! += y_d_1_b * act_d_1[inOff + i]!; // mlp.ts:76
        act_d_1_b[inOff + i]! += y_d_1_b * params[pOff + i]!; // mlp.ts:76
        params_b[pOff + i]! += y_d_b * act_d[inOff + i]!; // mlp.ts:76
        act_d_b[inOff + i]! += y_d_b * params[pOff + i]!; // mlp.ts:76
        params_b[pOff + i]! += y_d_d_b * act_d_d[inOff + i]!; // mlp.ts:76
        act_d_d_b[inOff + i]! += y_d_d_b * params[pOff + i]!; // mlp.ts:76
    }
    y_d_d_b = 0; // mlp.ts:74
    y_d_b = 0; // mlp.ts:74
    y_d_1_b = 0; // mlp.ts:74
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
            act_d_1[outOff + j] = tape.pop(); // mlp.ts:67
            t1_d_1_b += act_d_1_b[outOff + j]!; // mlp.ts:67
            act_d_1_b[outOff + j] = 0; // mlp.ts:67
            act_d[outOff + j] = tape.pop(); // mlp.ts:67
            t1_d_b += act_d_b[outOff + j]!; // mlp.ts:67
            act_d_b[outOff + j] = 0; // mlp.ts:67
            act_d_d[outOff + j] = tape.pop(); // mlp.ts:67
            t1_d_d_b += act_d_d_b[outOff + j]!; // mlp.ts:67
            act_d_d_b[outOff + j] = 0; // mlp.ts:67
            t14_b += t1_d_d_b; // mlp.ts:67
            t5_b += t1_d_d_b * s_d_d; // mlp.ts:67
            s_d_d_b += t1_d_d_b * t5; // mlp.ts:67
            t1_d_d_b = 0; // mlp.ts:67
            s_d_b += t14_b * t5_d; // mlp.ts:67
            t5_d_b += t14_b * s_d; // mlp.ts:67
            t14_b = 0; // mlp.ts:67
            t5_b += t1_d_b * s_d; // mlp.ts:67
            s_d_b += t1_d_b * t5; // mlp.ts:67
            t1_d_b = 0; // mlp.ts:67
            t5_d = tape.pop(); // mlp.ts:67
            t13_b += t5_d_b; // mlp.ts:67
            t2_b += t5_d_b * t4_d; // mlp.ts:67
            t4_d_b += t5_d_b * t2; // mlp.ts:67
            t5_d_b = 0; // mlp.ts:67
            t4_b += t13_b * t2_d; // mlp.ts:67
            t2_d_b += t13_b * t4; // mlp.ts:67
            t13_b = 0; // mlp.ts:67
            t5 = tape.pop(); // mlp.ts:67
            t2_b += t5_b * t4; // mlp.ts:67
            t4_b += t5_b * t2; // mlp.ts:67
            t5_b = 0; // mlp.ts:67
            t4_d = tape.pop(); // mlp.ts:67
            t12_b += t4_d_b; // mlp.ts:67
            s_b += t4_d_b * t3_d; // mlp.ts:67
            t3_d_b += t4_d_b * s; // mlp.ts:67
            t4_d_b = 0; // mlp.ts:67
            t3_b += t12_b * s_d_1; // mlp.ts:67
            s_d_1_b += t12_b * t3; // mlp.ts:67
            t12_b = 0; // mlp.ts:67
            t4 = tape.pop(); // mlp.ts:67
            s_b += t4_b * t3; // mlp.ts:67
            t3_b += t4_b * s; // mlp.ts:67
            t4_b = 0; // mlp.ts:67
            t3_d = tape.pop(); // mlp.ts:67
            t2_d_b -= t3_d_b; // mlp.ts:67
            t3_d_b = 0; // mlp.ts:67
            t3 = tape.pop(); // mlp.ts:67
            t2_b -= t3_b; // mlp.ts:67
            t3_b = 0; // mlp.ts:67
            t2_d = tape.pop(); // mlp.ts:67
            t11_b += t2_d_b * s_d_1; // mlp.ts:67
            s_d_1_b += t2_d_b * t11; // mlp.ts:67
            t2_d_b = 0; // mlp.ts:67
            t11 = tape.pop(); // mlp.ts:67
            t2_b += t11_b * t10; // mlp.ts:67
            t10_b += t11_b * t2; // mlp.ts:67
            t11_b = 0; // mlp.ts:67
            t10 = tape.pop(); // mlp.ts:67
            t2_b -= t10_b; // mlp.ts:67
            t10_b = 0; // mlp.ts:67
            s_b += t2_b * (t2 * (1 - t2)); // mlp.ts:67
            t2_b = 0; // mlp.ts:67
            t2 = tape.pop(); // mlp.ts:67
            t9_b += t1_d_1_b * s_d_1; // mlp.ts:67
            s_d_1_b += t1_d_1_b * t9; // mlp.ts:67
            t1_d_1_b = 0; // mlp.ts:67
            t9 = tape.pop(); // mlp.ts:67
            t6_b += t9_b * t8; // mlp.ts:67
            t8_b += t9_b * t6; // mlp.ts:67
            t9_b = 0; // mlp.ts:67
            t8 = tape.pop(); // mlp.ts:67
            s_b += t8_b * t7; // mlp.ts:67
            t7_b += t8_b * s; // mlp.ts:67
            t8_b = 0; // mlp.ts:67
            t7 = tape.pop(); // mlp.ts:67
            t6_b -= t7_b; // mlp.ts:67
            t7_b = 0; // mlp.ts:67
            s_b += t6_b * (t6 * (1 - t6)); // mlp.ts:67
            t6_b = 0; // mlp.ts:67
            t6 = tape.pop(); // mlp.ts:67
            const t15 = sigmoid(s); // mlp.ts:67
            s_b += t1_b * (t15 * (1 + s * (1 - t15))); // mlp.ts:67
            t1_b = 0; // mlp.ts:67
            for (let i = nIn - 1; i >= 0; i--) {
                params_b[pOff + j * nIn + i]! += s_b * act[inOff + i]!; // mlp.ts:65
                act_b[inOff + i]! += s_b * params[pOff + j * nIn + i]!; // mlp.ts:65
                params_b[pOff + j * nIn + i]! += s_d_1_b * act_d_1[inOff + i]!; // mlp.ts:65
                act_d_1_b[inOff + i]! += s_d_1_b * params[pOff + j * nIn + i]!; // mlp.ts:65
                params_b[pOff + j * nIn + i]! += s_d_b * act_d[inOff + i]!; // mlp.ts:65
                act_d_b[inOff + i]! += s_d_b * params[pOff + j * nIn + i]!; // mlp.ts:65
                params_b[pOff + j * nIn + i]! += s_d_d_b * act_d_d[inOff + i]!; // mlp.ts:65
                act_d_d_b[inOff + i]! += s_d_d_b * params[pOff + j * nIn + i]!; // mlp.ts:65
            }
            s_d_d = tape.pop(); // mlp.ts:63
            s_d_d_b = 0; // mlp.ts:63
            s_d = tape.pop(); // mlp.ts:63
            s_d_b = 0; // mlp.ts:63
            s_d_1 = tape.pop(); // mlp.ts:63
            s_d_1_b = 0; // mlp.ts:63
            s = tape.pop(); // mlp.ts:63
            params_b[pOff + nOut * nIn + j]! += s_b; // mlp.ts:63
            s_b = 0; // mlp.ts:63
        }
    }
    for (let i = n0 - 1; i >= 0; i--) {
        act_b[i] = 0; // mlp.ts:54
        act_d_1_b[i] = 0; // mlp.ts:54
        act_d_b[i] = 0; // mlp.ts:54
        act_d_d_b[i] = 0; // mlp.ts:54
    }
}
