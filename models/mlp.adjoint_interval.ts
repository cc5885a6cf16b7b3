// Generated from models/mlp.ts by the sobolev compiler (interval over adjoint). Do not edit.
import { addHi, addLo, bounds, fmaPair, fmaPointHi, fmaPointLo, markAdjointInterval, markInterval, mulPair, sigmoidPair, siluPair, subHi, subLo, tape } from "../runtime/index.js";

/**
 * Interval version of adjoint of mlp (models/mlp.ts:44).
 */
export function mlp_adjoint_interval(params: Float64Array, x_lo: Float64Array, x_hi: Float64Array, act_lo: Float64Array, act_hi: Float64Array, sizes: Int32Array, x_b_lo: Float64Array, x_b_hi: Float64Array, act_b_lo: Float64Array, act_b_hi: Float64Array, out_b: number, out: Float64Array): void {
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
            s_lo = params[pOff + nOut * nIn + j]; // mlp.ts:57
            s_hi = params[pOff + nOut * nIn + j]; // mlp.ts:57
            let sum1 = s_lo + s_hi;
            let rad1 = s_hi - s_lo;
            let mag1 = Math.max(Math.abs(s_lo), Math.abs(s_hi));
            let k1 = 0;
            for (let i = 0; i < nIn; i++) {
                const w2 = params[pOff + j * nIn + i];
                const b_lo1 = act_lo[inOff + i];
                const b_hi1 = act_hi[inOff + i];
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
                s_lo = l1 - (1.1102230246251568e-16 * Math.abs(l1) + 5e-324);
                s_hi = h1 + (1.1102230246251568e-16 * Math.abs(h1) + 5e-324);
            }
            else {
                for (let i = 0; i < nIn; i++) {
                    const w1 = params[pOff + j * nIn + i];
                    const p1 = w1 > 0 ? w1 * act_lo[inOff + i] : w1 * act_hi[inOff + i];
                    const t6 = s_lo + (p1 - (1.1102230246251568e-16 * Math.abs(p1) + 5e-324));
                    const lo1 = t6 - (1.1102230246251568e-16 * Math.abs(t6) + 5e-324);
                    const p2 = w1 > 0 ? w1 * act_hi[inOff + i] : w1 * act_lo[inOff + i];
                    const t7 = s_hi + (p2 + (1.1102230246251568e-16 * Math.abs(p2) + 5e-324));
                    const hi1 = t7 + (1.1102230246251568e-16 * Math.abs(t7) + 5e-324);
                    const lo2 = lo1 === lo1 ? lo1 : fmaPointLo(s_lo, w1, act_lo[inOff + i], act_hi[inOff + i]);
                    const hi2 = hi1 === hi1 ? hi1 : fmaPointHi(s_hi, w1, act_lo[inOff + i], act_hi[inOff + i]);
                    s_lo = lo2; // mlp.ts:59
                    s_hi = hi2; // mlp.ts:59
                }
            }
            bounds[0] = s_lo;
            bounds[1] = s_hi;
            siluPair();
            const lo3 = bounds[0];
            const hi3 = bounds[1];
            const t1_lo = lo3; // mlp.ts:61
            const t1_hi = hi3; // mlp.ts:61
            bounds[0] = t1_lo;
            bounds[1] = t1_hi;
            markInterval(outOff + j - n0);
            act_lo[outOff + j] = t1_lo; // mlp.ts:61
            act_hi[outOff + j] = t1_hi; // mlp.ts:61
        }
        tape.pushInt(pOff); // mlp.ts:63
        pOff = pOff + nOut * nIn + nOut; // mlp.ts:63
        tape.pushInt(inOff); // mlp.ts:64
        inOff = outOff; // mlp.ts:64
        tape.pushInt(outOff); // mlp.ts:65
        outOff += nOut; // mlp.ts:65
    }
    const nLast = sizes[layers - 1]; // mlp.ts:67
    let y_lo = params[pOff + nLast]; // mlp.ts:68
    let y_hi = params[pOff + nLast]; // mlp.ts:68
    let sum2 = y_lo + y_hi;
    let rad2 = y_hi - y_lo;
    let mag2 = Math.max(Math.abs(y_lo), Math.abs(y_hi));
    let k2 = 0;
    for (let i = 0; i < nLast; i++) {
        const w4 = params[pOff + i];
        const b_lo2 = act_lo[inOff + i];
        const b_hi2 = act_hi[inOff + i];
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
        y_lo = l2 - (1.1102230246251568e-16 * Math.abs(l2) + 5e-324);
        y_hi = h2 + (1.1102230246251568e-16 * Math.abs(h2) + 5e-324);
    }
    else {
        for (let i = 0; i < nLast; i++) {
            const w3 = params[pOff + i];
            const p3 = w3 > 0 ? w3 * act_lo[inOff + i] : w3 * act_hi[inOff + i];
            const t8 = y_lo + (p3 - (1.1102230246251568e-16 * Math.abs(p3) + 5e-324));
            const lo4 = t8 - (1.1102230246251568e-16 * Math.abs(t8) + 5e-324);
            const p4 = w3 > 0 ? w3 * act_hi[inOff + i] : w3 * act_lo[inOff + i];
            const t9 = y_hi + (p4 + (1.1102230246251568e-16 * Math.abs(p4) + 5e-324));
            const hi4 = t9 + (1.1102230246251568e-16 * Math.abs(t9) + 5e-324);
            const lo5 = lo4 === lo4 ? lo4 : fmaPointLo(y_lo, w3, act_lo[inOff + i], act_hi[inOff + i]);
            const hi5 = hi4 === hi4 ? hi4 : fmaPointHi(y_hi, w3, act_lo[inOff + i], act_hi[inOff + i]);
            y_lo = lo5; // mlp.ts:70
            y_hi = hi5; // mlp.ts:70
        }
    }
    // reverse sweep
    let s_b_lo = 0;
    let s_b_hi = 0;
    let t1_b_lo = 0;
    let t1_b_hi = 0;
    let y_b = out_b;
    for (let i = nLast - 1; i >= 0; i--) {
        bounds[0] = act_b_lo[inOff + i];
        bounds[1] = act_b_hi[inOff + i];
        bounds[2] = y_b;
        bounds[3] = y_b;
        bounds[4] = params[pOff + i];
        bounds[5] = params[pOff + i];
        fmaPair();
        const lo6 = bounds[0];
        const hi6 = bounds[1];
        act_b_lo[inOff + i] = lo6; // mlp.ts:70
        act_b_hi[inOff + i] = hi6; // mlp.ts:70
    }
    y_b = 0; // mlp.ts:68
    for (let l = layers - 1 - 1; l >= 0; l--) {
        outOff = tape.popInt(); // mlp.ts:65
        inOff = tape.popInt(); // mlp.ts:64
        pOff = tape.popInt(); // mlp.ts:63
        for (let j = nOut - 1; j >= 0; j--) {
            bounds[0] = act_b_lo[outOff + j];
            bounds[1] = act_b_hi[outOff + j];
            markAdjointInterval(outOff + j - n0);
            const lo7 = addLo(t1_b_lo, t1_b_hi, act_b_lo[outOff + j], act_b_hi[outOff + j]);
            const hi7 = addHi(t1_b_lo, t1_b_hi, act_b_lo[outOff + j], act_b_hi[outOff + j]);
            t1_b_lo = lo7; // mlp.ts:61
            t1_b_hi = hi7; // mlp.ts:61
            act_b_lo[outOff + j] = 0; // mlp.ts:61
            act_b_hi[outOff + j] = 0; // mlp.ts:61
            bounds[0] = s_lo;
            bounds[1] = s_hi;
            sigmoidPair();
            const lo8 = bounds[0];
            const hi8 = bounds[1];
            const t2_lo = lo8; // mlp.ts:61
            const t2_hi = hi8; // mlp.ts:61
            const t3_lo = subLo(1, 1, t2_lo, t2_hi); // mlp.ts:61
            const t3_hi = subHi(1, 1, t2_lo, t2_hi); // mlp.ts:61
            bounds[0] = 1;
            bounds[1] = 1;
            bounds[2] = s_lo;
            bounds[3] = s_hi;
            bounds[4] = t3_lo;
            bounds[5] = t3_hi;
            fmaPair();
            const lo9 = bounds[0];
            const hi9 = bounds[1];
            const t4_lo = lo9; // mlp.ts:61
            const t4_hi = hi9; // mlp.ts:61
            bounds[0] = t2_lo;
            bounds[1] = t2_hi;
            bounds[2] = t4_lo;
            bounds[3] = t4_hi;
            mulPair();
            const lo10 = bounds[0];
            const hi10 = bounds[1];
            const t5_lo = lo10; // mlp.ts:61
            const t5_hi = hi10; // mlp.ts:61
            bounds[0] = s_b_lo;
            bounds[1] = s_b_hi;
            bounds[2] = t1_b_lo;
            bounds[3] = t1_b_hi;
            bounds[4] = t5_lo;
            bounds[5] = t5_hi;
            fmaPair();
            const lo11 = bounds[0];
            const hi11 = bounds[1];
            s_b_lo = lo11; // mlp.ts:61
            s_b_hi = hi11; // mlp.ts:61
            t1_b_lo = 0; // mlp.ts:61
            t1_b_hi = 0; // mlp.ts:61
            for (let i = nIn - 1; i >= 0; i--) {
                const w5 = params[pOff + j * nIn + i];
                const p5 = w5 > 0 ? w5 * s_b_lo : w5 * s_b_hi;
                const t10 = act_b_lo[inOff + i] + (p5 - (1.1102230246251568e-16 * Math.abs(p5) + 5e-324));
                const lo12 = t10 - (1.1102230246251568e-16 * Math.abs(t10) + 5e-324);
                const p6 = w5 > 0 ? w5 * s_b_hi : w5 * s_b_lo;
                const t11 = act_b_hi[inOff + i] + (p6 + (1.1102230246251568e-16 * Math.abs(p6) + 5e-324));
                const hi12 = t11 + (1.1102230246251568e-16 * Math.abs(t11) + 5e-324);
                const lo13 = lo12 === lo12 ? lo12 : fmaPointLo(act_b_lo[inOff + i], w5, s_b_lo, s_b_hi);
                const hi13 = hi12 === hi12 ? hi12 : fmaPointHi(act_b_hi[inOff + i], w5, s_b_lo, s_b_hi);
                act_b_lo[inOff + i] = lo13; // mlp.ts:59
                act_b_hi[inOff + i] = hi13; // mlp.ts:59
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
        const lo14 = addLo(x_b_lo[i], x_b_hi[i], act_b_lo[i], act_b_hi[i]);
        const hi14 = addHi(x_b_lo[i], x_b_hi[i], act_b_lo[i], act_b_hi[i]);
        x_b_lo[i] = lo14; // mlp.ts:48
        x_b_hi[i] = hi14; // mlp.ts:48
        act_b_lo[i] = 0; // mlp.ts:48
        act_b_hi[i] = 0; // mlp.ts:48
    }
    out[0] = y_lo;
    out[1] = y_hi;
}
