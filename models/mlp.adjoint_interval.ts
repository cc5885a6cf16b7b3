// Generated from models/mlp.ts by the sobolev compiler (interval over adjoint). Do not edit.
import { addHi, addLo, fmaHi, fmaLo, markAdjointInterval, markHi, markLo, mulHi, mulLo, sigmoidHi, sigmoidLo, siluHi, siluLo, subHi, subLo, tape } from "../runtime/index.js";

/**
 * Interval version of adjoint of mlp (models/mlp.ts:44).
 */
export function mlp_adjoint_interval(params_lo: Float64Array, params_hi: Float64Array, x_lo: Float64Array, x_hi: Float64Array, act_lo: Float64Array, act_hi: Float64Array, sizes: Int32Array, x_b_lo: Float64Array, x_b_hi: Float64Array, act_b_lo: Float64Array, act_b_hi: Float64Array, out_b_lo: number, out_b_hi: number, out: Float64Array): void {
    let nIn = 0;
    let nOut = 0;
    let s_lo = 0;
    let s_hi = 0;
    const layers = sizes.length - 1; // mlp.ts:45
    const n0 = sizes[0]; // mlp.ts:46
    for (let i = 0; i < n0; i++) {
        act_lo[i] = x_lo[i]; // mlp.ts:48
        act_hi[i] = x_hi[i]; // mlp.ts:48
    }
    let pOff = 0; // mlp.ts:50
    let inOff = 0; // mlp.ts:51
    let outOff = n0; // mlp.ts:52
    for (let l = 0; l < layers - 1; l++) {
        tape.pushInt(nIn); // mlp.ts:54
        nIn = sizes[l]; // mlp.ts:54
        tape.pushInt(nOut); // mlp.ts:55
        nOut = sizes[l + 1]; // mlp.ts:55
        for (let j = 0; j < nOut; j++) {
            tape.push(s_lo); // mlp.ts:57
            tape.push(s_hi); // mlp.ts:57
            s_lo = params_lo[pOff + nOut * nIn + j]; // mlp.ts:57
            s_hi = params_hi[pOff + nOut * nIn + j]; // mlp.ts:57
            for (let i = 0; i < nIn; i++) {
                const lo1 = fmaLo(s_lo, s_hi, params_lo[pOff + j * nIn + i], params_hi[pOff + j * nIn + i], act_lo[inOff + i], act_hi[inOff + i]);
                const hi1 = fmaHi(s_lo, s_hi, params_lo[pOff + j * nIn + i], params_hi[pOff + j * nIn + i], act_lo[inOff + i], act_hi[inOff + i]);
                s_lo = lo1; // mlp.ts:59
                s_hi = hi1; // mlp.ts:59
            }
            const t1_lo = siluLo(s_lo, s_hi); // mlp.ts:61
            const t1_hi = siluHi(s_lo, s_hi); // mlp.ts:61
            const lo2 = markLo(t1_lo, t1_hi, outOff + j - n0, outOff + j - n0);
            const hi2 = markHi(t1_lo, t1_hi, outOff + j - n0, outOff + j - n0);
            act_lo[outOff + j] = lo2; // mlp.ts:61
            act_hi[outOff + j] = hi2; // mlp.ts:61
        }
        tape.pushInt(pOff); // mlp.ts:63
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:63
        tape.pushInt(inOff); // mlp.ts:64
        inOff = outOff; // mlp.ts:64
        tape.pushInt(outOff); // mlp.ts:65
        outOff += nOut; // mlp.ts:65
    }
    const nLast = sizes[layers - 1]; // mlp.ts:67
    let y_lo = params_lo[pOff + nLast]; // mlp.ts:68
    let y_hi = params_hi[pOff + nLast]; // mlp.ts:68
    for (let i = 0; i < nLast; i++) {
        const lo3 = fmaLo(y_lo, y_hi, params_lo[pOff + i], params_hi[pOff + i], act_lo[inOff + i], act_hi[inOff + i]);
        const hi3 = fmaHi(y_lo, y_hi, params_lo[pOff + i], params_hi[pOff + i], act_lo[inOff + i], act_hi[inOff + i]);
        y_lo = lo3; // mlp.ts:70
        y_hi = hi3; // mlp.ts:70
    }
    // reverse sweep
    let s_b_lo = 0;
    let s_b_hi = 0;
    let t1_b_lo = 0;
    let t1_b_hi = 0;
    let y_b_lo = out_b_lo;
    let y_b_hi = out_b_hi;
    for (let i = nLast - 1; i >= 0; i--) {
        const lo4 = fmaLo(act_b_lo[inOff + i], act_b_hi[inOff + i], y_b_lo, y_b_hi, params_lo[pOff + i], params_hi[pOff + i]);
        const hi4 = fmaHi(act_b_lo[inOff + i], act_b_hi[inOff + i], y_b_lo, y_b_hi, params_lo[pOff + i], params_hi[pOff + i]);
        act_b_lo[inOff + i] = lo4; // mlp.ts:70
        act_b_hi[inOff + i] = hi4; // mlp.ts:70
    }
    y_b_lo = 0; // mlp.ts:68
    y_b_hi = 0; // mlp.ts:68
    for (let l = layers - 1 - 1; l >= 0; l--) {
        outOff = tape.popInt(); // mlp.ts:65
        inOff = tape.popInt(); // mlp.ts:64
        pOff = tape.popInt(); // mlp.ts:63
        for (let j = nOut - 1; j >= 0; j--) {
            markAdjointInterval(outOff + j - n0, act_b_lo[outOff + j], act_b_hi[outOff + j]); // mlp.ts:61
            const lo5 = addLo(t1_b_lo, t1_b_hi, act_b_lo[outOff + j], act_b_hi[outOff + j]);
            const hi5 = addHi(t1_b_lo, t1_b_hi, act_b_lo[outOff + j], act_b_hi[outOff + j]);
            t1_b_lo = lo5; // mlp.ts:61
            t1_b_hi = hi5; // mlp.ts:61
            act_b_lo[outOff + j] = 0; // mlp.ts:61
            act_b_hi[outOff + j] = 0; // mlp.ts:61
            const t2_lo = sigmoidLo(s_lo, s_hi); // mlp.ts:61
            const t2_hi = sigmoidHi(s_lo, s_hi); // mlp.ts:61
            const t3_lo = subLo(1, 1, t2_lo, t2_hi); // mlp.ts:61
            const t3_hi = subHi(1, 1, t2_lo, t2_hi); // mlp.ts:61
            const t4_lo = fmaLo(1, 1, s_lo, s_hi, t3_lo, t3_hi); // mlp.ts:61
            const t4_hi = fmaHi(1, 1, s_lo, s_hi, t3_lo, t3_hi); // mlp.ts:61
            const t5_lo = mulLo(t2_lo, t2_hi, t4_lo, t4_hi); // mlp.ts:61
            const t5_hi = mulHi(t2_lo, t2_hi, t4_lo, t4_hi); // mlp.ts:61
            const lo6 = fmaLo(s_b_lo, s_b_hi, t1_b_lo, t1_b_hi, t5_lo, t5_hi);
            const hi6 = fmaHi(s_b_lo, s_b_hi, t1_b_lo, t1_b_hi, t5_lo, t5_hi);
            s_b_lo = lo6; // mlp.ts:61
            s_b_hi = hi6; // mlp.ts:61
            t1_b_lo = 0; // mlp.ts:61
            t1_b_hi = 0; // mlp.ts:61
            for (let i = nIn - 1; i >= 0; i--) {
                const lo7 = fmaLo(act_b_lo[inOff + i], act_b_hi[inOff + i], s_b_lo, s_b_hi, params_lo[pOff + j * nIn + i], params_hi[pOff + j * nIn + i]);
                const hi7 = fmaHi(act_b_lo[inOff + i], act_b_hi[inOff + i], s_b_lo, s_b_hi, params_lo[pOff + j * nIn + i], params_hi[pOff + j * nIn + i]);
                act_b_lo[inOff + i] = lo7; // mlp.ts:59
                act_b_hi[inOff + i] = hi7; // mlp.ts:59
            }
            s_hi = tape.pop(); // mlp.ts:57
            s_lo = tape.pop(); // mlp.ts:57
            s_b_lo = 0; // mlp.ts:57
            s_b_hi = 0; // mlp.ts:57
        }
        nOut = tape.popInt(); // mlp.ts:55
        nIn = tape.popInt(); // mlp.ts:54
    }
    for (let i = n0 - 1; i >= 0; i--) {
        const lo8 = addLo(x_b_lo[i], x_b_hi[i], act_b_lo[i], act_b_hi[i]);
        const hi8 = addHi(x_b_lo[i], x_b_hi[i], act_b_lo[i], act_b_hi[i]);
        x_b_lo[i] = lo8; // mlp.ts:48
        x_b_hi[i] = hi8; // mlp.ts:48
        act_b_lo[i] = 0; // mlp.ts:48
        act_b_hi[i] = 0; // mlp.ts:48
    }
    out[0] = y_lo;
    out[1] = y_hi;
}
