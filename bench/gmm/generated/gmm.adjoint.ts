// Generated from bench/gmm/gmm.ts by the sobolev compiler (adjoint). Do not edit.
import { tape } from "../../../runtime/index.js";

/**
 * Adjoint of gmmObjective (bench/gmm/gmm.ts:19).
 * @differentiable
 * @wrt alphas means icf alphas_b means_b icf_b out_b
 * @domain d 2 2
 * @domain k 3 3
 * @domain n 4 4
 * @domain gamma 1 1
 * @domain m 0 0
 * @length alphas k
 * @length means 6
 * @length icf 9
 * @length x 8
 * @length alphas_b k
 * @length means_b 6
 * @length icf_b 9
 * @variant tangent
 */
export function gmmObjective_adjoint(d: number, k: number, n: number, alphas: Float64Array, means: Float64Array, icf: Float64Array, x: Float64Array, gamma: number, m: number, priorConstant: number, alphas_b: Float64Array, means_b: Float64Array, icf_b: Float64Array, out_b: number): number {
    let t1 = 0;
    let li = 0;
    let mx = 0;
    let semx = 0;
    let t5 = 0;
    let t9 = 0;
    let t16 = 0;
    let t17 = 0;
    if (d * (d + 1) % 2 !== 0) {
        throw new Error("(d * (d + 1)) / 2 is not an integer (it is used as an index or size)"); // gmm.ts:21
    }
    const icfSize = d * (d + 1) / 2; // gmm.ts:21
    const t = d * k;
    let qdiags = new Float64Array(t); // gmm.ts:22
    let qdiags_b = new Float64Array(t); // gmm.ts:22
    let sumQs = new Float64Array(k); // gmm.ts:23
    let sumQs_b = new Float64Array(k); // gmm.ts:23
    let xcentered = new Float64Array(d); // gmm.ts:24
    let xcentered_b = new Float64Array(d); // gmm.ts:24
    let qx = new Float64Array(d); // gmm.ts:25
    let qx_b = new Float64Array(d); // gmm.ts:25
    let mainTerm = new Float64Array(k); // gmm.ts:26
    let mainTerm_b = new Float64Array(k); // gmm.ts:26
    for (let ik = 0; ik < k; ik++) {
        sumQs[ik] = 0; // gmm.ts:29
        for (let id = 0; id < d; id++) {
            const q = icf[ik * icfSize + id]!; // gmm.ts:31
            sumQs[ik]! += q; // gmm.ts:32
            tape.push(t1); // gmm.ts:33
            t1 = Math.exp(q); // gmm.ts:33
            qdiags[ik * d + id] = t1; // gmm.ts:33
        }
    }
    let slse = 0; // gmm.ts:36
    for (let ix = 0; ix < n; ix++) {
        for (let ik = 0; ik < k; ik++) {
            for (let id = 0; id < d; id++) {
                tape.push(xcentered[id]!); // gmm.ts:39
                xcentered[id] = x[ix * d + id]! - means[ik * d + id]!; // gmm.ts:39
            }
            for (let id = 0; id < d; id++) {
                tape.push(qx[id]!); // gmm.ts:41
                qx[id] = qdiags[ik * d + id]! * xcentered[id]!; // gmm.ts:41
            }
            li = ik * icfSize + d; // gmm.ts:42
            for (let i = 0; i < d; i++) {
                for (let j = i + 1; j < d; j++) {
                    tape.push(qx[j]!); // gmm.ts:45
                    qx[j]! += icf[li]! * xcentered[i]!; // gmm.ts:45
                    tape.pushInt(li); // gmm.ts:46
                    li++; // gmm.ts:46
                }
            }
            let sq = 0; // gmm.ts:49
            for (let id = 0; id < d; id++) {
                sq += qx[id]! * qx[id]!; // gmm.ts:50
            }
            const t2 = alphas[ik]! + sumQs[ik]!; // gmm.ts:51
            const t3 = 0.5 * sq; // gmm.ts:51
            tape.push(mainTerm[ik]!); // gmm.ts:51
            mainTerm[ik] = t2 - t3; // gmm.ts:51
        }
        mx = mainTerm[0]!; // gmm.ts:54
        for (let ik = 1; ik < k; ik++) {
            tape.push(mx); // gmm.ts:55
            mx = Math.max(mx, mainTerm[ik]!); // gmm.ts:55
        }
        tape.push(semx); // gmm.ts:56
        semx = 0; // gmm.ts:56
        for (let ik = 0; ik < k; ik++) {
            const t4 = mainTerm[ik]! - mx; // gmm.ts:57
            tape.push(t5); // gmm.ts:57
            t5 = Math.exp(t4); // gmm.ts:57
            semx += t5; // gmm.ts:57
        }
        const t6 = Math.log(semx); // gmm.ts:58
        const t7 = t6 + mx; // gmm.ts:58
        slse += t7; // gmm.ts:58
    }
    let amx = alphas[0]!; // gmm.ts:60
    for (let ik = 1; ik < k; ik++) {
        tape.push(amx); // gmm.ts:61
        amx = Math.max(amx, alphas[ik]!); // gmm.ts:61
    }
    let asum = 0; // gmm.ts:62
    for (let ik = 0; ik < k; ik++) {
        const t8 = alphas[ik]! - amx; // gmm.ts:63
        tape.push(t9); // gmm.ts:63
        t9 = Math.exp(t8); // gmm.ts:63
        asum += t9; // gmm.ts:63
    }
    const t10 = Math.log(asum); // gmm.ts:64
    const lseAlphas = t10 + amx; // gmm.ts:64
    const t11 = -n * d * 0.5; // gmm.ts:65
    const t12 = 2 * 3.141592653589793; // gmm.ts:65
    const t13 = Math.log(t12); // gmm.ts:65
    const constant = t11 * t13; // gmm.ts:65
    const t14 = constant + slse; // gmm.ts:66
    const t15 = n * lseAlphas; // gmm.ts:66
    let err = t14 - t15; // gmm.ts:66
    let prior = 0; // gmm.ts:68
    for (let ik = 0; ik < k; ik++) {
        let frobenius = 0; // gmm.ts:70
        for (let id = 0; id < d; id++) {
            frobenius += qdiags[ik * d + id]! * qdiags[ik * d + id]!; // gmm.ts:71
        }
        for (let i = d; i < icfSize; i++) {
            frobenius += icf[ik * icfSize + i]! * icf[ik * icfSize + i]!; // gmm.ts:72
        }
        t16 = 0.5 * gamma; // gmm.ts:73
        t17 = t16 * gamma; // gmm.ts:73
        const t18 = t17 * frobenius; // gmm.ts:73
        const t19 = m * sumQs[ik]!; // gmm.ts:73
        const t20 = t18 - t19; // gmm.ts:73
        prior += t20; // gmm.ts:73
    }
    const t21 = k * priorConstant; // gmm.ts:75
    const t22 = prior - t21; // gmm.ts:75
    err += t22; // gmm.ts:75
    // reverse sweep
    let q_b = 0;
    let t1_b = 0;
    let sq_b = 0;
    let t2_b = 0;
    let t3_b = 0;
    let mx_b = 0;
    let t4_b = 0;
    let t5_b = 0;
    let semx_b = 0;
    let t6_b = 0;
    let t7_b = 0;
    let slse_b = 0;
    let amx_b = 0;
    let t8_b = 0;
    let t9_b = 0;
    let asum_b = 0;
    let t10_b = 0;
    let lseAlphas_b = 0;
    let t14_b = 0;
    let t15_b = 0;
    let err_b = out_b;
    let frobenius_b = 0;
    let t18_b = 0;
    let t19_b = 0;
    let t20_b = 0;
    let prior_b = 0;
    let t22_b = 0;
    t22_b += err_b; // gmm.ts:75
    prior_b += t22_b; // gmm.ts:75
    for (let ik = k - 1; ik >= 0; ik--) {
        t16 = 0.5 * gamma; // gmm.ts:73
        t17 = t16 * gamma; // gmm.ts:73
        t20_b += prior_b; // gmm.ts:73
        t18_b += t20_b; // gmm.ts:73
        t19_b -= t20_b; // gmm.ts:73
        t20_b = 0; // gmm.ts:73
        sumQs_b[ik]! += t19_b * m; // gmm.ts:73
        t19_b = 0; // gmm.ts:73
        frobenius_b += t18_b * t17; // gmm.ts:73
        t18_b = 0; // gmm.ts:73
        for (let i = icfSize - 1; i >= d; i--) {
            icf_b[ik * icfSize + i]! += frobenius_b * icf[ik * icfSize + i]!; // gmm.ts:72
            icf_b[ik * icfSize + i]! += frobenius_b * icf[ik * icfSize + i]!; // gmm.ts:72
        }
        for (let id = d - 1; id >= 0; id--) {
            qdiags_b[ik * d + id]! += frobenius_b * qdiags[ik * d + id]!; // gmm.ts:71
            qdiags_b[ik * d + id]! += frobenius_b * qdiags[ik * d + id]!; // gmm.ts:71
        }
        frobenius_b = 0; // gmm.ts:70
    }
    prior_b = 0; // gmm.ts:68
    t14_b += err_b; // gmm.ts:66
    t15_b -= err_b; // gmm.ts:66
    err_b = 0; // gmm.ts:66
    lseAlphas_b += t15_b * n; // gmm.ts:66
    slse_b += t14_b; // gmm.ts:66
    t10_b += lseAlphas_b; // gmm.ts:64
    amx_b += lseAlphas_b; // gmm.ts:64
    asum_b += t10_b * (1 / asum); // gmm.ts:64
    for (let ik = k - 1; ik >= 0; ik--) {
        t9_b += asum_b; // gmm.ts:63
        t8_b += t9_b * t9; // gmm.ts:63
        t9_b = 0; // gmm.ts:63
        t9 = tape.pop(); // gmm.ts:63
        alphas_b[ik]! += t8_b; // gmm.ts:63
        amx_b -= t8_b; // gmm.ts:63
        t8_b = 0; // gmm.ts:63
    }
    asum_b = 0; // gmm.ts:62
    for (let ik = k - 1; ik >= 1; ik--) {
        amx = tape.pop(); // gmm.ts:61
        alphas_b[ik]! += amx >= alphas[ik]! ? 0 : amx_b; // gmm.ts:61
        amx_b *= amx >= alphas[ik]! ? 1 : 0; // gmm.ts:61
    }
    alphas_b[0]! += amx_b; // gmm.ts:60
    amx_b = 0; // gmm.ts:60
    for (let ix = n - 1; ix >= 0; ix--) {
        t7_b += slse_b; // gmm.ts:58
        t6_b += t7_b; // gmm.ts:58
        mx_b += t7_b; // gmm.ts:58
        t7_b = 0; // gmm.ts:58
        semx_b += t6_b * (1 / semx); // gmm.ts:58
        t6_b = 0; // gmm.ts:58
        for (let ik = k - 1; ik >= 0; ik--) {
            t5_b += semx_b; // gmm.ts:57
            t4_b += t5_b * t5; // gmm.ts:57
            t5_b = 0; // gmm.ts:57
            t5 = tape.pop(); // gmm.ts:57
            mainTerm_b[ik]! += t4_b; // gmm.ts:57
            mx_b -= t4_b; // gmm.ts:57
            t4_b = 0; // gmm.ts:57
        }
        semx = tape.pop(); // gmm.ts:56
        semx_b = 0; // gmm.ts:56
        for (let ik = k - 1; ik >= 1; ik--) {
            mx = tape.pop(); // gmm.ts:55
            mainTerm_b[ik]! += mx >= mainTerm[ik]! ? 0 : mx_b; // gmm.ts:55
            mx_b *= mx >= mainTerm[ik]! ? 1 : 0; // gmm.ts:55
        }
        mainTerm_b[0]! += mx_b; // gmm.ts:54
        mx_b = 0; // gmm.ts:54
        for (let ik = k - 1; ik >= 0; ik--) {
            mainTerm[ik] = tape.pop(); // gmm.ts:51
            t2_b += mainTerm_b[ik]!; // gmm.ts:51
            t3_b -= mainTerm_b[ik]!; // gmm.ts:51
            mainTerm_b[ik] = 0; // gmm.ts:51
            sq_b += t3_b * 0.5; // gmm.ts:51
            t3_b = 0; // gmm.ts:51
            alphas_b[ik]! += t2_b; // gmm.ts:51
            sumQs_b[ik]! += t2_b; // gmm.ts:51
            t2_b = 0; // gmm.ts:51
            for (let id = d - 1; id >= 0; id--) {
                qx_b[id]! += sq_b * qx[id]!; // gmm.ts:50
                qx_b[id]! += sq_b * qx[id]!; // gmm.ts:50
            }
            sq_b = 0; // gmm.ts:49
            for (let i = d - 1; i >= 0; i--) {
                for (let j = d - 1; j >= i + 1; j--) {
                    li = tape.popInt(); // gmm.ts:46
                    qx[j] = tape.pop(); // gmm.ts:45
                    const g2 = qx_b[j]!; // gmm.ts:45
                    qx_b[j] = 0; // gmm.ts:45
                    qx_b[j]! += g2; // gmm.ts:45
                    icf_b[li]! += g2 * xcentered[i]!; // gmm.ts:45
                    xcentered_b[i]! += g2 * icf[li]!; // gmm.ts:45
                }
            }
            for (let id = d - 1; id >= 0; id--) {
                qx[id] = tape.pop(); // gmm.ts:41
                qdiags_b[ik * d + id]! += qx_b[id]! * xcentered[id]!; // gmm.ts:41
                xcentered_b[id]! += qx_b[id]! * qdiags[ik * d + id]!; // gmm.ts:41
                qx_b[id] = 0; // gmm.ts:41
            }
            for (let id = d - 1; id >= 0; id--) {
                xcentered[id] = tape.pop(); // gmm.ts:39
                means_b[ik * d + id]! -= xcentered_b[id]!; // gmm.ts:39
                xcentered_b[id] = 0; // gmm.ts:39
            }
        }
    }
    slse_b = 0; // gmm.ts:36
    for (let ik = k - 1; ik >= 0; ik--) {
        for (let id = d - 1; id >= 0; id--) {
            t1_b += qdiags_b[ik * d + id]!; // gmm.ts:33
            qdiags_b[ik * d + id] = 0; // gmm.ts:33
            q_b += t1_b * t1; // gmm.ts:33
            t1_b = 0; // gmm.ts:33
            t1 = tape.pop(); // gmm.ts:33
            const g1 = sumQs_b[ik]!; // gmm.ts:32
            sumQs_b[ik] = 0; // gmm.ts:32
            sumQs_b[ik]! += g1; // gmm.ts:32
            q_b += g1; // gmm.ts:32
            icf_b[ik * icfSize + id]! += q_b; // gmm.ts:31
            q_b = 0; // gmm.ts:31
        }
        sumQs_b[ik] = 0; // gmm.ts:29
    }
    return err;
}
