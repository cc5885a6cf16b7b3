// Generated from examples/browser/surrogate.ts by the sobolev compiler (interval). Do not edit.
import { addHi, addLo, bounds, divHi, divLo, expPair, fmaPointHi, fmaPointLo, geTri, hullHi, hullLo, mulHi, mulLo, mulPointHi, mulPointLo, subHi, subLo } from "sobolev/runtime";
const PHI = 1.1102230246251568e-16; // 2^-53 + 2^-105: outDown/outUp move a bound by PHI·|c| + ETA (runtime/interval/round.ts)
const ETA = 5e-324; // 2^-1074, the smallest subnormal

/**
 * Interval version of surrogate (examples/browser/surrogate.ts:25).
 */
export function surrogate_interval(x_lo: Float64Array, x_hi: Float64Array, out: Float64Array): void {
    const s1 = x_lo[0]! - 99.9819275928181;
    const lo1 = s1 === 0 ? s1 : s1 - (PHI * Math.abs(s1) + ETA);
    const s2 = x_hi[0]! - 99.9819275928181;
    const hi1 = s2 === 0 ? s2 : s2 + (PHI * Math.abs(s2) + ETA);
    const t1_lo = lo1 === lo1 ? lo1 : subLo(x_lo[0]!, x_hi[0]!, 99.9819275928181, 99.9819275928181); // surrogate.ts:27
    const t1_hi = hi1 === hi1 ? hi1 : subHi(x_lo[0]!, x_hi[0]!, 99.9819275928181, 99.9819275928181); // surrogate.ts:27
    const q1 = t1_lo / 11.557822268336034;
    const q2 = t1_lo / 11.557822268336034;
    const q3 = t1_hi / 11.557822268336034;
    const q4 = t1_hi / 11.557822268336034;
    const pmin1 = Math.min(Math.min(q1, q2), Math.min(q3, q4));
    const lo2 = pmin1 - (PHI * Math.abs(pmin1) + ETA);
    const pmax1 = Math.max(Math.max(q1, q2), Math.max(q3, q4));
    const hi2 = pmax1 + (PHI * Math.abs(pmax1) + ETA);
    const u0_lo = (11.557822268336034 > 0 || 11.557822268336034 < 0) && lo2 === lo2 ? lo2 : divLo(t1_lo, t1_hi, 11.557822268336034, 11.557822268336034); // surrogate.ts:27
    const u0_hi = (11.557822268336034 > 0 || 11.557822268336034 < 0) && hi2 === hi2 ? hi2 : divHi(t1_lo, t1_hi, 11.557822268336034, 11.557822268336034); // surrogate.ts:27
    const s3 = x_lo[1]! - 0.24953317715692855;
    const lo3 = s3 === 0 ? s3 : s3 - (PHI * Math.abs(s3) + ETA);
    const s4 = x_hi[1]! - 0.24953317715692855;
    const hi3 = s4 === 0 ? s4 : s4 + (PHI * Math.abs(s4) + ETA);
    const t2_lo = lo3 === lo3 ? lo3 : subLo(x_lo[1]!, x_hi[1]!, 0.24953317715692855, 0.24953317715692855); // surrogate.ts:28
    const t2_hi = hi3 === hi3 ? hi3 : subHi(x_lo[1]!, x_hi[1]!, 0.24953317715692855, 0.24953317715692855); // surrogate.ts:28
    const q5 = t2_lo / 0.08672094360756195;
    const q6 = t2_lo / 0.08672094360756195;
    const q7 = t2_hi / 0.08672094360756195;
    const q8 = t2_hi / 0.08672094360756195;
    const pmin2 = Math.min(Math.min(q5, q6), Math.min(q7, q8));
    const lo4 = pmin2 - (PHI * Math.abs(pmin2) + ETA);
    const pmax2 = Math.max(Math.max(q5, q6), Math.max(q7, q8));
    const hi4 = pmax2 + (PHI * Math.abs(pmax2) + ETA);
    const u1_lo = (0.08672094360756195 > 0 || 0.08672094360756195 < 0) && lo4 === lo4 ? lo4 : divLo(t2_lo, t2_hi, 0.08672094360756195, 0.08672094360756195); // surrogate.ts:28
    const u1_hi = (0.08672094360756195 > 0 || 0.08672094360756195 < 0) && hi4 === hi4 ? hi4 : divHi(t2_lo, t2_hi, 0.08672094360756195, 0.08672094360756195); // surrogate.ts:28
    const p1 = 0.19763708184646503 > 0 ? 0.19763708184646503 * u0_lo : 0.19763708184646503 * u0_hi;
    const t462 = -0.444343041625739 + (p1 - (PHI * Math.abs(p1) + ETA));
    const lo5 = t462 - (PHI * Math.abs(t462) + ETA);
    const p2 = 0.19763708184646503 > 0 ? 0.19763708184646503 * u0_hi : 0.19763708184646503 * u0_lo;
    const t463 = -0.444343041625739 + (p2 + (PHI * Math.abs(p2) + ETA));
    const hi5 = t463 + (PHI * Math.abs(t463) + ETA);
    const t3_lo = lo5 === lo5 ? lo5 : fmaPointLo(-0.444343041625739, 0.19763708184646503, u0_lo, u0_hi); // surrogate.ts:31
    const t3_hi = hi5 === hi5 ? hi5 : fmaPointHi(-0.444343041625739, 0.19763708184646503, u0_lo, u0_hi); // surrogate.ts:31
    const p3 = 0.6767751349391941 > 0 ? 0.6767751349391941 * u1_lo : 0.6767751349391941 * u1_hi;
    const t464 = p3 - (PHI * Math.abs(p3) + ETA);
    const lo6 = t464;
    const p4 = 0.6767751349391941 > 0 ? 0.6767751349391941 * u1_hi : 0.6767751349391941 * u1_lo;
    const t465 = p4 + (PHI * Math.abs(p4) + ETA);
    const hi6 = t465;
    const t4_lo = lo6 === lo6 ? lo6 : mulPointLo(0.6767751349391941, u1_lo, u1_hi); // surrogate.ts:31
    const t4_hi = hi6 === hi6 ? hi6 : mulPointHi(0.6767751349391941, u1_lo, u1_hi); // surrogate.ts:31
    // inlined silu (examples/browser/surrogate.ts:8)
    const s5 = t3_lo - t4_hi;
    const lo7 = s5 === 0 ? s5 : s5 - (PHI * Math.abs(s5) + ETA);
    const s6 = t3_hi - t4_lo;
    const hi7 = s6 === 0 ? s6 : s6 + (PHI * Math.abs(s6) + ETA);
    let x_1_lo = lo7 === lo7 ? lo7 : subLo(t3_lo, t3_hi, t4_lo, t4_hi); // surrogate.ts:31
    let x_1_hi = hi7 === hi7 ? hi7 : subHi(t3_lo, t3_hi, t4_lo, t4_hi); // surrogate.ts:31
    let ret_1_lo = 0;
    let ret_1_hi = 0;
    const decided1 = geTri(x_1_lo, x_1_hi, 0, 0); // surrogate.ts:9
    let ret_1_lo_other = 0;
    let ret_1_hi_other = 0;
    if (decided1 === 2) {
        ret_1_lo_other = ret_1_lo;
        ret_1_hi_other = ret_1_hi;
    }
    if (decided1 !== 0) {
        const t1_1_lo = -x_1_hi; // surrogate.ts:9
        const t1_1_hi = -x_1_lo; // surrogate.ts:9
        bounds[0] = t1_1_lo;
        bounds[1] = t1_1_hi;
        expPair();
        const lo8 = bounds[0]!;
        const hi8 = bounds[1]!;
        const t2_1_lo = lo8; // surrogate.ts:9
        const t2_1_hi = hi8; // surrogate.ts:9
        const s7 = 1 + t2_1_lo;
        const lo9 = s7 === 0 ? s7 : s7 - (PHI * Math.abs(s7) + ETA);
        const s8 = 1 + t2_1_hi;
        const hi9 = s8 === 0 ? s8 : s8 + (PHI * Math.abs(s8) + ETA);
        const t3_1_lo = lo9 === lo9 ? lo9 : addLo(1, 1, t2_1_lo, t2_1_hi); // surrogate.ts:9
        const t3_1_hi = hi9 === hi9 ? hi9 : addHi(1, 1, t2_1_lo, t2_1_hi); // surrogate.ts:9
        const q9 = 1 / t3_1_lo;
        const q10 = 1 / t3_1_hi;
        const q11 = 1 / t3_1_lo;
        const q12 = 1 / t3_1_hi;
        const pmin3 = Math.min(Math.min(q9, q10), Math.min(q11, q12));
        const lo10 = pmin3 - (PHI * Math.abs(pmin3) + ETA);
        const pmax3 = Math.max(Math.max(q9, q10), Math.max(q11, q12));
        const hi10 = pmax3 + (PHI * Math.abs(pmax3) + ETA);
        const t4_1_lo = (t3_1_lo > 0 || t3_1_hi < 0) && lo10 === lo10 ? lo10 : divLo(1, 1, t3_1_lo, t3_1_hi); // surrogate.ts:9
        const t4_1_hi = (t3_1_lo > 0 || t3_1_hi < 0) && hi10 === hi10 ? hi10 : divHi(1, 1, t3_1_lo, t3_1_hi); // surrogate.ts:9
        const p5 = x_1_lo * t4_1_lo;
        const p6 = x_1_lo * t4_1_hi;
        const p7 = x_1_hi * t4_1_lo;
        const p8 = x_1_hi * t4_1_hi;
        const pmin4 = Math.min(Math.min(p5, p6), Math.min(p7, p8));
        const lo11 = pmin4 - (PHI * Math.abs(pmin4) + ETA);
        const pmax4 = Math.max(Math.max(p5, p6), Math.max(p7, p8));
        const hi11 = pmax4 + (PHI * Math.abs(pmax4) + ETA);
        const lo12 = lo11 === lo11 ? lo11 : mulLo(x_1_lo, x_1_hi, t4_1_lo, t4_1_hi);
        const hi12 = hi11 === hi11 ? hi11 : mulHi(x_1_lo, x_1_hi, t4_1_lo, t4_1_hi);
        ret_1_lo = lo12; // surrogate.ts:9
        ret_1_hi = hi12; // surrogate.ts:9
    }
    if (decided1 === 2) {
        const t466 = ret_1_lo;
        ret_1_lo = ret_1_lo_other;
        ret_1_lo_other = t466;
        const t467 = ret_1_hi;
        ret_1_hi = ret_1_hi_other;
        ret_1_hi_other = t467;
    }
    if (decided1 !== 1) {
        bounds[0] = x_1_lo;
        bounds[1] = x_1_hi;
        expPair();
        const lo13 = bounds[0]!;
        const hi13 = bounds[1]!;
        const e_lo = lo13; // surrogate.ts:10
        const e_hi = hi13; // surrogate.ts:10
        const s9 = 1 + e_lo;
        const lo14 = s9 === 0 ? s9 : s9 - (PHI * Math.abs(s9) + ETA);
        const s10 = 1 + e_hi;
        const hi14 = s10 === 0 ? s10 : s10 + (PHI * Math.abs(s10) + ETA);
        const t5_lo = lo14 === lo14 ? lo14 : addLo(1, 1, e_lo, e_hi); // surrogate.ts:11
        const t5_hi = hi14 === hi14 ? hi14 : addHi(1, 1, e_lo, e_hi); // surrogate.ts:11
        const q13 = e_lo / t5_lo;
        const q14 = e_lo / t5_hi;
        const q15 = e_hi / t5_lo;
        const q16 = e_hi / t5_hi;
        const pmin5 = Math.min(Math.min(q13, q14), Math.min(q15, q16));
        const lo15 = pmin5 - (PHI * Math.abs(pmin5) + ETA);
        const pmax5 = Math.max(Math.max(q13, q14), Math.max(q15, q16));
        const hi15 = pmax5 + (PHI * Math.abs(pmax5) + ETA);
        const t6_lo = (t5_lo > 0 || t5_hi < 0) && lo15 === lo15 ? lo15 : divLo(e_lo, e_hi, t5_lo, t5_hi); // surrogate.ts:11
        const t6_hi = (t5_lo > 0 || t5_hi < 0) && hi15 === hi15 ? hi15 : divHi(e_lo, e_hi, t5_lo, t5_hi); // surrogate.ts:11
        const p9 = x_1_lo * t6_lo;
        const p10 = x_1_lo * t6_hi;
        const p11 = x_1_hi * t6_lo;
        const p12 = x_1_hi * t6_hi;
        const pmin6 = Math.min(Math.min(p9, p10), Math.min(p11, p12));
        const lo16 = pmin6 - (PHI * Math.abs(pmin6) + ETA);
        const pmax6 = Math.max(Math.max(p9, p10), Math.max(p11, p12));
        const hi16 = pmax6 + (PHI * Math.abs(pmax6) + ETA);
        const lo17 = lo16 === lo16 ? lo16 : mulLo(x_1_lo, x_1_hi, t6_lo, t6_hi);
        const hi17 = hi16 === hi16 ? hi16 : mulHi(x_1_lo, x_1_hi, t6_lo, t6_hi);
        ret_1_lo = lo17; // surrogate.ts:11
        ret_1_hi = hi17; // surrogate.ts:11
    }
    if (decided1 === 2) {
        ret_1_lo = hullLo(ret_1_lo, ret_1_lo_other);
        ret_1_hi = hullHi(ret_1_hi, ret_1_hi_other);
    }
    const h1_0_lo = ret_1_lo; // surrogate.ts:31
    const h1_0_hi = ret_1_hi; // surrogate.ts:31
    const p13 = 0.5730535353945405 > 0 ? 0.5730535353945405 * u0_lo : 0.5730535353945405 * u0_hi;
    const t468 = 0.41319353797377123 + (p13 - (PHI * Math.abs(p13) + ETA));
    const lo18 = t468 - (PHI * Math.abs(t468) + ETA);
    const p14 = 0.5730535353945405 > 0 ? 0.5730535353945405 * u0_hi : 0.5730535353945405 * u0_lo;
    const t469 = 0.41319353797377123 + (p14 + (PHI * Math.abs(p14) + ETA));
    const hi18 = t469 + (PHI * Math.abs(t469) + ETA);
    const t7_lo = lo18 === lo18 ? lo18 : fmaPointLo(0.41319353797377123, 0.5730535353945405, u0_lo, u0_hi); // surrogate.ts:32
    const t7_hi = hi18 === hi18 ? hi18 : fmaPointHi(0.41319353797377123, 0.5730535353945405, u0_lo, u0_hi); // surrogate.ts:32
    // inlined silu (examples/browser/surrogate.ts:8)
    const p15 = 0.37997221318122565 > 0 ? 0.37997221318122565 * u1_lo : 0.37997221318122565 * u1_hi;
    const t470 = t7_lo + (p15 - (PHI * Math.abs(p15) + ETA));
    const lo19 = t470 - (PHI * Math.abs(t470) + ETA);
    const p16 = 0.37997221318122565 > 0 ? 0.37997221318122565 * u1_hi : 0.37997221318122565 * u1_lo;
    const t471 = t7_hi + (p16 + (PHI * Math.abs(p16) + ETA));
    const hi19 = t471 + (PHI * Math.abs(t471) + ETA);
    let x_2_lo = lo19 === lo19 ? lo19 : fmaPointLo(t7_lo, 0.37997221318122565, u1_lo, u1_hi); // surrogate.ts:32
    let x_2_hi = hi19 === hi19 ? hi19 : fmaPointHi(t7_hi, 0.37997221318122565, u1_lo, u1_hi); // surrogate.ts:32
    let ret_2_lo = 0;
    let ret_2_hi = 0;
    const decided2 = geTri(x_2_lo, x_2_hi, 0, 0); // surrogate.ts:9
    let ret_2_lo_other = 0;
    let ret_2_hi_other = 0;
    if (decided2 === 2) {
        ret_2_lo_other = ret_2_lo;
        ret_2_hi_other = ret_2_hi;
    }
    if (decided2 !== 0) {
        const t1_2_lo = -x_2_hi; // surrogate.ts:9
        const t1_2_hi = -x_2_lo; // surrogate.ts:9
        bounds[0] = t1_2_lo;
        bounds[1] = t1_2_hi;
        expPair();
        const lo20 = bounds[0]!;
        const hi20 = bounds[1]!;
        const t2_2_lo = lo20; // surrogate.ts:9
        const t2_2_hi = hi20; // surrogate.ts:9
        const s11 = 1 + t2_2_lo;
        const lo21 = s11 === 0 ? s11 : s11 - (PHI * Math.abs(s11) + ETA);
        const s12 = 1 + t2_2_hi;
        const hi21 = s12 === 0 ? s12 : s12 + (PHI * Math.abs(s12) + ETA);
        const t3_2_lo = lo21 === lo21 ? lo21 : addLo(1, 1, t2_2_lo, t2_2_hi); // surrogate.ts:9
        const t3_2_hi = hi21 === hi21 ? hi21 : addHi(1, 1, t2_2_lo, t2_2_hi); // surrogate.ts:9
        const q17 = 1 / t3_2_lo;
        const q18 = 1 / t3_2_hi;
        const q19 = 1 / t3_2_lo;
        const q20 = 1 / t3_2_hi;
        const pmin7 = Math.min(Math.min(q17, q18), Math.min(q19, q20));
        const lo22 = pmin7 - (PHI * Math.abs(pmin7) + ETA);
        const pmax7 = Math.max(Math.max(q17, q18), Math.max(q19, q20));
        const hi22 = pmax7 + (PHI * Math.abs(pmax7) + ETA);
        const t4_2_lo = (t3_2_lo > 0 || t3_2_hi < 0) && lo22 === lo22 ? lo22 : divLo(1, 1, t3_2_lo, t3_2_hi); // surrogate.ts:9
        const t4_2_hi = (t3_2_lo > 0 || t3_2_hi < 0) && hi22 === hi22 ? hi22 : divHi(1, 1, t3_2_lo, t3_2_hi); // surrogate.ts:9
        const p17 = x_2_lo * t4_2_lo;
        const p18 = x_2_lo * t4_2_hi;
        const p19 = x_2_hi * t4_2_lo;
        const p20 = x_2_hi * t4_2_hi;
        const pmin8 = Math.min(Math.min(p17, p18), Math.min(p19, p20));
        const lo23 = pmin8 - (PHI * Math.abs(pmin8) + ETA);
        const pmax8 = Math.max(Math.max(p17, p18), Math.max(p19, p20));
        const hi23 = pmax8 + (PHI * Math.abs(pmax8) + ETA);
        const lo24 = lo23 === lo23 ? lo23 : mulLo(x_2_lo, x_2_hi, t4_2_lo, t4_2_hi);
        const hi24 = hi23 === hi23 ? hi23 : mulHi(x_2_lo, x_2_hi, t4_2_lo, t4_2_hi);
        ret_2_lo = lo24; // surrogate.ts:9
        ret_2_hi = hi24; // surrogate.ts:9
    }
    if (decided2 === 2) {
        const t472 = ret_2_lo;
        ret_2_lo = ret_2_lo_other;
        ret_2_lo_other = t472;
        const t473 = ret_2_hi;
        ret_2_hi = ret_2_hi_other;
        ret_2_hi_other = t473;
    }
    if (decided2 !== 1) {
        bounds[0] = x_2_lo;
        bounds[1] = x_2_hi;
        expPair();
        const lo25 = bounds[0]!;
        const hi25 = bounds[1]!;
        const e_1_lo = lo25; // surrogate.ts:10
        const e_1_hi = hi25; // surrogate.ts:10
        const s13 = 1 + e_1_lo;
        const lo26 = s13 === 0 ? s13 : s13 - (PHI * Math.abs(s13) + ETA);
        const s14 = 1 + e_1_hi;
        const hi26 = s14 === 0 ? s14 : s14 + (PHI * Math.abs(s14) + ETA);
        const t5_1_lo = lo26 === lo26 ? lo26 : addLo(1, 1, e_1_lo, e_1_hi); // surrogate.ts:11
        const t5_1_hi = hi26 === hi26 ? hi26 : addHi(1, 1, e_1_lo, e_1_hi); // surrogate.ts:11
        const q21 = e_1_lo / t5_1_lo;
        const q22 = e_1_lo / t5_1_hi;
        const q23 = e_1_hi / t5_1_lo;
        const q24 = e_1_hi / t5_1_hi;
        const pmin9 = Math.min(Math.min(q21, q22), Math.min(q23, q24));
        const lo27 = pmin9 - (PHI * Math.abs(pmin9) + ETA);
        const pmax9 = Math.max(Math.max(q21, q22), Math.max(q23, q24));
        const hi27 = pmax9 + (PHI * Math.abs(pmax9) + ETA);
        const t6_1_lo = (t5_1_lo > 0 || t5_1_hi < 0) && lo27 === lo27 ? lo27 : divLo(e_1_lo, e_1_hi, t5_1_lo, t5_1_hi); // surrogate.ts:11
        const t6_1_hi = (t5_1_lo > 0 || t5_1_hi < 0) && hi27 === hi27 ? hi27 : divHi(e_1_lo, e_1_hi, t5_1_lo, t5_1_hi); // surrogate.ts:11
        const p21 = x_2_lo * t6_1_lo;
        const p22 = x_2_lo * t6_1_hi;
        const p23 = x_2_hi * t6_1_lo;
        const p24 = x_2_hi * t6_1_hi;
        const pmin10 = Math.min(Math.min(p21, p22), Math.min(p23, p24));
        const lo28 = pmin10 - (PHI * Math.abs(pmin10) + ETA);
        const pmax10 = Math.max(Math.max(p21, p22), Math.max(p23, p24));
        const hi28 = pmax10 + (PHI * Math.abs(pmax10) + ETA);
        const lo29 = lo28 === lo28 ? lo28 : mulLo(x_2_lo, x_2_hi, t6_1_lo, t6_1_hi);
        const hi29 = hi28 === hi28 ? hi28 : mulHi(x_2_lo, x_2_hi, t6_1_lo, t6_1_hi);
        ret_2_lo = lo29; // surrogate.ts:11
        ret_2_hi = hi29; // surrogate.ts:11
    }
    if (decided2 === 2) {
        ret_2_lo = hullLo(ret_2_lo, ret_2_lo_other);
        ret_2_hi = hullHi(ret_2_hi, ret_2_hi_other);
    }
    const h1_1_lo = ret_2_lo; // surrogate.ts:32
    const h1_1_hi = ret_2_hi; // surrogate.ts:32
    const p25 = 0.08427485164379533 > 0 ? 0.08427485164379533 * u0_lo : 0.08427485164379533 * u0_hi;
    const t474 = p25 - (PHI * Math.abs(p25) + ETA);
    const lo30 = t474;
    const p26 = 0.08427485164379533 > 0 ? 0.08427485164379533 * u0_hi : 0.08427485164379533 * u0_lo;
    const t475 = p26 + (PHI * Math.abs(p26) + ETA);
    const hi30 = t475;
    const t8_lo = lo30 === lo30 ? lo30 : mulPointLo(0.08427485164379533, u0_lo, u0_hi); // surrogate.ts:33
    const t8_hi = hi30 === hi30 ? hi30 : mulPointHi(0.08427485164379533, u0_lo, u0_hi); // surrogate.ts:33
    const s15 = -0.04538029713855956 - t8_hi;
    const lo31 = s15 === 0 ? s15 : s15 - (PHI * Math.abs(s15) + ETA);
    const s16 = -0.04538029713855956 - t8_lo;
    const hi31 = s16 === 0 ? s16 : s16 + (PHI * Math.abs(s16) + ETA);
    const t9_lo = lo31 === lo31 ? lo31 : subLo(-0.04538029713855956, -0.04538029713855956, t8_lo, t8_hi); // surrogate.ts:33
    const t9_hi = hi31 === hi31 ? hi31 : subHi(-0.04538029713855956, -0.04538029713855956, t8_lo, t8_hi); // surrogate.ts:33
    const p27 = 0.497200485465725 > 0 ? 0.497200485465725 * u1_lo : 0.497200485465725 * u1_hi;
    const t476 = p27 - (PHI * Math.abs(p27) + ETA);
    const lo32 = t476;
    const p28 = 0.497200485465725 > 0 ? 0.497200485465725 * u1_hi : 0.497200485465725 * u1_lo;
    const t477 = p28 + (PHI * Math.abs(p28) + ETA);
    const hi32 = t477;
    const t10_lo = lo32 === lo32 ? lo32 : mulPointLo(0.497200485465725, u1_lo, u1_hi); // surrogate.ts:33
    const t10_hi = hi32 === hi32 ? hi32 : mulPointHi(0.497200485465725, u1_lo, u1_hi); // surrogate.ts:33
    // inlined silu (examples/browser/surrogate.ts:8)
    const s17 = t9_lo - t10_hi;
    const lo33 = s17 === 0 ? s17 : s17 - (PHI * Math.abs(s17) + ETA);
    const s18 = t9_hi - t10_lo;
    const hi33 = s18 === 0 ? s18 : s18 + (PHI * Math.abs(s18) + ETA);
    let x_3_lo = lo33 === lo33 ? lo33 : subLo(t9_lo, t9_hi, t10_lo, t10_hi); // surrogate.ts:33
    let x_3_hi = hi33 === hi33 ? hi33 : subHi(t9_lo, t9_hi, t10_lo, t10_hi); // surrogate.ts:33
    let ret_3_lo = 0;
    let ret_3_hi = 0;
    const decided3 = geTri(x_3_lo, x_3_hi, 0, 0); // surrogate.ts:9
    let ret_3_lo_other = 0;
    let ret_3_hi_other = 0;
    if (decided3 === 2) {
        ret_3_lo_other = ret_3_lo;
        ret_3_hi_other = ret_3_hi;
    }
    if (decided3 !== 0) {
        const t1_3_lo = -x_3_hi; // surrogate.ts:9
        const t1_3_hi = -x_3_lo; // surrogate.ts:9
        bounds[0] = t1_3_lo;
        bounds[1] = t1_3_hi;
        expPair();
        const lo34 = bounds[0]!;
        const hi34 = bounds[1]!;
        const t2_3_lo = lo34; // surrogate.ts:9
        const t2_3_hi = hi34; // surrogate.ts:9
        const s19 = 1 + t2_3_lo;
        const lo35 = s19 === 0 ? s19 : s19 - (PHI * Math.abs(s19) + ETA);
        const s20 = 1 + t2_3_hi;
        const hi35 = s20 === 0 ? s20 : s20 + (PHI * Math.abs(s20) + ETA);
        const t3_3_lo = lo35 === lo35 ? lo35 : addLo(1, 1, t2_3_lo, t2_3_hi); // surrogate.ts:9
        const t3_3_hi = hi35 === hi35 ? hi35 : addHi(1, 1, t2_3_lo, t2_3_hi); // surrogate.ts:9
        const q25 = 1 / t3_3_lo;
        const q26 = 1 / t3_3_hi;
        const q27 = 1 / t3_3_lo;
        const q28 = 1 / t3_3_hi;
        const pmin11 = Math.min(Math.min(q25, q26), Math.min(q27, q28));
        const lo36 = pmin11 - (PHI * Math.abs(pmin11) + ETA);
        const pmax11 = Math.max(Math.max(q25, q26), Math.max(q27, q28));
        const hi36 = pmax11 + (PHI * Math.abs(pmax11) + ETA);
        const t4_3_lo = (t3_3_lo > 0 || t3_3_hi < 0) && lo36 === lo36 ? lo36 : divLo(1, 1, t3_3_lo, t3_3_hi); // surrogate.ts:9
        const t4_3_hi = (t3_3_lo > 0 || t3_3_hi < 0) && hi36 === hi36 ? hi36 : divHi(1, 1, t3_3_lo, t3_3_hi); // surrogate.ts:9
        const p29 = x_3_lo * t4_3_lo;
        const p30 = x_3_lo * t4_3_hi;
        const p31 = x_3_hi * t4_3_lo;
        const p32 = x_3_hi * t4_3_hi;
        const pmin12 = Math.min(Math.min(p29, p30), Math.min(p31, p32));
        const lo37 = pmin12 - (PHI * Math.abs(pmin12) + ETA);
        const pmax12 = Math.max(Math.max(p29, p30), Math.max(p31, p32));
        const hi37 = pmax12 + (PHI * Math.abs(pmax12) + ETA);
        const lo38 = lo37 === lo37 ? lo37 : mulLo(x_3_lo, x_3_hi, t4_3_lo, t4_3_hi);
        const hi38 = hi37 === hi37 ? hi37 : mulHi(x_3_lo, x_3_hi, t4_3_lo, t4_3_hi);
        ret_3_lo = lo38; // surrogate.ts:9
        ret_3_hi = hi38; // surrogate.ts:9
    }
    if (decided3 === 2) {
        const t478 = ret_3_lo;
        ret_3_lo = ret_3_lo_other;
        ret_3_lo_other = t478;
        const t479 = ret_3_hi;
        ret_3_hi = ret_3_hi_other;
        ret_3_hi_other = t479;
    }
    if (decided3 !== 1) {
        bounds[0] = x_3_lo;
        bounds[1] = x_3_hi;
        expPair();
        const lo39 = bounds[0]!;
        const hi39 = bounds[1]!;
        const e_2_lo = lo39; // surrogate.ts:10
        const e_2_hi = hi39; // surrogate.ts:10
        const s21 = 1 + e_2_lo;
        const lo40 = s21 === 0 ? s21 : s21 - (PHI * Math.abs(s21) + ETA);
        const s22 = 1 + e_2_hi;
        const hi40 = s22 === 0 ? s22 : s22 + (PHI * Math.abs(s22) + ETA);
        const t5_2_lo = lo40 === lo40 ? lo40 : addLo(1, 1, e_2_lo, e_2_hi); // surrogate.ts:11
        const t5_2_hi = hi40 === hi40 ? hi40 : addHi(1, 1, e_2_lo, e_2_hi); // surrogate.ts:11
        const q29 = e_2_lo / t5_2_lo;
        const q30 = e_2_lo / t5_2_hi;
        const q31 = e_2_hi / t5_2_lo;
        const q32 = e_2_hi / t5_2_hi;
        const pmin13 = Math.min(Math.min(q29, q30), Math.min(q31, q32));
        const lo41 = pmin13 - (PHI * Math.abs(pmin13) + ETA);
        const pmax13 = Math.max(Math.max(q29, q30), Math.max(q31, q32));
        const hi41 = pmax13 + (PHI * Math.abs(pmax13) + ETA);
        const t6_2_lo = (t5_2_lo > 0 || t5_2_hi < 0) && lo41 === lo41 ? lo41 : divLo(e_2_lo, e_2_hi, t5_2_lo, t5_2_hi); // surrogate.ts:11
        const t6_2_hi = (t5_2_lo > 0 || t5_2_hi < 0) && hi41 === hi41 ? hi41 : divHi(e_2_lo, e_2_hi, t5_2_lo, t5_2_hi); // surrogate.ts:11
        const p33 = x_3_lo * t6_2_lo;
        const p34 = x_3_lo * t6_2_hi;
        const p35 = x_3_hi * t6_2_lo;
        const p36 = x_3_hi * t6_2_hi;
        const pmin14 = Math.min(Math.min(p33, p34), Math.min(p35, p36));
        const lo42 = pmin14 - (PHI * Math.abs(pmin14) + ETA);
        const pmax14 = Math.max(Math.max(p33, p34), Math.max(p35, p36));
        const hi42 = pmax14 + (PHI * Math.abs(pmax14) + ETA);
        const lo43 = lo42 === lo42 ? lo42 : mulLo(x_3_lo, x_3_hi, t6_2_lo, t6_2_hi);
        const hi43 = hi42 === hi42 ? hi42 : mulHi(x_3_lo, x_3_hi, t6_2_lo, t6_2_hi);
        ret_3_lo = lo43; // surrogate.ts:11
        ret_3_hi = hi43; // surrogate.ts:11
    }
    if (decided3 === 2) {
        ret_3_lo = hullLo(ret_3_lo, ret_3_lo_other);
        ret_3_hi = hullHi(ret_3_hi, ret_3_hi_other);
    }
    const h1_2_lo = ret_3_lo; // surrogate.ts:33
    const h1_2_hi = ret_3_hi; // surrogate.ts:33
    const p37 = 0.6082409457451009 > 0 ? 0.6082409457451009 * u0_lo : 0.6082409457451009 * u0_hi;
    const t480 = p37 - (PHI * Math.abs(p37) + ETA);
    const lo44 = t480;
    const p38 = 0.6082409457451009 > 0 ? 0.6082409457451009 * u0_hi : 0.6082409457451009 * u0_lo;
    const t481 = p38 + (PHI * Math.abs(p38) + ETA);
    const hi44 = t481;
    const t11_lo = lo44 === lo44 ? lo44 : mulPointLo(0.6082409457451009, u0_lo, u0_hi); // surrogate.ts:34
    const t11_hi = hi44 === hi44 ? hi44 : mulPointHi(0.6082409457451009, u0_lo, u0_hi); // surrogate.ts:34
    const s23 = 0.04425817436170307 - t11_hi;
    const lo45 = s23 === 0 ? s23 : s23 - (PHI * Math.abs(s23) + ETA);
    const s24 = 0.04425817436170307 - t11_lo;
    const hi45 = s24 === 0 ? s24 : s24 + (PHI * Math.abs(s24) + ETA);
    const t12_lo = lo45 === lo45 ? lo45 : subLo(0.04425817436170307, 0.04425817436170307, t11_lo, t11_hi); // surrogate.ts:34
    const t12_hi = hi45 === hi45 ? hi45 : subHi(0.04425817436170307, 0.04425817436170307, t11_lo, t11_hi); // surrogate.ts:34
    // inlined silu (examples/browser/surrogate.ts:8)
    const p39 = 0.047326491463088705 > 0 ? 0.047326491463088705 * u1_lo : 0.047326491463088705 * u1_hi;
    const t482 = t12_lo + (p39 - (PHI * Math.abs(p39) + ETA));
    const lo46 = t482 - (PHI * Math.abs(t482) + ETA);
    const p40 = 0.047326491463088705 > 0 ? 0.047326491463088705 * u1_hi : 0.047326491463088705 * u1_lo;
    const t483 = t12_hi + (p40 + (PHI * Math.abs(p40) + ETA));
    const hi46 = t483 + (PHI * Math.abs(t483) + ETA);
    let x_4_lo = lo46 === lo46 ? lo46 : fmaPointLo(t12_lo, 0.047326491463088705, u1_lo, u1_hi); // surrogate.ts:34
    let x_4_hi = hi46 === hi46 ? hi46 : fmaPointHi(t12_hi, 0.047326491463088705, u1_lo, u1_hi); // surrogate.ts:34
    let ret_4_lo = 0;
    let ret_4_hi = 0;
    const decided4 = geTri(x_4_lo, x_4_hi, 0, 0); // surrogate.ts:9
    let ret_4_lo_other = 0;
    let ret_4_hi_other = 0;
    if (decided4 === 2) {
        ret_4_lo_other = ret_4_lo;
        ret_4_hi_other = ret_4_hi;
    }
    if (decided4 !== 0) {
        const t1_4_lo = -x_4_hi; // surrogate.ts:9
        const t1_4_hi = -x_4_lo; // surrogate.ts:9
        bounds[0] = t1_4_lo;
        bounds[1] = t1_4_hi;
        expPair();
        const lo47 = bounds[0]!;
        const hi47 = bounds[1]!;
        const t2_4_lo = lo47; // surrogate.ts:9
        const t2_4_hi = hi47; // surrogate.ts:9
        const s25 = 1 + t2_4_lo;
        const lo48 = s25 === 0 ? s25 : s25 - (PHI * Math.abs(s25) + ETA);
        const s26 = 1 + t2_4_hi;
        const hi48 = s26 === 0 ? s26 : s26 + (PHI * Math.abs(s26) + ETA);
        const t3_4_lo = lo48 === lo48 ? lo48 : addLo(1, 1, t2_4_lo, t2_4_hi); // surrogate.ts:9
        const t3_4_hi = hi48 === hi48 ? hi48 : addHi(1, 1, t2_4_lo, t2_4_hi); // surrogate.ts:9
        const q33 = 1 / t3_4_lo;
        const q34 = 1 / t3_4_hi;
        const q35 = 1 / t3_4_lo;
        const q36 = 1 / t3_4_hi;
        const pmin15 = Math.min(Math.min(q33, q34), Math.min(q35, q36));
        const lo49 = pmin15 - (PHI * Math.abs(pmin15) + ETA);
        const pmax15 = Math.max(Math.max(q33, q34), Math.max(q35, q36));
        const hi49 = pmax15 + (PHI * Math.abs(pmax15) + ETA);
        const t4_4_lo = (t3_4_lo > 0 || t3_4_hi < 0) && lo49 === lo49 ? lo49 : divLo(1, 1, t3_4_lo, t3_4_hi); // surrogate.ts:9
        const t4_4_hi = (t3_4_lo > 0 || t3_4_hi < 0) && hi49 === hi49 ? hi49 : divHi(1, 1, t3_4_lo, t3_4_hi); // surrogate.ts:9
        const p41 = x_4_lo * t4_4_lo;
        const p42 = x_4_lo * t4_4_hi;
        const p43 = x_4_hi * t4_4_lo;
        const p44 = x_4_hi * t4_4_hi;
        const pmin16 = Math.min(Math.min(p41, p42), Math.min(p43, p44));
        const lo50 = pmin16 - (PHI * Math.abs(pmin16) + ETA);
        const pmax16 = Math.max(Math.max(p41, p42), Math.max(p43, p44));
        const hi50 = pmax16 + (PHI * Math.abs(pmax16) + ETA);
        const lo51 = lo50 === lo50 ? lo50 : mulLo(x_4_lo, x_4_hi, t4_4_lo, t4_4_hi);
        const hi51 = hi50 === hi50 ? hi50 : mulHi(x_4_lo, x_4_hi, t4_4_lo, t4_4_hi);
        ret_4_lo = lo51; // surrogate.ts:9
        ret_4_hi = hi51; // surrogate.ts:9
    }
    if (decided4 === 2) {
        const t484 = ret_4_lo;
        ret_4_lo = ret_4_lo_other;
        ret_4_lo_other = t484;
        const t485 = ret_4_hi;
        ret_4_hi = ret_4_hi_other;
        ret_4_hi_other = t485;
    }
    if (decided4 !== 1) {
        bounds[0] = x_4_lo;
        bounds[1] = x_4_hi;
        expPair();
        const lo52 = bounds[0]!;
        const hi52 = bounds[1]!;
        const e_3_lo = lo52; // surrogate.ts:10
        const e_3_hi = hi52; // surrogate.ts:10
        const s27 = 1 + e_3_lo;
        const lo53 = s27 === 0 ? s27 : s27 - (PHI * Math.abs(s27) + ETA);
        const s28 = 1 + e_3_hi;
        const hi53 = s28 === 0 ? s28 : s28 + (PHI * Math.abs(s28) + ETA);
        const t5_3_lo = lo53 === lo53 ? lo53 : addLo(1, 1, e_3_lo, e_3_hi); // surrogate.ts:11
        const t5_3_hi = hi53 === hi53 ? hi53 : addHi(1, 1, e_3_lo, e_3_hi); // surrogate.ts:11
        const q37 = e_3_lo / t5_3_lo;
        const q38 = e_3_lo / t5_3_hi;
        const q39 = e_3_hi / t5_3_lo;
        const q40 = e_3_hi / t5_3_hi;
        const pmin17 = Math.min(Math.min(q37, q38), Math.min(q39, q40));
        const lo54 = pmin17 - (PHI * Math.abs(pmin17) + ETA);
        const pmax17 = Math.max(Math.max(q37, q38), Math.max(q39, q40));
        const hi54 = pmax17 + (PHI * Math.abs(pmax17) + ETA);
        const t6_3_lo = (t5_3_lo > 0 || t5_3_hi < 0) && lo54 === lo54 ? lo54 : divLo(e_3_lo, e_3_hi, t5_3_lo, t5_3_hi); // surrogate.ts:11
        const t6_3_hi = (t5_3_lo > 0 || t5_3_hi < 0) && hi54 === hi54 ? hi54 : divHi(e_3_lo, e_3_hi, t5_3_lo, t5_3_hi); // surrogate.ts:11
        const p45 = x_4_lo * t6_3_lo;
        const p46 = x_4_lo * t6_3_hi;
        const p47 = x_4_hi * t6_3_lo;
        const p48 = x_4_hi * t6_3_hi;
        const pmin18 = Math.min(Math.min(p45, p46), Math.min(p47, p48));
        const lo55 = pmin18 - (PHI * Math.abs(pmin18) + ETA);
        const pmax18 = Math.max(Math.max(p45, p46), Math.max(p47, p48));
        const hi55 = pmax18 + (PHI * Math.abs(pmax18) + ETA);
        const lo56 = lo55 === lo55 ? lo55 : mulLo(x_4_lo, x_4_hi, t6_3_lo, t6_3_hi);
        const hi56 = hi55 === hi55 ? hi55 : mulHi(x_4_lo, x_4_hi, t6_3_lo, t6_3_hi);
        ret_4_lo = lo56; // surrogate.ts:11
        ret_4_hi = hi56; // surrogate.ts:11
    }
    if (decided4 === 2) {
        ret_4_lo = hullLo(ret_4_lo, ret_4_lo_other);
        ret_4_hi = hullHi(ret_4_hi, ret_4_hi_other);
    }
    const h1_3_lo = ret_4_lo; // surrogate.ts:34
    const h1_3_hi = ret_4_hi; // surrogate.ts:34
    const p49 = 0.44519845580946665 > 0 ? 0.44519845580946665 * u0_lo : 0.44519845580946665 * u0_hi;
    const t486 = 0.2112459180433236 + (p49 - (PHI * Math.abs(p49) + ETA));
    const lo57 = t486 - (PHI * Math.abs(t486) + ETA);
    const p50 = 0.44519845580946665 > 0 ? 0.44519845580946665 * u0_hi : 0.44519845580946665 * u0_lo;
    const t487 = 0.2112459180433236 + (p50 + (PHI * Math.abs(p50) + ETA));
    const hi57 = t487 + (PHI * Math.abs(t487) + ETA);
    const t13_lo = lo57 === lo57 ? lo57 : fmaPointLo(0.2112459180433236, 0.44519845580946665, u0_lo, u0_hi); // surrogate.ts:35
    const t13_hi = hi57 === hi57 ? hi57 : fmaPointHi(0.2112459180433236, 0.44519845580946665, u0_lo, u0_hi); // surrogate.ts:35
    // inlined silu (examples/browser/surrogate.ts:8)
    const p51 = 0.20181942527258306 > 0 ? 0.20181942527258306 * u1_lo : 0.20181942527258306 * u1_hi;
    const t488 = t13_lo + (p51 - (PHI * Math.abs(p51) + ETA));
    const lo58 = t488 - (PHI * Math.abs(t488) + ETA);
    const p52 = 0.20181942527258306 > 0 ? 0.20181942527258306 * u1_hi : 0.20181942527258306 * u1_lo;
    const t489 = t13_hi + (p52 + (PHI * Math.abs(p52) + ETA));
    const hi58 = t489 + (PHI * Math.abs(t489) + ETA);
    let x_5_lo = lo58 === lo58 ? lo58 : fmaPointLo(t13_lo, 0.20181942527258306, u1_lo, u1_hi); // surrogate.ts:35
    let x_5_hi = hi58 === hi58 ? hi58 : fmaPointHi(t13_hi, 0.20181942527258306, u1_lo, u1_hi); // surrogate.ts:35
    let ret_5_lo = 0;
    let ret_5_hi = 0;
    const decided5 = geTri(x_5_lo, x_5_hi, 0, 0); // surrogate.ts:9
    let ret_5_lo_other = 0;
    let ret_5_hi_other = 0;
    if (decided5 === 2) {
        ret_5_lo_other = ret_5_lo;
        ret_5_hi_other = ret_5_hi;
    }
    if (decided5 !== 0) {
        const t1_5_lo = -x_5_hi; // surrogate.ts:9
        const t1_5_hi = -x_5_lo; // surrogate.ts:9
        bounds[0] = t1_5_lo;
        bounds[1] = t1_5_hi;
        expPair();
        const lo59 = bounds[0]!;
        const hi59 = bounds[1]!;
        const t2_5_lo = lo59; // surrogate.ts:9
        const t2_5_hi = hi59; // surrogate.ts:9
        const s29 = 1 + t2_5_lo;
        const lo60 = s29 === 0 ? s29 : s29 - (PHI * Math.abs(s29) + ETA);
        const s30 = 1 + t2_5_hi;
        const hi60 = s30 === 0 ? s30 : s30 + (PHI * Math.abs(s30) + ETA);
        const t3_5_lo = lo60 === lo60 ? lo60 : addLo(1, 1, t2_5_lo, t2_5_hi); // surrogate.ts:9
        const t3_5_hi = hi60 === hi60 ? hi60 : addHi(1, 1, t2_5_lo, t2_5_hi); // surrogate.ts:9
        const q41 = 1 / t3_5_lo;
        const q42 = 1 / t3_5_hi;
        const q43 = 1 / t3_5_lo;
        const q44 = 1 / t3_5_hi;
        const pmin19 = Math.min(Math.min(q41, q42), Math.min(q43, q44));
        const lo61 = pmin19 - (PHI * Math.abs(pmin19) + ETA);
        const pmax19 = Math.max(Math.max(q41, q42), Math.max(q43, q44));
        const hi61 = pmax19 + (PHI * Math.abs(pmax19) + ETA);
        const t4_5_lo = (t3_5_lo > 0 || t3_5_hi < 0) && lo61 === lo61 ? lo61 : divLo(1, 1, t3_5_lo, t3_5_hi); // surrogate.ts:9
        const t4_5_hi = (t3_5_lo > 0 || t3_5_hi < 0) && hi61 === hi61 ? hi61 : divHi(1, 1, t3_5_lo, t3_5_hi); // surrogate.ts:9
        const p53 = x_5_lo * t4_5_lo;
        const p54 = x_5_lo * t4_5_hi;
        const p55 = x_5_hi * t4_5_lo;
        const p56 = x_5_hi * t4_5_hi;
        const pmin20 = Math.min(Math.min(p53, p54), Math.min(p55, p56));
        const lo62 = pmin20 - (PHI * Math.abs(pmin20) + ETA);
        const pmax20 = Math.max(Math.max(p53, p54), Math.max(p55, p56));
        const hi62 = pmax20 + (PHI * Math.abs(pmax20) + ETA);
        const lo63 = lo62 === lo62 ? lo62 : mulLo(x_5_lo, x_5_hi, t4_5_lo, t4_5_hi);
        const hi63 = hi62 === hi62 ? hi62 : mulHi(x_5_lo, x_5_hi, t4_5_lo, t4_5_hi);
        ret_5_lo = lo63; // surrogate.ts:9
        ret_5_hi = hi63; // surrogate.ts:9
    }
    if (decided5 === 2) {
        const t490 = ret_5_lo;
        ret_5_lo = ret_5_lo_other;
        ret_5_lo_other = t490;
        const t491 = ret_5_hi;
        ret_5_hi = ret_5_hi_other;
        ret_5_hi_other = t491;
    }
    if (decided5 !== 1) {
        bounds[0] = x_5_lo;
        bounds[1] = x_5_hi;
        expPair();
        const lo64 = bounds[0]!;
        const hi64 = bounds[1]!;
        const e_4_lo = lo64; // surrogate.ts:10
        const e_4_hi = hi64; // surrogate.ts:10
        const s31 = 1 + e_4_lo;
        const lo65 = s31 === 0 ? s31 : s31 - (PHI * Math.abs(s31) + ETA);
        const s32 = 1 + e_4_hi;
        const hi65 = s32 === 0 ? s32 : s32 + (PHI * Math.abs(s32) + ETA);
        const t5_4_lo = lo65 === lo65 ? lo65 : addLo(1, 1, e_4_lo, e_4_hi); // surrogate.ts:11
        const t5_4_hi = hi65 === hi65 ? hi65 : addHi(1, 1, e_4_lo, e_4_hi); // surrogate.ts:11
        const q45 = e_4_lo / t5_4_lo;
        const q46 = e_4_lo / t5_4_hi;
        const q47 = e_4_hi / t5_4_lo;
        const q48 = e_4_hi / t5_4_hi;
        const pmin21 = Math.min(Math.min(q45, q46), Math.min(q47, q48));
        const lo66 = pmin21 - (PHI * Math.abs(pmin21) + ETA);
        const pmax21 = Math.max(Math.max(q45, q46), Math.max(q47, q48));
        const hi66 = pmax21 + (PHI * Math.abs(pmax21) + ETA);
        const t6_4_lo = (t5_4_lo > 0 || t5_4_hi < 0) && lo66 === lo66 ? lo66 : divLo(e_4_lo, e_4_hi, t5_4_lo, t5_4_hi); // surrogate.ts:11
        const t6_4_hi = (t5_4_lo > 0 || t5_4_hi < 0) && hi66 === hi66 ? hi66 : divHi(e_4_lo, e_4_hi, t5_4_lo, t5_4_hi); // surrogate.ts:11
        const p57 = x_5_lo * t6_4_lo;
        const p58 = x_5_lo * t6_4_hi;
        const p59 = x_5_hi * t6_4_lo;
        const p60 = x_5_hi * t6_4_hi;
        const pmin22 = Math.min(Math.min(p57, p58), Math.min(p59, p60));
        const lo67 = pmin22 - (PHI * Math.abs(pmin22) + ETA);
        const pmax22 = Math.max(Math.max(p57, p58), Math.max(p59, p60));
        const hi67 = pmax22 + (PHI * Math.abs(pmax22) + ETA);
        const lo68 = lo67 === lo67 ? lo67 : mulLo(x_5_lo, x_5_hi, t6_4_lo, t6_4_hi);
        const hi68 = hi67 === hi67 ? hi67 : mulHi(x_5_lo, x_5_hi, t6_4_lo, t6_4_hi);
        ret_5_lo = lo68; // surrogate.ts:11
        ret_5_hi = hi68; // surrogate.ts:11
    }
    if (decided5 === 2) {
        ret_5_lo = hullLo(ret_5_lo, ret_5_lo_other);
        ret_5_hi = hullHi(ret_5_hi, ret_5_hi_other);
    }
    const h1_4_lo = ret_5_lo; // surrogate.ts:35
    const h1_4_hi = ret_5_hi; // surrogate.ts:35
    const p61 = 0.46919620212832536 > 0 ? 0.46919620212832536 * u0_lo : 0.46919620212832536 * u0_hi;
    const t492 = 0.5124172095091823 + (p61 - (PHI * Math.abs(p61) + ETA));
    const lo69 = t492 - (PHI * Math.abs(t492) + ETA);
    const p62 = 0.46919620212832536 > 0 ? 0.46919620212832536 * u0_hi : 0.46919620212832536 * u0_lo;
    const t493 = 0.5124172095091823 + (p62 + (PHI * Math.abs(p62) + ETA));
    const hi69 = t493 + (PHI * Math.abs(t493) + ETA);
    const t14_lo = lo69 === lo69 ? lo69 : fmaPointLo(0.5124172095091823, 0.46919620212832536, u0_lo, u0_hi); // surrogate.ts:36
    const t14_hi = hi69 === hi69 ? hi69 : fmaPointHi(0.5124172095091823, 0.46919620212832536, u0_lo, u0_hi); // surrogate.ts:36
    // inlined silu (examples/browser/surrogate.ts:8)
    const p63 = 0.6729656326166581 > 0 ? 0.6729656326166581 * u1_lo : 0.6729656326166581 * u1_hi;
    const t494 = t14_lo + (p63 - (PHI * Math.abs(p63) + ETA));
    const lo70 = t494 - (PHI * Math.abs(t494) + ETA);
    const p64 = 0.6729656326166581 > 0 ? 0.6729656326166581 * u1_hi : 0.6729656326166581 * u1_lo;
    const t495 = t14_hi + (p64 + (PHI * Math.abs(p64) + ETA));
    const hi70 = t495 + (PHI * Math.abs(t495) + ETA);
    let x_6_lo = lo70 === lo70 ? lo70 : fmaPointLo(t14_lo, 0.6729656326166581, u1_lo, u1_hi); // surrogate.ts:36
    let x_6_hi = hi70 === hi70 ? hi70 : fmaPointHi(t14_hi, 0.6729656326166581, u1_lo, u1_hi); // surrogate.ts:36
    let ret_6_lo = 0;
    let ret_6_hi = 0;
    const decided6 = geTri(x_6_lo, x_6_hi, 0, 0); // surrogate.ts:9
    let ret_6_lo_other = 0;
    let ret_6_hi_other = 0;
    if (decided6 === 2) {
        ret_6_lo_other = ret_6_lo;
        ret_6_hi_other = ret_6_hi;
    }
    if (decided6 !== 0) {
        const t1_6_lo = -x_6_hi; // surrogate.ts:9
        const t1_6_hi = -x_6_lo; // surrogate.ts:9
        bounds[0] = t1_6_lo;
        bounds[1] = t1_6_hi;
        expPair();
        const lo71 = bounds[0]!;
        const hi71 = bounds[1]!;
        const t2_6_lo = lo71; // surrogate.ts:9
        const t2_6_hi = hi71; // surrogate.ts:9
        const s33 = 1 + t2_6_lo;
        const lo72 = s33 === 0 ? s33 : s33 - (PHI * Math.abs(s33) + ETA);
        const s34 = 1 + t2_6_hi;
        const hi72 = s34 === 0 ? s34 : s34 + (PHI * Math.abs(s34) + ETA);
        const t3_6_lo = lo72 === lo72 ? lo72 : addLo(1, 1, t2_6_lo, t2_6_hi); // surrogate.ts:9
        const t3_6_hi = hi72 === hi72 ? hi72 : addHi(1, 1, t2_6_lo, t2_6_hi); // surrogate.ts:9
        const q49 = 1 / t3_6_lo;
        const q50 = 1 / t3_6_hi;
        const q51 = 1 / t3_6_lo;
        const q52 = 1 / t3_6_hi;
        const pmin23 = Math.min(Math.min(q49, q50), Math.min(q51, q52));
        const lo73 = pmin23 - (PHI * Math.abs(pmin23) + ETA);
        const pmax23 = Math.max(Math.max(q49, q50), Math.max(q51, q52));
        const hi73 = pmax23 + (PHI * Math.abs(pmax23) + ETA);
        const t4_6_lo = (t3_6_lo > 0 || t3_6_hi < 0) && lo73 === lo73 ? lo73 : divLo(1, 1, t3_6_lo, t3_6_hi); // surrogate.ts:9
        const t4_6_hi = (t3_6_lo > 0 || t3_6_hi < 0) && hi73 === hi73 ? hi73 : divHi(1, 1, t3_6_lo, t3_6_hi); // surrogate.ts:9
        const p65 = x_6_lo * t4_6_lo;
        const p66 = x_6_lo * t4_6_hi;
        const p67 = x_6_hi * t4_6_lo;
        const p68 = x_6_hi * t4_6_hi;
        const pmin24 = Math.min(Math.min(p65, p66), Math.min(p67, p68));
        const lo74 = pmin24 - (PHI * Math.abs(pmin24) + ETA);
        const pmax24 = Math.max(Math.max(p65, p66), Math.max(p67, p68));
        const hi74 = pmax24 + (PHI * Math.abs(pmax24) + ETA);
        const lo75 = lo74 === lo74 ? lo74 : mulLo(x_6_lo, x_6_hi, t4_6_lo, t4_6_hi);
        const hi75 = hi74 === hi74 ? hi74 : mulHi(x_6_lo, x_6_hi, t4_6_lo, t4_6_hi);
        ret_6_lo = lo75; // surrogate.ts:9
        ret_6_hi = hi75; // surrogate.ts:9
    }
    if (decided6 === 2) {
        const t496 = ret_6_lo;
        ret_6_lo = ret_6_lo_other;
        ret_6_lo_other = t496;
        const t497 = ret_6_hi;
        ret_6_hi = ret_6_hi_other;
        ret_6_hi_other = t497;
    }
    if (decided6 !== 1) {
        bounds[0] = x_6_lo;
        bounds[1] = x_6_hi;
        expPair();
        const lo76 = bounds[0]!;
        const hi76 = bounds[1]!;
        const e_5_lo = lo76; // surrogate.ts:10
        const e_5_hi = hi76; // surrogate.ts:10
        const s35 = 1 + e_5_lo;
        const lo77 = s35 === 0 ? s35 : s35 - (PHI * Math.abs(s35) + ETA);
        const s36 = 1 + e_5_hi;
        const hi77 = s36 === 0 ? s36 : s36 + (PHI * Math.abs(s36) + ETA);
        const t5_5_lo = lo77 === lo77 ? lo77 : addLo(1, 1, e_5_lo, e_5_hi); // surrogate.ts:11
        const t5_5_hi = hi77 === hi77 ? hi77 : addHi(1, 1, e_5_lo, e_5_hi); // surrogate.ts:11
        const q53 = e_5_lo / t5_5_lo;
        const q54 = e_5_lo / t5_5_hi;
        const q55 = e_5_hi / t5_5_lo;
        const q56 = e_5_hi / t5_5_hi;
        const pmin25 = Math.min(Math.min(q53, q54), Math.min(q55, q56));
        const lo78 = pmin25 - (PHI * Math.abs(pmin25) + ETA);
        const pmax25 = Math.max(Math.max(q53, q54), Math.max(q55, q56));
        const hi78 = pmax25 + (PHI * Math.abs(pmax25) + ETA);
        const t6_5_lo = (t5_5_lo > 0 || t5_5_hi < 0) && lo78 === lo78 ? lo78 : divLo(e_5_lo, e_5_hi, t5_5_lo, t5_5_hi); // surrogate.ts:11
        const t6_5_hi = (t5_5_lo > 0 || t5_5_hi < 0) && hi78 === hi78 ? hi78 : divHi(e_5_lo, e_5_hi, t5_5_lo, t5_5_hi); // surrogate.ts:11
        const p69 = x_6_lo * t6_5_lo;
        const p70 = x_6_lo * t6_5_hi;
        const p71 = x_6_hi * t6_5_lo;
        const p72 = x_6_hi * t6_5_hi;
        const pmin26 = Math.min(Math.min(p69, p70), Math.min(p71, p72));
        const lo79 = pmin26 - (PHI * Math.abs(pmin26) + ETA);
        const pmax26 = Math.max(Math.max(p69, p70), Math.max(p71, p72));
        const hi79 = pmax26 + (PHI * Math.abs(pmax26) + ETA);
        const lo80 = lo79 === lo79 ? lo79 : mulLo(x_6_lo, x_6_hi, t6_5_lo, t6_5_hi);
        const hi80 = hi79 === hi79 ? hi79 : mulHi(x_6_lo, x_6_hi, t6_5_lo, t6_5_hi);
        ret_6_lo = lo80; // surrogate.ts:11
        ret_6_hi = hi80; // surrogate.ts:11
    }
    if (decided6 === 2) {
        ret_6_lo = hullLo(ret_6_lo, ret_6_lo_other);
        ret_6_hi = hullHi(ret_6_hi, ret_6_hi_other);
    }
    const h1_5_lo = ret_6_lo; // surrogate.ts:36
    const h1_5_hi = ret_6_hi; // surrogate.ts:36
    const p73 = 0.8723417023044147 > 0 ? 0.8723417023044147 * u0_lo : 0.8723417023044147 * u0_hi;
    const t498 = p73 - (PHI * Math.abs(p73) + ETA);
    const lo81 = t498;
    const p74 = 0.8723417023044147 > 0 ? 0.8723417023044147 * u0_hi : 0.8723417023044147 * u0_lo;
    const t499 = p74 + (PHI * Math.abs(p74) + ETA);
    const hi81 = t499;
    const t15_lo = lo81 === lo81 ? lo81 : mulPointLo(0.8723417023044147, u0_lo, u0_hi); // surrogate.ts:37
    const t15_hi = hi81 === hi81 ? hi81 : mulPointHi(0.8723417023044147, u0_lo, u0_hi); // surrogate.ts:37
    const s37 = -0.15198956054272222 - t15_hi;
    const lo82 = s37 === 0 ? s37 : s37 - (PHI * Math.abs(s37) + ETA);
    const s38 = -0.15198956054272222 - t15_lo;
    const hi82 = s38 === 0 ? s38 : s38 + (PHI * Math.abs(s38) + ETA);
    const t16_lo = lo82 === lo82 ? lo82 : subLo(-0.15198956054272222, -0.15198956054272222, t15_lo, t15_hi); // surrogate.ts:37
    const t16_hi = hi82 === hi82 ? hi82 : subHi(-0.15198956054272222, -0.15198956054272222, t15_lo, t15_hi); // surrogate.ts:37
    const p75 = 0.4602475017863799 > 0 ? 0.4602475017863799 * u1_lo : 0.4602475017863799 * u1_hi;
    const t500 = p75 - (PHI * Math.abs(p75) + ETA);
    const lo83 = t500;
    const p76 = 0.4602475017863799 > 0 ? 0.4602475017863799 * u1_hi : 0.4602475017863799 * u1_lo;
    const t501 = p76 + (PHI * Math.abs(p76) + ETA);
    const hi83 = t501;
    const t17_lo = lo83 === lo83 ? lo83 : mulPointLo(0.4602475017863799, u1_lo, u1_hi); // surrogate.ts:37
    const t17_hi = hi83 === hi83 ? hi83 : mulPointHi(0.4602475017863799, u1_lo, u1_hi); // surrogate.ts:37
    // inlined silu (examples/browser/surrogate.ts:8)
    const s39 = t16_lo - t17_hi;
    const lo84 = s39 === 0 ? s39 : s39 - (PHI * Math.abs(s39) + ETA);
    const s40 = t16_hi - t17_lo;
    const hi84 = s40 === 0 ? s40 : s40 + (PHI * Math.abs(s40) + ETA);
    let x_7_lo = lo84 === lo84 ? lo84 : subLo(t16_lo, t16_hi, t17_lo, t17_hi); // surrogate.ts:37
    let x_7_hi = hi84 === hi84 ? hi84 : subHi(t16_lo, t16_hi, t17_lo, t17_hi); // surrogate.ts:37
    let ret_7_lo = 0;
    let ret_7_hi = 0;
    const decided7 = geTri(x_7_lo, x_7_hi, 0, 0); // surrogate.ts:9
    let ret_7_lo_other = 0;
    let ret_7_hi_other = 0;
    if (decided7 === 2) {
        ret_7_lo_other = ret_7_lo;
        ret_7_hi_other = ret_7_hi;
    }
    if (decided7 !== 0) {
        const t1_7_lo = -x_7_hi; // surrogate.ts:9
        const t1_7_hi = -x_7_lo; // surrogate.ts:9
        bounds[0] = t1_7_lo;
        bounds[1] = t1_7_hi;
        expPair();
        const lo85 = bounds[0]!;
        const hi85 = bounds[1]!;
        const t2_7_lo = lo85; // surrogate.ts:9
        const t2_7_hi = hi85; // surrogate.ts:9
        const s41 = 1 + t2_7_lo;
        const lo86 = s41 === 0 ? s41 : s41 - (PHI * Math.abs(s41) + ETA);
        const s42 = 1 + t2_7_hi;
        const hi86 = s42 === 0 ? s42 : s42 + (PHI * Math.abs(s42) + ETA);
        const t3_7_lo = lo86 === lo86 ? lo86 : addLo(1, 1, t2_7_lo, t2_7_hi); // surrogate.ts:9
        const t3_7_hi = hi86 === hi86 ? hi86 : addHi(1, 1, t2_7_lo, t2_7_hi); // surrogate.ts:9
        const q57 = 1 / t3_7_lo;
        const q58 = 1 / t3_7_hi;
        const q59 = 1 / t3_7_lo;
        const q60 = 1 / t3_7_hi;
        const pmin27 = Math.min(Math.min(q57, q58), Math.min(q59, q60));
        const lo87 = pmin27 - (PHI * Math.abs(pmin27) + ETA);
        const pmax27 = Math.max(Math.max(q57, q58), Math.max(q59, q60));
        const hi87 = pmax27 + (PHI * Math.abs(pmax27) + ETA);
        const t4_7_lo = (t3_7_lo > 0 || t3_7_hi < 0) && lo87 === lo87 ? lo87 : divLo(1, 1, t3_7_lo, t3_7_hi); // surrogate.ts:9
        const t4_7_hi = (t3_7_lo > 0 || t3_7_hi < 0) && hi87 === hi87 ? hi87 : divHi(1, 1, t3_7_lo, t3_7_hi); // surrogate.ts:9
        const p77 = x_7_lo * t4_7_lo;
        const p78 = x_7_lo * t4_7_hi;
        const p79 = x_7_hi * t4_7_lo;
        const p80 = x_7_hi * t4_7_hi;
        const pmin28 = Math.min(Math.min(p77, p78), Math.min(p79, p80));
        const lo88 = pmin28 - (PHI * Math.abs(pmin28) + ETA);
        const pmax28 = Math.max(Math.max(p77, p78), Math.max(p79, p80));
        const hi88 = pmax28 + (PHI * Math.abs(pmax28) + ETA);
        const lo89 = lo88 === lo88 ? lo88 : mulLo(x_7_lo, x_7_hi, t4_7_lo, t4_7_hi);
        const hi89 = hi88 === hi88 ? hi88 : mulHi(x_7_lo, x_7_hi, t4_7_lo, t4_7_hi);
        ret_7_lo = lo89; // surrogate.ts:9
        ret_7_hi = hi89; // surrogate.ts:9
    }
    if (decided7 === 2) {
        const t502 = ret_7_lo;
        ret_7_lo = ret_7_lo_other;
        ret_7_lo_other = t502;
        const t503 = ret_7_hi;
        ret_7_hi = ret_7_hi_other;
        ret_7_hi_other = t503;
    }
    if (decided7 !== 1) {
        bounds[0] = x_7_lo;
        bounds[1] = x_7_hi;
        expPair();
        const lo90 = bounds[0]!;
        const hi90 = bounds[1]!;
        const e_6_lo = lo90; // surrogate.ts:10
        const e_6_hi = hi90; // surrogate.ts:10
        const s43 = 1 + e_6_lo;
        const lo91 = s43 === 0 ? s43 : s43 - (PHI * Math.abs(s43) + ETA);
        const s44 = 1 + e_6_hi;
        const hi91 = s44 === 0 ? s44 : s44 + (PHI * Math.abs(s44) + ETA);
        const t5_6_lo = lo91 === lo91 ? lo91 : addLo(1, 1, e_6_lo, e_6_hi); // surrogate.ts:11
        const t5_6_hi = hi91 === hi91 ? hi91 : addHi(1, 1, e_6_lo, e_6_hi); // surrogate.ts:11
        const q61 = e_6_lo / t5_6_lo;
        const q62 = e_6_lo / t5_6_hi;
        const q63 = e_6_hi / t5_6_lo;
        const q64 = e_6_hi / t5_6_hi;
        const pmin29 = Math.min(Math.min(q61, q62), Math.min(q63, q64));
        const lo92 = pmin29 - (PHI * Math.abs(pmin29) + ETA);
        const pmax29 = Math.max(Math.max(q61, q62), Math.max(q63, q64));
        const hi92 = pmax29 + (PHI * Math.abs(pmax29) + ETA);
        const t6_6_lo = (t5_6_lo > 0 || t5_6_hi < 0) && lo92 === lo92 ? lo92 : divLo(e_6_lo, e_6_hi, t5_6_lo, t5_6_hi); // surrogate.ts:11
        const t6_6_hi = (t5_6_lo > 0 || t5_6_hi < 0) && hi92 === hi92 ? hi92 : divHi(e_6_lo, e_6_hi, t5_6_lo, t5_6_hi); // surrogate.ts:11
        const p81 = x_7_lo * t6_6_lo;
        const p82 = x_7_lo * t6_6_hi;
        const p83 = x_7_hi * t6_6_lo;
        const p84 = x_7_hi * t6_6_hi;
        const pmin30 = Math.min(Math.min(p81, p82), Math.min(p83, p84));
        const lo93 = pmin30 - (PHI * Math.abs(pmin30) + ETA);
        const pmax30 = Math.max(Math.max(p81, p82), Math.max(p83, p84));
        const hi93 = pmax30 + (PHI * Math.abs(pmax30) + ETA);
        const lo94 = lo93 === lo93 ? lo93 : mulLo(x_7_lo, x_7_hi, t6_6_lo, t6_6_hi);
        const hi94 = hi93 === hi93 ? hi93 : mulHi(x_7_lo, x_7_hi, t6_6_lo, t6_6_hi);
        ret_7_lo = lo94; // surrogate.ts:11
        ret_7_hi = hi94; // surrogate.ts:11
    }
    if (decided7 === 2) {
        ret_7_lo = hullLo(ret_7_lo, ret_7_lo_other);
        ret_7_hi = hullHi(ret_7_hi, ret_7_hi_other);
    }
    const h1_6_lo = ret_7_lo; // surrogate.ts:37
    const h1_6_hi = ret_7_hi; // surrogate.ts:37
    const p85 = 0.5209583222666226 > 0 ? 0.5209583222666226 * u0_lo : 0.5209583222666226 * u0_hi;
    const t504 = 0.054972776600355565 + (p85 - (PHI * Math.abs(p85) + ETA));
    const lo95 = t504 - (PHI * Math.abs(t504) + ETA);
    const p86 = 0.5209583222666226 > 0 ? 0.5209583222666226 * u0_hi : 0.5209583222666226 * u0_lo;
    const t505 = 0.054972776600355565 + (p86 + (PHI * Math.abs(p86) + ETA));
    const hi95 = t505 + (PHI * Math.abs(t505) + ETA);
    const t18_lo = lo95 === lo95 ? lo95 : fmaPointLo(0.054972776600355565, 0.5209583222666226, u0_lo, u0_hi); // surrogate.ts:38
    const t18_hi = hi95 === hi95 ? hi95 : fmaPointHi(0.054972776600355565, 0.5209583222666226, u0_lo, u0_hi); // surrogate.ts:38
    const p87 = 0.13564801440832513 > 0 ? 0.13564801440832513 * u1_lo : 0.13564801440832513 * u1_hi;
    const t506 = p87 - (PHI * Math.abs(p87) + ETA);
    const lo96 = t506;
    const p88 = 0.13564801440832513 > 0 ? 0.13564801440832513 * u1_hi : 0.13564801440832513 * u1_lo;
    const t507 = p88 + (PHI * Math.abs(p88) + ETA);
    const hi96 = t507;
    const t19_lo = lo96 === lo96 ? lo96 : mulPointLo(0.13564801440832513, u1_lo, u1_hi); // surrogate.ts:38
    const t19_hi = hi96 === hi96 ? hi96 : mulPointHi(0.13564801440832513, u1_lo, u1_hi); // surrogate.ts:38
    // inlined silu (examples/browser/surrogate.ts:8)
    const s45 = t18_lo - t19_hi;
    const lo97 = s45 === 0 ? s45 : s45 - (PHI * Math.abs(s45) + ETA);
    const s46 = t18_hi - t19_lo;
    const hi97 = s46 === 0 ? s46 : s46 + (PHI * Math.abs(s46) + ETA);
    let x_8_lo = lo97 === lo97 ? lo97 : subLo(t18_lo, t18_hi, t19_lo, t19_hi); // surrogate.ts:38
    let x_8_hi = hi97 === hi97 ? hi97 : subHi(t18_lo, t18_hi, t19_lo, t19_hi); // surrogate.ts:38
    let ret_8_lo = 0;
    let ret_8_hi = 0;
    const decided8 = geTri(x_8_lo, x_8_hi, 0, 0); // surrogate.ts:9
    let ret_8_lo_other = 0;
    let ret_8_hi_other = 0;
    if (decided8 === 2) {
        ret_8_lo_other = ret_8_lo;
        ret_8_hi_other = ret_8_hi;
    }
    if (decided8 !== 0) {
        const t1_8_lo = -x_8_hi; // surrogate.ts:9
        const t1_8_hi = -x_8_lo; // surrogate.ts:9
        bounds[0] = t1_8_lo;
        bounds[1] = t1_8_hi;
        expPair();
        const lo98 = bounds[0]!;
        const hi98 = bounds[1]!;
        const t2_8_lo = lo98; // surrogate.ts:9
        const t2_8_hi = hi98; // surrogate.ts:9
        const s47 = 1 + t2_8_lo;
        const lo99 = s47 === 0 ? s47 : s47 - (PHI * Math.abs(s47) + ETA);
        const s48 = 1 + t2_8_hi;
        const hi99 = s48 === 0 ? s48 : s48 + (PHI * Math.abs(s48) + ETA);
        const t3_8_lo = lo99 === lo99 ? lo99 : addLo(1, 1, t2_8_lo, t2_8_hi); // surrogate.ts:9
        const t3_8_hi = hi99 === hi99 ? hi99 : addHi(1, 1, t2_8_lo, t2_8_hi); // surrogate.ts:9
        const q65 = 1 / t3_8_lo;
        const q66 = 1 / t3_8_hi;
        const q67 = 1 / t3_8_lo;
        const q68 = 1 / t3_8_hi;
        const pmin31 = Math.min(Math.min(q65, q66), Math.min(q67, q68));
        const lo100 = pmin31 - (PHI * Math.abs(pmin31) + ETA);
        const pmax31 = Math.max(Math.max(q65, q66), Math.max(q67, q68));
        const hi100 = pmax31 + (PHI * Math.abs(pmax31) + ETA);
        const t4_8_lo = (t3_8_lo > 0 || t3_8_hi < 0) && lo100 === lo100 ? lo100 : divLo(1, 1, t3_8_lo, t3_8_hi); // surrogate.ts:9
        const t4_8_hi = (t3_8_lo > 0 || t3_8_hi < 0) && hi100 === hi100 ? hi100 : divHi(1, 1, t3_8_lo, t3_8_hi); // surrogate.ts:9
        const p89 = x_8_lo * t4_8_lo;
        const p90 = x_8_lo * t4_8_hi;
        const p91 = x_8_hi * t4_8_lo;
        const p92 = x_8_hi * t4_8_hi;
        const pmin32 = Math.min(Math.min(p89, p90), Math.min(p91, p92));
        const lo101 = pmin32 - (PHI * Math.abs(pmin32) + ETA);
        const pmax32 = Math.max(Math.max(p89, p90), Math.max(p91, p92));
        const hi101 = pmax32 + (PHI * Math.abs(pmax32) + ETA);
        const lo102 = lo101 === lo101 ? lo101 : mulLo(x_8_lo, x_8_hi, t4_8_lo, t4_8_hi);
        const hi102 = hi101 === hi101 ? hi101 : mulHi(x_8_lo, x_8_hi, t4_8_lo, t4_8_hi);
        ret_8_lo = lo102; // surrogate.ts:9
        ret_8_hi = hi102; // surrogate.ts:9
    }
    if (decided8 === 2) {
        const t508 = ret_8_lo;
        ret_8_lo = ret_8_lo_other;
        ret_8_lo_other = t508;
        const t509 = ret_8_hi;
        ret_8_hi = ret_8_hi_other;
        ret_8_hi_other = t509;
    }
    if (decided8 !== 1) {
        bounds[0] = x_8_lo;
        bounds[1] = x_8_hi;
        expPair();
        const lo103 = bounds[0]!;
        const hi103 = bounds[1]!;
        const e_7_lo = lo103; // surrogate.ts:10
        const e_7_hi = hi103; // surrogate.ts:10
        const s49 = 1 + e_7_lo;
        const lo104 = s49 === 0 ? s49 : s49 - (PHI * Math.abs(s49) + ETA);
        const s50 = 1 + e_7_hi;
        const hi104 = s50 === 0 ? s50 : s50 + (PHI * Math.abs(s50) + ETA);
        const t5_7_lo = lo104 === lo104 ? lo104 : addLo(1, 1, e_7_lo, e_7_hi); // surrogate.ts:11
        const t5_7_hi = hi104 === hi104 ? hi104 : addHi(1, 1, e_7_lo, e_7_hi); // surrogate.ts:11
        const q69 = e_7_lo / t5_7_lo;
        const q70 = e_7_lo / t5_7_hi;
        const q71 = e_7_hi / t5_7_lo;
        const q72 = e_7_hi / t5_7_hi;
        const pmin33 = Math.min(Math.min(q69, q70), Math.min(q71, q72));
        const lo105 = pmin33 - (PHI * Math.abs(pmin33) + ETA);
        const pmax33 = Math.max(Math.max(q69, q70), Math.max(q71, q72));
        const hi105 = pmax33 + (PHI * Math.abs(pmax33) + ETA);
        const t6_7_lo = (t5_7_lo > 0 || t5_7_hi < 0) && lo105 === lo105 ? lo105 : divLo(e_7_lo, e_7_hi, t5_7_lo, t5_7_hi); // surrogate.ts:11
        const t6_7_hi = (t5_7_lo > 0 || t5_7_hi < 0) && hi105 === hi105 ? hi105 : divHi(e_7_lo, e_7_hi, t5_7_lo, t5_7_hi); // surrogate.ts:11
        const p93 = x_8_lo * t6_7_lo;
        const p94 = x_8_lo * t6_7_hi;
        const p95 = x_8_hi * t6_7_lo;
        const p96 = x_8_hi * t6_7_hi;
        const pmin34 = Math.min(Math.min(p93, p94), Math.min(p95, p96));
        const lo106 = pmin34 - (PHI * Math.abs(pmin34) + ETA);
        const pmax34 = Math.max(Math.max(p93, p94), Math.max(p95, p96));
        const hi106 = pmax34 + (PHI * Math.abs(pmax34) + ETA);
        const lo107 = lo106 === lo106 ? lo106 : mulLo(x_8_lo, x_8_hi, t6_7_lo, t6_7_hi);
        const hi107 = hi106 === hi106 ? hi106 : mulHi(x_8_lo, x_8_hi, t6_7_lo, t6_7_hi);
        ret_8_lo = lo107; // surrogate.ts:11
        ret_8_hi = hi107; // surrogate.ts:11
    }
    if (decided8 === 2) {
        ret_8_lo = hullLo(ret_8_lo, ret_8_lo_other);
        ret_8_hi = hullHi(ret_8_hi, ret_8_hi_other);
    }
    const h1_7_lo = ret_8_lo; // surrogate.ts:38
    const h1_7_hi = ret_8_hi; // surrogate.ts:38
    const p97 = 0.21290638061687203 > 0 ? 0.21290638061687203 * h1_0_lo : 0.21290638061687203 * h1_0_hi;
    const t510 = 0.06677495899306952 + (p97 - (PHI * Math.abs(p97) + ETA));
    const lo108 = t510 - (PHI * Math.abs(t510) + ETA);
    const p98 = 0.21290638061687203 > 0 ? 0.21290638061687203 * h1_0_hi : 0.21290638061687203 * h1_0_lo;
    const t511 = 0.06677495899306952 + (p98 + (PHI * Math.abs(p98) + ETA));
    const hi108 = t511 + (PHI * Math.abs(t511) + ETA);
    const t20_lo = lo108 === lo108 ? lo108 : fmaPointLo(0.06677495899306952, 0.21290638061687203, h1_0_lo, h1_0_hi); // surrogate.ts:41
    const t20_hi = hi108 === hi108 ? hi108 : fmaPointHi(0.06677495899306952, 0.21290638061687203, h1_0_lo, h1_0_hi); // surrogate.ts:41
    const p99 = 0.02268002181611926 > 0 ? 0.02268002181611926 * h1_1_lo : 0.02268002181611926 * h1_1_hi;
    const t512 = p99 - (PHI * Math.abs(p99) + ETA);
    const lo109 = t512;
    const p100 = 0.02268002181611926 > 0 ? 0.02268002181611926 * h1_1_hi : 0.02268002181611926 * h1_1_lo;
    const t513 = p100 + (PHI * Math.abs(p100) + ETA);
    const hi109 = t513;
    const t21_lo = lo109 === lo109 ? lo109 : mulPointLo(0.02268002181611926, h1_1_lo, h1_1_hi); // surrogate.ts:41
    const t21_hi = hi109 === hi109 ? hi109 : mulPointHi(0.02268002181611926, h1_1_lo, h1_1_hi); // surrogate.ts:41
    const s51 = t20_lo - t21_hi;
    const lo110 = s51 === 0 ? s51 : s51 - (PHI * Math.abs(s51) + ETA);
    const s52 = t20_hi - t21_lo;
    const hi110 = s52 === 0 ? s52 : s52 + (PHI * Math.abs(s52) + ETA);
    const t22_lo = lo110 === lo110 ? lo110 : subLo(t20_lo, t20_hi, t21_lo, t21_hi); // surrogate.ts:41
    const t22_hi = hi110 === hi110 ? hi110 : subHi(t20_lo, t20_hi, t21_lo, t21_hi); // surrogate.ts:41
    const p101 = 0.18675963247547459 > 0 ? 0.18675963247547459 * h1_2_lo : 0.18675963247547459 * h1_2_hi;
    const t514 = t22_lo + (p101 - (PHI * Math.abs(p101) + ETA));
    const lo111 = t514 - (PHI * Math.abs(t514) + ETA);
    const p102 = 0.18675963247547459 > 0 ? 0.18675963247547459 * h1_2_hi : 0.18675963247547459 * h1_2_lo;
    const t515 = t22_hi + (p102 + (PHI * Math.abs(p102) + ETA));
    const hi111 = t515 + (PHI * Math.abs(t515) + ETA);
    const t23_lo = lo111 === lo111 ? lo111 : fmaPointLo(t22_lo, 0.18675963247547459, h1_2_lo, h1_2_hi); // surrogate.ts:41
    const t23_hi = hi111 === hi111 ? hi111 : fmaPointHi(t22_hi, 0.18675963247547459, h1_2_lo, h1_2_hi); // surrogate.ts:41
    const p103 = 0.3971779726944101 > 0 ? 0.3971779726944101 * h1_3_lo : 0.3971779726944101 * h1_3_hi;
    const t516 = p103 - (PHI * Math.abs(p103) + ETA);
    const lo112 = t516;
    const p104 = 0.3971779726944101 > 0 ? 0.3971779726944101 * h1_3_hi : 0.3971779726944101 * h1_3_lo;
    const t517 = p104 + (PHI * Math.abs(p104) + ETA);
    const hi112 = t517;
    const t24_lo = lo112 === lo112 ? lo112 : mulPointLo(0.3971779726944101, h1_3_lo, h1_3_hi); // surrogate.ts:41
    const t24_hi = hi112 === hi112 ? hi112 : mulPointHi(0.3971779726944101, h1_3_lo, h1_3_hi); // surrogate.ts:41
    const s53 = t23_lo - t24_hi;
    const lo113 = s53 === 0 ? s53 : s53 - (PHI * Math.abs(s53) + ETA);
    const s54 = t23_hi - t24_lo;
    const hi113 = s54 === 0 ? s54 : s54 + (PHI * Math.abs(s54) + ETA);
    const t25_lo = lo113 === lo113 ? lo113 : subLo(t23_lo, t23_hi, t24_lo, t24_hi); // surrogate.ts:41
    const t25_hi = hi113 === hi113 ? hi113 : subHi(t23_lo, t23_hi, t24_lo, t24_hi); // surrogate.ts:41
    const p105 = 0.13565315230214164 > 0 ? 0.13565315230214164 * h1_4_lo : 0.13565315230214164 * h1_4_hi;
    const t518 = p105 - (PHI * Math.abs(p105) + ETA);
    const lo114 = t518;
    const p106 = 0.13565315230214164 > 0 ? 0.13565315230214164 * h1_4_hi : 0.13565315230214164 * h1_4_lo;
    const t519 = p106 + (PHI * Math.abs(p106) + ETA);
    const hi114 = t519;
    const t26_lo = lo114 === lo114 ? lo114 : mulPointLo(0.13565315230214164, h1_4_lo, h1_4_hi); // surrogate.ts:41
    const t26_hi = hi114 === hi114 ? hi114 : mulPointHi(0.13565315230214164, h1_4_lo, h1_4_hi); // surrogate.ts:41
    const s55 = t25_lo - t26_hi;
    const lo115 = s55 === 0 ? s55 : s55 - (PHI * Math.abs(s55) + ETA);
    const s56 = t25_hi - t26_lo;
    const hi115 = s56 === 0 ? s56 : s56 + (PHI * Math.abs(s56) + ETA);
    const t27_lo = lo115 === lo115 ? lo115 : subLo(t25_lo, t25_hi, t26_lo, t26_hi); // surrogate.ts:41
    const t27_hi = hi115 === hi115 ? hi115 : subHi(t25_lo, t25_hi, t26_lo, t26_hi); // surrogate.ts:41
    const p107 = 0.196132489183866 > 0 ? 0.196132489183866 * h1_5_lo : 0.196132489183866 * h1_5_hi;
    const t520 = t27_lo + (p107 - (PHI * Math.abs(p107) + ETA));
    const lo116 = t520 - (PHI * Math.abs(t520) + ETA);
    const p108 = 0.196132489183866 > 0 ? 0.196132489183866 * h1_5_hi : 0.196132489183866 * h1_5_lo;
    const t521 = t27_hi + (p108 + (PHI * Math.abs(p108) + ETA));
    const hi116 = t521 + (PHI * Math.abs(t521) + ETA);
    const t28_lo = lo116 === lo116 ? lo116 : fmaPointLo(t27_lo, 0.196132489183866, h1_5_lo, h1_5_hi); // surrogate.ts:41
    const t28_hi = hi116 === hi116 ? hi116 : fmaPointHi(t27_hi, 0.196132489183866, h1_5_lo, h1_5_hi); // surrogate.ts:41
    const p109 = 0.31866996021738253 > 0 ? 0.31866996021738253 * h1_6_lo : 0.31866996021738253 * h1_6_hi;
    const t522 = p109 - (PHI * Math.abs(p109) + ETA);
    const lo117 = t522;
    const p110 = 0.31866996021738253 > 0 ? 0.31866996021738253 * h1_6_hi : 0.31866996021738253 * h1_6_lo;
    const t523 = p110 + (PHI * Math.abs(p110) + ETA);
    const hi117 = t523;
    const t29_lo = lo117 === lo117 ? lo117 : mulPointLo(0.31866996021738253, h1_6_lo, h1_6_hi); // surrogate.ts:41
    const t29_hi = hi117 === hi117 ? hi117 : mulPointHi(0.31866996021738253, h1_6_lo, h1_6_hi); // surrogate.ts:41
    const s57 = t28_lo - t29_hi;
    const lo118 = s57 === 0 ? s57 : s57 - (PHI * Math.abs(s57) + ETA);
    const s58 = t28_hi - t29_lo;
    const hi118 = s58 === 0 ? s58 : s58 + (PHI * Math.abs(s58) + ETA);
    const t30_lo = lo118 === lo118 ? lo118 : subLo(t28_lo, t28_hi, t29_lo, t29_hi); // surrogate.ts:41
    const t30_hi = hi118 === hi118 ? hi118 : subHi(t28_lo, t28_hi, t29_lo, t29_hi); // surrogate.ts:41
    // inlined silu (examples/browser/surrogate.ts:8)
    const p111 = 0.4797473461487186 > 0 ? 0.4797473461487186 * h1_7_lo : 0.4797473461487186 * h1_7_hi;
    const t524 = t30_lo + (p111 - (PHI * Math.abs(p111) + ETA));
    const lo119 = t524 - (PHI * Math.abs(t524) + ETA);
    const p112 = 0.4797473461487186 > 0 ? 0.4797473461487186 * h1_7_hi : 0.4797473461487186 * h1_7_lo;
    const t525 = t30_hi + (p112 + (PHI * Math.abs(p112) + ETA));
    const hi119 = t525 + (PHI * Math.abs(t525) + ETA);
    let x_9_lo = lo119 === lo119 ? lo119 : fmaPointLo(t30_lo, 0.4797473461487186, h1_7_lo, h1_7_hi); // surrogate.ts:41
    let x_9_hi = hi119 === hi119 ? hi119 : fmaPointHi(t30_hi, 0.4797473461487186, h1_7_lo, h1_7_hi); // surrogate.ts:41
    let ret_9_lo = 0;
    let ret_9_hi = 0;
    const decided9 = geTri(x_9_lo, x_9_hi, 0, 0); // surrogate.ts:9
    let ret_9_lo_other = 0;
    let ret_9_hi_other = 0;
    if (decided9 === 2) {
        ret_9_lo_other = ret_9_lo;
        ret_9_hi_other = ret_9_hi;
    }
    if (decided9 !== 0) {
        const t1_9_lo = -x_9_hi; // surrogate.ts:9
        const t1_9_hi = -x_9_lo; // surrogate.ts:9
        bounds[0] = t1_9_lo;
        bounds[1] = t1_9_hi;
        expPair();
        const lo120 = bounds[0]!;
        const hi120 = bounds[1]!;
        const t2_9_lo = lo120; // surrogate.ts:9
        const t2_9_hi = hi120; // surrogate.ts:9
        const s59 = 1 + t2_9_lo;
        const lo121 = s59 === 0 ? s59 : s59 - (PHI * Math.abs(s59) + ETA);
        const s60 = 1 + t2_9_hi;
        const hi121 = s60 === 0 ? s60 : s60 + (PHI * Math.abs(s60) + ETA);
        const t3_9_lo = lo121 === lo121 ? lo121 : addLo(1, 1, t2_9_lo, t2_9_hi); // surrogate.ts:9
        const t3_9_hi = hi121 === hi121 ? hi121 : addHi(1, 1, t2_9_lo, t2_9_hi); // surrogate.ts:9
        const q73 = 1 / t3_9_lo;
        const q74 = 1 / t3_9_hi;
        const q75 = 1 / t3_9_lo;
        const q76 = 1 / t3_9_hi;
        const pmin35 = Math.min(Math.min(q73, q74), Math.min(q75, q76));
        const lo122 = pmin35 - (PHI * Math.abs(pmin35) + ETA);
        const pmax35 = Math.max(Math.max(q73, q74), Math.max(q75, q76));
        const hi122 = pmax35 + (PHI * Math.abs(pmax35) + ETA);
        const t4_9_lo = (t3_9_lo > 0 || t3_9_hi < 0) && lo122 === lo122 ? lo122 : divLo(1, 1, t3_9_lo, t3_9_hi); // surrogate.ts:9
        const t4_9_hi = (t3_9_lo > 0 || t3_9_hi < 0) && hi122 === hi122 ? hi122 : divHi(1, 1, t3_9_lo, t3_9_hi); // surrogate.ts:9
        const p113 = x_9_lo * t4_9_lo;
        const p114 = x_9_lo * t4_9_hi;
        const p115 = x_9_hi * t4_9_lo;
        const p116 = x_9_hi * t4_9_hi;
        const pmin36 = Math.min(Math.min(p113, p114), Math.min(p115, p116));
        const lo123 = pmin36 - (PHI * Math.abs(pmin36) + ETA);
        const pmax36 = Math.max(Math.max(p113, p114), Math.max(p115, p116));
        const hi123 = pmax36 + (PHI * Math.abs(pmax36) + ETA);
        const lo124 = lo123 === lo123 ? lo123 : mulLo(x_9_lo, x_9_hi, t4_9_lo, t4_9_hi);
        const hi124 = hi123 === hi123 ? hi123 : mulHi(x_9_lo, x_9_hi, t4_9_lo, t4_9_hi);
        ret_9_lo = lo124; // surrogate.ts:9
        ret_9_hi = hi124; // surrogate.ts:9
    }
    if (decided9 === 2) {
        const t526 = ret_9_lo;
        ret_9_lo = ret_9_lo_other;
        ret_9_lo_other = t526;
        const t527 = ret_9_hi;
        ret_9_hi = ret_9_hi_other;
        ret_9_hi_other = t527;
    }
    if (decided9 !== 1) {
        bounds[0] = x_9_lo;
        bounds[1] = x_9_hi;
        expPair();
        const lo125 = bounds[0]!;
        const hi125 = bounds[1]!;
        const e_8_lo = lo125; // surrogate.ts:10
        const e_8_hi = hi125; // surrogate.ts:10
        const s61 = 1 + e_8_lo;
        const lo126 = s61 === 0 ? s61 : s61 - (PHI * Math.abs(s61) + ETA);
        const s62 = 1 + e_8_hi;
        const hi126 = s62 === 0 ? s62 : s62 + (PHI * Math.abs(s62) + ETA);
        const t5_8_lo = lo126 === lo126 ? lo126 : addLo(1, 1, e_8_lo, e_8_hi); // surrogate.ts:11
        const t5_8_hi = hi126 === hi126 ? hi126 : addHi(1, 1, e_8_lo, e_8_hi); // surrogate.ts:11
        const q77 = e_8_lo / t5_8_lo;
        const q78 = e_8_lo / t5_8_hi;
        const q79 = e_8_hi / t5_8_lo;
        const q80 = e_8_hi / t5_8_hi;
        const pmin37 = Math.min(Math.min(q77, q78), Math.min(q79, q80));
        const lo127 = pmin37 - (PHI * Math.abs(pmin37) + ETA);
        const pmax37 = Math.max(Math.max(q77, q78), Math.max(q79, q80));
        const hi127 = pmax37 + (PHI * Math.abs(pmax37) + ETA);
        const t6_8_lo = (t5_8_lo > 0 || t5_8_hi < 0) && lo127 === lo127 ? lo127 : divLo(e_8_lo, e_8_hi, t5_8_lo, t5_8_hi); // surrogate.ts:11
        const t6_8_hi = (t5_8_lo > 0 || t5_8_hi < 0) && hi127 === hi127 ? hi127 : divHi(e_8_lo, e_8_hi, t5_8_lo, t5_8_hi); // surrogate.ts:11
        const p117 = x_9_lo * t6_8_lo;
        const p118 = x_9_lo * t6_8_hi;
        const p119 = x_9_hi * t6_8_lo;
        const p120 = x_9_hi * t6_8_hi;
        const pmin38 = Math.min(Math.min(p117, p118), Math.min(p119, p120));
        const lo128 = pmin38 - (PHI * Math.abs(pmin38) + ETA);
        const pmax38 = Math.max(Math.max(p117, p118), Math.max(p119, p120));
        const hi128 = pmax38 + (PHI * Math.abs(pmax38) + ETA);
        const lo129 = lo128 === lo128 ? lo128 : mulLo(x_9_lo, x_9_hi, t6_8_lo, t6_8_hi);
        const hi129 = hi128 === hi128 ? hi128 : mulHi(x_9_lo, x_9_hi, t6_8_lo, t6_8_hi);
        ret_9_lo = lo129; // surrogate.ts:11
        ret_9_hi = hi129; // surrogate.ts:11
    }
    if (decided9 === 2) {
        ret_9_lo = hullLo(ret_9_lo, ret_9_lo_other);
        ret_9_hi = hullHi(ret_9_hi, ret_9_hi_other);
    }
    const h2_0_lo = ret_9_lo; // surrogate.ts:41
    const h2_0_hi = ret_9_hi; // surrogate.ts:41
    const p121 = 0.42935792152060176 > 0 ? 0.42935792152060176 * h1_0_lo : 0.42935792152060176 * h1_0_hi;
    const t528 = -0.23259494700075353 + (p121 - (PHI * Math.abs(p121) + ETA));
    const lo130 = t528 - (PHI * Math.abs(t528) + ETA);
    const p122 = 0.42935792152060176 > 0 ? 0.42935792152060176 * h1_0_hi : 0.42935792152060176 * h1_0_lo;
    const t529 = -0.23259494700075353 + (p122 + (PHI * Math.abs(p122) + ETA));
    const hi130 = t529 + (PHI * Math.abs(t529) + ETA);
    const t31_lo = lo130 === lo130 ? lo130 : fmaPointLo(-0.23259494700075353, 0.42935792152060176, h1_0_lo, h1_0_hi); // surrogate.ts:42
    const t31_hi = hi130 === hi130 ? hi130 : fmaPointHi(-0.23259494700075353, 0.42935792152060176, h1_0_lo, h1_0_hi); // surrogate.ts:42
    const p123 = 0.01451956970485955 > 0 ? 0.01451956970485955 * h1_1_lo : 0.01451956970485955 * h1_1_hi;
    const t530 = p123 - (PHI * Math.abs(p123) + ETA);
    const lo131 = t530;
    const p124 = 0.01451956970485955 > 0 ? 0.01451956970485955 * h1_1_hi : 0.01451956970485955 * h1_1_lo;
    const t531 = p124 + (PHI * Math.abs(p124) + ETA);
    const hi131 = t531;
    const t32_lo = lo131 === lo131 ? lo131 : mulPointLo(0.01451956970485955, h1_1_lo, h1_1_hi); // surrogate.ts:42
    const t32_hi = hi131 === hi131 ? hi131 : mulPointHi(0.01451956970485955, h1_1_lo, h1_1_hi); // surrogate.ts:42
    const s63 = t31_lo - t32_hi;
    const lo132 = s63 === 0 ? s63 : s63 - (PHI * Math.abs(s63) + ETA);
    const s64 = t31_hi - t32_lo;
    const hi132 = s64 === 0 ? s64 : s64 + (PHI * Math.abs(s64) + ETA);
    const t33_lo = lo132 === lo132 ? lo132 : subLo(t31_lo, t31_hi, t32_lo, t32_hi); // surrogate.ts:42
    const t33_hi = hi132 === hi132 ? hi132 : subHi(t31_lo, t31_hi, t32_lo, t32_hi); // surrogate.ts:42
    const p125 = 0.16904239389007536 > 0 ? 0.16904239389007536 * h1_2_lo : 0.16904239389007536 * h1_2_hi;
    const t532 = t33_lo + (p125 - (PHI * Math.abs(p125) + ETA));
    const lo133 = t532 - (PHI * Math.abs(t532) + ETA);
    const p126 = 0.16904239389007536 > 0 ? 0.16904239389007536 * h1_2_hi : 0.16904239389007536 * h1_2_lo;
    const t533 = t33_hi + (p126 + (PHI * Math.abs(p126) + ETA));
    const hi133 = t533 + (PHI * Math.abs(t533) + ETA);
    const t34_lo = lo133 === lo133 ? lo133 : fmaPointLo(t33_lo, 0.16904239389007536, h1_2_lo, h1_2_hi); // surrogate.ts:42
    const t34_hi = hi133 === hi133 ? hi133 : fmaPointHi(t33_hi, 0.16904239389007536, h1_2_lo, h1_2_hi); // surrogate.ts:42
    const p127 = 0.2763813833167075 > 0 ? 0.2763813833167075 * h1_3_lo : 0.2763813833167075 * h1_3_hi;
    const t534 = p127 - (PHI * Math.abs(p127) + ETA);
    const lo134 = t534;
    const p128 = 0.2763813833167075 > 0 ? 0.2763813833167075 * h1_3_hi : 0.2763813833167075 * h1_3_lo;
    const t535 = p128 + (PHI * Math.abs(p128) + ETA);
    const hi134 = t535;
    const t35_lo = lo134 === lo134 ? lo134 : mulPointLo(0.2763813833167075, h1_3_lo, h1_3_hi); // surrogate.ts:42
    const t35_hi = hi134 === hi134 ? hi134 : mulPointHi(0.2763813833167075, h1_3_lo, h1_3_hi); // surrogate.ts:42
    const s65 = t34_lo - t35_hi;
    const lo135 = s65 === 0 ? s65 : s65 - (PHI * Math.abs(s65) + ETA);
    const s66 = t34_hi - t35_lo;
    const hi135 = s66 === 0 ? s66 : s66 + (PHI * Math.abs(s66) + ETA);
    const t36_lo = lo135 === lo135 ? lo135 : subLo(t34_lo, t34_hi, t35_lo, t35_hi); // surrogate.ts:42
    const t36_hi = hi135 === hi135 ? hi135 : subHi(t34_lo, t34_hi, t35_lo, t35_hi); // surrogate.ts:42
    const p129 = 0.24577656287115698 > 0 ? 0.24577656287115698 * h1_4_lo : 0.24577656287115698 * h1_4_hi;
    const t536 = p129 - (PHI * Math.abs(p129) + ETA);
    const lo136 = t536;
    const p130 = 0.24577656287115698 > 0 ? 0.24577656287115698 * h1_4_hi : 0.24577656287115698 * h1_4_lo;
    const t537 = p130 + (PHI * Math.abs(p130) + ETA);
    const hi136 = t537;
    const t37_lo = lo136 === lo136 ? lo136 : mulPointLo(0.24577656287115698, h1_4_lo, h1_4_hi); // surrogate.ts:42
    const t37_hi = hi136 === hi136 ? hi136 : mulPointHi(0.24577656287115698, h1_4_lo, h1_4_hi); // surrogate.ts:42
    const s67 = t36_lo - t37_hi;
    const lo137 = s67 === 0 ? s67 : s67 - (PHI * Math.abs(s67) + ETA);
    const s68 = t36_hi - t37_lo;
    const hi137 = s68 === 0 ? s68 : s68 + (PHI * Math.abs(s68) + ETA);
    const t38_lo = lo137 === lo137 ? lo137 : subLo(t36_lo, t36_hi, t37_lo, t37_hi); // surrogate.ts:42
    const t38_hi = hi137 === hi137 ? hi137 : subHi(t36_lo, t36_hi, t37_lo, t37_hi); // surrogate.ts:42
    const p131 = 0.10883647381350384 > 0 ? 0.10883647381350384 * h1_5_lo : 0.10883647381350384 * h1_5_hi;
    const t538 = t38_lo + (p131 - (PHI * Math.abs(p131) + ETA));
    const lo138 = t538 - (PHI * Math.abs(t538) + ETA);
    const p132 = 0.10883647381350384 > 0 ? 0.10883647381350384 * h1_5_hi : 0.10883647381350384 * h1_5_lo;
    const t539 = t38_hi + (p132 + (PHI * Math.abs(p132) + ETA));
    const hi138 = t539 + (PHI * Math.abs(t539) + ETA);
    const t39_lo = lo138 === lo138 ? lo138 : fmaPointLo(t38_lo, 0.10883647381350384, h1_5_lo, h1_5_hi); // surrogate.ts:42
    const t39_hi = hi138 === hi138 ? hi138 : fmaPointHi(t38_hi, 0.10883647381350384, h1_5_lo, h1_5_hi); // surrogate.ts:42
    const p133 = 0.1632360706879201 > 0 ? 0.1632360706879201 * h1_6_lo : 0.1632360706879201 * h1_6_hi;
    const t540 = p133 - (PHI * Math.abs(p133) + ETA);
    const lo139 = t540;
    const p134 = 0.1632360706879201 > 0 ? 0.1632360706879201 * h1_6_hi : 0.1632360706879201 * h1_6_lo;
    const t541 = p134 + (PHI * Math.abs(p134) + ETA);
    const hi139 = t541;
    const t40_lo = lo139 === lo139 ? lo139 : mulPointLo(0.1632360706879201, h1_6_lo, h1_6_hi); // surrogate.ts:42
    const t40_hi = hi139 === hi139 ? hi139 : mulPointHi(0.1632360706879201, h1_6_lo, h1_6_hi); // surrogate.ts:42
    const s69 = t39_lo - t40_hi;
    const lo140 = s69 === 0 ? s69 : s69 - (PHI * Math.abs(s69) + ETA);
    const s70 = t39_hi - t40_lo;
    const hi140 = s70 === 0 ? s70 : s70 + (PHI * Math.abs(s70) + ETA);
    const t41_lo = lo140 === lo140 ? lo140 : subLo(t39_lo, t39_hi, t40_lo, t40_hi); // surrogate.ts:42
    const t41_hi = hi140 === hi140 ? hi140 : subHi(t39_lo, t39_hi, t40_lo, t40_hi); // surrogate.ts:42
    // inlined silu (examples/browser/surrogate.ts:8)
    const p135 = 0.5808484731216593 > 0 ? 0.5808484731216593 * h1_7_lo : 0.5808484731216593 * h1_7_hi;
    const t542 = t41_lo + (p135 - (PHI * Math.abs(p135) + ETA));
    const lo141 = t542 - (PHI * Math.abs(t542) + ETA);
    const p136 = 0.5808484731216593 > 0 ? 0.5808484731216593 * h1_7_hi : 0.5808484731216593 * h1_7_lo;
    const t543 = t41_hi + (p136 + (PHI * Math.abs(p136) + ETA));
    const hi141 = t543 + (PHI * Math.abs(t543) + ETA);
    let x_10_lo = lo141 === lo141 ? lo141 : fmaPointLo(t41_lo, 0.5808484731216593, h1_7_lo, h1_7_hi); // surrogate.ts:42
    let x_10_hi = hi141 === hi141 ? hi141 : fmaPointHi(t41_hi, 0.5808484731216593, h1_7_lo, h1_7_hi); // surrogate.ts:42
    let ret_10_lo = 0;
    let ret_10_hi = 0;
    const decided10 = geTri(x_10_lo, x_10_hi, 0, 0); // surrogate.ts:9
    let ret_10_lo_other = 0;
    let ret_10_hi_other = 0;
    if (decided10 === 2) {
        ret_10_lo_other = ret_10_lo;
        ret_10_hi_other = ret_10_hi;
    }
    if (decided10 !== 0) {
        const t1_10_lo = -x_10_hi; // surrogate.ts:9
        const t1_10_hi = -x_10_lo; // surrogate.ts:9
        bounds[0] = t1_10_lo;
        bounds[1] = t1_10_hi;
        expPair();
        const lo142 = bounds[0]!;
        const hi142 = bounds[1]!;
        const t2_10_lo = lo142; // surrogate.ts:9
        const t2_10_hi = hi142; // surrogate.ts:9
        const s71 = 1 + t2_10_lo;
        const lo143 = s71 === 0 ? s71 : s71 - (PHI * Math.abs(s71) + ETA);
        const s72 = 1 + t2_10_hi;
        const hi143 = s72 === 0 ? s72 : s72 + (PHI * Math.abs(s72) + ETA);
        const t3_10_lo = lo143 === lo143 ? lo143 : addLo(1, 1, t2_10_lo, t2_10_hi); // surrogate.ts:9
        const t3_10_hi = hi143 === hi143 ? hi143 : addHi(1, 1, t2_10_lo, t2_10_hi); // surrogate.ts:9
        const q81 = 1 / t3_10_lo;
        const q82 = 1 / t3_10_hi;
        const q83 = 1 / t3_10_lo;
        const q84 = 1 / t3_10_hi;
        const pmin39 = Math.min(Math.min(q81, q82), Math.min(q83, q84));
        const lo144 = pmin39 - (PHI * Math.abs(pmin39) + ETA);
        const pmax39 = Math.max(Math.max(q81, q82), Math.max(q83, q84));
        const hi144 = pmax39 + (PHI * Math.abs(pmax39) + ETA);
        const t4_10_lo = (t3_10_lo > 0 || t3_10_hi < 0) && lo144 === lo144 ? lo144 : divLo(1, 1, t3_10_lo, t3_10_hi); // surrogate.ts:9
        const t4_10_hi = (t3_10_lo > 0 || t3_10_hi < 0) && hi144 === hi144 ? hi144 : divHi(1, 1, t3_10_lo, t3_10_hi); // surrogate.ts:9
        const p137 = x_10_lo * t4_10_lo;
        const p138 = x_10_lo * t4_10_hi;
        const p139 = x_10_hi * t4_10_lo;
        const p140 = x_10_hi * t4_10_hi;
        const pmin40 = Math.min(Math.min(p137, p138), Math.min(p139, p140));
        const lo145 = pmin40 - (PHI * Math.abs(pmin40) + ETA);
        const pmax40 = Math.max(Math.max(p137, p138), Math.max(p139, p140));
        const hi145 = pmax40 + (PHI * Math.abs(pmax40) + ETA);
        const lo146 = lo145 === lo145 ? lo145 : mulLo(x_10_lo, x_10_hi, t4_10_lo, t4_10_hi);
        const hi146 = hi145 === hi145 ? hi145 : mulHi(x_10_lo, x_10_hi, t4_10_lo, t4_10_hi);
        ret_10_lo = lo146; // surrogate.ts:9
        ret_10_hi = hi146; // surrogate.ts:9
    }
    if (decided10 === 2) {
        const t544 = ret_10_lo;
        ret_10_lo = ret_10_lo_other;
        ret_10_lo_other = t544;
        const t545 = ret_10_hi;
        ret_10_hi = ret_10_hi_other;
        ret_10_hi_other = t545;
    }
    if (decided10 !== 1) {
        bounds[0] = x_10_lo;
        bounds[1] = x_10_hi;
        expPair();
        const lo147 = bounds[0]!;
        const hi147 = bounds[1]!;
        const e_9_lo = lo147; // surrogate.ts:10
        const e_9_hi = hi147; // surrogate.ts:10
        const s73 = 1 + e_9_lo;
        const lo148 = s73 === 0 ? s73 : s73 - (PHI * Math.abs(s73) + ETA);
        const s74 = 1 + e_9_hi;
        const hi148 = s74 === 0 ? s74 : s74 + (PHI * Math.abs(s74) + ETA);
        const t5_9_lo = lo148 === lo148 ? lo148 : addLo(1, 1, e_9_lo, e_9_hi); // surrogate.ts:11
        const t5_9_hi = hi148 === hi148 ? hi148 : addHi(1, 1, e_9_lo, e_9_hi); // surrogate.ts:11
        const q85 = e_9_lo / t5_9_lo;
        const q86 = e_9_lo / t5_9_hi;
        const q87 = e_9_hi / t5_9_lo;
        const q88 = e_9_hi / t5_9_hi;
        const pmin41 = Math.min(Math.min(q85, q86), Math.min(q87, q88));
        const lo149 = pmin41 - (PHI * Math.abs(pmin41) + ETA);
        const pmax41 = Math.max(Math.max(q85, q86), Math.max(q87, q88));
        const hi149 = pmax41 + (PHI * Math.abs(pmax41) + ETA);
        const t6_9_lo = (t5_9_lo > 0 || t5_9_hi < 0) && lo149 === lo149 ? lo149 : divLo(e_9_lo, e_9_hi, t5_9_lo, t5_9_hi); // surrogate.ts:11
        const t6_9_hi = (t5_9_lo > 0 || t5_9_hi < 0) && hi149 === hi149 ? hi149 : divHi(e_9_lo, e_9_hi, t5_9_lo, t5_9_hi); // surrogate.ts:11
        const p141 = x_10_lo * t6_9_lo;
        const p142 = x_10_lo * t6_9_hi;
        const p143 = x_10_hi * t6_9_lo;
        const p144 = x_10_hi * t6_9_hi;
        const pmin42 = Math.min(Math.min(p141, p142), Math.min(p143, p144));
        const lo150 = pmin42 - (PHI * Math.abs(pmin42) + ETA);
        const pmax42 = Math.max(Math.max(p141, p142), Math.max(p143, p144));
        const hi150 = pmax42 + (PHI * Math.abs(pmax42) + ETA);
        const lo151 = lo150 === lo150 ? lo150 : mulLo(x_10_lo, x_10_hi, t6_9_lo, t6_9_hi);
        const hi151 = hi150 === hi150 ? hi150 : mulHi(x_10_lo, x_10_hi, t6_9_lo, t6_9_hi);
        ret_10_lo = lo151; // surrogate.ts:11
        ret_10_hi = hi151; // surrogate.ts:11
    }
    if (decided10 === 2) {
        ret_10_lo = hullLo(ret_10_lo, ret_10_lo_other);
        ret_10_hi = hullHi(ret_10_hi, ret_10_hi_other);
    }
    const h2_1_lo = ret_10_lo; // surrogate.ts:42
    const h2_1_hi = ret_10_hi; // surrogate.ts:42
    const p145 = 0.1256559603312547 > 0 ? 0.1256559603312547 * h1_0_lo : 0.1256559603312547 * h1_0_hi;
    const t546 = 0.1265837642344123 + (p145 - (PHI * Math.abs(p145) + ETA));
    const lo152 = t546 - (PHI * Math.abs(t546) + ETA);
    const p146 = 0.1256559603312547 > 0 ? 0.1256559603312547 * h1_0_hi : 0.1256559603312547 * h1_0_lo;
    const t547 = 0.1265837642344123 + (p146 + (PHI * Math.abs(p146) + ETA));
    const hi152 = t547 + (PHI * Math.abs(t547) + ETA);
    const t42_lo = lo152 === lo152 ? lo152 : fmaPointLo(0.1265837642344123, 0.1256559603312547, h1_0_lo, h1_0_hi); // surrogate.ts:43
    const t42_hi = hi152 === hi152 ? hi152 : fmaPointHi(0.1265837642344123, 0.1256559603312547, h1_0_lo, h1_0_hi); // surrogate.ts:43
    const p147 = 0.19724434875300406 > 0 ? 0.19724434875300406 * h1_1_lo : 0.19724434875300406 * h1_1_hi;
    const t548 = t42_lo + (p147 - (PHI * Math.abs(p147) + ETA));
    const lo153 = t548 - (PHI * Math.abs(t548) + ETA);
    const p148 = 0.19724434875300406 > 0 ? 0.19724434875300406 * h1_1_hi : 0.19724434875300406 * h1_1_lo;
    const t549 = t42_hi + (p148 + (PHI * Math.abs(p148) + ETA));
    const hi153 = t549 + (PHI * Math.abs(t549) + ETA);
    const t43_lo = lo153 === lo153 ? lo153 : fmaPointLo(t42_lo, 0.19724434875300406, h1_1_lo, h1_1_hi); // surrogate.ts:43
    const t43_hi = hi153 === hi153 ? hi153 : fmaPointHi(t42_hi, 0.19724434875300406, h1_1_lo, h1_1_hi); // surrogate.ts:43
    const p149 = 0.05951283173075206 > 0 ? 0.05951283173075206 * h1_2_lo : 0.05951283173075206 * h1_2_hi;
    const t550 = p149 - (PHI * Math.abs(p149) + ETA);
    const lo154 = t550;
    const p150 = 0.05951283173075206 > 0 ? 0.05951283173075206 * h1_2_hi : 0.05951283173075206 * h1_2_lo;
    const t551 = p150 + (PHI * Math.abs(p150) + ETA);
    const hi154 = t551;
    const t44_lo = lo154 === lo154 ? lo154 : mulPointLo(0.05951283173075206, h1_2_lo, h1_2_hi); // surrogate.ts:43
    const t44_hi = hi154 === hi154 ? hi154 : mulPointHi(0.05951283173075206, h1_2_lo, h1_2_hi); // surrogate.ts:43
    const s75 = t43_lo - t44_hi;
    const lo155 = s75 === 0 ? s75 : s75 - (PHI * Math.abs(s75) + ETA);
    const s76 = t43_hi - t44_lo;
    const hi155 = s76 === 0 ? s76 : s76 + (PHI * Math.abs(s76) + ETA);
    const t45_lo = lo155 === lo155 ? lo155 : subLo(t43_lo, t43_hi, t44_lo, t44_hi); // surrogate.ts:43
    const t45_hi = hi155 === hi155 ? hi155 : subHi(t43_lo, t43_hi, t44_lo, t44_hi); // surrogate.ts:43
    const p151 = 0.45885287585245116 > 0 ? 0.45885287585245116 * h1_3_lo : 0.45885287585245116 * h1_3_hi;
    const t552 = p151 - (PHI * Math.abs(p151) + ETA);
    const lo156 = t552;
    const p152 = 0.45885287585245116 > 0 ? 0.45885287585245116 * h1_3_hi : 0.45885287585245116 * h1_3_lo;
    const t553 = p152 + (PHI * Math.abs(p152) + ETA);
    const hi156 = t553;
    const t46_lo = lo156 === lo156 ? lo156 : mulPointLo(0.45885287585245116, h1_3_lo, h1_3_hi); // surrogate.ts:43
    const t46_hi = hi156 === hi156 ? hi156 : mulPointHi(0.45885287585245116, h1_3_lo, h1_3_hi); // surrogate.ts:43
    const s77 = t45_lo - t46_hi;
    const lo157 = s77 === 0 ? s77 : s77 - (PHI * Math.abs(s77) + ETA);
    const s78 = t45_hi - t46_lo;
    const hi157 = s78 === 0 ? s78 : s78 + (PHI * Math.abs(s78) + ETA);
    const t47_lo = lo157 === lo157 ? lo157 : subLo(t45_lo, t45_hi, t46_lo, t46_hi); // surrogate.ts:43
    const t47_hi = hi157 === hi157 ? hi157 : subHi(t45_lo, t45_hi, t46_lo, t46_hi); // surrogate.ts:43
    const p153 = 0.08064662187277905 > 0 ? 0.08064662187277905 * h1_4_lo : 0.08064662187277905 * h1_4_hi;
    const t554 = t47_lo + (p153 - (PHI * Math.abs(p153) + ETA));
    const lo158 = t554 - (PHI * Math.abs(t554) + ETA);
    const p154 = 0.08064662187277905 > 0 ? 0.08064662187277905 * h1_4_hi : 0.08064662187277905 * h1_4_lo;
    const t555 = t47_hi + (p154 + (PHI * Math.abs(p154) + ETA));
    const hi158 = t555 + (PHI * Math.abs(t555) + ETA);
    const t48_lo = lo158 === lo158 ? lo158 : fmaPointLo(t47_lo, 0.08064662187277905, h1_4_lo, h1_4_hi); // surrogate.ts:43
    const t48_hi = hi158 === hi158 ? hi158 : fmaPointHi(t47_hi, 0.08064662187277905, h1_4_lo, h1_4_hi); // surrogate.ts:43
    const p155 = 0.22448636617763995 > 0 ? 0.22448636617763995 * h1_5_lo : 0.22448636617763995 * h1_5_hi;
    const t556 = t48_lo + (p155 - (PHI * Math.abs(p155) + ETA));
    const lo159 = t556 - (PHI * Math.abs(t556) + ETA);
    const p156 = 0.22448636617763995 > 0 ? 0.22448636617763995 * h1_5_hi : 0.22448636617763995 * h1_5_lo;
    const t557 = t48_hi + (p156 + (PHI * Math.abs(p156) + ETA));
    const hi159 = t557 + (PHI * Math.abs(t557) + ETA);
    const t49_lo = lo159 === lo159 ? lo159 : fmaPointLo(t48_lo, 0.22448636617763995, h1_5_lo, h1_5_hi); // surrogate.ts:43
    const t49_hi = hi159 === hi159 ? hi159 : fmaPointHi(t48_hi, 0.22448636617763995, h1_5_lo, h1_5_hi); // surrogate.ts:43
    const p157 = 0.04723134685438631 > 0 ? 0.04723134685438631 * h1_6_lo : 0.04723134685438631 * h1_6_hi;
    const t558 = p157 - (PHI * Math.abs(p157) + ETA);
    const lo160 = t558;
    const p158 = 0.04723134685438631 > 0 ? 0.04723134685438631 * h1_6_hi : 0.04723134685438631 * h1_6_lo;
    const t559 = p158 + (PHI * Math.abs(p158) + ETA);
    const hi160 = t559;
    const t50_lo = lo160 === lo160 ? lo160 : mulPointLo(0.04723134685438631, h1_6_lo, h1_6_hi); // surrogate.ts:43
    const t50_hi = hi160 === hi160 ? hi160 : mulPointHi(0.04723134685438631, h1_6_lo, h1_6_hi); // surrogate.ts:43
    const s79 = t49_lo - t50_hi;
    const lo161 = s79 === 0 ? s79 : s79 - (PHI * Math.abs(s79) + ETA);
    const s80 = t49_hi - t50_lo;
    const hi161 = s80 === 0 ? s80 : s80 + (PHI * Math.abs(s80) + ETA);
    const t51_lo = lo161 === lo161 ? lo161 : subLo(t49_lo, t49_hi, t50_lo, t50_hi); // surrogate.ts:43
    const t51_hi = hi161 === hi161 ? hi161 : subHi(t49_lo, t49_hi, t50_lo, t50_hi); // surrogate.ts:43
    // inlined silu (examples/browser/surrogate.ts:8)
    const p159 = 0.5705559464452867 > 0 ? 0.5705559464452867 * h1_7_lo : 0.5705559464452867 * h1_7_hi;
    const t560 = t51_lo + (p159 - (PHI * Math.abs(p159) + ETA));
    const lo162 = t560 - (PHI * Math.abs(t560) + ETA);
    const p160 = 0.5705559464452867 > 0 ? 0.5705559464452867 * h1_7_hi : 0.5705559464452867 * h1_7_lo;
    const t561 = t51_hi + (p160 + (PHI * Math.abs(p160) + ETA));
    const hi162 = t561 + (PHI * Math.abs(t561) + ETA);
    let x_11_lo = lo162 === lo162 ? lo162 : fmaPointLo(t51_lo, 0.5705559464452867, h1_7_lo, h1_7_hi); // surrogate.ts:43
    let x_11_hi = hi162 === hi162 ? hi162 : fmaPointHi(t51_hi, 0.5705559464452867, h1_7_lo, h1_7_hi); // surrogate.ts:43
    let ret_11_lo = 0;
    let ret_11_hi = 0;
    const decided11 = geTri(x_11_lo, x_11_hi, 0, 0); // surrogate.ts:9
    let ret_11_lo_other = 0;
    let ret_11_hi_other = 0;
    if (decided11 === 2) {
        ret_11_lo_other = ret_11_lo;
        ret_11_hi_other = ret_11_hi;
    }
    if (decided11 !== 0) {
        const t1_11_lo = -x_11_hi; // surrogate.ts:9
        const t1_11_hi = -x_11_lo; // surrogate.ts:9
        bounds[0] = t1_11_lo;
        bounds[1] = t1_11_hi;
        expPair();
        const lo163 = bounds[0]!;
        const hi163 = bounds[1]!;
        const t2_11_lo = lo163; // surrogate.ts:9
        const t2_11_hi = hi163; // surrogate.ts:9
        const s81 = 1 + t2_11_lo;
        const lo164 = s81 === 0 ? s81 : s81 - (PHI * Math.abs(s81) + ETA);
        const s82 = 1 + t2_11_hi;
        const hi164 = s82 === 0 ? s82 : s82 + (PHI * Math.abs(s82) + ETA);
        const t3_11_lo = lo164 === lo164 ? lo164 : addLo(1, 1, t2_11_lo, t2_11_hi); // surrogate.ts:9
        const t3_11_hi = hi164 === hi164 ? hi164 : addHi(1, 1, t2_11_lo, t2_11_hi); // surrogate.ts:9
        const q89 = 1 / t3_11_lo;
        const q90 = 1 / t3_11_hi;
        const q91 = 1 / t3_11_lo;
        const q92 = 1 / t3_11_hi;
        const pmin43 = Math.min(Math.min(q89, q90), Math.min(q91, q92));
        const lo165 = pmin43 - (PHI * Math.abs(pmin43) + ETA);
        const pmax43 = Math.max(Math.max(q89, q90), Math.max(q91, q92));
        const hi165 = pmax43 + (PHI * Math.abs(pmax43) + ETA);
        const t4_11_lo = (t3_11_lo > 0 || t3_11_hi < 0) && lo165 === lo165 ? lo165 : divLo(1, 1, t3_11_lo, t3_11_hi); // surrogate.ts:9
        const t4_11_hi = (t3_11_lo > 0 || t3_11_hi < 0) && hi165 === hi165 ? hi165 : divHi(1, 1, t3_11_lo, t3_11_hi); // surrogate.ts:9
        const p161 = x_11_lo * t4_11_lo;
        const p162 = x_11_lo * t4_11_hi;
        const p163 = x_11_hi * t4_11_lo;
        const p164 = x_11_hi * t4_11_hi;
        const pmin44 = Math.min(Math.min(p161, p162), Math.min(p163, p164));
        const lo166 = pmin44 - (PHI * Math.abs(pmin44) + ETA);
        const pmax44 = Math.max(Math.max(p161, p162), Math.max(p163, p164));
        const hi166 = pmax44 + (PHI * Math.abs(pmax44) + ETA);
        const lo167 = lo166 === lo166 ? lo166 : mulLo(x_11_lo, x_11_hi, t4_11_lo, t4_11_hi);
        const hi167 = hi166 === hi166 ? hi166 : mulHi(x_11_lo, x_11_hi, t4_11_lo, t4_11_hi);
        ret_11_lo = lo167; // surrogate.ts:9
        ret_11_hi = hi167; // surrogate.ts:9
    }
    if (decided11 === 2) {
        const t562 = ret_11_lo;
        ret_11_lo = ret_11_lo_other;
        ret_11_lo_other = t562;
        const t563 = ret_11_hi;
        ret_11_hi = ret_11_hi_other;
        ret_11_hi_other = t563;
    }
    if (decided11 !== 1) {
        bounds[0] = x_11_lo;
        bounds[1] = x_11_hi;
        expPair();
        const lo168 = bounds[0]!;
        const hi168 = bounds[1]!;
        const e_10_lo = lo168; // surrogate.ts:10
        const e_10_hi = hi168; // surrogate.ts:10
        const s83 = 1 + e_10_lo;
        const lo169 = s83 === 0 ? s83 : s83 - (PHI * Math.abs(s83) + ETA);
        const s84 = 1 + e_10_hi;
        const hi169 = s84 === 0 ? s84 : s84 + (PHI * Math.abs(s84) + ETA);
        const t5_10_lo = lo169 === lo169 ? lo169 : addLo(1, 1, e_10_lo, e_10_hi); // surrogate.ts:11
        const t5_10_hi = hi169 === hi169 ? hi169 : addHi(1, 1, e_10_lo, e_10_hi); // surrogate.ts:11
        const q93 = e_10_lo / t5_10_lo;
        const q94 = e_10_lo / t5_10_hi;
        const q95 = e_10_hi / t5_10_lo;
        const q96 = e_10_hi / t5_10_hi;
        const pmin45 = Math.min(Math.min(q93, q94), Math.min(q95, q96));
        const lo170 = pmin45 - (PHI * Math.abs(pmin45) + ETA);
        const pmax45 = Math.max(Math.max(q93, q94), Math.max(q95, q96));
        const hi170 = pmax45 + (PHI * Math.abs(pmax45) + ETA);
        const t6_10_lo = (t5_10_lo > 0 || t5_10_hi < 0) && lo170 === lo170 ? lo170 : divLo(e_10_lo, e_10_hi, t5_10_lo, t5_10_hi); // surrogate.ts:11
        const t6_10_hi = (t5_10_lo > 0 || t5_10_hi < 0) && hi170 === hi170 ? hi170 : divHi(e_10_lo, e_10_hi, t5_10_lo, t5_10_hi); // surrogate.ts:11
        const p165 = x_11_lo * t6_10_lo;
        const p166 = x_11_lo * t6_10_hi;
        const p167 = x_11_hi * t6_10_lo;
        const p168 = x_11_hi * t6_10_hi;
        const pmin46 = Math.min(Math.min(p165, p166), Math.min(p167, p168));
        const lo171 = pmin46 - (PHI * Math.abs(pmin46) + ETA);
        const pmax46 = Math.max(Math.max(p165, p166), Math.max(p167, p168));
        const hi171 = pmax46 + (PHI * Math.abs(pmax46) + ETA);
        const lo172 = lo171 === lo171 ? lo171 : mulLo(x_11_lo, x_11_hi, t6_10_lo, t6_10_hi);
        const hi172 = hi171 === hi171 ? hi171 : mulHi(x_11_lo, x_11_hi, t6_10_lo, t6_10_hi);
        ret_11_lo = lo172; // surrogate.ts:11
        ret_11_hi = hi172; // surrogate.ts:11
    }
    if (decided11 === 2) {
        ret_11_lo = hullLo(ret_11_lo, ret_11_lo_other);
        ret_11_hi = hullHi(ret_11_hi, ret_11_hi_other);
    }
    const h2_2_lo = ret_11_lo; // surrogate.ts:43
    const h2_2_hi = ret_11_hi; // surrogate.ts:43
    const p169 = 0.8732472750718895 > 0 ? 0.8732472750718895 * h1_0_lo : 0.8732472750718895 * h1_0_hi;
    const t564 = -0.23572016669912813 + (p169 - (PHI * Math.abs(p169) + ETA));
    const lo173 = t564 - (PHI * Math.abs(t564) + ETA);
    const p170 = 0.8732472750718895 > 0 ? 0.8732472750718895 * h1_0_hi : 0.8732472750718895 * h1_0_lo;
    const t565 = -0.23572016669912813 + (p170 + (PHI * Math.abs(p170) + ETA));
    const hi173 = t565 + (PHI * Math.abs(t565) + ETA);
    const t52_lo = lo173 === lo173 ? lo173 : fmaPointLo(-0.23572016669912813, 0.8732472750718895, h1_0_lo, h1_0_hi); // surrogate.ts:44
    const t52_hi = hi173 === hi173 ? hi173 : fmaPointHi(-0.23572016669912813, 0.8732472750718895, h1_0_lo, h1_0_hi); // surrogate.ts:44
    const p171 = 0.1103817137779842 > 0 ? 0.1103817137779842 * h1_1_lo : 0.1103817137779842 * h1_1_hi;
    const t566 = p171 - (PHI * Math.abs(p171) + ETA);
    const lo174 = t566;
    const p172 = 0.1103817137779842 > 0 ? 0.1103817137779842 * h1_1_hi : 0.1103817137779842 * h1_1_lo;
    const t567 = p172 + (PHI * Math.abs(p172) + ETA);
    const hi174 = t567;
    const t53_lo = lo174 === lo174 ? lo174 : mulPointLo(0.1103817137779842, h1_1_lo, h1_1_hi); // surrogate.ts:44
    const t53_hi = hi174 === hi174 ? hi174 : mulPointHi(0.1103817137779842, h1_1_lo, h1_1_hi); // surrogate.ts:44
    const s85 = t52_lo - t53_hi;
    const lo175 = s85 === 0 ? s85 : s85 - (PHI * Math.abs(s85) + ETA);
    const s86 = t52_hi - t53_lo;
    const hi175 = s86 === 0 ? s86 : s86 + (PHI * Math.abs(s86) + ETA);
    const t54_lo = lo175 === lo175 ? lo175 : subLo(t52_lo, t52_hi, t53_lo, t53_hi); // surrogate.ts:44
    const t54_hi = hi175 === hi175 ? hi175 : subHi(t52_lo, t52_hi, t53_lo, t53_hi); // surrogate.ts:44
    const p173 = 0.29328695760077506 > 0 ? 0.29328695760077506 * h1_2_lo : 0.29328695760077506 * h1_2_hi;
    const t568 = t54_lo + (p173 - (PHI * Math.abs(p173) + ETA));
    const lo176 = t568 - (PHI * Math.abs(t568) + ETA);
    const p174 = 0.29328695760077506 > 0 ? 0.29328695760077506 * h1_2_hi : 0.29328695760077506 * h1_2_lo;
    const t569 = t54_hi + (p174 + (PHI * Math.abs(p174) + ETA));
    const hi176 = t569 + (PHI * Math.abs(t569) + ETA);
    const t55_lo = lo176 === lo176 ? lo176 : fmaPointLo(t54_lo, 0.29328695760077506, h1_2_lo, h1_2_hi); // surrogate.ts:44
    const t55_hi = hi176 === hi176 ? hi176 : fmaPointHi(t54_hi, 0.29328695760077506, h1_2_lo, h1_2_hi); // surrogate.ts:44
    const p175 = 0.5998692980999986 > 0 ? 0.5998692980999986 * h1_3_lo : 0.5998692980999986 * h1_3_hi;
    const t570 = p175 - (PHI * Math.abs(p175) + ETA);
    const lo177 = t570;
    const p176 = 0.5998692980999986 > 0 ? 0.5998692980999986 * h1_3_hi : 0.5998692980999986 * h1_3_lo;
    const t571 = p176 + (PHI * Math.abs(p176) + ETA);
    const hi177 = t571;
    const t56_lo = lo177 === lo177 ? lo177 : mulPointLo(0.5998692980999986, h1_3_lo, h1_3_hi); // surrogate.ts:44
    const t56_hi = hi177 === hi177 ? hi177 : mulPointHi(0.5998692980999986, h1_3_lo, h1_3_hi); // surrogate.ts:44
    const s87 = t55_lo - t56_hi;
    const lo178 = s87 === 0 ? s87 : s87 - (PHI * Math.abs(s87) + ETA);
    const s88 = t55_hi - t56_lo;
    const hi178 = s88 === 0 ? s88 : s88 + (PHI * Math.abs(s88) + ETA);
    const t57_lo = lo178 === lo178 ? lo178 : subLo(t55_lo, t55_hi, t56_lo, t56_hi); // surrogate.ts:44
    const t57_hi = hi178 === hi178 ? hi178 : subHi(t55_lo, t55_hi, t56_lo, t56_hi); // surrogate.ts:44
    const p177 = 0.21663855452250375 > 0 ? 0.21663855452250375 * h1_4_lo : 0.21663855452250375 * h1_4_hi;
    const t572 = t57_lo + (p177 - (PHI * Math.abs(p177) + ETA));
    const lo179 = t572 - (PHI * Math.abs(t572) + ETA);
    const p178 = 0.21663855452250375 > 0 ? 0.21663855452250375 * h1_4_hi : 0.21663855452250375 * h1_4_lo;
    const t573 = t57_hi + (p178 + (PHI * Math.abs(p178) + ETA));
    const hi179 = t573 + (PHI * Math.abs(t573) + ETA);
    const t58_lo = lo179 === lo179 ? lo179 : fmaPointLo(t57_lo, 0.21663855452250375, h1_4_lo, h1_4_hi); // surrogate.ts:44
    const t58_hi = hi179 === hi179 ? hi179 : fmaPointHi(t57_hi, 0.21663855452250375, h1_4_lo, h1_4_hi); // surrogate.ts:44
    const p179 = 0.06230151373359957 > 0 ? 0.06230151373359957 * h1_5_lo : 0.06230151373359957 * h1_5_hi;
    const t574 = t58_lo + (p179 - (PHI * Math.abs(p179) + ETA));
    const lo180 = t574 - (PHI * Math.abs(t574) + ETA);
    const p180 = 0.06230151373359957 > 0 ? 0.06230151373359957 * h1_5_hi : 0.06230151373359957 * h1_5_lo;
    const t575 = t58_hi + (p180 + (PHI * Math.abs(p180) + ETA));
    const hi180 = t575 + (PHI * Math.abs(t575) + ETA);
    const t59_lo = lo180 === lo180 ? lo180 : fmaPointLo(t58_lo, 0.06230151373359957, h1_5_lo, h1_5_hi); // surrogate.ts:44
    const t59_hi = hi180 === hi180 ? hi180 : fmaPointHi(t58_hi, 0.06230151373359957, h1_5_lo, h1_5_hi); // surrogate.ts:44
    const p181 = 0.30719315650184215 > 0 ? 0.30719315650184215 * h1_6_lo : 0.30719315650184215 * h1_6_hi;
    const t576 = t59_lo + (p181 - (PHI * Math.abs(p181) + ETA));
    const lo181 = t576 - (PHI * Math.abs(t576) + ETA);
    const p182 = 0.30719315650184215 > 0 ? 0.30719315650184215 * h1_6_hi : 0.30719315650184215 * h1_6_lo;
    const t577 = t59_hi + (p182 + (PHI * Math.abs(p182) + ETA));
    const hi181 = t577 + (PHI * Math.abs(t577) + ETA);
    const t60_lo = lo181 === lo181 ? lo181 : fmaPointLo(t59_lo, 0.30719315650184215, h1_6_lo, h1_6_hi); // surrogate.ts:44
    const t60_hi = hi181 === hi181 ? hi181 : fmaPointHi(t59_hi, 0.30719315650184215, h1_6_lo, h1_6_hi); // surrogate.ts:44
    const p183 = 0.006119679187044733 > 0 ? 0.006119679187044733 * h1_7_lo : 0.006119679187044733 * h1_7_hi;
    const t578 = p183 - (PHI * Math.abs(p183) + ETA);
    const lo182 = t578;
    const p184 = 0.006119679187044733 > 0 ? 0.006119679187044733 * h1_7_hi : 0.006119679187044733 * h1_7_lo;
    const t579 = p184 + (PHI * Math.abs(p184) + ETA);
    const hi182 = t579;
    const t61_lo = lo182 === lo182 ? lo182 : mulPointLo(0.006119679187044733, h1_7_lo, h1_7_hi); // surrogate.ts:44
    const t61_hi = hi182 === hi182 ? hi182 : mulPointHi(0.006119679187044733, h1_7_lo, h1_7_hi); // surrogate.ts:44
    // inlined silu (examples/browser/surrogate.ts:8)
    const s89 = t60_lo - t61_hi;
    const lo183 = s89 === 0 ? s89 : s89 - (PHI * Math.abs(s89) + ETA);
    const s90 = t60_hi - t61_lo;
    const hi183 = s90 === 0 ? s90 : s90 + (PHI * Math.abs(s90) + ETA);
    let x_12_lo = lo183 === lo183 ? lo183 : subLo(t60_lo, t60_hi, t61_lo, t61_hi); // surrogate.ts:44
    let x_12_hi = hi183 === hi183 ? hi183 : subHi(t60_lo, t60_hi, t61_lo, t61_hi); // surrogate.ts:44
    let ret_12_lo = 0;
    let ret_12_hi = 0;
    const decided12 = geTri(x_12_lo, x_12_hi, 0, 0); // surrogate.ts:9
    let ret_12_lo_other = 0;
    let ret_12_hi_other = 0;
    if (decided12 === 2) {
        ret_12_lo_other = ret_12_lo;
        ret_12_hi_other = ret_12_hi;
    }
    if (decided12 !== 0) {
        const t1_12_lo = -x_12_hi; // surrogate.ts:9
        const t1_12_hi = -x_12_lo; // surrogate.ts:9
        bounds[0] = t1_12_lo;
        bounds[1] = t1_12_hi;
        expPair();
        const lo184 = bounds[0]!;
        const hi184 = bounds[1]!;
        const t2_12_lo = lo184; // surrogate.ts:9
        const t2_12_hi = hi184; // surrogate.ts:9
        const s91 = 1 + t2_12_lo;
        const lo185 = s91 === 0 ? s91 : s91 - (PHI * Math.abs(s91) + ETA);
        const s92 = 1 + t2_12_hi;
        const hi185 = s92 === 0 ? s92 : s92 + (PHI * Math.abs(s92) + ETA);
        const t3_12_lo = lo185 === lo185 ? lo185 : addLo(1, 1, t2_12_lo, t2_12_hi); // surrogate.ts:9
        const t3_12_hi = hi185 === hi185 ? hi185 : addHi(1, 1, t2_12_lo, t2_12_hi); // surrogate.ts:9
        const q97 = 1 / t3_12_lo;
        const q98 = 1 / t3_12_hi;
        const q99 = 1 / t3_12_lo;
        const q100 = 1 / t3_12_hi;
        const pmin47 = Math.min(Math.min(q97, q98), Math.min(q99, q100));
        const lo186 = pmin47 - (PHI * Math.abs(pmin47) + ETA);
        const pmax47 = Math.max(Math.max(q97, q98), Math.max(q99, q100));
        const hi186 = pmax47 + (PHI * Math.abs(pmax47) + ETA);
        const t4_12_lo = (t3_12_lo > 0 || t3_12_hi < 0) && lo186 === lo186 ? lo186 : divLo(1, 1, t3_12_lo, t3_12_hi); // surrogate.ts:9
        const t4_12_hi = (t3_12_lo > 0 || t3_12_hi < 0) && hi186 === hi186 ? hi186 : divHi(1, 1, t3_12_lo, t3_12_hi); // surrogate.ts:9
        const p185 = x_12_lo * t4_12_lo;
        const p186 = x_12_lo * t4_12_hi;
        const p187 = x_12_hi * t4_12_lo;
        const p188 = x_12_hi * t4_12_hi;
        const pmin48 = Math.min(Math.min(p185, p186), Math.min(p187, p188));
        const lo187 = pmin48 - (PHI * Math.abs(pmin48) + ETA);
        const pmax48 = Math.max(Math.max(p185, p186), Math.max(p187, p188));
        const hi187 = pmax48 + (PHI * Math.abs(pmax48) + ETA);
        const lo188 = lo187 === lo187 ? lo187 : mulLo(x_12_lo, x_12_hi, t4_12_lo, t4_12_hi);
        const hi188 = hi187 === hi187 ? hi187 : mulHi(x_12_lo, x_12_hi, t4_12_lo, t4_12_hi);
        ret_12_lo = lo188; // surrogate.ts:9
        ret_12_hi = hi188; // surrogate.ts:9
    }
    if (decided12 === 2) {
        const t580 = ret_12_lo;
        ret_12_lo = ret_12_lo_other;
        ret_12_lo_other = t580;
        const t581 = ret_12_hi;
        ret_12_hi = ret_12_hi_other;
        ret_12_hi_other = t581;
    }
    if (decided12 !== 1) {
        bounds[0] = x_12_lo;
        bounds[1] = x_12_hi;
        expPair();
        const lo189 = bounds[0]!;
        const hi189 = bounds[1]!;
        const e_11_lo = lo189; // surrogate.ts:10
        const e_11_hi = hi189; // surrogate.ts:10
        const s93 = 1 + e_11_lo;
        const lo190 = s93 === 0 ? s93 : s93 - (PHI * Math.abs(s93) + ETA);
        const s94 = 1 + e_11_hi;
        const hi190 = s94 === 0 ? s94 : s94 + (PHI * Math.abs(s94) + ETA);
        const t5_11_lo = lo190 === lo190 ? lo190 : addLo(1, 1, e_11_lo, e_11_hi); // surrogate.ts:11
        const t5_11_hi = hi190 === hi190 ? hi190 : addHi(1, 1, e_11_lo, e_11_hi); // surrogate.ts:11
        const q101 = e_11_lo / t5_11_lo;
        const q102 = e_11_lo / t5_11_hi;
        const q103 = e_11_hi / t5_11_lo;
        const q104 = e_11_hi / t5_11_hi;
        const pmin49 = Math.min(Math.min(q101, q102), Math.min(q103, q104));
        const lo191 = pmin49 - (PHI * Math.abs(pmin49) + ETA);
        const pmax49 = Math.max(Math.max(q101, q102), Math.max(q103, q104));
        const hi191 = pmax49 + (PHI * Math.abs(pmax49) + ETA);
        const t6_11_lo = (t5_11_lo > 0 || t5_11_hi < 0) && lo191 === lo191 ? lo191 : divLo(e_11_lo, e_11_hi, t5_11_lo, t5_11_hi); // surrogate.ts:11
        const t6_11_hi = (t5_11_lo > 0 || t5_11_hi < 0) && hi191 === hi191 ? hi191 : divHi(e_11_lo, e_11_hi, t5_11_lo, t5_11_hi); // surrogate.ts:11
        const p189 = x_12_lo * t6_11_lo;
        const p190 = x_12_lo * t6_11_hi;
        const p191 = x_12_hi * t6_11_lo;
        const p192 = x_12_hi * t6_11_hi;
        const pmin50 = Math.min(Math.min(p189, p190), Math.min(p191, p192));
        const lo192 = pmin50 - (PHI * Math.abs(pmin50) + ETA);
        const pmax50 = Math.max(Math.max(p189, p190), Math.max(p191, p192));
        const hi192 = pmax50 + (PHI * Math.abs(pmax50) + ETA);
        const lo193 = lo192 === lo192 ? lo192 : mulLo(x_12_lo, x_12_hi, t6_11_lo, t6_11_hi);
        const hi193 = hi192 === hi192 ? hi192 : mulHi(x_12_lo, x_12_hi, t6_11_lo, t6_11_hi);
        ret_12_lo = lo193; // surrogate.ts:11
        ret_12_hi = hi193; // surrogate.ts:11
    }
    if (decided12 === 2) {
        ret_12_lo = hullLo(ret_12_lo, ret_12_lo_other);
        ret_12_hi = hullHi(ret_12_hi, ret_12_hi_other);
    }
    const h2_3_lo = ret_12_lo; // surrogate.ts:44
    const h2_3_hi = ret_12_hi; // surrogate.ts:44
    const p193 = 0.1995199816815469 > 0 ? 0.1995199816815469 * h1_0_lo : 0.1995199816815469 * h1_0_hi;
    const t582 = -0.02678946964702412 + (p193 - (PHI * Math.abs(p193) + ETA));
    const lo194 = t582 - (PHI * Math.abs(t582) + ETA);
    const p194 = 0.1995199816815469 > 0 ? 0.1995199816815469 * h1_0_hi : 0.1995199816815469 * h1_0_lo;
    const t583 = -0.02678946964702412 + (p194 + (PHI * Math.abs(p194) + ETA));
    const hi194 = t583 + (PHI * Math.abs(t583) + ETA);
    const t62_lo = lo194 === lo194 ? lo194 : fmaPointLo(-0.02678946964702412, 0.1995199816815469, h1_0_lo, h1_0_hi); // surrogate.ts:45
    const t62_hi = hi194 === hi194 ? hi194 : fmaPointHi(-0.02678946964702412, 0.1995199816815469, h1_0_lo, h1_0_hi); // surrogate.ts:45
    const p195 = 0.18637165274338954 > 0 ? 0.18637165274338954 * h1_1_lo : 0.18637165274338954 * h1_1_hi;
    const t584 = p195 - (PHI * Math.abs(p195) + ETA);
    const lo195 = t584;
    const p196 = 0.18637165274338954 > 0 ? 0.18637165274338954 * h1_1_hi : 0.18637165274338954 * h1_1_lo;
    const t585 = p196 + (PHI * Math.abs(p196) + ETA);
    const hi195 = t585;
    const t63_lo = lo195 === lo195 ? lo195 : mulPointLo(0.18637165274338954, h1_1_lo, h1_1_hi); // surrogate.ts:45
    const t63_hi = hi195 === hi195 ? hi195 : mulPointHi(0.18637165274338954, h1_1_lo, h1_1_hi); // surrogate.ts:45
    const s95 = t62_lo - t63_hi;
    const lo196 = s95 === 0 ? s95 : s95 - (PHI * Math.abs(s95) + ETA);
    const s96 = t62_hi - t63_lo;
    const hi196 = s96 === 0 ? s96 : s96 + (PHI * Math.abs(s96) + ETA);
    const t64_lo = lo196 === lo196 ? lo196 : subLo(t62_lo, t62_hi, t63_lo, t63_hi); // surrogate.ts:45
    const t64_hi = hi196 === hi196 ? hi196 : subHi(t62_lo, t62_hi, t63_lo, t63_hi); // surrogate.ts:45
    const p197 = 0.18670582395465773 > 0 ? 0.18670582395465773 * h1_2_lo : 0.18670582395465773 * h1_2_hi;
    const t586 = t64_lo + (p197 - (PHI * Math.abs(p197) + ETA));
    const lo197 = t586 - (PHI * Math.abs(t586) + ETA);
    const p198 = 0.18670582395465773 > 0 ? 0.18670582395465773 * h1_2_hi : 0.18670582395465773 * h1_2_lo;
    const t587 = t64_hi + (p198 + (PHI * Math.abs(p198) + ETA));
    const hi197 = t587 + (PHI * Math.abs(t587) + ETA);
    const t65_lo = lo197 === lo197 ? lo197 : fmaPointLo(t64_lo, 0.18670582395465773, h1_2_lo, h1_2_hi); // surrogate.ts:45
    const t65_hi = hi197 === hi197 ? hi197 : fmaPointHi(t64_hi, 0.18670582395465773, h1_2_lo, h1_2_hi); // surrogate.ts:45
    const p199 = 0.1627619525482785 > 0 ? 0.1627619525482785 * h1_3_lo : 0.1627619525482785 * h1_3_hi;
    const t588 = p199 - (PHI * Math.abs(p199) + ETA);
    const lo198 = t588;
    const p200 = 0.1627619525482785 > 0 ? 0.1627619525482785 * h1_3_hi : 0.1627619525482785 * h1_3_lo;
    const t589 = p200 + (PHI * Math.abs(p200) + ETA);
    const hi198 = t589;
    const t66_lo = lo198 === lo198 ? lo198 : mulPointLo(0.1627619525482785, h1_3_lo, h1_3_hi); // surrogate.ts:45
    const t66_hi = hi198 === hi198 ? hi198 : mulPointHi(0.1627619525482785, h1_3_lo, h1_3_hi); // surrogate.ts:45
    const s97 = t65_lo - t66_hi;
    const lo199 = s97 === 0 ? s97 : s97 - (PHI * Math.abs(s97) + ETA);
    const s98 = t65_hi - t66_lo;
    const hi199 = s98 === 0 ? s98 : s98 + (PHI * Math.abs(s98) + ETA);
    const t67_lo = lo199 === lo199 ? lo199 : subLo(t65_lo, t65_hi, t66_lo, t66_hi); // surrogate.ts:45
    const t67_hi = hi199 === hi199 ? hi199 : subHi(t65_lo, t65_hi, t66_lo, t66_hi); // surrogate.ts:45
    const p201 = 0.10658439928757653 > 0 ? 0.10658439928757653 * h1_4_lo : 0.10658439928757653 * h1_4_hi;
    const t590 = p201 - (PHI * Math.abs(p201) + ETA);
    const lo200 = t590;
    const p202 = 0.10658439928757653 > 0 ? 0.10658439928757653 * h1_4_hi : 0.10658439928757653 * h1_4_lo;
    const t591 = p202 + (PHI * Math.abs(p202) + ETA);
    const hi200 = t591;
    const t68_lo = lo200 === lo200 ? lo200 : mulPointLo(0.10658439928757653, h1_4_lo, h1_4_hi); // surrogate.ts:45
    const t68_hi = hi200 === hi200 ? hi200 : mulPointHi(0.10658439928757653, h1_4_lo, h1_4_hi); // surrogate.ts:45
    const s99 = t67_lo - t68_hi;
    const lo201 = s99 === 0 ? s99 : s99 - (PHI * Math.abs(s99) + ETA);
    const s100 = t67_hi - t68_lo;
    const hi201 = s100 === 0 ? s100 : s100 + (PHI * Math.abs(s100) + ETA);
    const t69_lo = lo201 === lo201 ? lo201 : subLo(t67_lo, t67_hi, t68_lo, t68_hi); // surrogate.ts:45
    const t69_hi = hi201 === hi201 ? hi201 : subHi(t67_lo, t67_hi, t68_lo, t68_hi); // surrogate.ts:45
    const p203 = 0.44134966649575297 > 0 ? 0.44134966649575297 * h1_5_lo : 0.44134966649575297 * h1_5_hi;
    const t592 = p203 - (PHI * Math.abs(p203) + ETA);
    const lo202 = t592;
    const p204 = 0.44134966649575297 > 0 ? 0.44134966649575297 * h1_5_hi : 0.44134966649575297 * h1_5_lo;
    const t593 = p204 + (PHI * Math.abs(p204) + ETA);
    const hi202 = t593;
    const t70_lo = lo202 === lo202 ? lo202 : mulPointLo(0.44134966649575297, h1_5_lo, h1_5_hi); // surrogate.ts:45
    const t70_hi = hi202 === hi202 ? hi202 : mulPointHi(0.44134966649575297, h1_5_lo, h1_5_hi); // surrogate.ts:45
    const s101 = t69_lo - t70_hi;
    const lo203 = s101 === 0 ? s101 : s101 - (PHI * Math.abs(s101) + ETA);
    const s102 = t69_hi - t70_lo;
    const hi203 = s102 === 0 ? s102 : s102 + (PHI * Math.abs(s102) + ETA);
    const t71_lo = lo203 === lo203 ? lo203 : subLo(t69_lo, t69_hi, t70_lo, t70_hi); // surrogate.ts:45
    const t71_hi = hi203 === hi203 ? hi203 : subHi(t69_lo, t69_hi, t70_lo, t70_hi); // surrogate.ts:45
    const p205 = 0.5799802447372983 > 0 ? 0.5799802447372983 * h1_6_lo : 0.5799802447372983 * h1_6_hi;
    const t594 = t71_lo + (p205 - (PHI * Math.abs(p205) + ETA));
    const lo204 = t594 - (PHI * Math.abs(t594) + ETA);
    const p206 = 0.5799802447372983 > 0 ? 0.5799802447372983 * h1_6_hi : 0.5799802447372983 * h1_6_lo;
    const t595 = t71_hi + (p206 + (PHI * Math.abs(p206) + ETA));
    const hi204 = t595 + (PHI * Math.abs(t595) + ETA);
    const t72_lo = lo204 === lo204 ? lo204 : fmaPointLo(t71_lo, 0.5799802447372983, h1_6_lo, h1_6_hi); // surrogate.ts:45
    const t72_hi = hi204 === hi204 ? hi204 : fmaPointHi(t71_hi, 0.5799802447372983, h1_6_lo, h1_6_hi); // surrogate.ts:45
    const p207 = 0.4527178555713764 > 0 ? 0.4527178555713764 * h1_7_lo : 0.4527178555713764 * h1_7_hi;
    const t596 = p207 - (PHI * Math.abs(p207) + ETA);
    const lo205 = t596;
    const p208 = 0.4527178555713764 > 0 ? 0.4527178555713764 * h1_7_hi : 0.4527178555713764 * h1_7_lo;
    const t597 = p208 + (PHI * Math.abs(p208) + ETA);
    const hi205 = t597;
    const t73_lo = lo205 === lo205 ? lo205 : mulPointLo(0.4527178555713764, h1_7_lo, h1_7_hi); // surrogate.ts:45
    const t73_hi = hi205 === hi205 ? hi205 : mulPointHi(0.4527178555713764, h1_7_lo, h1_7_hi); // surrogate.ts:45
    // inlined silu (examples/browser/surrogate.ts:8)
    const s103 = t72_lo - t73_hi;
    const lo206 = s103 === 0 ? s103 : s103 - (PHI * Math.abs(s103) + ETA);
    const s104 = t72_hi - t73_lo;
    const hi206 = s104 === 0 ? s104 : s104 + (PHI * Math.abs(s104) + ETA);
    let x_13_lo = lo206 === lo206 ? lo206 : subLo(t72_lo, t72_hi, t73_lo, t73_hi); // surrogate.ts:45
    let x_13_hi = hi206 === hi206 ? hi206 : subHi(t72_lo, t72_hi, t73_lo, t73_hi); // surrogate.ts:45
    let ret_13_lo = 0;
    let ret_13_hi = 0;
    const decided13 = geTri(x_13_lo, x_13_hi, 0, 0); // surrogate.ts:9
    let ret_13_lo_other = 0;
    let ret_13_hi_other = 0;
    if (decided13 === 2) {
        ret_13_lo_other = ret_13_lo;
        ret_13_hi_other = ret_13_hi;
    }
    if (decided13 !== 0) {
        const t1_13_lo = -x_13_hi; // surrogate.ts:9
        const t1_13_hi = -x_13_lo; // surrogate.ts:9
        bounds[0] = t1_13_lo;
        bounds[1] = t1_13_hi;
        expPair();
        const lo207 = bounds[0]!;
        const hi207 = bounds[1]!;
        const t2_13_lo = lo207; // surrogate.ts:9
        const t2_13_hi = hi207; // surrogate.ts:9
        const s105 = 1 + t2_13_lo;
        const lo208 = s105 === 0 ? s105 : s105 - (PHI * Math.abs(s105) + ETA);
        const s106 = 1 + t2_13_hi;
        const hi208 = s106 === 0 ? s106 : s106 + (PHI * Math.abs(s106) + ETA);
        const t3_13_lo = lo208 === lo208 ? lo208 : addLo(1, 1, t2_13_lo, t2_13_hi); // surrogate.ts:9
        const t3_13_hi = hi208 === hi208 ? hi208 : addHi(1, 1, t2_13_lo, t2_13_hi); // surrogate.ts:9
        const q105 = 1 / t3_13_lo;
        const q106 = 1 / t3_13_hi;
        const q107 = 1 / t3_13_lo;
        const q108 = 1 / t3_13_hi;
        const pmin51 = Math.min(Math.min(q105, q106), Math.min(q107, q108));
        const lo209 = pmin51 - (PHI * Math.abs(pmin51) + ETA);
        const pmax51 = Math.max(Math.max(q105, q106), Math.max(q107, q108));
        const hi209 = pmax51 + (PHI * Math.abs(pmax51) + ETA);
        const t4_13_lo = (t3_13_lo > 0 || t3_13_hi < 0) && lo209 === lo209 ? lo209 : divLo(1, 1, t3_13_lo, t3_13_hi); // surrogate.ts:9
        const t4_13_hi = (t3_13_lo > 0 || t3_13_hi < 0) && hi209 === hi209 ? hi209 : divHi(1, 1, t3_13_lo, t3_13_hi); // surrogate.ts:9
        const p209 = x_13_lo * t4_13_lo;
        const p210 = x_13_lo * t4_13_hi;
        const p211 = x_13_hi * t4_13_lo;
        const p212 = x_13_hi * t4_13_hi;
        const pmin52 = Math.min(Math.min(p209, p210), Math.min(p211, p212));
        const lo210 = pmin52 - (PHI * Math.abs(pmin52) + ETA);
        const pmax52 = Math.max(Math.max(p209, p210), Math.max(p211, p212));
        const hi210 = pmax52 + (PHI * Math.abs(pmax52) + ETA);
        const lo211 = lo210 === lo210 ? lo210 : mulLo(x_13_lo, x_13_hi, t4_13_lo, t4_13_hi);
        const hi211 = hi210 === hi210 ? hi210 : mulHi(x_13_lo, x_13_hi, t4_13_lo, t4_13_hi);
        ret_13_lo = lo211; // surrogate.ts:9
        ret_13_hi = hi211; // surrogate.ts:9
    }
    if (decided13 === 2) {
        const t598 = ret_13_lo;
        ret_13_lo = ret_13_lo_other;
        ret_13_lo_other = t598;
        const t599 = ret_13_hi;
        ret_13_hi = ret_13_hi_other;
        ret_13_hi_other = t599;
    }
    if (decided13 !== 1) {
        bounds[0] = x_13_lo;
        bounds[1] = x_13_hi;
        expPair();
        const lo212 = bounds[0]!;
        const hi212 = bounds[1]!;
        const e_12_lo = lo212; // surrogate.ts:10
        const e_12_hi = hi212; // surrogate.ts:10
        const s107 = 1 + e_12_lo;
        const lo213 = s107 === 0 ? s107 : s107 - (PHI * Math.abs(s107) + ETA);
        const s108 = 1 + e_12_hi;
        const hi213 = s108 === 0 ? s108 : s108 + (PHI * Math.abs(s108) + ETA);
        const t5_12_lo = lo213 === lo213 ? lo213 : addLo(1, 1, e_12_lo, e_12_hi); // surrogate.ts:11
        const t5_12_hi = hi213 === hi213 ? hi213 : addHi(1, 1, e_12_lo, e_12_hi); // surrogate.ts:11
        const q109 = e_12_lo / t5_12_lo;
        const q110 = e_12_lo / t5_12_hi;
        const q111 = e_12_hi / t5_12_lo;
        const q112 = e_12_hi / t5_12_hi;
        const pmin53 = Math.min(Math.min(q109, q110), Math.min(q111, q112));
        const lo214 = pmin53 - (PHI * Math.abs(pmin53) + ETA);
        const pmax53 = Math.max(Math.max(q109, q110), Math.max(q111, q112));
        const hi214 = pmax53 + (PHI * Math.abs(pmax53) + ETA);
        const t6_12_lo = (t5_12_lo > 0 || t5_12_hi < 0) && lo214 === lo214 ? lo214 : divLo(e_12_lo, e_12_hi, t5_12_lo, t5_12_hi); // surrogate.ts:11
        const t6_12_hi = (t5_12_lo > 0 || t5_12_hi < 0) && hi214 === hi214 ? hi214 : divHi(e_12_lo, e_12_hi, t5_12_lo, t5_12_hi); // surrogate.ts:11
        const p213 = x_13_lo * t6_12_lo;
        const p214 = x_13_lo * t6_12_hi;
        const p215 = x_13_hi * t6_12_lo;
        const p216 = x_13_hi * t6_12_hi;
        const pmin54 = Math.min(Math.min(p213, p214), Math.min(p215, p216));
        const lo215 = pmin54 - (PHI * Math.abs(pmin54) + ETA);
        const pmax54 = Math.max(Math.max(p213, p214), Math.max(p215, p216));
        const hi215 = pmax54 + (PHI * Math.abs(pmax54) + ETA);
        const lo216 = lo215 === lo215 ? lo215 : mulLo(x_13_lo, x_13_hi, t6_12_lo, t6_12_hi);
        const hi216 = hi215 === hi215 ? hi215 : mulHi(x_13_lo, x_13_hi, t6_12_lo, t6_12_hi);
        ret_13_lo = lo216; // surrogate.ts:11
        ret_13_hi = hi216; // surrogate.ts:11
    }
    if (decided13 === 2) {
        ret_13_lo = hullLo(ret_13_lo, ret_13_lo_other);
        ret_13_hi = hullHi(ret_13_hi, ret_13_hi_other);
    }
    const h2_4_lo = ret_13_lo; // surrogate.ts:45
    const h2_4_hi = ret_13_hi; // surrogate.ts:45
    const p217 = 0.5118850895187416 > 0 ? 0.5118850895187416 * h1_0_lo : 0.5118850895187416 * h1_0_hi;
    const t600 = p217 - (PHI * Math.abs(p217) + ETA);
    const lo217 = t600;
    const p218 = 0.5118850895187416 > 0 ? 0.5118850895187416 * h1_0_hi : 0.5118850895187416 * h1_0_lo;
    const t601 = p218 + (PHI * Math.abs(p218) + ETA);
    const hi217 = t601;
    const t74_lo = lo217 === lo217 ? lo217 : mulPointLo(0.5118850895187416, h1_0_lo, h1_0_hi); // surrogate.ts:46
    const t74_hi = hi217 === hi217 ? hi217 : mulPointHi(0.5118850895187416, h1_0_lo, h1_0_hi); // surrogate.ts:46
    const s109 = 0.32702094623127376 - t74_hi;
    const lo218 = s109 === 0 ? s109 : s109 - (PHI * Math.abs(s109) + ETA);
    const s110 = 0.32702094623127376 - t74_lo;
    const hi218 = s110 === 0 ? s110 : s110 + (PHI * Math.abs(s110) + ETA);
    const t75_lo = lo218 === lo218 ? lo218 : subLo(0.32702094623127376, 0.32702094623127376, t74_lo, t74_hi); // surrogate.ts:46
    const t75_hi = hi218 === hi218 ? hi218 : subHi(0.32702094623127376, 0.32702094623127376, t74_lo, t74_hi); // surrogate.ts:46
    const p219 = 0.5670325725146504 > 0 ? 0.5670325725146504 * h1_1_lo : 0.5670325725146504 * h1_1_hi;
    const t602 = t75_lo + (p219 - (PHI * Math.abs(p219) + ETA));
    const lo219 = t602 - (PHI * Math.abs(t602) + ETA);
    const p220 = 0.5670325725146504 > 0 ? 0.5670325725146504 * h1_1_hi : 0.5670325725146504 * h1_1_lo;
    const t603 = t75_hi + (p220 + (PHI * Math.abs(p220) + ETA));
    const hi219 = t603 + (PHI * Math.abs(t603) + ETA);
    const t76_lo = lo219 === lo219 ? lo219 : fmaPointLo(t75_lo, 0.5670325725146504, h1_1_lo, h1_1_hi); // surrogate.ts:46
    const t76_hi = hi219 === hi219 ? hi219 : fmaPointHi(t75_hi, 0.5670325725146504, h1_1_lo, h1_1_hi); // surrogate.ts:46
    const p221 = 0.5944162258159317 > 0 ? 0.5944162258159317 * h1_2_lo : 0.5944162258159317 * h1_2_hi;
    const t604 = p221 - (PHI * Math.abs(p221) + ETA);
    const lo220 = t604;
    const p222 = 0.5944162258159317 > 0 ? 0.5944162258159317 * h1_2_hi : 0.5944162258159317 * h1_2_lo;
    const t605 = p222 + (PHI * Math.abs(p222) + ETA);
    const hi220 = t605;
    const t77_lo = lo220 === lo220 ? lo220 : mulPointLo(0.5944162258159317, h1_2_lo, h1_2_hi); // surrogate.ts:46
    const t77_hi = hi220 === hi220 ? hi220 : mulPointHi(0.5944162258159317, h1_2_lo, h1_2_hi); // surrogate.ts:46
    const s111 = t76_lo - t77_hi;
    const lo221 = s111 === 0 ? s111 : s111 - (PHI * Math.abs(s111) + ETA);
    const s112 = t76_hi - t77_lo;
    const hi221 = s112 === 0 ? s112 : s112 + (PHI * Math.abs(s112) + ETA);
    const t78_lo = lo221 === lo221 ? lo221 : subLo(t76_lo, t76_hi, t77_lo, t77_hi); // surrogate.ts:46
    const t78_hi = hi221 === hi221 ? hi221 : subHi(t76_lo, t76_hi, t77_lo, t77_hi); // surrogate.ts:46
    const p223 = 0.20248623321934806 > 0 ? 0.20248623321934806 * h1_3_lo : 0.20248623321934806 * h1_3_hi;
    const t606 = p223 - (PHI * Math.abs(p223) + ETA);
    const lo222 = t606;
    const p224 = 0.20248623321934806 > 0 ? 0.20248623321934806 * h1_3_hi : 0.20248623321934806 * h1_3_lo;
    const t607 = p224 + (PHI * Math.abs(p224) + ETA);
    const hi222 = t607;
    const t79_lo = lo222 === lo222 ? lo222 : mulPointLo(0.20248623321934806, h1_3_lo, h1_3_hi); // surrogate.ts:46
    const t79_hi = hi222 === hi222 ? hi222 : mulPointHi(0.20248623321934806, h1_3_lo, h1_3_hi); // surrogate.ts:46
    const s113 = t78_lo - t79_hi;
    const lo223 = s113 === 0 ? s113 : s113 - (PHI * Math.abs(s113) + ETA);
    const s114 = t78_hi - t79_lo;
    const hi223 = s114 === 0 ? s114 : s114 + (PHI * Math.abs(s114) + ETA);
    const t80_lo = lo223 === lo223 ? lo223 : subLo(t78_lo, t78_hi, t79_lo, t79_hi); // surrogate.ts:46
    const t80_hi = hi223 === hi223 ? hi223 : subHi(t78_lo, t78_hi, t79_lo, t79_hi); // surrogate.ts:46
    const p225 = 0.4383180005140749 > 0 ? 0.4383180005140749 * h1_4_lo : 0.4383180005140749 * h1_4_hi;
    const t608 = t80_lo + (p225 - (PHI * Math.abs(p225) + ETA));
    const lo224 = t608 - (PHI * Math.abs(t608) + ETA);
    const p226 = 0.4383180005140749 > 0 ? 0.4383180005140749 * h1_4_hi : 0.4383180005140749 * h1_4_lo;
    const t609 = t80_hi + (p226 + (PHI * Math.abs(p226) + ETA));
    const hi224 = t609 + (PHI * Math.abs(t609) + ETA);
    const t81_lo = lo224 === lo224 ? lo224 : fmaPointLo(t80_lo, 0.4383180005140749, h1_4_lo, h1_4_hi); // surrogate.ts:46
    const t81_hi = hi224 === hi224 ? hi224 : fmaPointHi(t80_hi, 0.4383180005140749, h1_4_lo, h1_4_hi); // surrogate.ts:46
    const p227 = 0.3996406583089443 > 0 ? 0.3996406583089443 * h1_5_lo : 0.3996406583089443 * h1_5_hi;
    const t610 = t81_lo + (p227 - (PHI * Math.abs(p227) + ETA));
    const lo225 = t610 - (PHI * Math.abs(t610) + ETA);
    const p228 = 0.3996406583089443 > 0 ? 0.3996406583089443 * h1_5_hi : 0.3996406583089443 * h1_5_lo;
    const t611 = t81_hi + (p228 + (PHI * Math.abs(p228) + ETA));
    const hi225 = t611 + (PHI * Math.abs(t611) + ETA);
    const t82_lo = lo225 === lo225 ? lo225 : fmaPointLo(t81_lo, 0.3996406583089443, h1_5_lo, h1_5_hi); // surrogate.ts:46
    const t82_hi = hi225 === hi225 ? hi225 : fmaPointHi(t81_hi, 0.3996406583089443, h1_5_lo, h1_5_hi); // surrogate.ts:46
    const p229 = 0.24033970886293288 > 0 ? 0.24033970886293288 * h1_6_lo : 0.24033970886293288 * h1_6_hi;
    const t612 = p229 - (PHI * Math.abs(p229) + ETA);
    const lo226 = t612;
    const p230 = 0.24033970886293288 > 0 ? 0.24033970886293288 * h1_6_hi : 0.24033970886293288 * h1_6_lo;
    const t613 = p230 + (PHI * Math.abs(p230) + ETA);
    const hi226 = t613;
    const t83_lo = lo226 === lo226 ? lo226 : mulPointLo(0.24033970886293288, h1_6_lo, h1_6_hi); // surrogate.ts:46
    const t83_hi = hi226 === hi226 ? hi226 : mulPointHi(0.24033970886293288, h1_6_lo, h1_6_hi); // surrogate.ts:46
    const s115 = t82_lo - t83_hi;
    const lo227 = s115 === 0 ? s115 : s115 - (PHI * Math.abs(s115) + ETA);
    const s116 = t82_hi - t83_lo;
    const hi227 = s116 === 0 ? s116 : s116 + (PHI * Math.abs(s116) + ETA);
    const t84_lo = lo227 === lo227 ? lo227 : subLo(t82_lo, t82_hi, t83_lo, t83_hi); // surrogate.ts:46
    const t84_hi = hi227 === hi227 ? hi227 : subHi(t82_lo, t82_hi, t83_lo, t83_hi); // surrogate.ts:46
    // inlined silu (examples/browser/surrogate.ts:8)
    const p231 = 0.04976160524362224 > 0 ? 0.04976160524362224 * h1_7_lo : 0.04976160524362224 * h1_7_hi;
    const t614 = t84_lo + (p231 - (PHI * Math.abs(p231) + ETA));
    const lo228 = t614 - (PHI * Math.abs(t614) + ETA);
    const p232 = 0.04976160524362224 > 0 ? 0.04976160524362224 * h1_7_hi : 0.04976160524362224 * h1_7_lo;
    const t615 = t84_hi + (p232 + (PHI * Math.abs(p232) + ETA));
    const hi228 = t615 + (PHI * Math.abs(t615) + ETA);
    let x_14_lo = lo228 === lo228 ? lo228 : fmaPointLo(t84_lo, 0.04976160524362224, h1_7_lo, h1_7_hi); // surrogate.ts:46
    let x_14_hi = hi228 === hi228 ? hi228 : fmaPointHi(t84_hi, 0.04976160524362224, h1_7_lo, h1_7_hi); // surrogate.ts:46
    let ret_14_lo = 0;
    let ret_14_hi = 0;
    const decided14 = geTri(x_14_lo, x_14_hi, 0, 0); // surrogate.ts:9
    let ret_14_lo_other = 0;
    let ret_14_hi_other = 0;
    if (decided14 === 2) {
        ret_14_lo_other = ret_14_lo;
        ret_14_hi_other = ret_14_hi;
    }
    if (decided14 !== 0) {
        const t1_14_lo = -x_14_hi; // surrogate.ts:9
        const t1_14_hi = -x_14_lo; // surrogate.ts:9
        bounds[0] = t1_14_lo;
        bounds[1] = t1_14_hi;
        expPair();
        const lo229 = bounds[0]!;
        const hi229 = bounds[1]!;
        const t2_14_lo = lo229; // surrogate.ts:9
        const t2_14_hi = hi229; // surrogate.ts:9
        const s117 = 1 + t2_14_lo;
        const lo230 = s117 === 0 ? s117 : s117 - (PHI * Math.abs(s117) + ETA);
        const s118 = 1 + t2_14_hi;
        const hi230 = s118 === 0 ? s118 : s118 + (PHI * Math.abs(s118) + ETA);
        const t3_14_lo = lo230 === lo230 ? lo230 : addLo(1, 1, t2_14_lo, t2_14_hi); // surrogate.ts:9
        const t3_14_hi = hi230 === hi230 ? hi230 : addHi(1, 1, t2_14_lo, t2_14_hi); // surrogate.ts:9
        const q113 = 1 / t3_14_lo;
        const q114 = 1 / t3_14_hi;
        const q115 = 1 / t3_14_lo;
        const q116 = 1 / t3_14_hi;
        const pmin55 = Math.min(Math.min(q113, q114), Math.min(q115, q116));
        const lo231 = pmin55 - (PHI * Math.abs(pmin55) + ETA);
        const pmax55 = Math.max(Math.max(q113, q114), Math.max(q115, q116));
        const hi231 = pmax55 + (PHI * Math.abs(pmax55) + ETA);
        const t4_14_lo = (t3_14_lo > 0 || t3_14_hi < 0) && lo231 === lo231 ? lo231 : divLo(1, 1, t3_14_lo, t3_14_hi); // surrogate.ts:9
        const t4_14_hi = (t3_14_lo > 0 || t3_14_hi < 0) && hi231 === hi231 ? hi231 : divHi(1, 1, t3_14_lo, t3_14_hi); // surrogate.ts:9
        const p233 = x_14_lo * t4_14_lo;
        const p234 = x_14_lo * t4_14_hi;
        const p235 = x_14_hi * t4_14_lo;
        const p236 = x_14_hi * t4_14_hi;
        const pmin56 = Math.min(Math.min(p233, p234), Math.min(p235, p236));
        const lo232 = pmin56 - (PHI * Math.abs(pmin56) + ETA);
        const pmax56 = Math.max(Math.max(p233, p234), Math.max(p235, p236));
        const hi232 = pmax56 + (PHI * Math.abs(pmax56) + ETA);
        const lo233 = lo232 === lo232 ? lo232 : mulLo(x_14_lo, x_14_hi, t4_14_lo, t4_14_hi);
        const hi233 = hi232 === hi232 ? hi232 : mulHi(x_14_lo, x_14_hi, t4_14_lo, t4_14_hi);
        ret_14_lo = lo233; // surrogate.ts:9
        ret_14_hi = hi233; // surrogate.ts:9
    }
    if (decided14 === 2) {
        const t616 = ret_14_lo;
        ret_14_lo = ret_14_lo_other;
        ret_14_lo_other = t616;
        const t617 = ret_14_hi;
        ret_14_hi = ret_14_hi_other;
        ret_14_hi_other = t617;
    }
    if (decided14 !== 1) {
        bounds[0] = x_14_lo;
        bounds[1] = x_14_hi;
        expPair();
        const lo234 = bounds[0]!;
        const hi234 = bounds[1]!;
        const e_13_lo = lo234; // surrogate.ts:10
        const e_13_hi = hi234; // surrogate.ts:10
        const s119 = 1 + e_13_lo;
        const lo235 = s119 === 0 ? s119 : s119 - (PHI * Math.abs(s119) + ETA);
        const s120 = 1 + e_13_hi;
        const hi235 = s120 === 0 ? s120 : s120 + (PHI * Math.abs(s120) + ETA);
        const t5_13_lo = lo235 === lo235 ? lo235 : addLo(1, 1, e_13_lo, e_13_hi); // surrogate.ts:11
        const t5_13_hi = hi235 === hi235 ? hi235 : addHi(1, 1, e_13_lo, e_13_hi); // surrogate.ts:11
        const q117 = e_13_lo / t5_13_lo;
        const q118 = e_13_lo / t5_13_hi;
        const q119 = e_13_hi / t5_13_lo;
        const q120 = e_13_hi / t5_13_hi;
        const pmin57 = Math.min(Math.min(q117, q118), Math.min(q119, q120));
        const lo236 = pmin57 - (PHI * Math.abs(pmin57) + ETA);
        const pmax57 = Math.max(Math.max(q117, q118), Math.max(q119, q120));
        const hi236 = pmax57 + (PHI * Math.abs(pmax57) + ETA);
        const t6_13_lo = (t5_13_lo > 0 || t5_13_hi < 0) && lo236 === lo236 ? lo236 : divLo(e_13_lo, e_13_hi, t5_13_lo, t5_13_hi); // surrogate.ts:11
        const t6_13_hi = (t5_13_lo > 0 || t5_13_hi < 0) && hi236 === hi236 ? hi236 : divHi(e_13_lo, e_13_hi, t5_13_lo, t5_13_hi); // surrogate.ts:11
        const p237 = x_14_lo * t6_13_lo;
        const p238 = x_14_lo * t6_13_hi;
        const p239 = x_14_hi * t6_13_lo;
        const p240 = x_14_hi * t6_13_hi;
        const pmin58 = Math.min(Math.min(p237, p238), Math.min(p239, p240));
        const lo237 = pmin58 - (PHI * Math.abs(pmin58) + ETA);
        const pmax58 = Math.max(Math.max(p237, p238), Math.max(p239, p240));
        const hi237 = pmax58 + (PHI * Math.abs(pmax58) + ETA);
        const lo238 = lo237 === lo237 ? lo237 : mulLo(x_14_lo, x_14_hi, t6_13_lo, t6_13_hi);
        const hi238 = hi237 === hi237 ? hi237 : mulHi(x_14_lo, x_14_hi, t6_13_lo, t6_13_hi);
        ret_14_lo = lo238; // surrogate.ts:11
        ret_14_hi = hi238; // surrogate.ts:11
    }
    if (decided14 === 2) {
        ret_14_lo = hullLo(ret_14_lo, ret_14_lo_other);
        ret_14_hi = hullHi(ret_14_hi, ret_14_hi_other);
    }
    const h2_5_lo = ret_14_lo; // surrogate.ts:46
    const h2_5_hi = ret_14_hi; // surrogate.ts:46
    const p241 = 0.10656165455672714 > 0 ? 0.10656165455672714 * h1_0_lo : 0.10656165455672714 * h1_0_hi;
    const t618 = 0.18346271047859544 + (p241 - (PHI * Math.abs(p241) + ETA));
    const lo239 = t618 - (PHI * Math.abs(t618) + ETA);
    const p242 = 0.10656165455672714 > 0 ? 0.10656165455672714 * h1_0_hi : 0.10656165455672714 * h1_0_lo;
    const t619 = 0.18346271047859544 + (p242 + (PHI * Math.abs(p242) + ETA));
    const hi239 = t619 + (PHI * Math.abs(t619) + ETA);
    const t85_lo = lo239 === lo239 ? lo239 : fmaPointLo(0.18346271047859544, 0.10656165455672714, h1_0_lo, h1_0_hi); // surrogate.ts:47
    const t85_hi = hi239 === hi239 ? hi239 : fmaPointHi(0.18346271047859544, 0.10656165455672714, h1_0_lo, h1_0_hi); // surrogate.ts:47
    const p243 = 0.1402080294902757 > 0 ? 0.1402080294902757 * h1_1_lo : 0.1402080294902757 * h1_1_hi;
    const t620 = t85_lo + (p243 - (PHI * Math.abs(p243) + ETA));
    const lo240 = t620 - (PHI * Math.abs(t620) + ETA);
    const p244 = 0.1402080294902757 > 0 ? 0.1402080294902757 * h1_1_hi : 0.1402080294902757 * h1_1_lo;
    const t621 = t85_hi + (p244 + (PHI * Math.abs(p244) + ETA));
    const hi240 = t621 + (PHI * Math.abs(t621) + ETA);
    const t86_lo = lo240 === lo240 ? lo240 : fmaPointLo(t85_lo, 0.1402080294902757, h1_1_lo, h1_1_hi); // surrogate.ts:47
    const t86_hi = hi240 === hi240 ? hi240 : fmaPointHi(t85_hi, 0.1402080294902757, h1_1_lo, h1_1_hi); // surrogate.ts:47
    const p245 = 0.11028522464064544 > 0 ? 0.11028522464064544 * h1_2_lo : 0.11028522464064544 * h1_2_hi;
    const t622 = t86_lo + (p245 - (PHI * Math.abs(p245) + ETA));
    const lo241 = t622 - (PHI * Math.abs(t622) + ETA);
    const p246 = 0.11028522464064544 > 0 ? 0.11028522464064544 * h1_2_hi : 0.11028522464064544 * h1_2_lo;
    const t623 = t86_hi + (p246 + (PHI * Math.abs(p246) + ETA));
    const hi241 = t623 + (PHI * Math.abs(t623) + ETA);
    const t87_lo = lo241 === lo241 ? lo241 : fmaPointLo(t86_lo, 0.11028522464064544, h1_2_lo, h1_2_hi); // surrogate.ts:47
    const t87_hi = hi241 === hi241 ? hi241 : fmaPointHi(t86_hi, 0.11028522464064544, h1_2_lo, h1_2_hi); // surrogate.ts:47
    const p247 = 0.4701435876576152 > 0 ? 0.4701435876576152 * h1_3_lo : 0.4701435876576152 * h1_3_hi;
    const t624 = p247 - (PHI * Math.abs(p247) + ETA);
    const lo242 = t624;
    const p248 = 0.4701435876576152 > 0 ? 0.4701435876576152 * h1_3_hi : 0.4701435876576152 * h1_3_lo;
    const t625 = p248 + (PHI * Math.abs(p248) + ETA);
    const hi242 = t625;
    const t88_lo = lo242 === lo242 ? lo242 : mulPointLo(0.4701435876576152, h1_3_lo, h1_3_hi); // surrogate.ts:47
    const t88_hi = hi242 === hi242 ? hi242 : mulPointHi(0.4701435876576152, h1_3_lo, h1_3_hi); // surrogate.ts:47
    const s121 = t87_lo - t88_hi;
    const lo243 = s121 === 0 ? s121 : s121 - (PHI * Math.abs(s121) + ETA);
    const s122 = t87_hi - t88_lo;
    const hi243 = s122 === 0 ? s122 : s122 + (PHI * Math.abs(s122) + ETA);
    const t89_lo = lo243 === lo243 ? lo243 : subLo(t87_lo, t87_hi, t88_lo, t88_hi); // surrogate.ts:47
    const t89_hi = hi243 === hi243 ? hi243 : subHi(t87_lo, t87_hi, t88_lo, t88_hi); // surrogate.ts:47
    const p249 = 0.08152229300131149 > 0 ? 0.08152229300131149 * h1_4_lo : 0.08152229300131149 * h1_4_hi;
    const t626 = t89_lo + (p249 - (PHI * Math.abs(p249) + ETA));
    const lo244 = t626 - (PHI * Math.abs(t626) + ETA);
    const p250 = 0.08152229300131149 > 0 ? 0.08152229300131149 * h1_4_hi : 0.08152229300131149 * h1_4_lo;
    const t627 = t89_hi + (p250 + (PHI * Math.abs(p250) + ETA));
    const hi244 = t627 + (PHI * Math.abs(t627) + ETA);
    const t90_lo = lo244 === lo244 ? lo244 : fmaPointLo(t89_lo, 0.08152229300131149, h1_4_lo, h1_4_hi); // surrogate.ts:47
    const t90_hi = hi244 === hi244 ? hi244 : fmaPointHi(t89_hi, 0.08152229300131149, h1_4_lo, h1_4_hi); // surrogate.ts:47
    const p251 = 0.09969261369864812 > 0 ? 0.09969261369864812 * h1_5_lo : 0.09969261369864812 * h1_5_hi;
    const t628 = t90_lo + (p251 - (PHI * Math.abs(p251) + ETA));
    const lo245 = t628 - (PHI * Math.abs(t628) + ETA);
    const p252 = 0.09969261369864812 > 0 ? 0.09969261369864812 * h1_5_hi : 0.09969261369864812 * h1_5_lo;
    const t629 = t90_hi + (p252 + (PHI * Math.abs(p252) + ETA));
    const hi245 = t629 + (PHI * Math.abs(t629) + ETA);
    const t91_lo = lo245 === lo245 ? lo245 : fmaPointLo(t90_lo, 0.09969261369864812, h1_5_lo, h1_5_hi); // surrogate.ts:47
    const t91_hi = hi245 === hi245 ? hi245 : fmaPointHi(t90_hi, 0.09969261369864812, h1_5_lo, h1_5_hi); // surrogate.ts:47
    const p253 = 0.14413353825410247 > 0 ? 0.14413353825410247 * h1_6_lo : 0.14413353825410247 * h1_6_hi;
    const t630 = p253 - (PHI * Math.abs(p253) + ETA);
    const lo246 = t630;
    const p254 = 0.14413353825410247 > 0 ? 0.14413353825410247 * h1_6_hi : 0.14413353825410247 * h1_6_lo;
    const t631 = p254 + (PHI * Math.abs(p254) + ETA);
    const hi246 = t631;
    const t92_lo = lo246 === lo246 ? lo246 : mulPointLo(0.14413353825410247, h1_6_lo, h1_6_hi); // surrogate.ts:47
    const t92_hi = hi246 === hi246 ? hi246 : mulPointHi(0.14413353825410247, h1_6_lo, h1_6_hi); // surrogate.ts:47
    const s123 = t91_lo - t92_hi;
    const lo247 = s123 === 0 ? s123 : s123 - (PHI * Math.abs(s123) + ETA);
    const s124 = t91_hi - t92_lo;
    const hi247 = s124 === 0 ? s124 : s124 + (PHI * Math.abs(s124) + ETA);
    const t93_lo = lo247 === lo247 ? lo247 : subLo(t91_lo, t91_hi, t92_lo, t92_hi); // surrogate.ts:47
    const t93_hi = hi247 === hi247 ? hi247 : subHi(t91_lo, t91_hi, t92_lo, t92_hi); // surrogate.ts:47
    // inlined silu (examples/browser/surrogate.ts:8)
    const p255 = 0.4289515686872059 > 0 ? 0.4289515686872059 * h1_7_lo : 0.4289515686872059 * h1_7_hi;
    const t632 = t93_lo + (p255 - (PHI * Math.abs(p255) + ETA));
    const lo248 = t632 - (PHI * Math.abs(t632) + ETA);
    const p256 = 0.4289515686872059 > 0 ? 0.4289515686872059 * h1_7_hi : 0.4289515686872059 * h1_7_lo;
    const t633 = t93_hi + (p256 + (PHI * Math.abs(p256) + ETA));
    const hi248 = t633 + (PHI * Math.abs(t633) + ETA);
    let x_15_lo = lo248 === lo248 ? lo248 : fmaPointLo(t93_lo, 0.4289515686872059, h1_7_lo, h1_7_hi); // surrogate.ts:47
    let x_15_hi = hi248 === hi248 ? hi248 : fmaPointHi(t93_hi, 0.4289515686872059, h1_7_lo, h1_7_hi); // surrogate.ts:47
    let ret_15_lo = 0;
    let ret_15_hi = 0;
    const decided15 = geTri(x_15_lo, x_15_hi, 0, 0); // surrogate.ts:9
    let ret_15_lo_other = 0;
    let ret_15_hi_other = 0;
    if (decided15 === 2) {
        ret_15_lo_other = ret_15_lo;
        ret_15_hi_other = ret_15_hi;
    }
    if (decided15 !== 0) {
        const t1_15_lo = -x_15_hi; // surrogate.ts:9
        const t1_15_hi = -x_15_lo; // surrogate.ts:9
        bounds[0] = t1_15_lo;
        bounds[1] = t1_15_hi;
        expPair();
        const lo249 = bounds[0]!;
        const hi249 = bounds[1]!;
        const t2_15_lo = lo249; // surrogate.ts:9
        const t2_15_hi = hi249; // surrogate.ts:9
        const s125 = 1 + t2_15_lo;
        const lo250 = s125 === 0 ? s125 : s125 - (PHI * Math.abs(s125) + ETA);
        const s126 = 1 + t2_15_hi;
        const hi250 = s126 === 0 ? s126 : s126 + (PHI * Math.abs(s126) + ETA);
        const t3_15_lo = lo250 === lo250 ? lo250 : addLo(1, 1, t2_15_lo, t2_15_hi); // surrogate.ts:9
        const t3_15_hi = hi250 === hi250 ? hi250 : addHi(1, 1, t2_15_lo, t2_15_hi); // surrogate.ts:9
        const q121 = 1 / t3_15_lo;
        const q122 = 1 / t3_15_hi;
        const q123 = 1 / t3_15_lo;
        const q124 = 1 / t3_15_hi;
        const pmin59 = Math.min(Math.min(q121, q122), Math.min(q123, q124));
        const lo251 = pmin59 - (PHI * Math.abs(pmin59) + ETA);
        const pmax59 = Math.max(Math.max(q121, q122), Math.max(q123, q124));
        const hi251 = pmax59 + (PHI * Math.abs(pmax59) + ETA);
        const t4_15_lo = (t3_15_lo > 0 || t3_15_hi < 0) && lo251 === lo251 ? lo251 : divLo(1, 1, t3_15_lo, t3_15_hi); // surrogate.ts:9
        const t4_15_hi = (t3_15_lo > 0 || t3_15_hi < 0) && hi251 === hi251 ? hi251 : divHi(1, 1, t3_15_lo, t3_15_hi); // surrogate.ts:9
        const p257 = x_15_lo * t4_15_lo;
        const p258 = x_15_lo * t4_15_hi;
        const p259 = x_15_hi * t4_15_lo;
        const p260 = x_15_hi * t4_15_hi;
        const pmin60 = Math.min(Math.min(p257, p258), Math.min(p259, p260));
        const lo252 = pmin60 - (PHI * Math.abs(pmin60) + ETA);
        const pmax60 = Math.max(Math.max(p257, p258), Math.max(p259, p260));
        const hi252 = pmax60 + (PHI * Math.abs(pmax60) + ETA);
        const lo253 = lo252 === lo252 ? lo252 : mulLo(x_15_lo, x_15_hi, t4_15_lo, t4_15_hi);
        const hi253 = hi252 === hi252 ? hi252 : mulHi(x_15_lo, x_15_hi, t4_15_lo, t4_15_hi);
        ret_15_lo = lo253; // surrogate.ts:9
        ret_15_hi = hi253; // surrogate.ts:9
    }
    if (decided15 === 2) {
        const t634 = ret_15_lo;
        ret_15_lo = ret_15_lo_other;
        ret_15_lo_other = t634;
        const t635 = ret_15_hi;
        ret_15_hi = ret_15_hi_other;
        ret_15_hi_other = t635;
    }
    if (decided15 !== 1) {
        bounds[0] = x_15_lo;
        bounds[1] = x_15_hi;
        expPair();
        const lo254 = bounds[0]!;
        const hi254 = bounds[1]!;
        const e_14_lo = lo254; // surrogate.ts:10
        const e_14_hi = hi254; // surrogate.ts:10
        const s127 = 1 + e_14_lo;
        const lo255 = s127 === 0 ? s127 : s127 - (PHI * Math.abs(s127) + ETA);
        const s128 = 1 + e_14_hi;
        const hi255 = s128 === 0 ? s128 : s128 + (PHI * Math.abs(s128) + ETA);
        const t5_14_lo = lo255 === lo255 ? lo255 : addLo(1, 1, e_14_lo, e_14_hi); // surrogate.ts:11
        const t5_14_hi = hi255 === hi255 ? hi255 : addHi(1, 1, e_14_lo, e_14_hi); // surrogate.ts:11
        const q125 = e_14_lo / t5_14_lo;
        const q126 = e_14_lo / t5_14_hi;
        const q127 = e_14_hi / t5_14_lo;
        const q128 = e_14_hi / t5_14_hi;
        const pmin61 = Math.min(Math.min(q125, q126), Math.min(q127, q128));
        const lo256 = pmin61 - (PHI * Math.abs(pmin61) + ETA);
        const pmax61 = Math.max(Math.max(q125, q126), Math.max(q127, q128));
        const hi256 = pmax61 + (PHI * Math.abs(pmax61) + ETA);
        const t6_14_lo = (t5_14_lo > 0 || t5_14_hi < 0) && lo256 === lo256 ? lo256 : divLo(e_14_lo, e_14_hi, t5_14_lo, t5_14_hi); // surrogate.ts:11
        const t6_14_hi = (t5_14_lo > 0 || t5_14_hi < 0) && hi256 === hi256 ? hi256 : divHi(e_14_lo, e_14_hi, t5_14_lo, t5_14_hi); // surrogate.ts:11
        const p261 = x_15_lo * t6_14_lo;
        const p262 = x_15_lo * t6_14_hi;
        const p263 = x_15_hi * t6_14_lo;
        const p264 = x_15_hi * t6_14_hi;
        const pmin62 = Math.min(Math.min(p261, p262), Math.min(p263, p264));
        const lo257 = pmin62 - (PHI * Math.abs(pmin62) + ETA);
        const pmax62 = Math.max(Math.max(p261, p262), Math.max(p263, p264));
        const hi257 = pmax62 + (PHI * Math.abs(pmax62) + ETA);
        const lo258 = lo257 === lo257 ? lo257 : mulLo(x_15_lo, x_15_hi, t6_14_lo, t6_14_hi);
        const hi258 = hi257 === hi257 ? hi257 : mulHi(x_15_lo, x_15_hi, t6_14_lo, t6_14_hi);
        ret_15_lo = lo258; // surrogate.ts:11
        ret_15_hi = hi258; // surrogate.ts:11
    }
    if (decided15 === 2) {
        ret_15_lo = hullLo(ret_15_lo, ret_15_lo_other);
        ret_15_hi = hullHi(ret_15_hi, ret_15_hi_other);
    }
    const h2_6_lo = ret_15_lo; // surrogate.ts:47
    const h2_6_hi = ret_15_hi; // surrogate.ts:47
    const p265 = 0.21883791724902113 > 0 ? 0.21883791724902113 * h1_0_lo : 0.21883791724902113 * h1_0_hi;
    const t636 = 0.08594209590544559 + (p265 - (PHI * Math.abs(p265) + ETA));
    const lo259 = t636 - (PHI * Math.abs(t636) + ETA);
    const p266 = 0.21883791724902113 > 0 ? 0.21883791724902113 * h1_0_hi : 0.21883791724902113 * h1_0_lo;
    const t637 = 0.08594209590544559 + (p266 + (PHI * Math.abs(p266) + ETA));
    const hi259 = t637 + (PHI * Math.abs(t637) + ETA);
    const t94_lo = lo259 === lo259 ? lo259 : fmaPointLo(0.08594209590544559, 0.21883791724902113, h1_0_lo, h1_0_hi); // surrogate.ts:48
    const t94_hi = hi259 === hi259 ? hi259 : fmaPointHi(0.08594209590544559, 0.21883791724902113, h1_0_lo, h1_0_hi); // surrogate.ts:48
    const p267 = 0.3022365252029206 > 0 ? 0.3022365252029206 * h1_1_lo : 0.3022365252029206 * h1_1_hi;
    const t638 = t94_lo + (p267 - (PHI * Math.abs(p267) + ETA));
    const lo260 = t638 - (PHI * Math.abs(t638) + ETA);
    const p268 = 0.3022365252029206 > 0 ? 0.3022365252029206 * h1_1_hi : 0.3022365252029206 * h1_1_lo;
    const t639 = t94_hi + (p268 + (PHI * Math.abs(p268) + ETA));
    const hi260 = t639 + (PHI * Math.abs(t639) + ETA);
    const t95_lo = lo260 === lo260 ? lo260 : fmaPointLo(t94_lo, 0.3022365252029206, h1_1_lo, h1_1_hi); // surrogate.ts:48
    const t95_hi = hi260 === hi260 ? hi260 : fmaPointHi(t94_hi, 0.3022365252029206, h1_1_lo, h1_1_hi); // surrogate.ts:48
    const p269 = 0.02774479505580065 > 0 ? 0.02774479505580065 * h1_2_lo : 0.02774479505580065 * h1_2_hi;
    const t640 = t95_lo + (p269 - (PHI * Math.abs(p269) + ETA));
    const lo261 = t640 - (PHI * Math.abs(t640) + ETA);
    const p270 = 0.02774479505580065 > 0 ? 0.02774479505580065 * h1_2_hi : 0.02774479505580065 * h1_2_lo;
    const t641 = t95_hi + (p270 + (PHI * Math.abs(p270) + ETA));
    const hi261 = t641 + (PHI * Math.abs(t641) + ETA);
    const t96_lo = lo261 === lo261 ? lo261 : fmaPointLo(t95_lo, 0.02774479505580065, h1_2_lo, h1_2_hi); // surrogate.ts:48
    const t96_hi = hi261 === hi261 ? hi261 : fmaPointHi(t95_hi, 0.02774479505580065, h1_2_lo, h1_2_hi); // surrogate.ts:48
    const p271 = 0.3114754398100837 > 0 ? 0.3114754398100837 * h1_3_lo : 0.3114754398100837 * h1_3_hi;
    const t642 = p271 - (PHI * Math.abs(p271) + ETA);
    const lo262 = t642;
    const p272 = 0.3114754398100837 > 0 ? 0.3114754398100837 * h1_3_hi : 0.3114754398100837 * h1_3_lo;
    const t643 = p272 + (PHI * Math.abs(p272) + ETA);
    const hi262 = t643;
    const t97_lo = lo262 === lo262 ? lo262 : mulPointLo(0.3114754398100837, h1_3_lo, h1_3_hi); // surrogate.ts:48
    const t97_hi = hi262 === hi262 ? hi262 : mulPointHi(0.3114754398100837, h1_3_lo, h1_3_hi); // surrogate.ts:48
    const s129 = t96_lo - t97_hi;
    const lo263 = s129 === 0 ? s129 : s129 - (PHI * Math.abs(s129) + ETA);
    const s130 = t96_hi - t97_lo;
    const hi263 = s130 === 0 ? s130 : s130 + (PHI * Math.abs(s130) + ETA);
    const t98_lo = lo263 === lo263 ? lo263 : subLo(t96_lo, t96_hi, t97_lo, t97_hi); // surrogate.ts:48
    const t98_hi = hi263 === hi263 ? hi263 : subHi(t96_lo, t96_hi, t97_lo, t97_hi); // surrogate.ts:48
    const p273 = 0.10866549664951795 > 0 ? 0.10866549664951795 * h1_4_lo : 0.10866549664951795 * h1_4_hi;
    const t644 = t98_lo + (p273 - (PHI * Math.abs(p273) + ETA));
    const lo264 = t644 - (PHI * Math.abs(t644) + ETA);
    const p274 = 0.10866549664951795 > 0 ? 0.10866549664951795 * h1_4_hi : 0.10866549664951795 * h1_4_lo;
    const t645 = t98_hi + (p274 + (PHI * Math.abs(p274) + ETA));
    const hi264 = t645 + (PHI * Math.abs(t645) + ETA);
    const t99_lo = lo264 === lo264 ? lo264 : fmaPointLo(t98_lo, 0.10866549664951795, h1_4_lo, h1_4_hi); // surrogate.ts:48
    const t99_hi = hi264 === hi264 ? hi264 : fmaPointHi(t98_hi, 0.10866549664951795, h1_4_lo, h1_4_hi); // surrogate.ts:48
    const p275 = 0.10037950872568355 > 0 ? 0.10037950872568355 * h1_5_lo : 0.10037950872568355 * h1_5_hi;
    const t646 = t99_lo + (p275 - (PHI * Math.abs(p275) + ETA));
    const lo265 = t646 - (PHI * Math.abs(t646) + ETA);
    const p276 = 0.10037950872568355 > 0 ? 0.10037950872568355 * h1_5_hi : 0.10037950872568355 * h1_5_lo;
    const t647 = t99_hi + (p276 + (PHI * Math.abs(p276) + ETA));
    const hi265 = t647 + (PHI * Math.abs(t647) + ETA);
    const t100_lo = lo265 === lo265 ? lo265 : fmaPointLo(t99_lo, 0.10037950872568355, h1_5_lo, h1_5_hi); // surrogate.ts:48
    const t100_hi = hi265 === hi265 ? hi265 : fmaPointHi(t99_hi, 0.10037950872568355, h1_5_lo, h1_5_hi); // surrogate.ts:48
    const p277 = 0.11489851167408606 > 0 ? 0.11489851167408606 * h1_6_lo : 0.11489851167408606 * h1_6_hi;
    const t648 = p277 - (PHI * Math.abs(p277) + ETA);
    const lo266 = t648;
    const p278 = 0.11489851167408606 > 0 ? 0.11489851167408606 * h1_6_hi : 0.11489851167408606 * h1_6_lo;
    const t649 = p278 + (PHI * Math.abs(p278) + ETA);
    const hi266 = t649;
    const t101_lo = lo266 === lo266 ? lo266 : mulPointLo(0.11489851167408606, h1_6_lo, h1_6_hi); // surrogate.ts:48
    const t101_hi = hi266 === hi266 ? hi266 : mulPointHi(0.11489851167408606, h1_6_lo, h1_6_hi); // surrogate.ts:48
    const s131 = t100_lo - t101_hi;
    const lo267 = s131 === 0 ? s131 : s131 - (PHI * Math.abs(s131) + ETA);
    const s132 = t100_hi - t101_lo;
    const hi267 = s132 === 0 ? s132 : s132 + (PHI * Math.abs(s132) + ETA);
    const t102_lo = lo267 === lo267 ? lo267 : subLo(t100_lo, t100_hi, t101_lo, t101_hi); // surrogate.ts:48
    const t102_hi = hi267 === hi267 ? hi267 : subHi(t100_lo, t100_hi, t101_lo, t101_hi); // surrogate.ts:48
    // inlined silu (examples/browser/surrogate.ts:8)
    const p279 = 0.6312219096608137 > 0 ? 0.6312219096608137 * h1_7_lo : 0.6312219096608137 * h1_7_hi;
    const t650 = t102_lo + (p279 - (PHI * Math.abs(p279) + ETA));
    const lo268 = t650 - (PHI * Math.abs(t650) + ETA);
    const p280 = 0.6312219096608137 > 0 ? 0.6312219096608137 * h1_7_hi : 0.6312219096608137 * h1_7_lo;
    const t651 = t102_hi + (p280 + (PHI * Math.abs(p280) + ETA));
    const hi268 = t651 + (PHI * Math.abs(t651) + ETA);
    let x_16_lo = lo268 === lo268 ? lo268 : fmaPointLo(t102_lo, 0.6312219096608137, h1_7_lo, h1_7_hi); // surrogate.ts:48
    let x_16_hi = hi268 === hi268 ? hi268 : fmaPointHi(t102_hi, 0.6312219096608137, h1_7_lo, h1_7_hi); // surrogate.ts:48
    let ret_16_lo = 0;
    let ret_16_hi = 0;
    const decided16 = geTri(x_16_lo, x_16_hi, 0, 0); // surrogate.ts:9
    let ret_16_lo_other = 0;
    let ret_16_hi_other = 0;
    if (decided16 === 2) {
        ret_16_lo_other = ret_16_lo;
        ret_16_hi_other = ret_16_hi;
    }
    if (decided16 !== 0) {
        const t1_16_lo = -x_16_hi; // surrogate.ts:9
        const t1_16_hi = -x_16_lo; // surrogate.ts:9
        bounds[0] = t1_16_lo;
        bounds[1] = t1_16_hi;
        expPair();
        const lo269 = bounds[0]!;
        const hi269 = bounds[1]!;
        const t2_16_lo = lo269; // surrogate.ts:9
        const t2_16_hi = hi269; // surrogate.ts:9
        const s133 = 1 + t2_16_lo;
        const lo270 = s133 === 0 ? s133 : s133 - (PHI * Math.abs(s133) + ETA);
        const s134 = 1 + t2_16_hi;
        const hi270 = s134 === 0 ? s134 : s134 + (PHI * Math.abs(s134) + ETA);
        const t3_16_lo = lo270 === lo270 ? lo270 : addLo(1, 1, t2_16_lo, t2_16_hi); // surrogate.ts:9
        const t3_16_hi = hi270 === hi270 ? hi270 : addHi(1, 1, t2_16_lo, t2_16_hi); // surrogate.ts:9
        const q129 = 1 / t3_16_lo;
        const q130 = 1 / t3_16_hi;
        const q131 = 1 / t3_16_lo;
        const q132 = 1 / t3_16_hi;
        const pmin63 = Math.min(Math.min(q129, q130), Math.min(q131, q132));
        const lo271 = pmin63 - (PHI * Math.abs(pmin63) + ETA);
        const pmax63 = Math.max(Math.max(q129, q130), Math.max(q131, q132));
        const hi271 = pmax63 + (PHI * Math.abs(pmax63) + ETA);
        const t4_16_lo = (t3_16_lo > 0 || t3_16_hi < 0) && lo271 === lo271 ? lo271 : divLo(1, 1, t3_16_lo, t3_16_hi); // surrogate.ts:9
        const t4_16_hi = (t3_16_lo > 0 || t3_16_hi < 0) && hi271 === hi271 ? hi271 : divHi(1, 1, t3_16_lo, t3_16_hi); // surrogate.ts:9
        const p281 = x_16_lo * t4_16_lo;
        const p282 = x_16_lo * t4_16_hi;
        const p283 = x_16_hi * t4_16_lo;
        const p284 = x_16_hi * t4_16_hi;
        const pmin64 = Math.min(Math.min(p281, p282), Math.min(p283, p284));
        const lo272 = pmin64 - (PHI * Math.abs(pmin64) + ETA);
        const pmax64 = Math.max(Math.max(p281, p282), Math.max(p283, p284));
        const hi272 = pmax64 + (PHI * Math.abs(pmax64) + ETA);
        const lo273 = lo272 === lo272 ? lo272 : mulLo(x_16_lo, x_16_hi, t4_16_lo, t4_16_hi);
        const hi273 = hi272 === hi272 ? hi272 : mulHi(x_16_lo, x_16_hi, t4_16_lo, t4_16_hi);
        ret_16_lo = lo273; // surrogate.ts:9
        ret_16_hi = hi273; // surrogate.ts:9
    }
    if (decided16 === 2) {
        const t652 = ret_16_lo;
        ret_16_lo = ret_16_lo_other;
        ret_16_lo_other = t652;
        const t653 = ret_16_hi;
        ret_16_hi = ret_16_hi_other;
        ret_16_hi_other = t653;
    }
    if (decided16 !== 1) {
        bounds[0] = x_16_lo;
        bounds[1] = x_16_hi;
        expPair();
        const lo274 = bounds[0]!;
        const hi274 = bounds[1]!;
        const e_15_lo = lo274; // surrogate.ts:10
        const e_15_hi = hi274; // surrogate.ts:10
        const s135 = 1 + e_15_lo;
        const lo275 = s135 === 0 ? s135 : s135 - (PHI * Math.abs(s135) + ETA);
        const s136 = 1 + e_15_hi;
        const hi275 = s136 === 0 ? s136 : s136 + (PHI * Math.abs(s136) + ETA);
        const t5_15_lo = lo275 === lo275 ? lo275 : addLo(1, 1, e_15_lo, e_15_hi); // surrogate.ts:11
        const t5_15_hi = hi275 === hi275 ? hi275 : addHi(1, 1, e_15_lo, e_15_hi); // surrogate.ts:11
        const q133 = e_15_lo / t5_15_lo;
        const q134 = e_15_lo / t5_15_hi;
        const q135 = e_15_hi / t5_15_lo;
        const q136 = e_15_hi / t5_15_hi;
        const pmin65 = Math.min(Math.min(q133, q134), Math.min(q135, q136));
        const lo276 = pmin65 - (PHI * Math.abs(pmin65) + ETA);
        const pmax65 = Math.max(Math.max(q133, q134), Math.max(q135, q136));
        const hi276 = pmax65 + (PHI * Math.abs(pmax65) + ETA);
        const t6_15_lo = (t5_15_lo > 0 || t5_15_hi < 0) && lo276 === lo276 ? lo276 : divLo(e_15_lo, e_15_hi, t5_15_lo, t5_15_hi); // surrogate.ts:11
        const t6_15_hi = (t5_15_lo > 0 || t5_15_hi < 0) && hi276 === hi276 ? hi276 : divHi(e_15_lo, e_15_hi, t5_15_lo, t5_15_hi); // surrogate.ts:11
        const p285 = x_16_lo * t6_15_lo;
        const p286 = x_16_lo * t6_15_hi;
        const p287 = x_16_hi * t6_15_lo;
        const p288 = x_16_hi * t6_15_hi;
        const pmin66 = Math.min(Math.min(p285, p286), Math.min(p287, p288));
        const lo277 = pmin66 - (PHI * Math.abs(pmin66) + ETA);
        const pmax66 = Math.max(Math.max(p285, p286), Math.max(p287, p288));
        const hi277 = pmax66 + (PHI * Math.abs(pmax66) + ETA);
        const lo278 = lo277 === lo277 ? lo277 : mulLo(x_16_lo, x_16_hi, t6_15_lo, t6_15_hi);
        const hi278 = hi277 === hi277 ? hi277 : mulHi(x_16_lo, x_16_hi, t6_15_lo, t6_15_hi);
        ret_16_lo = lo278; // surrogate.ts:11
        ret_16_hi = hi278; // surrogate.ts:11
    }
    if (decided16 === 2) {
        ret_16_lo = hullLo(ret_16_lo, ret_16_lo_other);
        ret_16_hi = hullHi(ret_16_hi, ret_16_hi_other);
    }
    const h2_7_lo = ret_16_lo; // surrogate.ts:48
    const h2_7_hi = ret_16_hi; // surrogate.ts:48
    const p289 = 0.1537497201925118 > 0 ? 0.1537497201925118 * h2_0_lo : 0.1537497201925118 * h2_0_hi;
    const t654 = p289 - (PHI * Math.abs(p289) + ETA);
    const lo279 = t654;
    const p290 = 0.1537497201925118 > 0 ? 0.1537497201925118 * h2_0_hi : 0.1537497201925118 * h2_0_lo;
    const t655 = p290 + (PHI * Math.abs(p290) + ETA);
    const hi279 = t655;
    const t103_lo = lo279 === lo279 ? lo279 : mulPointLo(0.1537497201925118, h2_0_lo, h2_0_hi); // surrogate.ts:51
    const t103_hi = hi279 === hi279 ? hi279 : mulPointHi(0.1537497201925118, h2_0_lo, h2_0_hi); // surrogate.ts:51
    const s137 = 0.15518784249476517 - t103_hi;
    const lo280 = s137 === 0 ? s137 : s137 - (PHI * Math.abs(s137) + ETA);
    const s138 = 0.15518784249476517 - t103_lo;
    const hi280 = s138 === 0 ? s138 : s138 + (PHI * Math.abs(s138) + ETA);
    const t104_lo = lo280 === lo280 ? lo280 : subLo(0.15518784249476517, 0.15518784249476517, t103_lo, t103_hi); // surrogate.ts:51
    const t104_hi = hi280 === hi280 ? hi280 : subHi(0.15518784249476517, 0.15518784249476517, t103_lo, t103_hi); // surrogate.ts:51
    const p291 = 0.02740419097282764 > 0 ? 0.02740419097282764 * h2_1_lo : 0.02740419097282764 * h2_1_hi;
    const t656 = t104_lo + (p291 - (PHI * Math.abs(p291) + ETA));
    const lo281 = t656 - (PHI * Math.abs(t656) + ETA);
    const p292 = 0.02740419097282764 > 0 ? 0.02740419097282764 * h2_1_hi : 0.02740419097282764 * h2_1_lo;
    const t657 = t104_hi + (p292 + (PHI * Math.abs(p292) + ETA));
    const hi281 = t657 + (PHI * Math.abs(t657) + ETA);
    const t105_lo = lo281 === lo281 ? lo281 : fmaPointLo(t104_lo, 0.02740419097282764, h2_1_lo, h2_1_hi); // surrogate.ts:51
    const t105_hi = hi281 === hi281 ? hi281 : fmaPointHi(t104_hi, 0.02740419097282764, h2_1_lo, h2_1_hi); // surrogate.ts:51
    const p293 = 0.2645388511631792 > 0 ? 0.2645388511631792 * h2_2_lo : 0.2645388511631792 * h2_2_hi;
    const t658 = p293 - (PHI * Math.abs(p293) + ETA);
    const lo282 = t658;
    const p294 = 0.2645388511631792 > 0 ? 0.2645388511631792 * h2_2_hi : 0.2645388511631792 * h2_2_lo;
    const t659 = p294 + (PHI * Math.abs(p294) + ETA);
    const hi282 = t659;
    const t106_lo = lo282 === lo282 ? lo282 : mulPointLo(0.2645388511631792, h2_2_lo, h2_2_hi); // surrogate.ts:51
    const t106_hi = hi282 === hi282 ? hi282 : mulPointHi(0.2645388511631792, h2_2_lo, h2_2_hi); // surrogate.ts:51
    const s139 = t105_lo - t106_hi;
    const lo283 = s139 === 0 ? s139 : s139 - (PHI * Math.abs(s139) + ETA);
    const s140 = t105_hi - t106_lo;
    const hi283 = s140 === 0 ? s140 : s140 + (PHI * Math.abs(s140) + ETA);
    const t107_lo = lo283 === lo283 ? lo283 : subLo(t105_lo, t105_hi, t106_lo, t106_hi); // surrogate.ts:51
    const t107_hi = hi283 === hi283 ? hi283 : subHi(t105_lo, t105_hi, t106_lo, t106_hi); // surrogate.ts:51
    const p295 = 0.46048836570403434 > 0 ? 0.46048836570403434 * h2_3_lo : 0.46048836570403434 * h2_3_hi;
    const t660 = t107_lo + (p295 - (PHI * Math.abs(p295) + ETA));
    const lo284 = t660 - (PHI * Math.abs(t660) + ETA);
    const p296 = 0.46048836570403434 > 0 ? 0.46048836570403434 * h2_3_hi : 0.46048836570403434 * h2_3_lo;
    const t661 = t107_hi + (p296 + (PHI * Math.abs(p296) + ETA));
    const hi284 = t661 + (PHI * Math.abs(t661) + ETA);
    const t108_lo = lo284 === lo284 ? lo284 : fmaPointLo(t107_lo, 0.46048836570403434, h2_3_lo, h2_3_hi); // surrogate.ts:51
    const t108_hi = hi284 === hi284 ? hi284 : fmaPointHi(t107_hi, 0.46048836570403434, h2_3_lo, h2_3_hi); // surrogate.ts:51
    const p297 = 0.3447650024728048 > 0 ? 0.3447650024728048 * h2_4_lo : 0.3447650024728048 * h2_4_hi;
    const t662 = t108_lo + (p297 - (PHI * Math.abs(p297) + ETA));
    const lo285 = t662 - (PHI * Math.abs(t662) + ETA);
    const p298 = 0.3447650024728048 > 0 ? 0.3447650024728048 * h2_4_hi : 0.3447650024728048 * h2_4_lo;
    const t663 = t108_hi + (p298 + (PHI * Math.abs(p298) + ETA));
    const hi285 = t663 + (PHI * Math.abs(t663) + ETA);
    const t109_lo = lo285 === lo285 ? lo285 : fmaPointLo(t108_lo, 0.3447650024728048, h2_4_lo, h2_4_hi); // surrogate.ts:51
    const t109_hi = hi285 === hi285 ? hi285 : fmaPointHi(t108_hi, 0.3447650024728048, h2_4_lo, h2_4_hi); // surrogate.ts:51
    const p299 = 0.3458059201066317 > 0 ? 0.3458059201066317 * h2_5_lo : 0.3458059201066317 * h2_5_hi;
    const t664 = p299 - (PHI * Math.abs(p299) + ETA);
    const lo286 = t664;
    const p300 = 0.3458059201066317 > 0 ? 0.3458059201066317 * h2_5_hi : 0.3458059201066317 * h2_5_lo;
    const t665 = p300 + (PHI * Math.abs(p300) + ETA);
    const hi286 = t665;
    const t110_lo = lo286 === lo286 ? lo286 : mulPointLo(0.3458059201066317, h2_5_lo, h2_5_hi); // surrogate.ts:51
    const t110_hi = hi286 === hi286 ? hi286 : mulPointHi(0.3458059201066317, h2_5_lo, h2_5_hi); // surrogate.ts:51
    const s141 = t109_lo - t110_hi;
    const lo287 = s141 === 0 ? s141 : s141 - (PHI * Math.abs(s141) + ETA);
    const s142 = t109_hi - t110_lo;
    const hi287 = s142 === 0 ? s142 : s142 + (PHI * Math.abs(s142) + ETA);
    const t111_lo = lo287 === lo287 ? lo287 : subLo(t109_lo, t109_hi, t110_lo, t110_hi); // surrogate.ts:51
    const t111_hi = hi287 === hi287 ? hi287 : subHi(t109_lo, t109_hi, t110_lo, t110_hi); // surrogate.ts:51
    const p301 = 0.023458385264148188 > 0 ? 0.023458385264148188 * h2_6_lo : 0.023458385264148188 * h2_6_hi;
    const t666 = p301 - (PHI * Math.abs(p301) + ETA);
    const lo288 = t666;
    const p302 = 0.023458385264148188 > 0 ? 0.023458385264148188 * h2_6_hi : 0.023458385264148188 * h2_6_lo;
    const t667 = p302 + (PHI * Math.abs(p302) + ETA);
    const hi288 = t667;
    const t112_lo = lo288 === lo288 ? lo288 : mulPointLo(0.023458385264148188, h2_6_lo, h2_6_hi); // surrogate.ts:51
    const t112_hi = hi288 === hi288 ? hi288 : mulPointHi(0.023458385264148188, h2_6_lo, h2_6_hi); // surrogate.ts:51
    const s143 = t111_lo - t112_hi;
    const lo289 = s143 === 0 ? s143 : s143 - (PHI * Math.abs(s143) + ETA);
    const s144 = t111_hi - t112_lo;
    const hi289 = s144 === 0 ? s144 : s144 + (PHI * Math.abs(s144) + ETA);
    const t113_lo = lo289 === lo289 ? lo289 : subLo(t111_lo, t111_hi, t112_lo, t112_hi); // surrogate.ts:51
    const t113_hi = hi289 === hi289 ? hi289 : subHi(t111_lo, t111_hi, t112_lo, t112_hi); // surrogate.ts:51
    const p303 = 0.23426118299238868 > 0 ? 0.23426118299238868 * h2_7_lo : 0.23426118299238868 * h2_7_hi;
    const t668 = p303 - (PHI * Math.abs(p303) + ETA);
    const lo290 = t668;
    const p304 = 0.23426118299238868 > 0 ? 0.23426118299238868 * h2_7_hi : 0.23426118299238868 * h2_7_lo;
    const t669 = p304 + (PHI * Math.abs(p304) + ETA);
    const hi290 = t669;
    const t114_lo = lo290 === lo290 ? lo290 : mulPointLo(0.23426118299238868, h2_7_lo, h2_7_hi); // surrogate.ts:51
    const t114_hi = hi290 === hi290 ? hi290 : mulPointHi(0.23426118299238868, h2_7_lo, h2_7_hi); // surrogate.ts:51
    // inlined silu (examples/browser/surrogate.ts:8)
    const s145 = t113_lo - t114_hi;
    const lo291 = s145 === 0 ? s145 : s145 - (PHI * Math.abs(s145) + ETA);
    const s146 = t113_hi - t114_lo;
    const hi291 = s146 === 0 ? s146 : s146 + (PHI * Math.abs(s146) + ETA);
    let x_17_lo = lo291 === lo291 ? lo291 : subLo(t113_lo, t113_hi, t114_lo, t114_hi); // surrogate.ts:51
    let x_17_hi = hi291 === hi291 ? hi291 : subHi(t113_lo, t113_hi, t114_lo, t114_hi); // surrogate.ts:51
    let ret_17_lo = 0;
    let ret_17_hi = 0;
    const decided17 = geTri(x_17_lo, x_17_hi, 0, 0); // surrogate.ts:9
    let ret_17_lo_other = 0;
    let ret_17_hi_other = 0;
    if (decided17 === 2) {
        ret_17_lo_other = ret_17_lo;
        ret_17_hi_other = ret_17_hi;
    }
    if (decided17 !== 0) {
        const t1_17_lo = -x_17_hi; // surrogate.ts:9
        const t1_17_hi = -x_17_lo; // surrogate.ts:9
        bounds[0] = t1_17_lo;
        bounds[1] = t1_17_hi;
        expPair();
        const lo292 = bounds[0]!;
        const hi292 = bounds[1]!;
        const t2_17_lo = lo292; // surrogate.ts:9
        const t2_17_hi = hi292; // surrogate.ts:9
        const s147 = 1 + t2_17_lo;
        const lo293 = s147 === 0 ? s147 : s147 - (PHI * Math.abs(s147) + ETA);
        const s148 = 1 + t2_17_hi;
        const hi293 = s148 === 0 ? s148 : s148 + (PHI * Math.abs(s148) + ETA);
        const t3_17_lo = lo293 === lo293 ? lo293 : addLo(1, 1, t2_17_lo, t2_17_hi); // surrogate.ts:9
        const t3_17_hi = hi293 === hi293 ? hi293 : addHi(1, 1, t2_17_lo, t2_17_hi); // surrogate.ts:9
        const q137 = 1 / t3_17_lo;
        const q138 = 1 / t3_17_hi;
        const q139 = 1 / t3_17_lo;
        const q140 = 1 / t3_17_hi;
        const pmin67 = Math.min(Math.min(q137, q138), Math.min(q139, q140));
        const lo294 = pmin67 - (PHI * Math.abs(pmin67) + ETA);
        const pmax67 = Math.max(Math.max(q137, q138), Math.max(q139, q140));
        const hi294 = pmax67 + (PHI * Math.abs(pmax67) + ETA);
        const t4_17_lo = (t3_17_lo > 0 || t3_17_hi < 0) && lo294 === lo294 ? lo294 : divLo(1, 1, t3_17_lo, t3_17_hi); // surrogate.ts:9
        const t4_17_hi = (t3_17_lo > 0 || t3_17_hi < 0) && hi294 === hi294 ? hi294 : divHi(1, 1, t3_17_lo, t3_17_hi); // surrogate.ts:9
        const p305 = x_17_lo * t4_17_lo;
        const p306 = x_17_lo * t4_17_hi;
        const p307 = x_17_hi * t4_17_lo;
        const p308 = x_17_hi * t4_17_hi;
        const pmin68 = Math.min(Math.min(p305, p306), Math.min(p307, p308));
        const lo295 = pmin68 - (PHI * Math.abs(pmin68) + ETA);
        const pmax68 = Math.max(Math.max(p305, p306), Math.max(p307, p308));
        const hi295 = pmax68 + (PHI * Math.abs(pmax68) + ETA);
        const lo296 = lo295 === lo295 ? lo295 : mulLo(x_17_lo, x_17_hi, t4_17_lo, t4_17_hi);
        const hi296 = hi295 === hi295 ? hi295 : mulHi(x_17_lo, x_17_hi, t4_17_lo, t4_17_hi);
        ret_17_lo = lo296; // surrogate.ts:9
        ret_17_hi = hi296; // surrogate.ts:9
    }
    if (decided17 === 2) {
        const t670 = ret_17_lo;
        ret_17_lo = ret_17_lo_other;
        ret_17_lo_other = t670;
        const t671 = ret_17_hi;
        ret_17_hi = ret_17_hi_other;
        ret_17_hi_other = t671;
    }
    if (decided17 !== 1) {
        bounds[0] = x_17_lo;
        bounds[1] = x_17_hi;
        expPair();
        const lo297 = bounds[0]!;
        const hi297 = bounds[1]!;
        const e_16_lo = lo297; // surrogate.ts:10
        const e_16_hi = hi297; // surrogate.ts:10
        const s149 = 1 + e_16_lo;
        const lo298 = s149 === 0 ? s149 : s149 - (PHI * Math.abs(s149) + ETA);
        const s150 = 1 + e_16_hi;
        const hi298 = s150 === 0 ? s150 : s150 + (PHI * Math.abs(s150) + ETA);
        const t5_16_lo = lo298 === lo298 ? lo298 : addLo(1, 1, e_16_lo, e_16_hi); // surrogate.ts:11
        const t5_16_hi = hi298 === hi298 ? hi298 : addHi(1, 1, e_16_lo, e_16_hi); // surrogate.ts:11
        const q141 = e_16_lo / t5_16_lo;
        const q142 = e_16_lo / t5_16_hi;
        const q143 = e_16_hi / t5_16_lo;
        const q144 = e_16_hi / t5_16_hi;
        const pmin69 = Math.min(Math.min(q141, q142), Math.min(q143, q144));
        const lo299 = pmin69 - (PHI * Math.abs(pmin69) + ETA);
        const pmax69 = Math.max(Math.max(q141, q142), Math.max(q143, q144));
        const hi299 = pmax69 + (PHI * Math.abs(pmax69) + ETA);
        const t6_16_lo = (t5_16_lo > 0 || t5_16_hi < 0) && lo299 === lo299 ? lo299 : divLo(e_16_lo, e_16_hi, t5_16_lo, t5_16_hi); // surrogate.ts:11
        const t6_16_hi = (t5_16_lo > 0 || t5_16_hi < 0) && hi299 === hi299 ? hi299 : divHi(e_16_lo, e_16_hi, t5_16_lo, t5_16_hi); // surrogate.ts:11
        const p309 = x_17_lo * t6_16_lo;
        const p310 = x_17_lo * t6_16_hi;
        const p311 = x_17_hi * t6_16_lo;
        const p312 = x_17_hi * t6_16_hi;
        const pmin70 = Math.min(Math.min(p309, p310), Math.min(p311, p312));
        const lo300 = pmin70 - (PHI * Math.abs(pmin70) + ETA);
        const pmax70 = Math.max(Math.max(p309, p310), Math.max(p311, p312));
        const hi300 = pmax70 + (PHI * Math.abs(pmax70) + ETA);
        const lo301 = lo300 === lo300 ? lo300 : mulLo(x_17_lo, x_17_hi, t6_16_lo, t6_16_hi);
        const hi301 = hi300 === hi300 ? hi300 : mulHi(x_17_lo, x_17_hi, t6_16_lo, t6_16_hi);
        ret_17_lo = lo301; // surrogate.ts:11
        ret_17_hi = hi301; // surrogate.ts:11
    }
    if (decided17 === 2) {
        ret_17_lo = hullLo(ret_17_lo, ret_17_lo_other);
        ret_17_hi = hullHi(ret_17_hi, ret_17_hi_other);
    }
    const h3_0_lo = ret_17_lo; // surrogate.ts:51
    const h3_0_hi = ret_17_hi; // surrogate.ts:51
    const p313 = 0.16932779093500663 > 0 ? 0.16932779093500663 * h2_0_lo : 0.16932779093500663 * h2_0_hi;
    const t672 = 0.08175434489303397 + (p313 - (PHI * Math.abs(p313) + ETA));
    const lo302 = t672 - (PHI * Math.abs(t672) + ETA);
    const p314 = 0.16932779093500663 > 0 ? 0.16932779093500663 * h2_0_hi : 0.16932779093500663 * h2_0_lo;
    const t673 = 0.08175434489303397 + (p314 + (PHI * Math.abs(p314) + ETA));
    const hi302 = t673 + (PHI * Math.abs(t673) + ETA);
    const t115_lo = lo302 === lo302 ? lo302 : fmaPointLo(0.08175434489303397, 0.16932779093500663, h2_0_lo, h2_0_hi); // surrogate.ts:52
    const t115_hi = hi302 === hi302 ? hi302 : fmaPointHi(0.08175434489303397, 0.16932779093500663, h2_0_lo, h2_0_hi); // surrogate.ts:52
    const p315 = 0.3356827719590377 > 0 ? 0.3356827719590377 * h2_1_lo : 0.3356827719590377 * h2_1_hi;
    const t674 = t115_lo + (p315 - (PHI * Math.abs(p315) + ETA));
    const lo303 = t674 - (PHI * Math.abs(t674) + ETA);
    const p316 = 0.3356827719590377 > 0 ? 0.3356827719590377 * h2_1_hi : 0.3356827719590377 * h2_1_lo;
    const t675 = t115_hi + (p316 + (PHI * Math.abs(p316) + ETA));
    const hi303 = t675 + (PHI * Math.abs(t675) + ETA);
    const t116_lo = lo303 === lo303 ? lo303 : fmaPointLo(t115_lo, 0.3356827719590377, h2_1_lo, h2_1_hi); // surrogate.ts:52
    const t116_hi = hi303 === hi303 ? hi303 : fmaPointHi(t115_hi, 0.3356827719590377, h2_1_lo, h2_1_hi); // surrogate.ts:52
    const p317 = 0.2803486590890107 > 0 ? 0.2803486590890107 * h2_2_lo : 0.2803486590890107 * h2_2_hi;
    const t676 = t116_lo + (p317 - (PHI * Math.abs(p317) + ETA));
    const lo304 = t676 - (PHI * Math.abs(t676) + ETA);
    const p318 = 0.2803486590890107 > 0 ? 0.2803486590890107 * h2_2_hi : 0.2803486590890107 * h2_2_lo;
    const t677 = t116_hi + (p318 + (PHI * Math.abs(p318) + ETA));
    const hi304 = t677 + (PHI * Math.abs(t677) + ETA);
    const t117_lo = lo304 === lo304 ? lo304 : fmaPointLo(t116_lo, 0.2803486590890107, h2_2_lo, h2_2_hi); // surrogate.ts:52
    const t117_hi = hi304 === hi304 ? hi304 : fmaPointHi(t116_hi, 0.2803486590890107, h2_2_lo, h2_2_hi); // surrogate.ts:52
    const p319 = 0.19529672219171046 > 0 ? 0.19529672219171046 * h2_3_lo : 0.19529672219171046 * h2_3_hi;
    const t678 = t117_lo + (p319 - (PHI * Math.abs(p319) + ETA));
    const lo305 = t678 - (PHI * Math.abs(t678) + ETA);
    const p320 = 0.19529672219171046 > 0 ? 0.19529672219171046 * h2_3_hi : 0.19529672219171046 * h2_3_lo;
    const t679 = t117_hi + (p320 + (PHI * Math.abs(p320) + ETA));
    const hi305 = t679 + (PHI * Math.abs(t679) + ETA);
    const t118_lo = lo305 === lo305 ? lo305 : fmaPointLo(t117_lo, 0.19529672219171046, h2_3_lo, h2_3_hi); // surrogate.ts:52
    const t118_hi = hi305 === hi305 ? hi305 : fmaPointHi(t117_hi, 0.19529672219171046, h2_3_lo, h2_3_hi); // surrogate.ts:52
    const p321 = 0.1804714004313033 > 0 ? 0.1804714004313033 * h2_4_lo : 0.1804714004313033 * h2_4_hi;
    const t680 = p321 - (PHI * Math.abs(p321) + ETA);
    const lo306 = t680;
    const p322 = 0.1804714004313033 > 0 ? 0.1804714004313033 * h2_4_hi : 0.1804714004313033 * h2_4_lo;
    const t681 = p322 + (PHI * Math.abs(p322) + ETA);
    const hi306 = t681;
    const t119_lo = lo306 === lo306 ? lo306 : mulPointLo(0.1804714004313033, h2_4_lo, h2_4_hi); // surrogate.ts:52
    const t119_hi = hi306 === hi306 ? hi306 : mulPointHi(0.1804714004313033, h2_4_lo, h2_4_hi); // surrogate.ts:52
    const s151 = t118_lo - t119_hi;
    const lo307 = s151 === 0 ? s151 : s151 - (PHI * Math.abs(s151) + ETA);
    const s152 = t118_hi - t119_lo;
    const hi307 = s152 === 0 ? s152 : s152 + (PHI * Math.abs(s152) + ETA);
    const t120_lo = lo307 === lo307 ? lo307 : subLo(t118_lo, t118_hi, t119_lo, t119_hi); // surrogate.ts:52
    const t120_hi = hi307 === hi307 ? hi307 : subHi(t118_lo, t118_hi, t119_lo, t119_hi); // surrogate.ts:52
    const p323 = 0.16894059080029616 > 0 ? 0.16894059080029616 * h2_5_lo : 0.16894059080029616 * h2_5_hi;
    const t682 = t120_lo + (p323 - (PHI * Math.abs(p323) + ETA));
    const lo308 = t682 - (PHI * Math.abs(t682) + ETA);
    const p324 = 0.16894059080029616 > 0 ? 0.16894059080029616 * h2_5_hi : 0.16894059080029616 * h2_5_lo;
    const t683 = t120_hi + (p324 + (PHI * Math.abs(p324) + ETA));
    const hi308 = t683 + (PHI * Math.abs(t683) + ETA);
    const t121_lo = lo308 === lo308 ? lo308 : fmaPointLo(t120_lo, 0.16894059080029616, h2_5_lo, h2_5_hi); // surrogate.ts:52
    const t121_hi = hi308 === hi308 ? hi308 : fmaPointHi(t120_hi, 0.16894059080029616, h2_5_lo, h2_5_hi); // surrogate.ts:52
    const p325 = 0.20209494611315215 > 0 ? 0.20209494611315215 * h2_6_lo : 0.20209494611315215 * h2_6_hi;
    const t684 = t121_lo + (p325 - (PHI * Math.abs(p325) + ETA));
    const lo309 = t684 - (PHI * Math.abs(t684) + ETA);
    const p326 = 0.20209494611315215 > 0 ? 0.20209494611315215 * h2_6_hi : 0.20209494611315215 * h2_6_lo;
    const t685 = t121_hi + (p326 + (PHI * Math.abs(p326) + ETA));
    const hi309 = t685 + (PHI * Math.abs(t685) + ETA);
    const t122_lo = lo309 === lo309 ? lo309 : fmaPointLo(t121_lo, 0.20209494611315215, h2_6_lo, h2_6_hi); // surrogate.ts:52
    const t122_hi = hi309 === hi309 ? hi309 : fmaPointHi(t121_hi, 0.20209494611315215, h2_6_lo, h2_6_hi); // surrogate.ts:52
    // inlined silu (examples/browser/surrogate.ts:8)
    const p327 = 0.3693261284714944 > 0 ? 0.3693261284714944 * h2_7_lo : 0.3693261284714944 * h2_7_hi;
    const t686 = t122_lo + (p327 - (PHI * Math.abs(p327) + ETA));
    const lo310 = t686 - (PHI * Math.abs(t686) + ETA);
    const p328 = 0.3693261284714944 > 0 ? 0.3693261284714944 * h2_7_hi : 0.3693261284714944 * h2_7_lo;
    const t687 = t122_hi + (p328 + (PHI * Math.abs(p328) + ETA));
    const hi310 = t687 + (PHI * Math.abs(t687) + ETA);
    let x_18_lo = lo310 === lo310 ? lo310 : fmaPointLo(t122_lo, 0.3693261284714944, h2_7_lo, h2_7_hi); // surrogate.ts:52
    let x_18_hi = hi310 === hi310 ? hi310 : fmaPointHi(t122_hi, 0.3693261284714944, h2_7_lo, h2_7_hi); // surrogate.ts:52
    let ret_18_lo = 0;
    let ret_18_hi = 0;
    const decided18 = geTri(x_18_lo, x_18_hi, 0, 0); // surrogate.ts:9
    let ret_18_lo_other = 0;
    let ret_18_hi_other = 0;
    if (decided18 === 2) {
        ret_18_lo_other = ret_18_lo;
        ret_18_hi_other = ret_18_hi;
    }
    if (decided18 !== 0) {
        const t1_18_lo = -x_18_hi; // surrogate.ts:9
        const t1_18_hi = -x_18_lo; // surrogate.ts:9
        bounds[0] = t1_18_lo;
        bounds[1] = t1_18_hi;
        expPair();
        const lo311 = bounds[0]!;
        const hi311 = bounds[1]!;
        const t2_18_lo = lo311; // surrogate.ts:9
        const t2_18_hi = hi311; // surrogate.ts:9
        const s153 = 1 + t2_18_lo;
        const lo312 = s153 === 0 ? s153 : s153 - (PHI * Math.abs(s153) + ETA);
        const s154 = 1 + t2_18_hi;
        const hi312 = s154 === 0 ? s154 : s154 + (PHI * Math.abs(s154) + ETA);
        const t3_18_lo = lo312 === lo312 ? lo312 : addLo(1, 1, t2_18_lo, t2_18_hi); // surrogate.ts:9
        const t3_18_hi = hi312 === hi312 ? hi312 : addHi(1, 1, t2_18_lo, t2_18_hi); // surrogate.ts:9
        const q145 = 1 / t3_18_lo;
        const q146 = 1 / t3_18_hi;
        const q147 = 1 / t3_18_lo;
        const q148 = 1 / t3_18_hi;
        const pmin71 = Math.min(Math.min(q145, q146), Math.min(q147, q148));
        const lo313 = pmin71 - (PHI * Math.abs(pmin71) + ETA);
        const pmax71 = Math.max(Math.max(q145, q146), Math.max(q147, q148));
        const hi313 = pmax71 + (PHI * Math.abs(pmax71) + ETA);
        const t4_18_lo = (t3_18_lo > 0 || t3_18_hi < 0) && lo313 === lo313 ? lo313 : divLo(1, 1, t3_18_lo, t3_18_hi); // surrogate.ts:9
        const t4_18_hi = (t3_18_lo > 0 || t3_18_hi < 0) && hi313 === hi313 ? hi313 : divHi(1, 1, t3_18_lo, t3_18_hi); // surrogate.ts:9
        const p329 = x_18_lo * t4_18_lo;
        const p330 = x_18_lo * t4_18_hi;
        const p331 = x_18_hi * t4_18_lo;
        const p332 = x_18_hi * t4_18_hi;
        const pmin72 = Math.min(Math.min(p329, p330), Math.min(p331, p332));
        const lo314 = pmin72 - (PHI * Math.abs(pmin72) + ETA);
        const pmax72 = Math.max(Math.max(p329, p330), Math.max(p331, p332));
        const hi314 = pmax72 + (PHI * Math.abs(pmax72) + ETA);
        const lo315 = lo314 === lo314 ? lo314 : mulLo(x_18_lo, x_18_hi, t4_18_lo, t4_18_hi);
        const hi315 = hi314 === hi314 ? hi314 : mulHi(x_18_lo, x_18_hi, t4_18_lo, t4_18_hi);
        ret_18_lo = lo315; // surrogate.ts:9
        ret_18_hi = hi315; // surrogate.ts:9
    }
    if (decided18 === 2) {
        const t688 = ret_18_lo;
        ret_18_lo = ret_18_lo_other;
        ret_18_lo_other = t688;
        const t689 = ret_18_hi;
        ret_18_hi = ret_18_hi_other;
        ret_18_hi_other = t689;
    }
    if (decided18 !== 1) {
        bounds[0] = x_18_lo;
        bounds[1] = x_18_hi;
        expPair();
        const lo316 = bounds[0]!;
        const hi316 = bounds[1]!;
        const e_17_lo = lo316; // surrogate.ts:10
        const e_17_hi = hi316; // surrogate.ts:10
        const s155 = 1 + e_17_lo;
        const lo317 = s155 === 0 ? s155 : s155 - (PHI * Math.abs(s155) + ETA);
        const s156 = 1 + e_17_hi;
        const hi317 = s156 === 0 ? s156 : s156 + (PHI * Math.abs(s156) + ETA);
        const t5_17_lo = lo317 === lo317 ? lo317 : addLo(1, 1, e_17_lo, e_17_hi); // surrogate.ts:11
        const t5_17_hi = hi317 === hi317 ? hi317 : addHi(1, 1, e_17_lo, e_17_hi); // surrogate.ts:11
        const q149 = e_17_lo / t5_17_lo;
        const q150 = e_17_lo / t5_17_hi;
        const q151 = e_17_hi / t5_17_lo;
        const q152 = e_17_hi / t5_17_hi;
        const pmin73 = Math.min(Math.min(q149, q150), Math.min(q151, q152));
        const lo318 = pmin73 - (PHI * Math.abs(pmin73) + ETA);
        const pmax73 = Math.max(Math.max(q149, q150), Math.max(q151, q152));
        const hi318 = pmax73 + (PHI * Math.abs(pmax73) + ETA);
        const t6_17_lo = (t5_17_lo > 0 || t5_17_hi < 0) && lo318 === lo318 ? lo318 : divLo(e_17_lo, e_17_hi, t5_17_lo, t5_17_hi); // surrogate.ts:11
        const t6_17_hi = (t5_17_lo > 0 || t5_17_hi < 0) && hi318 === hi318 ? hi318 : divHi(e_17_lo, e_17_hi, t5_17_lo, t5_17_hi); // surrogate.ts:11
        const p333 = x_18_lo * t6_17_lo;
        const p334 = x_18_lo * t6_17_hi;
        const p335 = x_18_hi * t6_17_lo;
        const p336 = x_18_hi * t6_17_hi;
        const pmin74 = Math.min(Math.min(p333, p334), Math.min(p335, p336));
        const lo319 = pmin74 - (PHI * Math.abs(pmin74) + ETA);
        const pmax74 = Math.max(Math.max(p333, p334), Math.max(p335, p336));
        const hi319 = pmax74 + (PHI * Math.abs(pmax74) + ETA);
        const lo320 = lo319 === lo319 ? lo319 : mulLo(x_18_lo, x_18_hi, t6_17_lo, t6_17_hi);
        const hi320 = hi319 === hi319 ? hi319 : mulHi(x_18_lo, x_18_hi, t6_17_lo, t6_17_hi);
        ret_18_lo = lo320; // surrogate.ts:11
        ret_18_hi = hi320; // surrogate.ts:11
    }
    if (decided18 === 2) {
        ret_18_lo = hullLo(ret_18_lo, ret_18_lo_other);
        ret_18_hi = hullHi(ret_18_hi, ret_18_hi_other);
    }
    const h3_1_lo = ret_18_lo; // surrogate.ts:52
    const h3_1_hi = ret_18_hi; // surrogate.ts:52
    const p337 = 0.09779899883641116 > 0 ? 0.09779899883641116 * h2_0_lo : 0.09779899883641116 * h2_0_hi;
    const t690 = p337 - (PHI * Math.abs(p337) + ETA);
    const lo321 = t690;
    const p338 = 0.09779899883641116 > 0 ? 0.09779899883641116 * h2_0_hi : 0.09779899883641116 * h2_0_lo;
    const t691 = p338 + (PHI * Math.abs(p338) + ETA);
    const hi321 = t691;
    const t123_lo = lo321 === lo321 ? lo321 : mulPointLo(0.09779899883641116, h2_0_lo, h2_0_hi); // surrogate.ts:53
    const t123_hi = hi321 === hi321 ? hi321 : mulPointHi(0.09779899883641116, h2_0_lo, h2_0_hi); // surrogate.ts:53
    const s157 = 0.20338714753367945 - t123_hi;
    const lo322 = s157 === 0 ? s157 : s157 - (PHI * Math.abs(s157) + ETA);
    const s158 = 0.20338714753367945 - t123_lo;
    const hi322 = s158 === 0 ? s158 : s158 + (PHI * Math.abs(s158) + ETA);
    const t124_lo = lo322 === lo322 ? lo322 : subLo(0.20338714753367945, 0.20338714753367945, t123_lo, t123_hi); // surrogate.ts:53
    const t124_hi = hi322 === hi322 ? hi322 : subHi(0.20338714753367945, 0.20338714753367945, t123_lo, t123_hi); // surrogate.ts:53
    const p339 = 0.04211072273299397 > 0 ? 0.04211072273299397 * h2_1_lo : 0.04211072273299397 * h2_1_hi;
    const t692 = p339 - (PHI * Math.abs(p339) + ETA);
    const lo323 = t692;
    const p340 = 0.04211072273299397 > 0 ? 0.04211072273299397 * h2_1_hi : 0.04211072273299397 * h2_1_lo;
    const t693 = p340 + (PHI * Math.abs(p340) + ETA);
    const hi323 = t693;
    const t125_lo = lo323 === lo323 ? lo323 : mulPointLo(0.04211072273299397, h2_1_lo, h2_1_hi); // surrogate.ts:53
    const t125_hi = hi323 === hi323 ? hi323 : mulPointHi(0.04211072273299397, h2_1_lo, h2_1_hi); // surrogate.ts:53
    const s159 = t124_lo - t125_hi;
    const lo324 = s159 === 0 ? s159 : s159 - (PHI * Math.abs(s159) + ETA);
    const s160 = t124_hi - t125_lo;
    const hi324 = s160 === 0 ? s160 : s160 + (PHI * Math.abs(s160) + ETA);
    const t126_lo = lo324 === lo324 ? lo324 : subLo(t124_lo, t124_hi, t125_lo, t125_hi); // surrogate.ts:53
    const t126_hi = hi324 === hi324 ? hi324 : subHi(t124_lo, t124_hi, t125_lo, t125_hi); // surrogate.ts:53
    const p341 = 0.016815381446234533 > 0 ? 0.016815381446234533 * h2_2_lo : 0.016815381446234533 * h2_2_hi;
    const t694 = p341 - (PHI * Math.abs(p341) + ETA);
    const lo325 = t694;
    const p342 = 0.016815381446234533 > 0 ? 0.016815381446234533 * h2_2_hi : 0.016815381446234533 * h2_2_lo;
    const t695 = p342 + (PHI * Math.abs(p342) + ETA);
    const hi325 = t695;
    const t127_lo = lo325 === lo325 ? lo325 : mulPointLo(0.016815381446234533, h2_2_lo, h2_2_hi); // surrogate.ts:53
    const t127_hi = hi325 === hi325 ? hi325 : mulPointHi(0.016815381446234533, h2_2_lo, h2_2_hi); // surrogate.ts:53
    const s161 = t126_lo - t127_hi;
    const lo326 = s161 === 0 ? s161 : s161 - (PHI * Math.abs(s161) + ETA);
    const s162 = t126_hi - t127_lo;
    const hi326 = s162 === 0 ? s162 : s162 + (PHI * Math.abs(s162) + ETA);
    const t128_lo = lo326 === lo326 ? lo326 : subLo(t126_lo, t126_hi, t127_lo, t127_hi); // surrogate.ts:53
    const t128_hi = hi326 === hi326 ? hi326 : subHi(t126_lo, t126_hi, t127_lo, t127_hi); // surrogate.ts:53
    const p343 = 0.21040999259454113 > 0 ? 0.21040999259454113 * h2_3_lo : 0.21040999259454113 * h2_3_hi;
    const t696 = t128_lo + (p343 - (PHI * Math.abs(p343) + ETA));
    const lo327 = t696 - (PHI * Math.abs(t696) + ETA);
    const p344 = 0.21040999259454113 > 0 ? 0.21040999259454113 * h2_3_hi : 0.21040999259454113 * h2_3_lo;
    const t697 = t128_hi + (p344 + (PHI * Math.abs(p344) + ETA));
    const hi327 = t697 + (PHI * Math.abs(t697) + ETA);
    const t129_lo = lo327 === lo327 ? lo327 : fmaPointLo(t128_lo, 0.21040999259454113, h2_3_lo, h2_3_hi); // surrogate.ts:53
    const t129_hi = hi327 === hi327 ? hi327 : fmaPointHi(t128_hi, 0.21040999259454113, h2_3_lo, h2_3_hi); // surrogate.ts:53
    const p345 = 0.2543012847639124 > 0 ? 0.2543012847639124 * h2_4_lo : 0.2543012847639124 * h2_4_hi;
    const t698 = t129_lo + (p345 - (PHI * Math.abs(p345) + ETA));
    const lo328 = t698 - (PHI * Math.abs(t698) + ETA);
    const p346 = 0.2543012847639124 > 0 ? 0.2543012847639124 * h2_4_hi : 0.2543012847639124 * h2_4_lo;
    const t699 = t129_hi + (p346 + (PHI * Math.abs(p346) + ETA));
    const hi328 = t699 + (PHI * Math.abs(t699) + ETA);
    const t130_lo = lo328 === lo328 ? lo328 : fmaPointLo(t129_lo, 0.2543012847639124, h2_4_lo, h2_4_hi); // surrogate.ts:53
    const t130_hi = hi328 === hi328 ? hi328 : fmaPointHi(t129_hi, 0.2543012847639124, h2_4_lo, h2_4_hi); // surrogate.ts:53
    const p347 = 0.5159121603196455 > 0 ? 0.5159121603196455 * h2_5_lo : 0.5159121603196455 * h2_5_hi;
    const t700 = p347 - (PHI * Math.abs(p347) + ETA);
    const lo329 = t700;
    const p348 = 0.5159121603196455 > 0 ? 0.5159121603196455 * h2_5_hi : 0.5159121603196455 * h2_5_lo;
    const t701 = p348 + (PHI * Math.abs(p348) + ETA);
    const hi329 = t701;
    const t131_lo = lo329 === lo329 ? lo329 : mulPointLo(0.5159121603196455, h2_5_lo, h2_5_hi); // surrogate.ts:53
    const t131_hi = hi329 === hi329 ? hi329 : mulPointHi(0.5159121603196455, h2_5_lo, h2_5_hi); // surrogate.ts:53
    const s163 = t130_lo - t131_hi;
    const lo330 = s163 === 0 ? s163 : s163 - (PHI * Math.abs(s163) + ETA);
    const s164 = t130_hi - t131_lo;
    const hi330 = s164 === 0 ? s164 : s164 + (PHI * Math.abs(s164) + ETA);
    const t132_lo = lo330 === lo330 ? lo330 : subLo(t130_lo, t130_hi, t131_lo, t131_hi); // surrogate.ts:53
    const t132_hi = hi330 === hi330 ? hi330 : subHi(t130_lo, t130_hi, t131_lo, t131_hi); // surrogate.ts:53
    const p349 = 0.005644051112129956 > 0 ? 0.005644051112129956 * h2_6_lo : 0.005644051112129956 * h2_6_hi;
    const t702 = p349 - (PHI * Math.abs(p349) + ETA);
    const lo331 = t702;
    const p350 = 0.005644051112129956 > 0 ? 0.005644051112129956 * h2_6_hi : 0.005644051112129956 * h2_6_lo;
    const t703 = p350 + (PHI * Math.abs(p350) + ETA);
    const hi331 = t703;
    const t133_lo = lo331 === lo331 ? lo331 : mulPointLo(0.005644051112129956, h2_6_lo, h2_6_hi); // surrogate.ts:53
    const t133_hi = hi331 === hi331 ? hi331 : mulPointHi(0.005644051112129956, h2_6_lo, h2_6_hi); // surrogate.ts:53
    const s165 = t132_lo - t133_hi;
    const lo332 = s165 === 0 ? s165 : s165 - (PHI * Math.abs(s165) + ETA);
    const s166 = t132_hi - t133_lo;
    const hi332 = s166 === 0 ? s166 : s166 + (PHI * Math.abs(s166) + ETA);
    const t134_lo = lo332 === lo332 ? lo332 : subLo(t132_lo, t132_hi, t133_lo, t133_hi); // surrogate.ts:53
    const t134_hi = hi332 === hi332 ? hi332 : subHi(t132_lo, t132_hi, t133_lo, t133_hi); // surrogate.ts:53
    const p351 = 0.07026744557714883 > 0 ? 0.07026744557714883 * h2_7_lo : 0.07026744557714883 * h2_7_hi;
    const t704 = p351 - (PHI * Math.abs(p351) + ETA);
    const lo333 = t704;
    const p352 = 0.07026744557714883 > 0 ? 0.07026744557714883 * h2_7_hi : 0.07026744557714883 * h2_7_lo;
    const t705 = p352 + (PHI * Math.abs(p352) + ETA);
    const hi333 = t705;
    const t135_lo = lo333 === lo333 ? lo333 : mulPointLo(0.07026744557714883, h2_7_lo, h2_7_hi); // surrogate.ts:53
    const t135_hi = hi333 === hi333 ? hi333 : mulPointHi(0.07026744557714883, h2_7_lo, h2_7_hi); // surrogate.ts:53
    // inlined silu (examples/browser/surrogate.ts:8)
    const s167 = t134_lo - t135_hi;
    const lo334 = s167 === 0 ? s167 : s167 - (PHI * Math.abs(s167) + ETA);
    const s168 = t134_hi - t135_lo;
    const hi334 = s168 === 0 ? s168 : s168 + (PHI * Math.abs(s168) + ETA);
    let x_19_lo = lo334 === lo334 ? lo334 : subLo(t134_lo, t134_hi, t135_lo, t135_hi); // surrogate.ts:53
    let x_19_hi = hi334 === hi334 ? hi334 : subHi(t134_lo, t134_hi, t135_lo, t135_hi); // surrogate.ts:53
    let ret_19_lo = 0;
    let ret_19_hi = 0;
    const decided19 = geTri(x_19_lo, x_19_hi, 0, 0); // surrogate.ts:9
    let ret_19_lo_other = 0;
    let ret_19_hi_other = 0;
    if (decided19 === 2) {
        ret_19_lo_other = ret_19_lo;
        ret_19_hi_other = ret_19_hi;
    }
    if (decided19 !== 0) {
        const t1_19_lo = -x_19_hi; // surrogate.ts:9
        const t1_19_hi = -x_19_lo; // surrogate.ts:9
        bounds[0] = t1_19_lo;
        bounds[1] = t1_19_hi;
        expPair();
        const lo335 = bounds[0]!;
        const hi335 = bounds[1]!;
        const t2_19_lo = lo335; // surrogate.ts:9
        const t2_19_hi = hi335; // surrogate.ts:9
        const s169 = 1 + t2_19_lo;
        const lo336 = s169 === 0 ? s169 : s169 - (PHI * Math.abs(s169) + ETA);
        const s170 = 1 + t2_19_hi;
        const hi336 = s170 === 0 ? s170 : s170 + (PHI * Math.abs(s170) + ETA);
        const t3_19_lo = lo336 === lo336 ? lo336 : addLo(1, 1, t2_19_lo, t2_19_hi); // surrogate.ts:9
        const t3_19_hi = hi336 === hi336 ? hi336 : addHi(1, 1, t2_19_lo, t2_19_hi); // surrogate.ts:9
        const q153 = 1 / t3_19_lo;
        const q154 = 1 / t3_19_hi;
        const q155 = 1 / t3_19_lo;
        const q156 = 1 / t3_19_hi;
        const pmin75 = Math.min(Math.min(q153, q154), Math.min(q155, q156));
        const lo337 = pmin75 - (PHI * Math.abs(pmin75) + ETA);
        const pmax75 = Math.max(Math.max(q153, q154), Math.max(q155, q156));
        const hi337 = pmax75 + (PHI * Math.abs(pmax75) + ETA);
        const t4_19_lo = (t3_19_lo > 0 || t3_19_hi < 0) && lo337 === lo337 ? lo337 : divLo(1, 1, t3_19_lo, t3_19_hi); // surrogate.ts:9
        const t4_19_hi = (t3_19_lo > 0 || t3_19_hi < 0) && hi337 === hi337 ? hi337 : divHi(1, 1, t3_19_lo, t3_19_hi); // surrogate.ts:9
        const p353 = x_19_lo * t4_19_lo;
        const p354 = x_19_lo * t4_19_hi;
        const p355 = x_19_hi * t4_19_lo;
        const p356 = x_19_hi * t4_19_hi;
        const pmin76 = Math.min(Math.min(p353, p354), Math.min(p355, p356));
        const lo338 = pmin76 - (PHI * Math.abs(pmin76) + ETA);
        const pmax76 = Math.max(Math.max(p353, p354), Math.max(p355, p356));
        const hi338 = pmax76 + (PHI * Math.abs(pmax76) + ETA);
        const lo339 = lo338 === lo338 ? lo338 : mulLo(x_19_lo, x_19_hi, t4_19_lo, t4_19_hi);
        const hi339 = hi338 === hi338 ? hi338 : mulHi(x_19_lo, x_19_hi, t4_19_lo, t4_19_hi);
        ret_19_lo = lo339; // surrogate.ts:9
        ret_19_hi = hi339; // surrogate.ts:9
    }
    if (decided19 === 2) {
        const t706 = ret_19_lo;
        ret_19_lo = ret_19_lo_other;
        ret_19_lo_other = t706;
        const t707 = ret_19_hi;
        ret_19_hi = ret_19_hi_other;
        ret_19_hi_other = t707;
    }
    if (decided19 !== 1) {
        bounds[0] = x_19_lo;
        bounds[1] = x_19_hi;
        expPair();
        const lo340 = bounds[0]!;
        const hi340 = bounds[1]!;
        const e_18_lo = lo340; // surrogate.ts:10
        const e_18_hi = hi340; // surrogate.ts:10
        const s171 = 1 + e_18_lo;
        const lo341 = s171 === 0 ? s171 : s171 - (PHI * Math.abs(s171) + ETA);
        const s172 = 1 + e_18_hi;
        const hi341 = s172 === 0 ? s172 : s172 + (PHI * Math.abs(s172) + ETA);
        const t5_18_lo = lo341 === lo341 ? lo341 : addLo(1, 1, e_18_lo, e_18_hi); // surrogate.ts:11
        const t5_18_hi = hi341 === hi341 ? hi341 : addHi(1, 1, e_18_lo, e_18_hi); // surrogate.ts:11
        const q157 = e_18_lo / t5_18_lo;
        const q158 = e_18_lo / t5_18_hi;
        const q159 = e_18_hi / t5_18_lo;
        const q160 = e_18_hi / t5_18_hi;
        const pmin77 = Math.min(Math.min(q157, q158), Math.min(q159, q160));
        const lo342 = pmin77 - (PHI * Math.abs(pmin77) + ETA);
        const pmax77 = Math.max(Math.max(q157, q158), Math.max(q159, q160));
        const hi342 = pmax77 + (PHI * Math.abs(pmax77) + ETA);
        const t6_18_lo = (t5_18_lo > 0 || t5_18_hi < 0) && lo342 === lo342 ? lo342 : divLo(e_18_lo, e_18_hi, t5_18_lo, t5_18_hi); // surrogate.ts:11
        const t6_18_hi = (t5_18_lo > 0 || t5_18_hi < 0) && hi342 === hi342 ? hi342 : divHi(e_18_lo, e_18_hi, t5_18_lo, t5_18_hi); // surrogate.ts:11
        const p357 = x_19_lo * t6_18_lo;
        const p358 = x_19_lo * t6_18_hi;
        const p359 = x_19_hi * t6_18_lo;
        const p360 = x_19_hi * t6_18_hi;
        const pmin78 = Math.min(Math.min(p357, p358), Math.min(p359, p360));
        const lo343 = pmin78 - (PHI * Math.abs(pmin78) + ETA);
        const pmax78 = Math.max(Math.max(p357, p358), Math.max(p359, p360));
        const hi343 = pmax78 + (PHI * Math.abs(pmax78) + ETA);
        const lo344 = lo343 === lo343 ? lo343 : mulLo(x_19_lo, x_19_hi, t6_18_lo, t6_18_hi);
        const hi344 = hi343 === hi343 ? hi343 : mulHi(x_19_lo, x_19_hi, t6_18_lo, t6_18_hi);
        ret_19_lo = lo344; // surrogate.ts:11
        ret_19_hi = hi344; // surrogate.ts:11
    }
    if (decided19 === 2) {
        ret_19_lo = hullLo(ret_19_lo, ret_19_lo_other);
        ret_19_hi = hullHi(ret_19_hi, ret_19_hi_other);
    }
    const h3_2_lo = ret_19_lo; // surrogate.ts:53
    const h3_2_hi = ret_19_hi; // surrogate.ts:53
    const p361 = 0.3920111199570636 > 0 ? 0.3920111199570636 * h2_0_lo : 0.3920111199570636 * h2_0_hi;
    const t708 = p361 - (PHI * Math.abs(p361) + ETA);
    const lo345 = t708;
    const p362 = 0.3920111199570636 > 0 ? 0.3920111199570636 * h2_0_hi : 0.3920111199570636 * h2_0_lo;
    const t709 = p362 + (PHI * Math.abs(p362) + ETA);
    const hi345 = t709;
    const t136_lo = lo345 === lo345 ? lo345 : mulPointLo(0.3920111199570636, h2_0_lo, h2_0_hi); // surrogate.ts:54
    const t136_hi = hi345 === hi345 ? hi345 : mulPointHi(0.3920111199570636, h2_0_lo, h2_0_hi); // surrogate.ts:54
    const s173 = -0.04074282906528182 - t136_hi;
    const lo346 = s173 === 0 ? s173 : s173 - (PHI * Math.abs(s173) + ETA);
    const s174 = -0.04074282906528182 - t136_lo;
    const hi346 = s174 === 0 ? s174 : s174 + (PHI * Math.abs(s174) + ETA);
    const t137_lo = lo346 === lo346 ? lo346 : subLo(-0.04074282906528182, -0.04074282906528182, t136_lo, t136_hi); // surrogate.ts:54
    const t137_hi = hi346 === hi346 ? hi346 : subHi(-0.04074282906528182, -0.04074282906528182, t136_lo, t136_hi); // surrogate.ts:54
    const p363 = 0.22347295222255065 > 0 ? 0.22347295222255065 * h2_1_lo : 0.22347295222255065 * h2_1_hi;
    const t710 = p363 - (PHI * Math.abs(p363) + ETA);
    const lo347 = t710;
    const p364 = 0.22347295222255065 > 0 ? 0.22347295222255065 * h2_1_hi : 0.22347295222255065 * h2_1_lo;
    const t711 = p364 + (PHI * Math.abs(p364) + ETA);
    const hi347 = t711;
    const t138_lo = lo347 === lo347 ? lo347 : mulPointLo(0.22347295222255065, h2_1_lo, h2_1_hi); // surrogate.ts:54
    const t138_hi = hi347 === hi347 ? hi347 : mulPointHi(0.22347295222255065, h2_1_lo, h2_1_hi); // surrogate.ts:54
    const s175 = t137_lo - t138_hi;
    const lo348 = s175 === 0 ? s175 : s175 - (PHI * Math.abs(s175) + ETA);
    const s176 = t137_hi - t138_lo;
    const hi348 = s176 === 0 ? s176 : s176 + (PHI * Math.abs(s176) + ETA);
    const t139_lo = lo348 === lo348 ? lo348 : subLo(t137_lo, t137_hi, t138_lo, t138_hi); // surrogate.ts:54
    const t139_hi = hi348 === hi348 ? hi348 : subHi(t137_lo, t137_hi, t138_lo, t138_hi); // surrogate.ts:54
    const p365 = 0.08320416756933305 > 0 ? 0.08320416756933305 * h2_2_lo : 0.08320416756933305 * h2_2_hi;
    const t712 = p365 - (PHI * Math.abs(p365) + ETA);
    const lo349 = t712;
    const p366 = 0.08320416756933305 > 0 ? 0.08320416756933305 * h2_2_hi : 0.08320416756933305 * h2_2_lo;
    const t713 = p366 + (PHI * Math.abs(p366) + ETA);
    const hi349 = t713;
    const t140_lo = lo349 === lo349 ? lo349 : mulPointLo(0.08320416756933305, h2_2_lo, h2_2_hi); // surrogate.ts:54
    const t140_hi = hi349 === hi349 ? hi349 : mulPointHi(0.08320416756933305, h2_2_lo, h2_2_hi); // surrogate.ts:54
    const s177 = t139_lo - t140_hi;
    const lo350 = s177 === 0 ? s177 : s177 - (PHI * Math.abs(s177) + ETA);
    const s178 = t139_hi - t140_lo;
    const hi350 = s178 === 0 ? s178 : s178 + (PHI * Math.abs(s178) + ETA);
    const t141_lo = lo350 === lo350 ? lo350 : subLo(t139_lo, t139_hi, t140_lo, t140_hi); // surrogate.ts:54
    const t141_hi = hi350 === hi350 ? hi350 : subHi(t139_lo, t139_hi, t140_lo, t140_hi); // surrogate.ts:54
    const p367 = 0.5935921879695831 > 0 ? 0.5935921879695831 * h2_3_lo : 0.5935921879695831 * h2_3_hi;
    const t714 = t141_lo + (p367 - (PHI * Math.abs(p367) + ETA));
    const lo351 = t714 - (PHI * Math.abs(t714) + ETA);
    const p368 = 0.5935921879695831 > 0 ? 0.5935921879695831 * h2_3_hi : 0.5935921879695831 * h2_3_lo;
    const t715 = t141_hi + (p368 + (PHI * Math.abs(p368) + ETA));
    const hi351 = t715 + (PHI * Math.abs(t715) + ETA);
    const t142_lo = lo351 === lo351 ? lo351 : fmaPointLo(t141_lo, 0.5935921879695831, h2_3_lo, h2_3_hi); // surrogate.ts:54
    const t142_hi = hi351 === hi351 ? hi351 : fmaPointHi(t141_hi, 0.5935921879695831, h2_3_lo, h2_3_hi); // surrogate.ts:54
    const p369 = 0.6937516659489892 > 0 ? 0.6937516659489892 * h2_4_lo : 0.6937516659489892 * h2_4_hi;
    const t716 = t142_lo + (p369 - (PHI * Math.abs(p369) + ETA));
    const lo352 = t716 - (PHI * Math.abs(t716) + ETA);
    const p370 = 0.6937516659489892 > 0 ? 0.6937516659489892 * h2_4_hi : 0.6937516659489892 * h2_4_lo;
    const t717 = t142_hi + (p370 + (PHI * Math.abs(p370) + ETA));
    const hi352 = t717 + (PHI * Math.abs(t717) + ETA);
    const t143_lo = lo352 === lo352 ? lo352 : fmaPointLo(t142_lo, 0.6937516659489892, h2_4_lo, h2_4_hi); // surrogate.ts:54
    const t143_hi = hi352 === hi352 ? hi352 : fmaPointHi(t142_hi, 0.6937516659489892, h2_4_lo, h2_4_hi); // surrogate.ts:54
    const p371 = 0.23451954517846943 > 0 ? 0.23451954517846943 * h2_5_lo : 0.23451954517846943 * h2_5_hi;
    const t718 = p371 - (PHI * Math.abs(p371) + ETA);
    const lo353 = t718;
    const p372 = 0.23451954517846943 > 0 ? 0.23451954517846943 * h2_5_hi : 0.23451954517846943 * h2_5_lo;
    const t719 = p372 + (PHI * Math.abs(p372) + ETA);
    const hi353 = t719;
    const t144_lo = lo353 === lo353 ? lo353 : mulPointLo(0.23451954517846943, h2_5_lo, h2_5_hi); // surrogate.ts:54
    const t144_hi = hi353 === hi353 ? hi353 : mulPointHi(0.23451954517846943, h2_5_lo, h2_5_hi); // surrogate.ts:54
    const s179 = t143_lo - t144_hi;
    const lo354 = s179 === 0 ? s179 : s179 - (PHI * Math.abs(s179) + ETA);
    const s180 = t143_hi - t144_lo;
    const hi354 = s180 === 0 ? s180 : s180 + (PHI * Math.abs(s180) + ETA);
    const t145_lo = lo354 === lo354 ? lo354 : subLo(t143_lo, t143_hi, t144_lo, t144_hi); // surrogate.ts:54
    const t145_hi = hi354 === hi354 ? hi354 : subHi(t143_lo, t143_hi, t144_lo, t144_hi); // surrogate.ts:54
    const p373 = 0.23511249499384193 > 0 ? 0.23511249499384193 * h2_6_lo : 0.23511249499384193 * h2_6_hi;
    const t720 = p373 - (PHI * Math.abs(p373) + ETA);
    const lo355 = t720;
    const p374 = 0.23511249499384193 > 0 ? 0.23511249499384193 * h2_6_hi : 0.23511249499384193 * h2_6_lo;
    const t721 = p374 + (PHI * Math.abs(p374) + ETA);
    const hi355 = t721;
    const t146_lo = lo355 === lo355 ? lo355 : mulPointLo(0.23511249499384193, h2_6_lo, h2_6_hi); // surrogate.ts:54
    const t146_hi = hi355 === hi355 ? hi355 : mulPointHi(0.23511249499384193, h2_6_lo, h2_6_hi); // surrogate.ts:54
    const s181 = t145_lo - t146_hi;
    const lo356 = s181 === 0 ? s181 : s181 - (PHI * Math.abs(s181) + ETA);
    const s182 = t145_hi - t146_lo;
    const hi356 = s182 === 0 ? s182 : s182 + (PHI * Math.abs(s182) + ETA);
    const t147_lo = lo356 === lo356 ? lo356 : subLo(t145_lo, t145_hi, t146_lo, t146_hi); // surrogate.ts:54
    const t147_hi = hi356 === hi356 ? hi356 : subHi(t145_lo, t145_hi, t146_lo, t146_hi); // surrogate.ts:54
    const p375 = 0.09609678404088173 > 0 ? 0.09609678404088173 * h2_7_lo : 0.09609678404088173 * h2_7_hi;
    const t722 = p375 - (PHI * Math.abs(p375) + ETA);
    const lo357 = t722;
    const p376 = 0.09609678404088173 > 0 ? 0.09609678404088173 * h2_7_hi : 0.09609678404088173 * h2_7_lo;
    const t723 = p376 + (PHI * Math.abs(p376) + ETA);
    const hi357 = t723;
    const t148_lo = lo357 === lo357 ? lo357 : mulPointLo(0.09609678404088173, h2_7_lo, h2_7_hi); // surrogate.ts:54
    const t148_hi = hi357 === hi357 ? hi357 : mulPointHi(0.09609678404088173, h2_7_lo, h2_7_hi); // surrogate.ts:54
    // inlined silu (examples/browser/surrogate.ts:8)
    const s183 = t147_lo - t148_hi;
    const lo358 = s183 === 0 ? s183 : s183 - (PHI * Math.abs(s183) + ETA);
    const s184 = t147_hi - t148_lo;
    const hi358 = s184 === 0 ? s184 : s184 + (PHI * Math.abs(s184) + ETA);
    let x_20_lo = lo358 === lo358 ? lo358 : subLo(t147_lo, t147_hi, t148_lo, t148_hi); // surrogate.ts:54
    let x_20_hi = hi358 === hi358 ? hi358 : subHi(t147_lo, t147_hi, t148_lo, t148_hi); // surrogate.ts:54
    let ret_20_lo = 0;
    let ret_20_hi = 0;
    const decided20 = geTri(x_20_lo, x_20_hi, 0, 0); // surrogate.ts:9
    let ret_20_lo_other = 0;
    let ret_20_hi_other = 0;
    if (decided20 === 2) {
        ret_20_lo_other = ret_20_lo;
        ret_20_hi_other = ret_20_hi;
    }
    if (decided20 !== 0) {
        const t1_20_lo = -x_20_hi; // surrogate.ts:9
        const t1_20_hi = -x_20_lo; // surrogate.ts:9
        bounds[0] = t1_20_lo;
        bounds[1] = t1_20_hi;
        expPair();
        const lo359 = bounds[0]!;
        const hi359 = bounds[1]!;
        const t2_20_lo = lo359; // surrogate.ts:9
        const t2_20_hi = hi359; // surrogate.ts:9
        const s185 = 1 + t2_20_lo;
        const lo360 = s185 === 0 ? s185 : s185 - (PHI * Math.abs(s185) + ETA);
        const s186 = 1 + t2_20_hi;
        const hi360 = s186 === 0 ? s186 : s186 + (PHI * Math.abs(s186) + ETA);
        const t3_20_lo = lo360 === lo360 ? lo360 : addLo(1, 1, t2_20_lo, t2_20_hi); // surrogate.ts:9
        const t3_20_hi = hi360 === hi360 ? hi360 : addHi(1, 1, t2_20_lo, t2_20_hi); // surrogate.ts:9
        const q161 = 1 / t3_20_lo;
        const q162 = 1 / t3_20_hi;
        const q163 = 1 / t3_20_lo;
        const q164 = 1 / t3_20_hi;
        const pmin79 = Math.min(Math.min(q161, q162), Math.min(q163, q164));
        const lo361 = pmin79 - (PHI * Math.abs(pmin79) + ETA);
        const pmax79 = Math.max(Math.max(q161, q162), Math.max(q163, q164));
        const hi361 = pmax79 + (PHI * Math.abs(pmax79) + ETA);
        const t4_20_lo = (t3_20_lo > 0 || t3_20_hi < 0) && lo361 === lo361 ? lo361 : divLo(1, 1, t3_20_lo, t3_20_hi); // surrogate.ts:9
        const t4_20_hi = (t3_20_lo > 0 || t3_20_hi < 0) && hi361 === hi361 ? hi361 : divHi(1, 1, t3_20_lo, t3_20_hi); // surrogate.ts:9
        const p377 = x_20_lo * t4_20_lo;
        const p378 = x_20_lo * t4_20_hi;
        const p379 = x_20_hi * t4_20_lo;
        const p380 = x_20_hi * t4_20_hi;
        const pmin80 = Math.min(Math.min(p377, p378), Math.min(p379, p380));
        const lo362 = pmin80 - (PHI * Math.abs(pmin80) + ETA);
        const pmax80 = Math.max(Math.max(p377, p378), Math.max(p379, p380));
        const hi362 = pmax80 + (PHI * Math.abs(pmax80) + ETA);
        const lo363 = lo362 === lo362 ? lo362 : mulLo(x_20_lo, x_20_hi, t4_20_lo, t4_20_hi);
        const hi363 = hi362 === hi362 ? hi362 : mulHi(x_20_lo, x_20_hi, t4_20_lo, t4_20_hi);
        ret_20_lo = lo363; // surrogate.ts:9
        ret_20_hi = hi363; // surrogate.ts:9
    }
    if (decided20 === 2) {
        const t724 = ret_20_lo;
        ret_20_lo = ret_20_lo_other;
        ret_20_lo_other = t724;
        const t725 = ret_20_hi;
        ret_20_hi = ret_20_hi_other;
        ret_20_hi_other = t725;
    }
    if (decided20 !== 1) {
        bounds[0] = x_20_lo;
        bounds[1] = x_20_hi;
        expPair();
        const lo364 = bounds[0]!;
        const hi364 = bounds[1]!;
        const e_19_lo = lo364; // surrogate.ts:10
        const e_19_hi = hi364; // surrogate.ts:10
        const s187 = 1 + e_19_lo;
        const lo365 = s187 === 0 ? s187 : s187 - (PHI * Math.abs(s187) + ETA);
        const s188 = 1 + e_19_hi;
        const hi365 = s188 === 0 ? s188 : s188 + (PHI * Math.abs(s188) + ETA);
        const t5_19_lo = lo365 === lo365 ? lo365 : addLo(1, 1, e_19_lo, e_19_hi); // surrogate.ts:11
        const t5_19_hi = hi365 === hi365 ? hi365 : addHi(1, 1, e_19_lo, e_19_hi); // surrogate.ts:11
        const q165 = e_19_lo / t5_19_lo;
        const q166 = e_19_lo / t5_19_hi;
        const q167 = e_19_hi / t5_19_lo;
        const q168 = e_19_hi / t5_19_hi;
        const pmin81 = Math.min(Math.min(q165, q166), Math.min(q167, q168));
        const lo366 = pmin81 - (PHI * Math.abs(pmin81) + ETA);
        const pmax81 = Math.max(Math.max(q165, q166), Math.max(q167, q168));
        const hi366 = pmax81 + (PHI * Math.abs(pmax81) + ETA);
        const t6_19_lo = (t5_19_lo > 0 || t5_19_hi < 0) && lo366 === lo366 ? lo366 : divLo(e_19_lo, e_19_hi, t5_19_lo, t5_19_hi); // surrogate.ts:11
        const t6_19_hi = (t5_19_lo > 0 || t5_19_hi < 0) && hi366 === hi366 ? hi366 : divHi(e_19_lo, e_19_hi, t5_19_lo, t5_19_hi); // surrogate.ts:11
        const p381 = x_20_lo * t6_19_lo;
        const p382 = x_20_lo * t6_19_hi;
        const p383 = x_20_hi * t6_19_lo;
        const p384 = x_20_hi * t6_19_hi;
        const pmin82 = Math.min(Math.min(p381, p382), Math.min(p383, p384));
        const lo367 = pmin82 - (PHI * Math.abs(pmin82) + ETA);
        const pmax82 = Math.max(Math.max(p381, p382), Math.max(p383, p384));
        const hi367 = pmax82 + (PHI * Math.abs(pmax82) + ETA);
        const lo368 = lo367 === lo367 ? lo367 : mulLo(x_20_lo, x_20_hi, t6_19_lo, t6_19_hi);
        const hi368 = hi367 === hi367 ? hi367 : mulHi(x_20_lo, x_20_hi, t6_19_lo, t6_19_hi);
        ret_20_lo = lo368; // surrogate.ts:11
        ret_20_hi = hi368; // surrogate.ts:11
    }
    if (decided20 === 2) {
        ret_20_lo = hullLo(ret_20_lo, ret_20_lo_other);
        ret_20_hi = hullHi(ret_20_hi, ret_20_hi_other);
    }
    const h3_3_lo = ret_20_lo; // surrogate.ts:54
    const h3_3_hi = ret_20_hi; // surrogate.ts:54
    const p385 = 0.22459871690563912 > 0 ? 0.22459871690563912 * h2_0_lo : 0.22459871690563912 * h2_0_hi;
    const t726 = 0.055776259745480145 + (p385 - (PHI * Math.abs(p385) + ETA));
    const lo369 = t726 - (PHI * Math.abs(t726) + ETA);
    const p386 = 0.22459871690563912 > 0 ? 0.22459871690563912 * h2_0_hi : 0.22459871690563912 * h2_0_lo;
    const t727 = 0.055776259745480145 + (p386 + (PHI * Math.abs(p386) + ETA));
    const hi369 = t727 + (PHI * Math.abs(t727) + ETA);
    const t149_lo = lo369 === lo369 ? lo369 : fmaPointLo(0.055776259745480145, 0.22459871690563912, h2_0_lo, h2_0_hi); // surrogate.ts:55
    const t149_hi = hi369 === hi369 ? hi369 : fmaPointHi(0.055776259745480145, 0.22459871690563912, h2_0_lo, h2_0_hi); // surrogate.ts:55
    const p387 = 0.3257107770909811 > 0 ? 0.3257107770909811 * h2_1_lo : 0.3257107770909811 * h2_1_hi;
    const t728 = t149_lo + (p387 - (PHI * Math.abs(p387) + ETA));
    const lo370 = t728 - (PHI * Math.abs(t728) + ETA);
    const p388 = 0.3257107770909811 > 0 ? 0.3257107770909811 * h2_1_hi : 0.3257107770909811 * h2_1_lo;
    const t729 = t149_hi + (p388 + (PHI * Math.abs(p388) + ETA));
    const hi370 = t729 + (PHI * Math.abs(t729) + ETA);
    const t150_lo = lo370 === lo370 ? lo370 : fmaPointLo(t149_lo, 0.3257107770909811, h2_1_lo, h2_1_hi); // surrogate.ts:55
    const t150_hi = hi370 === hi370 ? hi370 : fmaPointHi(t149_hi, 0.3257107770909811, h2_1_lo, h2_1_hi); // surrogate.ts:55
    const p389 = 0.30531033412987274 > 0 ? 0.30531033412987274 * h2_2_lo : 0.30531033412987274 * h2_2_hi;
    const t730 = t150_lo + (p389 - (PHI * Math.abs(p389) + ETA));
    const lo371 = t730 - (PHI * Math.abs(t730) + ETA);
    const p390 = 0.30531033412987274 > 0 ? 0.30531033412987274 * h2_2_hi : 0.30531033412987274 * h2_2_lo;
    const t731 = t150_hi + (p390 + (PHI * Math.abs(p390) + ETA));
    const hi371 = t731 + (PHI * Math.abs(t731) + ETA);
    const t151_lo = lo371 === lo371 ? lo371 : fmaPointLo(t150_lo, 0.30531033412987274, h2_2_lo, h2_2_hi); // surrogate.ts:55
    const t151_hi = hi371 === hi371 ? hi371 : fmaPointHi(t150_hi, 0.30531033412987274, h2_2_lo, h2_2_hi); // surrogate.ts:55
    const p391 = 0.2653677860111262 > 0 ? 0.2653677860111262 * h2_3_lo : 0.2653677860111262 * h2_3_hi;
    const t732 = t151_lo + (p391 - (PHI * Math.abs(p391) + ETA));
    const lo372 = t732 - (PHI * Math.abs(t732) + ETA);
    const p392 = 0.2653677860111262 > 0 ? 0.2653677860111262 * h2_3_hi : 0.2653677860111262 * h2_3_lo;
    const t733 = t151_hi + (p392 + (PHI * Math.abs(p392) + ETA));
    const hi372 = t733 + (PHI * Math.abs(t733) + ETA);
    const t152_lo = lo372 === lo372 ? lo372 : fmaPointLo(t151_lo, 0.2653677860111262, h2_3_lo, h2_3_hi); // surrogate.ts:55
    const t152_hi = hi372 === hi372 ? hi372 : fmaPointHi(t151_hi, 0.2653677860111262, h2_3_lo, h2_3_hi); // surrogate.ts:55
    const p393 = 0.026685677018869303 > 0 ? 0.026685677018869303 * h2_4_lo : 0.026685677018869303 * h2_4_hi;
    const t734 = p393 - (PHI * Math.abs(p393) + ETA);
    const lo373 = t734;
    const p394 = 0.026685677018869303 > 0 ? 0.026685677018869303 * h2_4_hi : 0.026685677018869303 * h2_4_lo;
    const t735 = p394 + (PHI * Math.abs(p394) + ETA);
    const hi373 = t735;
    const t153_lo = lo373 === lo373 ? lo373 : mulPointLo(0.026685677018869303, h2_4_lo, h2_4_hi); // surrogate.ts:55
    const t153_hi = hi373 === hi373 ? hi373 : mulPointHi(0.026685677018869303, h2_4_lo, h2_4_hi); // surrogate.ts:55
    const s189 = t152_lo - t153_hi;
    const lo374 = s189 === 0 ? s189 : s189 - (PHI * Math.abs(s189) + ETA);
    const s190 = t152_hi - t153_lo;
    const hi374 = s190 === 0 ? s190 : s190 + (PHI * Math.abs(s190) + ETA);
    const t154_lo = lo374 === lo374 ? lo374 : subLo(t152_lo, t152_hi, t153_lo, t153_hi); // surrogate.ts:55
    const t154_hi = hi374 === hi374 ? hi374 : subHi(t152_lo, t152_hi, t153_lo, t153_hi); // surrogate.ts:55
    const p395 = 0.15150190368606786 > 0 ? 0.15150190368606786 * h2_5_lo : 0.15150190368606786 * h2_5_hi;
    const t736 = t154_lo + (p395 - (PHI * Math.abs(p395) + ETA));
    const lo375 = t736 - (PHI * Math.abs(t736) + ETA);
    const p396 = 0.15150190368606786 > 0 ? 0.15150190368606786 * h2_5_hi : 0.15150190368606786 * h2_5_lo;
    const t737 = t154_hi + (p396 + (PHI * Math.abs(p396) + ETA));
    const hi375 = t737 + (PHI * Math.abs(t737) + ETA);
    const t155_lo = lo375 === lo375 ? lo375 : fmaPointLo(t154_lo, 0.15150190368606786, h2_5_lo, h2_5_hi); // surrogate.ts:55
    const t155_hi = hi375 === hi375 ? hi375 : fmaPointHi(t154_hi, 0.15150190368606786, h2_5_lo, h2_5_hi); // surrogate.ts:55
    const p397 = 0.5985034650518212 > 0 ? 0.5985034650518212 * h2_6_lo : 0.5985034650518212 * h2_6_hi;
    const t738 = t155_lo + (p397 - (PHI * Math.abs(p397) + ETA));
    const lo376 = t738 - (PHI * Math.abs(t738) + ETA);
    const p398 = 0.5985034650518212 > 0 ? 0.5985034650518212 * h2_6_hi : 0.5985034650518212 * h2_6_lo;
    const t739 = t155_hi + (p398 + (PHI * Math.abs(p398) + ETA));
    const hi376 = t739 + (PHI * Math.abs(t739) + ETA);
    const t156_lo = lo376 === lo376 ? lo376 : fmaPointLo(t155_lo, 0.5985034650518212, h2_6_lo, h2_6_hi); // surrogate.ts:55
    const t156_hi = hi376 === hi376 ? hi376 : fmaPointHi(t155_hi, 0.5985034650518212, h2_6_lo, h2_6_hi); // surrogate.ts:55
    // inlined silu (examples/browser/surrogate.ts:8)
    const p399 = 0.13838159824286655 > 0 ? 0.13838159824286655 * h2_7_lo : 0.13838159824286655 * h2_7_hi;
    const t740 = t156_lo + (p399 - (PHI * Math.abs(p399) + ETA));
    const lo377 = t740 - (PHI * Math.abs(t740) + ETA);
    const p400 = 0.13838159824286655 > 0 ? 0.13838159824286655 * h2_7_hi : 0.13838159824286655 * h2_7_lo;
    const t741 = t156_hi + (p400 + (PHI * Math.abs(p400) + ETA));
    const hi377 = t741 + (PHI * Math.abs(t741) + ETA);
    let x_21_lo = lo377 === lo377 ? lo377 : fmaPointLo(t156_lo, 0.13838159824286655, h2_7_lo, h2_7_hi); // surrogate.ts:55
    let x_21_hi = hi377 === hi377 ? hi377 : fmaPointHi(t156_hi, 0.13838159824286655, h2_7_lo, h2_7_hi); // surrogate.ts:55
    let ret_21_lo = 0;
    let ret_21_hi = 0;
    const decided21 = geTri(x_21_lo, x_21_hi, 0, 0); // surrogate.ts:9
    let ret_21_lo_other = 0;
    let ret_21_hi_other = 0;
    if (decided21 === 2) {
        ret_21_lo_other = ret_21_lo;
        ret_21_hi_other = ret_21_hi;
    }
    if (decided21 !== 0) {
        const t1_21_lo = -x_21_hi; // surrogate.ts:9
        const t1_21_hi = -x_21_lo; // surrogate.ts:9
        bounds[0] = t1_21_lo;
        bounds[1] = t1_21_hi;
        expPair();
        const lo378 = bounds[0]!;
        const hi378 = bounds[1]!;
        const t2_21_lo = lo378; // surrogate.ts:9
        const t2_21_hi = hi378; // surrogate.ts:9
        const s191 = 1 + t2_21_lo;
        const lo379 = s191 === 0 ? s191 : s191 - (PHI * Math.abs(s191) + ETA);
        const s192 = 1 + t2_21_hi;
        const hi379 = s192 === 0 ? s192 : s192 + (PHI * Math.abs(s192) + ETA);
        const t3_21_lo = lo379 === lo379 ? lo379 : addLo(1, 1, t2_21_lo, t2_21_hi); // surrogate.ts:9
        const t3_21_hi = hi379 === hi379 ? hi379 : addHi(1, 1, t2_21_lo, t2_21_hi); // surrogate.ts:9
        const q169 = 1 / t3_21_lo;
        const q170 = 1 / t3_21_hi;
        const q171 = 1 / t3_21_lo;
        const q172 = 1 / t3_21_hi;
        const pmin83 = Math.min(Math.min(q169, q170), Math.min(q171, q172));
        const lo380 = pmin83 - (PHI * Math.abs(pmin83) + ETA);
        const pmax83 = Math.max(Math.max(q169, q170), Math.max(q171, q172));
        const hi380 = pmax83 + (PHI * Math.abs(pmax83) + ETA);
        const t4_21_lo = (t3_21_lo > 0 || t3_21_hi < 0) && lo380 === lo380 ? lo380 : divLo(1, 1, t3_21_lo, t3_21_hi); // surrogate.ts:9
        const t4_21_hi = (t3_21_lo > 0 || t3_21_hi < 0) && hi380 === hi380 ? hi380 : divHi(1, 1, t3_21_lo, t3_21_hi); // surrogate.ts:9
        const p401 = x_21_lo * t4_21_lo;
        const p402 = x_21_lo * t4_21_hi;
        const p403 = x_21_hi * t4_21_lo;
        const p404 = x_21_hi * t4_21_hi;
        const pmin84 = Math.min(Math.min(p401, p402), Math.min(p403, p404));
        const lo381 = pmin84 - (PHI * Math.abs(pmin84) + ETA);
        const pmax84 = Math.max(Math.max(p401, p402), Math.max(p403, p404));
        const hi381 = pmax84 + (PHI * Math.abs(pmax84) + ETA);
        const lo382 = lo381 === lo381 ? lo381 : mulLo(x_21_lo, x_21_hi, t4_21_lo, t4_21_hi);
        const hi382 = hi381 === hi381 ? hi381 : mulHi(x_21_lo, x_21_hi, t4_21_lo, t4_21_hi);
        ret_21_lo = lo382; // surrogate.ts:9
        ret_21_hi = hi382; // surrogate.ts:9
    }
    if (decided21 === 2) {
        const t742 = ret_21_lo;
        ret_21_lo = ret_21_lo_other;
        ret_21_lo_other = t742;
        const t743 = ret_21_hi;
        ret_21_hi = ret_21_hi_other;
        ret_21_hi_other = t743;
    }
    if (decided21 !== 1) {
        bounds[0] = x_21_lo;
        bounds[1] = x_21_hi;
        expPair();
        const lo383 = bounds[0]!;
        const hi383 = bounds[1]!;
        const e_20_lo = lo383; // surrogate.ts:10
        const e_20_hi = hi383; // surrogate.ts:10
        const s193 = 1 + e_20_lo;
        const lo384 = s193 === 0 ? s193 : s193 - (PHI * Math.abs(s193) + ETA);
        const s194 = 1 + e_20_hi;
        const hi384 = s194 === 0 ? s194 : s194 + (PHI * Math.abs(s194) + ETA);
        const t5_20_lo = lo384 === lo384 ? lo384 : addLo(1, 1, e_20_lo, e_20_hi); // surrogate.ts:11
        const t5_20_hi = hi384 === hi384 ? hi384 : addHi(1, 1, e_20_lo, e_20_hi); // surrogate.ts:11
        const q173 = e_20_lo / t5_20_lo;
        const q174 = e_20_lo / t5_20_hi;
        const q175 = e_20_hi / t5_20_lo;
        const q176 = e_20_hi / t5_20_hi;
        const pmin85 = Math.min(Math.min(q173, q174), Math.min(q175, q176));
        const lo385 = pmin85 - (PHI * Math.abs(pmin85) + ETA);
        const pmax85 = Math.max(Math.max(q173, q174), Math.max(q175, q176));
        const hi385 = pmax85 + (PHI * Math.abs(pmax85) + ETA);
        const t6_20_lo = (t5_20_lo > 0 || t5_20_hi < 0) && lo385 === lo385 ? lo385 : divLo(e_20_lo, e_20_hi, t5_20_lo, t5_20_hi); // surrogate.ts:11
        const t6_20_hi = (t5_20_lo > 0 || t5_20_hi < 0) && hi385 === hi385 ? hi385 : divHi(e_20_lo, e_20_hi, t5_20_lo, t5_20_hi); // surrogate.ts:11
        const p405 = x_21_lo * t6_20_lo;
        const p406 = x_21_lo * t6_20_hi;
        const p407 = x_21_hi * t6_20_lo;
        const p408 = x_21_hi * t6_20_hi;
        const pmin86 = Math.min(Math.min(p405, p406), Math.min(p407, p408));
        const lo386 = pmin86 - (PHI * Math.abs(pmin86) + ETA);
        const pmax86 = Math.max(Math.max(p405, p406), Math.max(p407, p408));
        const hi386 = pmax86 + (PHI * Math.abs(pmax86) + ETA);
        const lo387 = lo386 === lo386 ? lo386 : mulLo(x_21_lo, x_21_hi, t6_20_lo, t6_20_hi);
        const hi387 = hi386 === hi386 ? hi386 : mulHi(x_21_lo, x_21_hi, t6_20_lo, t6_20_hi);
        ret_21_lo = lo387; // surrogate.ts:11
        ret_21_hi = hi387; // surrogate.ts:11
    }
    if (decided21 === 2) {
        ret_21_lo = hullLo(ret_21_lo, ret_21_lo_other);
        ret_21_hi = hullHi(ret_21_hi, ret_21_hi_other);
    }
    const h3_4_lo = ret_21_lo; // surrogate.ts:55
    const h3_4_hi = ret_21_hi; // surrogate.ts:55
    const p409 = 0.1309425347887439 > 0 ? 0.1309425347887439 * h2_0_lo : 0.1309425347887439 * h2_0_hi;
    const t744 = p409 - (PHI * Math.abs(p409) + ETA);
    const lo388 = t744;
    const p410 = 0.1309425347887439 > 0 ? 0.1309425347887439 * h2_0_hi : 0.1309425347887439 * h2_0_lo;
    const t745 = p410 + (PHI * Math.abs(p410) + ETA);
    const hi388 = t745;
    const t157_lo = lo388 === lo388 ? lo388 : mulPointLo(0.1309425347887439, h2_0_lo, h2_0_hi); // surrogate.ts:56
    const t157_hi = hi388 === hi388 ? hi388 : mulPointHi(0.1309425347887439, h2_0_lo, h2_0_hi); // surrogate.ts:56
    const s195 = 0.10308610473101301 - t157_hi;
    const lo389 = s195 === 0 ? s195 : s195 - (PHI * Math.abs(s195) + ETA);
    const s196 = 0.10308610473101301 - t157_lo;
    const hi389 = s196 === 0 ? s196 : s196 + (PHI * Math.abs(s196) + ETA);
    const t158_lo = lo389 === lo389 ? lo389 : subLo(0.10308610473101301, 0.10308610473101301, t157_lo, t157_hi); // surrogate.ts:56
    const t158_hi = hi389 === hi389 ? hi389 : subHi(0.10308610473101301, 0.10308610473101301, t157_lo, t157_hi); // surrogate.ts:56
    const p411 = 0.137022970387359 > 0 ? 0.137022970387359 * h2_1_lo : 0.137022970387359 * h2_1_hi;
    const t746 = p411 - (PHI * Math.abs(p411) + ETA);
    const lo390 = t746;
    const p412 = 0.137022970387359 > 0 ? 0.137022970387359 * h2_1_hi : 0.137022970387359 * h2_1_lo;
    const t747 = p412 + (PHI * Math.abs(p412) + ETA);
    const hi390 = t747;
    const t159_lo = lo390 === lo390 ? lo390 : mulPointLo(0.137022970387359, h2_1_lo, h2_1_hi); // surrogate.ts:56
    const t159_hi = hi390 === hi390 ? hi390 : mulPointHi(0.137022970387359, h2_1_lo, h2_1_hi); // surrogate.ts:56
    const s197 = t158_lo - t159_hi;
    const lo391 = s197 === 0 ? s197 : s197 - (PHI * Math.abs(s197) + ETA);
    const s198 = t158_hi - t159_lo;
    const hi391 = s198 === 0 ? s198 : s198 + (PHI * Math.abs(s198) + ETA);
    const t160_lo = lo391 === lo391 ? lo391 : subLo(t158_lo, t158_hi, t159_lo, t159_hi); // surrogate.ts:56
    const t160_hi = hi391 === hi391 ? hi391 : subHi(t158_lo, t158_hi, t159_lo, t159_hi); // surrogate.ts:56
    const p413 = 0.28632813035673277 > 0 ? 0.28632813035673277 * h2_2_lo : 0.28632813035673277 * h2_2_hi;
    const t748 = p413 - (PHI * Math.abs(p413) + ETA);
    const lo392 = t748;
    const p414 = 0.28632813035673277 > 0 ? 0.28632813035673277 * h2_2_hi : 0.28632813035673277 * h2_2_lo;
    const t749 = p414 + (PHI * Math.abs(p414) + ETA);
    const hi392 = t749;
    const t161_lo = lo392 === lo392 ? lo392 : mulPointLo(0.28632813035673277, h2_2_lo, h2_2_hi); // surrogate.ts:56
    const t161_hi = hi392 === hi392 ? hi392 : mulPointHi(0.28632813035673277, h2_2_lo, h2_2_hi); // surrogate.ts:56
    const s199 = t160_lo - t161_hi;
    const lo393 = s199 === 0 ? s199 : s199 - (PHI * Math.abs(s199) + ETA);
    const s200 = t160_hi - t161_lo;
    const hi393 = s200 === 0 ? s200 : s200 + (PHI * Math.abs(s200) + ETA);
    const t162_lo = lo393 === lo393 ? lo393 : subLo(t160_lo, t160_hi, t161_lo, t161_hi); // surrogate.ts:56
    const t162_hi = hi393 === hi393 ? hi393 : subHi(t160_lo, t160_hi, t161_lo, t161_hi); // surrogate.ts:56
    const p415 = 0.412438724095472 > 0 ? 0.412438724095472 * h2_3_lo : 0.412438724095472 * h2_3_hi;
    const t750 = t162_lo + (p415 - (PHI * Math.abs(p415) + ETA));
    const lo394 = t750 - (PHI * Math.abs(t750) + ETA);
    const p416 = 0.412438724095472 > 0 ? 0.412438724095472 * h2_3_hi : 0.412438724095472 * h2_3_lo;
    const t751 = t162_hi + (p416 + (PHI * Math.abs(p416) + ETA));
    const hi394 = t751 + (PHI * Math.abs(t751) + ETA);
    const t163_lo = lo394 === lo394 ? lo394 : fmaPointLo(t162_lo, 0.412438724095472, h2_3_lo, h2_3_hi); // surrogate.ts:56
    const t163_hi = hi394 === hi394 ? hi394 : fmaPointHi(t162_hi, 0.412438724095472, h2_3_lo, h2_3_hi); // surrogate.ts:56
    const p417 = 0.2060006363857168 > 0 ? 0.2060006363857168 * h2_4_lo : 0.2060006363857168 * h2_4_hi;
    const t752 = t163_lo + (p417 - (PHI * Math.abs(p417) + ETA));
    const lo395 = t752 - (PHI * Math.abs(t752) + ETA);
    const p418 = 0.2060006363857168 > 0 ? 0.2060006363857168 * h2_4_hi : 0.2060006363857168 * h2_4_lo;
    const t753 = t163_hi + (p418 + (PHI * Math.abs(p418) + ETA));
    const hi395 = t753 + (PHI * Math.abs(t753) + ETA);
    const t164_lo = lo395 === lo395 ? lo395 : fmaPointLo(t163_lo, 0.2060006363857168, h2_4_lo, h2_4_hi); // surrogate.ts:56
    const t164_hi = hi395 === hi395 ? hi395 : fmaPointHi(t163_hi, 0.2060006363857168, h2_4_lo, h2_4_hi); // surrogate.ts:56
    const p419 = 0.29309863281406234 > 0 ? 0.29309863281406234 * h2_5_lo : 0.29309863281406234 * h2_5_hi;
    const t754 = p419 - (PHI * Math.abs(p419) + ETA);
    const lo396 = t754;
    const p420 = 0.29309863281406234 > 0 ? 0.29309863281406234 * h2_5_hi : 0.29309863281406234 * h2_5_lo;
    const t755 = p420 + (PHI * Math.abs(p420) + ETA);
    const hi396 = t755;
    const t165_lo = lo396 === lo396 ? lo396 : mulPointLo(0.29309863281406234, h2_5_lo, h2_5_hi); // surrogate.ts:56
    const t165_hi = hi396 === hi396 ? hi396 : mulPointHi(0.29309863281406234, h2_5_lo, h2_5_hi); // surrogate.ts:56
    const s201 = t164_lo - t165_hi;
    const lo397 = s201 === 0 ? s201 : s201 - (PHI * Math.abs(s201) + ETA);
    const s202 = t164_hi - t165_lo;
    const hi397 = s202 === 0 ? s202 : s202 + (PHI * Math.abs(s202) + ETA);
    const t166_lo = lo397 === lo397 ? lo397 : subLo(t164_lo, t164_hi, t165_lo, t165_hi); // surrogate.ts:56
    const t166_hi = hi397 === hi397 ? hi397 : subHi(t164_lo, t164_hi, t165_lo, t165_hi); // surrogate.ts:56
    const p421 = 0.04424550871309652 > 0 ? 0.04424550871309652 * h2_6_lo : 0.04424550871309652 * h2_6_hi;
    const t756 = p421 - (PHI * Math.abs(p421) + ETA);
    const lo398 = t756;
    const p422 = 0.04424550871309652 > 0 ? 0.04424550871309652 * h2_6_hi : 0.04424550871309652 * h2_6_lo;
    const t757 = p422 + (PHI * Math.abs(p422) + ETA);
    const hi398 = t757;
    const t167_lo = lo398 === lo398 ? lo398 : mulPointLo(0.04424550871309652, h2_6_lo, h2_6_hi); // surrogate.ts:56
    const t167_hi = hi398 === hi398 ? hi398 : mulPointHi(0.04424550871309652, h2_6_lo, h2_6_hi); // surrogate.ts:56
    const s203 = t166_lo - t167_hi;
    const lo399 = s203 === 0 ? s203 : s203 - (PHI * Math.abs(s203) + ETA);
    const s204 = t166_hi - t167_lo;
    const hi399 = s204 === 0 ? s204 : s204 + (PHI * Math.abs(s204) + ETA);
    const t168_lo = lo399 === lo399 ? lo399 : subLo(t166_lo, t166_hi, t167_lo, t167_hi); // surrogate.ts:56
    const t168_hi = hi399 === hi399 ? hi399 : subHi(t166_lo, t166_hi, t167_lo, t167_hi); // surrogate.ts:56
    const p423 = 0.16881007415474542 > 0 ? 0.16881007415474542 * h2_7_lo : 0.16881007415474542 * h2_7_hi;
    const t758 = p423 - (PHI * Math.abs(p423) + ETA);
    const lo400 = t758;
    const p424 = 0.16881007415474542 > 0 ? 0.16881007415474542 * h2_7_hi : 0.16881007415474542 * h2_7_lo;
    const t759 = p424 + (PHI * Math.abs(p424) + ETA);
    const hi400 = t759;
    const t169_lo = lo400 === lo400 ? lo400 : mulPointLo(0.16881007415474542, h2_7_lo, h2_7_hi); // surrogate.ts:56
    const t169_hi = hi400 === hi400 ? hi400 : mulPointHi(0.16881007415474542, h2_7_lo, h2_7_hi); // surrogate.ts:56
    // inlined silu (examples/browser/surrogate.ts:8)
    const s205 = t168_lo - t169_hi;
    const lo401 = s205 === 0 ? s205 : s205 - (PHI * Math.abs(s205) + ETA);
    const s206 = t168_hi - t169_lo;
    const hi401 = s206 === 0 ? s206 : s206 + (PHI * Math.abs(s206) + ETA);
    let x_22_lo = lo401 === lo401 ? lo401 : subLo(t168_lo, t168_hi, t169_lo, t169_hi); // surrogate.ts:56
    let x_22_hi = hi401 === hi401 ? hi401 : subHi(t168_lo, t168_hi, t169_lo, t169_hi); // surrogate.ts:56
    let ret_22_lo = 0;
    let ret_22_hi = 0;
    const decided22 = geTri(x_22_lo, x_22_hi, 0, 0); // surrogate.ts:9
    let ret_22_lo_other = 0;
    let ret_22_hi_other = 0;
    if (decided22 === 2) {
        ret_22_lo_other = ret_22_lo;
        ret_22_hi_other = ret_22_hi;
    }
    if (decided22 !== 0) {
        const t1_22_lo = -x_22_hi; // surrogate.ts:9
        const t1_22_hi = -x_22_lo; // surrogate.ts:9
        bounds[0] = t1_22_lo;
        bounds[1] = t1_22_hi;
        expPair();
        const lo402 = bounds[0]!;
        const hi402 = bounds[1]!;
        const t2_22_lo = lo402; // surrogate.ts:9
        const t2_22_hi = hi402; // surrogate.ts:9
        const s207 = 1 + t2_22_lo;
        const lo403 = s207 === 0 ? s207 : s207 - (PHI * Math.abs(s207) + ETA);
        const s208 = 1 + t2_22_hi;
        const hi403 = s208 === 0 ? s208 : s208 + (PHI * Math.abs(s208) + ETA);
        const t3_22_lo = lo403 === lo403 ? lo403 : addLo(1, 1, t2_22_lo, t2_22_hi); // surrogate.ts:9
        const t3_22_hi = hi403 === hi403 ? hi403 : addHi(1, 1, t2_22_lo, t2_22_hi); // surrogate.ts:9
        const q177 = 1 / t3_22_lo;
        const q178 = 1 / t3_22_hi;
        const q179 = 1 / t3_22_lo;
        const q180 = 1 / t3_22_hi;
        const pmin87 = Math.min(Math.min(q177, q178), Math.min(q179, q180));
        const lo404 = pmin87 - (PHI * Math.abs(pmin87) + ETA);
        const pmax87 = Math.max(Math.max(q177, q178), Math.max(q179, q180));
        const hi404 = pmax87 + (PHI * Math.abs(pmax87) + ETA);
        const t4_22_lo = (t3_22_lo > 0 || t3_22_hi < 0) && lo404 === lo404 ? lo404 : divLo(1, 1, t3_22_lo, t3_22_hi); // surrogate.ts:9
        const t4_22_hi = (t3_22_lo > 0 || t3_22_hi < 0) && hi404 === hi404 ? hi404 : divHi(1, 1, t3_22_lo, t3_22_hi); // surrogate.ts:9
        const p425 = x_22_lo * t4_22_lo;
        const p426 = x_22_lo * t4_22_hi;
        const p427 = x_22_hi * t4_22_lo;
        const p428 = x_22_hi * t4_22_hi;
        const pmin88 = Math.min(Math.min(p425, p426), Math.min(p427, p428));
        const lo405 = pmin88 - (PHI * Math.abs(pmin88) + ETA);
        const pmax88 = Math.max(Math.max(p425, p426), Math.max(p427, p428));
        const hi405 = pmax88 + (PHI * Math.abs(pmax88) + ETA);
        const lo406 = lo405 === lo405 ? lo405 : mulLo(x_22_lo, x_22_hi, t4_22_lo, t4_22_hi);
        const hi406 = hi405 === hi405 ? hi405 : mulHi(x_22_lo, x_22_hi, t4_22_lo, t4_22_hi);
        ret_22_lo = lo406; // surrogate.ts:9
        ret_22_hi = hi406; // surrogate.ts:9
    }
    if (decided22 === 2) {
        const t760 = ret_22_lo;
        ret_22_lo = ret_22_lo_other;
        ret_22_lo_other = t760;
        const t761 = ret_22_hi;
        ret_22_hi = ret_22_hi_other;
        ret_22_hi_other = t761;
    }
    if (decided22 !== 1) {
        bounds[0] = x_22_lo;
        bounds[1] = x_22_hi;
        expPair();
        const lo407 = bounds[0]!;
        const hi407 = bounds[1]!;
        const e_21_lo = lo407; // surrogate.ts:10
        const e_21_hi = hi407; // surrogate.ts:10
        const s209 = 1 + e_21_lo;
        const lo408 = s209 === 0 ? s209 : s209 - (PHI * Math.abs(s209) + ETA);
        const s210 = 1 + e_21_hi;
        const hi408 = s210 === 0 ? s210 : s210 + (PHI * Math.abs(s210) + ETA);
        const t5_21_lo = lo408 === lo408 ? lo408 : addLo(1, 1, e_21_lo, e_21_hi); // surrogate.ts:11
        const t5_21_hi = hi408 === hi408 ? hi408 : addHi(1, 1, e_21_lo, e_21_hi); // surrogate.ts:11
        const q181 = e_21_lo / t5_21_lo;
        const q182 = e_21_lo / t5_21_hi;
        const q183 = e_21_hi / t5_21_lo;
        const q184 = e_21_hi / t5_21_hi;
        const pmin89 = Math.min(Math.min(q181, q182), Math.min(q183, q184));
        const lo409 = pmin89 - (PHI * Math.abs(pmin89) + ETA);
        const pmax89 = Math.max(Math.max(q181, q182), Math.max(q183, q184));
        const hi409 = pmax89 + (PHI * Math.abs(pmax89) + ETA);
        const t6_21_lo = (t5_21_lo > 0 || t5_21_hi < 0) && lo409 === lo409 ? lo409 : divLo(e_21_lo, e_21_hi, t5_21_lo, t5_21_hi); // surrogate.ts:11
        const t6_21_hi = (t5_21_lo > 0 || t5_21_hi < 0) && hi409 === hi409 ? hi409 : divHi(e_21_lo, e_21_hi, t5_21_lo, t5_21_hi); // surrogate.ts:11
        const p429 = x_22_lo * t6_21_lo;
        const p430 = x_22_lo * t6_21_hi;
        const p431 = x_22_hi * t6_21_lo;
        const p432 = x_22_hi * t6_21_hi;
        const pmin90 = Math.min(Math.min(p429, p430), Math.min(p431, p432));
        const lo410 = pmin90 - (PHI * Math.abs(pmin90) + ETA);
        const pmax90 = Math.max(Math.max(p429, p430), Math.max(p431, p432));
        const hi410 = pmax90 + (PHI * Math.abs(pmax90) + ETA);
        const lo411 = lo410 === lo410 ? lo410 : mulLo(x_22_lo, x_22_hi, t6_21_lo, t6_21_hi);
        const hi411 = hi410 === hi410 ? hi410 : mulHi(x_22_lo, x_22_hi, t6_21_lo, t6_21_hi);
        ret_22_lo = lo411; // surrogate.ts:11
        ret_22_hi = hi411; // surrogate.ts:11
    }
    if (decided22 === 2) {
        ret_22_lo = hullLo(ret_22_lo, ret_22_lo_other);
        ret_22_hi = hullHi(ret_22_hi, ret_22_hi_other);
    }
    const h3_5_lo = ret_22_lo; // surrogate.ts:56
    const h3_5_hi = ret_22_hi; // surrogate.ts:56
    const p433 = 0.17071802608716896 > 0 ? 0.17071802608716896 * h2_0_lo : 0.17071802608716896 * h2_0_hi;
    const t762 = p433 - (PHI * Math.abs(p433) + ETA);
    const lo412 = t762;
    const p434 = 0.17071802608716896 > 0 ? 0.17071802608716896 * h2_0_hi : 0.17071802608716896 * h2_0_lo;
    const t763 = p434 + (PHI * Math.abs(p434) + ETA);
    const hi412 = t763;
    const t170_lo = lo412 === lo412 ? lo412 : mulPointLo(0.17071802608716896, h2_0_lo, h2_0_hi); // surrogate.ts:57
    const t170_hi = hi412 === hi412 ? hi412 : mulPointHi(0.17071802608716896, h2_0_lo, h2_0_hi); // surrogate.ts:57
    const s211 = 0.0950397412715479 - t170_hi;
    const lo413 = s211 === 0 ? s211 : s211 - (PHI * Math.abs(s211) + ETA);
    const s212 = 0.0950397412715479 - t170_lo;
    const hi413 = s212 === 0 ? s212 : s212 + (PHI * Math.abs(s212) + ETA);
    const t171_lo = lo413 === lo413 ? lo413 : subLo(0.0950397412715479, 0.0950397412715479, t170_lo, t170_hi); // surrogate.ts:57
    const t171_hi = hi413 === hi413 ? hi413 : subHi(0.0950397412715479, 0.0950397412715479, t170_lo, t170_hi); // surrogate.ts:57
    const p435 = 0.031354530211177234 > 0 ? 0.031354530211177234 * h2_1_lo : 0.031354530211177234 * h2_1_hi;
    const t764 = p435 - (PHI * Math.abs(p435) + ETA);
    const lo414 = t764;
    const p436 = 0.031354530211177234 > 0 ? 0.031354530211177234 * h2_1_hi : 0.031354530211177234 * h2_1_lo;
    const t765 = p436 + (PHI * Math.abs(p436) + ETA);
    const hi414 = t765;
    const t172_lo = lo414 === lo414 ? lo414 : mulPointLo(0.031354530211177234, h2_1_lo, h2_1_hi); // surrogate.ts:57
    const t172_hi = hi414 === hi414 ? hi414 : mulPointHi(0.031354530211177234, h2_1_lo, h2_1_hi); // surrogate.ts:57
    const s213 = t171_lo - t172_hi;
    const lo415 = s213 === 0 ? s213 : s213 - (PHI * Math.abs(s213) + ETA);
    const s214 = t171_hi - t172_lo;
    const hi415 = s214 === 0 ? s214 : s214 + (PHI * Math.abs(s214) + ETA);
    const t173_lo = lo415 === lo415 ? lo415 : subLo(t171_lo, t171_hi, t172_lo, t172_hi); // surrogate.ts:57
    const t173_hi = hi415 === hi415 ? hi415 : subHi(t171_lo, t171_hi, t172_lo, t172_hi); // surrogate.ts:57
    const p437 = 0.1781874997139388 > 0 ? 0.1781874997139388 * h2_2_lo : 0.1781874997139388 * h2_2_hi;
    const t766 = p437 - (PHI * Math.abs(p437) + ETA);
    const lo416 = t766;
    const p438 = 0.1781874997139388 > 0 ? 0.1781874997139388 * h2_2_hi : 0.1781874997139388 * h2_2_lo;
    const t767 = p438 + (PHI * Math.abs(p438) + ETA);
    const hi416 = t767;
    const t174_lo = lo416 === lo416 ? lo416 : mulPointLo(0.1781874997139388, h2_2_lo, h2_2_hi); // surrogate.ts:57
    const t174_hi = hi416 === hi416 ? hi416 : mulPointHi(0.1781874997139388, h2_2_lo, h2_2_hi); // surrogate.ts:57
    const s215 = t173_lo - t174_hi;
    const lo417 = s215 === 0 ? s215 : s215 - (PHI * Math.abs(s215) + ETA);
    const s216 = t173_hi - t174_lo;
    const hi417 = s216 === 0 ? s216 : s216 + (PHI * Math.abs(s216) + ETA);
    const t175_lo = lo417 === lo417 ? lo417 : subLo(t173_lo, t173_hi, t174_lo, t174_hi); // surrogate.ts:57
    const t175_hi = hi417 === hi417 ? hi417 : subHi(t173_lo, t173_hi, t174_lo, t174_hi); // surrogate.ts:57
    const p439 = 0.4450736182852337 > 0 ? 0.4450736182852337 * h2_3_lo : 0.4450736182852337 * h2_3_hi;
    const t768 = t175_lo + (p439 - (PHI * Math.abs(p439) + ETA));
    const lo418 = t768 - (PHI * Math.abs(t768) + ETA);
    const p440 = 0.4450736182852337 > 0 ? 0.4450736182852337 * h2_3_hi : 0.4450736182852337 * h2_3_lo;
    const t769 = t175_hi + (p440 + (PHI * Math.abs(p440) + ETA));
    const hi418 = t769 + (PHI * Math.abs(t769) + ETA);
    const t176_lo = lo418 === lo418 ? lo418 : fmaPointLo(t175_lo, 0.4450736182852337, h2_3_lo, h2_3_hi); // surrogate.ts:57
    const t176_hi = hi418 === hi418 ? hi418 : fmaPointHi(t175_hi, 0.4450736182852337, h2_3_lo, h2_3_hi); // surrogate.ts:57
    const p441 = 0.30820084262608777 > 0 ? 0.30820084262608777 * h2_4_lo : 0.30820084262608777 * h2_4_hi;
    const t770 = t176_lo + (p441 - (PHI * Math.abs(p441) + ETA));
    const lo419 = t770 - (PHI * Math.abs(t770) + ETA);
    const p442 = 0.30820084262608777 > 0 ? 0.30820084262608777 * h2_4_hi : 0.30820084262608777 * h2_4_lo;
    const t771 = t176_hi + (p442 + (PHI * Math.abs(p442) + ETA));
    const hi419 = t771 + (PHI * Math.abs(t771) + ETA);
    const t177_lo = lo419 === lo419 ? lo419 : fmaPointLo(t176_lo, 0.30820084262608777, h2_4_lo, h2_4_hi); // surrogate.ts:57
    const t177_hi = hi419 === hi419 ? hi419 : fmaPointHi(t176_hi, 0.30820084262608777, h2_4_lo, h2_4_hi); // surrogate.ts:57
    const p443 = 0.27612801204691084 > 0 ? 0.27612801204691084 * h2_5_lo : 0.27612801204691084 * h2_5_hi;
    const t772 = p443 - (PHI * Math.abs(p443) + ETA);
    const lo420 = t772;
    const p444 = 0.27612801204691084 > 0 ? 0.27612801204691084 * h2_5_hi : 0.27612801204691084 * h2_5_lo;
    const t773 = p444 + (PHI * Math.abs(p444) + ETA);
    const hi420 = t773;
    const t178_lo = lo420 === lo420 ? lo420 : mulPointLo(0.27612801204691084, h2_5_lo, h2_5_hi); // surrogate.ts:57
    const t178_hi = hi420 === hi420 ? hi420 : mulPointHi(0.27612801204691084, h2_5_lo, h2_5_hi); // surrogate.ts:57
    const s217 = t177_lo - t178_hi;
    const lo421 = s217 === 0 ? s217 : s217 - (PHI * Math.abs(s217) + ETA);
    const s218 = t177_hi - t178_lo;
    const hi421 = s218 === 0 ? s218 : s218 + (PHI * Math.abs(s218) + ETA);
    const t179_lo = lo421 === lo421 ? lo421 : subLo(t177_lo, t177_hi, t178_lo, t178_hi); // surrogate.ts:57
    const t179_hi = hi421 === hi421 ? hi421 : subHi(t177_lo, t177_hi, t178_lo, t178_hi); // surrogate.ts:57
    const p445 = 0.06410693898461073 > 0 ? 0.06410693898461073 * h2_6_lo : 0.06410693898461073 * h2_6_hi;
    const t774 = t179_lo + (p445 - (PHI * Math.abs(p445) + ETA));
    const lo422 = t774 - (PHI * Math.abs(t774) + ETA);
    const p446 = 0.06410693898461073 > 0 ? 0.06410693898461073 * h2_6_hi : 0.06410693898461073 * h2_6_lo;
    const t775 = t179_hi + (p446 + (PHI * Math.abs(p446) + ETA));
    const hi422 = t775 + (PHI * Math.abs(t775) + ETA);
    const t180_lo = lo422 === lo422 ? lo422 : fmaPointLo(t179_lo, 0.06410693898461073, h2_6_lo, h2_6_hi); // surrogate.ts:57
    const t180_hi = hi422 === hi422 ? hi422 : fmaPointHi(t179_hi, 0.06410693898461073, h2_6_lo, h2_6_hi); // surrogate.ts:57
    const p447 = 0.14314313174493892 > 0 ? 0.14314313174493892 * h2_7_lo : 0.14314313174493892 * h2_7_hi;
    const t776 = p447 - (PHI * Math.abs(p447) + ETA);
    const lo423 = t776;
    const p448 = 0.14314313174493892 > 0 ? 0.14314313174493892 * h2_7_hi : 0.14314313174493892 * h2_7_lo;
    const t777 = p448 + (PHI * Math.abs(p448) + ETA);
    const hi423 = t777;
    const t181_lo = lo423 === lo423 ? lo423 : mulPointLo(0.14314313174493892, h2_7_lo, h2_7_hi); // surrogate.ts:57
    const t181_hi = hi423 === hi423 ? hi423 : mulPointHi(0.14314313174493892, h2_7_lo, h2_7_hi); // surrogate.ts:57
    // inlined silu (examples/browser/surrogate.ts:8)
    const s219 = t180_lo - t181_hi;
    const lo424 = s219 === 0 ? s219 : s219 - (PHI * Math.abs(s219) + ETA);
    const s220 = t180_hi - t181_lo;
    const hi424 = s220 === 0 ? s220 : s220 + (PHI * Math.abs(s220) + ETA);
    let x_23_lo = lo424 === lo424 ? lo424 : subLo(t180_lo, t180_hi, t181_lo, t181_hi); // surrogate.ts:57
    let x_23_hi = hi424 === hi424 ? hi424 : subHi(t180_lo, t180_hi, t181_lo, t181_hi); // surrogate.ts:57
    let ret_23_lo = 0;
    let ret_23_hi = 0;
    const decided23 = geTri(x_23_lo, x_23_hi, 0, 0); // surrogate.ts:9
    let ret_23_lo_other = 0;
    let ret_23_hi_other = 0;
    if (decided23 === 2) {
        ret_23_lo_other = ret_23_lo;
        ret_23_hi_other = ret_23_hi;
    }
    if (decided23 !== 0) {
        const t1_23_lo = -x_23_hi; // surrogate.ts:9
        const t1_23_hi = -x_23_lo; // surrogate.ts:9
        bounds[0] = t1_23_lo;
        bounds[1] = t1_23_hi;
        expPair();
        const lo425 = bounds[0]!;
        const hi425 = bounds[1]!;
        const t2_23_lo = lo425; // surrogate.ts:9
        const t2_23_hi = hi425; // surrogate.ts:9
        const s221 = 1 + t2_23_lo;
        const lo426 = s221 === 0 ? s221 : s221 - (PHI * Math.abs(s221) + ETA);
        const s222 = 1 + t2_23_hi;
        const hi426 = s222 === 0 ? s222 : s222 + (PHI * Math.abs(s222) + ETA);
        const t3_23_lo = lo426 === lo426 ? lo426 : addLo(1, 1, t2_23_lo, t2_23_hi); // surrogate.ts:9
        const t3_23_hi = hi426 === hi426 ? hi426 : addHi(1, 1, t2_23_lo, t2_23_hi); // surrogate.ts:9
        const q185 = 1 / t3_23_lo;
        const q186 = 1 / t3_23_hi;
        const q187 = 1 / t3_23_lo;
        const q188 = 1 / t3_23_hi;
        const pmin91 = Math.min(Math.min(q185, q186), Math.min(q187, q188));
        const lo427 = pmin91 - (PHI * Math.abs(pmin91) + ETA);
        const pmax91 = Math.max(Math.max(q185, q186), Math.max(q187, q188));
        const hi427 = pmax91 + (PHI * Math.abs(pmax91) + ETA);
        const t4_23_lo = (t3_23_lo > 0 || t3_23_hi < 0) && lo427 === lo427 ? lo427 : divLo(1, 1, t3_23_lo, t3_23_hi); // surrogate.ts:9
        const t4_23_hi = (t3_23_lo > 0 || t3_23_hi < 0) && hi427 === hi427 ? hi427 : divHi(1, 1, t3_23_lo, t3_23_hi); // surrogate.ts:9
        const p449 = x_23_lo * t4_23_lo;
        const p450 = x_23_lo * t4_23_hi;
        const p451 = x_23_hi * t4_23_lo;
        const p452 = x_23_hi * t4_23_hi;
        const pmin92 = Math.min(Math.min(p449, p450), Math.min(p451, p452));
        const lo428 = pmin92 - (PHI * Math.abs(pmin92) + ETA);
        const pmax92 = Math.max(Math.max(p449, p450), Math.max(p451, p452));
        const hi428 = pmax92 + (PHI * Math.abs(pmax92) + ETA);
        const lo429 = lo428 === lo428 ? lo428 : mulLo(x_23_lo, x_23_hi, t4_23_lo, t4_23_hi);
        const hi429 = hi428 === hi428 ? hi428 : mulHi(x_23_lo, x_23_hi, t4_23_lo, t4_23_hi);
        ret_23_lo = lo429; // surrogate.ts:9
        ret_23_hi = hi429; // surrogate.ts:9
    }
    if (decided23 === 2) {
        const t778 = ret_23_lo;
        ret_23_lo = ret_23_lo_other;
        ret_23_lo_other = t778;
        const t779 = ret_23_hi;
        ret_23_hi = ret_23_hi_other;
        ret_23_hi_other = t779;
    }
    if (decided23 !== 1) {
        bounds[0] = x_23_lo;
        bounds[1] = x_23_hi;
        expPair();
        const lo430 = bounds[0]!;
        const hi430 = bounds[1]!;
        const e_22_lo = lo430; // surrogate.ts:10
        const e_22_hi = hi430; // surrogate.ts:10
        const s223 = 1 + e_22_lo;
        const lo431 = s223 === 0 ? s223 : s223 - (PHI * Math.abs(s223) + ETA);
        const s224 = 1 + e_22_hi;
        const hi431 = s224 === 0 ? s224 : s224 + (PHI * Math.abs(s224) + ETA);
        const t5_22_lo = lo431 === lo431 ? lo431 : addLo(1, 1, e_22_lo, e_22_hi); // surrogate.ts:11
        const t5_22_hi = hi431 === hi431 ? hi431 : addHi(1, 1, e_22_lo, e_22_hi); // surrogate.ts:11
        const q189 = e_22_lo / t5_22_lo;
        const q190 = e_22_lo / t5_22_hi;
        const q191 = e_22_hi / t5_22_lo;
        const q192 = e_22_hi / t5_22_hi;
        const pmin93 = Math.min(Math.min(q189, q190), Math.min(q191, q192));
        const lo432 = pmin93 - (PHI * Math.abs(pmin93) + ETA);
        const pmax93 = Math.max(Math.max(q189, q190), Math.max(q191, q192));
        const hi432 = pmax93 + (PHI * Math.abs(pmax93) + ETA);
        const t6_22_lo = (t5_22_lo > 0 || t5_22_hi < 0) && lo432 === lo432 ? lo432 : divLo(e_22_lo, e_22_hi, t5_22_lo, t5_22_hi); // surrogate.ts:11
        const t6_22_hi = (t5_22_lo > 0 || t5_22_hi < 0) && hi432 === hi432 ? hi432 : divHi(e_22_lo, e_22_hi, t5_22_lo, t5_22_hi); // surrogate.ts:11
        const p453 = x_23_lo * t6_22_lo;
        const p454 = x_23_lo * t6_22_hi;
        const p455 = x_23_hi * t6_22_lo;
        const p456 = x_23_hi * t6_22_hi;
        const pmin94 = Math.min(Math.min(p453, p454), Math.min(p455, p456));
        const lo433 = pmin94 - (PHI * Math.abs(pmin94) + ETA);
        const pmax94 = Math.max(Math.max(p453, p454), Math.max(p455, p456));
        const hi433 = pmax94 + (PHI * Math.abs(pmax94) + ETA);
        const lo434 = lo433 === lo433 ? lo433 : mulLo(x_23_lo, x_23_hi, t6_22_lo, t6_22_hi);
        const hi434 = hi433 === hi433 ? hi433 : mulHi(x_23_lo, x_23_hi, t6_22_lo, t6_22_hi);
        ret_23_lo = lo434; // surrogate.ts:11
        ret_23_hi = hi434; // surrogate.ts:11
    }
    if (decided23 === 2) {
        ret_23_lo = hullLo(ret_23_lo, ret_23_lo_other);
        ret_23_hi = hullHi(ret_23_hi, ret_23_hi_other);
    }
    const h3_6_lo = ret_23_lo; // surrogate.ts:57
    const h3_6_hi = ret_23_hi; // surrogate.ts:57
    const p457 = 0.28463805614678067 > 0 ? 0.28463805614678067 * h2_0_lo : 0.28463805614678067 * h2_0_hi;
    const t780 = 0.09584716709280264 + (p457 - (PHI * Math.abs(p457) + ETA));
    const lo435 = t780 - (PHI * Math.abs(t780) + ETA);
    const p458 = 0.28463805614678067 > 0 ? 0.28463805614678067 * h2_0_hi : 0.28463805614678067 * h2_0_lo;
    const t781 = 0.09584716709280264 + (p458 + (PHI * Math.abs(p458) + ETA));
    const hi435 = t781 + (PHI * Math.abs(t781) + ETA);
    const t182_lo = lo435 === lo435 ? lo435 : fmaPointLo(0.09584716709280264, 0.28463805614678067, h2_0_lo, h2_0_hi); // surrogate.ts:58
    const t182_hi = hi435 === hi435 ? hi435 : fmaPointHi(0.09584716709280264, 0.28463805614678067, h2_0_lo, h2_0_hi); // surrogate.ts:58
    const p459 = 0.5109038075383702 > 0 ? 0.5109038075383702 * h2_1_lo : 0.5109038075383702 * h2_1_hi;
    const t782 = t182_lo + (p459 - (PHI * Math.abs(p459) + ETA));
    const lo436 = t782 - (PHI * Math.abs(t782) + ETA);
    const p460 = 0.5109038075383702 > 0 ? 0.5109038075383702 * h2_1_hi : 0.5109038075383702 * h2_1_lo;
    const t783 = t182_hi + (p460 + (PHI * Math.abs(p460) + ETA));
    const hi436 = t783 + (PHI * Math.abs(t783) + ETA);
    const t183_lo = lo436 === lo436 ? lo436 : fmaPointLo(t182_lo, 0.5109038075383702, h2_1_lo, h2_1_hi); // surrogate.ts:58
    const t183_hi = hi436 === hi436 ? hi436 : fmaPointHi(t182_hi, 0.5109038075383702, h2_1_lo, h2_1_hi); // surrogate.ts:58
    const p461 = 0.3701397108284762 > 0 ? 0.3701397108284762 * h2_2_lo : 0.3701397108284762 * h2_2_hi;
    const t784 = t183_lo + (p461 - (PHI * Math.abs(p461) + ETA));
    const lo437 = t784 - (PHI * Math.abs(t784) + ETA);
    const p462 = 0.3701397108284762 > 0 ? 0.3701397108284762 * h2_2_hi : 0.3701397108284762 * h2_2_lo;
    const t785 = t183_hi + (p462 + (PHI * Math.abs(p462) + ETA));
    const hi437 = t785 + (PHI * Math.abs(t785) + ETA);
    const t184_lo = lo437 === lo437 ? lo437 : fmaPointLo(t183_lo, 0.3701397108284762, h2_2_lo, h2_2_hi); // surrogate.ts:58
    const t184_hi = hi437 === hi437 ? hi437 : fmaPointHi(t183_hi, 0.3701397108284762, h2_2_lo, h2_2_hi); // surrogate.ts:58
    const p463 = 0.24281885190577474 > 0 ? 0.24281885190577474 * h2_3_lo : 0.24281885190577474 * h2_3_hi;
    const t786 = t184_lo + (p463 - (PHI * Math.abs(p463) + ETA));
    const lo438 = t786 - (PHI * Math.abs(t786) + ETA);
    const p464 = 0.24281885190577474 > 0 ? 0.24281885190577474 * h2_3_hi : 0.24281885190577474 * h2_3_lo;
    const t787 = t184_hi + (p464 + (PHI * Math.abs(p464) + ETA));
    const hi438 = t787 + (PHI * Math.abs(t787) + ETA);
    const t185_lo = lo438 === lo438 ? lo438 : fmaPointLo(t184_lo, 0.24281885190577474, h2_3_lo, h2_3_hi); // surrogate.ts:58
    const t185_hi = hi438 === hi438 ? hi438 : fmaPointHi(t184_hi, 0.24281885190577474, h2_3_lo, h2_3_hi); // surrogate.ts:58
    const p465 = 0.03145085766811346 > 0 ? 0.03145085766811346 * h2_4_lo : 0.03145085766811346 * h2_4_hi;
    const t788 = t185_lo + (p465 - (PHI * Math.abs(p465) + ETA));
    const lo439 = t788 - (PHI * Math.abs(t788) + ETA);
    const p466 = 0.03145085766811346 > 0 ? 0.03145085766811346 * h2_4_hi : 0.03145085766811346 * h2_4_lo;
    const t789 = t185_hi + (p466 + (PHI * Math.abs(p466) + ETA));
    const hi439 = t789 + (PHI * Math.abs(t789) + ETA);
    const t186_lo = lo439 === lo439 ? lo439 : fmaPointLo(t185_lo, 0.03145085766811346, h2_4_lo, h2_4_hi); // surrogate.ts:58
    const t186_hi = hi439 === hi439 ? hi439 : fmaPointHi(t185_hi, 0.03145085766811346, h2_4_lo, h2_4_hi); // surrogate.ts:58
    const p467 = 0.43041816945845035 > 0 ? 0.43041816945845035 * h2_5_lo : 0.43041816945845035 * h2_5_hi;
    const t790 = t186_lo + (p467 - (PHI * Math.abs(p467) + ETA));
    const lo440 = t790 - (PHI * Math.abs(t790) + ETA);
    const p468 = 0.43041816945845035 > 0 ? 0.43041816945845035 * h2_5_hi : 0.43041816945845035 * h2_5_lo;
    const t791 = t186_hi + (p468 + (PHI * Math.abs(p468) + ETA));
    const hi440 = t791 + (PHI * Math.abs(t791) + ETA);
    const t187_lo = lo440 === lo440 ? lo440 : fmaPointLo(t186_lo, 0.43041816945845035, h2_5_lo, h2_5_hi); // surrogate.ts:58
    const t187_hi = hi440 === hi440 ? hi440 : fmaPointHi(t186_hi, 0.43041816945845035, h2_5_lo, h2_5_hi); // surrogate.ts:58
    const p469 = 0.27142579097025465 > 0 ? 0.27142579097025465 * h2_6_lo : 0.27142579097025465 * h2_6_hi;
    const t792 = t187_lo + (p469 - (PHI * Math.abs(p469) + ETA));
    const lo441 = t792 - (PHI * Math.abs(t792) + ETA);
    const p470 = 0.27142579097025465 > 0 ? 0.27142579097025465 * h2_6_hi : 0.27142579097025465 * h2_6_lo;
    const t793 = t187_hi + (p470 + (PHI * Math.abs(p470) + ETA));
    const hi441 = t793 + (PHI * Math.abs(t793) + ETA);
    const t188_lo = lo441 === lo441 ? lo441 : fmaPointLo(t187_lo, 0.27142579097025465, h2_6_lo, h2_6_hi); // surrogate.ts:58
    const t188_hi = hi441 === hi441 ? hi441 : fmaPointHi(t187_hi, 0.27142579097025465, h2_6_lo, h2_6_hi); // surrogate.ts:58
    // inlined silu (examples/browser/surrogate.ts:8)
    const p471 = 0.4049729991321096 > 0 ? 0.4049729991321096 * h2_7_lo : 0.4049729991321096 * h2_7_hi;
    const t794 = t188_lo + (p471 - (PHI * Math.abs(p471) + ETA));
    const lo442 = t794 - (PHI * Math.abs(t794) + ETA);
    const p472 = 0.4049729991321096 > 0 ? 0.4049729991321096 * h2_7_hi : 0.4049729991321096 * h2_7_lo;
    const t795 = t188_hi + (p472 + (PHI * Math.abs(p472) + ETA));
    const hi442 = t795 + (PHI * Math.abs(t795) + ETA);
    let x_24_lo = lo442 === lo442 ? lo442 : fmaPointLo(t188_lo, 0.4049729991321096, h2_7_lo, h2_7_hi); // surrogate.ts:58
    let x_24_hi = hi442 === hi442 ? hi442 : fmaPointHi(t188_hi, 0.4049729991321096, h2_7_lo, h2_7_hi); // surrogate.ts:58
    let ret_24_lo = 0;
    let ret_24_hi = 0;
    const decided24 = geTri(x_24_lo, x_24_hi, 0, 0); // surrogate.ts:9
    let ret_24_lo_other = 0;
    let ret_24_hi_other = 0;
    if (decided24 === 2) {
        ret_24_lo_other = ret_24_lo;
        ret_24_hi_other = ret_24_hi;
    }
    if (decided24 !== 0) {
        const t1_24_lo = -x_24_hi; // surrogate.ts:9
        const t1_24_hi = -x_24_lo; // surrogate.ts:9
        bounds[0] = t1_24_lo;
        bounds[1] = t1_24_hi;
        expPair();
        const lo443 = bounds[0]!;
        const hi443 = bounds[1]!;
        const t2_24_lo = lo443; // surrogate.ts:9
        const t2_24_hi = hi443; // surrogate.ts:9
        const s225 = 1 + t2_24_lo;
        const lo444 = s225 === 0 ? s225 : s225 - (PHI * Math.abs(s225) + ETA);
        const s226 = 1 + t2_24_hi;
        const hi444 = s226 === 0 ? s226 : s226 + (PHI * Math.abs(s226) + ETA);
        const t3_24_lo = lo444 === lo444 ? lo444 : addLo(1, 1, t2_24_lo, t2_24_hi); // surrogate.ts:9
        const t3_24_hi = hi444 === hi444 ? hi444 : addHi(1, 1, t2_24_lo, t2_24_hi); // surrogate.ts:9
        const q193 = 1 / t3_24_lo;
        const q194 = 1 / t3_24_hi;
        const q195 = 1 / t3_24_lo;
        const q196 = 1 / t3_24_hi;
        const pmin95 = Math.min(Math.min(q193, q194), Math.min(q195, q196));
        const lo445 = pmin95 - (PHI * Math.abs(pmin95) + ETA);
        const pmax95 = Math.max(Math.max(q193, q194), Math.max(q195, q196));
        const hi445 = pmax95 + (PHI * Math.abs(pmax95) + ETA);
        const t4_24_lo = (t3_24_lo > 0 || t3_24_hi < 0) && lo445 === lo445 ? lo445 : divLo(1, 1, t3_24_lo, t3_24_hi); // surrogate.ts:9
        const t4_24_hi = (t3_24_lo > 0 || t3_24_hi < 0) && hi445 === hi445 ? hi445 : divHi(1, 1, t3_24_lo, t3_24_hi); // surrogate.ts:9
        const p473 = x_24_lo * t4_24_lo;
        const p474 = x_24_lo * t4_24_hi;
        const p475 = x_24_hi * t4_24_lo;
        const p476 = x_24_hi * t4_24_hi;
        const pmin96 = Math.min(Math.min(p473, p474), Math.min(p475, p476));
        const lo446 = pmin96 - (PHI * Math.abs(pmin96) + ETA);
        const pmax96 = Math.max(Math.max(p473, p474), Math.max(p475, p476));
        const hi446 = pmax96 + (PHI * Math.abs(pmax96) + ETA);
        const lo447 = lo446 === lo446 ? lo446 : mulLo(x_24_lo, x_24_hi, t4_24_lo, t4_24_hi);
        const hi447 = hi446 === hi446 ? hi446 : mulHi(x_24_lo, x_24_hi, t4_24_lo, t4_24_hi);
        ret_24_lo = lo447; // surrogate.ts:9
        ret_24_hi = hi447; // surrogate.ts:9
    }
    if (decided24 === 2) {
        const t796 = ret_24_lo;
        ret_24_lo = ret_24_lo_other;
        ret_24_lo_other = t796;
        const t797 = ret_24_hi;
        ret_24_hi = ret_24_hi_other;
        ret_24_hi_other = t797;
    }
    if (decided24 !== 1) {
        bounds[0] = x_24_lo;
        bounds[1] = x_24_hi;
        expPair();
        const lo448 = bounds[0]!;
        const hi448 = bounds[1]!;
        const e_23_lo = lo448; // surrogate.ts:10
        const e_23_hi = hi448; // surrogate.ts:10
        const s227 = 1 + e_23_lo;
        const lo449 = s227 === 0 ? s227 : s227 - (PHI * Math.abs(s227) + ETA);
        const s228 = 1 + e_23_hi;
        const hi449 = s228 === 0 ? s228 : s228 + (PHI * Math.abs(s228) + ETA);
        const t5_23_lo = lo449 === lo449 ? lo449 : addLo(1, 1, e_23_lo, e_23_hi); // surrogate.ts:11
        const t5_23_hi = hi449 === hi449 ? hi449 : addHi(1, 1, e_23_lo, e_23_hi); // surrogate.ts:11
        const q197 = e_23_lo / t5_23_lo;
        const q198 = e_23_lo / t5_23_hi;
        const q199 = e_23_hi / t5_23_lo;
        const q200 = e_23_hi / t5_23_hi;
        const pmin97 = Math.min(Math.min(q197, q198), Math.min(q199, q200));
        const lo450 = pmin97 - (PHI * Math.abs(pmin97) + ETA);
        const pmax97 = Math.max(Math.max(q197, q198), Math.max(q199, q200));
        const hi450 = pmax97 + (PHI * Math.abs(pmax97) + ETA);
        const t6_23_lo = (t5_23_lo > 0 || t5_23_hi < 0) && lo450 === lo450 ? lo450 : divLo(e_23_lo, e_23_hi, t5_23_lo, t5_23_hi); // surrogate.ts:11
        const t6_23_hi = (t5_23_lo > 0 || t5_23_hi < 0) && hi450 === hi450 ? hi450 : divHi(e_23_lo, e_23_hi, t5_23_lo, t5_23_hi); // surrogate.ts:11
        const p477 = x_24_lo * t6_23_lo;
        const p478 = x_24_lo * t6_23_hi;
        const p479 = x_24_hi * t6_23_lo;
        const p480 = x_24_hi * t6_23_hi;
        const pmin98 = Math.min(Math.min(p477, p478), Math.min(p479, p480));
        const lo451 = pmin98 - (PHI * Math.abs(pmin98) + ETA);
        const pmax98 = Math.max(Math.max(p477, p478), Math.max(p479, p480));
        const hi451 = pmax98 + (PHI * Math.abs(pmax98) + ETA);
        const lo452 = lo451 === lo451 ? lo451 : mulLo(x_24_lo, x_24_hi, t6_23_lo, t6_23_hi);
        const hi452 = hi451 === hi451 ? hi451 : mulHi(x_24_lo, x_24_hi, t6_23_lo, t6_23_hi);
        ret_24_lo = lo452; // surrogate.ts:11
        ret_24_hi = hi452; // surrogate.ts:11
    }
    if (decided24 === 2) {
        ret_24_lo = hullLo(ret_24_lo, ret_24_lo_other);
        ret_24_hi = hullHi(ret_24_hi, ret_24_hi_other);
    }
    const h3_7_lo = ret_24_lo; // surrogate.ts:58
    const h3_7_hi = ret_24_hi; // surrogate.ts:58
    const p481 = 0.10876973565622124 > 0 ? 0.10876973565622124 * h3_0_lo : 0.10876973565622124 * h3_0_hi;
    const t798 = p481 - (PHI * Math.abs(p481) + ETA);
    const lo453 = t798;
    const p482 = 0.10876973565622124 > 0 ? 0.10876973565622124 * h3_0_hi : 0.10876973565622124 * h3_0_lo;
    const t799 = p482 + (PHI * Math.abs(p482) + ETA);
    const hi453 = t799;
    const t189_lo = lo453 === lo453 ? lo453 : mulPointLo(0.10876973565622124, h3_0_lo, h3_0_hi); // surrogate.ts:61
    const t189_hi = hi453 === hi453 ? hi453 : mulPointHi(0.10876973565622124, h3_0_lo, h3_0_hi); // surrogate.ts:61
    const s229 = 0.09039803114735662 - t189_hi;
    const lo454 = s229 === 0 ? s229 : s229 - (PHI * Math.abs(s229) + ETA);
    const s230 = 0.09039803114735662 - t189_lo;
    const hi454 = s230 === 0 ? s230 : s230 + (PHI * Math.abs(s230) + ETA);
    const t190_lo = lo454 === lo454 ? lo454 : subLo(0.09039803114735662, 0.09039803114735662, t189_lo, t189_hi); // surrogate.ts:61
    const t190_hi = hi454 === hi454 ? hi454 : subHi(0.09039803114735662, 0.09039803114735662, t189_lo, t189_hi); // surrogate.ts:61
    const p483 = 0.2383871757480698 > 0 ? 0.2383871757480698 * h3_1_lo : 0.2383871757480698 * h3_1_hi;
    const t800 = t190_lo + (p483 - (PHI * Math.abs(p483) + ETA));
    const lo455 = t800 - (PHI * Math.abs(t800) + ETA);
    const p484 = 0.2383871757480698 > 0 ? 0.2383871757480698 * h3_1_hi : 0.2383871757480698 * h3_1_lo;
    const t801 = t190_hi + (p484 + (PHI * Math.abs(p484) + ETA));
    const hi455 = t801 + (PHI * Math.abs(t801) + ETA);
    const t191_lo = lo455 === lo455 ? lo455 : fmaPointLo(t190_lo, 0.2383871757480698, h3_1_lo, h3_1_hi); // surrogate.ts:61
    const t191_hi = hi455 === hi455 ? hi455 : fmaPointHi(t190_hi, 0.2383871757480698, h3_1_lo, h3_1_hi); // surrogate.ts:61
    const p485 = 0.16267179987751634 > 0 ? 0.16267179987751634 * h3_2_lo : 0.16267179987751634 * h3_2_hi;
    const t802 = p485 - (PHI * Math.abs(p485) + ETA);
    const lo456 = t802;
    const p486 = 0.16267179987751634 > 0 ? 0.16267179987751634 * h3_2_hi : 0.16267179987751634 * h3_2_lo;
    const t803 = p486 + (PHI * Math.abs(p486) + ETA);
    const hi456 = t803;
    const t192_lo = lo456 === lo456 ? lo456 : mulPointLo(0.16267179987751634, h3_2_lo, h3_2_hi); // surrogate.ts:61
    const t192_hi = hi456 === hi456 ? hi456 : mulPointHi(0.16267179987751634, h3_2_lo, h3_2_hi); // surrogate.ts:61
    const s231 = t191_lo - t192_hi;
    const lo457 = s231 === 0 ? s231 : s231 - (PHI * Math.abs(s231) + ETA);
    const s232 = t191_hi - t192_lo;
    const hi457 = s232 === 0 ? s232 : s232 + (PHI * Math.abs(s232) + ETA);
    const t193_lo = lo457 === lo457 ? lo457 : subLo(t191_lo, t191_hi, t192_lo, t192_hi); // surrogate.ts:61
    const t193_hi = hi457 === hi457 ? hi457 : subHi(t191_lo, t191_hi, t192_lo, t192_hi); // surrogate.ts:61
    const p487 = 0.1285428947689884 > 0 ? 0.1285428947689884 * h3_3_lo : 0.1285428947689884 * h3_3_hi;
    const t804 = t193_lo + (p487 - (PHI * Math.abs(p487) + ETA));
    const lo458 = t804 - (PHI * Math.abs(t804) + ETA);
    const p488 = 0.1285428947689884 > 0 ? 0.1285428947689884 * h3_3_hi : 0.1285428947689884 * h3_3_lo;
    const t805 = t193_hi + (p488 + (PHI * Math.abs(p488) + ETA));
    const hi458 = t805 + (PHI * Math.abs(t805) + ETA);
    const t194_lo = lo458 === lo458 ? lo458 : fmaPointLo(t193_lo, 0.1285428947689884, h3_3_lo, h3_3_hi); // surrogate.ts:61
    const t194_hi = hi458 === hi458 ? hi458 : fmaPointHi(t193_hi, 0.1285428947689884, h3_3_lo, h3_3_hi); // surrogate.ts:61
    const p489 = 0.27842367399657 > 0 ? 0.27842367399657 * h3_4_lo : 0.27842367399657 * h3_4_hi;
    const t806 = t194_lo + (p489 - (PHI * Math.abs(p489) + ETA));
    const lo459 = t806 - (PHI * Math.abs(t806) + ETA);
    const p490 = 0.27842367399657 > 0 ? 0.27842367399657 * h3_4_hi : 0.27842367399657 * h3_4_lo;
    const t807 = t194_hi + (p490 + (PHI * Math.abs(p490) + ETA));
    const hi459 = t807 + (PHI * Math.abs(t807) + ETA);
    const t195_lo = lo459 === lo459 ? lo459 : fmaPointLo(t194_lo, 0.27842367399657, h3_4_lo, h3_4_hi); // surrogate.ts:61
    const t195_hi = hi459 === hi459 ? hi459 : fmaPointHi(t194_hi, 0.27842367399657, h3_4_lo, h3_4_hi); // surrogate.ts:61
    const p491 = 0.34775309038475294 > 0 ? 0.34775309038475294 * h3_5_lo : 0.34775309038475294 * h3_5_hi;
    const t808 = p491 - (PHI * Math.abs(p491) + ETA);
    const lo460 = t808;
    const p492 = 0.34775309038475294 > 0 ? 0.34775309038475294 * h3_5_hi : 0.34775309038475294 * h3_5_lo;
    const t809 = p492 + (PHI * Math.abs(p492) + ETA);
    const hi460 = t809;
    const t196_lo = lo460 === lo460 ? lo460 : mulPointLo(0.34775309038475294, h3_5_lo, h3_5_hi); // surrogate.ts:61
    const t196_hi = hi460 === hi460 ? hi460 : mulPointHi(0.34775309038475294, h3_5_lo, h3_5_hi); // surrogate.ts:61
    const s233 = t195_lo - t196_hi;
    const lo461 = s233 === 0 ? s233 : s233 - (PHI * Math.abs(s233) + ETA);
    const s234 = t195_hi - t196_lo;
    const hi461 = s234 === 0 ? s234 : s234 + (PHI * Math.abs(s234) + ETA);
    const t197_lo = lo461 === lo461 ? lo461 : subLo(t195_lo, t195_hi, t196_lo, t196_hi); // surrogate.ts:61
    const t197_hi = hi461 === hi461 ? hi461 : subHi(t195_lo, t195_hi, t196_lo, t196_hi); // surrogate.ts:61
    const p493 = 0.09038382798079073 > 0 ? 0.09038382798079073 * h3_6_lo : 0.09038382798079073 * h3_6_hi;
    const t810 = p493 - (PHI * Math.abs(p493) + ETA);
    const lo462 = t810;
    const p494 = 0.09038382798079073 > 0 ? 0.09038382798079073 * h3_6_hi : 0.09038382798079073 * h3_6_lo;
    const t811 = p494 + (PHI * Math.abs(p494) + ETA);
    const hi462 = t811;
    const t198_lo = lo462 === lo462 ? lo462 : mulPointLo(0.09038382798079073, h3_6_lo, h3_6_hi); // surrogate.ts:61
    const t198_hi = hi462 === hi462 ? hi462 : mulPointHi(0.09038382798079073, h3_6_lo, h3_6_hi); // surrogate.ts:61
    const s235 = t197_lo - t198_hi;
    const lo463 = s235 === 0 ? s235 : s235 - (PHI * Math.abs(s235) + ETA);
    const s236 = t197_hi - t198_lo;
    const hi463 = s236 === 0 ? s236 : s236 + (PHI * Math.abs(s236) + ETA);
    const t199_lo = lo463 === lo463 ? lo463 : subLo(t197_lo, t197_hi, t198_lo, t198_hi); // surrogate.ts:61
    const t199_hi = hi463 === hi463 ? hi463 : subHi(t197_lo, t197_hi, t198_lo, t198_hi); // surrogate.ts:61
    // inlined silu (examples/browser/surrogate.ts:8)
    const p495 = 0.3718971899834952 > 0 ? 0.3718971899834952 * h3_7_lo : 0.3718971899834952 * h3_7_hi;
    const t812 = t199_lo + (p495 - (PHI * Math.abs(p495) + ETA));
    const lo464 = t812 - (PHI * Math.abs(t812) + ETA);
    const p496 = 0.3718971899834952 > 0 ? 0.3718971899834952 * h3_7_hi : 0.3718971899834952 * h3_7_lo;
    const t813 = t199_hi + (p496 + (PHI * Math.abs(p496) + ETA));
    const hi464 = t813 + (PHI * Math.abs(t813) + ETA);
    let x_25_lo = lo464 === lo464 ? lo464 : fmaPointLo(t199_lo, 0.3718971899834952, h3_7_lo, h3_7_hi); // surrogate.ts:61
    let x_25_hi = hi464 === hi464 ? hi464 : fmaPointHi(t199_hi, 0.3718971899834952, h3_7_lo, h3_7_hi); // surrogate.ts:61
    let ret_25_lo = 0;
    let ret_25_hi = 0;
    const decided25 = geTri(x_25_lo, x_25_hi, 0, 0); // surrogate.ts:9
    let ret_25_lo_other = 0;
    let ret_25_hi_other = 0;
    if (decided25 === 2) {
        ret_25_lo_other = ret_25_lo;
        ret_25_hi_other = ret_25_hi;
    }
    if (decided25 !== 0) {
        const t1_25_lo = -x_25_hi; // surrogate.ts:9
        const t1_25_hi = -x_25_lo; // surrogate.ts:9
        bounds[0] = t1_25_lo;
        bounds[1] = t1_25_hi;
        expPair();
        const lo465 = bounds[0]!;
        const hi465 = bounds[1]!;
        const t2_25_lo = lo465; // surrogate.ts:9
        const t2_25_hi = hi465; // surrogate.ts:9
        const s237 = 1 + t2_25_lo;
        const lo466 = s237 === 0 ? s237 : s237 - (PHI * Math.abs(s237) + ETA);
        const s238 = 1 + t2_25_hi;
        const hi466 = s238 === 0 ? s238 : s238 + (PHI * Math.abs(s238) + ETA);
        const t3_25_lo = lo466 === lo466 ? lo466 : addLo(1, 1, t2_25_lo, t2_25_hi); // surrogate.ts:9
        const t3_25_hi = hi466 === hi466 ? hi466 : addHi(1, 1, t2_25_lo, t2_25_hi); // surrogate.ts:9
        const q201 = 1 / t3_25_lo;
        const q202 = 1 / t3_25_hi;
        const q203 = 1 / t3_25_lo;
        const q204 = 1 / t3_25_hi;
        const pmin99 = Math.min(Math.min(q201, q202), Math.min(q203, q204));
        const lo467 = pmin99 - (PHI * Math.abs(pmin99) + ETA);
        const pmax99 = Math.max(Math.max(q201, q202), Math.max(q203, q204));
        const hi467 = pmax99 + (PHI * Math.abs(pmax99) + ETA);
        const t4_25_lo = (t3_25_lo > 0 || t3_25_hi < 0) && lo467 === lo467 ? lo467 : divLo(1, 1, t3_25_lo, t3_25_hi); // surrogate.ts:9
        const t4_25_hi = (t3_25_lo > 0 || t3_25_hi < 0) && hi467 === hi467 ? hi467 : divHi(1, 1, t3_25_lo, t3_25_hi); // surrogate.ts:9
        const p497 = x_25_lo * t4_25_lo;
        const p498 = x_25_lo * t4_25_hi;
        const p499 = x_25_hi * t4_25_lo;
        const p500 = x_25_hi * t4_25_hi;
        const pmin100 = Math.min(Math.min(p497, p498), Math.min(p499, p500));
        const lo468 = pmin100 - (PHI * Math.abs(pmin100) + ETA);
        const pmax100 = Math.max(Math.max(p497, p498), Math.max(p499, p500));
        const hi468 = pmax100 + (PHI * Math.abs(pmax100) + ETA);
        const lo469 = lo468 === lo468 ? lo468 : mulLo(x_25_lo, x_25_hi, t4_25_lo, t4_25_hi);
        const hi469 = hi468 === hi468 ? hi468 : mulHi(x_25_lo, x_25_hi, t4_25_lo, t4_25_hi);
        ret_25_lo = lo469; // surrogate.ts:9
        ret_25_hi = hi469; // surrogate.ts:9
    }
    if (decided25 === 2) {
        const t814 = ret_25_lo;
        ret_25_lo = ret_25_lo_other;
        ret_25_lo_other = t814;
        const t815 = ret_25_hi;
        ret_25_hi = ret_25_hi_other;
        ret_25_hi_other = t815;
    }
    if (decided25 !== 1) {
        bounds[0] = x_25_lo;
        bounds[1] = x_25_hi;
        expPair();
        const lo470 = bounds[0]!;
        const hi470 = bounds[1]!;
        const e_24_lo = lo470; // surrogate.ts:10
        const e_24_hi = hi470; // surrogate.ts:10
        const s239 = 1 + e_24_lo;
        const lo471 = s239 === 0 ? s239 : s239 - (PHI * Math.abs(s239) + ETA);
        const s240 = 1 + e_24_hi;
        const hi471 = s240 === 0 ? s240 : s240 + (PHI * Math.abs(s240) + ETA);
        const t5_24_lo = lo471 === lo471 ? lo471 : addLo(1, 1, e_24_lo, e_24_hi); // surrogate.ts:11
        const t5_24_hi = hi471 === hi471 ? hi471 : addHi(1, 1, e_24_lo, e_24_hi); // surrogate.ts:11
        const q205 = e_24_lo / t5_24_lo;
        const q206 = e_24_lo / t5_24_hi;
        const q207 = e_24_hi / t5_24_lo;
        const q208 = e_24_hi / t5_24_hi;
        const pmin101 = Math.min(Math.min(q205, q206), Math.min(q207, q208));
        const lo472 = pmin101 - (PHI * Math.abs(pmin101) + ETA);
        const pmax101 = Math.max(Math.max(q205, q206), Math.max(q207, q208));
        const hi472 = pmax101 + (PHI * Math.abs(pmax101) + ETA);
        const t6_24_lo = (t5_24_lo > 0 || t5_24_hi < 0) && lo472 === lo472 ? lo472 : divLo(e_24_lo, e_24_hi, t5_24_lo, t5_24_hi); // surrogate.ts:11
        const t6_24_hi = (t5_24_lo > 0 || t5_24_hi < 0) && hi472 === hi472 ? hi472 : divHi(e_24_lo, e_24_hi, t5_24_lo, t5_24_hi); // surrogate.ts:11
        const p501 = x_25_lo * t6_24_lo;
        const p502 = x_25_lo * t6_24_hi;
        const p503 = x_25_hi * t6_24_lo;
        const p504 = x_25_hi * t6_24_hi;
        const pmin102 = Math.min(Math.min(p501, p502), Math.min(p503, p504));
        const lo473 = pmin102 - (PHI * Math.abs(pmin102) + ETA);
        const pmax102 = Math.max(Math.max(p501, p502), Math.max(p503, p504));
        const hi473 = pmax102 + (PHI * Math.abs(pmax102) + ETA);
        const lo474 = lo473 === lo473 ? lo473 : mulLo(x_25_lo, x_25_hi, t6_24_lo, t6_24_hi);
        const hi474 = hi473 === hi473 ? hi473 : mulHi(x_25_lo, x_25_hi, t6_24_lo, t6_24_hi);
        ret_25_lo = lo474; // surrogate.ts:11
        ret_25_hi = hi474; // surrogate.ts:11
    }
    if (decided25 === 2) {
        ret_25_lo = hullLo(ret_25_lo, ret_25_lo_other);
        ret_25_hi = hullHi(ret_25_hi, ret_25_hi_other);
    }
    const h4_0_lo = ret_25_lo; // surrogate.ts:61
    const h4_0_hi = ret_25_hi; // surrogate.ts:61
    const p505 = 0.23089679120416579 > 0 ? 0.23089679120416579 * h3_0_lo : 0.23089679120416579 * h3_0_hi;
    const t816 = p505 - (PHI * Math.abs(p505) + ETA);
    const lo475 = t816;
    const p506 = 0.23089679120416579 > 0 ? 0.23089679120416579 * h3_0_hi : 0.23089679120416579 * h3_0_lo;
    const t817 = p506 + (PHI * Math.abs(p506) + ETA);
    const hi475 = t817;
    const t200_lo = lo475 === lo475 ? lo475 : mulPointLo(0.23089679120416579, h3_0_lo, h3_0_hi); // surrogate.ts:62
    const t200_hi = hi475 === hi475 ? hi475 : mulPointHi(0.23089679120416579, h3_0_lo, h3_0_hi); // surrogate.ts:62
    const s241 = 0.01120320627953265 - t200_hi;
    const lo476 = s241 === 0 ? s241 : s241 - (PHI * Math.abs(s241) + ETA);
    const s242 = 0.01120320627953265 - t200_lo;
    const hi476 = s242 === 0 ? s242 : s242 + (PHI * Math.abs(s242) + ETA);
    const t201_lo = lo476 === lo476 ? lo476 : subLo(0.01120320627953265, 0.01120320627953265, t200_lo, t200_hi); // surrogate.ts:62
    const t201_hi = hi476 === hi476 ? hi476 : subHi(0.01120320627953265, 0.01120320627953265, t200_lo, t200_hi); // surrogate.ts:62
    const p507 = 0.2549325714255577 > 0 ? 0.2549325714255577 * h3_1_lo : 0.2549325714255577 * h3_1_hi;
    const t818 = t201_lo + (p507 - (PHI * Math.abs(p507) + ETA));
    const lo477 = t818 - (PHI * Math.abs(t818) + ETA);
    const p508 = 0.2549325714255577 > 0 ? 0.2549325714255577 * h3_1_hi : 0.2549325714255577 * h3_1_lo;
    const t819 = t201_hi + (p508 + (PHI * Math.abs(p508) + ETA));
    const hi477 = t819 + (PHI * Math.abs(t819) + ETA);
    const t202_lo = lo477 === lo477 ? lo477 : fmaPointLo(t201_lo, 0.2549325714255577, h3_1_lo, h3_1_hi); // surrogate.ts:62
    const t202_hi = hi477 === hi477 ? hi477 : fmaPointHi(t201_hi, 0.2549325714255577, h3_1_lo, h3_1_hi); // surrogate.ts:62
    const p509 = 0.24022655278509514 > 0 ? 0.24022655278509514 * h3_2_lo : 0.24022655278509514 * h3_2_hi;
    const t820 = p509 - (PHI * Math.abs(p509) + ETA);
    const lo478 = t820;
    const p510 = 0.24022655278509514 > 0 ? 0.24022655278509514 * h3_2_hi : 0.24022655278509514 * h3_2_lo;
    const t821 = p510 + (PHI * Math.abs(p510) + ETA);
    const hi478 = t821;
    const t203_lo = lo478 === lo478 ? lo478 : mulPointLo(0.24022655278509514, h3_2_lo, h3_2_hi); // surrogate.ts:62
    const t203_hi = hi478 === hi478 ? hi478 : mulPointHi(0.24022655278509514, h3_2_lo, h3_2_hi); // surrogate.ts:62
    const s243 = t202_lo - t203_hi;
    const lo479 = s243 === 0 ? s243 : s243 - (PHI * Math.abs(s243) + ETA);
    const s244 = t202_hi - t203_lo;
    const hi479 = s244 === 0 ? s244 : s244 + (PHI * Math.abs(s244) + ETA);
    const t204_lo = lo479 === lo479 ? lo479 : subLo(t202_lo, t202_hi, t203_lo, t203_hi); // surrogate.ts:62
    const t204_hi = hi479 === hi479 ? hi479 : subHi(t202_lo, t202_hi, t203_lo, t203_hi); // surrogate.ts:62
    const p511 = 0.21449248249072322 > 0 ? 0.21449248249072322 * h3_3_lo : 0.21449248249072322 * h3_3_hi;
    const t822 = p511 - (PHI * Math.abs(p511) + ETA);
    const lo480 = t822;
    const p512 = 0.21449248249072322 > 0 ? 0.21449248249072322 * h3_3_hi : 0.21449248249072322 * h3_3_lo;
    const t823 = p512 + (PHI * Math.abs(p512) + ETA);
    const hi480 = t823;
    const t205_lo = lo480 === lo480 ? lo480 : mulPointLo(0.21449248249072322, h3_3_lo, h3_3_hi); // surrogate.ts:62
    const t205_hi = hi480 === hi480 ? hi480 : mulPointHi(0.21449248249072322, h3_3_lo, h3_3_hi); // surrogate.ts:62
    const s245 = t204_lo - t205_hi;
    const lo481 = s245 === 0 ? s245 : s245 - (PHI * Math.abs(s245) + ETA);
    const s246 = t204_hi - t205_lo;
    const hi481 = s246 === 0 ? s246 : s246 + (PHI * Math.abs(s246) + ETA);
    const t206_lo = lo481 === lo481 ? lo481 : subLo(t204_lo, t204_hi, t205_lo, t205_hi); // surrogate.ts:62
    const t206_hi = hi481 === hi481 ? hi481 : subHi(t204_lo, t204_hi, t205_lo, t205_hi); // surrogate.ts:62
    const p513 = 0.26945860935086985 > 0 ? 0.26945860935086985 * h3_4_lo : 0.26945860935086985 * h3_4_hi;
    const t824 = t206_lo + (p513 - (PHI * Math.abs(p513) + ETA));
    const lo482 = t824 - (PHI * Math.abs(t824) + ETA);
    const p514 = 0.26945860935086985 > 0 ? 0.26945860935086985 * h3_4_hi : 0.26945860935086985 * h3_4_lo;
    const t825 = t206_hi + (p514 + (PHI * Math.abs(p514) + ETA));
    const hi482 = t825 + (PHI * Math.abs(t825) + ETA);
    const t207_lo = lo482 === lo482 ? lo482 : fmaPointLo(t206_lo, 0.26945860935086985, h3_4_lo, h3_4_hi); // surrogate.ts:62
    const t207_hi = hi482 === hi482 ? hi482 : fmaPointHi(t206_hi, 0.26945860935086985, h3_4_lo, h3_4_hi); // surrogate.ts:62
    const p515 = 0.13533749650551494 > 0 ? 0.13533749650551494 * h3_5_lo : 0.13533749650551494 * h3_5_hi;
    const t826 = p515 - (PHI * Math.abs(p515) + ETA);
    const lo483 = t826;
    const p516 = 0.13533749650551494 > 0 ? 0.13533749650551494 * h3_5_hi : 0.13533749650551494 * h3_5_lo;
    const t827 = p516 + (PHI * Math.abs(p516) + ETA);
    const hi483 = t827;
    const t208_lo = lo483 === lo483 ? lo483 : mulPointLo(0.13533749650551494, h3_5_lo, h3_5_hi); // surrogate.ts:62
    const t208_hi = hi483 === hi483 ? hi483 : mulPointHi(0.13533749650551494, h3_5_lo, h3_5_hi); // surrogate.ts:62
    const s247 = t207_lo - t208_hi;
    const lo484 = s247 === 0 ? s247 : s247 - (PHI * Math.abs(s247) + ETA);
    const s248 = t207_hi - t208_lo;
    const hi484 = s248 === 0 ? s248 : s248 + (PHI * Math.abs(s248) + ETA);
    const t209_lo = lo484 === lo484 ? lo484 : subLo(t207_lo, t207_hi, t208_lo, t208_hi); // surrogate.ts:62
    const t209_hi = hi484 === hi484 ? hi484 : subHi(t207_lo, t207_hi, t208_lo, t208_hi); // surrogate.ts:62
    const p517 = 0.0458954220195824 > 0 ? 0.0458954220195824 * h3_6_lo : 0.0458954220195824 * h3_6_hi;
    const t828 = p517 - (PHI * Math.abs(p517) + ETA);
    const lo485 = t828;
    const p518 = 0.0458954220195824 > 0 ? 0.0458954220195824 * h3_6_hi : 0.0458954220195824 * h3_6_lo;
    const t829 = p518 + (PHI * Math.abs(p518) + ETA);
    const hi485 = t829;
    const t210_lo = lo485 === lo485 ? lo485 : mulPointLo(0.0458954220195824, h3_6_lo, h3_6_hi); // surrogate.ts:62
    const t210_hi = hi485 === hi485 ? hi485 : mulPointHi(0.0458954220195824, h3_6_lo, h3_6_hi); // surrogate.ts:62
    const s249 = t209_lo - t210_hi;
    const lo486 = s249 === 0 ? s249 : s249 - (PHI * Math.abs(s249) + ETA);
    const s250 = t209_hi - t210_lo;
    const hi486 = s250 === 0 ? s250 : s250 + (PHI * Math.abs(s250) + ETA);
    const t211_lo = lo486 === lo486 ? lo486 : subLo(t209_lo, t209_hi, t210_lo, t210_hi); // surrogate.ts:62
    const t211_hi = hi486 === hi486 ? hi486 : subHi(t209_lo, t209_hi, t210_lo, t210_hi); // surrogate.ts:62
    // inlined silu (examples/browser/surrogate.ts:8)
    const p519 = 0.18905957566867787 > 0 ? 0.18905957566867787 * h3_7_lo : 0.18905957566867787 * h3_7_hi;
    const t830 = t211_lo + (p519 - (PHI * Math.abs(p519) + ETA));
    const lo487 = t830 - (PHI * Math.abs(t830) + ETA);
    const p520 = 0.18905957566867787 > 0 ? 0.18905957566867787 * h3_7_hi : 0.18905957566867787 * h3_7_lo;
    const t831 = t211_hi + (p520 + (PHI * Math.abs(p520) + ETA));
    const hi487 = t831 + (PHI * Math.abs(t831) + ETA);
    let x_26_lo = lo487 === lo487 ? lo487 : fmaPointLo(t211_lo, 0.18905957566867787, h3_7_lo, h3_7_hi); // surrogate.ts:62
    let x_26_hi = hi487 === hi487 ? hi487 : fmaPointHi(t211_hi, 0.18905957566867787, h3_7_lo, h3_7_hi); // surrogate.ts:62
    let ret_26_lo = 0;
    let ret_26_hi = 0;
    const decided26 = geTri(x_26_lo, x_26_hi, 0, 0); // surrogate.ts:9
    let ret_26_lo_other = 0;
    let ret_26_hi_other = 0;
    if (decided26 === 2) {
        ret_26_lo_other = ret_26_lo;
        ret_26_hi_other = ret_26_hi;
    }
    if (decided26 !== 0) {
        const t1_26_lo = -x_26_hi; // surrogate.ts:9
        const t1_26_hi = -x_26_lo; // surrogate.ts:9
        bounds[0] = t1_26_lo;
        bounds[1] = t1_26_hi;
        expPair();
        const lo488 = bounds[0]!;
        const hi488 = bounds[1]!;
        const t2_26_lo = lo488; // surrogate.ts:9
        const t2_26_hi = hi488; // surrogate.ts:9
        const s251 = 1 + t2_26_lo;
        const lo489 = s251 === 0 ? s251 : s251 - (PHI * Math.abs(s251) + ETA);
        const s252 = 1 + t2_26_hi;
        const hi489 = s252 === 0 ? s252 : s252 + (PHI * Math.abs(s252) + ETA);
        const t3_26_lo = lo489 === lo489 ? lo489 : addLo(1, 1, t2_26_lo, t2_26_hi); // surrogate.ts:9
        const t3_26_hi = hi489 === hi489 ? hi489 : addHi(1, 1, t2_26_lo, t2_26_hi); // surrogate.ts:9
        const q209 = 1 / t3_26_lo;
        const q210 = 1 / t3_26_hi;
        const q211 = 1 / t3_26_lo;
        const q212 = 1 / t3_26_hi;
        const pmin103 = Math.min(Math.min(q209, q210), Math.min(q211, q212));
        const lo490 = pmin103 - (PHI * Math.abs(pmin103) + ETA);
        const pmax103 = Math.max(Math.max(q209, q210), Math.max(q211, q212));
        const hi490 = pmax103 + (PHI * Math.abs(pmax103) + ETA);
        const t4_26_lo = (t3_26_lo > 0 || t3_26_hi < 0) && lo490 === lo490 ? lo490 : divLo(1, 1, t3_26_lo, t3_26_hi); // surrogate.ts:9
        const t4_26_hi = (t3_26_lo > 0 || t3_26_hi < 0) && hi490 === hi490 ? hi490 : divHi(1, 1, t3_26_lo, t3_26_hi); // surrogate.ts:9
        const p521 = x_26_lo * t4_26_lo;
        const p522 = x_26_lo * t4_26_hi;
        const p523 = x_26_hi * t4_26_lo;
        const p524 = x_26_hi * t4_26_hi;
        const pmin104 = Math.min(Math.min(p521, p522), Math.min(p523, p524));
        const lo491 = pmin104 - (PHI * Math.abs(pmin104) + ETA);
        const pmax104 = Math.max(Math.max(p521, p522), Math.max(p523, p524));
        const hi491 = pmax104 + (PHI * Math.abs(pmax104) + ETA);
        const lo492 = lo491 === lo491 ? lo491 : mulLo(x_26_lo, x_26_hi, t4_26_lo, t4_26_hi);
        const hi492 = hi491 === hi491 ? hi491 : mulHi(x_26_lo, x_26_hi, t4_26_lo, t4_26_hi);
        ret_26_lo = lo492; // surrogate.ts:9
        ret_26_hi = hi492; // surrogate.ts:9
    }
    if (decided26 === 2) {
        const t832 = ret_26_lo;
        ret_26_lo = ret_26_lo_other;
        ret_26_lo_other = t832;
        const t833 = ret_26_hi;
        ret_26_hi = ret_26_hi_other;
        ret_26_hi_other = t833;
    }
    if (decided26 !== 1) {
        bounds[0] = x_26_lo;
        bounds[1] = x_26_hi;
        expPair();
        const lo493 = bounds[0]!;
        const hi493 = bounds[1]!;
        const e_25_lo = lo493; // surrogate.ts:10
        const e_25_hi = hi493; // surrogate.ts:10
        const s253 = 1 + e_25_lo;
        const lo494 = s253 === 0 ? s253 : s253 - (PHI * Math.abs(s253) + ETA);
        const s254 = 1 + e_25_hi;
        const hi494 = s254 === 0 ? s254 : s254 + (PHI * Math.abs(s254) + ETA);
        const t5_25_lo = lo494 === lo494 ? lo494 : addLo(1, 1, e_25_lo, e_25_hi); // surrogate.ts:11
        const t5_25_hi = hi494 === hi494 ? hi494 : addHi(1, 1, e_25_lo, e_25_hi); // surrogate.ts:11
        const q213 = e_25_lo / t5_25_lo;
        const q214 = e_25_lo / t5_25_hi;
        const q215 = e_25_hi / t5_25_lo;
        const q216 = e_25_hi / t5_25_hi;
        const pmin105 = Math.min(Math.min(q213, q214), Math.min(q215, q216));
        const lo495 = pmin105 - (PHI * Math.abs(pmin105) + ETA);
        const pmax105 = Math.max(Math.max(q213, q214), Math.max(q215, q216));
        const hi495 = pmax105 + (PHI * Math.abs(pmax105) + ETA);
        const t6_25_lo = (t5_25_lo > 0 || t5_25_hi < 0) && lo495 === lo495 ? lo495 : divLo(e_25_lo, e_25_hi, t5_25_lo, t5_25_hi); // surrogate.ts:11
        const t6_25_hi = (t5_25_lo > 0 || t5_25_hi < 0) && hi495 === hi495 ? hi495 : divHi(e_25_lo, e_25_hi, t5_25_lo, t5_25_hi); // surrogate.ts:11
        const p525 = x_26_lo * t6_25_lo;
        const p526 = x_26_lo * t6_25_hi;
        const p527 = x_26_hi * t6_25_lo;
        const p528 = x_26_hi * t6_25_hi;
        const pmin106 = Math.min(Math.min(p525, p526), Math.min(p527, p528));
        const lo496 = pmin106 - (PHI * Math.abs(pmin106) + ETA);
        const pmax106 = Math.max(Math.max(p525, p526), Math.max(p527, p528));
        const hi496 = pmax106 + (PHI * Math.abs(pmax106) + ETA);
        const lo497 = lo496 === lo496 ? lo496 : mulLo(x_26_lo, x_26_hi, t6_25_lo, t6_25_hi);
        const hi497 = hi496 === hi496 ? hi496 : mulHi(x_26_lo, x_26_hi, t6_25_lo, t6_25_hi);
        ret_26_lo = lo497; // surrogate.ts:11
        ret_26_hi = hi497; // surrogate.ts:11
    }
    if (decided26 === 2) {
        ret_26_lo = hullLo(ret_26_lo, ret_26_lo_other);
        ret_26_hi = hullHi(ret_26_hi, ret_26_hi_other);
    }
    const h4_1_lo = ret_26_lo; // surrogate.ts:62
    const h4_1_hi = ret_26_hi; // surrogate.ts:62
    const p529 = 0.17108911345588387 > 0 ? 0.17108911345588387 * h3_0_lo : 0.17108911345588387 * h3_0_hi;
    const t834 = p529 - (PHI * Math.abs(p529) + ETA);
    const lo498 = t834;
    const p530 = 0.17108911345588387 > 0 ? 0.17108911345588387 * h3_0_hi : 0.17108911345588387 * h3_0_lo;
    const t835 = p530 + (PHI * Math.abs(p530) + ETA);
    const hi498 = t835;
    const t212_lo = lo498 === lo498 ? lo498 : mulPointLo(0.17108911345588387, h3_0_lo, h3_0_hi); // surrogate.ts:63
    const t212_hi = hi498 === hi498 ? hi498 : mulPointHi(0.17108911345588387, h3_0_lo, h3_0_hi); // surrogate.ts:63
    const s255 = 0.0323064210691235 - t212_hi;
    const lo499 = s255 === 0 ? s255 : s255 - (PHI * Math.abs(s255) + ETA);
    const s256 = 0.0323064210691235 - t212_lo;
    const hi499 = s256 === 0 ? s256 : s256 + (PHI * Math.abs(s256) + ETA);
    const t213_lo = lo499 === lo499 ? lo499 : subLo(0.0323064210691235, 0.0323064210691235, t212_lo, t212_hi); // surrogate.ts:63
    const t213_hi = hi499 === hi499 ? hi499 : subHi(0.0323064210691235, 0.0323064210691235, t212_lo, t212_hi); // surrogate.ts:63
    const p531 = 0.4394542897245069 > 0 ? 0.4394542897245069 * h3_1_lo : 0.4394542897245069 * h3_1_hi;
    const t836 = t213_lo + (p531 - (PHI * Math.abs(p531) + ETA));
    const lo500 = t836 - (PHI * Math.abs(t836) + ETA);
    const p532 = 0.4394542897245069 > 0 ? 0.4394542897245069 * h3_1_hi : 0.4394542897245069 * h3_1_lo;
    const t837 = t213_hi + (p532 + (PHI * Math.abs(p532) + ETA));
    const hi500 = t837 + (PHI * Math.abs(t837) + ETA);
    const t214_lo = lo500 === lo500 ? lo500 : fmaPointLo(t213_lo, 0.4394542897245069, h3_1_lo, h3_1_hi); // surrogate.ts:63
    const t214_hi = hi500 === hi500 ? hi500 : fmaPointHi(t213_hi, 0.4394542897245069, h3_1_lo, h3_1_hi); // surrogate.ts:63
    const p533 = 0.17277971988012197 > 0 ? 0.17277971988012197 * h3_2_lo : 0.17277971988012197 * h3_2_hi;
    const t838 = p533 - (PHI * Math.abs(p533) + ETA);
    const lo501 = t838;
    const p534 = 0.17277971988012197 > 0 ? 0.17277971988012197 * h3_2_hi : 0.17277971988012197 * h3_2_lo;
    const t839 = p534 + (PHI * Math.abs(p534) + ETA);
    const hi501 = t839;
    const t215_lo = lo501 === lo501 ? lo501 : mulPointLo(0.17277971988012197, h3_2_lo, h3_2_hi); // surrogate.ts:63
    const t215_hi = hi501 === hi501 ? hi501 : mulPointHi(0.17277971988012197, h3_2_lo, h3_2_hi); // surrogate.ts:63
    const s257 = t214_lo - t215_hi;
    const lo502 = s257 === 0 ? s257 : s257 - (PHI * Math.abs(s257) + ETA);
    const s258 = t214_hi - t215_lo;
    const hi502 = s258 === 0 ? s258 : s258 + (PHI * Math.abs(s258) + ETA);
    const t216_lo = lo502 === lo502 ? lo502 : subLo(t214_lo, t214_hi, t215_lo, t215_hi); // surrogate.ts:63
    const t216_hi = hi502 === hi502 ? hi502 : subHi(t214_lo, t214_hi, t215_lo, t215_hi); // surrogate.ts:63
    const p535 = 0.22915830131340698 > 0 ? 0.22915830131340698 * h3_3_lo : 0.22915830131340698 * h3_3_hi;
    const t840 = p535 - (PHI * Math.abs(p535) + ETA);
    const lo503 = t840;
    const p536 = 0.22915830131340698 > 0 ? 0.22915830131340698 * h3_3_hi : 0.22915830131340698 * h3_3_lo;
    const t841 = p536 + (PHI * Math.abs(p536) + ETA);
    const hi503 = t841;
    const t217_lo = lo503 === lo503 ? lo503 : mulPointLo(0.22915830131340698, h3_3_lo, h3_3_hi); // surrogate.ts:63
    const t217_hi = hi503 === hi503 ? hi503 : mulPointHi(0.22915830131340698, h3_3_lo, h3_3_hi); // surrogate.ts:63
    const s259 = t216_lo - t217_hi;
    const lo504 = s259 === 0 ? s259 : s259 - (PHI * Math.abs(s259) + ETA);
    const s260 = t216_hi - t217_lo;
    const hi504 = s260 === 0 ? s260 : s260 + (PHI * Math.abs(s260) + ETA);
    const t218_lo = lo504 === lo504 ? lo504 : subLo(t216_lo, t216_hi, t217_lo, t217_hi); // surrogate.ts:63
    const t218_hi = hi504 === hi504 ? hi504 : subHi(t216_lo, t216_hi, t217_lo, t217_hi); // surrogate.ts:63
    const p537 = 0.2807741283504928 > 0 ? 0.2807741283504928 * h3_4_lo : 0.2807741283504928 * h3_4_hi;
    const t842 = t218_lo + (p537 - (PHI * Math.abs(p537) + ETA));
    const lo505 = t842 - (PHI * Math.abs(t842) + ETA);
    const p538 = 0.2807741283504928 > 0 ? 0.2807741283504928 * h3_4_hi : 0.2807741283504928 * h3_4_lo;
    const t843 = t218_hi + (p538 + (PHI * Math.abs(p538) + ETA));
    const hi505 = t843 + (PHI * Math.abs(t843) + ETA);
    const t219_lo = lo505 === lo505 ? lo505 : fmaPointLo(t218_lo, 0.2807741283504928, h3_4_lo, h3_4_hi); // surrogate.ts:63
    const t219_hi = hi505 === hi505 ? hi505 : fmaPointHi(t218_hi, 0.2807741283504928, h3_4_lo, h3_4_hi); // surrogate.ts:63
    const p539 = 0.08053244805924624 > 0 ? 0.08053244805924624 * h3_5_lo : 0.08053244805924624 * h3_5_hi;
    const t844 = p539 - (PHI * Math.abs(p539) + ETA);
    const lo506 = t844;
    const p540 = 0.08053244805924624 > 0 ? 0.08053244805924624 * h3_5_hi : 0.08053244805924624 * h3_5_lo;
    const t845 = p540 + (PHI * Math.abs(p540) + ETA);
    const hi506 = t845;
    const t220_lo = lo506 === lo506 ? lo506 : mulPointLo(0.08053244805924624, h3_5_lo, h3_5_hi); // surrogate.ts:63
    const t220_hi = hi506 === hi506 ? hi506 : mulPointHi(0.08053244805924624, h3_5_lo, h3_5_hi); // surrogate.ts:63
    const s261 = t219_lo - t220_hi;
    const lo507 = s261 === 0 ? s261 : s261 - (PHI * Math.abs(s261) + ETA);
    const s262 = t219_hi - t220_lo;
    const hi507 = s262 === 0 ? s262 : s262 + (PHI * Math.abs(s262) + ETA);
    const t221_lo = lo507 === lo507 ? lo507 : subLo(t219_lo, t219_hi, t220_lo, t220_hi); // surrogate.ts:63
    const t221_hi = hi507 === hi507 ? hi507 : subHi(t219_lo, t219_hi, t220_lo, t220_hi); // surrogate.ts:63
    const p541 = 0.18541979185643645 > 0 ? 0.18541979185643645 * h3_6_lo : 0.18541979185643645 * h3_6_hi;
    const t846 = p541 - (PHI * Math.abs(p541) + ETA);
    const lo508 = t846;
    const p542 = 0.18541979185643645 > 0 ? 0.18541979185643645 * h3_6_hi : 0.18541979185643645 * h3_6_lo;
    const t847 = p542 + (PHI * Math.abs(p542) + ETA);
    const hi508 = t847;
    const t222_lo = lo508 === lo508 ? lo508 : mulPointLo(0.18541979185643645, h3_6_lo, h3_6_hi); // surrogate.ts:63
    const t222_hi = hi508 === hi508 ? hi508 : mulPointHi(0.18541979185643645, h3_6_lo, h3_6_hi); // surrogate.ts:63
    const s263 = t221_lo - t222_hi;
    const lo509 = s263 === 0 ? s263 : s263 - (PHI * Math.abs(s263) + ETA);
    const s264 = t221_hi - t222_lo;
    const hi509 = s264 === 0 ? s264 : s264 + (PHI * Math.abs(s264) + ETA);
    const t223_lo = lo509 === lo509 ? lo509 : subLo(t221_lo, t221_hi, t222_lo, t222_hi); // surrogate.ts:63
    const t223_hi = hi509 === hi509 ? hi509 : subHi(t221_lo, t221_hi, t222_lo, t222_hi); // surrogate.ts:63
    // inlined silu (examples/browser/surrogate.ts:8)
    const p543 = 0.10445327297875476 > 0 ? 0.10445327297875476 * h3_7_lo : 0.10445327297875476 * h3_7_hi;
    const t848 = t223_lo + (p543 - (PHI * Math.abs(p543) + ETA));
    const lo510 = t848 - (PHI * Math.abs(t848) + ETA);
    const p544 = 0.10445327297875476 > 0 ? 0.10445327297875476 * h3_7_hi : 0.10445327297875476 * h3_7_lo;
    const t849 = t223_hi + (p544 + (PHI * Math.abs(p544) + ETA));
    const hi510 = t849 + (PHI * Math.abs(t849) + ETA);
    let x_27_lo = lo510 === lo510 ? lo510 : fmaPointLo(t223_lo, 0.10445327297875476, h3_7_lo, h3_7_hi); // surrogate.ts:63
    let x_27_hi = hi510 === hi510 ? hi510 : fmaPointHi(t223_hi, 0.10445327297875476, h3_7_lo, h3_7_hi); // surrogate.ts:63
    let ret_27_lo = 0;
    let ret_27_hi = 0;
    const decided27 = geTri(x_27_lo, x_27_hi, 0, 0); // surrogate.ts:9
    let ret_27_lo_other = 0;
    let ret_27_hi_other = 0;
    if (decided27 === 2) {
        ret_27_lo_other = ret_27_lo;
        ret_27_hi_other = ret_27_hi;
    }
    if (decided27 !== 0) {
        const t1_27_lo = -x_27_hi; // surrogate.ts:9
        const t1_27_hi = -x_27_lo; // surrogate.ts:9
        bounds[0] = t1_27_lo;
        bounds[1] = t1_27_hi;
        expPair();
        const lo511 = bounds[0]!;
        const hi511 = bounds[1]!;
        const t2_27_lo = lo511; // surrogate.ts:9
        const t2_27_hi = hi511; // surrogate.ts:9
        const s265 = 1 + t2_27_lo;
        const lo512 = s265 === 0 ? s265 : s265 - (PHI * Math.abs(s265) + ETA);
        const s266 = 1 + t2_27_hi;
        const hi512 = s266 === 0 ? s266 : s266 + (PHI * Math.abs(s266) + ETA);
        const t3_27_lo = lo512 === lo512 ? lo512 : addLo(1, 1, t2_27_lo, t2_27_hi); // surrogate.ts:9
        const t3_27_hi = hi512 === hi512 ? hi512 : addHi(1, 1, t2_27_lo, t2_27_hi); // surrogate.ts:9
        const q217 = 1 / t3_27_lo;
        const q218 = 1 / t3_27_hi;
        const q219 = 1 / t3_27_lo;
        const q220 = 1 / t3_27_hi;
        const pmin107 = Math.min(Math.min(q217, q218), Math.min(q219, q220));
        const lo513 = pmin107 - (PHI * Math.abs(pmin107) + ETA);
        const pmax107 = Math.max(Math.max(q217, q218), Math.max(q219, q220));
        const hi513 = pmax107 + (PHI * Math.abs(pmax107) + ETA);
        const t4_27_lo = (t3_27_lo > 0 || t3_27_hi < 0) && lo513 === lo513 ? lo513 : divLo(1, 1, t3_27_lo, t3_27_hi); // surrogate.ts:9
        const t4_27_hi = (t3_27_lo > 0 || t3_27_hi < 0) && hi513 === hi513 ? hi513 : divHi(1, 1, t3_27_lo, t3_27_hi); // surrogate.ts:9
        const p545 = x_27_lo * t4_27_lo;
        const p546 = x_27_lo * t4_27_hi;
        const p547 = x_27_hi * t4_27_lo;
        const p548 = x_27_hi * t4_27_hi;
        const pmin108 = Math.min(Math.min(p545, p546), Math.min(p547, p548));
        const lo514 = pmin108 - (PHI * Math.abs(pmin108) + ETA);
        const pmax108 = Math.max(Math.max(p545, p546), Math.max(p547, p548));
        const hi514 = pmax108 + (PHI * Math.abs(pmax108) + ETA);
        const lo515 = lo514 === lo514 ? lo514 : mulLo(x_27_lo, x_27_hi, t4_27_lo, t4_27_hi);
        const hi515 = hi514 === hi514 ? hi514 : mulHi(x_27_lo, x_27_hi, t4_27_lo, t4_27_hi);
        ret_27_lo = lo515; // surrogate.ts:9
        ret_27_hi = hi515; // surrogate.ts:9
    }
    if (decided27 === 2) {
        const t850 = ret_27_lo;
        ret_27_lo = ret_27_lo_other;
        ret_27_lo_other = t850;
        const t851 = ret_27_hi;
        ret_27_hi = ret_27_hi_other;
        ret_27_hi_other = t851;
    }
    if (decided27 !== 1) {
        bounds[0] = x_27_lo;
        bounds[1] = x_27_hi;
        expPair();
        const lo516 = bounds[0]!;
        const hi516 = bounds[1]!;
        const e_26_lo = lo516; // surrogate.ts:10
        const e_26_hi = hi516; // surrogate.ts:10
        const s267 = 1 + e_26_lo;
        const lo517 = s267 === 0 ? s267 : s267 - (PHI * Math.abs(s267) + ETA);
        const s268 = 1 + e_26_hi;
        const hi517 = s268 === 0 ? s268 : s268 + (PHI * Math.abs(s268) + ETA);
        const t5_26_lo = lo517 === lo517 ? lo517 : addLo(1, 1, e_26_lo, e_26_hi); // surrogate.ts:11
        const t5_26_hi = hi517 === hi517 ? hi517 : addHi(1, 1, e_26_lo, e_26_hi); // surrogate.ts:11
        const q221 = e_26_lo / t5_26_lo;
        const q222 = e_26_lo / t5_26_hi;
        const q223 = e_26_hi / t5_26_lo;
        const q224 = e_26_hi / t5_26_hi;
        const pmin109 = Math.min(Math.min(q221, q222), Math.min(q223, q224));
        const lo518 = pmin109 - (PHI * Math.abs(pmin109) + ETA);
        const pmax109 = Math.max(Math.max(q221, q222), Math.max(q223, q224));
        const hi518 = pmax109 + (PHI * Math.abs(pmax109) + ETA);
        const t6_26_lo = (t5_26_lo > 0 || t5_26_hi < 0) && lo518 === lo518 ? lo518 : divLo(e_26_lo, e_26_hi, t5_26_lo, t5_26_hi); // surrogate.ts:11
        const t6_26_hi = (t5_26_lo > 0 || t5_26_hi < 0) && hi518 === hi518 ? hi518 : divHi(e_26_lo, e_26_hi, t5_26_lo, t5_26_hi); // surrogate.ts:11
        const p549 = x_27_lo * t6_26_lo;
        const p550 = x_27_lo * t6_26_hi;
        const p551 = x_27_hi * t6_26_lo;
        const p552 = x_27_hi * t6_26_hi;
        const pmin110 = Math.min(Math.min(p549, p550), Math.min(p551, p552));
        const lo519 = pmin110 - (PHI * Math.abs(pmin110) + ETA);
        const pmax110 = Math.max(Math.max(p549, p550), Math.max(p551, p552));
        const hi519 = pmax110 + (PHI * Math.abs(pmax110) + ETA);
        const lo520 = lo519 === lo519 ? lo519 : mulLo(x_27_lo, x_27_hi, t6_26_lo, t6_26_hi);
        const hi520 = hi519 === hi519 ? hi519 : mulHi(x_27_lo, x_27_hi, t6_26_lo, t6_26_hi);
        ret_27_lo = lo520; // surrogate.ts:11
        ret_27_hi = hi520; // surrogate.ts:11
    }
    if (decided27 === 2) {
        ret_27_lo = hullLo(ret_27_lo, ret_27_lo_other);
        ret_27_hi = hullHi(ret_27_hi, ret_27_hi_other);
    }
    const h4_2_lo = ret_27_lo; // surrogate.ts:63
    const h4_2_hi = ret_27_hi; // surrogate.ts:63
    const p553 = 0.3959084159424314 > 0 ? 0.3959084159424314 * h3_0_lo : 0.3959084159424314 * h3_0_hi;
    const t852 = 0.13218518966857914 + (p553 - (PHI * Math.abs(p553) + ETA));
    const lo521 = t852 - (PHI * Math.abs(t852) + ETA);
    const p554 = 0.3959084159424314 > 0 ? 0.3959084159424314 * h3_0_hi : 0.3959084159424314 * h3_0_lo;
    const t853 = 0.13218518966857914 + (p554 + (PHI * Math.abs(p554) + ETA));
    const hi521 = t853 + (PHI * Math.abs(t853) + ETA);
    const t224_lo = lo521 === lo521 ? lo521 : fmaPointLo(0.13218518966857914, 0.3959084159424314, h3_0_lo, h3_0_hi); // surrogate.ts:64
    const t224_hi = hi521 === hi521 ? hi521 : fmaPointHi(0.13218518966857914, 0.3959084159424314, h3_0_lo, h3_0_hi); // surrogate.ts:64
    const p555 = 0.20259789273268608 > 0 ? 0.20259789273268608 * h3_1_lo : 0.20259789273268608 * h3_1_hi;
    const t854 = p555 - (PHI * Math.abs(p555) + ETA);
    const lo522 = t854;
    const p556 = 0.20259789273268608 > 0 ? 0.20259789273268608 * h3_1_hi : 0.20259789273268608 * h3_1_lo;
    const t855 = p556 + (PHI * Math.abs(p556) + ETA);
    const hi522 = t855;
    const t225_lo = lo522 === lo522 ? lo522 : mulPointLo(0.20259789273268608, h3_1_lo, h3_1_hi); // surrogate.ts:64
    const t225_hi = hi522 === hi522 ? hi522 : mulPointHi(0.20259789273268608, h3_1_lo, h3_1_hi); // surrogate.ts:64
    const s269 = t224_lo - t225_hi;
    const lo523 = s269 === 0 ? s269 : s269 - (PHI * Math.abs(s269) + ETA);
    const s270 = t224_hi - t225_lo;
    const hi523 = s270 === 0 ? s270 : s270 + (PHI * Math.abs(s270) + ETA);
    const t226_lo = lo523 === lo523 ? lo523 : subLo(t224_lo, t224_hi, t225_lo, t225_hi); // surrogate.ts:64
    const t226_hi = hi523 === hi523 ? hi523 : subHi(t224_lo, t224_hi, t225_lo, t225_hi); // surrogate.ts:64
    const p557 = 0.41541773529941856 > 0 ? 0.41541773529941856 * h3_2_lo : 0.41541773529941856 * h3_2_hi;
    const t856 = t226_lo + (p557 - (PHI * Math.abs(p557) + ETA));
    const lo524 = t856 - (PHI * Math.abs(t856) + ETA);
    const p558 = 0.41541773529941856 > 0 ? 0.41541773529941856 * h3_2_hi : 0.41541773529941856 * h3_2_lo;
    const t857 = t226_hi + (p558 + (PHI * Math.abs(p558) + ETA));
    const hi524 = t857 + (PHI * Math.abs(t857) + ETA);
    const t227_lo = lo524 === lo524 ? lo524 : fmaPointLo(t226_lo, 0.41541773529941856, h3_2_lo, h3_2_hi); // surrogate.ts:64
    const t227_hi = hi524 === hi524 ? hi524 : fmaPointHi(t226_hi, 0.41541773529941856, h3_2_lo, h3_2_hi); // surrogate.ts:64
    const p559 = 0.33200530606297285 > 0 ? 0.33200530606297285 * h3_3_lo : 0.33200530606297285 * h3_3_hi;
    const t858 = t227_lo + (p559 - (PHI * Math.abs(p559) + ETA));
    const lo525 = t858 - (PHI * Math.abs(t858) + ETA);
    const p560 = 0.33200530606297285 > 0 ? 0.33200530606297285 * h3_3_hi : 0.33200530606297285 * h3_3_lo;
    const t859 = t227_hi + (p560 + (PHI * Math.abs(p560) + ETA));
    const hi525 = t859 + (PHI * Math.abs(t859) + ETA);
    const t228_lo = lo525 === lo525 ? lo525 : fmaPointLo(t227_lo, 0.33200530606297285, h3_3_lo, h3_3_hi); // surrogate.ts:64
    const t228_hi = hi525 === hi525 ? hi525 : fmaPointHi(t227_hi, 0.33200530606297285, h3_3_lo, h3_3_hi); // surrogate.ts:64
    const p561 = 0.22864496308341936 > 0 ? 0.22864496308341936 * h3_4_lo : 0.22864496308341936 * h3_4_hi;
    const t860 = p561 - (PHI * Math.abs(p561) + ETA);
    const lo526 = t860;
    const p562 = 0.22864496308341936 > 0 ? 0.22864496308341936 * h3_4_hi : 0.22864496308341936 * h3_4_lo;
    const t861 = p562 + (PHI * Math.abs(p562) + ETA);
    const hi526 = t861;
    const t229_lo = lo526 === lo526 ? lo526 : mulPointLo(0.22864496308341936, h3_4_lo, h3_4_hi); // surrogate.ts:64
    const t229_hi = hi526 === hi526 ? hi526 : mulPointHi(0.22864496308341936, h3_4_lo, h3_4_hi); // surrogate.ts:64
    const s271 = t228_lo - t229_hi;
    const lo527 = s271 === 0 ? s271 : s271 - (PHI * Math.abs(s271) + ETA);
    const s272 = t228_hi - t229_lo;
    const hi527 = s272 === 0 ? s272 : s272 + (PHI * Math.abs(s272) + ETA);
    const t230_lo = lo527 === lo527 ? lo527 : subLo(t228_lo, t228_hi, t229_lo, t229_hi); // surrogate.ts:64
    const t230_hi = hi527 === hi527 ? hi527 : subHi(t228_lo, t228_hi, t229_lo, t229_hi); // surrogate.ts:64
    const p563 = 0.24761614175719435 > 0 ? 0.24761614175719435 * h3_5_lo : 0.24761614175719435 * h3_5_hi;
    const t862 = t230_lo + (p563 - (PHI * Math.abs(p563) + ETA));
    const lo528 = t862 - (PHI * Math.abs(t862) + ETA);
    const p564 = 0.24761614175719435 > 0 ? 0.24761614175719435 * h3_5_hi : 0.24761614175719435 * h3_5_lo;
    const t863 = t230_hi + (p564 + (PHI * Math.abs(p564) + ETA));
    const hi528 = t863 + (PHI * Math.abs(t863) + ETA);
    const t231_lo = lo528 === lo528 ? lo528 : fmaPointLo(t230_lo, 0.24761614175719435, h3_5_lo, h3_5_hi); // surrogate.ts:64
    const t231_hi = hi528 === hi528 ? hi528 : fmaPointHi(t230_hi, 0.24761614175719435, h3_5_lo, h3_5_hi); // surrogate.ts:64
    const p565 = 0.23636988714786067 > 0 ? 0.23636988714786067 * h3_6_lo : 0.23636988714786067 * h3_6_hi;
    const t864 = t231_lo + (p565 - (PHI * Math.abs(p565) + ETA));
    const lo529 = t864 - (PHI * Math.abs(t864) + ETA);
    const p566 = 0.23636988714786067 > 0 ? 0.23636988714786067 * h3_6_hi : 0.23636988714786067 * h3_6_lo;
    const t865 = t231_hi + (p566 + (PHI * Math.abs(p566) + ETA));
    const hi529 = t865 + (PHI * Math.abs(t865) + ETA);
    const t232_lo = lo529 === lo529 ? lo529 : fmaPointLo(t231_lo, 0.23636988714786067, h3_6_lo, h3_6_hi); // surrogate.ts:64
    const t232_hi = hi529 === hi529 ? hi529 : fmaPointHi(t231_hi, 0.23636988714786067, h3_6_lo, h3_6_hi); // surrogate.ts:64
    const p567 = 0.0942858763978512 > 0 ? 0.0942858763978512 * h3_7_lo : 0.0942858763978512 * h3_7_hi;
    const t866 = p567 - (PHI * Math.abs(p567) + ETA);
    const lo530 = t866;
    const p568 = 0.0942858763978512 > 0 ? 0.0942858763978512 * h3_7_hi : 0.0942858763978512 * h3_7_lo;
    const t867 = p568 + (PHI * Math.abs(p568) + ETA);
    const hi530 = t867;
    const t233_lo = lo530 === lo530 ? lo530 : mulPointLo(0.0942858763978512, h3_7_lo, h3_7_hi); // surrogate.ts:64
    const t233_hi = hi530 === hi530 ? hi530 : mulPointHi(0.0942858763978512, h3_7_lo, h3_7_hi); // surrogate.ts:64
    // inlined silu (examples/browser/surrogate.ts:8)
    const s273 = t232_lo - t233_hi;
    const lo531 = s273 === 0 ? s273 : s273 - (PHI * Math.abs(s273) + ETA);
    const s274 = t232_hi - t233_lo;
    const hi531 = s274 === 0 ? s274 : s274 + (PHI * Math.abs(s274) + ETA);
    let x_28_lo = lo531 === lo531 ? lo531 : subLo(t232_lo, t232_hi, t233_lo, t233_hi); // surrogate.ts:64
    let x_28_hi = hi531 === hi531 ? hi531 : subHi(t232_lo, t232_hi, t233_lo, t233_hi); // surrogate.ts:64
    let ret_28_lo = 0;
    let ret_28_hi = 0;
    const decided28 = geTri(x_28_lo, x_28_hi, 0, 0); // surrogate.ts:9
    let ret_28_lo_other = 0;
    let ret_28_hi_other = 0;
    if (decided28 === 2) {
        ret_28_lo_other = ret_28_lo;
        ret_28_hi_other = ret_28_hi;
    }
    if (decided28 !== 0) {
        const t1_28_lo = -x_28_hi; // surrogate.ts:9
        const t1_28_hi = -x_28_lo; // surrogate.ts:9
        bounds[0] = t1_28_lo;
        bounds[1] = t1_28_hi;
        expPair();
        const lo532 = bounds[0]!;
        const hi532 = bounds[1]!;
        const t2_28_lo = lo532; // surrogate.ts:9
        const t2_28_hi = hi532; // surrogate.ts:9
        const s275 = 1 + t2_28_lo;
        const lo533 = s275 === 0 ? s275 : s275 - (PHI * Math.abs(s275) + ETA);
        const s276 = 1 + t2_28_hi;
        const hi533 = s276 === 0 ? s276 : s276 + (PHI * Math.abs(s276) + ETA);
        const t3_28_lo = lo533 === lo533 ? lo533 : addLo(1, 1, t2_28_lo, t2_28_hi); // surrogate.ts:9
        const t3_28_hi = hi533 === hi533 ? hi533 : addHi(1, 1, t2_28_lo, t2_28_hi); // surrogate.ts:9
        const q225 = 1 / t3_28_lo;
        const q226 = 1 / t3_28_hi;
        const q227 = 1 / t3_28_lo;
        const q228 = 1 / t3_28_hi;
        const pmin111 = Math.min(Math.min(q225, q226), Math.min(q227, q228));
        const lo534 = pmin111 - (PHI * Math.abs(pmin111) + ETA);
        const pmax111 = Math.max(Math.max(q225, q226), Math.max(q227, q228));
        const hi534 = pmax111 + (PHI * Math.abs(pmax111) + ETA);
        const t4_28_lo = (t3_28_lo > 0 || t3_28_hi < 0) && lo534 === lo534 ? lo534 : divLo(1, 1, t3_28_lo, t3_28_hi); // surrogate.ts:9
        const t4_28_hi = (t3_28_lo > 0 || t3_28_hi < 0) && hi534 === hi534 ? hi534 : divHi(1, 1, t3_28_lo, t3_28_hi); // surrogate.ts:9
        const p569 = x_28_lo * t4_28_lo;
        const p570 = x_28_lo * t4_28_hi;
        const p571 = x_28_hi * t4_28_lo;
        const p572 = x_28_hi * t4_28_hi;
        const pmin112 = Math.min(Math.min(p569, p570), Math.min(p571, p572));
        const lo535 = pmin112 - (PHI * Math.abs(pmin112) + ETA);
        const pmax112 = Math.max(Math.max(p569, p570), Math.max(p571, p572));
        const hi535 = pmax112 + (PHI * Math.abs(pmax112) + ETA);
        const lo536 = lo535 === lo535 ? lo535 : mulLo(x_28_lo, x_28_hi, t4_28_lo, t4_28_hi);
        const hi536 = hi535 === hi535 ? hi535 : mulHi(x_28_lo, x_28_hi, t4_28_lo, t4_28_hi);
        ret_28_lo = lo536; // surrogate.ts:9
        ret_28_hi = hi536; // surrogate.ts:9
    }
    if (decided28 === 2) {
        const t868 = ret_28_lo;
        ret_28_lo = ret_28_lo_other;
        ret_28_lo_other = t868;
        const t869 = ret_28_hi;
        ret_28_hi = ret_28_hi_other;
        ret_28_hi_other = t869;
    }
    if (decided28 !== 1) {
        bounds[0] = x_28_lo;
        bounds[1] = x_28_hi;
        expPair();
        const lo537 = bounds[0]!;
        const hi537 = bounds[1]!;
        const e_27_lo = lo537; // surrogate.ts:10
        const e_27_hi = hi537; // surrogate.ts:10
        const s277 = 1 + e_27_lo;
        const lo538 = s277 === 0 ? s277 : s277 - (PHI * Math.abs(s277) + ETA);
        const s278 = 1 + e_27_hi;
        const hi538 = s278 === 0 ? s278 : s278 + (PHI * Math.abs(s278) + ETA);
        const t5_27_lo = lo538 === lo538 ? lo538 : addLo(1, 1, e_27_lo, e_27_hi); // surrogate.ts:11
        const t5_27_hi = hi538 === hi538 ? hi538 : addHi(1, 1, e_27_lo, e_27_hi); // surrogate.ts:11
        const q229 = e_27_lo / t5_27_lo;
        const q230 = e_27_lo / t5_27_hi;
        const q231 = e_27_hi / t5_27_lo;
        const q232 = e_27_hi / t5_27_hi;
        const pmin113 = Math.min(Math.min(q229, q230), Math.min(q231, q232));
        const lo539 = pmin113 - (PHI * Math.abs(pmin113) + ETA);
        const pmax113 = Math.max(Math.max(q229, q230), Math.max(q231, q232));
        const hi539 = pmax113 + (PHI * Math.abs(pmax113) + ETA);
        const t6_27_lo = (t5_27_lo > 0 || t5_27_hi < 0) && lo539 === lo539 ? lo539 : divLo(e_27_lo, e_27_hi, t5_27_lo, t5_27_hi); // surrogate.ts:11
        const t6_27_hi = (t5_27_lo > 0 || t5_27_hi < 0) && hi539 === hi539 ? hi539 : divHi(e_27_lo, e_27_hi, t5_27_lo, t5_27_hi); // surrogate.ts:11
        const p573 = x_28_lo * t6_27_lo;
        const p574 = x_28_lo * t6_27_hi;
        const p575 = x_28_hi * t6_27_lo;
        const p576 = x_28_hi * t6_27_hi;
        const pmin114 = Math.min(Math.min(p573, p574), Math.min(p575, p576));
        const lo540 = pmin114 - (PHI * Math.abs(pmin114) + ETA);
        const pmax114 = Math.max(Math.max(p573, p574), Math.max(p575, p576));
        const hi540 = pmax114 + (PHI * Math.abs(pmax114) + ETA);
        const lo541 = lo540 === lo540 ? lo540 : mulLo(x_28_lo, x_28_hi, t6_27_lo, t6_27_hi);
        const hi541 = hi540 === hi540 ? hi540 : mulHi(x_28_lo, x_28_hi, t6_27_lo, t6_27_hi);
        ret_28_lo = lo541; // surrogate.ts:11
        ret_28_hi = hi541; // surrogate.ts:11
    }
    if (decided28 === 2) {
        ret_28_lo = hullLo(ret_28_lo, ret_28_lo_other);
        ret_28_hi = hullHi(ret_28_hi, ret_28_hi_other);
    }
    const h4_3_lo = ret_28_lo; // surrogate.ts:64
    const h4_3_hi = ret_28_hi; // surrogate.ts:64
    const p577 = 0.2821822083604103 > 0 ? 0.2821822083604103 * h3_0_lo : 0.2821822083604103 * h3_0_hi;
    const t870 = 0.11240261242576582 + (p577 - (PHI * Math.abs(p577) + ETA));
    const lo542 = t870 - (PHI * Math.abs(t870) + ETA);
    const p578 = 0.2821822083604103 > 0 ? 0.2821822083604103 * h3_0_hi : 0.2821822083604103 * h3_0_lo;
    const t871 = 0.11240261242576582 + (p578 + (PHI * Math.abs(p578) + ETA));
    const hi542 = t871 + (PHI * Math.abs(t871) + ETA);
    const t234_lo = lo542 === lo542 ? lo542 : fmaPointLo(0.11240261242576582, 0.2821822083604103, h3_0_lo, h3_0_hi); // surrogate.ts:65
    const t234_hi = hi542 === hi542 ? hi542 : fmaPointHi(0.11240261242576582, 0.2821822083604103, h3_0_lo, h3_0_hi); // surrogate.ts:65
    const p579 = 0.22066955469116495 > 0 ? 0.22066955469116495 * h3_1_lo : 0.22066955469116495 * h3_1_hi;
    const t872 = p579 - (PHI * Math.abs(p579) + ETA);
    const lo543 = t872;
    const p580 = 0.22066955469116495 > 0 ? 0.22066955469116495 * h3_1_hi : 0.22066955469116495 * h3_1_lo;
    const t873 = p580 + (PHI * Math.abs(p580) + ETA);
    const hi543 = t873;
    const t235_lo = lo543 === lo543 ? lo543 : mulPointLo(0.22066955469116495, h3_1_lo, h3_1_hi); // surrogate.ts:65
    const t235_hi = hi543 === hi543 ? hi543 : mulPointHi(0.22066955469116495, h3_1_lo, h3_1_hi); // surrogate.ts:65
    const s279 = t234_lo - t235_hi;
    const lo544 = s279 === 0 ? s279 : s279 - (PHI * Math.abs(s279) + ETA);
    const s280 = t234_hi - t235_lo;
    const hi544 = s280 === 0 ? s280 : s280 + (PHI * Math.abs(s280) + ETA);
    const t236_lo = lo544 === lo544 ? lo544 : subLo(t234_lo, t234_hi, t235_lo, t235_hi); // surrogate.ts:65
    const t236_hi = hi544 === hi544 ? hi544 : subHi(t234_lo, t234_hi, t235_lo, t235_hi); // surrogate.ts:65
    const p581 = 0.17076030306622272 > 0 ? 0.17076030306622272 * h3_2_lo : 0.17076030306622272 * h3_2_hi;
    const t874 = t236_lo + (p581 - (PHI * Math.abs(p581) + ETA));
    const lo545 = t874 - (PHI * Math.abs(t874) + ETA);
    const p582 = 0.17076030306622272 > 0 ? 0.17076030306622272 * h3_2_hi : 0.17076030306622272 * h3_2_lo;
    const t875 = t236_hi + (p582 + (PHI * Math.abs(p582) + ETA));
    const hi545 = t875 + (PHI * Math.abs(t875) + ETA);
    const t237_lo = lo545 === lo545 ? lo545 : fmaPointLo(t236_lo, 0.17076030306622272, h3_2_lo, h3_2_hi); // surrogate.ts:65
    const t237_hi = hi545 === hi545 ? hi545 : fmaPointHi(t236_hi, 0.17076030306622272, h3_2_lo, h3_2_hi); // surrogate.ts:65
    const p583 = 0.5822492953675855 > 0 ? 0.5822492953675855 * h3_3_lo : 0.5822492953675855 * h3_3_hi;
    const t876 = t237_lo + (p583 - (PHI * Math.abs(p583) + ETA));
    const lo546 = t876 - (PHI * Math.abs(t876) + ETA);
    const p584 = 0.5822492953675855 > 0 ? 0.5822492953675855 * h3_3_hi : 0.5822492953675855 * h3_3_lo;
    const t877 = t237_hi + (p584 + (PHI * Math.abs(p584) + ETA));
    const hi546 = t877 + (PHI * Math.abs(t877) + ETA);
    const t238_lo = lo546 === lo546 ? lo546 : fmaPointLo(t237_lo, 0.5822492953675855, h3_3_lo, h3_3_hi); // surrogate.ts:65
    const t238_hi = hi546 === hi546 ? hi546 : fmaPointHi(t237_hi, 0.5822492953675855, h3_3_lo, h3_3_hi); // surrogate.ts:65
    const p585 = 0.08558767134991037 > 0 ? 0.08558767134991037 * h3_4_lo : 0.08558767134991037 * h3_4_hi;
    const t878 = p585 - (PHI * Math.abs(p585) + ETA);
    const lo547 = t878;
    const p586 = 0.08558767134991037 > 0 ? 0.08558767134991037 * h3_4_hi : 0.08558767134991037 * h3_4_lo;
    const t879 = p586 + (PHI * Math.abs(p586) + ETA);
    const hi547 = t879;
    const t239_lo = lo547 === lo547 ? lo547 : mulPointLo(0.08558767134991037, h3_4_lo, h3_4_hi); // surrogate.ts:65
    const t239_hi = hi547 === hi547 ? hi547 : mulPointHi(0.08558767134991037, h3_4_lo, h3_4_hi); // surrogate.ts:65
    const s281 = t238_lo - t239_hi;
    const lo548 = s281 === 0 ? s281 : s281 - (PHI * Math.abs(s281) + ETA);
    const s282 = t238_hi - t239_lo;
    const hi548 = s282 === 0 ? s282 : s282 + (PHI * Math.abs(s282) + ETA);
    const t240_lo = lo548 === lo548 ? lo548 : subLo(t238_lo, t238_hi, t239_lo, t239_hi); // surrogate.ts:65
    const t240_hi = hi548 === hi548 ? hi548 : subHi(t238_lo, t238_hi, t239_lo, t239_hi); // surrogate.ts:65
    const p587 = 0.1537077625163083 > 0 ? 0.1537077625163083 * h3_5_lo : 0.1537077625163083 * h3_5_hi;
    const t880 = t240_lo + (p587 - (PHI * Math.abs(p587) + ETA));
    const lo549 = t880 - (PHI * Math.abs(t880) + ETA);
    const p588 = 0.1537077625163083 > 0 ? 0.1537077625163083 * h3_5_hi : 0.1537077625163083 * h3_5_lo;
    const t881 = t240_hi + (p588 + (PHI * Math.abs(p588) + ETA));
    const hi549 = t881 + (PHI * Math.abs(t881) + ETA);
    const t241_lo = lo549 === lo549 ? lo549 : fmaPointLo(t240_lo, 0.1537077625163083, h3_5_lo, h3_5_hi); // surrogate.ts:65
    const t241_hi = hi549 === hi549 ? hi549 : fmaPointHi(t240_hi, 0.1537077625163083, h3_5_lo, h3_5_hi); // surrogate.ts:65
    const p589 = 0.3340996437511509 > 0 ? 0.3340996437511509 * h3_6_lo : 0.3340996437511509 * h3_6_hi;
    const t882 = t241_lo + (p589 - (PHI * Math.abs(p589) + ETA));
    const lo550 = t882 - (PHI * Math.abs(t882) + ETA);
    const p590 = 0.3340996437511509 > 0 ? 0.3340996437511509 * h3_6_hi : 0.3340996437511509 * h3_6_lo;
    const t883 = t241_hi + (p590 + (PHI * Math.abs(p590) + ETA));
    const hi550 = t883 + (PHI * Math.abs(t883) + ETA);
    const t242_lo = lo550 === lo550 ? lo550 : fmaPointLo(t241_lo, 0.3340996437511509, h3_6_lo, h3_6_hi); // surrogate.ts:65
    const t242_hi = hi550 === hi550 ? hi550 : fmaPointHi(t241_hi, 0.3340996437511509, h3_6_lo, h3_6_hi); // surrogate.ts:65
    const p591 = 0.19128611757089495 > 0 ? 0.19128611757089495 * h3_7_lo : 0.19128611757089495 * h3_7_hi;
    const t884 = p591 - (PHI * Math.abs(p591) + ETA);
    const lo551 = t884;
    const p592 = 0.19128611757089495 > 0 ? 0.19128611757089495 * h3_7_hi : 0.19128611757089495 * h3_7_lo;
    const t885 = p592 + (PHI * Math.abs(p592) + ETA);
    const hi551 = t885;
    const t243_lo = lo551 === lo551 ? lo551 : mulPointLo(0.19128611757089495, h3_7_lo, h3_7_hi); // surrogate.ts:65
    const t243_hi = hi551 === hi551 ? hi551 : mulPointHi(0.19128611757089495, h3_7_lo, h3_7_hi); // surrogate.ts:65
    // inlined silu (examples/browser/surrogate.ts:8)
    const s283 = t242_lo - t243_hi;
    const lo552 = s283 === 0 ? s283 : s283 - (PHI * Math.abs(s283) + ETA);
    const s284 = t242_hi - t243_lo;
    const hi552 = s284 === 0 ? s284 : s284 + (PHI * Math.abs(s284) + ETA);
    let x_29_lo = lo552 === lo552 ? lo552 : subLo(t242_lo, t242_hi, t243_lo, t243_hi); // surrogate.ts:65
    let x_29_hi = hi552 === hi552 ? hi552 : subHi(t242_lo, t242_hi, t243_lo, t243_hi); // surrogate.ts:65
    let ret_29_lo = 0;
    let ret_29_hi = 0;
    const decided29 = geTri(x_29_lo, x_29_hi, 0, 0); // surrogate.ts:9
    let ret_29_lo_other = 0;
    let ret_29_hi_other = 0;
    if (decided29 === 2) {
        ret_29_lo_other = ret_29_lo;
        ret_29_hi_other = ret_29_hi;
    }
    if (decided29 !== 0) {
        const t1_29_lo = -x_29_hi; // surrogate.ts:9
        const t1_29_hi = -x_29_lo; // surrogate.ts:9
        bounds[0] = t1_29_lo;
        bounds[1] = t1_29_hi;
        expPair();
        const lo553 = bounds[0]!;
        const hi553 = bounds[1]!;
        const t2_29_lo = lo553; // surrogate.ts:9
        const t2_29_hi = hi553; // surrogate.ts:9
        const s285 = 1 + t2_29_lo;
        const lo554 = s285 === 0 ? s285 : s285 - (PHI * Math.abs(s285) + ETA);
        const s286 = 1 + t2_29_hi;
        const hi554 = s286 === 0 ? s286 : s286 + (PHI * Math.abs(s286) + ETA);
        const t3_29_lo = lo554 === lo554 ? lo554 : addLo(1, 1, t2_29_lo, t2_29_hi); // surrogate.ts:9
        const t3_29_hi = hi554 === hi554 ? hi554 : addHi(1, 1, t2_29_lo, t2_29_hi); // surrogate.ts:9
        const q233 = 1 / t3_29_lo;
        const q234 = 1 / t3_29_hi;
        const q235 = 1 / t3_29_lo;
        const q236 = 1 / t3_29_hi;
        const pmin115 = Math.min(Math.min(q233, q234), Math.min(q235, q236));
        const lo555 = pmin115 - (PHI * Math.abs(pmin115) + ETA);
        const pmax115 = Math.max(Math.max(q233, q234), Math.max(q235, q236));
        const hi555 = pmax115 + (PHI * Math.abs(pmax115) + ETA);
        const t4_29_lo = (t3_29_lo > 0 || t3_29_hi < 0) && lo555 === lo555 ? lo555 : divLo(1, 1, t3_29_lo, t3_29_hi); // surrogate.ts:9
        const t4_29_hi = (t3_29_lo > 0 || t3_29_hi < 0) && hi555 === hi555 ? hi555 : divHi(1, 1, t3_29_lo, t3_29_hi); // surrogate.ts:9
        const p593 = x_29_lo * t4_29_lo;
        const p594 = x_29_lo * t4_29_hi;
        const p595 = x_29_hi * t4_29_lo;
        const p596 = x_29_hi * t4_29_hi;
        const pmin116 = Math.min(Math.min(p593, p594), Math.min(p595, p596));
        const lo556 = pmin116 - (PHI * Math.abs(pmin116) + ETA);
        const pmax116 = Math.max(Math.max(p593, p594), Math.max(p595, p596));
        const hi556 = pmax116 + (PHI * Math.abs(pmax116) + ETA);
        const lo557 = lo556 === lo556 ? lo556 : mulLo(x_29_lo, x_29_hi, t4_29_lo, t4_29_hi);
        const hi557 = hi556 === hi556 ? hi556 : mulHi(x_29_lo, x_29_hi, t4_29_lo, t4_29_hi);
        ret_29_lo = lo557; // surrogate.ts:9
        ret_29_hi = hi557; // surrogate.ts:9
    }
    if (decided29 === 2) {
        const t886 = ret_29_lo;
        ret_29_lo = ret_29_lo_other;
        ret_29_lo_other = t886;
        const t887 = ret_29_hi;
        ret_29_hi = ret_29_hi_other;
        ret_29_hi_other = t887;
    }
    if (decided29 !== 1) {
        bounds[0] = x_29_lo;
        bounds[1] = x_29_hi;
        expPair();
        const lo558 = bounds[0]!;
        const hi558 = bounds[1]!;
        const e_28_lo = lo558; // surrogate.ts:10
        const e_28_hi = hi558; // surrogate.ts:10
        const s287 = 1 + e_28_lo;
        const lo559 = s287 === 0 ? s287 : s287 - (PHI * Math.abs(s287) + ETA);
        const s288 = 1 + e_28_hi;
        const hi559 = s288 === 0 ? s288 : s288 + (PHI * Math.abs(s288) + ETA);
        const t5_28_lo = lo559 === lo559 ? lo559 : addLo(1, 1, e_28_lo, e_28_hi); // surrogate.ts:11
        const t5_28_hi = hi559 === hi559 ? hi559 : addHi(1, 1, e_28_lo, e_28_hi); // surrogate.ts:11
        const q237 = e_28_lo / t5_28_lo;
        const q238 = e_28_lo / t5_28_hi;
        const q239 = e_28_hi / t5_28_lo;
        const q240 = e_28_hi / t5_28_hi;
        const pmin117 = Math.min(Math.min(q237, q238), Math.min(q239, q240));
        const lo560 = pmin117 - (PHI * Math.abs(pmin117) + ETA);
        const pmax117 = Math.max(Math.max(q237, q238), Math.max(q239, q240));
        const hi560 = pmax117 + (PHI * Math.abs(pmax117) + ETA);
        const t6_28_lo = (t5_28_lo > 0 || t5_28_hi < 0) && lo560 === lo560 ? lo560 : divLo(e_28_lo, e_28_hi, t5_28_lo, t5_28_hi); // surrogate.ts:11
        const t6_28_hi = (t5_28_lo > 0 || t5_28_hi < 0) && hi560 === hi560 ? hi560 : divHi(e_28_lo, e_28_hi, t5_28_lo, t5_28_hi); // surrogate.ts:11
        const p597 = x_29_lo * t6_28_lo;
        const p598 = x_29_lo * t6_28_hi;
        const p599 = x_29_hi * t6_28_lo;
        const p600 = x_29_hi * t6_28_hi;
        const pmin118 = Math.min(Math.min(p597, p598), Math.min(p599, p600));
        const lo561 = pmin118 - (PHI * Math.abs(pmin118) + ETA);
        const pmax118 = Math.max(Math.max(p597, p598), Math.max(p599, p600));
        const hi561 = pmax118 + (PHI * Math.abs(pmax118) + ETA);
        const lo562 = lo561 === lo561 ? lo561 : mulLo(x_29_lo, x_29_hi, t6_28_lo, t6_28_hi);
        const hi562 = hi561 === hi561 ? hi561 : mulHi(x_29_lo, x_29_hi, t6_28_lo, t6_28_hi);
        ret_29_lo = lo562; // surrogate.ts:11
        ret_29_hi = hi562; // surrogate.ts:11
    }
    if (decided29 === 2) {
        ret_29_lo = hullLo(ret_29_lo, ret_29_lo_other);
        ret_29_hi = hullHi(ret_29_hi, ret_29_hi_other);
    }
    const h4_4_lo = ret_29_lo; // surrogate.ts:65
    const h4_4_hi = ret_29_hi; // surrogate.ts:65
    const p601 = 0.2918756918451654 > 0 ? 0.2918756918451654 * h3_0_lo : 0.2918756918451654 * h3_0_hi;
    const t888 = 0.07442662258779756 + (p601 - (PHI * Math.abs(p601) + ETA));
    const lo563 = t888 - (PHI * Math.abs(t888) + ETA);
    const p602 = 0.2918756918451654 > 0 ? 0.2918756918451654 * h3_0_hi : 0.2918756918451654 * h3_0_lo;
    const t889 = 0.07442662258779756 + (p602 + (PHI * Math.abs(p602) + ETA));
    const hi563 = t889 + (PHI * Math.abs(t889) + ETA);
    const t244_lo = lo563 === lo563 ? lo563 : fmaPointLo(0.07442662258779756, 0.2918756918451654, h3_0_lo, h3_0_hi); // surrogate.ts:66
    const t244_hi = hi563 === hi563 ? hi563 : fmaPointHi(0.07442662258779756, 0.2918756918451654, h3_0_lo, h3_0_hi); // surrogate.ts:66
    const p603 = 0.33003199657358484 > 0 ? 0.33003199657358484 * h3_1_lo : 0.33003199657358484 * h3_1_hi;
    const t890 = p603 - (PHI * Math.abs(p603) + ETA);
    const lo564 = t890;
    const p604 = 0.33003199657358484 > 0 ? 0.33003199657358484 * h3_1_hi : 0.33003199657358484 * h3_1_lo;
    const t891 = p604 + (PHI * Math.abs(p604) + ETA);
    const hi564 = t891;
    const t245_lo = lo564 === lo564 ? lo564 : mulPointLo(0.33003199657358484, h3_1_lo, h3_1_hi); // surrogate.ts:66
    const t245_hi = hi564 === hi564 ? hi564 : mulPointHi(0.33003199657358484, h3_1_lo, h3_1_hi); // surrogate.ts:66
    const s289 = t244_lo - t245_hi;
    const lo565 = s289 === 0 ? s289 : s289 - (PHI * Math.abs(s289) + ETA);
    const s290 = t244_hi - t245_lo;
    const hi565 = s290 === 0 ? s290 : s290 + (PHI * Math.abs(s290) + ETA);
    const t246_lo = lo565 === lo565 ? lo565 : subLo(t244_lo, t244_hi, t245_lo, t245_hi); // surrogate.ts:66
    const t246_hi = hi565 === hi565 ? hi565 : subHi(t244_lo, t244_hi, t245_lo, t245_hi); // surrogate.ts:66
    const p605 = 0.3123994097160346 > 0 ? 0.3123994097160346 * h3_2_lo : 0.3123994097160346 * h3_2_hi;
    const t892 = t246_lo + (p605 - (PHI * Math.abs(p605) + ETA));
    const lo566 = t892 - (PHI * Math.abs(t892) + ETA);
    const p606 = 0.3123994097160346 > 0 ? 0.3123994097160346 * h3_2_hi : 0.3123994097160346 * h3_2_lo;
    const t893 = t246_hi + (p606 + (PHI * Math.abs(p606) + ETA));
    const hi566 = t893 + (PHI * Math.abs(t893) + ETA);
    const t247_lo = lo566 === lo566 ? lo566 : fmaPointLo(t246_lo, 0.3123994097160346, h3_2_lo, h3_2_hi); // surrogate.ts:66
    const t247_hi = hi566 === hi566 ? hi566 : fmaPointHi(t246_hi, 0.3123994097160346, h3_2_lo, h3_2_hi); // surrogate.ts:66
    const p607 = 0.5312976044174634 > 0 ? 0.5312976044174634 * h3_3_lo : 0.5312976044174634 * h3_3_hi;
    const t894 = t247_lo + (p607 - (PHI * Math.abs(p607) + ETA));
    const lo567 = t894 - (PHI * Math.abs(t894) + ETA);
    const p608 = 0.5312976044174634 > 0 ? 0.5312976044174634 * h3_3_hi : 0.5312976044174634 * h3_3_lo;
    const t895 = t247_hi + (p608 + (PHI * Math.abs(p608) + ETA));
    const hi567 = t895 + (PHI * Math.abs(t895) + ETA);
    const t248_lo = lo567 === lo567 ? lo567 : fmaPointLo(t247_lo, 0.5312976044174634, h3_3_lo, h3_3_hi); // surrogate.ts:66
    const t248_hi = hi567 === hi567 ? hi567 : fmaPointHi(t247_hi, 0.5312976044174634, h3_3_lo, h3_3_hi); // surrogate.ts:66
    const p609 = 0.15972021685771556 > 0 ? 0.15972021685771556 * h3_4_lo : 0.15972021685771556 * h3_4_hi;
    const t896 = p609 - (PHI * Math.abs(p609) + ETA);
    const lo568 = t896;
    const p610 = 0.15972021685771556 > 0 ? 0.15972021685771556 * h3_4_hi : 0.15972021685771556 * h3_4_lo;
    const t897 = p610 + (PHI * Math.abs(p610) + ETA);
    const hi568 = t897;
    const t249_lo = lo568 === lo568 ? lo568 : mulPointLo(0.15972021685771556, h3_4_lo, h3_4_hi); // surrogate.ts:66
    const t249_hi = hi568 === hi568 ? hi568 : mulPointHi(0.15972021685771556, h3_4_lo, h3_4_hi); // surrogate.ts:66
    const s291 = t248_lo - t249_hi;
    const lo569 = s291 === 0 ? s291 : s291 - (PHI * Math.abs(s291) + ETA);
    const s292 = t248_hi - t249_lo;
    const hi569 = s292 === 0 ? s292 : s292 + (PHI * Math.abs(s292) + ETA);
    const t250_lo = lo569 === lo569 ? lo569 : subLo(t248_lo, t248_hi, t249_lo, t249_hi); // surrogate.ts:66
    const t250_hi = hi569 === hi569 ? hi569 : subHi(t248_lo, t248_hi, t249_lo, t249_hi); // surrogate.ts:66
    const p611 = 0.3357642613380852 > 0 ? 0.3357642613380852 * h3_5_lo : 0.3357642613380852 * h3_5_hi;
    const t898 = t250_lo + (p611 - (PHI * Math.abs(p611) + ETA));
    const lo570 = t898 - (PHI * Math.abs(t898) + ETA);
    const p612 = 0.3357642613380852 > 0 ? 0.3357642613380852 * h3_5_hi : 0.3357642613380852 * h3_5_lo;
    const t899 = t250_hi + (p612 + (PHI * Math.abs(p612) + ETA));
    const hi570 = t899 + (PHI * Math.abs(t899) + ETA);
    const t251_lo = lo570 === lo570 ? lo570 : fmaPointLo(t250_lo, 0.3357642613380852, h3_5_lo, h3_5_hi); // surrogate.ts:66
    const t251_hi = hi570 === hi570 ? hi570 : fmaPointHi(t250_hi, 0.3357642613380852, h3_5_lo, h3_5_hi); // surrogate.ts:66
    const p613 = 0.3545156221693232 > 0 ? 0.3545156221693232 * h3_6_lo : 0.3545156221693232 * h3_6_hi;
    const t900 = t251_lo + (p613 - (PHI * Math.abs(p613) + ETA));
    const lo571 = t900 - (PHI * Math.abs(t900) + ETA);
    const p614 = 0.3545156221693232 > 0 ? 0.3545156221693232 * h3_6_hi : 0.3545156221693232 * h3_6_lo;
    const t901 = t251_hi + (p614 + (PHI * Math.abs(p614) + ETA));
    const hi571 = t901 + (PHI * Math.abs(t901) + ETA);
    const t252_lo = lo571 === lo571 ? lo571 : fmaPointLo(t251_lo, 0.3545156221693232, h3_6_lo, h3_6_hi); // surrogate.ts:66
    const t252_hi = hi571 === hi571 ? hi571 : fmaPointHi(t251_hi, 0.3545156221693232, h3_6_lo, h3_6_hi); // surrogate.ts:66
    const p615 = 0.31233326593869837 > 0 ? 0.31233326593869837 * h3_7_lo : 0.31233326593869837 * h3_7_hi;
    const t902 = p615 - (PHI * Math.abs(p615) + ETA);
    const lo572 = t902;
    const p616 = 0.31233326593869837 > 0 ? 0.31233326593869837 * h3_7_hi : 0.31233326593869837 * h3_7_lo;
    const t903 = p616 + (PHI * Math.abs(p616) + ETA);
    const hi572 = t903;
    const t253_lo = lo572 === lo572 ? lo572 : mulPointLo(0.31233326593869837, h3_7_lo, h3_7_hi); // surrogate.ts:66
    const t253_hi = hi572 === hi572 ? hi572 : mulPointHi(0.31233326593869837, h3_7_lo, h3_7_hi); // surrogate.ts:66
    // inlined silu (examples/browser/surrogate.ts:8)
    const s293 = t252_lo - t253_hi;
    const lo573 = s293 === 0 ? s293 : s293 - (PHI * Math.abs(s293) + ETA);
    const s294 = t252_hi - t253_lo;
    const hi573 = s294 === 0 ? s294 : s294 + (PHI * Math.abs(s294) + ETA);
    let x_30_lo = lo573 === lo573 ? lo573 : subLo(t252_lo, t252_hi, t253_lo, t253_hi); // surrogate.ts:66
    let x_30_hi = hi573 === hi573 ? hi573 : subHi(t252_lo, t252_hi, t253_lo, t253_hi); // surrogate.ts:66
    let ret_30_lo = 0;
    let ret_30_hi = 0;
    const decided30 = geTri(x_30_lo, x_30_hi, 0, 0); // surrogate.ts:9
    let ret_30_lo_other = 0;
    let ret_30_hi_other = 0;
    if (decided30 === 2) {
        ret_30_lo_other = ret_30_lo;
        ret_30_hi_other = ret_30_hi;
    }
    if (decided30 !== 0) {
        const t1_30_lo = -x_30_hi; // surrogate.ts:9
        const t1_30_hi = -x_30_lo; // surrogate.ts:9
        bounds[0] = t1_30_lo;
        bounds[1] = t1_30_hi;
        expPair();
        const lo574 = bounds[0]!;
        const hi574 = bounds[1]!;
        const t2_30_lo = lo574; // surrogate.ts:9
        const t2_30_hi = hi574; // surrogate.ts:9
        const s295 = 1 + t2_30_lo;
        const lo575 = s295 === 0 ? s295 : s295 - (PHI * Math.abs(s295) + ETA);
        const s296 = 1 + t2_30_hi;
        const hi575 = s296 === 0 ? s296 : s296 + (PHI * Math.abs(s296) + ETA);
        const t3_30_lo = lo575 === lo575 ? lo575 : addLo(1, 1, t2_30_lo, t2_30_hi); // surrogate.ts:9
        const t3_30_hi = hi575 === hi575 ? hi575 : addHi(1, 1, t2_30_lo, t2_30_hi); // surrogate.ts:9
        const q241 = 1 / t3_30_lo;
        const q242 = 1 / t3_30_hi;
        const q243 = 1 / t3_30_lo;
        const q244 = 1 / t3_30_hi;
        const pmin119 = Math.min(Math.min(q241, q242), Math.min(q243, q244));
        const lo576 = pmin119 - (PHI * Math.abs(pmin119) + ETA);
        const pmax119 = Math.max(Math.max(q241, q242), Math.max(q243, q244));
        const hi576 = pmax119 + (PHI * Math.abs(pmax119) + ETA);
        const t4_30_lo = (t3_30_lo > 0 || t3_30_hi < 0) && lo576 === lo576 ? lo576 : divLo(1, 1, t3_30_lo, t3_30_hi); // surrogate.ts:9
        const t4_30_hi = (t3_30_lo > 0 || t3_30_hi < 0) && hi576 === hi576 ? hi576 : divHi(1, 1, t3_30_lo, t3_30_hi); // surrogate.ts:9
        const p617 = x_30_lo * t4_30_lo;
        const p618 = x_30_lo * t4_30_hi;
        const p619 = x_30_hi * t4_30_lo;
        const p620 = x_30_hi * t4_30_hi;
        const pmin120 = Math.min(Math.min(p617, p618), Math.min(p619, p620));
        const lo577 = pmin120 - (PHI * Math.abs(pmin120) + ETA);
        const pmax120 = Math.max(Math.max(p617, p618), Math.max(p619, p620));
        const hi577 = pmax120 + (PHI * Math.abs(pmax120) + ETA);
        const lo578 = lo577 === lo577 ? lo577 : mulLo(x_30_lo, x_30_hi, t4_30_lo, t4_30_hi);
        const hi578 = hi577 === hi577 ? hi577 : mulHi(x_30_lo, x_30_hi, t4_30_lo, t4_30_hi);
        ret_30_lo = lo578; // surrogate.ts:9
        ret_30_hi = hi578; // surrogate.ts:9
    }
    if (decided30 === 2) {
        const t904 = ret_30_lo;
        ret_30_lo = ret_30_lo_other;
        ret_30_lo_other = t904;
        const t905 = ret_30_hi;
        ret_30_hi = ret_30_hi_other;
        ret_30_hi_other = t905;
    }
    if (decided30 !== 1) {
        bounds[0] = x_30_lo;
        bounds[1] = x_30_hi;
        expPair();
        const lo579 = bounds[0]!;
        const hi579 = bounds[1]!;
        const e_29_lo = lo579; // surrogate.ts:10
        const e_29_hi = hi579; // surrogate.ts:10
        const s297 = 1 + e_29_lo;
        const lo580 = s297 === 0 ? s297 : s297 - (PHI * Math.abs(s297) + ETA);
        const s298 = 1 + e_29_hi;
        const hi580 = s298 === 0 ? s298 : s298 + (PHI * Math.abs(s298) + ETA);
        const t5_29_lo = lo580 === lo580 ? lo580 : addLo(1, 1, e_29_lo, e_29_hi); // surrogate.ts:11
        const t5_29_hi = hi580 === hi580 ? hi580 : addHi(1, 1, e_29_lo, e_29_hi); // surrogate.ts:11
        const q245 = e_29_lo / t5_29_lo;
        const q246 = e_29_lo / t5_29_hi;
        const q247 = e_29_hi / t5_29_lo;
        const q248 = e_29_hi / t5_29_hi;
        const pmin121 = Math.min(Math.min(q245, q246), Math.min(q247, q248));
        const lo581 = pmin121 - (PHI * Math.abs(pmin121) + ETA);
        const pmax121 = Math.max(Math.max(q245, q246), Math.max(q247, q248));
        const hi581 = pmax121 + (PHI * Math.abs(pmax121) + ETA);
        const t6_29_lo = (t5_29_lo > 0 || t5_29_hi < 0) && lo581 === lo581 ? lo581 : divLo(e_29_lo, e_29_hi, t5_29_lo, t5_29_hi); // surrogate.ts:11
        const t6_29_hi = (t5_29_lo > 0 || t5_29_hi < 0) && hi581 === hi581 ? hi581 : divHi(e_29_lo, e_29_hi, t5_29_lo, t5_29_hi); // surrogate.ts:11
        const p621 = x_30_lo * t6_29_lo;
        const p622 = x_30_lo * t6_29_hi;
        const p623 = x_30_hi * t6_29_lo;
        const p624 = x_30_hi * t6_29_hi;
        const pmin122 = Math.min(Math.min(p621, p622), Math.min(p623, p624));
        const lo582 = pmin122 - (PHI * Math.abs(pmin122) + ETA);
        const pmax122 = Math.max(Math.max(p621, p622), Math.max(p623, p624));
        const hi582 = pmax122 + (PHI * Math.abs(pmax122) + ETA);
        const lo583 = lo582 === lo582 ? lo582 : mulLo(x_30_lo, x_30_hi, t6_29_lo, t6_29_hi);
        const hi583 = hi582 === hi582 ? hi582 : mulHi(x_30_lo, x_30_hi, t6_29_lo, t6_29_hi);
        ret_30_lo = lo583; // surrogate.ts:11
        ret_30_hi = hi583; // surrogate.ts:11
    }
    if (decided30 === 2) {
        ret_30_lo = hullLo(ret_30_lo, ret_30_lo_other);
        ret_30_hi = hullHi(ret_30_hi, ret_30_hi_other);
    }
    const h4_5_lo = ret_30_lo; // surrogate.ts:66
    const h4_5_hi = ret_30_hi; // surrogate.ts:66
    const p625 = 0.24814998920741754 > 0 ? 0.24814998920741754 * h3_0_lo : 0.24814998920741754 * h3_0_hi;
    const t906 = p625 - (PHI * Math.abs(p625) + ETA);
    const lo584 = t906;
    const p626 = 0.24814998920741754 > 0 ? 0.24814998920741754 * h3_0_hi : 0.24814998920741754 * h3_0_lo;
    const t907 = p626 + (PHI * Math.abs(p626) + ETA);
    const hi584 = t907;
    const t254_lo = lo584 === lo584 ? lo584 : mulPointLo(0.24814998920741754, h3_0_lo, h3_0_hi); // surrogate.ts:67
    const t254_hi = hi584 === hi584 ? hi584 : mulPointHi(0.24814998920741754, h3_0_lo, h3_0_hi); // surrogate.ts:67
    const s299 = 0.03974104640095518 - t254_hi;
    const lo585 = s299 === 0 ? s299 : s299 - (PHI * Math.abs(s299) + ETA);
    const s300 = 0.03974104640095518 - t254_lo;
    const hi585 = s300 === 0 ? s300 : s300 + (PHI * Math.abs(s300) + ETA);
    const t255_lo = lo585 === lo585 ? lo585 : subLo(0.03974104640095518, 0.03974104640095518, t254_lo, t254_hi); // surrogate.ts:67
    const t255_hi = hi585 === hi585 ? hi585 : subHi(0.03974104640095518, 0.03974104640095518, t254_lo, t254_hi); // surrogate.ts:67
    const p627 = 0.30717887669942023 > 0 ? 0.30717887669942023 * h3_1_lo : 0.30717887669942023 * h3_1_hi;
    const t908 = t255_lo + (p627 - (PHI * Math.abs(p627) + ETA));
    const lo586 = t908 - (PHI * Math.abs(t908) + ETA);
    const p628 = 0.30717887669942023 > 0 ? 0.30717887669942023 * h3_1_hi : 0.30717887669942023 * h3_1_lo;
    const t909 = t255_hi + (p628 + (PHI * Math.abs(p628) + ETA));
    const hi586 = t909 + (PHI * Math.abs(t909) + ETA);
    const t256_lo = lo586 === lo586 ? lo586 : fmaPointLo(t255_lo, 0.30717887669942023, h3_1_lo, h3_1_hi); // surrogate.ts:67
    const t256_hi = hi586 === hi586 ? hi586 : fmaPointHi(t255_hi, 0.30717887669942023, h3_1_lo, h3_1_hi); // surrogate.ts:67
    const p629 = 0.24645347491118005 > 0 ? 0.24645347491118005 * h3_2_lo : 0.24645347491118005 * h3_2_hi;
    const t910 = p629 - (PHI * Math.abs(p629) + ETA);
    const lo587 = t910;
    const p630 = 0.24645347491118005 > 0 ? 0.24645347491118005 * h3_2_hi : 0.24645347491118005 * h3_2_lo;
    const t911 = p630 + (PHI * Math.abs(p630) + ETA);
    const hi587 = t911;
    const t257_lo = lo587 === lo587 ? lo587 : mulPointLo(0.24645347491118005, h3_2_lo, h3_2_hi); // surrogate.ts:67
    const t257_hi = hi587 === hi587 ? hi587 : mulPointHi(0.24645347491118005, h3_2_lo, h3_2_hi); // surrogate.ts:67
    const s301 = t256_lo - t257_hi;
    const lo588 = s301 === 0 ? s301 : s301 - (PHI * Math.abs(s301) + ETA);
    const s302 = t256_hi - t257_lo;
    const hi588 = s302 === 0 ? s302 : s302 + (PHI * Math.abs(s302) + ETA);
    const t258_lo = lo588 === lo588 ? lo588 : subLo(t256_lo, t256_hi, t257_lo, t257_hi); // surrogate.ts:67
    const t258_hi = hi588 === hi588 ? hi588 : subHi(t256_lo, t256_hi, t257_lo, t257_hi); // surrogate.ts:67
    const p631 = 0.2329931962616688 > 0 ? 0.2329931962616688 * h3_3_lo : 0.2329931962616688 * h3_3_hi;
    const t912 = p631 - (PHI * Math.abs(p631) + ETA);
    const lo589 = t912;
    const p632 = 0.2329931962616688 > 0 ? 0.2329931962616688 * h3_3_hi : 0.2329931962616688 * h3_3_lo;
    const t913 = p632 + (PHI * Math.abs(p632) + ETA);
    const hi589 = t913;
    const t259_lo = lo589 === lo589 ? lo589 : mulPointLo(0.2329931962616688, h3_3_lo, h3_3_hi); // surrogate.ts:67
    const t259_hi = hi589 === hi589 ? hi589 : mulPointHi(0.2329931962616688, h3_3_lo, h3_3_hi); // surrogate.ts:67
    const s303 = t258_lo - t259_hi;
    const lo590 = s303 === 0 ? s303 : s303 - (PHI * Math.abs(s303) + ETA);
    const s304 = t258_hi - t259_lo;
    const hi590 = s304 === 0 ? s304 : s304 + (PHI * Math.abs(s304) + ETA);
    const t260_lo = lo590 === lo590 ? lo590 : subLo(t258_lo, t258_hi, t259_lo, t259_hi); // surrogate.ts:67
    const t260_hi = hi590 === hi590 ? hi590 : subHi(t258_lo, t258_hi, t259_lo, t259_hi); // surrogate.ts:67
    const p633 = 0.3162153647282045 > 0 ? 0.3162153647282045 * h3_4_lo : 0.3162153647282045 * h3_4_hi;
    const t914 = t260_lo + (p633 - (PHI * Math.abs(p633) + ETA));
    const lo591 = t914 - (PHI * Math.abs(t914) + ETA);
    const p634 = 0.3162153647282045 > 0 ? 0.3162153647282045 * h3_4_hi : 0.3162153647282045 * h3_4_lo;
    const t915 = t260_hi + (p634 + (PHI * Math.abs(p634) + ETA));
    const hi591 = t915 + (PHI * Math.abs(t915) + ETA);
    const t261_lo = lo591 === lo591 ? lo591 : fmaPointLo(t260_lo, 0.3162153647282045, h3_4_lo, h3_4_hi); // surrogate.ts:67
    const t261_hi = hi591 === hi591 ? hi591 : fmaPointHi(t260_hi, 0.3162153647282045, h3_4_lo, h3_4_hi); // surrogate.ts:67
    const p635 = 0.05482040944615682 > 0 ? 0.05482040944615682 * h3_5_lo : 0.05482040944615682 * h3_5_hi;
    const t916 = p635 - (PHI * Math.abs(p635) + ETA);
    const lo592 = t916;
    const p636 = 0.05482040944615682 > 0 ? 0.05482040944615682 * h3_5_hi : 0.05482040944615682 * h3_5_lo;
    const t917 = p636 + (PHI * Math.abs(p636) + ETA);
    const hi592 = t917;
    const t262_lo = lo592 === lo592 ? lo592 : mulPointLo(0.05482040944615682, h3_5_lo, h3_5_hi); // surrogate.ts:67
    const t262_hi = hi592 === hi592 ? hi592 : mulPointHi(0.05482040944615682, h3_5_lo, h3_5_hi); // surrogate.ts:67
    const s305 = t261_lo - t262_hi;
    const lo593 = s305 === 0 ? s305 : s305 - (PHI * Math.abs(s305) + ETA);
    const s306 = t261_hi - t262_lo;
    const hi593 = s306 === 0 ? s306 : s306 + (PHI * Math.abs(s306) + ETA);
    const t263_lo = lo593 === lo593 ? lo593 : subLo(t261_lo, t261_hi, t262_lo, t262_hi); // surrogate.ts:67
    const t263_hi = hi593 === hi593 ? hi593 : subHi(t261_lo, t261_hi, t262_lo, t262_hi); // surrogate.ts:67
    const p637 = 0.15855134136192067 > 0 ? 0.15855134136192067 * h3_6_lo : 0.15855134136192067 * h3_6_hi;
    const t918 = p637 - (PHI * Math.abs(p637) + ETA);
    const lo594 = t918;
    const p638 = 0.15855134136192067 > 0 ? 0.15855134136192067 * h3_6_hi : 0.15855134136192067 * h3_6_lo;
    const t919 = p638 + (PHI * Math.abs(p638) + ETA);
    const hi594 = t919;
    const t264_lo = lo594 === lo594 ? lo594 : mulPointLo(0.15855134136192067, h3_6_lo, h3_6_hi); // surrogate.ts:67
    const t264_hi = hi594 === hi594 ? hi594 : mulPointHi(0.15855134136192067, h3_6_lo, h3_6_hi); // surrogate.ts:67
    const s307 = t263_lo - t264_hi;
    const lo595 = s307 === 0 ? s307 : s307 - (PHI * Math.abs(s307) + ETA);
    const s308 = t263_hi - t264_lo;
    const hi595 = s308 === 0 ? s308 : s308 + (PHI * Math.abs(s308) + ETA);
    const t265_lo = lo595 === lo595 ? lo595 : subLo(t263_lo, t263_hi, t264_lo, t264_hi); // surrogate.ts:67
    const t265_hi = hi595 === hi595 ? hi595 : subHi(t263_lo, t263_hi, t264_lo, t264_hi); // surrogate.ts:67
    // inlined silu (examples/browser/surrogate.ts:8)
    const p639 = 0.1253024812601342 > 0 ? 0.1253024812601342 * h3_7_lo : 0.1253024812601342 * h3_7_hi;
    const t920 = t265_lo + (p639 - (PHI * Math.abs(p639) + ETA));
    const lo596 = t920 - (PHI * Math.abs(t920) + ETA);
    const p640 = 0.1253024812601342 > 0 ? 0.1253024812601342 * h3_7_hi : 0.1253024812601342 * h3_7_lo;
    const t921 = t265_hi + (p640 + (PHI * Math.abs(p640) + ETA));
    const hi596 = t921 + (PHI * Math.abs(t921) + ETA);
    let x_31_lo = lo596 === lo596 ? lo596 : fmaPointLo(t265_lo, 0.1253024812601342, h3_7_lo, h3_7_hi); // surrogate.ts:67
    let x_31_hi = hi596 === hi596 ? hi596 : fmaPointHi(t265_hi, 0.1253024812601342, h3_7_lo, h3_7_hi); // surrogate.ts:67
    let ret_31_lo = 0;
    let ret_31_hi = 0;
    const decided31 = geTri(x_31_lo, x_31_hi, 0, 0); // surrogate.ts:9
    let ret_31_lo_other = 0;
    let ret_31_hi_other = 0;
    if (decided31 === 2) {
        ret_31_lo_other = ret_31_lo;
        ret_31_hi_other = ret_31_hi;
    }
    if (decided31 !== 0) {
        const t1_31_lo = -x_31_hi; // surrogate.ts:9
        const t1_31_hi = -x_31_lo; // surrogate.ts:9
        bounds[0] = t1_31_lo;
        bounds[1] = t1_31_hi;
        expPair();
        const lo597 = bounds[0]!;
        const hi597 = bounds[1]!;
        const t2_31_lo = lo597; // surrogate.ts:9
        const t2_31_hi = hi597; // surrogate.ts:9
        const s309 = 1 + t2_31_lo;
        const lo598 = s309 === 0 ? s309 : s309 - (PHI * Math.abs(s309) + ETA);
        const s310 = 1 + t2_31_hi;
        const hi598 = s310 === 0 ? s310 : s310 + (PHI * Math.abs(s310) + ETA);
        const t3_31_lo = lo598 === lo598 ? lo598 : addLo(1, 1, t2_31_lo, t2_31_hi); // surrogate.ts:9
        const t3_31_hi = hi598 === hi598 ? hi598 : addHi(1, 1, t2_31_lo, t2_31_hi); // surrogate.ts:9
        const q249 = 1 / t3_31_lo;
        const q250 = 1 / t3_31_hi;
        const q251 = 1 / t3_31_lo;
        const q252 = 1 / t3_31_hi;
        const pmin123 = Math.min(Math.min(q249, q250), Math.min(q251, q252));
        const lo599 = pmin123 - (PHI * Math.abs(pmin123) + ETA);
        const pmax123 = Math.max(Math.max(q249, q250), Math.max(q251, q252));
        const hi599 = pmax123 + (PHI * Math.abs(pmax123) + ETA);
        const t4_31_lo = (t3_31_lo > 0 || t3_31_hi < 0) && lo599 === lo599 ? lo599 : divLo(1, 1, t3_31_lo, t3_31_hi); // surrogate.ts:9
        const t4_31_hi = (t3_31_lo > 0 || t3_31_hi < 0) && hi599 === hi599 ? hi599 : divHi(1, 1, t3_31_lo, t3_31_hi); // surrogate.ts:9
        const p641 = x_31_lo * t4_31_lo;
        const p642 = x_31_lo * t4_31_hi;
        const p643 = x_31_hi * t4_31_lo;
        const p644 = x_31_hi * t4_31_hi;
        const pmin124 = Math.min(Math.min(p641, p642), Math.min(p643, p644));
        const lo600 = pmin124 - (PHI * Math.abs(pmin124) + ETA);
        const pmax124 = Math.max(Math.max(p641, p642), Math.max(p643, p644));
        const hi600 = pmax124 + (PHI * Math.abs(pmax124) + ETA);
        const lo601 = lo600 === lo600 ? lo600 : mulLo(x_31_lo, x_31_hi, t4_31_lo, t4_31_hi);
        const hi601 = hi600 === hi600 ? hi600 : mulHi(x_31_lo, x_31_hi, t4_31_lo, t4_31_hi);
        ret_31_lo = lo601; // surrogate.ts:9
        ret_31_hi = hi601; // surrogate.ts:9
    }
    if (decided31 === 2) {
        const t922 = ret_31_lo;
        ret_31_lo = ret_31_lo_other;
        ret_31_lo_other = t922;
        const t923 = ret_31_hi;
        ret_31_hi = ret_31_hi_other;
        ret_31_hi_other = t923;
    }
    if (decided31 !== 1) {
        bounds[0] = x_31_lo;
        bounds[1] = x_31_hi;
        expPair();
        const lo602 = bounds[0]!;
        const hi602 = bounds[1]!;
        const e_30_lo = lo602; // surrogate.ts:10
        const e_30_hi = hi602; // surrogate.ts:10
        const s311 = 1 + e_30_lo;
        const lo603 = s311 === 0 ? s311 : s311 - (PHI * Math.abs(s311) + ETA);
        const s312 = 1 + e_30_hi;
        const hi603 = s312 === 0 ? s312 : s312 + (PHI * Math.abs(s312) + ETA);
        const t5_30_lo = lo603 === lo603 ? lo603 : addLo(1, 1, e_30_lo, e_30_hi); // surrogate.ts:11
        const t5_30_hi = hi603 === hi603 ? hi603 : addHi(1, 1, e_30_lo, e_30_hi); // surrogate.ts:11
        const q253 = e_30_lo / t5_30_lo;
        const q254 = e_30_lo / t5_30_hi;
        const q255 = e_30_hi / t5_30_lo;
        const q256 = e_30_hi / t5_30_hi;
        const pmin125 = Math.min(Math.min(q253, q254), Math.min(q255, q256));
        const lo604 = pmin125 - (PHI * Math.abs(pmin125) + ETA);
        const pmax125 = Math.max(Math.max(q253, q254), Math.max(q255, q256));
        const hi604 = pmax125 + (PHI * Math.abs(pmax125) + ETA);
        const t6_30_lo = (t5_30_lo > 0 || t5_30_hi < 0) && lo604 === lo604 ? lo604 : divLo(e_30_lo, e_30_hi, t5_30_lo, t5_30_hi); // surrogate.ts:11
        const t6_30_hi = (t5_30_lo > 0 || t5_30_hi < 0) && hi604 === hi604 ? hi604 : divHi(e_30_lo, e_30_hi, t5_30_lo, t5_30_hi); // surrogate.ts:11
        const p645 = x_31_lo * t6_30_lo;
        const p646 = x_31_lo * t6_30_hi;
        const p647 = x_31_hi * t6_30_lo;
        const p648 = x_31_hi * t6_30_hi;
        const pmin126 = Math.min(Math.min(p645, p646), Math.min(p647, p648));
        const lo605 = pmin126 - (PHI * Math.abs(pmin126) + ETA);
        const pmax126 = Math.max(Math.max(p645, p646), Math.max(p647, p648));
        const hi605 = pmax126 + (PHI * Math.abs(pmax126) + ETA);
        const lo606 = lo605 === lo605 ? lo605 : mulLo(x_31_lo, x_31_hi, t6_30_lo, t6_30_hi);
        const hi606 = hi605 === hi605 ? hi605 : mulHi(x_31_lo, x_31_hi, t6_30_lo, t6_30_hi);
        ret_31_lo = lo606; // surrogate.ts:11
        ret_31_hi = hi606; // surrogate.ts:11
    }
    if (decided31 === 2) {
        ret_31_lo = hullLo(ret_31_lo, ret_31_lo_other);
        ret_31_hi = hullHi(ret_31_hi, ret_31_hi_other);
    }
    const h4_6_lo = ret_31_lo; // surrogate.ts:67
    const h4_6_hi = ret_31_hi; // surrogate.ts:67
    const p649 = 0.2133641109153772 > 0 ? 0.2133641109153772 * h3_0_lo : 0.2133641109153772 * h3_0_hi;
    const t924 = 0.16181951718255927 + (p649 - (PHI * Math.abs(p649) + ETA));
    const lo607 = t924 - (PHI * Math.abs(t924) + ETA);
    const p650 = 0.2133641109153772 > 0 ? 0.2133641109153772 * h3_0_hi : 0.2133641109153772 * h3_0_lo;
    const t925 = 0.16181951718255927 + (p650 + (PHI * Math.abs(p650) + ETA));
    const hi607 = t925 + (PHI * Math.abs(t925) + ETA);
    const t266_lo = lo607 === lo607 ? lo607 : fmaPointLo(0.16181951718255927, 0.2133641109153772, h3_0_lo, h3_0_hi); // surrogate.ts:68
    const t266_hi = hi607 === hi607 ? hi607 : fmaPointHi(0.16181951718255927, 0.2133641109153772, h3_0_lo, h3_0_hi); // surrogate.ts:68
    const p651 = 0.1898515122024729 > 0 ? 0.1898515122024729 * h3_1_lo : 0.1898515122024729 * h3_1_hi;
    const t926 = p651 - (PHI * Math.abs(p651) + ETA);
    const lo608 = t926;
    const p652 = 0.1898515122024729 > 0 ? 0.1898515122024729 * h3_1_hi : 0.1898515122024729 * h3_1_lo;
    const t927 = p652 + (PHI * Math.abs(p652) + ETA);
    const hi608 = t927;
    const t267_lo = lo608 === lo608 ? lo608 : mulPointLo(0.1898515122024729, h3_1_lo, h3_1_hi); // surrogate.ts:68
    const t267_hi = hi608 === hi608 ? hi608 : mulPointHi(0.1898515122024729, h3_1_lo, h3_1_hi); // surrogate.ts:68
    const s313 = t266_lo - t267_hi;
    const lo609 = s313 === 0 ? s313 : s313 - (PHI * Math.abs(s313) + ETA);
    const s314 = t266_hi - t267_lo;
    const hi609 = s314 === 0 ? s314 : s314 + (PHI * Math.abs(s314) + ETA);
    const t268_lo = lo609 === lo609 ? lo609 : subLo(t266_lo, t266_hi, t267_lo, t267_hi); // surrogate.ts:68
    const t268_hi = hi609 === hi609 ? hi609 : subHi(t266_lo, t266_hi, t267_lo, t267_hi); // surrogate.ts:68
    const p653 = 0.4801596385572646 > 0 ? 0.4801596385572646 * h3_2_lo : 0.4801596385572646 * h3_2_hi;
    const t928 = t268_lo + (p653 - (PHI * Math.abs(p653) + ETA));
    const lo610 = t928 - (PHI * Math.abs(t928) + ETA);
    const p654 = 0.4801596385572646 > 0 ? 0.4801596385572646 * h3_2_hi : 0.4801596385572646 * h3_2_lo;
    const t929 = t268_hi + (p654 + (PHI * Math.abs(p654) + ETA));
    const hi610 = t929 + (PHI * Math.abs(t929) + ETA);
    const t269_lo = lo610 === lo610 ? lo610 : fmaPointLo(t268_lo, 0.4801596385572646, h3_2_lo, h3_2_hi); // surrogate.ts:68
    const t269_hi = hi610 === hi610 ? hi610 : fmaPointHi(t268_hi, 0.4801596385572646, h3_2_lo, h3_2_hi); // surrogate.ts:68
    const p655 = 0.47499319663472567 > 0 ? 0.47499319663472567 * h3_3_lo : 0.47499319663472567 * h3_3_hi;
    const t930 = t269_lo + (p655 - (PHI * Math.abs(p655) + ETA));
    const lo611 = t930 - (PHI * Math.abs(t930) + ETA);
    const p656 = 0.47499319663472567 > 0 ? 0.47499319663472567 * h3_3_hi : 0.47499319663472567 * h3_3_lo;
    const t931 = t269_hi + (p656 + (PHI * Math.abs(p656) + ETA));
    const hi611 = t931 + (PHI * Math.abs(t931) + ETA);
    const t270_lo = lo611 === lo611 ? lo611 : fmaPointLo(t269_lo, 0.47499319663472567, h3_3_lo, h3_3_hi); // surrogate.ts:68
    const t270_hi = hi611 === hi611 ? hi611 : fmaPointHi(t269_hi, 0.47499319663472567, h3_3_lo, h3_3_hi); // surrogate.ts:68
    const p657 = 0.2668473979819399 > 0 ? 0.2668473979819399 * h3_4_lo : 0.2668473979819399 * h3_4_hi;
    const t932 = p657 - (PHI * Math.abs(p657) + ETA);
    const lo612 = t932;
    const p658 = 0.2668473979819399 > 0 ? 0.2668473979819399 * h3_4_hi : 0.2668473979819399 * h3_4_lo;
    const t933 = p658 + (PHI * Math.abs(p658) + ETA);
    const hi612 = t933;
    const t271_lo = lo612 === lo612 ? lo612 : mulPointLo(0.2668473979819399, h3_4_lo, h3_4_hi); // surrogate.ts:68
    const t271_hi = hi612 === hi612 ? hi612 : mulPointHi(0.2668473979819399, h3_4_lo, h3_4_hi); // surrogate.ts:68
    const s315 = t270_lo - t271_hi;
    const lo613 = s315 === 0 ? s315 : s315 - (PHI * Math.abs(s315) + ETA);
    const s316 = t270_hi - t271_lo;
    const hi613 = s316 === 0 ? s316 : s316 + (PHI * Math.abs(s316) + ETA);
    const t272_lo = lo613 === lo613 ? lo613 : subLo(t270_lo, t270_hi, t271_lo, t271_hi); // surrogate.ts:68
    const t272_hi = hi613 === hi613 ? hi613 : subHi(t270_lo, t270_hi, t271_lo, t271_hi); // surrogate.ts:68
    const p659 = 0.1481073504068709 > 0 ? 0.1481073504068709 * h3_5_lo : 0.1481073504068709 * h3_5_hi;
    const t934 = t272_lo + (p659 - (PHI * Math.abs(p659) + ETA));
    const lo614 = t934 - (PHI * Math.abs(t934) + ETA);
    const p660 = 0.1481073504068709 > 0 ? 0.1481073504068709 * h3_5_hi : 0.1481073504068709 * h3_5_lo;
    const t935 = t272_hi + (p660 + (PHI * Math.abs(p660) + ETA));
    const hi614 = t935 + (PHI * Math.abs(t935) + ETA);
    const t273_lo = lo614 === lo614 ? lo614 : fmaPointLo(t272_lo, 0.1481073504068709, h3_5_lo, h3_5_hi); // surrogate.ts:68
    const t273_hi = hi614 === hi614 ? hi614 : fmaPointHi(t272_hi, 0.1481073504068709, h3_5_lo, h3_5_hi); // surrogate.ts:68
    const p661 = 0.14722787409979204 > 0 ? 0.14722787409979204 * h3_6_lo : 0.14722787409979204 * h3_6_hi;
    const t936 = t273_lo + (p661 - (PHI * Math.abs(p661) + ETA));
    const lo615 = t936 - (PHI * Math.abs(t936) + ETA);
    const p662 = 0.14722787409979204 > 0 ? 0.14722787409979204 * h3_6_hi : 0.14722787409979204 * h3_6_lo;
    const t937 = t273_hi + (p662 + (PHI * Math.abs(p662) + ETA));
    const hi615 = t937 + (PHI * Math.abs(t937) + ETA);
    const t274_lo = lo615 === lo615 ? lo615 : fmaPointLo(t273_lo, 0.14722787409979204, h3_6_lo, h3_6_hi); // surrogate.ts:68
    const t274_hi = hi615 === hi615 ? hi615 : fmaPointHi(t273_hi, 0.14722787409979204, h3_6_lo, h3_6_hi); // surrogate.ts:68
    const p663 = 0.47610650776855157 > 0 ? 0.47610650776855157 * h3_7_lo : 0.47610650776855157 * h3_7_hi;
    const t938 = p663 - (PHI * Math.abs(p663) + ETA);
    const lo616 = t938;
    const p664 = 0.47610650776855157 > 0 ? 0.47610650776855157 * h3_7_hi : 0.47610650776855157 * h3_7_lo;
    const t939 = p664 + (PHI * Math.abs(p664) + ETA);
    const hi616 = t939;
    const t275_lo = lo616 === lo616 ? lo616 : mulPointLo(0.47610650776855157, h3_7_lo, h3_7_hi); // surrogate.ts:68
    const t275_hi = hi616 === hi616 ? hi616 : mulPointHi(0.47610650776855157, h3_7_lo, h3_7_hi); // surrogate.ts:68
    // inlined silu (examples/browser/surrogate.ts:8)
    const s317 = t274_lo - t275_hi;
    const lo617 = s317 === 0 ? s317 : s317 - (PHI * Math.abs(s317) + ETA);
    const s318 = t274_hi - t275_lo;
    const hi617 = s318 === 0 ? s318 : s318 + (PHI * Math.abs(s318) + ETA);
    let x_32_lo = lo617 === lo617 ? lo617 : subLo(t274_lo, t274_hi, t275_lo, t275_hi); // surrogate.ts:68
    let x_32_hi = hi617 === hi617 ? hi617 : subHi(t274_lo, t274_hi, t275_lo, t275_hi); // surrogate.ts:68
    let ret_32_lo = 0;
    let ret_32_hi = 0;
    const decided32 = geTri(x_32_lo, x_32_hi, 0, 0); // surrogate.ts:9
    let ret_32_lo_other = 0;
    let ret_32_hi_other = 0;
    if (decided32 === 2) {
        ret_32_lo_other = ret_32_lo;
        ret_32_hi_other = ret_32_hi;
    }
    if (decided32 !== 0) {
        const t1_32_lo = -x_32_hi; // surrogate.ts:9
        const t1_32_hi = -x_32_lo; // surrogate.ts:9
        bounds[0] = t1_32_lo;
        bounds[1] = t1_32_hi;
        expPair();
        const lo618 = bounds[0]!;
        const hi618 = bounds[1]!;
        const t2_32_lo = lo618; // surrogate.ts:9
        const t2_32_hi = hi618; // surrogate.ts:9
        const s319 = 1 + t2_32_lo;
        const lo619 = s319 === 0 ? s319 : s319 - (PHI * Math.abs(s319) + ETA);
        const s320 = 1 + t2_32_hi;
        const hi619 = s320 === 0 ? s320 : s320 + (PHI * Math.abs(s320) + ETA);
        const t3_32_lo = lo619 === lo619 ? lo619 : addLo(1, 1, t2_32_lo, t2_32_hi); // surrogate.ts:9
        const t3_32_hi = hi619 === hi619 ? hi619 : addHi(1, 1, t2_32_lo, t2_32_hi); // surrogate.ts:9
        const q257 = 1 / t3_32_lo;
        const q258 = 1 / t3_32_hi;
        const q259 = 1 / t3_32_lo;
        const q260 = 1 / t3_32_hi;
        const pmin127 = Math.min(Math.min(q257, q258), Math.min(q259, q260));
        const lo620 = pmin127 - (PHI * Math.abs(pmin127) + ETA);
        const pmax127 = Math.max(Math.max(q257, q258), Math.max(q259, q260));
        const hi620 = pmax127 + (PHI * Math.abs(pmax127) + ETA);
        const t4_32_lo = (t3_32_lo > 0 || t3_32_hi < 0) && lo620 === lo620 ? lo620 : divLo(1, 1, t3_32_lo, t3_32_hi); // surrogate.ts:9
        const t4_32_hi = (t3_32_lo > 0 || t3_32_hi < 0) && hi620 === hi620 ? hi620 : divHi(1, 1, t3_32_lo, t3_32_hi); // surrogate.ts:9
        const p665 = x_32_lo * t4_32_lo;
        const p666 = x_32_lo * t4_32_hi;
        const p667 = x_32_hi * t4_32_lo;
        const p668 = x_32_hi * t4_32_hi;
        const pmin128 = Math.min(Math.min(p665, p666), Math.min(p667, p668));
        const lo621 = pmin128 - (PHI * Math.abs(pmin128) + ETA);
        const pmax128 = Math.max(Math.max(p665, p666), Math.max(p667, p668));
        const hi621 = pmax128 + (PHI * Math.abs(pmax128) + ETA);
        const lo622 = lo621 === lo621 ? lo621 : mulLo(x_32_lo, x_32_hi, t4_32_lo, t4_32_hi);
        const hi622 = hi621 === hi621 ? hi621 : mulHi(x_32_lo, x_32_hi, t4_32_lo, t4_32_hi);
        ret_32_lo = lo622; // surrogate.ts:9
        ret_32_hi = hi622; // surrogate.ts:9
    }
    if (decided32 === 2) {
        const t940 = ret_32_lo;
        ret_32_lo = ret_32_lo_other;
        ret_32_lo_other = t940;
        const t941 = ret_32_hi;
        ret_32_hi = ret_32_hi_other;
        ret_32_hi_other = t941;
    }
    if (decided32 !== 1) {
        bounds[0] = x_32_lo;
        bounds[1] = x_32_hi;
        expPair();
        const lo623 = bounds[0]!;
        const hi623 = bounds[1]!;
        const e_31_lo = lo623; // surrogate.ts:10
        const e_31_hi = hi623; // surrogate.ts:10
        const s321 = 1 + e_31_lo;
        const lo624 = s321 === 0 ? s321 : s321 - (PHI * Math.abs(s321) + ETA);
        const s322 = 1 + e_31_hi;
        const hi624 = s322 === 0 ? s322 : s322 + (PHI * Math.abs(s322) + ETA);
        const t5_31_lo = lo624 === lo624 ? lo624 : addLo(1, 1, e_31_lo, e_31_hi); // surrogate.ts:11
        const t5_31_hi = hi624 === hi624 ? hi624 : addHi(1, 1, e_31_lo, e_31_hi); // surrogate.ts:11
        const q261 = e_31_lo / t5_31_lo;
        const q262 = e_31_lo / t5_31_hi;
        const q263 = e_31_hi / t5_31_lo;
        const q264 = e_31_hi / t5_31_hi;
        const pmin129 = Math.min(Math.min(q261, q262), Math.min(q263, q264));
        const lo625 = pmin129 - (PHI * Math.abs(pmin129) + ETA);
        const pmax129 = Math.max(Math.max(q261, q262), Math.max(q263, q264));
        const hi625 = pmax129 + (PHI * Math.abs(pmax129) + ETA);
        const t6_31_lo = (t5_31_lo > 0 || t5_31_hi < 0) && lo625 === lo625 ? lo625 : divLo(e_31_lo, e_31_hi, t5_31_lo, t5_31_hi); // surrogate.ts:11
        const t6_31_hi = (t5_31_lo > 0 || t5_31_hi < 0) && hi625 === hi625 ? hi625 : divHi(e_31_lo, e_31_hi, t5_31_lo, t5_31_hi); // surrogate.ts:11
        const p669 = x_32_lo * t6_31_lo;
        const p670 = x_32_lo * t6_31_hi;
        const p671 = x_32_hi * t6_31_lo;
        const p672 = x_32_hi * t6_31_hi;
        const pmin130 = Math.min(Math.min(p669, p670), Math.min(p671, p672));
        const lo626 = pmin130 - (PHI * Math.abs(pmin130) + ETA);
        const pmax130 = Math.max(Math.max(p669, p670), Math.max(p671, p672));
        const hi626 = pmax130 + (PHI * Math.abs(pmax130) + ETA);
        const lo627 = lo626 === lo626 ? lo626 : mulLo(x_32_lo, x_32_hi, t6_31_lo, t6_31_hi);
        const hi627 = hi626 === hi626 ? hi626 : mulHi(x_32_lo, x_32_hi, t6_31_lo, t6_31_hi);
        ret_32_lo = lo627; // surrogate.ts:11
        ret_32_hi = hi627; // surrogate.ts:11
    }
    if (decided32 === 2) {
        ret_32_lo = hullLo(ret_32_lo, ret_32_lo_other);
        ret_32_hi = hullHi(ret_32_hi, ret_32_hi_other);
    }
    const h4_7_lo = ret_32_lo; // surrogate.ts:68
    const h4_7_hi = ret_32_hi; // surrogate.ts:68
    const p673 = 0.06877636265388896 > 0 ? 0.06877636265388896 * h4_0_lo : 0.06877636265388896 * h4_0_hi;
    const t942 = -0.04299075961703467 + (p673 - (PHI * Math.abs(p673) + ETA));
    const lo628 = t942 - (PHI * Math.abs(t942) + ETA);
    const p674 = 0.06877636265388896 > 0 ? 0.06877636265388896 * h4_0_hi : 0.06877636265388896 * h4_0_lo;
    const t943 = -0.04299075961703467 + (p674 + (PHI * Math.abs(p674) + ETA));
    const hi628 = t943 + (PHI * Math.abs(t943) + ETA);
    const t276_lo = lo628 === lo628 ? lo628 : fmaPointLo(-0.04299075961703467, 0.06877636265388896, h4_0_lo, h4_0_hi); // surrogate.ts:71
    const t276_hi = hi628 === hi628 ? hi628 : fmaPointHi(-0.04299075961703467, 0.06877636265388896, h4_0_lo, h4_0_hi); // surrogate.ts:71
    const p675 = 0.21334655731154512 > 0 ? 0.21334655731154512 * h4_1_lo : 0.21334655731154512 * h4_1_hi;
    const t944 = t276_lo + (p675 - (PHI * Math.abs(p675) + ETA));
    const lo629 = t944 - (PHI * Math.abs(t944) + ETA);
    const p676 = 0.21334655731154512 > 0 ? 0.21334655731154512 * h4_1_hi : 0.21334655731154512 * h4_1_lo;
    const t945 = t276_hi + (p676 + (PHI * Math.abs(p676) + ETA));
    const hi629 = t945 + (PHI * Math.abs(t945) + ETA);
    const t277_lo = lo629 === lo629 ? lo629 : fmaPointLo(t276_lo, 0.21334655731154512, h4_1_lo, h4_1_hi); // surrogate.ts:71
    const t277_hi = hi629 === hi629 ? hi629 : fmaPointHi(t276_hi, 0.21334655731154512, h4_1_lo, h4_1_hi); // surrogate.ts:71
    const p677 = 0.02951332923981891 > 0 ? 0.02951332923981891 * h4_2_lo : 0.02951332923981891 * h4_2_hi;
    const t946 = t277_lo + (p677 - (PHI * Math.abs(p677) + ETA));
    const lo630 = t946 - (PHI * Math.abs(t946) + ETA);
    const p678 = 0.02951332923981891 > 0 ? 0.02951332923981891 * h4_2_hi : 0.02951332923981891 * h4_2_lo;
    const t947 = t277_hi + (p678 + (PHI * Math.abs(p678) + ETA));
    const hi630 = t947 + (PHI * Math.abs(t947) + ETA);
    const t278_lo = lo630 === lo630 ? lo630 : fmaPointLo(t277_lo, 0.02951332923981891, h4_2_lo, h4_2_hi); // surrogate.ts:71
    const t278_hi = hi630 === hi630 ? hi630 : fmaPointHi(t277_hi, 0.02951332923981891, h4_2_lo, h4_2_hi); // surrogate.ts:71
    const p679 = 0.3322283772129091 > 0 ? 0.3322283772129091 * h4_3_lo : 0.3322283772129091 * h4_3_hi;
    const t948 = p679 - (PHI * Math.abs(p679) + ETA);
    const lo631 = t948;
    const p680 = 0.3322283772129091 > 0 ? 0.3322283772129091 * h4_3_hi : 0.3322283772129091 * h4_3_lo;
    const t949 = p680 + (PHI * Math.abs(p680) + ETA);
    const hi631 = t949;
    const t279_lo = lo631 === lo631 ? lo631 : mulPointLo(0.3322283772129091, h4_3_lo, h4_3_hi); // surrogate.ts:71
    const t279_hi = hi631 === hi631 ? hi631 : mulPointHi(0.3322283772129091, h4_3_lo, h4_3_hi); // surrogate.ts:71
    const s323 = t278_lo - t279_hi;
    const lo632 = s323 === 0 ? s323 : s323 - (PHI * Math.abs(s323) + ETA);
    const s324 = t278_hi - t279_lo;
    const hi632 = s324 === 0 ? s324 : s324 + (PHI * Math.abs(s324) + ETA);
    const t280_lo = lo632 === lo632 ? lo632 : subLo(t278_lo, t278_hi, t279_lo, t279_hi); // surrogate.ts:71
    const t280_hi = hi632 === hi632 ? hi632 : subHi(t278_lo, t278_hi, t279_lo, t279_hi); // surrogate.ts:71
    const p681 = 0.2605553410972543 > 0 ? 0.2605553410972543 * h4_4_lo : 0.2605553410972543 * h4_4_hi;
    const t950 = p681 - (PHI * Math.abs(p681) + ETA);
    const lo633 = t950;
    const p682 = 0.2605553410972543 > 0 ? 0.2605553410972543 * h4_4_hi : 0.2605553410972543 * h4_4_lo;
    const t951 = p682 + (PHI * Math.abs(p682) + ETA);
    const hi633 = t951;
    const t281_lo = lo633 === lo633 ? lo633 : mulPointLo(0.2605553410972543, h4_4_lo, h4_4_hi); // surrogate.ts:71
    const t281_hi = hi633 === hi633 ? hi633 : mulPointHi(0.2605553410972543, h4_4_lo, h4_4_hi); // surrogate.ts:71
    const s325 = t280_lo - t281_hi;
    const lo634 = s325 === 0 ? s325 : s325 - (PHI * Math.abs(s325) + ETA);
    const s326 = t280_hi - t281_lo;
    const hi634 = s326 === 0 ? s326 : s326 + (PHI * Math.abs(s326) + ETA);
    const t282_lo = lo634 === lo634 ? lo634 : subLo(t280_lo, t280_hi, t281_lo, t281_hi); // surrogate.ts:71
    const t282_hi = hi634 === hi634 ? hi634 : subHi(t280_lo, t280_hi, t281_lo, t281_hi); // surrogate.ts:71
    const p683 = 0.37535621720475587 > 0 ? 0.37535621720475587 * h4_5_lo : 0.37535621720475587 * h4_5_hi;
    const t952 = p683 - (PHI * Math.abs(p683) + ETA);
    const lo635 = t952;
    const p684 = 0.37535621720475587 > 0 ? 0.37535621720475587 * h4_5_hi : 0.37535621720475587 * h4_5_lo;
    const t953 = p684 + (PHI * Math.abs(p684) + ETA);
    const hi635 = t953;
    const t283_lo = lo635 === lo635 ? lo635 : mulPointLo(0.37535621720475587, h4_5_lo, h4_5_hi); // surrogate.ts:71
    const t283_hi = hi635 === hi635 ? hi635 : mulPointHi(0.37535621720475587, h4_5_lo, h4_5_hi); // surrogate.ts:71
    const s327 = t282_lo - t283_hi;
    const lo636 = s327 === 0 ? s327 : s327 - (PHI * Math.abs(s327) + ETA);
    const s328 = t282_hi - t283_lo;
    const hi636 = s328 === 0 ? s328 : s328 + (PHI * Math.abs(s328) + ETA);
    const t284_lo = lo636 === lo636 ? lo636 : subLo(t282_lo, t282_hi, t283_lo, t283_hi); // surrogate.ts:71
    const t284_hi = hi636 === hi636 ? hi636 : subHi(t282_lo, t282_hi, t283_lo, t283_hi); // surrogate.ts:71
    const p685 = 0.09693705601438361 > 0 ? 0.09693705601438361 * h4_6_lo : 0.09693705601438361 * h4_6_hi;
    const t954 = t284_lo + (p685 - (PHI * Math.abs(p685) + ETA));
    const lo637 = t954 - (PHI * Math.abs(t954) + ETA);
    const p686 = 0.09693705601438361 > 0 ? 0.09693705601438361 * h4_6_hi : 0.09693705601438361 * h4_6_lo;
    const t955 = t284_hi + (p686 + (PHI * Math.abs(p686) + ETA));
    const hi637 = t955 + (PHI * Math.abs(t955) + ETA);
    const t285_lo = lo637 === lo637 ? lo637 : fmaPointLo(t284_lo, 0.09693705601438361, h4_6_lo, h4_6_hi); // surrogate.ts:71
    const t285_hi = hi637 === hi637 ? hi637 : fmaPointHi(t284_hi, 0.09693705601438361, h4_6_lo, h4_6_hi); // surrogate.ts:71
    const p687 = 0.37568926388807433 > 0 ? 0.37568926388807433 * h4_7_lo : 0.37568926388807433 * h4_7_hi;
    const t956 = p687 - (PHI * Math.abs(p687) + ETA);
    const lo638 = t956;
    const p688 = 0.37568926388807433 > 0 ? 0.37568926388807433 * h4_7_hi : 0.37568926388807433 * h4_7_lo;
    const t957 = p688 + (PHI * Math.abs(p688) + ETA);
    const hi638 = t957;
    const t286_lo = lo638 === lo638 ? lo638 : mulPointLo(0.37568926388807433, h4_7_lo, h4_7_hi); // surrogate.ts:71
    const t286_hi = hi638 === hi638 ? hi638 : mulPointHi(0.37568926388807433, h4_7_lo, h4_7_hi); // surrogate.ts:71
    // inlined silu (examples/browser/surrogate.ts:8)
    const s329 = t285_lo - t286_hi;
    const lo639 = s329 === 0 ? s329 : s329 - (PHI * Math.abs(s329) + ETA);
    const s330 = t285_hi - t286_lo;
    const hi639 = s330 === 0 ? s330 : s330 + (PHI * Math.abs(s330) + ETA);
    let x_33_lo = lo639 === lo639 ? lo639 : subLo(t285_lo, t285_hi, t286_lo, t286_hi); // surrogate.ts:71
    let x_33_hi = hi639 === hi639 ? hi639 : subHi(t285_lo, t285_hi, t286_lo, t286_hi); // surrogate.ts:71
    let ret_33_lo = 0;
    let ret_33_hi = 0;
    const decided33 = geTri(x_33_lo, x_33_hi, 0, 0); // surrogate.ts:9
    let ret_33_lo_other = 0;
    let ret_33_hi_other = 0;
    if (decided33 === 2) {
        ret_33_lo_other = ret_33_lo;
        ret_33_hi_other = ret_33_hi;
    }
    if (decided33 !== 0) {
        const t1_33_lo = -x_33_hi; // surrogate.ts:9
        const t1_33_hi = -x_33_lo; // surrogate.ts:9
        bounds[0] = t1_33_lo;
        bounds[1] = t1_33_hi;
        expPair();
        const lo640 = bounds[0]!;
        const hi640 = bounds[1]!;
        const t2_33_lo = lo640; // surrogate.ts:9
        const t2_33_hi = hi640; // surrogate.ts:9
        const s331 = 1 + t2_33_lo;
        const lo641 = s331 === 0 ? s331 : s331 - (PHI * Math.abs(s331) + ETA);
        const s332 = 1 + t2_33_hi;
        const hi641 = s332 === 0 ? s332 : s332 + (PHI * Math.abs(s332) + ETA);
        const t3_33_lo = lo641 === lo641 ? lo641 : addLo(1, 1, t2_33_lo, t2_33_hi); // surrogate.ts:9
        const t3_33_hi = hi641 === hi641 ? hi641 : addHi(1, 1, t2_33_lo, t2_33_hi); // surrogate.ts:9
        const q265 = 1 / t3_33_lo;
        const q266 = 1 / t3_33_hi;
        const q267 = 1 / t3_33_lo;
        const q268 = 1 / t3_33_hi;
        const pmin131 = Math.min(Math.min(q265, q266), Math.min(q267, q268));
        const lo642 = pmin131 - (PHI * Math.abs(pmin131) + ETA);
        const pmax131 = Math.max(Math.max(q265, q266), Math.max(q267, q268));
        const hi642 = pmax131 + (PHI * Math.abs(pmax131) + ETA);
        const t4_33_lo = (t3_33_lo > 0 || t3_33_hi < 0) && lo642 === lo642 ? lo642 : divLo(1, 1, t3_33_lo, t3_33_hi); // surrogate.ts:9
        const t4_33_hi = (t3_33_lo > 0 || t3_33_hi < 0) && hi642 === hi642 ? hi642 : divHi(1, 1, t3_33_lo, t3_33_hi); // surrogate.ts:9
        const p689 = x_33_lo * t4_33_lo;
        const p690 = x_33_lo * t4_33_hi;
        const p691 = x_33_hi * t4_33_lo;
        const p692 = x_33_hi * t4_33_hi;
        const pmin132 = Math.min(Math.min(p689, p690), Math.min(p691, p692));
        const lo643 = pmin132 - (PHI * Math.abs(pmin132) + ETA);
        const pmax132 = Math.max(Math.max(p689, p690), Math.max(p691, p692));
        const hi643 = pmax132 + (PHI * Math.abs(pmax132) + ETA);
        const lo644 = lo643 === lo643 ? lo643 : mulLo(x_33_lo, x_33_hi, t4_33_lo, t4_33_hi);
        const hi644 = hi643 === hi643 ? hi643 : mulHi(x_33_lo, x_33_hi, t4_33_lo, t4_33_hi);
        ret_33_lo = lo644; // surrogate.ts:9
        ret_33_hi = hi644; // surrogate.ts:9
    }
    if (decided33 === 2) {
        const t958 = ret_33_lo;
        ret_33_lo = ret_33_lo_other;
        ret_33_lo_other = t958;
        const t959 = ret_33_hi;
        ret_33_hi = ret_33_hi_other;
        ret_33_hi_other = t959;
    }
    if (decided33 !== 1) {
        bounds[0] = x_33_lo;
        bounds[1] = x_33_hi;
        expPair();
        const lo645 = bounds[0]!;
        const hi645 = bounds[1]!;
        const e_32_lo = lo645; // surrogate.ts:10
        const e_32_hi = hi645; // surrogate.ts:10
        const s333 = 1 + e_32_lo;
        const lo646 = s333 === 0 ? s333 : s333 - (PHI * Math.abs(s333) + ETA);
        const s334 = 1 + e_32_hi;
        const hi646 = s334 === 0 ? s334 : s334 + (PHI * Math.abs(s334) + ETA);
        const t5_32_lo = lo646 === lo646 ? lo646 : addLo(1, 1, e_32_lo, e_32_hi); // surrogate.ts:11
        const t5_32_hi = hi646 === hi646 ? hi646 : addHi(1, 1, e_32_lo, e_32_hi); // surrogate.ts:11
        const q269 = e_32_lo / t5_32_lo;
        const q270 = e_32_lo / t5_32_hi;
        const q271 = e_32_hi / t5_32_lo;
        const q272 = e_32_hi / t5_32_hi;
        const pmin133 = Math.min(Math.min(q269, q270), Math.min(q271, q272));
        const lo647 = pmin133 - (PHI * Math.abs(pmin133) + ETA);
        const pmax133 = Math.max(Math.max(q269, q270), Math.max(q271, q272));
        const hi647 = pmax133 + (PHI * Math.abs(pmax133) + ETA);
        const t6_32_lo = (t5_32_lo > 0 || t5_32_hi < 0) && lo647 === lo647 ? lo647 : divLo(e_32_lo, e_32_hi, t5_32_lo, t5_32_hi); // surrogate.ts:11
        const t6_32_hi = (t5_32_lo > 0 || t5_32_hi < 0) && hi647 === hi647 ? hi647 : divHi(e_32_lo, e_32_hi, t5_32_lo, t5_32_hi); // surrogate.ts:11
        const p693 = x_33_lo * t6_32_lo;
        const p694 = x_33_lo * t6_32_hi;
        const p695 = x_33_hi * t6_32_lo;
        const p696 = x_33_hi * t6_32_hi;
        const pmin134 = Math.min(Math.min(p693, p694), Math.min(p695, p696));
        const lo648 = pmin134 - (PHI * Math.abs(pmin134) + ETA);
        const pmax134 = Math.max(Math.max(p693, p694), Math.max(p695, p696));
        const hi648 = pmax134 + (PHI * Math.abs(pmax134) + ETA);
        const lo649 = lo648 === lo648 ? lo648 : mulLo(x_33_lo, x_33_hi, t6_32_lo, t6_32_hi);
        const hi649 = hi648 === hi648 ? hi648 : mulHi(x_33_lo, x_33_hi, t6_32_lo, t6_32_hi);
        ret_33_lo = lo649; // surrogate.ts:11
        ret_33_hi = hi649; // surrogate.ts:11
    }
    if (decided33 === 2) {
        ret_33_lo = hullLo(ret_33_lo, ret_33_lo_other);
        ret_33_hi = hullHi(ret_33_hi, ret_33_hi_other);
    }
    const h5_0_lo = ret_33_lo; // surrogate.ts:71
    const h5_0_hi = ret_33_hi; // surrogate.ts:71
    const p697 = 0.23614381793851447 > 0 ? 0.23614381793851447 * h4_0_lo : 0.23614381793851447 * h4_0_hi;
    const t960 = -0.024213720552944386 + (p697 - (PHI * Math.abs(p697) + ETA));
    const lo650 = t960 - (PHI * Math.abs(t960) + ETA);
    const p698 = 0.23614381793851447 > 0 ? 0.23614381793851447 * h4_0_hi : 0.23614381793851447 * h4_0_lo;
    const t961 = -0.024213720552944386 + (p698 + (PHI * Math.abs(p698) + ETA));
    const hi650 = t961 + (PHI * Math.abs(t961) + ETA);
    const t287_lo = lo650 === lo650 ? lo650 : fmaPointLo(-0.024213720552944386, 0.23614381793851447, h4_0_lo, h4_0_hi); // surrogate.ts:72
    const t287_hi = hi650 === hi650 ? hi650 : fmaPointHi(-0.024213720552944386, 0.23614381793851447, h4_0_lo, h4_0_hi); // surrogate.ts:72
    const p699 = 0.2675079949471627 > 0 ? 0.2675079949471627 * h4_1_lo : 0.2675079949471627 * h4_1_hi;
    const t962 = t287_lo + (p699 - (PHI * Math.abs(p699) + ETA));
    const lo651 = t962 - (PHI * Math.abs(t962) + ETA);
    const p700 = 0.2675079949471627 > 0 ? 0.2675079949471627 * h4_1_hi : 0.2675079949471627 * h4_1_lo;
    const t963 = t287_hi + (p700 + (PHI * Math.abs(p700) + ETA));
    const hi651 = t963 + (PHI * Math.abs(t963) + ETA);
    const t288_lo = lo651 === lo651 ? lo651 : fmaPointLo(t287_lo, 0.2675079949471627, h4_1_lo, h4_1_hi); // surrogate.ts:72
    const t288_hi = hi651 === hi651 ? hi651 : fmaPointHi(t287_hi, 0.2675079949471627, h4_1_lo, h4_1_hi); // surrogate.ts:72
    const p701 = 0.046282803111729894 > 0 ? 0.046282803111729894 * h4_2_lo : 0.046282803111729894 * h4_2_hi;
    const t964 = t288_lo + (p701 - (PHI * Math.abs(p701) + ETA));
    const lo652 = t964 - (PHI * Math.abs(t964) + ETA);
    const p702 = 0.046282803111729894 > 0 ? 0.046282803111729894 * h4_2_hi : 0.046282803111729894 * h4_2_lo;
    const t965 = t288_hi + (p702 + (PHI * Math.abs(p702) + ETA));
    const hi652 = t965 + (PHI * Math.abs(t965) + ETA);
    const t289_lo = lo652 === lo652 ? lo652 : fmaPointLo(t288_lo, 0.046282803111729894, h4_2_lo, h4_2_hi); // surrogate.ts:72
    const t289_hi = hi652 === hi652 ? hi652 : fmaPointHi(t288_hi, 0.046282803111729894, h4_2_lo, h4_2_hi); // surrogate.ts:72
    const p703 = 0.3316301159777194 > 0 ? 0.3316301159777194 * h4_3_lo : 0.3316301159777194 * h4_3_hi;
    const t966 = p703 - (PHI * Math.abs(p703) + ETA);
    const lo653 = t966;
    const p704 = 0.3316301159777194 > 0 ? 0.3316301159777194 * h4_3_hi : 0.3316301159777194 * h4_3_lo;
    const t967 = p704 + (PHI * Math.abs(p704) + ETA);
    const hi653 = t967;
    const t290_lo = lo653 === lo653 ? lo653 : mulPointLo(0.3316301159777194, h4_3_lo, h4_3_hi); // surrogate.ts:72
    const t290_hi = hi653 === hi653 ? hi653 : mulPointHi(0.3316301159777194, h4_3_lo, h4_3_hi); // surrogate.ts:72
    const s335 = t289_lo - t290_hi;
    const lo654 = s335 === 0 ? s335 : s335 - (PHI * Math.abs(s335) + ETA);
    const s336 = t289_hi - t290_lo;
    const hi654 = s336 === 0 ? s336 : s336 + (PHI * Math.abs(s336) + ETA);
    const t291_lo = lo654 === lo654 ? lo654 : subLo(t289_lo, t289_hi, t290_lo, t290_hi); // surrogate.ts:72
    const t291_hi = hi654 === hi654 ? hi654 : subHi(t289_lo, t289_hi, t290_lo, t290_hi); // surrogate.ts:72
    const p705 = 0.1852948064805691 > 0 ? 0.1852948064805691 * h4_4_lo : 0.1852948064805691 * h4_4_hi;
    const t968 = p705 - (PHI * Math.abs(p705) + ETA);
    const lo655 = t968;
    const p706 = 0.1852948064805691 > 0 ? 0.1852948064805691 * h4_4_hi : 0.1852948064805691 * h4_4_lo;
    const t969 = p706 + (PHI * Math.abs(p706) + ETA);
    const hi655 = t969;
    const t292_lo = lo655 === lo655 ? lo655 : mulPointLo(0.1852948064805691, h4_4_lo, h4_4_hi); // surrogate.ts:72
    const t292_hi = hi655 === hi655 ? hi655 : mulPointHi(0.1852948064805691, h4_4_lo, h4_4_hi); // surrogate.ts:72
    const s337 = t291_lo - t292_hi;
    const lo656 = s337 === 0 ? s337 : s337 - (PHI * Math.abs(s337) + ETA);
    const s338 = t291_hi - t292_lo;
    const hi656 = s338 === 0 ? s338 : s338 + (PHI * Math.abs(s338) + ETA);
    const t293_lo = lo656 === lo656 ? lo656 : subLo(t291_lo, t291_hi, t292_lo, t292_hi); // surrogate.ts:72
    const t293_hi = hi656 === hi656 ? hi656 : subHi(t291_lo, t291_hi, t292_lo, t292_hi); // surrogate.ts:72
    const p707 = 0.35119977515098766 > 0 ? 0.35119977515098766 * h4_5_lo : 0.35119977515098766 * h4_5_hi;
    const t970 = p707 - (PHI * Math.abs(p707) + ETA);
    const lo657 = t970;
    const p708 = 0.35119977515098766 > 0 ? 0.35119977515098766 * h4_5_hi : 0.35119977515098766 * h4_5_lo;
    const t971 = p708 + (PHI * Math.abs(p708) + ETA);
    const hi657 = t971;
    const t294_lo = lo657 === lo657 ? lo657 : mulPointLo(0.35119977515098766, h4_5_lo, h4_5_hi); // surrogate.ts:72
    const t294_hi = hi657 === hi657 ? hi657 : mulPointHi(0.35119977515098766, h4_5_lo, h4_5_hi); // surrogate.ts:72
    const s339 = t293_lo - t294_hi;
    const lo658 = s339 === 0 ? s339 : s339 - (PHI * Math.abs(s339) + ETA);
    const s340 = t293_hi - t294_lo;
    const hi658 = s340 === 0 ? s340 : s340 + (PHI * Math.abs(s340) + ETA);
    const t295_lo = lo658 === lo658 ? lo658 : subLo(t293_lo, t293_hi, t294_lo, t294_hi); // surrogate.ts:72
    const t295_hi = hi658 === hi658 ? hi658 : subHi(t293_lo, t293_hi, t294_lo, t294_hi); // surrogate.ts:72
    const p709 = 0.2613509830295337 > 0 ? 0.2613509830295337 * h4_6_lo : 0.2613509830295337 * h4_6_hi;
    const t972 = t295_lo + (p709 - (PHI * Math.abs(p709) + ETA));
    const lo659 = t972 - (PHI * Math.abs(t972) + ETA);
    const p710 = 0.2613509830295337 > 0 ? 0.2613509830295337 * h4_6_hi : 0.2613509830295337 * h4_6_lo;
    const t973 = t295_hi + (p710 + (PHI * Math.abs(p710) + ETA));
    const hi659 = t973 + (PHI * Math.abs(t973) + ETA);
    const t296_lo = lo659 === lo659 ? lo659 : fmaPointLo(t295_lo, 0.2613509830295337, h4_6_lo, h4_6_hi); // surrogate.ts:72
    const t296_hi = hi659 === hi659 ? hi659 : fmaPointHi(t295_hi, 0.2613509830295337, h4_6_lo, h4_6_hi); // surrogate.ts:72
    const p711 = 0.3975972123789892 > 0 ? 0.3975972123789892 * h4_7_lo : 0.3975972123789892 * h4_7_hi;
    const t974 = p711 - (PHI * Math.abs(p711) + ETA);
    const lo660 = t974;
    const p712 = 0.3975972123789892 > 0 ? 0.3975972123789892 * h4_7_hi : 0.3975972123789892 * h4_7_lo;
    const t975 = p712 + (PHI * Math.abs(p712) + ETA);
    const hi660 = t975;
    const t297_lo = lo660 === lo660 ? lo660 : mulPointLo(0.3975972123789892, h4_7_lo, h4_7_hi); // surrogate.ts:72
    const t297_hi = hi660 === hi660 ? hi660 : mulPointHi(0.3975972123789892, h4_7_lo, h4_7_hi); // surrogate.ts:72
    // inlined silu (examples/browser/surrogate.ts:8)
    const s341 = t296_lo - t297_hi;
    const lo661 = s341 === 0 ? s341 : s341 - (PHI * Math.abs(s341) + ETA);
    const s342 = t296_hi - t297_lo;
    const hi661 = s342 === 0 ? s342 : s342 + (PHI * Math.abs(s342) + ETA);
    let x_34_lo = lo661 === lo661 ? lo661 : subLo(t296_lo, t296_hi, t297_lo, t297_hi); // surrogate.ts:72
    let x_34_hi = hi661 === hi661 ? hi661 : subHi(t296_lo, t296_hi, t297_lo, t297_hi); // surrogate.ts:72
    let ret_34_lo = 0;
    let ret_34_hi = 0;
    const decided34 = geTri(x_34_lo, x_34_hi, 0, 0); // surrogate.ts:9
    let ret_34_lo_other = 0;
    let ret_34_hi_other = 0;
    if (decided34 === 2) {
        ret_34_lo_other = ret_34_lo;
        ret_34_hi_other = ret_34_hi;
    }
    if (decided34 !== 0) {
        const t1_34_lo = -x_34_hi; // surrogate.ts:9
        const t1_34_hi = -x_34_lo; // surrogate.ts:9
        bounds[0] = t1_34_lo;
        bounds[1] = t1_34_hi;
        expPair();
        const lo662 = bounds[0]!;
        const hi662 = bounds[1]!;
        const t2_34_lo = lo662; // surrogate.ts:9
        const t2_34_hi = hi662; // surrogate.ts:9
        const s343 = 1 + t2_34_lo;
        const lo663 = s343 === 0 ? s343 : s343 - (PHI * Math.abs(s343) + ETA);
        const s344 = 1 + t2_34_hi;
        const hi663 = s344 === 0 ? s344 : s344 + (PHI * Math.abs(s344) + ETA);
        const t3_34_lo = lo663 === lo663 ? lo663 : addLo(1, 1, t2_34_lo, t2_34_hi); // surrogate.ts:9
        const t3_34_hi = hi663 === hi663 ? hi663 : addHi(1, 1, t2_34_lo, t2_34_hi); // surrogate.ts:9
        const q273 = 1 / t3_34_lo;
        const q274 = 1 / t3_34_hi;
        const q275 = 1 / t3_34_lo;
        const q276 = 1 / t3_34_hi;
        const pmin135 = Math.min(Math.min(q273, q274), Math.min(q275, q276));
        const lo664 = pmin135 - (PHI * Math.abs(pmin135) + ETA);
        const pmax135 = Math.max(Math.max(q273, q274), Math.max(q275, q276));
        const hi664 = pmax135 + (PHI * Math.abs(pmax135) + ETA);
        const t4_34_lo = (t3_34_lo > 0 || t3_34_hi < 0) && lo664 === lo664 ? lo664 : divLo(1, 1, t3_34_lo, t3_34_hi); // surrogate.ts:9
        const t4_34_hi = (t3_34_lo > 0 || t3_34_hi < 0) && hi664 === hi664 ? hi664 : divHi(1, 1, t3_34_lo, t3_34_hi); // surrogate.ts:9
        const p713 = x_34_lo * t4_34_lo;
        const p714 = x_34_lo * t4_34_hi;
        const p715 = x_34_hi * t4_34_lo;
        const p716 = x_34_hi * t4_34_hi;
        const pmin136 = Math.min(Math.min(p713, p714), Math.min(p715, p716));
        const lo665 = pmin136 - (PHI * Math.abs(pmin136) + ETA);
        const pmax136 = Math.max(Math.max(p713, p714), Math.max(p715, p716));
        const hi665 = pmax136 + (PHI * Math.abs(pmax136) + ETA);
        const lo666 = lo665 === lo665 ? lo665 : mulLo(x_34_lo, x_34_hi, t4_34_lo, t4_34_hi);
        const hi666 = hi665 === hi665 ? hi665 : mulHi(x_34_lo, x_34_hi, t4_34_lo, t4_34_hi);
        ret_34_lo = lo666; // surrogate.ts:9
        ret_34_hi = hi666; // surrogate.ts:9
    }
    if (decided34 === 2) {
        const t976 = ret_34_lo;
        ret_34_lo = ret_34_lo_other;
        ret_34_lo_other = t976;
        const t977 = ret_34_hi;
        ret_34_hi = ret_34_hi_other;
        ret_34_hi_other = t977;
    }
    if (decided34 !== 1) {
        bounds[0] = x_34_lo;
        bounds[1] = x_34_hi;
        expPair();
        const lo667 = bounds[0]!;
        const hi667 = bounds[1]!;
        const e_33_lo = lo667; // surrogate.ts:10
        const e_33_hi = hi667; // surrogate.ts:10
        const s345 = 1 + e_33_lo;
        const lo668 = s345 === 0 ? s345 : s345 - (PHI * Math.abs(s345) + ETA);
        const s346 = 1 + e_33_hi;
        const hi668 = s346 === 0 ? s346 : s346 + (PHI * Math.abs(s346) + ETA);
        const t5_33_lo = lo668 === lo668 ? lo668 : addLo(1, 1, e_33_lo, e_33_hi); // surrogate.ts:11
        const t5_33_hi = hi668 === hi668 ? hi668 : addHi(1, 1, e_33_lo, e_33_hi); // surrogate.ts:11
        const q277 = e_33_lo / t5_33_lo;
        const q278 = e_33_lo / t5_33_hi;
        const q279 = e_33_hi / t5_33_lo;
        const q280 = e_33_hi / t5_33_hi;
        const pmin137 = Math.min(Math.min(q277, q278), Math.min(q279, q280));
        const lo669 = pmin137 - (PHI * Math.abs(pmin137) + ETA);
        const pmax137 = Math.max(Math.max(q277, q278), Math.max(q279, q280));
        const hi669 = pmax137 + (PHI * Math.abs(pmax137) + ETA);
        const t6_33_lo = (t5_33_lo > 0 || t5_33_hi < 0) && lo669 === lo669 ? lo669 : divLo(e_33_lo, e_33_hi, t5_33_lo, t5_33_hi); // surrogate.ts:11
        const t6_33_hi = (t5_33_lo > 0 || t5_33_hi < 0) && hi669 === hi669 ? hi669 : divHi(e_33_lo, e_33_hi, t5_33_lo, t5_33_hi); // surrogate.ts:11
        const p717 = x_34_lo * t6_33_lo;
        const p718 = x_34_lo * t6_33_hi;
        const p719 = x_34_hi * t6_33_lo;
        const p720 = x_34_hi * t6_33_hi;
        const pmin138 = Math.min(Math.min(p717, p718), Math.min(p719, p720));
        const lo670 = pmin138 - (PHI * Math.abs(pmin138) + ETA);
        const pmax138 = Math.max(Math.max(p717, p718), Math.max(p719, p720));
        const hi670 = pmax138 + (PHI * Math.abs(pmax138) + ETA);
        const lo671 = lo670 === lo670 ? lo670 : mulLo(x_34_lo, x_34_hi, t6_33_lo, t6_33_hi);
        const hi671 = hi670 === hi670 ? hi670 : mulHi(x_34_lo, x_34_hi, t6_33_lo, t6_33_hi);
        ret_34_lo = lo671; // surrogate.ts:11
        ret_34_hi = hi671; // surrogate.ts:11
    }
    if (decided34 === 2) {
        ret_34_lo = hullLo(ret_34_lo, ret_34_lo_other);
        ret_34_hi = hullHi(ret_34_hi, ret_34_hi_other);
    }
    const h5_1_lo = ret_34_lo; // surrogate.ts:72
    const h5_1_hi = ret_34_hi; // surrogate.ts:72
    const p721 = 0.14970760524882656 > 0 ? 0.14970760524882656 * h4_0_lo : 0.14970760524882656 * h4_0_hi;
    const t978 = -0.06256043915639041 + (p721 - (PHI * Math.abs(p721) + ETA));
    const lo672 = t978 - (PHI * Math.abs(t978) + ETA);
    const p722 = 0.14970760524882656 > 0 ? 0.14970760524882656 * h4_0_hi : 0.14970760524882656 * h4_0_lo;
    const t979 = -0.06256043915639041 + (p722 + (PHI * Math.abs(p722) + ETA));
    const hi672 = t979 + (PHI * Math.abs(t979) + ETA);
    const t298_lo = lo672 === lo672 ? lo672 : fmaPointLo(-0.06256043915639041, 0.14970760524882656, h4_0_lo, h4_0_hi); // surrogate.ts:73
    const t298_hi = hi672 === hi672 ? hi672 : fmaPointHi(-0.06256043915639041, 0.14970760524882656, h4_0_lo, h4_0_hi); // surrogate.ts:73
    const p723 = 0.19877225484471797 > 0 ? 0.19877225484471797 * h4_1_lo : 0.19877225484471797 * h4_1_hi;
    const t980 = t298_lo + (p723 - (PHI * Math.abs(p723) + ETA));
    const lo673 = t980 - (PHI * Math.abs(t980) + ETA);
    const p724 = 0.19877225484471797 > 0 ? 0.19877225484471797 * h4_1_hi : 0.19877225484471797 * h4_1_lo;
    const t981 = t298_hi + (p724 + (PHI * Math.abs(p724) + ETA));
    const hi673 = t981 + (PHI * Math.abs(t981) + ETA);
    const t299_lo = lo673 === lo673 ? lo673 : fmaPointLo(t298_lo, 0.19877225484471797, h4_1_lo, h4_1_hi); // surrogate.ts:73
    const t299_hi = hi673 === hi673 ? hi673 : fmaPointHi(t298_hi, 0.19877225484471797, h4_1_lo, h4_1_hi); // surrogate.ts:73
    const p725 = 0.2650534654283041 > 0 ? 0.2650534654283041 * h4_2_lo : 0.2650534654283041 * h4_2_hi;
    const t982 = t299_lo + (p725 - (PHI * Math.abs(p725) + ETA));
    const lo674 = t982 - (PHI * Math.abs(t982) + ETA);
    const p726 = 0.2650534654283041 > 0 ? 0.2650534654283041 * h4_2_hi : 0.2650534654283041 * h4_2_lo;
    const t983 = t299_hi + (p726 + (PHI * Math.abs(p726) + ETA));
    const hi674 = t983 + (PHI * Math.abs(t983) + ETA);
    const t300_lo = lo674 === lo674 ? lo674 : fmaPointLo(t299_lo, 0.2650534654283041, h4_2_lo, h4_2_hi); // surrogate.ts:73
    const t300_hi = hi674 === hi674 ? hi674 : fmaPointHi(t299_hi, 0.2650534654283041, h4_2_lo, h4_2_hi); // surrogate.ts:73
    const p727 = 0.3983188031502818 > 0 ? 0.3983188031502818 * h4_3_lo : 0.3983188031502818 * h4_3_hi;
    const t984 = p727 - (PHI * Math.abs(p727) + ETA);
    const lo675 = t984;
    const p728 = 0.3983188031502818 > 0 ? 0.3983188031502818 * h4_3_hi : 0.3983188031502818 * h4_3_lo;
    const t985 = p728 + (PHI * Math.abs(p728) + ETA);
    const hi675 = t985;
    const t301_lo = lo675 === lo675 ? lo675 : mulPointLo(0.3983188031502818, h4_3_lo, h4_3_hi); // surrogate.ts:73
    const t301_hi = hi675 === hi675 ? hi675 : mulPointHi(0.3983188031502818, h4_3_lo, h4_3_hi); // surrogate.ts:73
    const s347 = t300_lo - t301_hi;
    const lo676 = s347 === 0 ? s347 : s347 - (PHI * Math.abs(s347) + ETA);
    const s348 = t300_hi - t301_lo;
    const hi676 = s348 === 0 ? s348 : s348 + (PHI * Math.abs(s348) + ETA);
    const t302_lo = lo676 === lo676 ? lo676 : subLo(t300_lo, t300_hi, t301_lo, t301_hi); // surrogate.ts:73
    const t302_hi = hi676 === hi676 ? hi676 : subHi(t300_lo, t300_hi, t301_lo, t301_hi); // surrogate.ts:73
    const p729 = 0.21955286666343135 > 0 ? 0.21955286666343135 * h4_4_lo : 0.21955286666343135 * h4_4_hi;
    const t986 = p729 - (PHI * Math.abs(p729) + ETA);
    const lo677 = t986;
    const p730 = 0.21955286666343135 > 0 ? 0.21955286666343135 * h4_4_hi : 0.21955286666343135 * h4_4_lo;
    const t987 = p730 + (PHI * Math.abs(p730) + ETA);
    const hi677 = t987;
    const t303_lo = lo677 === lo677 ? lo677 : mulPointLo(0.21955286666343135, h4_4_lo, h4_4_hi); // surrogate.ts:73
    const t303_hi = hi677 === hi677 ? hi677 : mulPointHi(0.21955286666343135, h4_4_lo, h4_4_hi); // surrogate.ts:73
    const s349 = t302_lo - t303_hi;
    const lo678 = s349 === 0 ? s349 : s349 - (PHI * Math.abs(s349) + ETA);
    const s350 = t302_hi - t303_lo;
    const hi678 = s350 === 0 ? s350 : s350 + (PHI * Math.abs(s350) + ETA);
    const t304_lo = lo678 === lo678 ? lo678 : subLo(t302_lo, t302_hi, t303_lo, t303_hi); // surrogate.ts:73
    const t304_hi = hi678 === hi678 ? hi678 : subHi(t302_lo, t302_hi, t303_lo, t303_hi); // surrogate.ts:73
    const p731 = 0.32210212338591115 > 0 ? 0.32210212338591115 * h4_5_lo : 0.32210212338591115 * h4_5_hi;
    const t988 = p731 - (PHI * Math.abs(p731) + ETA);
    const lo679 = t988;
    const p732 = 0.32210212338591115 > 0 ? 0.32210212338591115 * h4_5_hi : 0.32210212338591115 * h4_5_lo;
    const t989 = p732 + (PHI * Math.abs(p732) + ETA);
    const hi679 = t989;
    const t305_lo = lo679 === lo679 ? lo679 : mulPointLo(0.32210212338591115, h4_5_lo, h4_5_hi); // surrogate.ts:73
    const t305_hi = hi679 === hi679 ? hi679 : mulPointHi(0.32210212338591115, h4_5_lo, h4_5_hi); // surrogate.ts:73
    const s351 = t304_lo - t305_hi;
    const lo680 = s351 === 0 ? s351 : s351 - (PHI * Math.abs(s351) + ETA);
    const s352 = t304_hi - t305_lo;
    const hi680 = s352 === 0 ? s352 : s352 + (PHI * Math.abs(s352) + ETA);
    const t306_lo = lo680 === lo680 ? lo680 : subLo(t304_lo, t304_hi, t305_lo, t305_hi); // surrogate.ts:73
    const t306_hi = hi680 === hi680 ? hi680 : subHi(t304_lo, t304_hi, t305_lo, t305_hi); // surrogate.ts:73
    const p733 = 0.0977309743846667 > 0 ? 0.0977309743846667 * h4_6_lo : 0.0977309743846667 * h4_6_hi;
    const t990 = t306_lo + (p733 - (PHI * Math.abs(p733) + ETA));
    const lo681 = t990 - (PHI * Math.abs(t990) + ETA);
    const p734 = 0.0977309743846667 > 0 ? 0.0977309743846667 * h4_6_hi : 0.0977309743846667 * h4_6_lo;
    const t991 = t306_hi + (p734 + (PHI * Math.abs(p734) + ETA));
    const hi681 = t991 + (PHI * Math.abs(t991) + ETA);
    const t307_lo = lo681 === lo681 ? lo681 : fmaPointLo(t306_lo, 0.0977309743846667, h4_6_lo, h4_6_hi); // surrogate.ts:73
    const t307_hi = hi681 === hi681 ? hi681 : fmaPointHi(t306_hi, 0.0977309743846667, h4_6_lo, h4_6_hi); // surrogate.ts:73
    const p735 = 0.26863971211855847 > 0 ? 0.26863971211855847 * h4_7_lo : 0.26863971211855847 * h4_7_hi;
    const t992 = p735 - (PHI * Math.abs(p735) + ETA);
    const lo682 = t992;
    const p736 = 0.26863971211855847 > 0 ? 0.26863971211855847 * h4_7_hi : 0.26863971211855847 * h4_7_lo;
    const t993 = p736 + (PHI * Math.abs(p736) + ETA);
    const hi682 = t993;
    const t308_lo = lo682 === lo682 ? lo682 : mulPointLo(0.26863971211855847, h4_7_lo, h4_7_hi); // surrogate.ts:73
    const t308_hi = hi682 === hi682 ? hi682 : mulPointHi(0.26863971211855847, h4_7_lo, h4_7_hi); // surrogate.ts:73
    // inlined silu (examples/browser/surrogate.ts:8)
    const s353 = t307_lo - t308_hi;
    const lo683 = s353 === 0 ? s353 : s353 - (PHI * Math.abs(s353) + ETA);
    const s354 = t307_hi - t308_lo;
    const hi683 = s354 === 0 ? s354 : s354 + (PHI * Math.abs(s354) + ETA);
    let x_35_lo = lo683 === lo683 ? lo683 : subLo(t307_lo, t307_hi, t308_lo, t308_hi); // surrogate.ts:73
    let x_35_hi = hi683 === hi683 ? hi683 : subHi(t307_lo, t307_hi, t308_lo, t308_hi); // surrogate.ts:73
    let ret_35_lo = 0;
    let ret_35_hi = 0;
    const decided35 = geTri(x_35_lo, x_35_hi, 0, 0); // surrogate.ts:9
    let ret_35_lo_other = 0;
    let ret_35_hi_other = 0;
    if (decided35 === 2) {
        ret_35_lo_other = ret_35_lo;
        ret_35_hi_other = ret_35_hi;
    }
    if (decided35 !== 0) {
        const t1_35_lo = -x_35_hi; // surrogate.ts:9
        const t1_35_hi = -x_35_lo; // surrogate.ts:9
        bounds[0] = t1_35_lo;
        bounds[1] = t1_35_hi;
        expPair();
        const lo684 = bounds[0]!;
        const hi684 = bounds[1]!;
        const t2_35_lo = lo684; // surrogate.ts:9
        const t2_35_hi = hi684; // surrogate.ts:9
        const s355 = 1 + t2_35_lo;
        const lo685 = s355 === 0 ? s355 : s355 - (PHI * Math.abs(s355) + ETA);
        const s356 = 1 + t2_35_hi;
        const hi685 = s356 === 0 ? s356 : s356 + (PHI * Math.abs(s356) + ETA);
        const t3_35_lo = lo685 === lo685 ? lo685 : addLo(1, 1, t2_35_lo, t2_35_hi); // surrogate.ts:9
        const t3_35_hi = hi685 === hi685 ? hi685 : addHi(1, 1, t2_35_lo, t2_35_hi); // surrogate.ts:9
        const q281 = 1 / t3_35_lo;
        const q282 = 1 / t3_35_hi;
        const q283 = 1 / t3_35_lo;
        const q284 = 1 / t3_35_hi;
        const pmin139 = Math.min(Math.min(q281, q282), Math.min(q283, q284));
        const lo686 = pmin139 - (PHI * Math.abs(pmin139) + ETA);
        const pmax139 = Math.max(Math.max(q281, q282), Math.max(q283, q284));
        const hi686 = pmax139 + (PHI * Math.abs(pmax139) + ETA);
        const t4_35_lo = (t3_35_lo > 0 || t3_35_hi < 0) && lo686 === lo686 ? lo686 : divLo(1, 1, t3_35_lo, t3_35_hi); // surrogate.ts:9
        const t4_35_hi = (t3_35_lo > 0 || t3_35_hi < 0) && hi686 === hi686 ? hi686 : divHi(1, 1, t3_35_lo, t3_35_hi); // surrogate.ts:9
        const p737 = x_35_lo * t4_35_lo;
        const p738 = x_35_lo * t4_35_hi;
        const p739 = x_35_hi * t4_35_lo;
        const p740 = x_35_hi * t4_35_hi;
        const pmin140 = Math.min(Math.min(p737, p738), Math.min(p739, p740));
        const lo687 = pmin140 - (PHI * Math.abs(pmin140) + ETA);
        const pmax140 = Math.max(Math.max(p737, p738), Math.max(p739, p740));
        const hi687 = pmax140 + (PHI * Math.abs(pmax140) + ETA);
        const lo688 = lo687 === lo687 ? lo687 : mulLo(x_35_lo, x_35_hi, t4_35_lo, t4_35_hi);
        const hi688 = hi687 === hi687 ? hi687 : mulHi(x_35_lo, x_35_hi, t4_35_lo, t4_35_hi);
        ret_35_lo = lo688; // surrogate.ts:9
        ret_35_hi = hi688; // surrogate.ts:9
    }
    if (decided35 === 2) {
        const t994 = ret_35_lo;
        ret_35_lo = ret_35_lo_other;
        ret_35_lo_other = t994;
        const t995 = ret_35_hi;
        ret_35_hi = ret_35_hi_other;
        ret_35_hi_other = t995;
    }
    if (decided35 !== 1) {
        bounds[0] = x_35_lo;
        bounds[1] = x_35_hi;
        expPair();
        const lo689 = bounds[0]!;
        const hi689 = bounds[1]!;
        const e_34_lo = lo689; // surrogate.ts:10
        const e_34_hi = hi689; // surrogate.ts:10
        const s357 = 1 + e_34_lo;
        const lo690 = s357 === 0 ? s357 : s357 - (PHI * Math.abs(s357) + ETA);
        const s358 = 1 + e_34_hi;
        const hi690 = s358 === 0 ? s358 : s358 + (PHI * Math.abs(s358) + ETA);
        const t5_34_lo = lo690 === lo690 ? lo690 : addLo(1, 1, e_34_lo, e_34_hi); // surrogate.ts:11
        const t5_34_hi = hi690 === hi690 ? hi690 : addHi(1, 1, e_34_lo, e_34_hi); // surrogate.ts:11
        const q285 = e_34_lo / t5_34_lo;
        const q286 = e_34_lo / t5_34_hi;
        const q287 = e_34_hi / t5_34_lo;
        const q288 = e_34_hi / t5_34_hi;
        const pmin141 = Math.min(Math.min(q285, q286), Math.min(q287, q288));
        const lo691 = pmin141 - (PHI * Math.abs(pmin141) + ETA);
        const pmax141 = Math.max(Math.max(q285, q286), Math.max(q287, q288));
        const hi691 = pmax141 + (PHI * Math.abs(pmax141) + ETA);
        const t6_34_lo = (t5_34_lo > 0 || t5_34_hi < 0) && lo691 === lo691 ? lo691 : divLo(e_34_lo, e_34_hi, t5_34_lo, t5_34_hi); // surrogate.ts:11
        const t6_34_hi = (t5_34_lo > 0 || t5_34_hi < 0) && hi691 === hi691 ? hi691 : divHi(e_34_lo, e_34_hi, t5_34_lo, t5_34_hi); // surrogate.ts:11
        const p741 = x_35_lo * t6_34_lo;
        const p742 = x_35_lo * t6_34_hi;
        const p743 = x_35_hi * t6_34_lo;
        const p744 = x_35_hi * t6_34_hi;
        const pmin142 = Math.min(Math.min(p741, p742), Math.min(p743, p744));
        const lo692 = pmin142 - (PHI * Math.abs(pmin142) + ETA);
        const pmax142 = Math.max(Math.max(p741, p742), Math.max(p743, p744));
        const hi692 = pmax142 + (PHI * Math.abs(pmax142) + ETA);
        const lo693 = lo692 === lo692 ? lo692 : mulLo(x_35_lo, x_35_hi, t6_34_lo, t6_34_hi);
        const hi693 = hi692 === hi692 ? hi692 : mulHi(x_35_lo, x_35_hi, t6_34_lo, t6_34_hi);
        ret_35_lo = lo693; // surrogate.ts:11
        ret_35_hi = hi693; // surrogate.ts:11
    }
    if (decided35 === 2) {
        ret_35_lo = hullLo(ret_35_lo, ret_35_lo_other);
        ret_35_hi = hullHi(ret_35_hi, ret_35_hi_other);
    }
    const h5_2_lo = ret_35_lo; // surrogate.ts:73
    const h5_2_hi = ret_35_hi; // surrogate.ts:73
    const p745 = 0.05535255015163704 > 0 ? 0.05535255015163704 * h4_0_lo : 0.05535255015163704 * h4_0_hi;
    const t996 = 0.12121589279435048 + (p745 - (PHI * Math.abs(p745) + ETA));
    const lo694 = t996 - (PHI * Math.abs(t996) + ETA);
    const p746 = 0.05535255015163704 > 0 ? 0.05535255015163704 * h4_0_hi : 0.05535255015163704 * h4_0_lo;
    const t997 = 0.12121589279435048 + (p746 + (PHI * Math.abs(p746) + ETA));
    const hi694 = t997 + (PHI * Math.abs(t997) + ETA);
    const t309_lo = lo694 === lo694 ? lo694 : fmaPointLo(0.12121589279435048, 0.05535255015163704, h4_0_lo, h4_0_hi); // surrogate.ts:74
    const t309_hi = hi694 === hi694 ? hi694 : fmaPointHi(0.12121589279435048, 0.05535255015163704, h4_0_lo, h4_0_hi); // surrogate.ts:74
    const p747 = 0.33174619639961384 > 0 ? 0.33174619639961384 * h4_1_lo : 0.33174619639961384 * h4_1_hi;
    const t998 = p747 - (PHI * Math.abs(p747) + ETA);
    const lo695 = t998;
    const p748 = 0.33174619639961384 > 0 ? 0.33174619639961384 * h4_1_hi : 0.33174619639961384 * h4_1_lo;
    const t999 = p748 + (PHI * Math.abs(p748) + ETA);
    const hi695 = t999;
    const t310_lo = lo695 === lo695 ? lo695 : mulPointLo(0.33174619639961384, h4_1_lo, h4_1_hi); // surrogate.ts:74
    const t310_hi = hi695 === hi695 ? hi695 : mulPointHi(0.33174619639961384, h4_1_lo, h4_1_hi); // surrogate.ts:74
    const s359 = t309_lo - t310_hi;
    const lo696 = s359 === 0 ? s359 : s359 - (PHI * Math.abs(s359) + ETA);
    const s360 = t309_hi - t310_lo;
    const hi696 = s360 === 0 ? s360 : s360 + (PHI * Math.abs(s360) + ETA);
    const t311_lo = lo696 === lo696 ? lo696 : subLo(t309_lo, t309_hi, t310_lo, t310_hi); // surrogate.ts:74
    const t311_hi = hi696 === hi696 ? hi696 : subHi(t309_lo, t309_hi, t310_lo, t310_hi); // surrogate.ts:74
    const p749 = 0.2177293080380568 > 0 ? 0.2177293080380568 * h4_2_lo : 0.2177293080380568 * h4_2_hi;
    const t1000 = p749 - (PHI * Math.abs(p749) + ETA);
    const lo697 = t1000;
    const p750 = 0.2177293080380568 > 0 ? 0.2177293080380568 * h4_2_hi : 0.2177293080380568 * h4_2_lo;
    const t1001 = p750 + (PHI * Math.abs(p750) + ETA);
    const hi697 = t1001;
    const t312_lo = lo697 === lo697 ? lo697 : mulPointLo(0.2177293080380568, h4_2_lo, h4_2_hi); // surrogate.ts:74
    const t312_hi = hi697 === hi697 ? hi697 : mulPointHi(0.2177293080380568, h4_2_lo, h4_2_hi); // surrogate.ts:74
    const s361 = t311_lo - t312_hi;
    const lo698 = s361 === 0 ? s361 : s361 - (PHI * Math.abs(s361) + ETA);
    const s362 = t311_hi - t312_lo;
    const hi698 = s362 === 0 ? s362 : s362 + (PHI * Math.abs(s362) + ETA);
    const t313_lo = lo698 === lo698 ? lo698 : subLo(t311_lo, t311_hi, t312_lo, t312_hi); // surrogate.ts:74
    const t313_hi = hi698 === hi698 ? hi698 : subHi(t311_lo, t311_hi, t312_lo, t312_hi); // surrogate.ts:74
    const p751 = 0.27376611443478066 > 0 ? 0.27376611443478066 * h4_3_lo : 0.27376611443478066 * h4_3_hi;
    const t1002 = t313_lo + (p751 - (PHI * Math.abs(p751) + ETA));
    const lo699 = t1002 - (PHI * Math.abs(t1002) + ETA);
    const p752 = 0.27376611443478066 > 0 ? 0.27376611443478066 * h4_3_hi : 0.27376611443478066 * h4_3_lo;
    const t1003 = t313_hi + (p752 + (PHI * Math.abs(p752) + ETA));
    const hi699 = t1003 + (PHI * Math.abs(t1003) + ETA);
    const t314_lo = lo699 === lo699 ? lo699 : fmaPointLo(t313_lo, 0.27376611443478066, h4_3_lo, h4_3_hi); // surrogate.ts:74
    const t314_hi = hi699 === hi699 ? hi699 : fmaPointHi(t313_hi, 0.27376611443478066, h4_3_lo, h4_3_hi); // surrogate.ts:74
    const p753 = 0.31699032493669954 > 0 ? 0.31699032493669954 * h4_4_lo : 0.31699032493669954 * h4_4_hi;
    const t1004 = t314_lo + (p753 - (PHI * Math.abs(p753) + ETA));
    const lo700 = t1004 - (PHI * Math.abs(t1004) + ETA);
    const p754 = 0.31699032493669954 > 0 ? 0.31699032493669954 * h4_4_hi : 0.31699032493669954 * h4_4_lo;
    const t1005 = t314_hi + (p754 + (PHI * Math.abs(p754) + ETA));
    const hi700 = t1005 + (PHI * Math.abs(t1005) + ETA);
    const t315_lo = lo700 === lo700 ? lo700 : fmaPointLo(t314_lo, 0.31699032493669954, h4_4_lo, h4_4_hi); // surrogate.ts:74
    const t315_hi = hi700 === hi700 ? hi700 : fmaPointHi(t314_hi, 0.31699032493669954, h4_4_lo, h4_4_hi); // surrogate.ts:74
    const p755 = 0.2623175120626498 > 0 ? 0.2623175120626498 * h4_5_lo : 0.2623175120626498 * h4_5_hi;
    const t1006 = t315_lo + (p755 - (PHI * Math.abs(p755) + ETA));
    const lo701 = t1006 - (PHI * Math.abs(t1006) + ETA);
    const p756 = 0.2623175120626498 > 0 ? 0.2623175120626498 * h4_5_hi : 0.2623175120626498 * h4_5_lo;
    const t1007 = t315_hi + (p756 + (PHI * Math.abs(p756) + ETA));
    const hi701 = t1007 + (PHI * Math.abs(t1007) + ETA);
    const t316_lo = lo701 === lo701 ? lo701 : fmaPointLo(t315_lo, 0.2623175120626498, h4_5_lo, h4_5_hi); // surrogate.ts:74
    const t316_hi = hi701 === hi701 ? hi701 : fmaPointHi(t315_hi, 0.2623175120626498, h4_5_lo, h4_5_hi); // surrogate.ts:74
    const p757 = 0.25969099579232896 > 0 ? 0.25969099579232896 * h4_6_lo : 0.25969099579232896 * h4_6_hi;
    const t1008 = p757 - (PHI * Math.abs(p757) + ETA);
    const lo702 = t1008;
    const p758 = 0.25969099579232896 > 0 ? 0.25969099579232896 * h4_6_hi : 0.25969099579232896 * h4_6_lo;
    const t1009 = p758 + (PHI * Math.abs(p758) + ETA);
    const hi702 = t1009;
    const t317_lo = lo702 === lo702 ? lo702 : mulPointLo(0.25969099579232896, h4_6_lo, h4_6_hi); // surrogate.ts:74
    const t317_hi = hi702 === hi702 ? hi702 : mulPointHi(0.25969099579232896, h4_6_lo, h4_6_hi); // surrogate.ts:74
    const s363 = t316_lo - t317_hi;
    const lo703 = s363 === 0 ? s363 : s363 - (PHI * Math.abs(s363) + ETA);
    const s364 = t316_hi - t317_lo;
    const hi703 = s364 === 0 ? s364 : s364 + (PHI * Math.abs(s364) + ETA);
    const t318_lo = lo703 === lo703 ? lo703 : subLo(t316_lo, t316_hi, t317_lo, t317_hi); // surrogate.ts:74
    const t318_hi = hi703 === hi703 ? hi703 : subHi(t316_lo, t316_hi, t317_lo, t317_hi); // surrogate.ts:74
    // inlined silu (examples/browser/surrogate.ts:8)
    const p759 = 0.017065471823066766 > 0 ? 0.017065471823066766 * h4_7_lo : 0.017065471823066766 * h4_7_hi;
    const t1010 = t318_lo + (p759 - (PHI * Math.abs(p759) + ETA));
    const lo704 = t1010 - (PHI * Math.abs(t1010) + ETA);
    const p760 = 0.017065471823066766 > 0 ? 0.017065471823066766 * h4_7_hi : 0.017065471823066766 * h4_7_lo;
    const t1011 = t318_hi + (p760 + (PHI * Math.abs(p760) + ETA));
    const hi704 = t1011 + (PHI * Math.abs(t1011) + ETA);
    let x_36_lo = lo704 === lo704 ? lo704 : fmaPointLo(t318_lo, 0.017065471823066766, h4_7_lo, h4_7_hi); // surrogate.ts:74
    let x_36_hi = hi704 === hi704 ? hi704 : fmaPointHi(t318_hi, 0.017065471823066766, h4_7_lo, h4_7_hi); // surrogate.ts:74
    let ret_36_lo = 0;
    let ret_36_hi = 0;
    const decided36 = geTri(x_36_lo, x_36_hi, 0, 0); // surrogate.ts:9
    let ret_36_lo_other = 0;
    let ret_36_hi_other = 0;
    if (decided36 === 2) {
        ret_36_lo_other = ret_36_lo;
        ret_36_hi_other = ret_36_hi;
    }
    if (decided36 !== 0) {
        const t1_36_lo = -x_36_hi; // surrogate.ts:9
        const t1_36_hi = -x_36_lo; // surrogate.ts:9
        bounds[0] = t1_36_lo;
        bounds[1] = t1_36_hi;
        expPair();
        const lo705 = bounds[0]!;
        const hi705 = bounds[1]!;
        const t2_36_lo = lo705; // surrogate.ts:9
        const t2_36_hi = hi705; // surrogate.ts:9
        const s365 = 1 + t2_36_lo;
        const lo706 = s365 === 0 ? s365 : s365 - (PHI * Math.abs(s365) + ETA);
        const s366 = 1 + t2_36_hi;
        const hi706 = s366 === 0 ? s366 : s366 + (PHI * Math.abs(s366) + ETA);
        const t3_36_lo = lo706 === lo706 ? lo706 : addLo(1, 1, t2_36_lo, t2_36_hi); // surrogate.ts:9
        const t3_36_hi = hi706 === hi706 ? hi706 : addHi(1, 1, t2_36_lo, t2_36_hi); // surrogate.ts:9
        const q289 = 1 / t3_36_lo;
        const q290 = 1 / t3_36_hi;
        const q291 = 1 / t3_36_lo;
        const q292 = 1 / t3_36_hi;
        const pmin143 = Math.min(Math.min(q289, q290), Math.min(q291, q292));
        const lo707 = pmin143 - (PHI * Math.abs(pmin143) + ETA);
        const pmax143 = Math.max(Math.max(q289, q290), Math.max(q291, q292));
        const hi707 = pmax143 + (PHI * Math.abs(pmax143) + ETA);
        const t4_36_lo = (t3_36_lo > 0 || t3_36_hi < 0) && lo707 === lo707 ? lo707 : divLo(1, 1, t3_36_lo, t3_36_hi); // surrogate.ts:9
        const t4_36_hi = (t3_36_lo > 0 || t3_36_hi < 0) && hi707 === hi707 ? hi707 : divHi(1, 1, t3_36_lo, t3_36_hi); // surrogate.ts:9
        const p761 = x_36_lo * t4_36_lo;
        const p762 = x_36_lo * t4_36_hi;
        const p763 = x_36_hi * t4_36_lo;
        const p764 = x_36_hi * t4_36_hi;
        const pmin144 = Math.min(Math.min(p761, p762), Math.min(p763, p764));
        const lo708 = pmin144 - (PHI * Math.abs(pmin144) + ETA);
        const pmax144 = Math.max(Math.max(p761, p762), Math.max(p763, p764));
        const hi708 = pmax144 + (PHI * Math.abs(pmax144) + ETA);
        const lo709 = lo708 === lo708 ? lo708 : mulLo(x_36_lo, x_36_hi, t4_36_lo, t4_36_hi);
        const hi709 = hi708 === hi708 ? hi708 : mulHi(x_36_lo, x_36_hi, t4_36_lo, t4_36_hi);
        ret_36_lo = lo709; // surrogate.ts:9
        ret_36_hi = hi709; // surrogate.ts:9
    }
    if (decided36 === 2) {
        const t1012 = ret_36_lo;
        ret_36_lo = ret_36_lo_other;
        ret_36_lo_other = t1012;
        const t1013 = ret_36_hi;
        ret_36_hi = ret_36_hi_other;
        ret_36_hi_other = t1013;
    }
    if (decided36 !== 1) {
        bounds[0] = x_36_lo;
        bounds[1] = x_36_hi;
        expPair();
        const lo710 = bounds[0]!;
        const hi710 = bounds[1]!;
        const e_35_lo = lo710; // surrogate.ts:10
        const e_35_hi = hi710; // surrogate.ts:10
        const s367 = 1 + e_35_lo;
        const lo711 = s367 === 0 ? s367 : s367 - (PHI * Math.abs(s367) + ETA);
        const s368 = 1 + e_35_hi;
        const hi711 = s368 === 0 ? s368 : s368 + (PHI * Math.abs(s368) + ETA);
        const t5_35_lo = lo711 === lo711 ? lo711 : addLo(1, 1, e_35_lo, e_35_hi); // surrogate.ts:11
        const t5_35_hi = hi711 === hi711 ? hi711 : addHi(1, 1, e_35_lo, e_35_hi); // surrogate.ts:11
        const q293 = e_35_lo / t5_35_lo;
        const q294 = e_35_lo / t5_35_hi;
        const q295 = e_35_hi / t5_35_lo;
        const q296 = e_35_hi / t5_35_hi;
        const pmin145 = Math.min(Math.min(q293, q294), Math.min(q295, q296));
        const lo712 = pmin145 - (PHI * Math.abs(pmin145) + ETA);
        const pmax145 = Math.max(Math.max(q293, q294), Math.max(q295, q296));
        const hi712 = pmax145 + (PHI * Math.abs(pmax145) + ETA);
        const t6_35_lo = (t5_35_lo > 0 || t5_35_hi < 0) && lo712 === lo712 ? lo712 : divLo(e_35_lo, e_35_hi, t5_35_lo, t5_35_hi); // surrogate.ts:11
        const t6_35_hi = (t5_35_lo > 0 || t5_35_hi < 0) && hi712 === hi712 ? hi712 : divHi(e_35_lo, e_35_hi, t5_35_lo, t5_35_hi); // surrogate.ts:11
        const p765 = x_36_lo * t6_35_lo;
        const p766 = x_36_lo * t6_35_hi;
        const p767 = x_36_hi * t6_35_lo;
        const p768 = x_36_hi * t6_35_hi;
        const pmin146 = Math.min(Math.min(p765, p766), Math.min(p767, p768));
        const lo713 = pmin146 - (PHI * Math.abs(pmin146) + ETA);
        const pmax146 = Math.max(Math.max(p765, p766), Math.max(p767, p768));
        const hi713 = pmax146 + (PHI * Math.abs(pmax146) + ETA);
        const lo714 = lo713 === lo713 ? lo713 : mulLo(x_36_lo, x_36_hi, t6_35_lo, t6_35_hi);
        const hi714 = hi713 === hi713 ? hi713 : mulHi(x_36_lo, x_36_hi, t6_35_lo, t6_35_hi);
        ret_36_lo = lo714; // surrogate.ts:11
        ret_36_hi = hi714; // surrogate.ts:11
    }
    if (decided36 === 2) {
        ret_36_lo = hullLo(ret_36_lo, ret_36_lo_other);
        ret_36_hi = hullHi(ret_36_hi, ret_36_hi_other);
    }
    const h5_3_lo = ret_36_lo; // surrogate.ts:74
    const h5_3_hi = ret_36_hi; // surrogate.ts:74
    const p769 = 0.23350013248132914 > 0 ? 0.23350013248132914 * h4_0_lo : 0.23350013248132914 * h4_0_hi;
    const t1014 = -0.02278982328955987 + (p769 - (PHI * Math.abs(p769) + ETA));
    const lo715 = t1014 - (PHI * Math.abs(t1014) + ETA);
    const p770 = 0.23350013248132914 > 0 ? 0.23350013248132914 * h4_0_hi : 0.23350013248132914 * h4_0_lo;
    const t1015 = -0.02278982328955987 + (p770 + (PHI * Math.abs(p770) + ETA));
    const hi715 = t1015 + (PHI * Math.abs(t1015) + ETA);
    const t319_lo = lo715 === lo715 ? lo715 : fmaPointLo(-0.02278982328955987, 0.23350013248132914, h4_0_lo, h4_0_hi); // surrogate.ts:75
    const t319_hi = hi715 === hi715 ? hi715 : fmaPointHi(-0.02278982328955987, 0.23350013248132914, h4_0_lo, h4_0_hi); // surrogate.ts:75
    const p771 = 0.29567845735329706 > 0 ? 0.29567845735329706 * h4_1_lo : 0.29567845735329706 * h4_1_hi;
    const t1016 = t319_lo + (p771 - (PHI * Math.abs(p771) + ETA));
    const lo716 = t1016 - (PHI * Math.abs(t1016) + ETA);
    const p772 = 0.29567845735329706 > 0 ? 0.29567845735329706 * h4_1_hi : 0.29567845735329706 * h4_1_lo;
    const t1017 = t319_hi + (p772 + (PHI * Math.abs(p772) + ETA));
    const hi716 = t1017 + (PHI * Math.abs(t1017) + ETA);
    const t320_lo = lo716 === lo716 ? lo716 : fmaPointLo(t319_lo, 0.29567845735329706, h4_1_lo, h4_1_hi); // surrogate.ts:75
    const t320_hi = hi716 === hi716 ? hi716 : fmaPointHi(t319_hi, 0.29567845735329706, h4_1_lo, h4_1_hi); // surrogate.ts:75
    const p773 = 0.10257930642362292 > 0 ? 0.10257930642362292 * h4_2_lo : 0.10257930642362292 * h4_2_hi;
    const t1018 = t320_lo + (p773 - (PHI * Math.abs(p773) + ETA));
    const lo717 = t1018 - (PHI * Math.abs(t1018) + ETA);
    const p774 = 0.10257930642362292 > 0 ? 0.10257930642362292 * h4_2_hi : 0.10257930642362292 * h4_2_lo;
    const t1019 = t320_hi + (p774 + (PHI * Math.abs(p774) + ETA));
    const hi717 = t1019 + (PHI * Math.abs(t1019) + ETA);
    const t321_lo = lo717 === lo717 ? lo717 : fmaPointLo(t320_lo, 0.10257930642362292, h4_2_lo, h4_2_hi); // surrogate.ts:75
    const t321_hi = hi717 === hi717 ? hi717 : fmaPointHi(t320_hi, 0.10257930642362292, h4_2_lo, h4_2_hi); // surrogate.ts:75
    const p775 = 0.2373837343595819 > 0 ? 0.2373837343595819 * h4_3_lo : 0.2373837343595819 * h4_3_hi;
    const t1020 = p775 - (PHI * Math.abs(p775) + ETA);
    const lo718 = t1020;
    const p776 = 0.2373837343595819 > 0 ? 0.2373837343595819 * h4_3_hi : 0.2373837343595819 * h4_3_lo;
    const t1021 = p776 + (PHI * Math.abs(p776) + ETA);
    const hi718 = t1021;
    const t322_lo = lo718 === lo718 ? lo718 : mulPointLo(0.2373837343595819, h4_3_lo, h4_3_hi); // surrogate.ts:75
    const t322_hi = hi718 === hi718 ? hi718 : mulPointHi(0.2373837343595819, h4_3_lo, h4_3_hi); // surrogate.ts:75
    const s369 = t321_lo - t322_hi;
    const lo719 = s369 === 0 ? s369 : s369 - (PHI * Math.abs(s369) + ETA);
    const s370 = t321_hi - t322_lo;
    const hi719 = s370 === 0 ? s370 : s370 + (PHI * Math.abs(s370) + ETA);
    const t323_lo = lo719 === lo719 ? lo719 : subLo(t321_lo, t321_hi, t322_lo, t322_hi); // surrogate.ts:75
    const t323_hi = hi719 === hi719 ? hi719 : subHi(t321_lo, t321_hi, t322_lo, t322_hi); // surrogate.ts:75
    const p777 = 0.24805618589196518 > 0 ? 0.24805618589196518 * h4_4_lo : 0.24805618589196518 * h4_4_hi;
    const t1022 = p777 - (PHI * Math.abs(p777) + ETA);
    const lo720 = t1022;
    const p778 = 0.24805618589196518 > 0 ? 0.24805618589196518 * h4_4_hi : 0.24805618589196518 * h4_4_lo;
    const t1023 = p778 + (PHI * Math.abs(p778) + ETA);
    const hi720 = t1023;
    const t324_lo = lo720 === lo720 ? lo720 : mulPointLo(0.24805618589196518, h4_4_lo, h4_4_hi); // surrogate.ts:75
    const t324_hi = hi720 === hi720 ? hi720 : mulPointHi(0.24805618589196518, h4_4_lo, h4_4_hi); // surrogate.ts:75
    const s371 = t323_lo - t324_hi;
    const lo721 = s371 === 0 ? s371 : s371 - (PHI * Math.abs(s371) + ETA);
    const s372 = t323_hi - t324_lo;
    const hi721 = s372 === 0 ? s372 : s372 + (PHI * Math.abs(s372) + ETA);
    const t325_lo = lo721 === lo721 ? lo721 : subLo(t323_lo, t323_hi, t324_lo, t324_hi); // surrogate.ts:75
    const t325_hi = hi721 === hi721 ? hi721 : subHi(t323_lo, t323_hi, t324_lo, t324_hi); // surrogate.ts:75
    const p779 = 0.3689953943235639 > 0 ? 0.3689953943235639 * h4_5_lo : 0.3689953943235639 * h4_5_hi;
    const t1024 = p779 - (PHI * Math.abs(p779) + ETA);
    const lo722 = t1024;
    const p780 = 0.3689953943235639 > 0 ? 0.3689953943235639 * h4_5_hi : 0.3689953943235639 * h4_5_lo;
    const t1025 = p780 + (PHI * Math.abs(p780) + ETA);
    const hi722 = t1025;
    const t326_lo = lo722 === lo722 ? lo722 : mulPointLo(0.3689953943235639, h4_5_lo, h4_5_hi); // surrogate.ts:75
    const t326_hi = hi722 === hi722 ? hi722 : mulPointHi(0.3689953943235639, h4_5_lo, h4_5_hi); // surrogate.ts:75
    const s373 = t325_lo - t326_hi;
    const lo723 = s373 === 0 ? s373 : s373 - (PHI * Math.abs(s373) + ETA);
    const s374 = t325_hi - t326_lo;
    const hi723 = s374 === 0 ? s374 : s374 + (PHI * Math.abs(s374) + ETA);
    const t327_lo = lo723 === lo723 ? lo723 : subLo(t325_lo, t325_hi, t326_lo, t326_hi); // surrogate.ts:75
    const t327_hi = hi723 === hi723 ? hi723 : subHi(t325_lo, t325_hi, t326_lo, t326_hi); // surrogate.ts:75
    const p781 = 0.3456628066449529 > 0 ? 0.3456628066449529 * h4_6_lo : 0.3456628066449529 * h4_6_hi;
    const t1026 = t327_lo + (p781 - (PHI * Math.abs(p781) + ETA));
    const lo724 = t1026 - (PHI * Math.abs(t1026) + ETA);
    const p782 = 0.3456628066449529 > 0 ? 0.3456628066449529 * h4_6_hi : 0.3456628066449529 * h4_6_lo;
    const t1027 = t327_hi + (p782 + (PHI * Math.abs(p782) + ETA));
    const hi724 = t1027 + (PHI * Math.abs(t1027) + ETA);
    const t328_lo = lo724 === lo724 ? lo724 : fmaPointLo(t327_lo, 0.3456628066449529, h4_6_lo, h4_6_hi); // surrogate.ts:75
    const t328_hi = hi724 === hi724 ? hi724 : fmaPointHi(t327_hi, 0.3456628066449529, h4_6_lo, h4_6_hi); // surrogate.ts:75
    const p783 = 0.2972006467457642 > 0 ? 0.2972006467457642 * h4_7_lo : 0.2972006467457642 * h4_7_hi;
    const t1028 = p783 - (PHI * Math.abs(p783) + ETA);
    const lo725 = t1028;
    const p784 = 0.2972006467457642 > 0 ? 0.2972006467457642 * h4_7_hi : 0.2972006467457642 * h4_7_lo;
    const t1029 = p784 + (PHI * Math.abs(p784) + ETA);
    const hi725 = t1029;
    const t329_lo = lo725 === lo725 ? lo725 : mulPointLo(0.2972006467457642, h4_7_lo, h4_7_hi); // surrogate.ts:75
    const t329_hi = hi725 === hi725 ? hi725 : mulPointHi(0.2972006467457642, h4_7_lo, h4_7_hi); // surrogate.ts:75
    // inlined silu (examples/browser/surrogate.ts:8)
    const s375 = t328_lo - t329_hi;
    const lo726 = s375 === 0 ? s375 : s375 - (PHI * Math.abs(s375) + ETA);
    const s376 = t328_hi - t329_lo;
    const hi726 = s376 === 0 ? s376 : s376 + (PHI * Math.abs(s376) + ETA);
    let x_37_lo = lo726 === lo726 ? lo726 : subLo(t328_lo, t328_hi, t329_lo, t329_hi); // surrogate.ts:75
    let x_37_hi = hi726 === hi726 ? hi726 : subHi(t328_lo, t328_hi, t329_lo, t329_hi); // surrogate.ts:75
    let ret_37_lo = 0;
    let ret_37_hi = 0;
    const decided37 = geTri(x_37_lo, x_37_hi, 0, 0); // surrogate.ts:9
    let ret_37_lo_other = 0;
    let ret_37_hi_other = 0;
    if (decided37 === 2) {
        ret_37_lo_other = ret_37_lo;
        ret_37_hi_other = ret_37_hi;
    }
    if (decided37 !== 0) {
        const t1_37_lo = -x_37_hi; // surrogate.ts:9
        const t1_37_hi = -x_37_lo; // surrogate.ts:9
        bounds[0] = t1_37_lo;
        bounds[1] = t1_37_hi;
        expPair();
        const lo727 = bounds[0]!;
        const hi727 = bounds[1]!;
        const t2_37_lo = lo727; // surrogate.ts:9
        const t2_37_hi = hi727; // surrogate.ts:9
        const s377 = 1 + t2_37_lo;
        const lo728 = s377 === 0 ? s377 : s377 - (PHI * Math.abs(s377) + ETA);
        const s378 = 1 + t2_37_hi;
        const hi728 = s378 === 0 ? s378 : s378 + (PHI * Math.abs(s378) + ETA);
        const t3_37_lo = lo728 === lo728 ? lo728 : addLo(1, 1, t2_37_lo, t2_37_hi); // surrogate.ts:9
        const t3_37_hi = hi728 === hi728 ? hi728 : addHi(1, 1, t2_37_lo, t2_37_hi); // surrogate.ts:9
        const q297 = 1 / t3_37_lo;
        const q298 = 1 / t3_37_hi;
        const q299 = 1 / t3_37_lo;
        const q300 = 1 / t3_37_hi;
        const pmin147 = Math.min(Math.min(q297, q298), Math.min(q299, q300));
        const lo729 = pmin147 - (PHI * Math.abs(pmin147) + ETA);
        const pmax147 = Math.max(Math.max(q297, q298), Math.max(q299, q300));
        const hi729 = pmax147 + (PHI * Math.abs(pmax147) + ETA);
        const t4_37_lo = (t3_37_lo > 0 || t3_37_hi < 0) && lo729 === lo729 ? lo729 : divLo(1, 1, t3_37_lo, t3_37_hi); // surrogate.ts:9
        const t4_37_hi = (t3_37_lo > 0 || t3_37_hi < 0) && hi729 === hi729 ? hi729 : divHi(1, 1, t3_37_lo, t3_37_hi); // surrogate.ts:9
        const p785 = x_37_lo * t4_37_lo;
        const p786 = x_37_lo * t4_37_hi;
        const p787 = x_37_hi * t4_37_lo;
        const p788 = x_37_hi * t4_37_hi;
        const pmin148 = Math.min(Math.min(p785, p786), Math.min(p787, p788));
        const lo730 = pmin148 - (PHI * Math.abs(pmin148) + ETA);
        const pmax148 = Math.max(Math.max(p785, p786), Math.max(p787, p788));
        const hi730 = pmax148 + (PHI * Math.abs(pmax148) + ETA);
        const lo731 = lo730 === lo730 ? lo730 : mulLo(x_37_lo, x_37_hi, t4_37_lo, t4_37_hi);
        const hi731 = hi730 === hi730 ? hi730 : mulHi(x_37_lo, x_37_hi, t4_37_lo, t4_37_hi);
        ret_37_lo = lo731; // surrogate.ts:9
        ret_37_hi = hi731; // surrogate.ts:9
    }
    if (decided37 === 2) {
        const t1030 = ret_37_lo;
        ret_37_lo = ret_37_lo_other;
        ret_37_lo_other = t1030;
        const t1031 = ret_37_hi;
        ret_37_hi = ret_37_hi_other;
        ret_37_hi_other = t1031;
    }
    if (decided37 !== 1) {
        bounds[0] = x_37_lo;
        bounds[1] = x_37_hi;
        expPair();
        const lo732 = bounds[0]!;
        const hi732 = bounds[1]!;
        const e_36_lo = lo732; // surrogate.ts:10
        const e_36_hi = hi732; // surrogate.ts:10
        const s379 = 1 + e_36_lo;
        const lo733 = s379 === 0 ? s379 : s379 - (PHI * Math.abs(s379) + ETA);
        const s380 = 1 + e_36_hi;
        const hi733 = s380 === 0 ? s380 : s380 + (PHI * Math.abs(s380) + ETA);
        const t5_36_lo = lo733 === lo733 ? lo733 : addLo(1, 1, e_36_lo, e_36_hi); // surrogate.ts:11
        const t5_36_hi = hi733 === hi733 ? hi733 : addHi(1, 1, e_36_lo, e_36_hi); // surrogate.ts:11
        const q301 = e_36_lo / t5_36_lo;
        const q302 = e_36_lo / t5_36_hi;
        const q303 = e_36_hi / t5_36_lo;
        const q304 = e_36_hi / t5_36_hi;
        const pmin149 = Math.min(Math.min(q301, q302), Math.min(q303, q304));
        const lo734 = pmin149 - (PHI * Math.abs(pmin149) + ETA);
        const pmax149 = Math.max(Math.max(q301, q302), Math.max(q303, q304));
        const hi734 = pmax149 + (PHI * Math.abs(pmax149) + ETA);
        const t6_36_lo = (t5_36_lo > 0 || t5_36_hi < 0) && lo734 === lo734 ? lo734 : divLo(e_36_lo, e_36_hi, t5_36_lo, t5_36_hi); // surrogate.ts:11
        const t6_36_hi = (t5_36_lo > 0 || t5_36_hi < 0) && hi734 === hi734 ? hi734 : divHi(e_36_lo, e_36_hi, t5_36_lo, t5_36_hi); // surrogate.ts:11
        const p789 = x_37_lo * t6_36_lo;
        const p790 = x_37_lo * t6_36_hi;
        const p791 = x_37_hi * t6_36_lo;
        const p792 = x_37_hi * t6_36_hi;
        const pmin150 = Math.min(Math.min(p789, p790), Math.min(p791, p792));
        const lo735 = pmin150 - (PHI * Math.abs(pmin150) + ETA);
        const pmax150 = Math.max(Math.max(p789, p790), Math.max(p791, p792));
        const hi735 = pmax150 + (PHI * Math.abs(pmax150) + ETA);
        const lo736 = lo735 === lo735 ? lo735 : mulLo(x_37_lo, x_37_hi, t6_36_lo, t6_36_hi);
        const hi736 = hi735 === hi735 ? hi735 : mulHi(x_37_lo, x_37_hi, t6_36_lo, t6_36_hi);
        ret_37_lo = lo736; // surrogate.ts:11
        ret_37_hi = hi736; // surrogate.ts:11
    }
    if (decided37 === 2) {
        ret_37_lo = hullLo(ret_37_lo, ret_37_lo_other);
        ret_37_hi = hullHi(ret_37_hi, ret_37_hi_other);
    }
    const h5_4_lo = ret_37_lo; // surrogate.ts:75
    const h5_4_hi = ret_37_hi; // surrogate.ts:75
    const p793 = 0.30566478955352433 > 0 ? 0.30566478955352433 * h4_0_lo : 0.30566478955352433 * h4_0_hi;
    const t1032 = -0.005396344572226947 + (p793 - (PHI * Math.abs(p793) + ETA));
    const lo737 = t1032 - (PHI * Math.abs(t1032) + ETA);
    const p794 = 0.30566478955352433 > 0 ? 0.30566478955352433 * h4_0_hi : 0.30566478955352433 * h4_0_lo;
    const t1033 = -0.005396344572226947 + (p794 + (PHI * Math.abs(p794) + ETA));
    const hi737 = t1033 + (PHI * Math.abs(t1033) + ETA);
    const t330_lo = lo737 === lo737 ? lo737 : fmaPointLo(-0.005396344572226947, 0.30566478955352433, h4_0_lo, h4_0_hi); // surrogate.ts:76
    const t330_hi = hi737 === hi737 ? hi737 : fmaPointHi(-0.005396344572226947, 0.30566478955352433, h4_0_lo, h4_0_hi); // surrogate.ts:76
    const p795 = 0.20483211500381873 > 0 ? 0.20483211500381873 * h4_1_lo : 0.20483211500381873 * h4_1_hi;
    const t1034 = t330_lo + (p795 - (PHI * Math.abs(p795) + ETA));
    const lo738 = t1034 - (PHI * Math.abs(t1034) + ETA);
    const p796 = 0.20483211500381873 > 0 ? 0.20483211500381873 * h4_1_hi : 0.20483211500381873 * h4_1_lo;
    const t1035 = t330_hi + (p796 + (PHI * Math.abs(p796) + ETA));
    const hi738 = t1035 + (PHI * Math.abs(t1035) + ETA);
    const t331_lo = lo738 === lo738 ? lo738 : fmaPointLo(t330_lo, 0.20483211500381873, h4_1_lo, h4_1_hi); // surrogate.ts:76
    const t331_hi = hi738 === hi738 ? hi738 : fmaPointHi(t330_hi, 0.20483211500381873, h4_1_lo, h4_1_hi); // surrogate.ts:76
    const p797 = 0.13663438312579407 > 0 ? 0.13663438312579407 * h4_2_lo : 0.13663438312579407 * h4_2_hi;
    const t1036 = t331_lo + (p797 - (PHI * Math.abs(p797) + ETA));
    const lo739 = t1036 - (PHI * Math.abs(t1036) + ETA);
    const p798 = 0.13663438312579407 > 0 ? 0.13663438312579407 * h4_2_hi : 0.13663438312579407 * h4_2_lo;
    const t1037 = t331_hi + (p798 + (PHI * Math.abs(p798) + ETA));
    const hi739 = t1037 + (PHI * Math.abs(t1037) + ETA);
    const t332_lo = lo739 === lo739 ? lo739 : fmaPointLo(t331_lo, 0.13663438312579407, h4_2_lo, h4_2_hi); // surrogate.ts:76
    const t332_hi = hi739 === hi739 ? hi739 : fmaPointHi(t331_hi, 0.13663438312579407, h4_2_lo, h4_2_hi); // surrogate.ts:76
    const p799 = 0.27087044411595224 > 0 ? 0.27087044411595224 * h4_3_lo : 0.27087044411595224 * h4_3_hi;
    const t1038 = p799 - (PHI * Math.abs(p799) + ETA);
    const lo740 = t1038;
    const p800 = 0.27087044411595224 > 0 ? 0.27087044411595224 * h4_3_hi : 0.27087044411595224 * h4_3_lo;
    const t1039 = p800 + (PHI * Math.abs(p800) + ETA);
    const hi740 = t1039;
    const t333_lo = lo740 === lo740 ? lo740 : mulPointLo(0.27087044411595224, h4_3_lo, h4_3_hi); // surrogate.ts:76
    const t333_hi = hi740 === hi740 ? hi740 : mulPointHi(0.27087044411595224, h4_3_lo, h4_3_hi); // surrogate.ts:76
    const s381 = t332_lo - t333_hi;
    const lo741 = s381 === 0 ? s381 : s381 - (PHI * Math.abs(s381) + ETA);
    const s382 = t332_hi - t333_lo;
    const hi741 = s382 === 0 ? s382 : s382 + (PHI * Math.abs(s382) + ETA);
    const t334_lo = lo741 === lo741 ? lo741 : subLo(t332_lo, t332_hi, t333_lo, t333_hi); // surrogate.ts:76
    const t334_hi = hi741 === hi741 ? hi741 : subHi(t332_lo, t332_hi, t333_lo, t333_hi); // surrogate.ts:76
    const p801 = 0.2642006429059247 > 0 ? 0.2642006429059247 * h4_4_lo : 0.2642006429059247 * h4_4_hi;
    const t1040 = p801 - (PHI * Math.abs(p801) + ETA);
    const lo742 = t1040;
    const p802 = 0.2642006429059247 > 0 ? 0.2642006429059247 * h4_4_hi : 0.2642006429059247 * h4_4_lo;
    const t1041 = p802 + (PHI * Math.abs(p802) + ETA);
    const hi742 = t1041;
    const t335_lo = lo742 === lo742 ? lo742 : mulPointLo(0.2642006429059247, h4_4_lo, h4_4_hi); // surrogate.ts:76
    const t335_hi = hi742 === hi742 ? hi742 : mulPointHi(0.2642006429059247, h4_4_lo, h4_4_hi); // surrogate.ts:76
    const s383 = t334_lo - t335_hi;
    const lo743 = s383 === 0 ? s383 : s383 - (PHI * Math.abs(s383) + ETA);
    const s384 = t334_hi - t335_lo;
    const hi743 = s384 === 0 ? s384 : s384 + (PHI * Math.abs(s384) + ETA);
    const t336_lo = lo743 === lo743 ? lo743 : subLo(t334_lo, t334_hi, t335_lo, t335_hi); // surrogate.ts:76
    const t336_hi = hi743 === hi743 ? hi743 : subHi(t334_lo, t334_hi, t335_lo, t335_hi); // surrogate.ts:76
    const p803 = 0.47396806911659944 > 0 ? 0.47396806911659944 * h4_5_lo : 0.47396806911659944 * h4_5_hi;
    const t1042 = p803 - (PHI * Math.abs(p803) + ETA);
    const lo744 = t1042;
    const p804 = 0.47396806911659944 > 0 ? 0.47396806911659944 * h4_5_hi : 0.47396806911659944 * h4_5_lo;
    const t1043 = p804 + (PHI * Math.abs(p804) + ETA);
    const hi744 = t1043;
    const t337_lo = lo744 === lo744 ? lo744 : mulPointLo(0.47396806911659944, h4_5_lo, h4_5_hi); // surrogate.ts:76
    const t337_hi = hi744 === hi744 ? hi744 : mulPointHi(0.47396806911659944, h4_5_lo, h4_5_hi); // surrogate.ts:76
    const s385 = t336_lo - t337_hi;
    const lo745 = s385 === 0 ? s385 : s385 - (PHI * Math.abs(s385) + ETA);
    const s386 = t336_hi - t337_lo;
    const hi745 = s386 === 0 ? s386 : s386 + (PHI * Math.abs(s386) + ETA);
    const t338_lo = lo745 === lo745 ? lo745 : subLo(t336_lo, t336_hi, t337_lo, t337_hi); // surrogate.ts:76
    const t338_hi = hi745 === hi745 ? hi745 : subHi(t336_lo, t336_hi, t337_lo, t337_hi); // surrogate.ts:76
    const p805 = 0.16365450372758414 > 0 ? 0.16365450372758414 * h4_6_lo : 0.16365450372758414 * h4_6_hi;
    const t1044 = t338_lo + (p805 - (PHI * Math.abs(p805) + ETA));
    const lo746 = t1044 - (PHI * Math.abs(t1044) + ETA);
    const p806 = 0.16365450372758414 > 0 ? 0.16365450372758414 * h4_6_hi : 0.16365450372758414 * h4_6_lo;
    const t1045 = t338_hi + (p806 + (PHI * Math.abs(p806) + ETA));
    const hi746 = t1045 + (PHI * Math.abs(t1045) + ETA);
    const t339_lo = lo746 === lo746 ? lo746 : fmaPointLo(t338_lo, 0.16365450372758414, h4_6_lo, h4_6_hi); // surrogate.ts:76
    const t339_hi = hi746 === hi746 ? hi746 : fmaPointHi(t338_hi, 0.16365450372758414, h4_6_lo, h4_6_hi); // surrogate.ts:76
    const p807 = 0.5158220846822715 > 0 ? 0.5158220846822715 * h4_7_lo : 0.5158220846822715 * h4_7_hi;
    const t1046 = p807 - (PHI * Math.abs(p807) + ETA);
    const lo747 = t1046;
    const p808 = 0.5158220846822715 > 0 ? 0.5158220846822715 * h4_7_hi : 0.5158220846822715 * h4_7_lo;
    const t1047 = p808 + (PHI * Math.abs(p808) + ETA);
    const hi747 = t1047;
    const t340_lo = lo747 === lo747 ? lo747 : mulPointLo(0.5158220846822715, h4_7_lo, h4_7_hi); // surrogate.ts:76
    const t340_hi = hi747 === hi747 ? hi747 : mulPointHi(0.5158220846822715, h4_7_lo, h4_7_hi); // surrogate.ts:76
    // inlined silu (examples/browser/surrogate.ts:8)
    const s387 = t339_lo - t340_hi;
    const lo748 = s387 === 0 ? s387 : s387 - (PHI * Math.abs(s387) + ETA);
    const s388 = t339_hi - t340_lo;
    const hi748 = s388 === 0 ? s388 : s388 + (PHI * Math.abs(s388) + ETA);
    let x_38_lo = lo748 === lo748 ? lo748 : subLo(t339_lo, t339_hi, t340_lo, t340_hi); // surrogate.ts:76
    let x_38_hi = hi748 === hi748 ? hi748 : subHi(t339_lo, t339_hi, t340_lo, t340_hi); // surrogate.ts:76
    let ret_38_lo = 0;
    let ret_38_hi = 0;
    const decided38 = geTri(x_38_lo, x_38_hi, 0, 0); // surrogate.ts:9
    let ret_38_lo_other = 0;
    let ret_38_hi_other = 0;
    if (decided38 === 2) {
        ret_38_lo_other = ret_38_lo;
        ret_38_hi_other = ret_38_hi;
    }
    if (decided38 !== 0) {
        const t1_38_lo = -x_38_hi; // surrogate.ts:9
        const t1_38_hi = -x_38_lo; // surrogate.ts:9
        bounds[0] = t1_38_lo;
        bounds[1] = t1_38_hi;
        expPair();
        const lo749 = bounds[0]!;
        const hi749 = bounds[1]!;
        const t2_38_lo = lo749; // surrogate.ts:9
        const t2_38_hi = hi749; // surrogate.ts:9
        const s389 = 1 + t2_38_lo;
        const lo750 = s389 === 0 ? s389 : s389 - (PHI * Math.abs(s389) + ETA);
        const s390 = 1 + t2_38_hi;
        const hi750 = s390 === 0 ? s390 : s390 + (PHI * Math.abs(s390) + ETA);
        const t3_38_lo = lo750 === lo750 ? lo750 : addLo(1, 1, t2_38_lo, t2_38_hi); // surrogate.ts:9
        const t3_38_hi = hi750 === hi750 ? hi750 : addHi(1, 1, t2_38_lo, t2_38_hi); // surrogate.ts:9
        const q305 = 1 / t3_38_lo;
        const q306 = 1 / t3_38_hi;
        const q307 = 1 / t3_38_lo;
        const q308 = 1 / t3_38_hi;
        const pmin151 = Math.min(Math.min(q305, q306), Math.min(q307, q308));
        const lo751 = pmin151 - (PHI * Math.abs(pmin151) + ETA);
        const pmax151 = Math.max(Math.max(q305, q306), Math.max(q307, q308));
        const hi751 = pmax151 + (PHI * Math.abs(pmax151) + ETA);
        const t4_38_lo = (t3_38_lo > 0 || t3_38_hi < 0) && lo751 === lo751 ? lo751 : divLo(1, 1, t3_38_lo, t3_38_hi); // surrogate.ts:9
        const t4_38_hi = (t3_38_lo > 0 || t3_38_hi < 0) && hi751 === hi751 ? hi751 : divHi(1, 1, t3_38_lo, t3_38_hi); // surrogate.ts:9
        const p809 = x_38_lo * t4_38_lo;
        const p810 = x_38_lo * t4_38_hi;
        const p811 = x_38_hi * t4_38_lo;
        const p812 = x_38_hi * t4_38_hi;
        const pmin152 = Math.min(Math.min(p809, p810), Math.min(p811, p812));
        const lo752 = pmin152 - (PHI * Math.abs(pmin152) + ETA);
        const pmax152 = Math.max(Math.max(p809, p810), Math.max(p811, p812));
        const hi752 = pmax152 + (PHI * Math.abs(pmax152) + ETA);
        const lo753 = lo752 === lo752 ? lo752 : mulLo(x_38_lo, x_38_hi, t4_38_lo, t4_38_hi);
        const hi753 = hi752 === hi752 ? hi752 : mulHi(x_38_lo, x_38_hi, t4_38_lo, t4_38_hi);
        ret_38_lo = lo753; // surrogate.ts:9
        ret_38_hi = hi753; // surrogate.ts:9
    }
    if (decided38 === 2) {
        const t1048 = ret_38_lo;
        ret_38_lo = ret_38_lo_other;
        ret_38_lo_other = t1048;
        const t1049 = ret_38_hi;
        ret_38_hi = ret_38_hi_other;
        ret_38_hi_other = t1049;
    }
    if (decided38 !== 1) {
        bounds[0] = x_38_lo;
        bounds[1] = x_38_hi;
        expPair();
        const lo754 = bounds[0]!;
        const hi754 = bounds[1]!;
        const e_37_lo = lo754; // surrogate.ts:10
        const e_37_hi = hi754; // surrogate.ts:10
        const s391 = 1 + e_37_lo;
        const lo755 = s391 === 0 ? s391 : s391 - (PHI * Math.abs(s391) + ETA);
        const s392 = 1 + e_37_hi;
        const hi755 = s392 === 0 ? s392 : s392 + (PHI * Math.abs(s392) + ETA);
        const t5_37_lo = lo755 === lo755 ? lo755 : addLo(1, 1, e_37_lo, e_37_hi); // surrogate.ts:11
        const t5_37_hi = hi755 === hi755 ? hi755 : addHi(1, 1, e_37_lo, e_37_hi); // surrogate.ts:11
        const q309 = e_37_lo / t5_37_lo;
        const q310 = e_37_lo / t5_37_hi;
        const q311 = e_37_hi / t5_37_lo;
        const q312 = e_37_hi / t5_37_hi;
        const pmin153 = Math.min(Math.min(q309, q310), Math.min(q311, q312));
        const lo756 = pmin153 - (PHI * Math.abs(pmin153) + ETA);
        const pmax153 = Math.max(Math.max(q309, q310), Math.max(q311, q312));
        const hi756 = pmax153 + (PHI * Math.abs(pmax153) + ETA);
        const t6_37_lo = (t5_37_lo > 0 || t5_37_hi < 0) && lo756 === lo756 ? lo756 : divLo(e_37_lo, e_37_hi, t5_37_lo, t5_37_hi); // surrogate.ts:11
        const t6_37_hi = (t5_37_lo > 0 || t5_37_hi < 0) && hi756 === hi756 ? hi756 : divHi(e_37_lo, e_37_hi, t5_37_lo, t5_37_hi); // surrogate.ts:11
        const p813 = x_38_lo * t6_37_lo;
        const p814 = x_38_lo * t6_37_hi;
        const p815 = x_38_hi * t6_37_lo;
        const p816 = x_38_hi * t6_37_hi;
        const pmin154 = Math.min(Math.min(p813, p814), Math.min(p815, p816));
        const lo757 = pmin154 - (PHI * Math.abs(pmin154) + ETA);
        const pmax154 = Math.max(Math.max(p813, p814), Math.max(p815, p816));
        const hi757 = pmax154 + (PHI * Math.abs(pmax154) + ETA);
        const lo758 = lo757 === lo757 ? lo757 : mulLo(x_38_lo, x_38_hi, t6_37_lo, t6_37_hi);
        const hi758 = hi757 === hi757 ? hi757 : mulHi(x_38_lo, x_38_hi, t6_37_lo, t6_37_hi);
        ret_38_lo = lo758; // surrogate.ts:11
        ret_38_hi = hi758; // surrogate.ts:11
    }
    if (decided38 === 2) {
        ret_38_lo = hullLo(ret_38_lo, ret_38_lo_other);
        ret_38_hi = hullHi(ret_38_hi, ret_38_hi_other);
    }
    const h5_5_lo = ret_38_lo; // surrogate.ts:76
    const h5_5_hi = ret_38_hi; // surrogate.ts:76
    const p817 = 0.07513401185914198 > 0 ? 0.07513401185914198 * h4_0_lo : 0.07513401185914198 * h4_0_hi;
    const t1050 = -0.0514607084443913 + (p817 - (PHI * Math.abs(p817) + ETA));
    const lo759 = t1050 - (PHI * Math.abs(t1050) + ETA);
    const p818 = 0.07513401185914198 > 0 ? 0.07513401185914198 * h4_0_hi : 0.07513401185914198 * h4_0_lo;
    const t1051 = -0.0514607084443913 + (p818 + (PHI * Math.abs(p818) + ETA));
    const hi759 = t1051 + (PHI * Math.abs(t1051) + ETA);
    const t341_lo = lo759 === lo759 ? lo759 : fmaPointLo(-0.0514607084443913, 0.07513401185914198, h4_0_lo, h4_0_hi); // surrogate.ts:77
    const t341_hi = hi759 === hi759 ? hi759 : fmaPointHi(-0.0514607084443913, 0.07513401185914198, h4_0_lo, h4_0_hi); // surrogate.ts:77
    const p819 = 0.2879697343832415 > 0 ? 0.2879697343832415 * h4_1_lo : 0.2879697343832415 * h4_1_hi;
    const t1052 = t341_lo + (p819 - (PHI * Math.abs(p819) + ETA));
    const lo760 = t1052 - (PHI * Math.abs(t1052) + ETA);
    const p820 = 0.2879697343832415 > 0 ? 0.2879697343832415 * h4_1_hi : 0.2879697343832415 * h4_1_lo;
    const t1053 = t341_hi + (p820 + (PHI * Math.abs(p820) + ETA));
    const hi760 = t1053 + (PHI * Math.abs(t1053) + ETA);
    const t342_lo = lo760 === lo760 ? lo760 : fmaPointLo(t341_lo, 0.2879697343832415, h4_1_lo, h4_1_hi); // surrogate.ts:77
    const t342_hi = hi760 === hi760 ? hi760 : fmaPointHi(t341_hi, 0.2879697343832415, h4_1_lo, h4_1_hi); // surrogate.ts:77
    const p821 = 0.23686717965824816 > 0 ? 0.23686717965824816 * h4_2_lo : 0.23686717965824816 * h4_2_hi;
    const t1054 = t342_lo + (p821 - (PHI * Math.abs(p821) + ETA));
    const lo761 = t1054 - (PHI * Math.abs(t1054) + ETA);
    const p822 = 0.23686717965824816 > 0 ? 0.23686717965824816 * h4_2_hi : 0.23686717965824816 * h4_2_lo;
    const t1055 = t342_hi + (p822 + (PHI * Math.abs(p822) + ETA));
    const hi761 = t1055 + (PHI * Math.abs(t1055) + ETA);
    const t343_lo = lo761 === lo761 ? lo761 : fmaPointLo(t342_lo, 0.23686717965824816, h4_2_lo, h4_2_hi); // surrogate.ts:77
    const t343_hi = hi761 === hi761 ? hi761 : fmaPointHi(t342_hi, 0.23686717965824816, h4_2_lo, h4_2_hi); // surrogate.ts:77
    const p823 = 0.26243288161754 > 0 ? 0.26243288161754 * h4_3_lo : 0.26243288161754 * h4_3_hi;
    const t1056 = p823 - (PHI * Math.abs(p823) + ETA);
    const lo762 = t1056;
    const p824 = 0.26243288161754 > 0 ? 0.26243288161754 * h4_3_hi : 0.26243288161754 * h4_3_lo;
    const t1057 = p824 + (PHI * Math.abs(p824) + ETA);
    const hi762 = t1057;
    const t344_lo = lo762 === lo762 ? lo762 : mulPointLo(0.26243288161754, h4_3_lo, h4_3_hi); // surrogate.ts:77
    const t344_hi = hi762 === hi762 ? hi762 : mulPointHi(0.26243288161754, h4_3_lo, h4_3_hi); // surrogate.ts:77
    const s393 = t343_lo - t344_hi;
    const lo763 = s393 === 0 ? s393 : s393 - (PHI * Math.abs(s393) + ETA);
    const s394 = t343_hi - t344_lo;
    const hi763 = s394 === 0 ? s394 : s394 + (PHI * Math.abs(s394) + ETA);
    const t345_lo = lo763 === lo763 ? lo763 : subLo(t343_lo, t343_hi, t344_lo, t344_hi); // surrogate.ts:77
    const t345_hi = hi763 === hi763 ? hi763 : subHi(t343_lo, t343_hi, t344_lo, t344_hi); // surrogate.ts:77
    const p825 = 0.2462616769819881 > 0 ? 0.2462616769819881 * h4_4_lo : 0.2462616769819881 * h4_4_hi;
    const t1058 = p825 - (PHI * Math.abs(p825) + ETA);
    const lo764 = t1058;
    const p826 = 0.2462616769819881 > 0 ? 0.2462616769819881 * h4_4_hi : 0.2462616769819881 * h4_4_lo;
    const t1059 = p826 + (PHI * Math.abs(p826) + ETA);
    const hi764 = t1059;
    const t346_lo = lo764 === lo764 ? lo764 : mulPointLo(0.2462616769819881, h4_4_lo, h4_4_hi); // surrogate.ts:77
    const t346_hi = hi764 === hi764 ? hi764 : mulPointHi(0.2462616769819881, h4_4_lo, h4_4_hi); // surrogate.ts:77
    const s395 = t345_lo - t346_hi;
    const lo765 = s395 === 0 ? s395 : s395 - (PHI * Math.abs(s395) + ETA);
    const s396 = t345_hi - t346_lo;
    const hi765 = s396 === 0 ? s396 : s396 + (PHI * Math.abs(s396) + ETA);
    const t347_lo = lo765 === lo765 ? lo765 : subLo(t345_lo, t345_hi, t346_lo, t346_hi); // surrogate.ts:77
    const t347_hi = hi765 === hi765 ? hi765 : subHi(t345_lo, t345_hi, t346_lo, t346_hi); // surrogate.ts:77
    const p827 = 0.1928267620741992 > 0 ? 0.1928267620741992 * h4_5_lo : 0.1928267620741992 * h4_5_hi;
    const t1060 = p827 - (PHI * Math.abs(p827) + ETA);
    const lo766 = t1060;
    const p828 = 0.1928267620741992 > 0 ? 0.1928267620741992 * h4_5_hi : 0.1928267620741992 * h4_5_lo;
    const t1061 = p828 + (PHI * Math.abs(p828) + ETA);
    const hi766 = t1061;
    const t348_lo = lo766 === lo766 ? lo766 : mulPointLo(0.1928267620741992, h4_5_lo, h4_5_hi); // surrogate.ts:77
    const t348_hi = hi766 === hi766 ? hi766 : mulPointHi(0.1928267620741992, h4_5_lo, h4_5_hi); // surrogate.ts:77
    const s397 = t347_lo - t348_hi;
    const lo767 = s397 === 0 ? s397 : s397 - (PHI * Math.abs(s397) + ETA);
    const s398 = t347_hi - t348_lo;
    const hi767 = s398 === 0 ? s398 : s398 + (PHI * Math.abs(s398) + ETA);
    const t349_lo = lo767 === lo767 ? lo767 : subLo(t347_lo, t347_hi, t348_lo, t348_hi); // surrogate.ts:77
    const t349_hi = hi767 === hi767 ? hi767 : subHi(t347_lo, t347_hi, t348_lo, t348_hi); // surrogate.ts:77
    const p829 = 0.19498491428571982 > 0 ? 0.19498491428571982 * h4_6_lo : 0.19498491428571982 * h4_6_hi;
    const t1062 = t349_lo + (p829 - (PHI * Math.abs(p829) + ETA));
    const lo768 = t1062 - (PHI * Math.abs(t1062) + ETA);
    const p830 = 0.19498491428571982 > 0 ? 0.19498491428571982 * h4_6_hi : 0.19498491428571982 * h4_6_lo;
    const t1063 = t349_hi + (p830 + (PHI * Math.abs(p830) + ETA));
    const hi768 = t1063 + (PHI * Math.abs(t1063) + ETA);
    const t350_lo = lo768 === lo768 ? lo768 : fmaPointLo(t349_lo, 0.19498491428571982, h4_6_lo, h4_6_hi); // surrogate.ts:77
    const t350_hi = hi768 === hi768 ? hi768 : fmaPointHi(t349_hi, 0.19498491428571982, h4_6_lo, h4_6_hi); // surrogate.ts:77
    const p831 = 0.2553682782294686 > 0 ? 0.2553682782294686 * h4_7_lo : 0.2553682782294686 * h4_7_hi;
    const t1064 = p831 - (PHI * Math.abs(p831) + ETA);
    const lo769 = t1064;
    const p832 = 0.2553682782294686 > 0 ? 0.2553682782294686 * h4_7_hi : 0.2553682782294686 * h4_7_lo;
    const t1065 = p832 + (PHI * Math.abs(p832) + ETA);
    const hi769 = t1065;
    const t351_lo = lo769 === lo769 ? lo769 : mulPointLo(0.2553682782294686, h4_7_lo, h4_7_hi); // surrogate.ts:77
    const t351_hi = hi769 === hi769 ? hi769 : mulPointHi(0.2553682782294686, h4_7_lo, h4_7_hi); // surrogate.ts:77
    // inlined silu (examples/browser/surrogate.ts:8)
    const s399 = t350_lo - t351_hi;
    const lo770 = s399 === 0 ? s399 : s399 - (PHI * Math.abs(s399) + ETA);
    const s400 = t350_hi - t351_lo;
    const hi770 = s400 === 0 ? s400 : s400 + (PHI * Math.abs(s400) + ETA);
    let x_39_lo = lo770 === lo770 ? lo770 : subLo(t350_lo, t350_hi, t351_lo, t351_hi); // surrogate.ts:77
    let x_39_hi = hi770 === hi770 ? hi770 : subHi(t350_lo, t350_hi, t351_lo, t351_hi); // surrogate.ts:77
    let ret_39_lo = 0;
    let ret_39_hi = 0;
    const decided39 = geTri(x_39_lo, x_39_hi, 0, 0); // surrogate.ts:9
    let ret_39_lo_other = 0;
    let ret_39_hi_other = 0;
    if (decided39 === 2) {
        ret_39_lo_other = ret_39_lo;
        ret_39_hi_other = ret_39_hi;
    }
    if (decided39 !== 0) {
        const t1_39_lo = -x_39_hi; // surrogate.ts:9
        const t1_39_hi = -x_39_lo; // surrogate.ts:9
        bounds[0] = t1_39_lo;
        bounds[1] = t1_39_hi;
        expPair();
        const lo771 = bounds[0]!;
        const hi771 = bounds[1]!;
        const t2_39_lo = lo771; // surrogate.ts:9
        const t2_39_hi = hi771; // surrogate.ts:9
        const s401 = 1 + t2_39_lo;
        const lo772 = s401 === 0 ? s401 : s401 - (PHI * Math.abs(s401) + ETA);
        const s402 = 1 + t2_39_hi;
        const hi772 = s402 === 0 ? s402 : s402 + (PHI * Math.abs(s402) + ETA);
        const t3_39_lo = lo772 === lo772 ? lo772 : addLo(1, 1, t2_39_lo, t2_39_hi); // surrogate.ts:9
        const t3_39_hi = hi772 === hi772 ? hi772 : addHi(1, 1, t2_39_lo, t2_39_hi); // surrogate.ts:9
        const q313 = 1 / t3_39_lo;
        const q314 = 1 / t3_39_hi;
        const q315 = 1 / t3_39_lo;
        const q316 = 1 / t3_39_hi;
        const pmin155 = Math.min(Math.min(q313, q314), Math.min(q315, q316));
        const lo773 = pmin155 - (PHI * Math.abs(pmin155) + ETA);
        const pmax155 = Math.max(Math.max(q313, q314), Math.max(q315, q316));
        const hi773 = pmax155 + (PHI * Math.abs(pmax155) + ETA);
        const t4_39_lo = (t3_39_lo > 0 || t3_39_hi < 0) && lo773 === lo773 ? lo773 : divLo(1, 1, t3_39_lo, t3_39_hi); // surrogate.ts:9
        const t4_39_hi = (t3_39_lo > 0 || t3_39_hi < 0) && hi773 === hi773 ? hi773 : divHi(1, 1, t3_39_lo, t3_39_hi); // surrogate.ts:9
        const p833 = x_39_lo * t4_39_lo;
        const p834 = x_39_lo * t4_39_hi;
        const p835 = x_39_hi * t4_39_lo;
        const p836 = x_39_hi * t4_39_hi;
        const pmin156 = Math.min(Math.min(p833, p834), Math.min(p835, p836));
        const lo774 = pmin156 - (PHI * Math.abs(pmin156) + ETA);
        const pmax156 = Math.max(Math.max(p833, p834), Math.max(p835, p836));
        const hi774 = pmax156 + (PHI * Math.abs(pmax156) + ETA);
        const lo775 = lo774 === lo774 ? lo774 : mulLo(x_39_lo, x_39_hi, t4_39_lo, t4_39_hi);
        const hi775 = hi774 === hi774 ? hi774 : mulHi(x_39_lo, x_39_hi, t4_39_lo, t4_39_hi);
        ret_39_lo = lo775; // surrogate.ts:9
        ret_39_hi = hi775; // surrogate.ts:9
    }
    if (decided39 === 2) {
        const t1066 = ret_39_lo;
        ret_39_lo = ret_39_lo_other;
        ret_39_lo_other = t1066;
        const t1067 = ret_39_hi;
        ret_39_hi = ret_39_hi_other;
        ret_39_hi_other = t1067;
    }
    if (decided39 !== 1) {
        bounds[0] = x_39_lo;
        bounds[1] = x_39_hi;
        expPair();
        const lo776 = bounds[0]!;
        const hi776 = bounds[1]!;
        const e_38_lo = lo776; // surrogate.ts:10
        const e_38_hi = hi776; // surrogate.ts:10
        const s403 = 1 + e_38_lo;
        const lo777 = s403 === 0 ? s403 : s403 - (PHI * Math.abs(s403) + ETA);
        const s404 = 1 + e_38_hi;
        const hi777 = s404 === 0 ? s404 : s404 + (PHI * Math.abs(s404) + ETA);
        const t5_38_lo = lo777 === lo777 ? lo777 : addLo(1, 1, e_38_lo, e_38_hi); // surrogate.ts:11
        const t5_38_hi = hi777 === hi777 ? hi777 : addHi(1, 1, e_38_lo, e_38_hi); // surrogate.ts:11
        const q317 = e_38_lo / t5_38_lo;
        const q318 = e_38_lo / t5_38_hi;
        const q319 = e_38_hi / t5_38_lo;
        const q320 = e_38_hi / t5_38_hi;
        const pmin157 = Math.min(Math.min(q317, q318), Math.min(q319, q320));
        const lo778 = pmin157 - (PHI * Math.abs(pmin157) + ETA);
        const pmax157 = Math.max(Math.max(q317, q318), Math.max(q319, q320));
        const hi778 = pmax157 + (PHI * Math.abs(pmax157) + ETA);
        const t6_38_lo = (t5_38_lo > 0 || t5_38_hi < 0) && lo778 === lo778 ? lo778 : divLo(e_38_lo, e_38_hi, t5_38_lo, t5_38_hi); // surrogate.ts:11
        const t6_38_hi = (t5_38_lo > 0 || t5_38_hi < 0) && hi778 === hi778 ? hi778 : divHi(e_38_lo, e_38_hi, t5_38_lo, t5_38_hi); // surrogate.ts:11
        const p837 = x_39_lo * t6_38_lo;
        const p838 = x_39_lo * t6_38_hi;
        const p839 = x_39_hi * t6_38_lo;
        const p840 = x_39_hi * t6_38_hi;
        const pmin158 = Math.min(Math.min(p837, p838), Math.min(p839, p840));
        const lo779 = pmin158 - (PHI * Math.abs(pmin158) + ETA);
        const pmax158 = Math.max(Math.max(p837, p838), Math.max(p839, p840));
        const hi779 = pmax158 + (PHI * Math.abs(pmax158) + ETA);
        const lo780 = lo779 === lo779 ? lo779 : mulLo(x_39_lo, x_39_hi, t6_38_lo, t6_38_hi);
        const hi780 = hi779 === hi779 ? hi779 : mulHi(x_39_lo, x_39_hi, t6_38_lo, t6_38_hi);
        ret_39_lo = lo780; // surrogate.ts:11
        ret_39_hi = hi780; // surrogate.ts:11
    }
    if (decided39 === 2) {
        ret_39_lo = hullLo(ret_39_lo, ret_39_lo_other);
        ret_39_hi = hullHi(ret_39_hi, ret_39_hi_other);
    }
    const h5_6_lo = ret_39_lo; // surrogate.ts:77
    const h5_6_hi = ret_39_hi; // surrogate.ts:77
    const p841 = 0.2625776233690217 > 0 ? 0.2625776233690217 * h4_0_lo : 0.2625776233690217 * h4_0_hi;
    const t1068 = -0.03058703951314057 + (p841 - (PHI * Math.abs(p841) + ETA));
    const lo781 = t1068 - (PHI * Math.abs(t1068) + ETA);
    const p842 = 0.2625776233690217 > 0 ? 0.2625776233690217 * h4_0_hi : 0.2625776233690217 * h4_0_lo;
    const t1069 = -0.03058703951314057 + (p842 + (PHI * Math.abs(p842) + ETA));
    const hi781 = t1069 + (PHI * Math.abs(t1069) + ETA);
    const t352_lo = lo781 === lo781 ? lo781 : fmaPointLo(-0.03058703951314057, 0.2625776233690217, h4_0_lo, h4_0_hi); // surrogate.ts:78
    const t352_hi = hi781 === hi781 ? hi781 : fmaPointHi(-0.03058703951314057, 0.2625776233690217, h4_0_lo, h4_0_hi); // surrogate.ts:78
    const p843 = 0.19209671918650223 > 0 ? 0.19209671918650223 * h4_1_lo : 0.19209671918650223 * h4_1_hi;
    const t1070 = t352_lo + (p843 - (PHI * Math.abs(p843) + ETA));
    const lo782 = t1070 - (PHI * Math.abs(t1070) + ETA);
    const p844 = 0.19209671918650223 > 0 ? 0.19209671918650223 * h4_1_hi : 0.19209671918650223 * h4_1_lo;
    const t1071 = t352_hi + (p844 + (PHI * Math.abs(p844) + ETA));
    const hi782 = t1071 + (PHI * Math.abs(t1071) + ETA);
    const t353_lo = lo782 === lo782 ? lo782 : fmaPointLo(t352_lo, 0.19209671918650223, h4_1_lo, h4_1_hi); // surrogate.ts:78
    const t353_hi = hi782 === hi782 ? hi782 : fmaPointHi(t352_hi, 0.19209671918650223, h4_1_lo, h4_1_hi); // surrogate.ts:78
    const p845 = 0.07625443956686044 > 0 ? 0.07625443956686044 * h4_2_lo : 0.07625443956686044 * h4_2_hi;
    const t1072 = t353_lo + (p845 - (PHI * Math.abs(p845) + ETA));
    const lo783 = t1072 - (PHI * Math.abs(t1072) + ETA);
    const p846 = 0.07625443956686044 > 0 ? 0.07625443956686044 * h4_2_hi : 0.07625443956686044 * h4_2_lo;
    const t1073 = t353_hi + (p846 + (PHI * Math.abs(p846) + ETA));
    const hi783 = t1073 + (PHI * Math.abs(t1073) + ETA);
    const t354_lo = lo783 === lo783 ? lo783 : fmaPointLo(t353_lo, 0.07625443956686044, h4_2_lo, h4_2_hi); // surrogate.ts:78
    const t354_hi = hi783 === hi783 ? hi783 : fmaPointHi(t353_hi, 0.07625443956686044, h4_2_lo, h4_2_hi); // surrogate.ts:78
    const p847 = 0.22429309698183997 > 0 ? 0.22429309698183997 * h4_3_lo : 0.22429309698183997 * h4_3_hi;
    const t1074 = p847 - (PHI * Math.abs(p847) + ETA);
    const lo784 = t1074;
    const p848 = 0.22429309698183997 > 0 ? 0.22429309698183997 * h4_3_hi : 0.22429309698183997 * h4_3_lo;
    const t1075 = p848 + (PHI * Math.abs(p848) + ETA);
    const hi784 = t1075;
    const t355_lo = lo784 === lo784 ? lo784 : mulPointLo(0.22429309698183997, h4_3_lo, h4_3_hi); // surrogate.ts:78
    const t355_hi = hi784 === hi784 ? hi784 : mulPointHi(0.22429309698183997, h4_3_lo, h4_3_hi); // surrogate.ts:78
    const s405 = t354_lo - t355_hi;
    const lo785 = s405 === 0 ? s405 : s405 - (PHI * Math.abs(s405) + ETA);
    const s406 = t354_hi - t355_lo;
    const hi785 = s406 === 0 ? s406 : s406 + (PHI * Math.abs(s406) + ETA);
    const t356_lo = lo785 === lo785 ? lo785 : subLo(t354_lo, t354_hi, t355_lo, t355_hi); // surrogate.ts:78
    const t356_hi = hi785 === hi785 ? hi785 : subHi(t354_lo, t354_hi, t355_lo, t355_hi); // surrogate.ts:78
    const p849 = 0.3277128123330349 > 0 ? 0.3277128123330349 * h4_4_lo : 0.3277128123330349 * h4_4_hi;
    const t1076 = p849 - (PHI * Math.abs(p849) + ETA);
    const lo786 = t1076;
    const p850 = 0.3277128123330349 > 0 ? 0.3277128123330349 * h4_4_hi : 0.3277128123330349 * h4_4_lo;
    const t1077 = p850 + (PHI * Math.abs(p850) + ETA);
    const hi786 = t1077;
    const t357_lo = lo786 === lo786 ? lo786 : mulPointLo(0.3277128123330349, h4_4_lo, h4_4_hi); // surrogate.ts:78
    const t357_hi = hi786 === hi786 ? hi786 : mulPointHi(0.3277128123330349, h4_4_lo, h4_4_hi); // surrogate.ts:78
    const s407 = t356_lo - t357_hi;
    const lo787 = s407 === 0 ? s407 : s407 - (PHI * Math.abs(s407) + ETA);
    const s408 = t356_hi - t357_lo;
    const hi787 = s408 === 0 ? s408 : s408 + (PHI * Math.abs(s408) + ETA);
    const t358_lo = lo787 === lo787 ? lo787 : subLo(t356_lo, t356_hi, t357_lo, t357_hi); // surrogate.ts:78
    const t358_hi = hi787 === hi787 ? hi787 : subHi(t356_lo, t356_hi, t357_lo, t357_hi); // surrogate.ts:78
    const p851 = 0.3900295248805468 > 0 ? 0.3900295248805468 * h4_5_lo : 0.3900295248805468 * h4_5_hi;
    const t1078 = p851 - (PHI * Math.abs(p851) + ETA);
    const lo788 = t1078;
    const p852 = 0.3900295248805468 > 0 ? 0.3900295248805468 * h4_5_hi : 0.3900295248805468 * h4_5_lo;
    const t1079 = p852 + (PHI * Math.abs(p852) + ETA);
    const hi788 = t1079;
    const t359_lo = lo788 === lo788 ? lo788 : mulPointLo(0.3900295248805468, h4_5_lo, h4_5_hi); // surrogate.ts:78
    const t359_hi = hi788 === hi788 ? hi788 : mulPointHi(0.3900295248805468, h4_5_lo, h4_5_hi); // surrogate.ts:78
    const s409 = t358_lo - t359_hi;
    const lo789 = s409 === 0 ? s409 : s409 - (PHI * Math.abs(s409) + ETA);
    const s410 = t358_hi - t359_lo;
    const hi789 = s410 === 0 ? s410 : s410 + (PHI * Math.abs(s410) + ETA);
    const t360_lo = lo789 === lo789 ? lo789 : subLo(t358_lo, t358_hi, t359_lo, t359_hi); // surrogate.ts:78
    const t360_hi = hi789 === hi789 ? hi789 : subHi(t358_lo, t358_hi, t359_lo, t359_hi); // surrogate.ts:78
    const p853 = 0.19196075581551378 > 0 ? 0.19196075581551378 * h4_6_lo : 0.19196075581551378 * h4_6_hi;
    const t1080 = t360_lo + (p853 - (PHI * Math.abs(p853) + ETA));
    const lo790 = t1080 - (PHI * Math.abs(t1080) + ETA);
    const p854 = 0.19196075581551378 > 0 ? 0.19196075581551378 * h4_6_hi : 0.19196075581551378 * h4_6_lo;
    const t1081 = t360_hi + (p854 + (PHI * Math.abs(p854) + ETA));
    const hi790 = t1081 + (PHI * Math.abs(t1081) + ETA);
    const t361_lo = lo790 === lo790 ? lo790 : fmaPointLo(t360_lo, 0.19196075581551378, h4_6_lo, h4_6_hi); // surrogate.ts:78
    const t361_hi = hi790 === hi790 ? hi790 : fmaPointHi(t360_hi, 0.19196075581551378, h4_6_lo, h4_6_hi); // surrogate.ts:78
    const p855 = 0.5361968282860233 > 0 ? 0.5361968282860233 * h4_7_lo : 0.5361968282860233 * h4_7_hi;
    const t1082 = p855 - (PHI * Math.abs(p855) + ETA);
    const lo791 = t1082;
    const p856 = 0.5361968282860233 > 0 ? 0.5361968282860233 * h4_7_hi : 0.5361968282860233 * h4_7_lo;
    const t1083 = p856 + (PHI * Math.abs(p856) + ETA);
    const hi791 = t1083;
    const t362_lo = lo791 === lo791 ? lo791 : mulPointLo(0.5361968282860233, h4_7_lo, h4_7_hi); // surrogate.ts:78
    const t362_hi = hi791 === hi791 ? hi791 : mulPointHi(0.5361968282860233, h4_7_lo, h4_7_hi); // surrogate.ts:78
    // inlined silu (examples/browser/surrogate.ts:8)
    const s411 = t361_lo - t362_hi;
    const lo792 = s411 === 0 ? s411 : s411 - (PHI * Math.abs(s411) + ETA);
    const s412 = t361_hi - t362_lo;
    const hi792 = s412 === 0 ? s412 : s412 + (PHI * Math.abs(s412) + ETA);
    let x_40_lo = lo792 === lo792 ? lo792 : subLo(t361_lo, t361_hi, t362_lo, t362_hi); // surrogate.ts:78
    let x_40_hi = hi792 === hi792 ? hi792 : subHi(t361_lo, t361_hi, t362_lo, t362_hi); // surrogate.ts:78
    let ret_40_lo = 0;
    let ret_40_hi = 0;
    const decided40 = geTri(x_40_lo, x_40_hi, 0, 0); // surrogate.ts:9
    let ret_40_lo_other = 0;
    let ret_40_hi_other = 0;
    if (decided40 === 2) {
        ret_40_lo_other = ret_40_lo;
        ret_40_hi_other = ret_40_hi;
    }
    if (decided40 !== 0) {
        const t1_40_lo = -x_40_hi; // surrogate.ts:9
        const t1_40_hi = -x_40_lo; // surrogate.ts:9
        bounds[0] = t1_40_lo;
        bounds[1] = t1_40_hi;
        expPair();
        const lo793 = bounds[0]!;
        const hi793 = bounds[1]!;
        const t2_40_lo = lo793; // surrogate.ts:9
        const t2_40_hi = hi793; // surrogate.ts:9
        const s413 = 1 + t2_40_lo;
        const lo794 = s413 === 0 ? s413 : s413 - (PHI * Math.abs(s413) + ETA);
        const s414 = 1 + t2_40_hi;
        const hi794 = s414 === 0 ? s414 : s414 + (PHI * Math.abs(s414) + ETA);
        const t3_40_lo = lo794 === lo794 ? lo794 : addLo(1, 1, t2_40_lo, t2_40_hi); // surrogate.ts:9
        const t3_40_hi = hi794 === hi794 ? hi794 : addHi(1, 1, t2_40_lo, t2_40_hi); // surrogate.ts:9
        const q321 = 1 / t3_40_lo;
        const q322 = 1 / t3_40_hi;
        const q323 = 1 / t3_40_lo;
        const q324 = 1 / t3_40_hi;
        const pmin159 = Math.min(Math.min(q321, q322), Math.min(q323, q324));
        const lo795 = pmin159 - (PHI * Math.abs(pmin159) + ETA);
        const pmax159 = Math.max(Math.max(q321, q322), Math.max(q323, q324));
        const hi795 = pmax159 + (PHI * Math.abs(pmax159) + ETA);
        const t4_40_lo = (t3_40_lo > 0 || t3_40_hi < 0) && lo795 === lo795 ? lo795 : divLo(1, 1, t3_40_lo, t3_40_hi); // surrogate.ts:9
        const t4_40_hi = (t3_40_lo > 0 || t3_40_hi < 0) && hi795 === hi795 ? hi795 : divHi(1, 1, t3_40_lo, t3_40_hi); // surrogate.ts:9
        const p857 = x_40_lo * t4_40_lo;
        const p858 = x_40_lo * t4_40_hi;
        const p859 = x_40_hi * t4_40_lo;
        const p860 = x_40_hi * t4_40_hi;
        const pmin160 = Math.min(Math.min(p857, p858), Math.min(p859, p860));
        const lo796 = pmin160 - (PHI * Math.abs(pmin160) + ETA);
        const pmax160 = Math.max(Math.max(p857, p858), Math.max(p859, p860));
        const hi796 = pmax160 + (PHI * Math.abs(pmax160) + ETA);
        const lo797 = lo796 === lo796 ? lo796 : mulLo(x_40_lo, x_40_hi, t4_40_lo, t4_40_hi);
        const hi797 = hi796 === hi796 ? hi796 : mulHi(x_40_lo, x_40_hi, t4_40_lo, t4_40_hi);
        ret_40_lo = lo797; // surrogate.ts:9
        ret_40_hi = hi797; // surrogate.ts:9
    }
    if (decided40 === 2) {
        const t1084 = ret_40_lo;
        ret_40_lo = ret_40_lo_other;
        ret_40_lo_other = t1084;
        const t1085 = ret_40_hi;
        ret_40_hi = ret_40_hi_other;
        ret_40_hi_other = t1085;
    }
    if (decided40 !== 1) {
        bounds[0] = x_40_lo;
        bounds[1] = x_40_hi;
        expPair();
        const lo798 = bounds[0]!;
        const hi798 = bounds[1]!;
        const e_39_lo = lo798; // surrogate.ts:10
        const e_39_hi = hi798; // surrogate.ts:10
        const s415 = 1 + e_39_lo;
        const lo799 = s415 === 0 ? s415 : s415 - (PHI * Math.abs(s415) + ETA);
        const s416 = 1 + e_39_hi;
        const hi799 = s416 === 0 ? s416 : s416 + (PHI * Math.abs(s416) + ETA);
        const t5_39_lo = lo799 === lo799 ? lo799 : addLo(1, 1, e_39_lo, e_39_hi); // surrogate.ts:11
        const t5_39_hi = hi799 === hi799 ? hi799 : addHi(1, 1, e_39_lo, e_39_hi); // surrogate.ts:11
        const q325 = e_39_lo / t5_39_lo;
        const q326 = e_39_lo / t5_39_hi;
        const q327 = e_39_hi / t5_39_lo;
        const q328 = e_39_hi / t5_39_hi;
        const pmin161 = Math.min(Math.min(q325, q326), Math.min(q327, q328));
        const lo800 = pmin161 - (PHI * Math.abs(pmin161) + ETA);
        const pmax161 = Math.max(Math.max(q325, q326), Math.max(q327, q328));
        const hi800 = pmax161 + (PHI * Math.abs(pmax161) + ETA);
        const t6_39_lo = (t5_39_lo > 0 || t5_39_hi < 0) && lo800 === lo800 ? lo800 : divLo(e_39_lo, e_39_hi, t5_39_lo, t5_39_hi); // surrogate.ts:11
        const t6_39_hi = (t5_39_lo > 0 || t5_39_hi < 0) && hi800 === hi800 ? hi800 : divHi(e_39_lo, e_39_hi, t5_39_lo, t5_39_hi); // surrogate.ts:11
        const p861 = x_40_lo * t6_39_lo;
        const p862 = x_40_lo * t6_39_hi;
        const p863 = x_40_hi * t6_39_lo;
        const p864 = x_40_hi * t6_39_hi;
        const pmin162 = Math.min(Math.min(p861, p862), Math.min(p863, p864));
        const lo801 = pmin162 - (PHI * Math.abs(pmin162) + ETA);
        const pmax162 = Math.max(Math.max(p861, p862), Math.max(p863, p864));
        const hi801 = pmax162 + (PHI * Math.abs(pmax162) + ETA);
        const lo802 = lo801 === lo801 ? lo801 : mulLo(x_40_lo, x_40_hi, t6_39_lo, t6_39_hi);
        const hi802 = hi801 === hi801 ? hi801 : mulHi(x_40_lo, x_40_hi, t6_39_lo, t6_39_hi);
        ret_40_lo = lo802; // surrogate.ts:11
        ret_40_hi = hi802; // surrogate.ts:11
    }
    if (decided40 === 2) {
        ret_40_lo = hullLo(ret_40_lo, ret_40_lo_other);
        ret_40_hi = hullHi(ret_40_hi, ret_40_hi_other);
    }
    const h5_7_lo = ret_40_lo; // surrogate.ts:78
    const h5_7_hi = ret_40_hi; // surrogate.ts:78
    const p865 = 0.28030349314854947 > 0 ? 0.28030349314854947 * h5_0_lo : 0.28030349314854947 * h5_0_hi;
    const t1086 = p865 - (PHI * Math.abs(p865) + ETA);
    const lo803 = t1086;
    const p866 = 0.28030349314854947 > 0 ? 0.28030349314854947 * h5_0_hi : 0.28030349314854947 * h5_0_lo;
    const t1087 = p866 + (PHI * Math.abs(p866) + ETA);
    const hi803 = t1087;
    const t363_lo = lo803 === lo803 ? lo803 : mulPointLo(0.28030349314854947, h5_0_lo, h5_0_hi); // surrogate.ts:81
    const t363_hi = hi803 === hi803 ? hi803 : mulPointHi(0.28030349314854947, h5_0_lo, h5_0_hi); // surrogate.ts:81
    const s417 = 0.0378962251138964 - t363_hi;
    const lo804 = s417 === 0 ? s417 : s417 - (PHI * Math.abs(s417) + ETA);
    const s418 = 0.0378962251138964 - t363_lo;
    const hi804 = s418 === 0 ? s418 : s418 + (PHI * Math.abs(s418) + ETA);
    const t364_lo = lo804 === lo804 ? lo804 : subLo(0.0378962251138964, 0.0378962251138964, t363_lo, t363_hi); // surrogate.ts:81
    const t364_hi = hi804 === hi804 ? hi804 : subHi(0.0378962251138964, 0.0378962251138964, t363_lo, t363_hi); // surrogate.ts:81
    const p867 = 0.22111944154586025 > 0 ? 0.22111944154586025 * h5_1_lo : 0.22111944154586025 * h5_1_hi;
    const t1088 = p867 - (PHI * Math.abs(p867) + ETA);
    const lo805 = t1088;
    const p868 = 0.22111944154586025 > 0 ? 0.22111944154586025 * h5_1_hi : 0.22111944154586025 * h5_1_lo;
    const t1089 = p868 + (PHI * Math.abs(p868) + ETA);
    const hi805 = t1089;
    const t365_lo = lo805 === lo805 ? lo805 : mulPointLo(0.22111944154586025, h5_1_lo, h5_1_hi); // surrogate.ts:81
    const t365_hi = hi805 === hi805 ? hi805 : mulPointHi(0.22111944154586025, h5_1_lo, h5_1_hi); // surrogate.ts:81
    const s419 = t364_lo - t365_hi;
    const lo806 = s419 === 0 ? s419 : s419 - (PHI * Math.abs(s419) + ETA);
    const s420 = t364_hi - t365_lo;
    const hi806 = s420 === 0 ? s420 : s420 + (PHI * Math.abs(s420) + ETA);
    const t366_lo = lo806 === lo806 ? lo806 : subLo(t364_lo, t364_hi, t365_lo, t365_hi); // surrogate.ts:81
    const t366_hi = hi806 === hi806 ? hi806 : subHi(t364_lo, t364_hi, t365_lo, t365_hi); // surrogate.ts:81
    const p869 = 0.3373733703852832 > 0 ? 0.3373733703852832 * h5_2_lo : 0.3373733703852832 * h5_2_hi;
    const t1090 = p869 - (PHI * Math.abs(p869) + ETA);
    const lo807 = t1090;
    const p870 = 0.3373733703852832 > 0 ? 0.3373733703852832 * h5_2_hi : 0.3373733703852832 * h5_2_lo;
    const t1091 = p870 + (PHI * Math.abs(p870) + ETA);
    const hi807 = t1091;
    const t367_lo = lo807 === lo807 ? lo807 : mulPointLo(0.3373733703852832, h5_2_lo, h5_2_hi); // surrogate.ts:81
    const t367_hi = hi807 === hi807 ? hi807 : mulPointHi(0.3373733703852832, h5_2_lo, h5_2_hi); // surrogate.ts:81
    const s421 = t366_lo - t367_hi;
    const lo808 = s421 === 0 ? s421 : s421 - (PHI * Math.abs(s421) + ETA);
    const s422 = t366_hi - t367_lo;
    const hi808 = s422 === 0 ? s422 : s422 + (PHI * Math.abs(s422) + ETA);
    const t368_lo = lo808 === lo808 ? lo808 : subLo(t366_lo, t366_hi, t367_lo, t367_hi); // surrogate.ts:81
    const t368_hi = hi808 === hi808 ? hi808 : subHi(t366_lo, t366_hi, t367_lo, t367_hi); // surrogate.ts:81
    const p871 = 0.01635851351163935 > 0 ? 0.01635851351163935 * h5_3_lo : 0.01635851351163935 * h5_3_hi;
    const t1092 = t368_lo + (p871 - (PHI * Math.abs(p871) + ETA));
    const lo809 = t1092 - (PHI * Math.abs(t1092) + ETA);
    const p872 = 0.01635851351163935 > 0 ? 0.01635851351163935 * h5_3_hi : 0.01635851351163935 * h5_3_lo;
    const t1093 = t368_hi + (p872 + (PHI * Math.abs(p872) + ETA));
    const hi809 = t1093 + (PHI * Math.abs(t1093) + ETA);
    const t369_lo = lo809 === lo809 ? lo809 : fmaPointLo(t368_lo, 0.01635851351163935, h5_3_lo, h5_3_hi); // surrogate.ts:81
    const t369_hi = hi809 === hi809 ? hi809 : fmaPointHi(t368_hi, 0.01635851351163935, h5_3_lo, h5_3_hi); // surrogate.ts:81
    const p873 = 0.12564190768951075 > 0 ? 0.12564190768951075 * h5_4_lo : 0.12564190768951075 * h5_4_hi;
    const t1094 = p873 - (PHI * Math.abs(p873) + ETA);
    const lo810 = t1094;
    const p874 = 0.12564190768951075 > 0 ? 0.12564190768951075 * h5_4_hi : 0.12564190768951075 * h5_4_lo;
    const t1095 = p874 + (PHI * Math.abs(p874) + ETA);
    const hi810 = t1095;
    const t370_lo = lo810 === lo810 ? lo810 : mulPointLo(0.12564190768951075, h5_4_lo, h5_4_hi); // surrogate.ts:81
    const t370_hi = hi810 === hi810 ? hi810 : mulPointHi(0.12564190768951075, h5_4_lo, h5_4_hi); // surrogate.ts:81
    const s423 = t369_lo - t370_hi;
    const lo811 = s423 === 0 ? s423 : s423 - (PHI * Math.abs(s423) + ETA);
    const s424 = t369_hi - t370_lo;
    const hi811 = s424 === 0 ? s424 : s424 + (PHI * Math.abs(s424) + ETA);
    const t371_lo = lo811 === lo811 ? lo811 : subLo(t369_lo, t369_hi, t370_lo, t370_hi); // surrogate.ts:81
    const t371_hi = hi811 === hi811 ? hi811 : subHi(t369_lo, t369_hi, t370_lo, t370_hi); // surrogate.ts:81
    const p875 = 0.2061656628833311 > 0 ? 0.2061656628833311 * h5_5_lo : 0.2061656628833311 * h5_5_hi;
    const t1096 = p875 - (PHI * Math.abs(p875) + ETA);
    const lo812 = t1096;
    const p876 = 0.2061656628833311 > 0 ? 0.2061656628833311 * h5_5_hi : 0.2061656628833311 * h5_5_lo;
    const t1097 = p876 + (PHI * Math.abs(p876) + ETA);
    const hi812 = t1097;
    const t372_lo = lo812 === lo812 ? lo812 : mulPointLo(0.2061656628833311, h5_5_lo, h5_5_hi); // surrogate.ts:81
    const t372_hi = hi812 === hi812 ? hi812 : mulPointHi(0.2061656628833311, h5_5_lo, h5_5_hi); // surrogate.ts:81
    const s425 = t371_lo - t372_hi;
    const lo813 = s425 === 0 ? s425 : s425 - (PHI * Math.abs(s425) + ETA);
    const s426 = t371_hi - t372_lo;
    const hi813 = s426 === 0 ? s426 : s426 + (PHI * Math.abs(s426) + ETA);
    const t373_lo = lo813 === lo813 ? lo813 : subLo(t371_lo, t371_hi, t372_lo, t372_hi); // surrogate.ts:81
    const t373_hi = hi813 === hi813 ? hi813 : subHi(t371_lo, t371_hi, t372_lo, t372_hi); // surrogate.ts:81
    const p877 = 0.11262401190577447 > 0 ? 0.11262401190577447 * h5_6_lo : 0.11262401190577447 * h5_6_hi;
    const t1098 = p877 - (PHI * Math.abs(p877) + ETA);
    const lo814 = t1098;
    const p878 = 0.11262401190577447 > 0 ? 0.11262401190577447 * h5_6_hi : 0.11262401190577447 * h5_6_lo;
    const t1099 = p878 + (PHI * Math.abs(p878) + ETA);
    const hi814 = t1099;
    const t374_lo = lo814 === lo814 ? lo814 : mulPointLo(0.11262401190577447, h5_6_lo, h5_6_hi); // surrogate.ts:81
    const t374_hi = hi814 === hi814 ? hi814 : mulPointHi(0.11262401190577447, h5_6_lo, h5_6_hi); // surrogate.ts:81
    const s427 = t373_lo - t374_hi;
    const lo815 = s427 === 0 ? s427 : s427 - (PHI * Math.abs(s427) + ETA);
    const s428 = t373_hi - t374_lo;
    const hi815 = s428 === 0 ? s428 : s428 + (PHI * Math.abs(s428) + ETA);
    const t375_lo = lo815 === lo815 ? lo815 : subLo(t373_lo, t373_hi, t374_lo, t374_hi); // surrogate.ts:81
    const t375_hi = hi815 === hi815 ? hi815 : subHi(t373_lo, t373_hi, t374_lo, t374_hi); // surrogate.ts:81
    const p879 = 0.17867389432376435 > 0 ? 0.17867389432376435 * h5_7_lo : 0.17867389432376435 * h5_7_hi;
    const t1100 = p879 - (PHI * Math.abs(p879) + ETA);
    const lo816 = t1100;
    const p880 = 0.17867389432376435 > 0 ? 0.17867389432376435 * h5_7_hi : 0.17867389432376435 * h5_7_lo;
    const t1101 = p880 + (PHI * Math.abs(p880) + ETA);
    const hi816 = t1101;
    const t376_lo = lo816 === lo816 ? lo816 : mulPointLo(0.17867389432376435, h5_7_lo, h5_7_hi); // surrogate.ts:81
    const t376_hi = hi816 === hi816 ? hi816 : mulPointHi(0.17867389432376435, h5_7_lo, h5_7_hi); // surrogate.ts:81
    // inlined silu (examples/browser/surrogate.ts:8)
    const s429 = t375_lo - t376_hi;
    const lo817 = s429 === 0 ? s429 : s429 - (PHI * Math.abs(s429) + ETA);
    const s430 = t375_hi - t376_lo;
    const hi817 = s430 === 0 ? s430 : s430 + (PHI * Math.abs(s430) + ETA);
    let x_41_lo = lo817 === lo817 ? lo817 : subLo(t375_lo, t375_hi, t376_lo, t376_hi); // surrogate.ts:81
    let x_41_hi = hi817 === hi817 ? hi817 : subHi(t375_lo, t375_hi, t376_lo, t376_hi); // surrogate.ts:81
    let ret_41_lo = 0;
    let ret_41_hi = 0;
    const decided41 = geTri(x_41_lo, x_41_hi, 0, 0); // surrogate.ts:9
    let ret_41_lo_other = 0;
    let ret_41_hi_other = 0;
    if (decided41 === 2) {
        ret_41_lo_other = ret_41_lo;
        ret_41_hi_other = ret_41_hi;
    }
    if (decided41 !== 0) {
        const t1_41_lo = -x_41_hi; // surrogate.ts:9
        const t1_41_hi = -x_41_lo; // surrogate.ts:9
        bounds[0] = t1_41_lo;
        bounds[1] = t1_41_hi;
        expPair();
        const lo818 = bounds[0]!;
        const hi818 = bounds[1]!;
        const t2_41_lo = lo818; // surrogate.ts:9
        const t2_41_hi = hi818; // surrogate.ts:9
        const s431 = 1 + t2_41_lo;
        const lo819 = s431 === 0 ? s431 : s431 - (PHI * Math.abs(s431) + ETA);
        const s432 = 1 + t2_41_hi;
        const hi819 = s432 === 0 ? s432 : s432 + (PHI * Math.abs(s432) + ETA);
        const t3_41_lo = lo819 === lo819 ? lo819 : addLo(1, 1, t2_41_lo, t2_41_hi); // surrogate.ts:9
        const t3_41_hi = hi819 === hi819 ? hi819 : addHi(1, 1, t2_41_lo, t2_41_hi); // surrogate.ts:9
        const q329 = 1 / t3_41_lo;
        const q330 = 1 / t3_41_hi;
        const q331 = 1 / t3_41_lo;
        const q332 = 1 / t3_41_hi;
        const pmin163 = Math.min(Math.min(q329, q330), Math.min(q331, q332));
        const lo820 = pmin163 - (PHI * Math.abs(pmin163) + ETA);
        const pmax163 = Math.max(Math.max(q329, q330), Math.max(q331, q332));
        const hi820 = pmax163 + (PHI * Math.abs(pmax163) + ETA);
        const t4_41_lo = (t3_41_lo > 0 || t3_41_hi < 0) && lo820 === lo820 ? lo820 : divLo(1, 1, t3_41_lo, t3_41_hi); // surrogate.ts:9
        const t4_41_hi = (t3_41_lo > 0 || t3_41_hi < 0) && hi820 === hi820 ? hi820 : divHi(1, 1, t3_41_lo, t3_41_hi); // surrogate.ts:9
        const p881 = x_41_lo * t4_41_lo;
        const p882 = x_41_lo * t4_41_hi;
        const p883 = x_41_hi * t4_41_lo;
        const p884 = x_41_hi * t4_41_hi;
        const pmin164 = Math.min(Math.min(p881, p882), Math.min(p883, p884));
        const lo821 = pmin164 - (PHI * Math.abs(pmin164) + ETA);
        const pmax164 = Math.max(Math.max(p881, p882), Math.max(p883, p884));
        const hi821 = pmax164 + (PHI * Math.abs(pmax164) + ETA);
        const lo822 = lo821 === lo821 ? lo821 : mulLo(x_41_lo, x_41_hi, t4_41_lo, t4_41_hi);
        const hi822 = hi821 === hi821 ? hi821 : mulHi(x_41_lo, x_41_hi, t4_41_lo, t4_41_hi);
        ret_41_lo = lo822; // surrogate.ts:9
        ret_41_hi = hi822; // surrogate.ts:9
    }
    if (decided41 === 2) {
        const t1102 = ret_41_lo;
        ret_41_lo = ret_41_lo_other;
        ret_41_lo_other = t1102;
        const t1103 = ret_41_hi;
        ret_41_hi = ret_41_hi_other;
        ret_41_hi_other = t1103;
    }
    if (decided41 !== 1) {
        bounds[0] = x_41_lo;
        bounds[1] = x_41_hi;
        expPair();
        const lo823 = bounds[0]!;
        const hi823 = bounds[1]!;
        const e_40_lo = lo823; // surrogate.ts:10
        const e_40_hi = hi823; // surrogate.ts:10
        const s433 = 1 + e_40_lo;
        const lo824 = s433 === 0 ? s433 : s433 - (PHI * Math.abs(s433) + ETA);
        const s434 = 1 + e_40_hi;
        const hi824 = s434 === 0 ? s434 : s434 + (PHI * Math.abs(s434) + ETA);
        const t5_40_lo = lo824 === lo824 ? lo824 : addLo(1, 1, e_40_lo, e_40_hi); // surrogate.ts:11
        const t5_40_hi = hi824 === hi824 ? hi824 : addHi(1, 1, e_40_lo, e_40_hi); // surrogate.ts:11
        const q333 = e_40_lo / t5_40_lo;
        const q334 = e_40_lo / t5_40_hi;
        const q335 = e_40_hi / t5_40_lo;
        const q336 = e_40_hi / t5_40_hi;
        const pmin165 = Math.min(Math.min(q333, q334), Math.min(q335, q336));
        const lo825 = pmin165 - (PHI * Math.abs(pmin165) + ETA);
        const pmax165 = Math.max(Math.max(q333, q334), Math.max(q335, q336));
        const hi825 = pmax165 + (PHI * Math.abs(pmax165) + ETA);
        const t6_40_lo = (t5_40_lo > 0 || t5_40_hi < 0) && lo825 === lo825 ? lo825 : divLo(e_40_lo, e_40_hi, t5_40_lo, t5_40_hi); // surrogate.ts:11
        const t6_40_hi = (t5_40_lo > 0 || t5_40_hi < 0) && hi825 === hi825 ? hi825 : divHi(e_40_lo, e_40_hi, t5_40_lo, t5_40_hi); // surrogate.ts:11
        const p885 = x_41_lo * t6_40_lo;
        const p886 = x_41_lo * t6_40_hi;
        const p887 = x_41_hi * t6_40_lo;
        const p888 = x_41_hi * t6_40_hi;
        const pmin166 = Math.min(Math.min(p885, p886), Math.min(p887, p888));
        const lo826 = pmin166 - (PHI * Math.abs(pmin166) + ETA);
        const pmax166 = Math.max(Math.max(p885, p886), Math.max(p887, p888));
        const hi826 = pmax166 + (PHI * Math.abs(pmax166) + ETA);
        const lo827 = lo826 === lo826 ? lo826 : mulLo(x_41_lo, x_41_hi, t6_40_lo, t6_40_hi);
        const hi827 = hi826 === hi826 ? hi826 : mulHi(x_41_lo, x_41_hi, t6_40_lo, t6_40_hi);
        ret_41_lo = lo827; // surrogate.ts:11
        ret_41_hi = hi827; // surrogate.ts:11
    }
    if (decided41 === 2) {
        ret_41_lo = hullLo(ret_41_lo, ret_41_lo_other);
        ret_41_hi = hullHi(ret_41_hi, ret_41_hi_other);
    }
    const h6_0_lo = ret_41_lo; // surrogate.ts:81
    const h6_0_hi = ret_41_hi; // surrogate.ts:81
    const p889 = 0.14372623016365635 > 0 ? 0.14372623016365635 * h5_0_lo : 0.14372623016365635 * h5_0_hi;
    const t1104 = -0.05955437563671764 + (p889 - (PHI * Math.abs(p889) + ETA));
    const lo828 = t1104 - (PHI * Math.abs(t1104) + ETA);
    const p890 = 0.14372623016365635 > 0 ? 0.14372623016365635 * h5_0_hi : 0.14372623016365635 * h5_0_lo;
    const t1105 = -0.05955437563671764 + (p890 + (PHI * Math.abs(p890) + ETA));
    const hi828 = t1105 + (PHI * Math.abs(t1105) + ETA);
    const t377_lo = lo828 === lo828 ? lo828 : fmaPointLo(-0.05955437563671764, 0.14372623016365635, h5_0_lo, h5_0_hi); // surrogate.ts:82
    const t377_hi = hi828 === hi828 ? hi828 : fmaPointHi(-0.05955437563671764, 0.14372623016365635, h5_0_lo, h5_0_hi); // surrogate.ts:82
    const p891 = 0.1614553109882529 > 0 ? 0.1614553109882529 * h5_1_lo : 0.1614553109882529 * h5_1_hi;
    const t1106 = t377_lo + (p891 - (PHI * Math.abs(p891) + ETA));
    const lo829 = t1106 - (PHI * Math.abs(t1106) + ETA);
    const p892 = 0.1614553109882529 > 0 ? 0.1614553109882529 * h5_1_hi : 0.1614553109882529 * h5_1_lo;
    const t1107 = t377_hi + (p892 + (PHI * Math.abs(p892) + ETA));
    const hi829 = t1107 + (PHI * Math.abs(t1107) + ETA);
    const t378_lo = lo829 === lo829 ? lo829 : fmaPointLo(t377_lo, 0.1614553109882529, h5_1_lo, h5_1_hi); // surrogate.ts:82
    const t378_hi = hi829 === hi829 ? hi829 : fmaPointHi(t377_hi, 0.1614553109882529, h5_1_lo, h5_1_hi); // surrogate.ts:82
    const p893 = 0.0366235577137426 > 0 ? 0.0366235577137426 * h5_2_lo : 0.0366235577137426 * h5_2_hi;
    const t1108 = t378_lo + (p893 - (PHI * Math.abs(p893) + ETA));
    const lo830 = t1108 - (PHI * Math.abs(t1108) + ETA);
    const p894 = 0.0366235577137426 > 0 ? 0.0366235577137426 * h5_2_hi : 0.0366235577137426 * h5_2_lo;
    const t1109 = t378_hi + (p894 + (PHI * Math.abs(p894) + ETA));
    const hi830 = t1109 + (PHI * Math.abs(t1109) + ETA);
    const t379_lo = lo830 === lo830 ? lo830 : fmaPointLo(t378_lo, 0.0366235577137426, h5_2_lo, h5_2_hi); // surrogate.ts:82
    const t379_hi = hi830 === hi830 ? hi830 : fmaPointHi(t378_hi, 0.0366235577137426, h5_2_lo, h5_2_hi); // surrogate.ts:82
    const p895 = 0.25010973135878917 > 0 ? 0.25010973135878917 * h5_3_lo : 0.25010973135878917 * h5_3_hi;
    const t1110 = p895 - (PHI * Math.abs(p895) + ETA);
    const lo831 = t1110;
    const p896 = 0.25010973135878917 > 0 ? 0.25010973135878917 * h5_3_hi : 0.25010973135878917 * h5_3_lo;
    const t1111 = p896 + (PHI * Math.abs(p896) + ETA);
    const hi831 = t1111;
    const t380_lo = lo831 === lo831 ? lo831 : mulPointLo(0.25010973135878917, h5_3_lo, h5_3_hi); // surrogate.ts:82
    const t380_hi = hi831 === hi831 ? hi831 : mulPointHi(0.25010973135878917, h5_3_lo, h5_3_hi); // surrogate.ts:82
    const s435 = t379_lo - t380_hi;
    const lo832 = s435 === 0 ? s435 : s435 - (PHI * Math.abs(s435) + ETA);
    const s436 = t379_hi - t380_lo;
    const hi832 = s436 === 0 ? s436 : s436 + (PHI * Math.abs(s436) + ETA);
    const t381_lo = lo832 === lo832 ? lo832 : subLo(t379_lo, t379_hi, t380_lo, t380_hi); // surrogate.ts:82
    const t381_hi = hi832 === hi832 ? hi832 : subHi(t379_lo, t379_hi, t380_lo, t380_hi); // surrogate.ts:82
    const p897 = 0.02932705871902868 > 0 ? 0.02932705871902868 * h5_4_lo : 0.02932705871902868 * h5_4_hi;
    const t1112 = t381_lo + (p897 - (PHI * Math.abs(p897) + ETA));
    const lo833 = t1112 - (PHI * Math.abs(t1112) + ETA);
    const p898 = 0.02932705871902868 > 0 ? 0.02932705871902868 * h5_4_hi : 0.02932705871902868 * h5_4_lo;
    const t1113 = t381_hi + (p898 + (PHI * Math.abs(p898) + ETA));
    const hi833 = t1113 + (PHI * Math.abs(t1113) + ETA);
    const t382_lo = lo833 === lo833 ? lo833 : fmaPointLo(t381_lo, 0.02932705871902868, h5_4_lo, h5_4_hi); // surrogate.ts:82
    const t382_hi = hi833 === hi833 ? hi833 : fmaPointHi(t381_hi, 0.02932705871902868, h5_4_lo, h5_4_hi); // surrogate.ts:82
    const p899 = 0.20425374695299262 > 0 ? 0.20425374695299262 * h5_5_lo : 0.20425374695299262 * h5_5_hi;
    const t1114 = t382_lo + (p899 - (PHI * Math.abs(p899) + ETA));
    const lo834 = t1114 - (PHI * Math.abs(t1114) + ETA);
    const p900 = 0.20425374695299262 > 0 ? 0.20425374695299262 * h5_5_hi : 0.20425374695299262 * h5_5_lo;
    const t1115 = t382_hi + (p900 + (PHI * Math.abs(p900) + ETA));
    const hi834 = t1115 + (PHI * Math.abs(t1115) + ETA);
    const t383_lo = lo834 === lo834 ? lo834 : fmaPointLo(t382_lo, 0.20425374695299262, h5_5_lo, h5_5_hi); // surrogate.ts:82
    const t383_hi = hi834 === hi834 ? hi834 : fmaPointHi(t382_hi, 0.20425374695299262, h5_5_lo, h5_5_hi); // surrogate.ts:82
    const p901 = 0.060148205419601836 > 0 ? 0.060148205419601836 * h5_6_lo : 0.060148205419601836 * h5_6_hi;
    const t1116 = t383_lo + (p901 - (PHI * Math.abs(p901) + ETA));
    const lo835 = t1116 - (PHI * Math.abs(t1116) + ETA);
    const p902 = 0.060148205419601836 > 0 ? 0.060148205419601836 * h5_6_hi : 0.060148205419601836 * h5_6_lo;
    const t1117 = t383_hi + (p902 + (PHI * Math.abs(p902) + ETA));
    const hi835 = t1117 + (PHI * Math.abs(t1117) + ETA);
    const t384_lo = lo835 === lo835 ? lo835 : fmaPointLo(t383_lo, 0.060148205419601836, h5_6_lo, h5_6_hi); // surrogate.ts:82
    const t384_hi = hi835 === hi835 ? hi835 : fmaPointHi(t383_hi, 0.060148205419601836, h5_6_lo, h5_6_hi); // surrogate.ts:82
    // inlined silu (examples/browser/surrogate.ts:8)
    const p903 = 0.30663316565168297 > 0 ? 0.30663316565168297 * h5_7_lo : 0.30663316565168297 * h5_7_hi;
    const t1118 = t384_lo + (p903 - (PHI * Math.abs(p903) + ETA));
    const lo836 = t1118 - (PHI * Math.abs(t1118) + ETA);
    const p904 = 0.30663316565168297 > 0 ? 0.30663316565168297 * h5_7_hi : 0.30663316565168297 * h5_7_lo;
    const t1119 = t384_hi + (p904 + (PHI * Math.abs(p904) + ETA));
    const hi836 = t1119 + (PHI * Math.abs(t1119) + ETA);
    let x_42_lo = lo836 === lo836 ? lo836 : fmaPointLo(t384_lo, 0.30663316565168297, h5_7_lo, h5_7_hi); // surrogate.ts:82
    let x_42_hi = hi836 === hi836 ? hi836 : fmaPointHi(t384_hi, 0.30663316565168297, h5_7_lo, h5_7_hi); // surrogate.ts:82
    let ret_42_lo = 0;
    let ret_42_hi = 0;
    const decided42 = geTri(x_42_lo, x_42_hi, 0, 0); // surrogate.ts:9
    let ret_42_lo_other = 0;
    let ret_42_hi_other = 0;
    if (decided42 === 2) {
        ret_42_lo_other = ret_42_lo;
        ret_42_hi_other = ret_42_hi;
    }
    if (decided42 !== 0) {
        const t1_42_lo = -x_42_hi; // surrogate.ts:9
        const t1_42_hi = -x_42_lo; // surrogate.ts:9
        bounds[0] = t1_42_lo;
        bounds[1] = t1_42_hi;
        expPair();
        const lo837 = bounds[0]!;
        const hi837 = bounds[1]!;
        const t2_42_lo = lo837; // surrogate.ts:9
        const t2_42_hi = hi837; // surrogate.ts:9
        const s437 = 1 + t2_42_lo;
        const lo838 = s437 === 0 ? s437 : s437 - (PHI * Math.abs(s437) + ETA);
        const s438 = 1 + t2_42_hi;
        const hi838 = s438 === 0 ? s438 : s438 + (PHI * Math.abs(s438) + ETA);
        const t3_42_lo = lo838 === lo838 ? lo838 : addLo(1, 1, t2_42_lo, t2_42_hi); // surrogate.ts:9
        const t3_42_hi = hi838 === hi838 ? hi838 : addHi(1, 1, t2_42_lo, t2_42_hi); // surrogate.ts:9
        const q337 = 1 / t3_42_lo;
        const q338 = 1 / t3_42_hi;
        const q339 = 1 / t3_42_lo;
        const q340 = 1 / t3_42_hi;
        const pmin167 = Math.min(Math.min(q337, q338), Math.min(q339, q340));
        const lo839 = pmin167 - (PHI * Math.abs(pmin167) + ETA);
        const pmax167 = Math.max(Math.max(q337, q338), Math.max(q339, q340));
        const hi839 = pmax167 + (PHI * Math.abs(pmax167) + ETA);
        const t4_42_lo = (t3_42_lo > 0 || t3_42_hi < 0) && lo839 === lo839 ? lo839 : divLo(1, 1, t3_42_lo, t3_42_hi); // surrogate.ts:9
        const t4_42_hi = (t3_42_lo > 0 || t3_42_hi < 0) && hi839 === hi839 ? hi839 : divHi(1, 1, t3_42_lo, t3_42_hi); // surrogate.ts:9
        const p905 = x_42_lo * t4_42_lo;
        const p906 = x_42_lo * t4_42_hi;
        const p907 = x_42_hi * t4_42_lo;
        const p908 = x_42_hi * t4_42_hi;
        const pmin168 = Math.min(Math.min(p905, p906), Math.min(p907, p908));
        const lo840 = pmin168 - (PHI * Math.abs(pmin168) + ETA);
        const pmax168 = Math.max(Math.max(p905, p906), Math.max(p907, p908));
        const hi840 = pmax168 + (PHI * Math.abs(pmax168) + ETA);
        const lo841 = lo840 === lo840 ? lo840 : mulLo(x_42_lo, x_42_hi, t4_42_lo, t4_42_hi);
        const hi841 = hi840 === hi840 ? hi840 : mulHi(x_42_lo, x_42_hi, t4_42_lo, t4_42_hi);
        ret_42_lo = lo841; // surrogate.ts:9
        ret_42_hi = hi841; // surrogate.ts:9
    }
    if (decided42 === 2) {
        const t1120 = ret_42_lo;
        ret_42_lo = ret_42_lo_other;
        ret_42_lo_other = t1120;
        const t1121 = ret_42_hi;
        ret_42_hi = ret_42_hi_other;
        ret_42_hi_other = t1121;
    }
    if (decided42 !== 1) {
        bounds[0] = x_42_lo;
        bounds[1] = x_42_hi;
        expPair();
        const lo842 = bounds[0]!;
        const hi842 = bounds[1]!;
        const e_41_lo = lo842; // surrogate.ts:10
        const e_41_hi = hi842; // surrogate.ts:10
        const s439 = 1 + e_41_lo;
        const lo843 = s439 === 0 ? s439 : s439 - (PHI * Math.abs(s439) + ETA);
        const s440 = 1 + e_41_hi;
        const hi843 = s440 === 0 ? s440 : s440 + (PHI * Math.abs(s440) + ETA);
        const t5_41_lo = lo843 === lo843 ? lo843 : addLo(1, 1, e_41_lo, e_41_hi); // surrogate.ts:11
        const t5_41_hi = hi843 === hi843 ? hi843 : addHi(1, 1, e_41_lo, e_41_hi); // surrogate.ts:11
        const q341 = e_41_lo / t5_41_lo;
        const q342 = e_41_lo / t5_41_hi;
        const q343 = e_41_hi / t5_41_lo;
        const q344 = e_41_hi / t5_41_hi;
        const pmin169 = Math.min(Math.min(q341, q342), Math.min(q343, q344));
        const lo844 = pmin169 - (PHI * Math.abs(pmin169) + ETA);
        const pmax169 = Math.max(Math.max(q341, q342), Math.max(q343, q344));
        const hi844 = pmax169 + (PHI * Math.abs(pmax169) + ETA);
        const t6_41_lo = (t5_41_lo > 0 || t5_41_hi < 0) && lo844 === lo844 ? lo844 : divLo(e_41_lo, e_41_hi, t5_41_lo, t5_41_hi); // surrogate.ts:11
        const t6_41_hi = (t5_41_lo > 0 || t5_41_hi < 0) && hi844 === hi844 ? hi844 : divHi(e_41_lo, e_41_hi, t5_41_lo, t5_41_hi); // surrogate.ts:11
        const p909 = x_42_lo * t6_41_lo;
        const p910 = x_42_lo * t6_41_hi;
        const p911 = x_42_hi * t6_41_lo;
        const p912 = x_42_hi * t6_41_hi;
        const pmin170 = Math.min(Math.min(p909, p910), Math.min(p911, p912));
        const lo845 = pmin170 - (PHI * Math.abs(pmin170) + ETA);
        const pmax170 = Math.max(Math.max(p909, p910), Math.max(p911, p912));
        const hi845 = pmax170 + (PHI * Math.abs(pmax170) + ETA);
        const lo846 = lo845 === lo845 ? lo845 : mulLo(x_42_lo, x_42_hi, t6_41_lo, t6_41_hi);
        const hi846 = hi845 === hi845 ? hi845 : mulHi(x_42_lo, x_42_hi, t6_41_lo, t6_41_hi);
        ret_42_lo = lo846; // surrogate.ts:11
        ret_42_hi = hi846; // surrogate.ts:11
    }
    if (decided42 === 2) {
        ret_42_lo = hullLo(ret_42_lo, ret_42_lo_other);
        ret_42_hi = hullHi(ret_42_hi, ret_42_hi_other);
    }
    const h6_1_lo = ret_42_lo; // surrogate.ts:82
    const h6_1_hi = ret_42_hi; // surrogate.ts:82
    const p913 = 0.2644706053245494 > 0 ? 0.2644706053245494 * h5_0_lo : 0.2644706053245494 * h5_0_hi;
    const t1122 = p913 - (PHI * Math.abs(p913) + ETA);
    const lo847 = t1122;
    const p914 = 0.2644706053245494 > 0 ? 0.2644706053245494 * h5_0_hi : 0.2644706053245494 * h5_0_lo;
    const t1123 = p914 + (PHI * Math.abs(p914) + ETA);
    const hi847 = t1123;
    const t385_lo = lo847 === lo847 ? lo847 : mulPointLo(0.2644706053245494, h5_0_lo, h5_0_hi); // surrogate.ts:83
    const t385_hi = hi847 === hi847 ? hi847 : mulPointHi(0.2644706053245494, h5_0_lo, h5_0_hi); // surrogate.ts:83
    const s441 = 0.03952656127824503 - t385_hi;
    const lo848 = s441 === 0 ? s441 : s441 - (PHI * Math.abs(s441) + ETA);
    const s442 = 0.03952656127824503 - t385_lo;
    const hi848 = s442 === 0 ? s442 : s442 + (PHI * Math.abs(s442) + ETA);
    const t386_lo = lo848 === lo848 ? lo848 : subLo(0.03952656127824503, 0.03952656127824503, t385_lo, t385_hi); // surrogate.ts:83
    const t386_hi = hi848 === hi848 ? hi848 : subHi(0.03952656127824503, 0.03952656127824503, t385_lo, t385_hi); // surrogate.ts:83
    const p915 = 0.23335383844648616 > 0 ? 0.23335383844648616 * h5_1_lo : 0.23335383844648616 * h5_1_hi;
    const t1124 = p915 - (PHI * Math.abs(p915) + ETA);
    const lo849 = t1124;
    const p916 = 0.23335383844648616 > 0 ? 0.23335383844648616 * h5_1_hi : 0.23335383844648616 * h5_1_lo;
    const t1125 = p916 + (PHI * Math.abs(p916) + ETA);
    const hi849 = t1125;
    const t387_lo = lo849 === lo849 ? lo849 : mulPointLo(0.23335383844648616, h5_1_lo, h5_1_hi); // surrogate.ts:83
    const t387_hi = hi849 === hi849 ? hi849 : mulPointHi(0.23335383844648616, h5_1_lo, h5_1_hi); // surrogate.ts:83
    const s443 = t386_lo - t387_hi;
    const lo850 = s443 === 0 ? s443 : s443 - (PHI * Math.abs(s443) + ETA);
    const s444 = t386_hi - t387_lo;
    const hi850 = s444 === 0 ? s444 : s444 + (PHI * Math.abs(s444) + ETA);
    const t388_lo = lo850 === lo850 ? lo850 : subLo(t386_lo, t386_hi, t387_lo, t387_hi); // surrogate.ts:83
    const t388_hi = hi850 === hi850 ? hi850 : subHi(t386_lo, t386_hi, t387_lo, t387_hi); // surrogate.ts:83
    const p917 = 0.32845711758251533 > 0 ? 0.32845711758251533 * h5_2_lo : 0.32845711758251533 * h5_2_hi;
    const t1126 = p917 - (PHI * Math.abs(p917) + ETA);
    const lo851 = t1126;
    const p918 = 0.32845711758251533 > 0 ? 0.32845711758251533 * h5_2_hi : 0.32845711758251533 * h5_2_lo;
    const t1127 = p918 + (PHI * Math.abs(p918) + ETA);
    const hi851 = t1127;
    const t389_lo = lo851 === lo851 ? lo851 : mulPointLo(0.32845711758251533, h5_2_lo, h5_2_hi); // surrogate.ts:83
    const t389_hi = hi851 === hi851 ? hi851 : mulPointHi(0.32845711758251533, h5_2_lo, h5_2_hi); // surrogate.ts:83
    const s445 = t388_lo - t389_hi;
    const lo852 = s445 === 0 ? s445 : s445 - (PHI * Math.abs(s445) + ETA);
    const s446 = t388_hi - t389_lo;
    const hi852 = s446 === 0 ? s446 : s446 + (PHI * Math.abs(s446) + ETA);
    const t390_lo = lo852 === lo852 ? lo852 : subLo(t388_lo, t388_hi, t389_lo, t389_hi); // surrogate.ts:83
    const t390_hi = hi852 === hi852 ? hi852 : subHi(t388_lo, t388_hi, t389_lo, t389_hi); // surrogate.ts:83
    const p919 = 0.10203808743876772 > 0 ? 0.10203808743876772 * h5_3_lo : 0.10203808743876772 * h5_3_hi;
    const t1128 = t390_lo + (p919 - (PHI * Math.abs(p919) + ETA));
    const lo853 = t1128 - (PHI * Math.abs(t1128) + ETA);
    const p920 = 0.10203808743876772 > 0 ? 0.10203808743876772 * h5_3_hi : 0.10203808743876772 * h5_3_lo;
    const t1129 = t390_hi + (p920 + (PHI * Math.abs(p920) + ETA));
    const hi853 = t1129 + (PHI * Math.abs(t1129) + ETA);
    const t391_lo = lo853 === lo853 ? lo853 : fmaPointLo(t390_lo, 0.10203808743876772, h5_3_lo, h5_3_hi); // surrogate.ts:83
    const t391_hi = hi853 === hi853 ? hi853 : fmaPointHi(t390_hi, 0.10203808743876772, h5_3_lo, h5_3_hi); // surrogate.ts:83
    const p921 = 0.17957517383446223 > 0 ? 0.17957517383446223 * h5_4_lo : 0.17957517383446223 * h5_4_hi;
    const t1130 = p921 - (PHI * Math.abs(p921) + ETA);
    const lo854 = t1130;
    const p922 = 0.17957517383446223 > 0 ? 0.17957517383446223 * h5_4_hi : 0.17957517383446223 * h5_4_lo;
    const t1131 = p922 + (PHI * Math.abs(p922) + ETA);
    const hi854 = t1131;
    const t392_lo = lo854 === lo854 ? lo854 : mulPointLo(0.17957517383446223, h5_4_lo, h5_4_hi); // surrogate.ts:83
    const t392_hi = hi854 === hi854 ? hi854 : mulPointHi(0.17957517383446223, h5_4_lo, h5_4_hi); // surrogate.ts:83
    const s447 = t391_lo - t392_hi;
    const lo855 = s447 === 0 ? s447 : s447 - (PHI * Math.abs(s447) + ETA);
    const s448 = t391_hi - t392_lo;
    const hi855 = s448 === 0 ? s448 : s448 + (PHI * Math.abs(s448) + ETA);
    const t393_lo = lo855 === lo855 ? lo855 : subLo(t391_lo, t391_hi, t392_lo, t392_hi); // surrogate.ts:83
    const t393_hi = hi855 === hi855 ? hi855 : subHi(t391_lo, t391_hi, t392_lo, t392_hi); // surrogate.ts:83
    const p923 = 0.33853209538642465 > 0 ? 0.33853209538642465 * h5_5_lo : 0.33853209538642465 * h5_5_hi;
    const t1132 = p923 - (PHI * Math.abs(p923) + ETA);
    const lo856 = t1132;
    const p924 = 0.33853209538642465 > 0 ? 0.33853209538642465 * h5_5_hi : 0.33853209538642465 * h5_5_lo;
    const t1133 = p924 + (PHI * Math.abs(p924) + ETA);
    const hi856 = t1133;
    const t394_lo = lo856 === lo856 ? lo856 : mulPointLo(0.33853209538642465, h5_5_lo, h5_5_hi); // surrogate.ts:83
    const t394_hi = hi856 === hi856 ? hi856 : mulPointHi(0.33853209538642465, h5_5_lo, h5_5_hi); // surrogate.ts:83
    const s449 = t393_lo - t394_hi;
    const lo857 = s449 === 0 ? s449 : s449 - (PHI * Math.abs(s449) + ETA);
    const s450 = t393_hi - t394_lo;
    const hi857 = s450 === 0 ? s450 : s450 + (PHI * Math.abs(s450) + ETA);
    const t395_lo = lo857 === lo857 ? lo857 : subLo(t393_lo, t393_hi, t394_lo, t394_hi); // surrogate.ts:83
    const t395_hi = hi857 === hi857 ? hi857 : subHi(t393_lo, t393_hi, t394_lo, t394_hi); // surrogate.ts:83
    const p925 = 0.039907003096081174 > 0 ? 0.039907003096081174 * h5_6_lo : 0.039907003096081174 * h5_6_hi;
    const t1134 = t395_lo + (p925 - (PHI * Math.abs(p925) + ETA));
    const lo858 = t1134 - (PHI * Math.abs(t1134) + ETA);
    const p926 = 0.039907003096081174 > 0 ? 0.039907003096081174 * h5_6_hi : 0.039907003096081174 * h5_6_lo;
    const t1135 = t395_hi + (p926 + (PHI * Math.abs(p926) + ETA));
    const hi858 = t1135 + (PHI * Math.abs(t1135) + ETA);
    const t396_lo = lo858 === lo858 ? lo858 : fmaPointLo(t395_lo, 0.039907003096081174, h5_6_lo, h5_6_hi); // surrogate.ts:83
    const t396_hi = hi858 === hi858 ? hi858 : fmaPointHi(t395_hi, 0.039907003096081174, h5_6_lo, h5_6_hi); // surrogate.ts:83
    const p927 = 0.2979431813926372 > 0 ? 0.2979431813926372 * h5_7_lo : 0.2979431813926372 * h5_7_hi;
    const t1136 = p927 - (PHI * Math.abs(p927) + ETA);
    const lo859 = t1136;
    const p928 = 0.2979431813926372 > 0 ? 0.2979431813926372 * h5_7_hi : 0.2979431813926372 * h5_7_lo;
    const t1137 = p928 + (PHI * Math.abs(p928) + ETA);
    const hi859 = t1137;
    const t397_lo = lo859 === lo859 ? lo859 : mulPointLo(0.2979431813926372, h5_7_lo, h5_7_hi); // surrogate.ts:83
    const t397_hi = hi859 === hi859 ? hi859 : mulPointHi(0.2979431813926372, h5_7_lo, h5_7_hi); // surrogate.ts:83
    // inlined silu (examples/browser/surrogate.ts:8)
    const s451 = t396_lo - t397_hi;
    const lo860 = s451 === 0 ? s451 : s451 - (PHI * Math.abs(s451) + ETA);
    const s452 = t396_hi - t397_lo;
    const hi860 = s452 === 0 ? s452 : s452 + (PHI * Math.abs(s452) + ETA);
    let x_43_lo = lo860 === lo860 ? lo860 : subLo(t396_lo, t396_hi, t397_lo, t397_hi); // surrogate.ts:83
    let x_43_hi = hi860 === hi860 ? hi860 : subHi(t396_lo, t396_hi, t397_lo, t397_hi); // surrogate.ts:83
    let ret_43_lo = 0;
    let ret_43_hi = 0;
    const decided43 = geTri(x_43_lo, x_43_hi, 0, 0); // surrogate.ts:9
    let ret_43_lo_other = 0;
    let ret_43_hi_other = 0;
    if (decided43 === 2) {
        ret_43_lo_other = ret_43_lo;
        ret_43_hi_other = ret_43_hi;
    }
    if (decided43 !== 0) {
        const t1_43_lo = -x_43_hi; // surrogate.ts:9
        const t1_43_hi = -x_43_lo; // surrogate.ts:9
        bounds[0] = t1_43_lo;
        bounds[1] = t1_43_hi;
        expPair();
        const lo861 = bounds[0]!;
        const hi861 = bounds[1]!;
        const t2_43_lo = lo861; // surrogate.ts:9
        const t2_43_hi = hi861; // surrogate.ts:9
        const s453 = 1 + t2_43_lo;
        const lo862 = s453 === 0 ? s453 : s453 - (PHI * Math.abs(s453) + ETA);
        const s454 = 1 + t2_43_hi;
        const hi862 = s454 === 0 ? s454 : s454 + (PHI * Math.abs(s454) + ETA);
        const t3_43_lo = lo862 === lo862 ? lo862 : addLo(1, 1, t2_43_lo, t2_43_hi); // surrogate.ts:9
        const t3_43_hi = hi862 === hi862 ? hi862 : addHi(1, 1, t2_43_lo, t2_43_hi); // surrogate.ts:9
        const q345 = 1 / t3_43_lo;
        const q346 = 1 / t3_43_hi;
        const q347 = 1 / t3_43_lo;
        const q348 = 1 / t3_43_hi;
        const pmin171 = Math.min(Math.min(q345, q346), Math.min(q347, q348));
        const lo863 = pmin171 - (PHI * Math.abs(pmin171) + ETA);
        const pmax171 = Math.max(Math.max(q345, q346), Math.max(q347, q348));
        const hi863 = pmax171 + (PHI * Math.abs(pmax171) + ETA);
        const t4_43_lo = (t3_43_lo > 0 || t3_43_hi < 0) && lo863 === lo863 ? lo863 : divLo(1, 1, t3_43_lo, t3_43_hi); // surrogate.ts:9
        const t4_43_hi = (t3_43_lo > 0 || t3_43_hi < 0) && hi863 === hi863 ? hi863 : divHi(1, 1, t3_43_lo, t3_43_hi); // surrogate.ts:9
        const p929 = x_43_lo * t4_43_lo;
        const p930 = x_43_lo * t4_43_hi;
        const p931 = x_43_hi * t4_43_lo;
        const p932 = x_43_hi * t4_43_hi;
        const pmin172 = Math.min(Math.min(p929, p930), Math.min(p931, p932));
        const lo864 = pmin172 - (PHI * Math.abs(pmin172) + ETA);
        const pmax172 = Math.max(Math.max(p929, p930), Math.max(p931, p932));
        const hi864 = pmax172 + (PHI * Math.abs(pmax172) + ETA);
        const lo865 = lo864 === lo864 ? lo864 : mulLo(x_43_lo, x_43_hi, t4_43_lo, t4_43_hi);
        const hi865 = hi864 === hi864 ? hi864 : mulHi(x_43_lo, x_43_hi, t4_43_lo, t4_43_hi);
        ret_43_lo = lo865; // surrogate.ts:9
        ret_43_hi = hi865; // surrogate.ts:9
    }
    if (decided43 === 2) {
        const t1138 = ret_43_lo;
        ret_43_lo = ret_43_lo_other;
        ret_43_lo_other = t1138;
        const t1139 = ret_43_hi;
        ret_43_hi = ret_43_hi_other;
        ret_43_hi_other = t1139;
    }
    if (decided43 !== 1) {
        bounds[0] = x_43_lo;
        bounds[1] = x_43_hi;
        expPair();
        const lo866 = bounds[0]!;
        const hi866 = bounds[1]!;
        const e_42_lo = lo866; // surrogate.ts:10
        const e_42_hi = hi866; // surrogate.ts:10
        const s455 = 1 + e_42_lo;
        const lo867 = s455 === 0 ? s455 : s455 - (PHI * Math.abs(s455) + ETA);
        const s456 = 1 + e_42_hi;
        const hi867 = s456 === 0 ? s456 : s456 + (PHI * Math.abs(s456) + ETA);
        const t5_42_lo = lo867 === lo867 ? lo867 : addLo(1, 1, e_42_lo, e_42_hi); // surrogate.ts:11
        const t5_42_hi = hi867 === hi867 ? hi867 : addHi(1, 1, e_42_lo, e_42_hi); // surrogate.ts:11
        const q349 = e_42_lo / t5_42_lo;
        const q350 = e_42_lo / t5_42_hi;
        const q351 = e_42_hi / t5_42_lo;
        const q352 = e_42_hi / t5_42_hi;
        const pmin173 = Math.min(Math.min(q349, q350), Math.min(q351, q352));
        const lo868 = pmin173 - (PHI * Math.abs(pmin173) + ETA);
        const pmax173 = Math.max(Math.max(q349, q350), Math.max(q351, q352));
        const hi868 = pmax173 + (PHI * Math.abs(pmax173) + ETA);
        const t6_42_lo = (t5_42_lo > 0 || t5_42_hi < 0) && lo868 === lo868 ? lo868 : divLo(e_42_lo, e_42_hi, t5_42_lo, t5_42_hi); // surrogate.ts:11
        const t6_42_hi = (t5_42_lo > 0 || t5_42_hi < 0) && hi868 === hi868 ? hi868 : divHi(e_42_lo, e_42_hi, t5_42_lo, t5_42_hi); // surrogate.ts:11
        const p933 = x_43_lo * t6_42_lo;
        const p934 = x_43_lo * t6_42_hi;
        const p935 = x_43_hi * t6_42_lo;
        const p936 = x_43_hi * t6_42_hi;
        const pmin174 = Math.min(Math.min(p933, p934), Math.min(p935, p936));
        const lo869 = pmin174 - (PHI * Math.abs(pmin174) + ETA);
        const pmax174 = Math.max(Math.max(p933, p934), Math.max(p935, p936));
        const hi869 = pmax174 + (PHI * Math.abs(pmax174) + ETA);
        const lo870 = lo869 === lo869 ? lo869 : mulLo(x_43_lo, x_43_hi, t6_42_lo, t6_42_hi);
        const hi870 = hi869 === hi869 ? hi869 : mulHi(x_43_lo, x_43_hi, t6_42_lo, t6_42_hi);
        ret_43_lo = lo870; // surrogate.ts:11
        ret_43_hi = hi870; // surrogate.ts:11
    }
    if (decided43 === 2) {
        ret_43_lo = hullLo(ret_43_lo, ret_43_lo_other);
        ret_43_hi = hullHi(ret_43_hi, ret_43_hi_other);
    }
    const h6_2_lo = ret_43_lo; // surrogate.ts:83
    const h6_2_hi = ret_43_hi; // surrogate.ts:83
    const p937 = 0.13248634362771397 > 0 ? 0.13248634362771397 * h5_0_lo : 0.13248634362771397 * h5_0_hi;
    const t1140 = -0.04029103700692707 + (p937 - (PHI * Math.abs(p937) + ETA));
    const lo871 = t1140 - (PHI * Math.abs(t1140) + ETA);
    const p938 = 0.13248634362771397 > 0 ? 0.13248634362771397 * h5_0_hi : 0.13248634362771397 * h5_0_lo;
    const t1141 = -0.04029103700692707 + (p938 + (PHI * Math.abs(p938) + ETA));
    const hi871 = t1141 + (PHI * Math.abs(t1141) + ETA);
    const t398_lo = lo871 === lo871 ? lo871 : fmaPointLo(-0.04029103700692707, 0.13248634362771397, h5_0_lo, h5_0_hi); // surrogate.ts:84
    const t398_hi = hi871 === hi871 ? hi871 : fmaPointHi(-0.04029103700692707, 0.13248634362771397, h5_0_lo, h5_0_hi); // surrogate.ts:84
    const p939 = 0.2282523048112955 > 0 ? 0.2282523048112955 * h5_1_lo : 0.2282523048112955 * h5_1_hi;
    const t1142 = t398_lo + (p939 - (PHI * Math.abs(p939) + ETA));
    const lo872 = t1142 - (PHI * Math.abs(t1142) + ETA);
    const p940 = 0.2282523048112955 > 0 ? 0.2282523048112955 * h5_1_hi : 0.2282523048112955 * h5_1_lo;
    const t1143 = t398_hi + (p940 + (PHI * Math.abs(p940) + ETA));
    const hi872 = t1143 + (PHI * Math.abs(t1143) + ETA);
    const t399_lo = lo872 === lo872 ? lo872 : fmaPointLo(t398_lo, 0.2282523048112955, h5_1_lo, h5_1_hi); // surrogate.ts:84
    const t399_hi = hi872 === hi872 ? hi872 : fmaPointHi(t398_hi, 0.2282523048112955, h5_1_lo, h5_1_hi); // surrogate.ts:84
    const p941 = 0.13675438519979585 > 0 ? 0.13675438519979585 * h5_2_lo : 0.13675438519979585 * h5_2_hi;
    const t1144 = t399_lo + (p941 - (PHI * Math.abs(p941) + ETA));
    const lo873 = t1144 - (PHI * Math.abs(t1144) + ETA);
    const p942 = 0.13675438519979585 > 0 ? 0.13675438519979585 * h5_2_hi : 0.13675438519979585 * h5_2_lo;
    const t1145 = t399_hi + (p942 + (PHI * Math.abs(p942) + ETA));
    const hi873 = t1145 + (PHI * Math.abs(t1145) + ETA);
    const t400_lo = lo873 === lo873 ? lo873 : fmaPointLo(t399_lo, 0.13675438519979585, h5_2_lo, h5_2_hi); // surrogate.ts:84
    const t400_hi = hi873 === hi873 ? hi873 : fmaPointHi(t399_hi, 0.13675438519979585, h5_2_lo, h5_2_hi); // surrogate.ts:84
    const p943 = 0.2951924801269835 > 0 ? 0.2951924801269835 * h5_3_lo : 0.2951924801269835 * h5_3_hi;
    const t1146 = p943 - (PHI * Math.abs(p943) + ETA);
    const lo874 = t1146;
    const p944 = 0.2951924801269835 > 0 ? 0.2951924801269835 * h5_3_hi : 0.2951924801269835 * h5_3_lo;
    const t1147 = p944 + (PHI * Math.abs(p944) + ETA);
    const hi874 = t1147;
    const t401_lo = lo874 === lo874 ? lo874 : mulPointLo(0.2951924801269835, h5_3_lo, h5_3_hi); // surrogate.ts:84
    const t401_hi = hi874 === hi874 ? hi874 : mulPointHi(0.2951924801269835, h5_3_lo, h5_3_hi); // surrogate.ts:84
    const s457 = t400_lo - t401_hi;
    const lo875 = s457 === 0 ? s457 : s457 - (PHI * Math.abs(s457) + ETA);
    const s458 = t400_hi - t401_lo;
    const hi875 = s458 === 0 ? s458 : s458 + (PHI * Math.abs(s458) + ETA);
    const t402_lo = lo875 === lo875 ? lo875 : subLo(t400_lo, t400_hi, t401_lo, t401_hi); // surrogate.ts:84
    const t402_hi = hi875 === hi875 ? hi875 : subHi(t400_lo, t400_hi, t401_lo, t401_hi); // surrogate.ts:84
    const p945 = 0.2801613106684342 > 0 ? 0.2801613106684342 * h5_4_lo : 0.2801613106684342 * h5_4_hi;
    const t1148 = t402_lo + (p945 - (PHI * Math.abs(p945) + ETA));
    const lo876 = t1148 - (PHI * Math.abs(t1148) + ETA);
    const p946 = 0.2801613106684342 > 0 ? 0.2801613106684342 * h5_4_hi : 0.2801613106684342 * h5_4_lo;
    const t1149 = t402_hi + (p946 + (PHI * Math.abs(p946) + ETA));
    const hi876 = t1149 + (PHI * Math.abs(t1149) + ETA);
    const t403_lo = lo876 === lo876 ? lo876 : fmaPointLo(t402_lo, 0.2801613106684342, h5_4_lo, h5_4_hi); // surrogate.ts:84
    const t403_hi = hi876 === hi876 ? hi876 : fmaPointHi(t402_hi, 0.2801613106684342, h5_4_lo, h5_4_hi); // surrogate.ts:84
    const p947 = 0.26048334425955477 > 0 ? 0.26048334425955477 * h5_5_lo : 0.26048334425955477 * h5_5_hi;
    const t1150 = t403_lo + (p947 - (PHI * Math.abs(p947) + ETA));
    const lo877 = t1150 - (PHI * Math.abs(t1150) + ETA);
    const p948 = 0.26048334425955477 > 0 ? 0.26048334425955477 * h5_5_hi : 0.26048334425955477 * h5_5_lo;
    const t1151 = t403_hi + (p948 + (PHI * Math.abs(p948) + ETA));
    const hi877 = t1151 + (PHI * Math.abs(t1151) + ETA);
    const t404_lo = lo877 === lo877 ? lo877 : fmaPointLo(t403_lo, 0.26048334425955477, h5_5_lo, h5_5_hi); // surrogate.ts:84
    const t404_hi = hi877 === hi877 ? hi877 : fmaPointHi(t403_hi, 0.26048334425955477, h5_5_lo, h5_5_hi); // surrogate.ts:84
    const p949 = 0.32524395043336335 > 0 ? 0.32524395043336335 * h5_6_lo : 0.32524395043336335 * h5_6_hi;
    const t1152 = t404_lo + (p949 - (PHI * Math.abs(p949) + ETA));
    const lo878 = t1152 - (PHI * Math.abs(t1152) + ETA);
    const p950 = 0.32524395043336335 > 0 ? 0.32524395043336335 * h5_6_hi : 0.32524395043336335 * h5_6_lo;
    const t1153 = t404_hi + (p950 + (PHI * Math.abs(p950) + ETA));
    const hi878 = t1153 + (PHI * Math.abs(t1153) + ETA);
    const t405_lo = lo878 === lo878 ? lo878 : fmaPointLo(t404_lo, 0.32524395043336335, h5_6_lo, h5_6_hi); // surrogate.ts:84
    const t405_hi = hi878 === hi878 ? hi878 : fmaPointHi(t404_hi, 0.32524395043336335, h5_6_lo, h5_6_hi); // surrogate.ts:84
    // inlined silu (examples/browser/surrogate.ts:8)
    const p951 = 0.24989046699683667 > 0 ? 0.24989046699683667 * h5_7_lo : 0.24989046699683667 * h5_7_hi;
    const t1154 = t405_lo + (p951 - (PHI * Math.abs(p951) + ETA));
    const lo879 = t1154 - (PHI * Math.abs(t1154) + ETA);
    const p952 = 0.24989046699683667 > 0 ? 0.24989046699683667 * h5_7_hi : 0.24989046699683667 * h5_7_lo;
    const t1155 = t405_hi + (p952 + (PHI * Math.abs(p952) + ETA));
    const hi879 = t1155 + (PHI * Math.abs(t1155) + ETA);
    let x_44_lo = lo879 === lo879 ? lo879 : fmaPointLo(t405_lo, 0.24989046699683667, h5_7_lo, h5_7_hi); // surrogate.ts:84
    let x_44_hi = hi879 === hi879 ? hi879 : fmaPointHi(t405_hi, 0.24989046699683667, h5_7_lo, h5_7_hi); // surrogate.ts:84
    let ret_44_lo = 0;
    let ret_44_hi = 0;
    const decided44 = geTri(x_44_lo, x_44_hi, 0, 0); // surrogate.ts:9
    let ret_44_lo_other = 0;
    let ret_44_hi_other = 0;
    if (decided44 === 2) {
        ret_44_lo_other = ret_44_lo;
        ret_44_hi_other = ret_44_hi;
    }
    if (decided44 !== 0) {
        const t1_44_lo = -x_44_hi; // surrogate.ts:9
        const t1_44_hi = -x_44_lo; // surrogate.ts:9
        bounds[0] = t1_44_lo;
        bounds[1] = t1_44_hi;
        expPair();
        const lo880 = bounds[0]!;
        const hi880 = bounds[1]!;
        const t2_44_lo = lo880; // surrogate.ts:9
        const t2_44_hi = hi880; // surrogate.ts:9
        const s459 = 1 + t2_44_lo;
        const lo881 = s459 === 0 ? s459 : s459 - (PHI * Math.abs(s459) + ETA);
        const s460 = 1 + t2_44_hi;
        const hi881 = s460 === 0 ? s460 : s460 + (PHI * Math.abs(s460) + ETA);
        const t3_44_lo = lo881 === lo881 ? lo881 : addLo(1, 1, t2_44_lo, t2_44_hi); // surrogate.ts:9
        const t3_44_hi = hi881 === hi881 ? hi881 : addHi(1, 1, t2_44_lo, t2_44_hi); // surrogate.ts:9
        const q353 = 1 / t3_44_lo;
        const q354 = 1 / t3_44_hi;
        const q355 = 1 / t3_44_lo;
        const q356 = 1 / t3_44_hi;
        const pmin175 = Math.min(Math.min(q353, q354), Math.min(q355, q356));
        const lo882 = pmin175 - (PHI * Math.abs(pmin175) + ETA);
        const pmax175 = Math.max(Math.max(q353, q354), Math.max(q355, q356));
        const hi882 = pmax175 + (PHI * Math.abs(pmax175) + ETA);
        const t4_44_lo = (t3_44_lo > 0 || t3_44_hi < 0) && lo882 === lo882 ? lo882 : divLo(1, 1, t3_44_lo, t3_44_hi); // surrogate.ts:9
        const t4_44_hi = (t3_44_lo > 0 || t3_44_hi < 0) && hi882 === hi882 ? hi882 : divHi(1, 1, t3_44_lo, t3_44_hi); // surrogate.ts:9
        const p953 = x_44_lo * t4_44_lo;
        const p954 = x_44_lo * t4_44_hi;
        const p955 = x_44_hi * t4_44_lo;
        const p956 = x_44_hi * t4_44_hi;
        const pmin176 = Math.min(Math.min(p953, p954), Math.min(p955, p956));
        const lo883 = pmin176 - (PHI * Math.abs(pmin176) + ETA);
        const pmax176 = Math.max(Math.max(p953, p954), Math.max(p955, p956));
        const hi883 = pmax176 + (PHI * Math.abs(pmax176) + ETA);
        const lo884 = lo883 === lo883 ? lo883 : mulLo(x_44_lo, x_44_hi, t4_44_lo, t4_44_hi);
        const hi884 = hi883 === hi883 ? hi883 : mulHi(x_44_lo, x_44_hi, t4_44_lo, t4_44_hi);
        ret_44_lo = lo884; // surrogate.ts:9
        ret_44_hi = hi884; // surrogate.ts:9
    }
    if (decided44 === 2) {
        const t1156 = ret_44_lo;
        ret_44_lo = ret_44_lo_other;
        ret_44_lo_other = t1156;
        const t1157 = ret_44_hi;
        ret_44_hi = ret_44_hi_other;
        ret_44_hi_other = t1157;
    }
    if (decided44 !== 1) {
        bounds[0] = x_44_lo;
        bounds[1] = x_44_hi;
        expPair();
        const lo885 = bounds[0]!;
        const hi885 = bounds[1]!;
        const e_43_lo = lo885; // surrogate.ts:10
        const e_43_hi = hi885; // surrogate.ts:10
        const s461 = 1 + e_43_lo;
        const lo886 = s461 === 0 ? s461 : s461 - (PHI * Math.abs(s461) + ETA);
        const s462 = 1 + e_43_hi;
        const hi886 = s462 === 0 ? s462 : s462 + (PHI * Math.abs(s462) + ETA);
        const t5_43_lo = lo886 === lo886 ? lo886 : addLo(1, 1, e_43_lo, e_43_hi); // surrogate.ts:11
        const t5_43_hi = hi886 === hi886 ? hi886 : addHi(1, 1, e_43_lo, e_43_hi); // surrogate.ts:11
        const q357 = e_43_lo / t5_43_lo;
        const q358 = e_43_lo / t5_43_hi;
        const q359 = e_43_hi / t5_43_lo;
        const q360 = e_43_hi / t5_43_hi;
        const pmin177 = Math.min(Math.min(q357, q358), Math.min(q359, q360));
        const lo887 = pmin177 - (PHI * Math.abs(pmin177) + ETA);
        const pmax177 = Math.max(Math.max(q357, q358), Math.max(q359, q360));
        const hi887 = pmax177 + (PHI * Math.abs(pmax177) + ETA);
        const t6_43_lo = (t5_43_lo > 0 || t5_43_hi < 0) && lo887 === lo887 ? lo887 : divLo(e_43_lo, e_43_hi, t5_43_lo, t5_43_hi); // surrogate.ts:11
        const t6_43_hi = (t5_43_lo > 0 || t5_43_hi < 0) && hi887 === hi887 ? hi887 : divHi(e_43_lo, e_43_hi, t5_43_lo, t5_43_hi); // surrogate.ts:11
        const p957 = x_44_lo * t6_43_lo;
        const p958 = x_44_lo * t6_43_hi;
        const p959 = x_44_hi * t6_43_lo;
        const p960 = x_44_hi * t6_43_hi;
        const pmin178 = Math.min(Math.min(p957, p958), Math.min(p959, p960));
        const lo888 = pmin178 - (PHI * Math.abs(pmin178) + ETA);
        const pmax178 = Math.max(Math.max(p957, p958), Math.max(p959, p960));
        const hi888 = pmax178 + (PHI * Math.abs(pmax178) + ETA);
        const lo889 = lo888 === lo888 ? lo888 : mulLo(x_44_lo, x_44_hi, t6_43_lo, t6_43_hi);
        const hi889 = hi888 === hi888 ? hi888 : mulHi(x_44_lo, x_44_hi, t6_43_lo, t6_43_hi);
        ret_44_lo = lo889; // surrogate.ts:11
        ret_44_hi = hi889; // surrogate.ts:11
    }
    if (decided44 === 2) {
        ret_44_lo = hullLo(ret_44_lo, ret_44_lo_other);
        ret_44_hi = hullHi(ret_44_hi, ret_44_hi_other);
    }
    const h6_3_lo = ret_44_lo; // surrogate.ts:84
    const h6_3_hi = ret_44_hi; // surrogate.ts:84
    const p961 = 0.08377992404767792 > 0 ? 0.08377992404767792 * h5_0_lo : 0.08377992404767792 * h5_0_hi;
    const t1158 = -0.05110509871178598 + (p961 - (PHI * Math.abs(p961) + ETA));
    const lo890 = t1158 - (PHI * Math.abs(t1158) + ETA);
    const p962 = 0.08377992404767792 > 0 ? 0.08377992404767792 * h5_0_hi : 0.08377992404767792 * h5_0_lo;
    const t1159 = -0.05110509871178598 + (p962 + (PHI * Math.abs(p962) + ETA));
    const hi890 = t1159 + (PHI * Math.abs(t1159) + ETA);
    const t406_lo = lo890 === lo890 ? lo890 : fmaPointLo(-0.05110509871178598, 0.08377992404767792, h5_0_lo, h5_0_hi); // surrogate.ts:85
    const t406_hi = hi890 === hi890 ? hi890 : fmaPointHi(-0.05110509871178598, 0.08377992404767792, h5_0_lo, h5_0_hi); // surrogate.ts:85
    const p963 = 0.0320145411278928 > 0 ? 0.0320145411278928 * h5_1_lo : 0.0320145411278928 * h5_1_hi;
    const t1160 = t406_lo + (p963 - (PHI * Math.abs(p963) + ETA));
    const lo891 = t1160 - (PHI * Math.abs(t1160) + ETA);
    const p964 = 0.0320145411278928 > 0 ? 0.0320145411278928 * h5_1_hi : 0.0320145411278928 * h5_1_lo;
    const t1161 = t406_hi + (p964 + (PHI * Math.abs(p964) + ETA));
    const hi891 = t1161 + (PHI * Math.abs(t1161) + ETA);
    const t407_lo = lo891 === lo891 ? lo891 : fmaPointLo(t406_lo, 0.0320145411278928, h5_1_lo, h5_1_hi); // surrogate.ts:85
    const t407_hi = hi891 === hi891 ? hi891 : fmaPointHi(t406_hi, 0.0320145411278928, h5_1_lo, h5_1_hi); // surrogate.ts:85
    const p965 = 0.05632581595352378 > 0 ? 0.05632581595352378 * h5_2_lo : 0.05632581595352378 * h5_2_hi;
    const t1162 = t407_lo + (p965 - (PHI * Math.abs(p965) + ETA));
    const lo892 = t1162 - (PHI * Math.abs(t1162) + ETA);
    const p966 = 0.05632581595352378 > 0 ? 0.05632581595352378 * h5_2_hi : 0.05632581595352378 * h5_2_lo;
    const t1163 = t407_hi + (p966 + (PHI * Math.abs(p966) + ETA));
    const hi892 = t1163 + (PHI * Math.abs(t1163) + ETA);
    const t408_lo = lo892 === lo892 ? lo892 : fmaPointLo(t407_lo, 0.05632581595352378, h5_2_lo, h5_2_hi); // surrogate.ts:85
    const t408_hi = hi892 === hi892 ? hi892 : fmaPointHi(t407_hi, 0.05632581595352378, h5_2_lo, h5_2_hi); // surrogate.ts:85
    const p967 = 0.2949290646542856 > 0 ? 0.2949290646542856 * h5_3_lo : 0.2949290646542856 * h5_3_hi;
    const t1164 = p967 - (PHI * Math.abs(p967) + ETA);
    const lo893 = t1164;
    const p968 = 0.2949290646542856 > 0 ? 0.2949290646542856 * h5_3_hi : 0.2949290646542856 * h5_3_lo;
    const t1165 = p968 + (PHI * Math.abs(p968) + ETA);
    const hi893 = t1165;
    const t409_lo = lo893 === lo893 ? lo893 : mulPointLo(0.2949290646542856, h5_3_lo, h5_3_hi); // surrogate.ts:85
    const t409_hi = hi893 === hi893 ? hi893 : mulPointHi(0.2949290646542856, h5_3_lo, h5_3_hi); // surrogate.ts:85
    const s463 = t408_lo - t409_hi;
    const lo894 = s463 === 0 ? s463 : s463 - (PHI * Math.abs(s463) + ETA);
    const s464 = t408_hi - t409_lo;
    const hi894 = s464 === 0 ? s464 : s464 + (PHI * Math.abs(s464) + ETA);
    const t410_lo = lo894 === lo894 ? lo894 : subLo(t408_lo, t408_hi, t409_lo, t409_hi); // surrogate.ts:85
    const t410_hi = hi894 === hi894 ? hi894 : subHi(t408_lo, t408_hi, t409_lo, t409_hi); // surrogate.ts:85
    const p969 = 0.014759221425553536 > 0 ? 0.014759221425553536 * h5_4_lo : 0.014759221425553536 * h5_4_hi;
    const t1166 = t410_lo + (p969 - (PHI * Math.abs(p969) + ETA));
    const lo895 = t1166 - (PHI * Math.abs(t1166) + ETA);
    const p970 = 0.014759221425553536 > 0 ? 0.014759221425553536 * h5_4_hi : 0.014759221425553536 * h5_4_lo;
    const t1167 = t410_hi + (p970 + (PHI * Math.abs(p970) + ETA));
    const hi895 = t1167 + (PHI * Math.abs(t1167) + ETA);
    const t411_lo = lo895 === lo895 ? lo895 : fmaPointLo(t410_lo, 0.014759221425553536, h5_4_lo, h5_4_hi); // surrogate.ts:85
    const t411_hi = hi895 === hi895 ? hi895 : fmaPointHi(t410_hi, 0.014759221425553536, h5_4_lo, h5_4_hi); // surrogate.ts:85
    const p971 = 0.28497195187344604 > 0 ? 0.28497195187344604 * h5_5_lo : 0.28497195187344604 * h5_5_hi;
    const t1168 = t411_lo + (p971 - (PHI * Math.abs(p971) + ETA));
    const lo896 = t1168 - (PHI * Math.abs(t1168) + ETA);
    const p972 = 0.28497195187344604 > 0 ? 0.28497195187344604 * h5_5_hi : 0.28497195187344604 * h5_5_lo;
    const t1169 = t411_hi + (p972 + (PHI * Math.abs(p972) + ETA));
    const hi896 = t1169 + (PHI * Math.abs(t1169) + ETA);
    const t412_lo = lo896 === lo896 ? lo896 : fmaPointLo(t411_lo, 0.28497195187344604, h5_5_lo, h5_5_hi); // surrogate.ts:85
    const t412_hi = hi896 === hi896 ? hi896 : fmaPointHi(t411_hi, 0.28497195187344604, h5_5_lo, h5_5_hi); // surrogate.ts:85
    const p973 = 0.03524857406927445 > 0 ? 0.03524857406927445 * h5_6_lo : 0.03524857406927445 * h5_6_hi;
    const t1170 = t412_lo + (p973 - (PHI * Math.abs(p973) + ETA));
    const lo897 = t1170 - (PHI * Math.abs(t1170) + ETA);
    const p974 = 0.03524857406927445 > 0 ? 0.03524857406927445 * h5_6_hi : 0.03524857406927445 * h5_6_lo;
    const t1171 = t412_hi + (p974 + (PHI * Math.abs(p974) + ETA));
    const hi897 = t1171 + (PHI * Math.abs(t1171) + ETA);
    const t413_lo = lo897 === lo897 ? lo897 : fmaPointLo(t412_lo, 0.03524857406927445, h5_6_lo, h5_6_hi); // surrogate.ts:85
    const t413_hi = hi897 === hi897 ? hi897 : fmaPointHi(t412_hi, 0.03524857406927445, h5_6_lo, h5_6_hi); // surrogate.ts:85
    // inlined silu (examples/browser/surrogate.ts:8)
    const p975 = 0.05412614615942567 > 0 ? 0.05412614615942567 * h5_7_lo : 0.05412614615942567 * h5_7_hi;
    const t1172 = t413_lo + (p975 - (PHI * Math.abs(p975) + ETA));
    const lo898 = t1172 - (PHI * Math.abs(t1172) + ETA);
    const p976 = 0.05412614615942567 > 0 ? 0.05412614615942567 * h5_7_hi : 0.05412614615942567 * h5_7_lo;
    const t1173 = t413_hi + (p976 + (PHI * Math.abs(p976) + ETA));
    const hi898 = t1173 + (PHI * Math.abs(t1173) + ETA);
    let x_45_lo = lo898 === lo898 ? lo898 : fmaPointLo(t413_lo, 0.05412614615942567, h5_7_lo, h5_7_hi); // surrogate.ts:85
    let x_45_hi = hi898 === hi898 ? hi898 : fmaPointHi(t413_hi, 0.05412614615942567, h5_7_lo, h5_7_hi); // surrogate.ts:85
    let ret_45_lo = 0;
    let ret_45_hi = 0;
    const decided45 = geTri(x_45_lo, x_45_hi, 0, 0); // surrogate.ts:9
    let ret_45_lo_other = 0;
    let ret_45_hi_other = 0;
    if (decided45 === 2) {
        ret_45_lo_other = ret_45_lo;
        ret_45_hi_other = ret_45_hi;
    }
    if (decided45 !== 0) {
        const t1_45_lo = -x_45_hi; // surrogate.ts:9
        const t1_45_hi = -x_45_lo; // surrogate.ts:9
        bounds[0] = t1_45_lo;
        bounds[1] = t1_45_hi;
        expPair();
        const lo899 = bounds[0]!;
        const hi899 = bounds[1]!;
        const t2_45_lo = lo899; // surrogate.ts:9
        const t2_45_hi = hi899; // surrogate.ts:9
        const s465 = 1 + t2_45_lo;
        const lo900 = s465 === 0 ? s465 : s465 - (PHI * Math.abs(s465) + ETA);
        const s466 = 1 + t2_45_hi;
        const hi900 = s466 === 0 ? s466 : s466 + (PHI * Math.abs(s466) + ETA);
        const t3_45_lo = lo900 === lo900 ? lo900 : addLo(1, 1, t2_45_lo, t2_45_hi); // surrogate.ts:9
        const t3_45_hi = hi900 === hi900 ? hi900 : addHi(1, 1, t2_45_lo, t2_45_hi); // surrogate.ts:9
        const q361 = 1 / t3_45_lo;
        const q362 = 1 / t3_45_hi;
        const q363 = 1 / t3_45_lo;
        const q364 = 1 / t3_45_hi;
        const pmin179 = Math.min(Math.min(q361, q362), Math.min(q363, q364));
        const lo901 = pmin179 - (PHI * Math.abs(pmin179) + ETA);
        const pmax179 = Math.max(Math.max(q361, q362), Math.max(q363, q364));
        const hi901 = pmax179 + (PHI * Math.abs(pmax179) + ETA);
        const t4_45_lo = (t3_45_lo > 0 || t3_45_hi < 0) && lo901 === lo901 ? lo901 : divLo(1, 1, t3_45_lo, t3_45_hi); // surrogate.ts:9
        const t4_45_hi = (t3_45_lo > 0 || t3_45_hi < 0) && hi901 === hi901 ? hi901 : divHi(1, 1, t3_45_lo, t3_45_hi); // surrogate.ts:9
        const p977 = x_45_lo * t4_45_lo;
        const p978 = x_45_lo * t4_45_hi;
        const p979 = x_45_hi * t4_45_lo;
        const p980 = x_45_hi * t4_45_hi;
        const pmin180 = Math.min(Math.min(p977, p978), Math.min(p979, p980));
        const lo902 = pmin180 - (PHI * Math.abs(pmin180) + ETA);
        const pmax180 = Math.max(Math.max(p977, p978), Math.max(p979, p980));
        const hi902 = pmax180 + (PHI * Math.abs(pmax180) + ETA);
        const lo903 = lo902 === lo902 ? lo902 : mulLo(x_45_lo, x_45_hi, t4_45_lo, t4_45_hi);
        const hi903 = hi902 === hi902 ? hi902 : mulHi(x_45_lo, x_45_hi, t4_45_lo, t4_45_hi);
        ret_45_lo = lo903; // surrogate.ts:9
        ret_45_hi = hi903; // surrogate.ts:9
    }
    if (decided45 === 2) {
        const t1174 = ret_45_lo;
        ret_45_lo = ret_45_lo_other;
        ret_45_lo_other = t1174;
        const t1175 = ret_45_hi;
        ret_45_hi = ret_45_hi_other;
        ret_45_hi_other = t1175;
    }
    if (decided45 !== 1) {
        bounds[0] = x_45_lo;
        bounds[1] = x_45_hi;
        expPair();
        const lo904 = bounds[0]!;
        const hi904 = bounds[1]!;
        const e_44_lo = lo904; // surrogate.ts:10
        const e_44_hi = hi904; // surrogate.ts:10
        const s467 = 1 + e_44_lo;
        const lo905 = s467 === 0 ? s467 : s467 - (PHI * Math.abs(s467) + ETA);
        const s468 = 1 + e_44_hi;
        const hi905 = s468 === 0 ? s468 : s468 + (PHI * Math.abs(s468) + ETA);
        const t5_44_lo = lo905 === lo905 ? lo905 : addLo(1, 1, e_44_lo, e_44_hi); // surrogate.ts:11
        const t5_44_hi = hi905 === hi905 ? hi905 : addHi(1, 1, e_44_lo, e_44_hi); // surrogate.ts:11
        const q365 = e_44_lo / t5_44_lo;
        const q366 = e_44_lo / t5_44_hi;
        const q367 = e_44_hi / t5_44_lo;
        const q368 = e_44_hi / t5_44_hi;
        const pmin181 = Math.min(Math.min(q365, q366), Math.min(q367, q368));
        const lo906 = pmin181 - (PHI * Math.abs(pmin181) + ETA);
        const pmax181 = Math.max(Math.max(q365, q366), Math.max(q367, q368));
        const hi906 = pmax181 + (PHI * Math.abs(pmax181) + ETA);
        const t6_44_lo = (t5_44_lo > 0 || t5_44_hi < 0) && lo906 === lo906 ? lo906 : divLo(e_44_lo, e_44_hi, t5_44_lo, t5_44_hi); // surrogate.ts:11
        const t6_44_hi = (t5_44_lo > 0 || t5_44_hi < 0) && hi906 === hi906 ? hi906 : divHi(e_44_lo, e_44_hi, t5_44_lo, t5_44_hi); // surrogate.ts:11
        const p981 = x_45_lo * t6_44_lo;
        const p982 = x_45_lo * t6_44_hi;
        const p983 = x_45_hi * t6_44_lo;
        const p984 = x_45_hi * t6_44_hi;
        const pmin182 = Math.min(Math.min(p981, p982), Math.min(p983, p984));
        const lo907 = pmin182 - (PHI * Math.abs(pmin182) + ETA);
        const pmax182 = Math.max(Math.max(p981, p982), Math.max(p983, p984));
        const hi907 = pmax182 + (PHI * Math.abs(pmax182) + ETA);
        const lo908 = lo907 === lo907 ? lo907 : mulLo(x_45_lo, x_45_hi, t6_44_lo, t6_44_hi);
        const hi908 = hi907 === hi907 ? hi907 : mulHi(x_45_lo, x_45_hi, t6_44_lo, t6_44_hi);
        ret_45_lo = lo908; // surrogate.ts:11
        ret_45_hi = hi908; // surrogate.ts:11
    }
    if (decided45 === 2) {
        ret_45_lo = hullLo(ret_45_lo, ret_45_lo_other);
        ret_45_hi = hullHi(ret_45_hi, ret_45_hi_other);
    }
    const h6_4_lo = ret_45_lo; // surrogate.ts:85
    const h6_4_hi = ret_45_hi; // surrogate.ts:85
    const p985 = 0.19538702694796267 > 0 ? 0.19538702694796267 * h5_0_lo : 0.19538702694796267 * h5_0_hi;
    const t1176 = p985 - (PHI * Math.abs(p985) + ETA);
    const lo909 = t1176;
    const p986 = 0.19538702694796267 > 0 ? 0.19538702694796267 * h5_0_hi : 0.19538702694796267 * h5_0_lo;
    const t1177 = p986 + (PHI * Math.abs(p986) + ETA);
    const hi909 = t1177;
    const t414_lo = lo909 === lo909 ? lo909 : mulPointLo(0.19538702694796267, h5_0_lo, h5_0_hi); // surrogate.ts:86
    const t414_hi = hi909 === hi909 ? hi909 : mulPointHi(0.19538702694796267, h5_0_lo, h5_0_hi); // surrogate.ts:86
    const s469 = 0.03800192274232242 - t414_hi;
    const lo910 = s469 === 0 ? s469 : s469 - (PHI * Math.abs(s469) + ETA);
    const s470 = 0.03800192274232242 - t414_lo;
    const hi910 = s470 === 0 ? s470 : s470 + (PHI * Math.abs(s470) + ETA);
    const t415_lo = lo910 === lo910 ? lo910 : subLo(0.03800192274232242, 0.03800192274232242, t414_lo, t414_hi); // surrogate.ts:86
    const t415_hi = hi910 === hi910 ? hi910 : subHi(0.03800192274232242, 0.03800192274232242, t414_lo, t414_hi); // surrogate.ts:86
    const p987 = 0.1475127022816055 > 0 ? 0.1475127022816055 * h5_1_lo : 0.1475127022816055 * h5_1_hi;
    const t1178 = p987 - (PHI * Math.abs(p987) + ETA);
    const lo911 = t1178;
    const p988 = 0.1475127022816055 > 0 ? 0.1475127022816055 * h5_1_hi : 0.1475127022816055 * h5_1_lo;
    const t1179 = p988 + (PHI * Math.abs(p988) + ETA);
    const hi911 = t1179;
    const t416_lo = lo911 === lo911 ? lo911 : mulPointLo(0.1475127022816055, h5_1_lo, h5_1_hi); // surrogate.ts:86
    const t416_hi = hi911 === hi911 ? hi911 : mulPointHi(0.1475127022816055, h5_1_lo, h5_1_hi); // surrogate.ts:86
    const s471 = t415_lo - t416_hi;
    const lo912 = s471 === 0 ? s471 : s471 - (PHI * Math.abs(s471) + ETA);
    const s472 = t415_hi - t416_lo;
    const hi912 = s472 === 0 ? s472 : s472 + (PHI * Math.abs(s472) + ETA);
    const t417_lo = lo912 === lo912 ? lo912 : subLo(t415_lo, t415_hi, t416_lo, t416_hi); // surrogate.ts:86
    const t417_hi = hi912 === hi912 ? hi912 : subHi(t415_lo, t415_hi, t416_lo, t416_hi); // surrogate.ts:86
    const p989 = 0.20830749593651815 > 0 ? 0.20830749593651815 * h5_2_lo : 0.20830749593651815 * h5_2_hi;
    const t1180 = p989 - (PHI * Math.abs(p989) + ETA);
    const lo913 = t1180;
    const p990 = 0.20830749593651815 > 0 ? 0.20830749593651815 * h5_2_hi : 0.20830749593651815 * h5_2_lo;
    const t1181 = p990 + (PHI * Math.abs(p990) + ETA);
    const hi913 = t1181;
    const t418_lo = lo913 === lo913 ? lo913 : mulPointLo(0.20830749593651815, h5_2_lo, h5_2_hi); // surrogate.ts:86
    const t418_hi = hi913 === hi913 ? hi913 : mulPointHi(0.20830749593651815, h5_2_lo, h5_2_hi); // surrogate.ts:86
    const s473 = t417_lo - t418_hi;
    const lo914 = s473 === 0 ? s473 : s473 - (PHI * Math.abs(s473) + ETA);
    const s474 = t417_hi - t418_lo;
    const hi914 = s474 === 0 ? s474 : s474 + (PHI * Math.abs(s474) + ETA);
    const t419_lo = lo914 === lo914 ? lo914 : subLo(t417_lo, t417_hi, t418_lo, t418_hi); // surrogate.ts:86
    const t419_hi = hi914 === hi914 ? hi914 : subHi(t417_lo, t417_hi, t418_lo, t418_hi); // surrogate.ts:86
    const p991 = 0.012556587519584345 > 0 ? 0.012556587519584345 * h5_3_lo : 0.012556587519584345 * h5_3_hi;
    const t1182 = t419_lo + (p991 - (PHI * Math.abs(p991) + ETA));
    const lo915 = t1182 - (PHI * Math.abs(t1182) + ETA);
    const p992 = 0.012556587519584345 > 0 ? 0.012556587519584345 * h5_3_hi : 0.012556587519584345 * h5_3_lo;
    const t1183 = t419_hi + (p992 + (PHI * Math.abs(p992) + ETA));
    const hi915 = t1183 + (PHI * Math.abs(t1183) + ETA);
    const t420_lo = lo915 === lo915 ? lo915 : fmaPointLo(t419_lo, 0.012556587519584345, h5_3_lo, h5_3_hi); // surrogate.ts:86
    const t420_hi = hi915 === hi915 ? hi915 : fmaPointHi(t419_hi, 0.012556587519584345, h5_3_lo, h5_3_hi); // surrogate.ts:86
    const p993 = 0.10737860730463795 > 0 ? 0.10737860730463795 * h5_4_lo : 0.10737860730463795 * h5_4_hi;
    const t1184 = p993 - (PHI * Math.abs(p993) + ETA);
    const lo916 = t1184;
    const p994 = 0.10737860730463795 > 0 ? 0.10737860730463795 * h5_4_hi : 0.10737860730463795 * h5_4_lo;
    const t1185 = p994 + (PHI * Math.abs(p994) + ETA);
    const hi916 = t1185;
    const t421_lo = lo916 === lo916 ? lo916 : mulPointLo(0.10737860730463795, h5_4_lo, h5_4_hi); // surrogate.ts:86
    const t421_hi = hi916 === hi916 ? hi916 : mulPointHi(0.10737860730463795, h5_4_lo, h5_4_hi); // surrogate.ts:86
    const s475 = t420_lo - t421_hi;
    const lo917 = s475 === 0 ? s475 : s475 - (PHI * Math.abs(s475) + ETA);
    const s476 = t420_hi - t421_lo;
    const hi917 = s476 === 0 ? s476 : s476 + (PHI * Math.abs(s476) + ETA);
    const t422_lo = lo917 === lo917 ? lo917 : subLo(t420_lo, t420_hi, t421_lo, t421_hi); // surrogate.ts:86
    const t422_hi = hi917 === hi917 ? hi917 : subHi(t420_lo, t420_hi, t421_lo, t421_hi); // surrogate.ts:86
    const p995 = 0.24417668978623353 > 0 ? 0.24417668978623353 * h5_5_lo : 0.24417668978623353 * h5_5_hi;
    const t1186 = p995 - (PHI * Math.abs(p995) + ETA);
    const lo918 = t1186;
    const p996 = 0.24417668978623353 > 0 ? 0.24417668978623353 * h5_5_hi : 0.24417668978623353 * h5_5_lo;
    const t1187 = p996 + (PHI * Math.abs(p996) + ETA);
    const hi918 = t1187;
    const t423_lo = lo918 === lo918 ? lo918 : mulPointLo(0.24417668978623353, h5_5_lo, h5_5_hi); // surrogate.ts:86
    const t423_hi = hi918 === hi918 ? hi918 : mulPointHi(0.24417668978623353, h5_5_lo, h5_5_hi); // surrogate.ts:86
    const s477 = t422_lo - t423_hi;
    const lo919 = s477 === 0 ? s477 : s477 - (PHI * Math.abs(s477) + ETA);
    const s478 = t422_hi - t423_lo;
    const hi919 = s478 === 0 ? s478 : s478 + (PHI * Math.abs(s478) + ETA);
    const t424_lo = lo919 === lo919 ? lo919 : subLo(t422_lo, t422_hi, t423_lo, t423_hi); // surrogate.ts:86
    const t424_hi = hi919 === hi919 ? hi919 : subHi(t422_lo, t422_hi, t423_lo, t423_hi); // surrogate.ts:86
    const p997 = 0.24174493420347543 > 0 ? 0.24174493420347543 * h5_6_lo : 0.24174493420347543 * h5_6_hi;
    const t1188 = p997 - (PHI * Math.abs(p997) + ETA);
    const lo920 = t1188;
    const p998 = 0.24174493420347543 > 0 ? 0.24174493420347543 * h5_6_hi : 0.24174493420347543 * h5_6_lo;
    const t1189 = p998 + (PHI * Math.abs(p998) + ETA);
    const hi920 = t1189;
    const t425_lo = lo920 === lo920 ? lo920 : mulPointLo(0.24174493420347543, h5_6_lo, h5_6_hi); // surrogate.ts:86
    const t425_hi = hi920 === hi920 ? hi920 : mulPointHi(0.24174493420347543, h5_6_lo, h5_6_hi); // surrogate.ts:86
    const s479 = t424_lo - t425_hi;
    const lo921 = s479 === 0 ? s479 : s479 - (PHI * Math.abs(s479) + ETA);
    const s480 = t424_hi - t425_lo;
    const hi921 = s480 === 0 ? s480 : s480 + (PHI * Math.abs(s480) + ETA);
    const t426_lo = lo921 === lo921 ? lo921 : subLo(t424_lo, t424_hi, t425_lo, t425_hi); // surrogate.ts:86
    const t426_hi = hi921 === hi921 ? hi921 : subHi(t424_lo, t424_hi, t425_lo, t425_hi); // surrogate.ts:86
    const p999 = 0.1856151182285993 > 0 ? 0.1856151182285993 * h5_7_lo : 0.1856151182285993 * h5_7_hi;
    const t1190 = p999 - (PHI * Math.abs(p999) + ETA);
    const lo922 = t1190;
    const p1000 = 0.1856151182285993 > 0 ? 0.1856151182285993 * h5_7_hi : 0.1856151182285993 * h5_7_lo;
    const t1191 = p1000 + (PHI * Math.abs(p1000) + ETA);
    const hi922 = t1191;
    const t427_lo = lo922 === lo922 ? lo922 : mulPointLo(0.1856151182285993, h5_7_lo, h5_7_hi); // surrogate.ts:86
    const t427_hi = hi922 === hi922 ? hi922 : mulPointHi(0.1856151182285993, h5_7_lo, h5_7_hi); // surrogate.ts:86
    // inlined silu (examples/browser/surrogate.ts:8)
    const s481 = t426_lo - t427_hi;
    const lo923 = s481 === 0 ? s481 : s481 - (PHI * Math.abs(s481) + ETA);
    const s482 = t426_hi - t427_lo;
    const hi923 = s482 === 0 ? s482 : s482 + (PHI * Math.abs(s482) + ETA);
    let x_46_lo = lo923 === lo923 ? lo923 : subLo(t426_lo, t426_hi, t427_lo, t427_hi); // surrogate.ts:86
    let x_46_hi = hi923 === hi923 ? hi923 : subHi(t426_lo, t426_hi, t427_lo, t427_hi); // surrogate.ts:86
    let ret_46_lo = 0;
    let ret_46_hi = 0;
    const decided46 = geTri(x_46_lo, x_46_hi, 0, 0); // surrogate.ts:9
    let ret_46_lo_other = 0;
    let ret_46_hi_other = 0;
    if (decided46 === 2) {
        ret_46_lo_other = ret_46_lo;
        ret_46_hi_other = ret_46_hi;
    }
    if (decided46 !== 0) {
        const t1_46_lo = -x_46_hi; // surrogate.ts:9
        const t1_46_hi = -x_46_lo; // surrogate.ts:9
        bounds[0] = t1_46_lo;
        bounds[1] = t1_46_hi;
        expPair();
        const lo924 = bounds[0]!;
        const hi924 = bounds[1]!;
        const t2_46_lo = lo924; // surrogate.ts:9
        const t2_46_hi = hi924; // surrogate.ts:9
        const s483 = 1 + t2_46_lo;
        const lo925 = s483 === 0 ? s483 : s483 - (PHI * Math.abs(s483) + ETA);
        const s484 = 1 + t2_46_hi;
        const hi925 = s484 === 0 ? s484 : s484 + (PHI * Math.abs(s484) + ETA);
        const t3_46_lo = lo925 === lo925 ? lo925 : addLo(1, 1, t2_46_lo, t2_46_hi); // surrogate.ts:9
        const t3_46_hi = hi925 === hi925 ? hi925 : addHi(1, 1, t2_46_lo, t2_46_hi); // surrogate.ts:9
        const q369 = 1 / t3_46_lo;
        const q370 = 1 / t3_46_hi;
        const q371 = 1 / t3_46_lo;
        const q372 = 1 / t3_46_hi;
        const pmin183 = Math.min(Math.min(q369, q370), Math.min(q371, q372));
        const lo926 = pmin183 - (PHI * Math.abs(pmin183) + ETA);
        const pmax183 = Math.max(Math.max(q369, q370), Math.max(q371, q372));
        const hi926 = pmax183 + (PHI * Math.abs(pmax183) + ETA);
        const t4_46_lo = (t3_46_lo > 0 || t3_46_hi < 0) && lo926 === lo926 ? lo926 : divLo(1, 1, t3_46_lo, t3_46_hi); // surrogate.ts:9
        const t4_46_hi = (t3_46_lo > 0 || t3_46_hi < 0) && hi926 === hi926 ? hi926 : divHi(1, 1, t3_46_lo, t3_46_hi); // surrogate.ts:9
        const p1001 = x_46_lo * t4_46_lo;
        const p1002 = x_46_lo * t4_46_hi;
        const p1003 = x_46_hi * t4_46_lo;
        const p1004 = x_46_hi * t4_46_hi;
        const pmin184 = Math.min(Math.min(p1001, p1002), Math.min(p1003, p1004));
        const lo927 = pmin184 - (PHI * Math.abs(pmin184) + ETA);
        const pmax184 = Math.max(Math.max(p1001, p1002), Math.max(p1003, p1004));
        const hi927 = pmax184 + (PHI * Math.abs(pmax184) + ETA);
        const lo928 = lo927 === lo927 ? lo927 : mulLo(x_46_lo, x_46_hi, t4_46_lo, t4_46_hi);
        const hi928 = hi927 === hi927 ? hi927 : mulHi(x_46_lo, x_46_hi, t4_46_lo, t4_46_hi);
        ret_46_lo = lo928; // surrogate.ts:9
        ret_46_hi = hi928; // surrogate.ts:9
    }
    if (decided46 === 2) {
        const t1192 = ret_46_lo;
        ret_46_lo = ret_46_lo_other;
        ret_46_lo_other = t1192;
        const t1193 = ret_46_hi;
        ret_46_hi = ret_46_hi_other;
        ret_46_hi_other = t1193;
    }
    if (decided46 !== 1) {
        bounds[0] = x_46_lo;
        bounds[1] = x_46_hi;
        expPair();
        const lo929 = bounds[0]!;
        const hi929 = bounds[1]!;
        const e_45_lo = lo929; // surrogate.ts:10
        const e_45_hi = hi929; // surrogate.ts:10
        const s485 = 1 + e_45_lo;
        const lo930 = s485 === 0 ? s485 : s485 - (PHI * Math.abs(s485) + ETA);
        const s486 = 1 + e_45_hi;
        const hi930 = s486 === 0 ? s486 : s486 + (PHI * Math.abs(s486) + ETA);
        const t5_45_lo = lo930 === lo930 ? lo930 : addLo(1, 1, e_45_lo, e_45_hi); // surrogate.ts:11
        const t5_45_hi = hi930 === hi930 ? hi930 : addHi(1, 1, e_45_lo, e_45_hi); // surrogate.ts:11
        const q373 = e_45_lo / t5_45_lo;
        const q374 = e_45_lo / t5_45_hi;
        const q375 = e_45_hi / t5_45_lo;
        const q376 = e_45_hi / t5_45_hi;
        const pmin185 = Math.min(Math.min(q373, q374), Math.min(q375, q376));
        const lo931 = pmin185 - (PHI * Math.abs(pmin185) + ETA);
        const pmax185 = Math.max(Math.max(q373, q374), Math.max(q375, q376));
        const hi931 = pmax185 + (PHI * Math.abs(pmax185) + ETA);
        const t6_45_lo = (t5_45_lo > 0 || t5_45_hi < 0) && lo931 === lo931 ? lo931 : divLo(e_45_lo, e_45_hi, t5_45_lo, t5_45_hi); // surrogate.ts:11
        const t6_45_hi = (t5_45_lo > 0 || t5_45_hi < 0) && hi931 === hi931 ? hi931 : divHi(e_45_lo, e_45_hi, t5_45_lo, t5_45_hi); // surrogate.ts:11
        const p1005 = x_46_lo * t6_45_lo;
        const p1006 = x_46_lo * t6_45_hi;
        const p1007 = x_46_hi * t6_45_lo;
        const p1008 = x_46_hi * t6_45_hi;
        const pmin186 = Math.min(Math.min(p1005, p1006), Math.min(p1007, p1008));
        const lo932 = pmin186 - (PHI * Math.abs(pmin186) + ETA);
        const pmax186 = Math.max(Math.max(p1005, p1006), Math.max(p1007, p1008));
        const hi932 = pmax186 + (PHI * Math.abs(pmax186) + ETA);
        const lo933 = lo932 === lo932 ? lo932 : mulLo(x_46_lo, x_46_hi, t6_45_lo, t6_45_hi);
        const hi933 = hi932 === hi932 ? hi932 : mulHi(x_46_lo, x_46_hi, t6_45_lo, t6_45_hi);
        ret_46_lo = lo933; // surrogate.ts:11
        ret_46_hi = hi933; // surrogate.ts:11
    }
    if (decided46 === 2) {
        ret_46_lo = hullLo(ret_46_lo, ret_46_lo_other);
        ret_46_hi = hullHi(ret_46_hi, ret_46_hi_other);
    }
    const h6_5_lo = ret_46_lo; // surrogate.ts:86
    const h6_5_hi = ret_46_hi; // surrogate.ts:86
    const p1009 = 0.16930803414481074 > 0 ? 0.16930803414481074 * h5_0_lo : 0.16930803414481074 * h5_0_hi;
    const t1194 = -0.04260434559218503 + (p1009 - (PHI * Math.abs(p1009) + ETA));
    const lo934 = t1194 - (PHI * Math.abs(t1194) + ETA);
    const p1010 = 0.16930803414481074 > 0 ? 0.16930803414481074 * h5_0_hi : 0.16930803414481074 * h5_0_lo;
    const t1195 = -0.04260434559218503 + (p1010 + (PHI * Math.abs(p1010) + ETA));
    const hi934 = t1195 + (PHI * Math.abs(t1195) + ETA);
    const t428_lo = lo934 === lo934 ? lo934 : fmaPointLo(-0.04260434559218503, 0.16930803414481074, h5_0_lo, h5_0_hi); // surrogate.ts:87
    const t428_hi = hi934 === hi934 ? hi934 : fmaPointHi(-0.04260434559218503, 0.16930803414481074, h5_0_lo, h5_0_hi); // surrogate.ts:87
    const p1011 = 0.24868794353718032 > 0 ? 0.24868794353718032 * h5_1_lo : 0.24868794353718032 * h5_1_hi;
    const t1196 = t428_lo + (p1011 - (PHI * Math.abs(p1011) + ETA));
    const lo935 = t1196 - (PHI * Math.abs(t1196) + ETA);
    const p1012 = 0.24868794353718032 > 0 ? 0.24868794353718032 * h5_1_hi : 0.24868794353718032 * h5_1_lo;
    const t1197 = t428_hi + (p1012 + (PHI * Math.abs(p1012) + ETA));
    const hi935 = t1197 + (PHI * Math.abs(t1197) + ETA);
    const t429_lo = lo935 === lo935 ? lo935 : fmaPointLo(t428_lo, 0.24868794353718032, h5_1_lo, h5_1_hi); // surrogate.ts:87
    const t429_hi = hi935 === hi935 ? hi935 : fmaPointHi(t428_hi, 0.24868794353718032, h5_1_lo, h5_1_hi); // surrogate.ts:87
    const p1013 = 0.2161343394610936 > 0 ? 0.2161343394610936 * h5_2_lo : 0.2161343394610936 * h5_2_hi;
    const t1198 = t429_lo + (p1013 - (PHI * Math.abs(p1013) + ETA));
    const lo936 = t1198 - (PHI * Math.abs(t1198) + ETA);
    const p1014 = 0.2161343394610936 > 0 ? 0.2161343394610936 * h5_2_hi : 0.2161343394610936 * h5_2_lo;
    const t1199 = t429_hi + (p1014 + (PHI * Math.abs(p1014) + ETA));
    const hi936 = t1199 + (PHI * Math.abs(t1199) + ETA);
    const t430_lo = lo936 === lo936 ? lo936 : fmaPointLo(t429_lo, 0.2161343394610936, h5_2_lo, h5_2_hi); // surrogate.ts:87
    const t430_hi = hi936 === hi936 ? hi936 : fmaPointHi(t429_hi, 0.2161343394610936, h5_2_lo, h5_2_hi); // surrogate.ts:87
    const p1015 = 0.15702503734373754 > 0 ? 0.15702503734373754 * h5_3_lo : 0.15702503734373754 * h5_3_hi;
    const t1200 = p1015 - (PHI * Math.abs(p1015) + ETA);
    const lo937 = t1200;
    const p1016 = 0.15702503734373754 > 0 ? 0.15702503734373754 * h5_3_hi : 0.15702503734373754 * h5_3_lo;
    const t1201 = p1016 + (PHI * Math.abs(p1016) + ETA);
    const hi937 = t1201;
    const t431_lo = lo937 === lo937 ? lo937 : mulPointLo(0.15702503734373754, h5_3_lo, h5_3_hi); // surrogate.ts:87
    const t431_hi = hi937 === hi937 ? hi937 : mulPointHi(0.15702503734373754, h5_3_lo, h5_3_hi); // surrogate.ts:87
    const s487 = t430_lo - t431_hi;
    const lo938 = s487 === 0 ? s487 : s487 - (PHI * Math.abs(s487) + ETA);
    const s488 = t430_hi - t431_lo;
    const hi938 = s488 === 0 ? s488 : s488 + (PHI * Math.abs(s488) + ETA);
    const t432_lo = lo938 === lo938 ? lo938 : subLo(t430_lo, t430_hi, t431_lo, t431_hi); // surrogate.ts:87
    const t432_hi = hi938 === hi938 ? hi938 : subHi(t430_lo, t430_hi, t431_lo, t431_hi); // surrogate.ts:87
    const p1017 = 0.3147409148251462 > 0 ? 0.3147409148251462 * h5_4_lo : 0.3147409148251462 * h5_4_hi;
    const t1202 = t432_lo + (p1017 - (PHI * Math.abs(p1017) + ETA));
    const lo939 = t1202 - (PHI * Math.abs(t1202) + ETA);
    const p1018 = 0.3147409148251462 > 0 ? 0.3147409148251462 * h5_4_hi : 0.3147409148251462 * h5_4_lo;
    const t1203 = t432_hi + (p1018 + (PHI * Math.abs(p1018) + ETA));
    const hi939 = t1203 + (PHI * Math.abs(t1203) + ETA);
    const t433_lo = lo939 === lo939 ? lo939 : fmaPointLo(t432_lo, 0.3147409148251462, h5_4_lo, h5_4_hi); // surrogate.ts:87
    const t433_hi = hi939 === hi939 ? hi939 : fmaPointHi(t432_hi, 0.3147409148251462, h5_4_lo, h5_4_hi); // surrogate.ts:87
    const p1019 = 0.18351771172942574 > 0 ? 0.18351771172942574 * h5_5_lo : 0.18351771172942574 * h5_5_hi;
    const t1204 = t433_lo + (p1019 - (PHI * Math.abs(p1019) + ETA));
    const lo940 = t1204 - (PHI * Math.abs(t1204) + ETA);
    const p1020 = 0.18351771172942574 > 0 ? 0.18351771172942574 * h5_5_hi : 0.18351771172942574 * h5_5_lo;
    const t1205 = t433_hi + (p1020 + (PHI * Math.abs(p1020) + ETA));
    const hi940 = t1205 + (PHI * Math.abs(t1205) + ETA);
    const t434_lo = lo940 === lo940 ? lo940 : fmaPointLo(t433_lo, 0.18351771172942574, h5_5_lo, h5_5_hi); // surrogate.ts:87
    const t434_hi = hi940 === hi940 ? hi940 : fmaPointHi(t433_hi, 0.18351771172942574, h5_5_lo, h5_5_hi); // surrogate.ts:87
    const p1021 = 0.2489347754440406 > 0 ? 0.2489347754440406 * h5_6_lo : 0.2489347754440406 * h5_6_hi;
    const t1206 = t434_lo + (p1021 - (PHI * Math.abs(p1021) + ETA));
    const lo941 = t1206 - (PHI * Math.abs(t1206) + ETA);
    const p1022 = 0.2489347754440406 > 0 ? 0.2489347754440406 * h5_6_hi : 0.2489347754440406 * h5_6_lo;
    const t1207 = t434_hi + (p1022 + (PHI * Math.abs(p1022) + ETA));
    const hi941 = t1207 + (PHI * Math.abs(t1207) + ETA);
    const t435_lo = lo941 === lo941 ? lo941 : fmaPointLo(t434_lo, 0.2489347754440406, h5_6_lo, h5_6_hi); // surrogate.ts:87
    const t435_hi = hi941 === hi941 ? hi941 : fmaPointHi(t434_hi, 0.2489347754440406, h5_6_lo, h5_6_hi); // surrogate.ts:87
    // inlined silu (examples/browser/surrogate.ts:8)
    const p1023 = 0.09407464849997181 > 0 ? 0.09407464849997181 * h5_7_lo : 0.09407464849997181 * h5_7_hi;
    const t1208 = t435_lo + (p1023 - (PHI * Math.abs(p1023) + ETA));
    const lo942 = t1208 - (PHI * Math.abs(t1208) + ETA);
    const p1024 = 0.09407464849997181 > 0 ? 0.09407464849997181 * h5_7_hi : 0.09407464849997181 * h5_7_lo;
    const t1209 = t435_hi + (p1024 + (PHI * Math.abs(p1024) + ETA));
    const hi942 = t1209 + (PHI * Math.abs(t1209) + ETA);
    let x_47_lo = lo942 === lo942 ? lo942 : fmaPointLo(t435_lo, 0.09407464849997181, h5_7_lo, h5_7_hi); // surrogate.ts:87
    let x_47_hi = hi942 === hi942 ? hi942 : fmaPointHi(t435_hi, 0.09407464849997181, h5_7_lo, h5_7_hi); // surrogate.ts:87
    let ret_47_lo = 0;
    let ret_47_hi = 0;
    const decided47 = geTri(x_47_lo, x_47_hi, 0, 0); // surrogate.ts:9
    let ret_47_lo_other = 0;
    let ret_47_hi_other = 0;
    if (decided47 === 2) {
        ret_47_lo_other = ret_47_lo;
        ret_47_hi_other = ret_47_hi;
    }
    if (decided47 !== 0) {
        const t1_47_lo = -x_47_hi; // surrogate.ts:9
        const t1_47_hi = -x_47_lo; // surrogate.ts:9
        bounds[0] = t1_47_lo;
        bounds[1] = t1_47_hi;
        expPair();
        const lo943 = bounds[0]!;
        const hi943 = bounds[1]!;
        const t2_47_lo = lo943; // surrogate.ts:9
        const t2_47_hi = hi943; // surrogate.ts:9
        const s489 = 1 + t2_47_lo;
        const lo944 = s489 === 0 ? s489 : s489 - (PHI * Math.abs(s489) + ETA);
        const s490 = 1 + t2_47_hi;
        const hi944 = s490 === 0 ? s490 : s490 + (PHI * Math.abs(s490) + ETA);
        const t3_47_lo = lo944 === lo944 ? lo944 : addLo(1, 1, t2_47_lo, t2_47_hi); // surrogate.ts:9
        const t3_47_hi = hi944 === hi944 ? hi944 : addHi(1, 1, t2_47_lo, t2_47_hi); // surrogate.ts:9
        const q377 = 1 / t3_47_lo;
        const q378 = 1 / t3_47_hi;
        const q379 = 1 / t3_47_lo;
        const q380 = 1 / t3_47_hi;
        const pmin187 = Math.min(Math.min(q377, q378), Math.min(q379, q380));
        const lo945 = pmin187 - (PHI * Math.abs(pmin187) + ETA);
        const pmax187 = Math.max(Math.max(q377, q378), Math.max(q379, q380));
        const hi945 = pmax187 + (PHI * Math.abs(pmax187) + ETA);
        const t4_47_lo = (t3_47_lo > 0 || t3_47_hi < 0) && lo945 === lo945 ? lo945 : divLo(1, 1, t3_47_lo, t3_47_hi); // surrogate.ts:9
        const t4_47_hi = (t3_47_lo > 0 || t3_47_hi < 0) && hi945 === hi945 ? hi945 : divHi(1, 1, t3_47_lo, t3_47_hi); // surrogate.ts:9
        const p1025 = x_47_lo * t4_47_lo;
        const p1026 = x_47_lo * t4_47_hi;
        const p1027 = x_47_hi * t4_47_lo;
        const p1028 = x_47_hi * t4_47_hi;
        const pmin188 = Math.min(Math.min(p1025, p1026), Math.min(p1027, p1028));
        const lo946 = pmin188 - (PHI * Math.abs(pmin188) + ETA);
        const pmax188 = Math.max(Math.max(p1025, p1026), Math.max(p1027, p1028));
        const hi946 = pmax188 + (PHI * Math.abs(pmax188) + ETA);
        const lo947 = lo946 === lo946 ? lo946 : mulLo(x_47_lo, x_47_hi, t4_47_lo, t4_47_hi);
        const hi947 = hi946 === hi946 ? hi946 : mulHi(x_47_lo, x_47_hi, t4_47_lo, t4_47_hi);
        ret_47_lo = lo947; // surrogate.ts:9
        ret_47_hi = hi947; // surrogate.ts:9
    }
    if (decided47 === 2) {
        const t1210 = ret_47_lo;
        ret_47_lo = ret_47_lo_other;
        ret_47_lo_other = t1210;
        const t1211 = ret_47_hi;
        ret_47_hi = ret_47_hi_other;
        ret_47_hi_other = t1211;
    }
    if (decided47 !== 1) {
        bounds[0] = x_47_lo;
        bounds[1] = x_47_hi;
        expPair();
        const lo948 = bounds[0]!;
        const hi948 = bounds[1]!;
        const e_46_lo = lo948; // surrogate.ts:10
        const e_46_hi = hi948; // surrogate.ts:10
        const s491 = 1 + e_46_lo;
        const lo949 = s491 === 0 ? s491 : s491 - (PHI * Math.abs(s491) + ETA);
        const s492 = 1 + e_46_hi;
        const hi949 = s492 === 0 ? s492 : s492 + (PHI * Math.abs(s492) + ETA);
        const t5_46_lo = lo949 === lo949 ? lo949 : addLo(1, 1, e_46_lo, e_46_hi); // surrogate.ts:11
        const t5_46_hi = hi949 === hi949 ? hi949 : addHi(1, 1, e_46_lo, e_46_hi); // surrogate.ts:11
        const q381 = e_46_lo / t5_46_lo;
        const q382 = e_46_lo / t5_46_hi;
        const q383 = e_46_hi / t5_46_lo;
        const q384 = e_46_hi / t5_46_hi;
        const pmin189 = Math.min(Math.min(q381, q382), Math.min(q383, q384));
        const lo950 = pmin189 - (PHI * Math.abs(pmin189) + ETA);
        const pmax189 = Math.max(Math.max(q381, q382), Math.max(q383, q384));
        const hi950 = pmax189 + (PHI * Math.abs(pmax189) + ETA);
        const t6_46_lo = (t5_46_lo > 0 || t5_46_hi < 0) && lo950 === lo950 ? lo950 : divLo(e_46_lo, e_46_hi, t5_46_lo, t5_46_hi); // surrogate.ts:11
        const t6_46_hi = (t5_46_lo > 0 || t5_46_hi < 0) && hi950 === hi950 ? hi950 : divHi(e_46_lo, e_46_hi, t5_46_lo, t5_46_hi); // surrogate.ts:11
        const p1029 = x_47_lo * t6_46_lo;
        const p1030 = x_47_lo * t6_46_hi;
        const p1031 = x_47_hi * t6_46_lo;
        const p1032 = x_47_hi * t6_46_hi;
        const pmin190 = Math.min(Math.min(p1029, p1030), Math.min(p1031, p1032));
        const lo951 = pmin190 - (PHI * Math.abs(pmin190) + ETA);
        const pmax190 = Math.max(Math.max(p1029, p1030), Math.max(p1031, p1032));
        const hi951 = pmax190 + (PHI * Math.abs(pmax190) + ETA);
        const lo952 = lo951 === lo951 ? lo951 : mulLo(x_47_lo, x_47_hi, t6_46_lo, t6_46_hi);
        const hi952 = hi951 === hi951 ? hi951 : mulHi(x_47_lo, x_47_hi, t6_46_lo, t6_46_hi);
        ret_47_lo = lo952; // surrogate.ts:11
        ret_47_hi = hi952; // surrogate.ts:11
    }
    if (decided47 === 2) {
        ret_47_lo = hullLo(ret_47_lo, ret_47_lo_other);
        ret_47_hi = hullHi(ret_47_hi, ret_47_hi_other);
    }
    const h6_6_lo = ret_47_lo; // surrogate.ts:87
    const h6_6_hi = ret_47_hi; // surrogate.ts:87
    const p1033 = 0.22242753397285367 > 0 ? 0.22242753397285367 * h5_0_lo : 0.22242753397285367 * h5_0_hi;
    const t1212 = p1033 - (PHI * Math.abs(p1033) + ETA);
    const lo953 = t1212;
    const p1034 = 0.22242753397285367 > 0 ? 0.22242753397285367 * h5_0_hi : 0.22242753397285367 * h5_0_lo;
    const t1213 = p1034 + (PHI * Math.abs(p1034) + ETA);
    const hi953 = t1213;
    const t436_lo = lo953 === lo953 ? lo953 : mulPointLo(0.22242753397285367, h5_0_lo, h5_0_hi); // surrogate.ts:88
    const t436_hi = hi953 === hi953 ? hi953 : mulPointHi(0.22242753397285367, h5_0_lo, h5_0_hi); // surrogate.ts:88
    const s493 = 0.039743019736295127 - t436_hi;
    const lo954 = s493 === 0 ? s493 : s493 - (PHI * Math.abs(s493) + ETA);
    const s494 = 0.039743019736295127 - t436_lo;
    const hi954 = s494 === 0 ? s494 : s494 + (PHI * Math.abs(s494) + ETA);
    const t437_lo = lo954 === lo954 ? lo954 : subLo(0.039743019736295127, 0.039743019736295127, t436_lo, t436_hi); // surrogate.ts:88
    const t437_hi = hi954 === hi954 ? hi954 : subHi(0.039743019736295127, 0.039743019736295127, t436_lo, t436_hi); // surrogate.ts:88
    const p1035 = 0.023640207530133753 > 0 ? 0.023640207530133753 * h5_1_lo : 0.023640207530133753 * h5_1_hi;
    const t1214 = p1035 - (PHI * Math.abs(p1035) + ETA);
    const lo955 = t1214;
    const p1036 = 0.023640207530133753 > 0 ? 0.023640207530133753 * h5_1_hi : 0.023640207530133753 * h5_1_lo;
    const t1215 = p1036 + (PHI * Math.abs(p1036) + ETA);
    const hi955 = t1215;
    const t438_lo = lo955 === lo955 ? lo955 : mulPointLo(0.023640207530133753, h5_1_lo, h5_1_hi); // surrogate.ts:88
    const t438_hi = hi955 === hi955 ? hi955 : mulPointHi(0.023640207530133753, h5_1_lo, h5_1_hi); // surrogate.ts:88
    const s495 = t437_lo - t438_hi;
    const lo956 = s495 === 0 ? s495 : s495 - (PHI * Math.abs(s495) + ETA);
    const s496 = t437_hi - t438_lo;
    const hi956 = s496 === 0 ? s496 : s496 + (PHI * Math.abs(s496) + ETA);
    const t439_lo = lo956 === lo956 ? lo956 : subLo(t437_lo, t437_hi, t438_lo, t438_hi); // surrogate.ts:88
    const t439_hi = hi956 === hi956 ? hi956 : subHi(t437_lo, t437_hi, t438_lo, t438_hi); // surrogate.ts:88
    const p1037 = 0.18390833908608353 > 0 ? 0.18390833908608353 * h5_2_lo : 0.18390833908608353 * h5_2_hi;
    const t1216 = p1037 - (PHI * Math.abs(p1037) + ETA);
    const lo957 = t1216;
    const p1038 = 0.18390833908608353 > 0 ? 0.18390833908608353 * h5_2_hi : 0.18390833908608353 * h5_2_lo;
    const t1217 = p1038 + (PHI * Math.abs(p1038) + ETA);
    const hi957 = t1217;
    const t440_lo = lo957 === lo957 ? lo957 : mulPointLo(0.18390833908608353, h5_2_lo, h5_2_hi); // surrogate.ts:88
    const t440_hi = hi957 === hi957 ? hi957 : mulPointHi(0.18390833908608353, h5_2_lo, h5_2_hi); // surrogate.ts:88
    const s497 = t439_lo - t440_hi;
    const lo958 = s497 === 0 ? s497 : s497 - (PHI * Math.abs(s497) + ETA);
    const s498 = t439_hi - t440_lo;
    const hi958 = s498 === 0 ? s498 : s498 + (PHI * Math.abs(s498) + ETA);
    const t441_lo = lo958 === lo958 ? lo958 : subLo(t439_lo, t439_hi, t440_lo, t440_hi); // surrogate.ts:88
    const t441_hi = hi958 === hi958 ? hi958 : subHi(t439_lo, t439_hi, t440_lo, t440_hi); // surrogate.ts:88
    const p1039 = 0.07060332435074751 > 0 ? 0.07060332435074751 * h5_3_lo : 0.07060332435074751 * h5_3_hi;
    const t1218 = p1039 - (PHI * Math.abs(p1039) + ETA);
    const lo959 = t1218;
    const p1040 = 0.07060332435074751 > 0 ? 0.07060332435074751 * h5_3_hi : 0.07060332435074751 * h5_3_lo;
    const t1219 = p1040 + (PHI * Math.abs(p1040) + ETA);
    const hi959 = t1219;
    const t442_lo = lo959 === lo959 ? lo959 : mulPointLo(0.07060332435074751, h5_3_lo, h5_3_hi); // surrogate.ts:88
    const t442_hi = hi959 === hi959 ? hi959 : mulPointHi(0.07060332435074751, h5_3_lo, h5_3_hi); // surrogate.ts:88
    const s499 = t441_lo - t442_hi;
    const lo960 = s499 === 0 ? s499 : s499 - (PHI * Math.abs(s499) + ETA);
    const s500 = t441_hi - t442_lo;
    const hi960 = s500 === 0 ? s500 : s500 + (PHI * Math.abs(s500) + ETA);
    const t443_lo = lo960 === lo960 ? lo960 : subLo(t441_lo, t441_hi, t442_lo, t442_hi); // surrogate.ts:88
    const t443_hi = hi960 === hi960 ? hi960 : subHi(t441_lo, t441_hi, t442_lo, t442_hi); // surrogate.ts:88
    const p1041 = 0.14876298471706645 > 0 ? 0.14876298471706645 * h5_4_lo : 0.14876298471706645 * h5_4_hi;
    const t1220 = p1041 - (PHI * Math.abs(p1041) + ETA);
    const lo961 = t1220;
    const p1042 = 0.14876298471706645 > 0 ? 0.14876298471706645 * h5_4_hi : 0.14876298471706645 * h5_4_lo;
    const t1221 = p1042 + (PHI * Math.abs(p1042) + ETA);
    const hi961 = t1221;
    const t444_lo = lo961 === lo961 ? lo961 : mulPointLo(0.14876298471706645, h5_4_lo, h5_4_hi); // surrogate.ts:88
    const t444_hi = hi961 === hi961 ? hi961 : mulPointHi(0.14876298471706645, h5_4_lo, h5_4_hi); // surrogate.ts:88
    const s501 = t443_lo - t444_hi;
    const lo962 = s501 === 0 ? s501 : s501 - (PHI * Math.abs(s501) + ETA);
    const s502 = t443_hi - t444_lo;
    const hi962 = s502 === 0 ? s502 : s502 + (PHI * Math.abs(s502) + ETA);
    const t445_lo = lo962 === lo962 ? lo962 : subLo(t443_lo, t443_hi, t444_lo, t444_hi); // surrogate.ts:88
    const t445_hi = hi962 === hi962 ? hi962 : subHi(t443_lo, t443_hi, t444_lo, t444_hi); // surrogate.ts:88
    const p1043 = 0.21993437121047837 > 0 ? 0.21993437121047837 * h5_5_lo : 0.21993437121047837 * h5_5_hi;
    const t1222 = p1043 - (PHI * Math.abs(p1043) + ETA);
    const lo963 = t1222;
    const p1044 = 0.21993437121047837 > 0 ? 0.21993437121047837 * h5_5_hi : 0.21993437121047837 * h5_5_lo;
    const t1223 = p1044 + (PHI * Math.abs(p1044) + ETA);
    const hi963 = t1223;
    const t446_lo = lo963 === lo963 ? lo963 : mulPointLo(0.21993437121047837, h5_5_lo, h5_5_hi); // surrogate.ts:88
    const t446_hi = hi963 === hi963 ? hi963 : mulPointHi(0.21993437121047837, h5_5_lo, h5_5_hi); // surrogate.ts:88
    const s503 = t445_lo - t446_hi;
    const lo964 = s503 === 0 ? s503 : s503 - (PHI * Math.abs(s503) + ETA);
    const s504 = t445_hi - t446_lo;
    const hi964 = s504 === 0 ? s504 : s504 + (PHI * Math.abs(s504) + ETA);
    const t447_lo = lo964 === lo964 ? lo964 : subLo(t445_lo, t445_hi, t446_lo, t446_hi); // surrogate.ts:88
    const t447_hi = hi964 === hi964 ? hi964 : subHi(t445_lo, t445_hi, t446_lo, t446_hi); // surrogate.ts:88
    const p1045 = 0.2733263607084711 > 0 ? 0.2733263607084711 * h5_6_lo : 0.2733263607084711 * h5_6_hi;
    const t1224 = p1045 - (PHI * Math.abs(p1045) + ETA);
    const lo965 = t1224;
    const p1046 = 0.2733263607084711 > 0 ? 0.2733263607084711 * h5_6_hi : 0.2733263607084711 * h5_6_lo;
    const t1225 = p1046 + (PHI * Math.abs(p1046) + ETA);
    const hi965 = t1225;
    const t448_lo = lo965 === lo965 ? lo965 : mulPointLo(0.2733263607084711, h5_6_lo, h5_6_hi); // surrogate.ts:88
    const t448_hi = hi965 === hi965 ? hi965 : mulPointHi(0.2733263607084711, h5_6_lo, h5_6_hi); // surrogate.ts:88
    const s505 = t447_lo - t448_hi;
    const lo966 = s505 === 0 ? s505 : s505 - (PHI * Math.abs(s505) + ETA);
    const s506 = t447_hi - t448_lo;
    const hi966 = s506 === 0 ? s506 : s506 + (PHI * Math.abs(s506) + ETA);
    const t449_lo = lo966 === lo966 ? lo966 : subLo(t447_lo, t447_hi, t448_lo, t448_hi); // surrogate.ts:88
    const t449_hi = hi966 === hi966 ? hi966 : subHi(t447_lo, t447_hi, t448_lo, t448_hi); // surrogate.ts:88
    const p1047 = 0.23718548016546975 > 0 ? 0.23718548016546975 * h5_7_lo : 0.23718548016546975 * h5_7_hi;
    const t1226 = p1047 - (PHI * Math.abs(p1047) + ETA);
    const lo967 = t1226;
    const p1048 = 0.23718548016546975 > 0 ? 0.23718548016546975 * h5_7_hi : 0.23718548016546975 * h5_7_lo;
    const t1227 = p1048 + (PHI * Math.abs(p1048) + ETA);
    const hi967 = t1227;
    const t450_lo = lo967 === lo967 ? lo967 : mulPointLo(0.23718548016546975, h5_7_lo, h5_7_hi); // surrogate.ts:88
    const t450_hi = hi967 === hi967 ? hi967 : mulPointHi(0.23718548016546975, h5_7_lo, h5_7_hi); // surrogate.ts:88
    // inlined silu (examples/browser/surrogate.ts:8)
    const s507 = t449_lo - t450_hi;
    const lo968 = s507 === 0 ? s507 : s507 - (PHI * Math.abs(s507) + ETA);
    const s508 = t449_hi - t450_lo;
    const hi968 = s508 === 0 ? s508 : s508 + (PHI * Math.abs(s508) + ETA);
    let x_48_lo = lo968 === lo968 ? lo968 : subLo(t449_lo, t449_hi, t450_lo, t450_hi); // surrogate.ts:88
    let x_48_hi = hi968 === hi968 ? hi968 : subHi(t449_lo, t449_hi, t450_lo, t450_hi); // surrogate.ts:88
    let ret_48_lo = 0;
    let ret_48_hi = 0;
    const decided48 = geTri(x_48_lo, x_48_hi, 0, 0); // surrogate.ts:9
    let ret_48_lo_other = 0;
    let ret_48_hi_other = 0;
    if (decided48 === 2) {
        ret_48_lo_other = ret_48_lo;
        ret_48_hi_other = ret_48_hi;
    }
    if (decided48 !== 0) {
        const t1_48_lo = -x_48_hi; // surrogate.ts:9
        const t1_48_hi = -x_48_lo; // surrogate.ts:9
        bounds[0] = t1_48_lo;
        bounds[1] = t1_48_hi;
        expPair();
        const lo969 = bounds[0]!;
        const hi969 = bounds[1]!;
        const t2_48_lo = lo969; // surrogate.ts:9
        const t2_48_hi = hi969; // surrogate.ts:9
        const s509 = 1 + t2_48_lo;
        const lo970 = s509 === 0 ? s509 : s509 - (PHI * Math.abs(s509) + ETA);
        const s510 = 1 + t2_48_hi;
        const hi970 = s510 === 0 ? s510 : s510 + (PHI * Math.abs(s510) + ETA);
        const t3_48_lo = lo970 === lo970 ? lo970 : addLo(1, 1, t2_48_lo, t2_48_hi); // surrogate.ts:9
        const t3_48_hi = hi970 === hi970 ? hi970 : addHi(1, 1, t2_48_lo, t2_48_hi); // surrogate.ts:9
        const q385 = 1 / t3_48_lo;
        const q386 = 1 / t3_48_hi;
        const q387 = 1 / t3_48_lo;
        const q388 = 1 / t3_48_hi;
        const pmin191 = Math.min(Math.min(q385, q386), Math.min(q387, q388));
        const lo971 = pmin191 - (PHI * Math.abs(pmin191) + ETA);
        const pmax191 = Math.max(Math.max(q385, q386), Math.max(q387, q388));
        const hi971 = pmax191 + (PHI * Math.abs(pmax191) + ETA);
        const t4_48_lo = (t3_48_lo > 0 || t3_48_hi < 0) && lo971 === lo971 ? lo971 : divLo(1, 1, t3_48_lo, t3_48_hi); // surrogate.ts:9
        const t4_48_hi = (t3_48_lo > 0 || t3_48_hi < 0) && hi971 === hi971 ? hi971 : divHi(1, 1, t3_48_lo, t3_48_hi); // surrogate.ts:9
        const p1049 = x_48_lo * t4_48_lo;
        const p1050 = x_48_lo * t4_48_hi;
        const p1051 = x_48_hi * t4_48_lo;
        const p1052 = x_48_hi * t4_48_hi;
        const pmin192 = Math.min(Math.min(p1049, p1050), Math.min(p1051, p1052));
        const lo972 = pmin192 - (PHI * Math.abs(pmin192) + ETA);
        const pmax192 = Math.max(Math.max(p1049, p1050), Math.max(p1051, p1052));
        const hi972 = pmax192 + (PHI * Math.abs(pmax192) + ETA);
        const lo973 = lo972 === lo972 ? lo972 : mulLo(x_48_lo, x_48_hi, t4_48_lo, t4_48_hi);
        const hi973 = hi972 === hi972 ? hi972 : mulHi(x_48_lo, x_48_hi, t4_48_lo, t4_48_hi);
        ret_48_lo = lo973; // surrogate.ts:9
        ret_48_hi = hi973; // surrogate.ts:9
    }
    if (decided48 === 2) {
        const t1228 = ret_48_lo;
        ret_48_lo = ret_48_lo_other;
        ret_48_lo_other = t1228;
        const t1229 = ret_48_hi;
        ret_48_hi = ret_48_hi_other;
        ret_48_hi_other = t1229;
    }
    if (decided48 !== 1) {
        bounds[0] = x_48_lo;
        bounds[1] = x_48_hi;
        expPair();
        const lo974 = bounds[0]!;
        const hi974 = bounds[1]!;
        const e_47_lo = lo974; // surrogate.ts:10
        const e_47_hi = hi974; // surrogate.ts:10
        const s511 = 1 + e_47_lo;
        const lo975 = s511 === 0 ? s511 : s511 - (PHI * Math.abs(s511) + ETA);
        const s512 = 1 + e_47_hi;
        const hi975 = s512 === 0 ? s512 : s512 + (PHI * Math.abs(s512) + ETA);
        const t5_47_lo = lo975 === lo975 ? lo975 : addLo(1, 1, e_47_lo, e_47_hi); // surrogate.ts:11
        const t5_47_hi = hi975 === hi975 ? hi975 : addHi(1, 1, e_47_lo, e_47_hi); // surrogate.ts:11
        const q389 = e_47_lo / t5_47_lo;
        const q390 = e_47_lo / t5_47_hi;
        const q391 = e_47_hi / t5_47_lo;
        const q392 = e_47_hi / t5_47_hi;
        const pmin193 = Math.min(Math.min(q389, q390), Math.min(q391, q392));
        const lo976 = pmin193 - (PHI * Math.abs(pmin193) + ETA);
        const pmax193 = Math.max(Math.max(q389, q390), Math.max(q391, q392));
        const hi976 = pmax193 + (PHI * Math.abs(pmax193) + ETA);
        const t6_47_lo = (t5_47_lo > 0 || t5_47_hi < 0) && lo976 === lo976 ? lo976 : divLo(e_47_lo, e_47_hi, t5_47_lo, t5_47_hi); // surrogate.ts:11
        const t6_47_hi = (t5_47_lo > 0 || t5_47_hi < 0) && hi976 === hi976 ? hi976 : divHi(e_47_lo, e_47_hi, t5_47_lo, t5_47_hi); // surrogate.ts:11
        const p1053 = x_48_lo * t6_47_lo;
        const p1054 = x_48_lo * t6_47_hi;
        const p1055 = x_48_hi * t6_47_lo;
        const p1056 = x_48_hi * t6_47_hi;
        const pmin194 = Math.min(Math.min(p1053, p1054), Math.min(p1055, p1056));
        const lo977 = pmin194 - (PHI * Math.abs(pmin194) + ETA);
        const pmax194 = Math.max(Math.max(p1053, p1054), Math.max(p1055, p1056));
        const hi977 = pmax194 + (PHI * Math.abs(pmax194) + ETA);
        const lo978 = lo977 === lo977 ? lo977 : mulLo(x_48_lo, x_48_hi, t6_47_lo, t6_47_hi);
        const hi978 = hi977 === hi977 ? hi977 : mulHi(x_48_lo, x_48_hi, t6_47_lo, t6_47_hi);
        ret_48_lo = lo978; // surrogate.ts:11
        ret_48_hi = hi978; // surrogate.ts:11
    }
    if (decided48 === 2) {
        ret_48_lo = hullLo(ret_48_lo, ret_48_lo_other);
        ret_48_hi = hullHi(ret_48_hi, ret_48_hi_other);
    }
    const h6_7_lo = ret_48_lo; // surrogate.ts:88
    const h6_7_hi = ret_48_hi; // surrogate.ts:88
    const p1057 = 0.3821857038448126 > 0 ? 0.3821857038448126 * h6_0_lo : 0.3821857038448126 * h6_0_hi;
    const t1230 = p1057 - (PHI * Math.abs(p1057) + ETA);
    const lo979 = t1230;
    const p1058 = 0.3821857038448126 > 0 ? 0.3821857038448126 * h6_0_hi : 0.3821857038448126 * h6_0_lo;
    const t1231 = p1058 + (PHI * Math.abs(p1058) + ETA);
    const hi979 = t1231;
    const t451_lo = lo979 === lo979 ? lo979 : mulPointLo(0.3821857038448126, h6_0_lo, h6_0_hi); // surrogate.ts:91
    const t451_hi = hi979 === hi979 ? hi979 : mulPointHi(0.3821857038448126, h6_0_lo, h6_0_hi); // surrogate.ts:91
    const s513 = -0.19870074624808062 - t451_hi;
    const lo980 = s513 === 0 ? s513 : s513 - (PHI * Math.abs(s513) + ETA);
    const s514 = -0.19870074624808062 - t451_lo;
    const hi980 = s514 === 0 ? s514 : s514 + (PHI * Math.abs(s514) + ETA);
    const t452_lo = lo980 === lo980 ? lo980 : subLo(-0.19870074624808062, -0.19870074624808062, t451_lo, t451_hi); // surrogate.ts:91
    const t452_hi = hi980 === hi980 ? hi980 : subHi(-0.19870074624808062, -0.19870074624808062, t451_lo, t451_hi); // surrogate.ts:91
    const p1059 = 0.4482576388507321 > 0 ? 0.4482576388507321 * h6_1_lo : 0.4482576388507321 * h6_1_hi;
    const t1232 = t452_lo + (p1059 - (PHI * Math.abs(p1059) + ETA));
    const lo981 = t1232 - (PHI * Math.abs(t1232) + ETA);
    const p1060 = 0.4482576388507321 > 0 ? 0.4482576388507321 * h6_1_hi : 0.4482576388507321 * h6_1_lo;
    const t1233 = t452_hi + (p1060 + (PHI * Math.abs(p1060) + ETA));
    const hi981 = t1233 + (PHI * Math.abs(t1233) + ETA);
    const t453_lo = lo981 === lo981 ? lo981 : fmaPointLo(t452_lo, 0.4482576388507321, h6_1_lo, h6_1_hi); // surrogate.ts:91
    const t453_hi = hi981 === hi981 ? hi981 : fmaPointHi(t452_hi, 0.4482576388507321, h6_1_lo, h6_1_hi); // surrogate.ts:91
    const p1061 = 0.4674525295274374 > 0 ? 0.4674525295274374 * h6_2_lo : 0.4674525295274374 * h6_2_hi;
    const t1234 = p1061 - (PHI * Math.abs(p1061) + ETA);
    const lo982 = t1234;
    const p1062 = 0.4674525295274374 > 0 ? 0.4674525295274374 * h6_2_hi : 0.4674525295274374 * h6_2_lo;
    const t1235 = p1062 + (PHI * Math.abs(p1062) + ETA);
    const hi982 = t1235;
    const t454_lo = lo982 === lo982 ? lo982 : mulPointLo(0.4674525295274374, h6_2_lo, h6_2_hi); // surrogate.ts:91
    const t454_hi = hi982 === hi982 ? hi982 : mulPointHi(0.4674525295274374, h6_2_lo, h6_2_hi); // surrogate.ts:91
    const s515 = t453_lo - t454_hi;
    const lo983 = s515 === 0 ? s515 : s515 - (PHI * Math.abs(s515) + ETA);
    const s516 = t453_hi - t454_lo;
    const hi983 = s516 === 0 ? s516 : s516 + (PHI * Math.abs(s516) + ETA);
    const t455_lo = lo983 === lo983 ? lo983 : subLo(t453_lo, t453_hi, t454_lo, t454_hi); // surrogate.ts:91
    const t455_hi = hi983 === hi983 ? hi983 : subHi(t453_lo, t453_hi, t454_lo, t454_hi); // surrogate.ts:91
    const p1063 = 0.30074966740342113 > 0 ? 0.30074966740342113 * h6_3_lo : 0.30074966740342113 * h6_3_hi;
    const t1236 = t455_lo + (p1063 - (PHI * Math.abs(p1063) + ETA));
    const lo984 = t1236 - (PHI * Math.abs(t1236) + ETA);
    const p1064 = 0.30074966740342113 > 0 ? 0.30074966740342113 * h6_3_hi : 0.30074966740342113 * h6_3_lo;
    const t1237 = t455_hi + (p1064 + (PHI * Math.abs(p1064) + ETA));
    const hi984 = t1237 + (PHI * Math.abs(t1237) + ETA);
    const t456_lo = lo984 === lo984 ? lo984 : fmaPointLo(t455_lo, 0.30074966740342113, h6_3_lo, h6_3_hi); // surrogate.ts:91
    const t456_hi = hi984 === hi984 ? hi984 : fmaPointHi(t455_hi, 0.30074966740342113, h6_3_lo, h6_3_hi); // surrogate.ts:91
    const p1065 = 0.3772537889468094 > 0 ? 0.3772537889468094 * h6_4_lo : 0.3772537889468094 * h6_4_hi;
    const t1238 = t456_lo + (p1065 - (PHI * Math.abs(p1065) + ETA));
    const lo985 = t1238 - (PHI * Math.abs(t1238) + ETA);
    const p1066 = 0.3772537889468094 > 0 ? 0.3772537889468094 * h6_4_hi : 0.3772537889468094 * h6_4_lo;
    const t1239 = t456_hi + (p1066 + (PHI * Math.abs(p1066) + ETA));
    const hi985 = t1239 + (PHI * Math.abs(t1239) + ETA);
    const t457_lo = lo985 === lo985 ? lo985 : fmaPointLo(t456_lo, 0.3772537889468094, h6_4_lo, h6_4_hi); // surrogate.ts:91
    const t457_hi = hi985 === hi985 ? hi985 : fmaPointHi(t456_hi, 0.3772537889468094, h6_4_lo, h6_4_hi); // surrogate.ts:91
    const p1067 = 0.37758204738276097 > 0 ? 0.37758204738276097 * h6_5_lo : 0.37758204738276097 * h6_5_hi;
    const t1240 = p1067 - (PHI * Math.abs(p1067) + ETA);
    const lo986 = t1240;
    const p1068 = 0.37758204738276097 > 0 ? 0.37758204738276097 * h6_5_hi : 0.37758204738276097 * h6_5_lo;
    const t1241 = p1068 + (PHI * Math.abs(p1068) + ETA);
    const hi986 = t1241;
    const t458_lo = lo986 === lo986 ? lo986 : mulPointLo(0.37758204738276097, h6_5_lo, h6_5_hi); // surrogate.ts:91
    const t458_hi = hi986 === hi986 ? hi986 : mulPointHi(0.37758204738276097, h6_5_lo, h6_5_hi); // surrogate.ts:91
    const s517 = t457_lo - t458_hi;
    const lo987 = s517 === 0 ? s517 : s517 - (PHI * Math.abs(s517) + ETA);
    const s518 = t457_hi - t458_lo;
    const hi987 = s518 === 0 ? s518 : s518 + (PHI * Math.abs(s518) + ETA);
    const t459_lo = lo987 === lo987 ? lo987 : subLo(t457_lo, t457_hi, t458_lo, t458_hi); // surrogate.ts:91
    const t459_hi = hi987 === hi987 ? hi987 : subHi(t457_lo, t457_hi, t458_lo, t458_hi); // surrogate.ts:91
    const p1069 = 0.3205678385688003 > 0 ? 0.3205678385688003 * h6_6_lo : 0.3205678385688003 * h6_6_hi;
    const t1242 = t459_lo + (p1069 - (PHI * Math.abs(p1069) + ETA));
    const lo988 = t1242 - (PHI * Math.abs(t1242) + ETA);
    const p1070 = 0.3205678385688003 > 0 ? 0.3205678385688003 * h6_6_hi : 0.3205678385688003 * h6_6_lo;
    const t1243 = t459_hi + (p1070 + (PHI * Math.abs(p1070) + ETA));
    const hi988 = t1243 + (PHI * Math.abs(t1243) + ETA);
    const t460_lo = lo988 === lo988 ? lo988 : fmaPointLo(t459_lo, 0.3205678385688003, h6_6_lo, h6_6_hi); // surrogate.ts:91
    const t460_hi = hi988 === hi988 ? hi988 : fmaPointHi(t459_hi, 0.3205678385688003, h6_6_lo, h6_6_hi); // surrogate.ts:91
    const p1071 = 0.36283263632534535 > 0 ? 0.36283263632534535 * h6_7_lo : 0.36283263632534535 * h6_7_hi;
    const t1244 = p1071 - (PHI * Math.abs(p1071) + ETA);
    const lo989 = t1244;
    const p1072 = 0.36283263632534535 > 0 ? 0.36283263632534535 * h6_7_hi : 0.36283263632534535 * h6_7_lo;
    const t1245 = p1072 + (PHI * Math.abs(p1072) + ETA);
    const hi989 = t1245;
    const t461_lo = lo989 === lo989 ? lo989 : mulPointLo(0.36283263632534535, h6_7_lo, h6_7_hi); // surrogate.ts:91
    const t461_hi = hi989 === hi989 ? hi989 : mulPointHi(0.36283263632534535, h6_7_lo, h6_7_hi); // surrogate.ts:91
    const s519 = t460_lo - t461_hi;
    const lo990 = s519 === 0 ? s519 : s519 - (PHI * Math.abs(s519) + ETA);
    const s520 = t460_hi - t461_lo;
    const hi990 = s520 === 0 ? s520 : s520 + (PHI * Math.abs(s520) + ETA);
    const y_lo = lo990 === lo990 ? lo990 : subLo(t460_lo, t460_hi, t461_lo, t461_hi); // surrogate.ts:91
    const y_hi = hi990 === hi990 ? hi990 : subHi(t460_lo, t460_hi, t461_lo, t461_hi); // surrogate.ts:91
    const p1073 = 12.82818643211018 > 0 ? 12.82818643211018 * y_lo : 12.82818643211018 * y_hi;
    const t1246 = 12.020226379751453 + (p1073 - (PHI * Math.abs(p1073) + ETA));
    const lo991 = t1246 - (PHI * Math.abs(t1246) + ETA);
    const p1074 = 12.82818643211018 > 0 ? 12.82818643211018 * y_hi : 12.82818643211018 * y_lo;
    const t1247 = 12.020226379751453 + (p1074 + (PHI * Math.abs(p1074) + ETA));
    const hi991 = t1247 + (PHI * Math.abs(t1247) + ETA);
    const ret_lo = lo991 === lo991 ? lo991 : fmaPointLo(12.020226379751453, 12.82818643211018, y_lo, y_hi); // surrogate.ts:93
    const ret_hi = hi991 === hi991 ? hi991 : fmaPointHi(12.020226379751453, 12.82818643211018, y_lo, y_hi); // surrogate.ts:93
    out[0] = ret_lo;
    out[1] = ret_hi;
}
