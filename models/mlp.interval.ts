// Generated from models/mlp.ts by the sobolev compiler (interval). Do not edit.
import { fmaHi, fmaLo, markHi, markLo, siluHi, siluLo } from "../runtime/index.js";

/**
 * Interval version of mlp (models/mlp.ts:44).
 */
export function mlp_interval(params_lo: Float64Array, params_hi: Float64Array, x_lo: Float64Array, x_hi: Float64Array, act_lo: Float64Array, act_hi: Float64Array, sizes: Int32Array, out: Float64Array): void {
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
        const nIn = sizes[l]; // mlp.ts:54
        const nOut = sizes[l + 1]; // mlp.ts:55
        for (let j = 0; j < nOut; j++) {
            let s_lo = params_lo[pOff + nOut * nIn + j]; // mlp.ts:57
            let s_hi = params_hi[pOff + nOut * nIn + j]; // mlp.ts:57
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
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:63
        inOff = outOff; // mlp.ts:64
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
    out[0] = y_lo;
    out[1] = y_hi;
}
