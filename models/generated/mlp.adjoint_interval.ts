// Generated from models/mlp.ts by the sobolev compiler (interval over adjoint). Do not edit.
import { addHi, addLo, bounds, fmaHi, fmaLo, fmaPointHi, fmaPointLo, markAdjointInterval, markInterval, mulHi, mulLo, popBounds, pushBounds, sigmoidPair, siluPair, subHi, subLo, tape } from "../../runtime/index.js";
const PHI = 1.1102230246251568e-16; // 2^-53 + 2^-105: outDown/outUp move a bound by PHI·|c| + ETA (runtime/interval/round.ts)
const ETA = 5e-324; // 2^-1074, the smallest subnormal

/**
 * Interval version of adjoint of mlp (models/mlp.ts:50).
 */
export function mlp_adjoint_interval(params: Float64Array, x_lo: Float64Array, x_hi: Float64Array, act_lo: Float64Array, act_hi: Float64Array, sizes: Int32Array, x_b_lo: Float64Array, x_b_hi: Float64Array, act_b_lo: Float64Array, act_b_hi: Float64Array, out_b: number, out: Float64Array): void {
    let nIn = 0;
    let nOut = 0;
    let s_lo = 0;
    let s_hi = 0;
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
        nIn = sizes[l]!; // mlp.ts:60
        nOut = sizes[l + 1]!; // mlp.ts:61
        for (let j = 0; j < nOut; j++) {
            bounds[0] = s_lo;
            bounds[1] = s_hi;
            pushBounds();
            s_lo = params[pOff + nOut * nIn + j]!; // mlp.ts:63
            s_hi = params[pOff + nOut * nIn + j]!; // mlp.ts:63
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
                    const t6 = s_lo + (p1 - (PHI * Math.abs(p1) + ETA));
                    const lo1 = t6 - (PHI * Math.abs(t6) + ETA);
                    const p2 = w1 > 0 ? w1 * act_hi[inOff + i]! : w1 * act_lo[inOff + i]!;
                    const t7 = s_hi + (p2 + (PHI * Math.abs(p2) + ETA));
                    const hi1 = t7 + (PHI * Math.abs(t7) + ETA);
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
        tape.pushInt(pOff); // mlp.ts:69
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:69
        tape.pushInt(inOff); // mlp.ts:70
        inOff = outOff; // mlp.ts:70
        tape.pushInt(outOff); // mlp.ts:71
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
            const t8 = y_lo + (p3 - (PHI * Math.abs(p3) + ETA));
            const lo4 = t8 - (PHI * Math.abs(t8) + ETA);
            const p4 = w3 > 0 ? w3 * act_hi[inOff + i]! : w3 * act_lo[inOff + i]!;
            const t9 = y_hi + (p4 + (PHI * Math.abs(p4) + ETA));
            const hi4 = t9 + (PHI * Math.abs(t9) + ETA);
            const lo5 = lo4 === lo4 ? lo4 : fmaPointLo(y_lo, w3, act_lo[inOff + i]!, act_hi[inOff + i]!);
            const hi5 = hi4 === hi4 ? hi4 : fmaPointHi(y_hi, w3, act_lo[inOff + i]!, act_hi[inOff + i]!);
            y_lo = lo5; // mlp.ts:76
            y_hi = hi5; // mlp.ts:76
        }
    }
    // reverse sweep
    let s_b_lo = 0;
    let s_b_hi = 0;
    let t1_b_lo = 0;
    let t1_b_hi = 0;
    let y_b = out_b;
    for (let i = nLast - 1; i >= 0; i--) {
        const w5 = params[pOff + i]!;
        const p5 = y_b * w5;
        const t10 = act_b_lo[inOff + i]! + (p5 - (PHI * Math.abs(p5) + ETA));
        const lo6 = t10 - (PHI * Math.abs(t10) + ETA);
        const p6 = y_b * w5;
        const t11 = act_b_hi[inOff + i]! + (p6 + (PHI * Math.abs(p6) + ETA));
        const hi6 = t11 + (PHI * Math.abs(t11) + ETA);
        const lo7 = lo6 === lo6 ? lo6 : fmaPointLo(act_b_lo[inOff + i]!, y_b, w5, w5);
        const hi7 = hi6 === hi6 ? hi6 : fmaPointHi(act_b_hi[inOff + i]!, y_b, w5, w5);
        act_b_lo[inOff + i] = lo7; // mlp.ts:76
        act_b_hi[inOff + i] = hi7; // mlp.ts:76
    }
    y_b = 0; // mlp.ts:74
    for (let l = layers - 1 - 1; l >= 0; l--) {
        nIn = sizes[l]!; // mlp.ts:60
        nOut = sizes[l + 1]!; // mlp.ts:61
        outOff = tape.popInt(); // mlp.ts:71
        inOff = tape.popInt(); // mlp.ts:70
        pOff = tape.popInt(); // mlp.ts:69
        for (let j = nOut - 1; j >= 0; j--) {
            bounds[0] = act_b_lo[outOff + j]!;
            bounds[1] = act_b_hi[outOff + j]!;
            markAdjointInterval(outOff + j - n0);
            const s1 = t1_b_lo + act_b_lo[outOff + j]!;
            const lo8 = s1 === 0 ? s1 : s1 - (PHI * Math.abs(s1) + ETA);
            const s2 = t1_b_hi + act_b_hi[outOff + j]!;
            const hi8 = s2 === 0 ? s2 : s2 + (PHI * Math.abs(s2) + ETA);
            const lo9 = lo8 === lo8 ? lo8 : addLo(t1_b_lo, t1_b_hi, act_b_lo[outOff + j]!, act_b_hi[outOff + j]!);
            const hi9 = hi8 === hi8 ? hi8 : addHi(t1_b_lo, t1_b_hi, act_b_lo[outOff + j]!, act_b_hi[outOff + j]!);
            t1_b_lo = lo9; // mlp.ts:67
            t1_b_hi = hi9; // mlp.ts:67
            act_b_lo[outOff + j] = 0; // mlp.ts:67
            act_b_hi[outOff + j] = 0; // mlp.ts:67
            bounds[0] = s_lo;
            bounds[1] = s_hi;
            sigmoidPair();
            const lo10 = bounds[0]!;
            const hi10 = bounds[1]!;
            const t2_lo = lo10; // mlp.ts:67
            const t2_hi = hi10; // mlp.ts:67
            const s3 = 1 - t2_hi;
            const lo11 = s3 === 0 ? s3 : s3 - (PHI * Math.abs(s3) + ETA);
            const s4 = 1 - t2_lo;
            const hi11 = s4 === 0 ? s4 : s4 + (PHI * Math.abs(s4) + ETA);
            const t3_lo = lo11 === lo11 ? lo11 : subLo(1, 1, t2_lo, t2_hi); // mlp.ts:67
            const t3_hi = hi11 === hi11 ? hi11 : subHi(1, 1, t2_lo, t2_hi); // mlp.ts:67
            const p7 = s_lo * t3_lo;
            const p8 = s_lo * t3_hi;
            const p9 = s_hi * t3_lo;
            const p10 = s_hi * t3_hi;
            const pmin1 = Math.min(Math.min(p7, p8), Math.min(p9, p10));
            const t12 = 1 + (pmin1 - (PHI * Math.abs(pmin1) + ETA));
            const lo12 = t12 - (PHI * Math.abs(t12) + ETA);
            const pmax1 = Math.max(Math.max(p7, p8), Math.max(p9, p10));
            const t13 = 1 + (pmax1 + (PHI * Math.abs(pmax1) + ETA));
            const hi12 = t13 + (PHI * Math.abs(t13) + ETA);
            const t4_lo = lo12 === lo12 ? lo12 : fmaLo(1, 1, s_lo, s_hi, t3_lo, t3_hi); // mlp.ts:67
            const t4_hi = hi12 === hi12 ? hi12 : fmaHi(1, 1, s_lo, s_hi, t3_lo, t3_hi); // mlp.ts:67
            const p11 = t2_lo * t4_lo;
            const p12 = t2_lo * t4_hi;
            const p13 = t2_hi * t4_lo;
            const p14 = t2_hi * t4_hi;
            const pmin2 = Math.min(Math.min(p11, p12), Math.min(p13, p14));
            const lo13 = pmin2 - (PHI * Math.abs(pmin2) + ETA);
            const pmax2 = Math.max(Math.max(p11, p12), Math.max(p13, p14));
            const hi13 = pmax2 + (PHI * Math.abs(pmax2) + ETA);
            const t5_lo = lo13 === lo13 ? lo13 : mulLo(t2_lo, t2_hi, t4_lo, t4_hi); // mlp.ts:67
            const t5_hi = hi13 === hi13 ? hi13 : mulHi(t2_lo, t2_hi, t4_lo, t4_hi); // mlp.ts:67
            const p15 = t1_b_lo * t5_lo;
            const p16 = t1_b_lo * t5_hi;
            const p17 = t1_b_hi * t5_lo;
            const p18 = t1_b_hi * t5_hi;
            const pmin3 = Math.min(Math.min(p15, p16), Math.min(p17, p18));
            const t14 = s_b_lo + (pmin3 - (PHI * Math.abs(pmin3) + ETA));
            const lo14 = t14 - (PHI * Math.abs(t14) + ETA);
            const pmax3 = Math.max(Math.max(p15, p16), Math.max(p17, p18));
            const t15 = s_b_hi + (pmax3 + (PHI * Math.abs(pmax3) + ETA));
            const hi14 = t15 + (PHI * Math.abs(t15) + ETA);
            const lo15 = lo14 === lo14 ? lo14 : fmaLo(s_b_lo, s_b_hi, t1_b_lo, t1_b_hi, t5_lo, t5_hi);
            const hi15 = hi14 === hi14 ? hi14 : fmaHi(s_b_lo, s_b_hi, t1_b_lo, t1_b_hi, t5_lo, t5_hi);
            s_b_lo = lo15; // mlp.ts:67
            s_b_hi = hi15; // mlp.ts:67
            t1_b_lo = 0; // mlp.ts:67
            t1_b_hi = 0; // mlp.ts:67
            const c1 = (s_b_lo + s_b_hi) * 0.5;
            const r1 = Math.max(s_b_hi - c1 + (PHI * Math.abs(s_b_hi - c1) + ETA), c1 - s_b_lo + (PHI * Math.abs(c1 - s_b_lo) + ETA));
            for (let i = nIn - 1; i >= 0; i--) {
                const w7 = params[pOff + j * nIn + i]!;
                const a_lo1 = act_b_lo[inOff + i]!;
                const a_hi1 = act_b_hi[inOff + i]!;
                const P1 = w7 * c1;
                const Q1 = Math.abs(w7) * r1;
                const e3 = (Math.abs(a_lo1) + Math.abs(a_hi1) + (Math.abs(P1) + Q1) + 8.900295434028806e-308) * 8.881784197001252e-16;
                act_b_lo[inOff + i] = e3 < 1e+290 ? a_lo1 + (P1 - Q1) - e3 : fmaPointLo(a_lo1, w7, s_b_lo, s_b_hi); // mlp.ts:64
                act_b_hi[inOff + i] = e3 < 1e+290 ? a_hi1 + (P1 + Q1) + e3 : fmaPointHi(a_hi1, w7, s_b_lo, s_b_hi); // mlp.ts:64
            }
            popBounds(); // mlp.ts:63
            s_lo = bounds[0]!; // mlp.ts:63
            s_hi = bounds[1]!; // mlp.ts:63
            s_b_lo = 0; // mlp.ts:63
            s_b_hi = 0; // mlp.ts:63
        }
    }
    for (let i = n0 - 1; i >= 0; i--) {
        const s5 = x_b_lo[i]! + act_b_lo[i]!;
        const lo18 = s5 === 0 ? s5 : s5 - (PHI * Math.abs(s5) + ETA);
        const s6 = x_b_hi[i]! + act_b_hi[i]!;
        const hi18 = s6 === 0 ? s6 : s6 + (PHI * Math.abs(s6) + ETA);
        const lo19 = lo18 === lo18 ? lo18 : addLo(x_b_lo[i]!, x_b_hi[i]!, act_b_lo[i]!, act_b_hi[i]!);
        const hi19 = hi18 === hi18 ? hi18 : addHi(x_b_lo[i]!, x_b_hi[i]!, act_b_lo[i]!, act_b_hi[i]!);
        x_b_lo[i] = lo19; // mlp.ts:54
        x_b_hi[i] = hi19; // mlp.ts:54
        act_b_lo[i] = 0; // mlp.ts:54
        act_b_hi[i] = 0; // mlp.ts:54
    }
    out[0] = y_lo;
    out[1] = y_hi;
}
