// Generated from models/mlp.ts by the sobolev compiler (interval). Do not edit.
import { bounds, fmaPointHi, fmaPointLo, markInterval, siluPair } from "../../runtime/index.js";
const PHI = 1.1102230246251568e-16; // 2^-53 + 2^-105: outDown/outUp move a bound by PHI·|c| + ETA (runtime/interval/round.ts)
const ETA = 5e-324; // 2^-1074, the smallest subnormal

/**
 * Interval version of mlp (models/mlp.ts:50).
 */
export function mlp_interval(params: Float64Array, x_lo: Float64Array, x_hi: Float64Array, act_lo: Float64Array, act_hi: Float64Array, sizes: Int32Array, out: Float64Array): void {
    const layers = sizes.length - 1; // mlp.ts:51
    const n0 = sizes[0]!; // mlp.ts:52
    for (let i = 0; i < n0; i++) {
        act_lo[i] = x_lo[i]!; // mlp.ts:54
        act_hi[i] = x_hi[i]!; // mlp.ts:54
    }
    let pOff = 0; // mlp.ts:56
    let inOff = 0; // mlp.ts:57
    let outOff = n0; // mlp.ts:58
    for (let l = 0; l < layers - 1; l++) {
        const nIn = sizes[l]!; // mlp.ts:60
        const nOut = sizes[l + 1]!; // mlp.ts:61
        for (let j = 0; j < nOut; j++) {
            let s_lo = params[pOff + nOut * nIn + j]!; // mlp.ts:63
            let s_hi = params[pOff + nOut * nIn + j]!; // mlp.ts:63
            let sum1 = s_lo + s_hi;
            let rad1 = s_hi - s_lo;
            let mag1 = Math.max(Math.abs(s_lo), Math.abs(s_hi));
            let k1 = 0;
            for (let i = 0; i < nIn; i++) {
                const w2 = params[pOff + j * nIn + i]!;
                const b_lo1 = act_lo[inOff + i]!;
                const b_hi1 = act_hi[inOff + i]!;
                const aw1 = Math.abs(w2);
                sum1 += w2 * (b_lo1 + b_hi1);
                rad1 += aw1 * (b_hi1 - b_lo1);
                mag1 += aw1 * Math.max(Math.abs(b_lo1), Math.abs(b_hi1));
                k1++;
            }
            if (mag1 < 1e+300 && k1 < 1048576) {
                const e1 = 8.881784197001252e-16 * (k1 + 1) * mag1 + 4e-323 * (k1 + 1);
                const l1 = (sum1 - rad1) * 0.5 - e1;
                const h1 = (sum1 + rad1) * 0.5 + e1;
                s_lo = l1 - (PHI * Math.abs(l1) + ETA);
                s_hi = h1 + (PHI * Math.abs(h1) + ETA);
            }
            else {
                for (let i = 0; i < nIn; i++) {
                    const w1 = params[pOff + j * nIn + i]!;
                    const p1 = w1 > 0 ? w1 * act_lo[inOff + i]! : w1 * act_hi[inOff + i]!;
                    const t2 = s_lo + (p1 - (PHI * Math.abs(p1) + ETA));
                    const lo1 = t2 - (PHI * Math.abs(t2) + ETA);
                    const p2 = w1 > 0 ? w1 * act_hi[inOff + i]! : w1 * act_lo[inOff + i]!;
                    const t3 = s_hi + (p2 + (PHI * Math.abs(p2) + ETA));
                    const hi1 = t3 + (PHI * Math.abs(t3) + ETA);
                    const lo2 = lo1 === lo1 ? lo1 : fmaPointLo(s_lo, w1, act_lo[inOff + i]!, act_hi[inOff + i]!);
                    const hi2 = hi1 === hi1 ? hi1 : fmaPointHi(s_hi, w1, act_lo[inOff + i]!, act_hi[inOff + i]!);
                    s_lo = lo2; // mlp.ts:65
                    s_hi = hi2; // mlp.ts:65
                }
            }
            bounds[0] = s_lo;
            bounds[1] = s_hi;
            siluPair();
            const lo3 = bounds[0]!;
            const hi3 = bounds[1]!;
            const t1_lo = lo3; // mlp.ts:67
            const t1_hi = hi3; // mlp.ts:67
            bounds[0] = t1_lo;
            bounds[1] = t1_hi;
            markInterval(outOff + j - n0);
            act_lo[outOff + j] = t1_lo; // mlp.ts:67
            act_hi[outOff + j] = t1_hi; // mlp.ts:67
        }
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:69
        inOff = outOff; // mlp.ts:70
        outOff += nOut; // mlp.ts:71
    }
    const nLast = sizes[layers - 1]!; // mlp.ts:73
    let y_lo = params[pOff + nLast]!; // mlp.ts:74
    let y_hi = params[pOff + nLast]!; // mlp.ts:74
    let sum2 = y_lo + y_hi;
    let rad2 = y_hi - y_lo;
    let mag2 = Math.max(Math.abs(y_lo), Math.abs(y_hi));
    let k2 = 0;
    for (let i = 0; i < nLast; i++) {
        const w4 = params[pOff + i]!;
        const b_lo2 = act_lo[inOff + i]!;
        const b_hi2 = act_hi[inOff + i]!;
        const aw2 = Math.abs(w4);
        sum2 += w4 * (b_lo2 + b_hi2);
        rad2 += aw2 * (b_hi2 - b_lo2);
        mag2 += aw2 * Math.max(Math.abs(b_lo2), Math.abs(b_hi2));
        k2++;
    }
    if (mag2 < 1e+300 && k2 < 1048576) {
        const e2 = 8.881784197001252e-16 * (k2 + 1) * mag2 + 4e-323 * (k2 + 1);
        const l2 = (sum2 - rad2) * 0.5 - e2;
        const h2 = (sum2 + rad2) * 0.5 + e2;
        y_lo = l2 - (PHI * Math.abs(l2) + ETA);
        y_hi = h2 + (PHI * Math.abs(h2) + ETA);
    }
    else {
        for (let i = 0; i < nLast; i++) {
            const w3 = params[pOff + i]!;
            const p3 = w3 > 0 ? w3 * act_lo[inOff + i]! : w3 * act_hi[inOff + i]!;
            const t4 = y_lo + (p3 - (PHI * Math.abs(p3) + ETA));
            const lo4 = t4 - (PHI * Math.abs(t4) + ETA);
            const p4 = w3 > 0 ? w3 * act_hi[inOff + i]! : w3 * act_lo[inOff + i]!;
            const t5 = y_hi + (p4 + (PHI * Math.abs(p4) + ETA));
            const hi4 = t5 + (PHI * Math.abs(t5) + ETA);
            const lo5 = lo4 === lo4 ? lo4 : fmaPointLo(y_lo, w3, act_lo[inOff + i]!, act_hi[inOff + i]!);
            const hi5 = hi4 === hi4 ? hi4 : fmaPointHi(y_hi, w3, act_lo[inOff + i]!, act_hi[inOff + i]!);
            y_lo = lo5; // mlp.ts:76
            y_hi = hi5; // mlp.ts:76
        }
    }
    out[0] = y_lo;
    out[1] = y_hi;
}
