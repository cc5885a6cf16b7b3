// Generated from bench/gmm/gmm.ts by the sobolev compiler (adjoint). Do not edit.
import { tape } from "../../../runtime/index.js";

/**
 * Adjoint of gmmObjective (bench/gmm/gmm.ts:22).
 * @differentiable
 * @wrt alpha mu q l alpha_b mu_b q_b l_b out_b
 * @domain d 2 2
 * @domain k 3 3
 * @domain n 4 4
 * @domain gamma 1 1
 * @domain m 0 0
 * @length alpha k
 * @length mu 6
 * @length q 6
 * @length l 3
 * @length x 8
 * @length alpha_b k
 * @length mu_b 6
 * @length q_b 6
 * @length l_b 3
 * @variant tangent
 */
export function gmmObjective_adjoint(d: number, k: number, n: number, alpha: Float64Array, mu: Float64Array, q: Float64Array, l: Float64Array, x: Float64Array, gamma: number, m: number, wishartC: number, alpha_b: Float64Array, mu_b: Float64Array, q_b: Float64Array, l_b: Float64Array, out_b: number): number {
    let t1 = 0;
    let li = 0;
    let mx = 0;
    let semx = 0;
    let t5 = 0;
    let t9 = 0;
    let t14 = 0;
    let t15 = 0;
    if (d * (d - 1) % 2 !== 0) {
        throw new Error("(d * (d - 1)) / 2 is not an integer (it is used as an index or size)"); // gmm.ts:24
    }
    const lSize = d * (d - 1) / 2; // gmm.ts:24
    const t = d * k;
    let qdiags = new Float64Array(t); // gmm.ts:25
    let qdiags_b = new Float64Array(t); // gmm.ts:25
    let sumQs = new Float64Array(k); // gmm.ts:26
    let sumQs_b = new Float64Array(k); // gmm.ts:26
    let xcentered = new Float64Array(d); // gmm.ts:27
    let xcentered_b = new Float64Array(d); // gmm.ts:27
    let qx = new Float64Array(d); // gmm.ts:28
    let qx_b = new Float64Array(d); // gmm.ts:28
    let mainTerm = new Float64Array(k); // gmm.ts:29
    let mainTerm_b = new Float64Array(k); // gmm.ts:29
    for (let i = 0; i < d * k; i++) {
        t1 = Math.exp(q[i]!); // gmm.ts:30
        qdiags[i] = t1; // gmm.ts:30
    }
    for (let ik = 0; ik < k; ik++) {
        for (let id = 0; id < d; id++) {
            sumQs[ik]! += q[ik * d + id]!; // gmm.ts:32
        }
    }
    let slse = 0; // gmm.ts:34
    for (let ix = 0; ix < n; ix++) {
        for (let ik = 0; ik < k; ik++) {
            for (let id = 0; id < d; id++) {
                tape.push(xcentered[id]!); // gmm.ts:37
                xcentered[id] = x[ix * d + id]! - mu[ik * d + id]!; // gmm.ts:37
            }
            for (let id = 0; id < d; id++) {
                tape.push(qx[id]!); // gmm.ts:39
                qx[id] = qdiags[ik * d + id]! * xcentered[id]!; // gmm.ts:39
            }
            li = ik * lSize; // gmm.ts:40
            for (let i = 0; i < d; i++) {
                for (let j = i + 1; j < d; j++) {
                    tape.push(qx[j]!); // gmm.ts:43
                    qx[j]! += l[li]! * xcentered[i]!; // gmm.ts:43
                    tape.pushInt(li); // gmm.ts:44
                    li++; // gmm.ts:44
                }
            }
            let sq = 0; // gmm.ts:47
            for (let id = 0; id < d; id++) {
                sq += qx[id]! * qx[id]!; // gmm.ts:48
            }
            const t2 = alpha[ik]! + sumQs[ik]!; // gmm.ts:49
            const t3 = 0.5 * sq; // gmm.ts:49
            tape.push(mainTerm[ik]!); // gmm.ts:49
            mainTerm[ik] = t2 - t3; // gmm.ts:49
        }
        mx = mainTerm[0]!; // gmm.ts:52
        for (let ik = 1; ik < k; ik++) {
            tape.push(mx); // gmm.ts:53
            mx = Math.max(mx, mainTerm[ik]!); // gmm.ts:53
        }
        tape.push(semx); // gmm.ts:54
        semx = 0; // gmm.ts:54
        for (let ik = 0; ik < k; ik++) {
            const t4 = mainTerm[ik]! - mx; // gmm.ts:55
            tape.push(t5); // gmm.ts:55
            t5 = Math.exp(t4); // gmm.ts:55
            semx += t5; // gmm.ts:55
        }
        const t6 = Math.log(semx); // gmm.ts:56
        const t7 = t6 + mx; // gmm.ts:56
        slse += t7; // gmm.ts:56
    }
    let amx = alpha[0]!; // gmm.ts:58
    for (let ik = 1; ik < k; ik++) {
        tape.push(amx); // gmm.ts:59
        amx = Math.max(amx, alpha[ik]!); // gmm.ts:59
    }
    let asum = 0; // gmm.ts:60
    for (let ik = 0; ik < k; ik++) {
        const t8 = alpha[ik]! - amx; // gmm.ts:61
        tape.push(t9); // gmm.ts:61
        t9 = Math.exp(t8); // gmm.ts:61
        asum += t9; // gmm.ts:61
    }
    const t10 = Math.log(asum); // gmm.ts:62
    const lseAlpha = t10 + amx; // gmm.ts:62
    const t11 = -n * d * 0.5; // gmm.ts:63
    const t12 = 2 * 3.141592653589793; // gmm.ts:63
    const t13 = Math.log(t12); // gmm.ts:63
    const constant = t11 * t13; // gmm.ts:63
    let prior = 0; // gmm.ts:65
    for (let ik = 0; ik < k; ik++) {
        let frobenius = 0; // gmm.ts:67
        for (let id = 0; id < d; id++) {
            frobenius += qdiags[ik * d + id]! * qdiags[ik * d + id]!; // gmm.ts:68
        }
        for (let i = 0; i < lSize; i++) {
            frobenius += l[ik * lSize + i]! * l[ik * lSize + i]!; // gmm.ts:69
        }
        t14 = 0.5 * gamma; // gmm.ts:70
        t15 = t14 * gamma; // gmm.ts:70
        const t16 = t15 * frobenius; // gmm.ts:70
        const t17 = m * sumQs[ik]!; // gmm.ts:70
        const t18 = t16 - t17; // gmm.ts:70
        prior += t18; // gmm.ts:70
    }
    const t19 = constant + slse; // gmm.ts:72
    const t20 = n * lseAlpha; // gmm.ts:72
    const t21 = t19 - t20; // gmm.ts:72
    const t22 = t21 - prior; // gmm.ts:72
    const ret = t22 + k * wishartC; // gmm.ts:72
    // reverse sweep
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
    let lseAlpha_b = 0;
    let frobenius_b = 0;
    let t16_b = 0;
    let t17_b = 0;
    let t18_b = 0;
    let prior_b = 0;
    let t19_b = 0;
    let t20_b = 0;
    let t21_b = 0;
    let t22_b = 0;
    let ret_b = out_b;
    t22_b += ret_b; // gmm.ts:72
    t21_b += t22_b; // gmm.ts:72
    prior_b -= t22_b; // gmm.ts:72
    t19_b += t21_b; // gmm.ts:72
    t20_b -= t21_b; // gmm.ts:72
    lseAlpha_b += t20_b * n; // gmm.ts:72
    slse_b += t19_b; // gmm.ts:72
    for (let ik = k - 1; ik >= 0; ik--) {
        t14 = 0.5 * gamma; // gmm.ts:70
        t15 = t14 * gamma; // gmm.ts:70
        t18_b += prior_b; // gmm.ts:70
        t16_b += t18_b; // gmm.ts:70
        t17_b -= t18_b; // gmm.ts:70
        t18_b = 0; // gmm.ts:70
        sumQs_b[ik]! += t17_b * m; // gmm.ts:70
        t17_b = 0; // gmm.ts:70
        frobenius_b += t16_b * t15; // gmm.ts:70
        t16_b = 0; // gmm.ts:70
        for (let i = lSize - 1; i >= 0; i--) {
            l_b[ik * lSize + i]! += frobenius_b * l[ik * lSize + i]!; // gmm.ts:69
            l_b[ik * lSize + i]! += frobenius_b * l[ik * lSize + i]!; // gmm.ts:69
        }
        for (let id = d - 1; id >= 0; id--) {
            qdiags_b[ik * d + id]! += frobenius_b * qdiags[ik * d + id]!; // gmm.ts:68
            qdiags_b[ik * d + id]! += frobenius_b * qdiags[ik * d + id]!; // gmm.ts:68
        }
        frobenius_b = 0; // gmm.ts:67
    }
    prior_b = 0; // gmm.ts:65
    t10_b += lseAlpha_b; // gmm.ts:62
    amx_b += lseAlpha_b; // gmm.ts:62
    asum_b += t10_b * (1 / asum); // gmm.ts:62
    for (let ik = k - 1; ik >= 0; ik--) {
        t9_b += asum_b; // gmm.ts:61
        t8_b += t9_b * t9; // gmm.ts:61
        t9_b = 0; // gmm.ts:61
        t9 = tape.pop(); // gmm.ts:61
        alpha_b[ik]! += t8_b; // gmm.ts:61
        amx_b -= t8_b; // gmm.ts:61
        t8_b = 0; // gmm.ts:61
    }
    asum_b = 0; // gmm.ts:60
    for (let ik = k - 1; ik >= 1; ik--) {
        amx = tape.pop(); // gmm.ts:59
        alpha_b[ik]! += amx >= alpha[ik]! ? 0 : amx_b; // gmm.ts:59
        amx_b *= amx >= alpha[ik]! ? 1 : 0; // gmm.ts:59
    }
    alpha_b[0]! += amx_b; // gmm.ts:58
    amx_b = 0; // gmm.ts:58
    for (let ix = n - 1; ix >= 0; ix--) {
        t7_b += slse_b; // gmm.ts:56
        t6_b += t7_b; // gmm.ts:56
        mx_b += t7_b; // gmm.ts:56
        t7_b = 0; // gmm.ts:56
        semx_b += t6_b * (1 / semx); // gmm.ts:56
        t6_b = 0; // gmm.ts:56
        for (let ik = k - 1; ik >= 0; ik--) {
            t5_b += semx_b; // gmm.ts:55
            t4_b += t5_b * t5; // gmm.ts:55
            t5_b = 0; // gmm.ts:55
            t5 = tape.pop(); // gmm.ts:55
            mainTerm_b[ik]! += t4_b; // gmm.ts:55
            mx_b -= t4_b; // gmm.ts:55
            t4_b = 0; // gmm.ts:55
        }
        semx = tape.pop(); // gmm.ts:54
        semx_b = 0; // gmm.ts:54
        for (let ik = k - 1; ik >= 1; ik--) {
            mx = tape.pop(); // gmm.ts:53
            mainTerm_b[ik]! += mx >= mainTerm[ik]! ? 0 : mx_b; // gmm.ts:53
            mx_b *= mx >= mainTerm[ik]! ? 1 : 0; // gmm.ts:53
        }
        mainTerm_b[0]! += mx_b; // gmm.ts:52
        mx_b = 0; // gmm.ts:52
        for (let ik = k - 1; ik >= 0; ik--) {
            mainTerm[ik] = tape.pop(); // gmm.ts:49
            t2_b += mainTerm_b[ik]!; // gmm.ts:49
            t3_b -= mainTerm_b[ik]!; // gmm.ts:49
            mainTerm_b[ik] = 0; // gmm.ts:49
            sq_b += t3_b * 0.5; // gmm.ts:49
            t3_b = 0; // gmm.ts:49
            alpha_b[ik]! += t2_b; // gmm.ts:49
            sumQs_b[ik]! += t2_b; // gmm.ts:49
            t2_b = 0; // gmm.ts:49
            for (let id = d - 1; id >= 0; id--) {
                qx_b[id]! += sq_b * qx[id]!; // gmm.ts:48
                qx_b[id]! += sq_b * qx[id]!; // gmm.ts:48
            }
            sq_b = 0; // gmm.ts:47
            for (let i = d - 1; i >= 0; i--) {
                for (let j = d - 1; j >= i + 1; j--) {
                    li = tape.popInt(); // gmm.ts:44
                    qx[j] = tape.pop(); // gmm.ts:43
                    const g2 = qx_b[j]!; // gmm.ts:43
                    qx_b[j] = 0; // gmm.ts:43
                    qx_b[j]! += g2; // gmm.ts:43
                    l_b[li]! += g2 * xcentered[i]!; // gmm.ts:43
                    xcentered_b[i]! += g2 * l[li]!; // gmm.ts:43
                }
            }
            for (let id = d - 1; id >= 0; id--) {
                qx[id] = tape.pop(); // gmm.ts:39
                qdiags_b[ik * d + id]! += qx_b[id]! * xcentered[id]!; // gmm.ts:39
                xcentered_b[id]! += qx_b[id]! * qdiags[ik * d + id]!; // gmm.ts:39
                qx_b[id] = 0; // gmm.ts:39
            }
            for (let id = d - 1; id >= 0; id--) {
                xcentered[id] = tape.pop(); // gmm.ts:37
                mu_b[ik * d + id]! -= xcentered_b[id]!; // gmm.ts:37
                xcentered_b[id] = 0; // gmm.ts:37
            }
        }
    }
    slse_b = 0; // gmm.ts:34
    for (let ik = k - 1; ik >= 0; ik--) {
        for (let id = d - 1; id >= 0; id--) {
            const g1 = sumQs_b[ik]!; // gmm.ts:32
            sumQs_b[ik] = 0; // gmm.ts:32
            sumQs_b[ik]! += g1; // gmm.ts:32
            q_b[ik * d + id]! += g1; // gmm.ts:32
        }
    }
    for (let i = d * k - 1; i >= 0; i--) {
        t1 = Math.exp(q[i]!); // gmm.ts:30
        t1_b += qdiags_b[i]!; // gmm.ts:30
        qdiags_b[i] = 0; // gmm.ts:30
        q_b[i]! += t1_b * t1; // gmm.ts:30
        t1_b = 0; // gmm.ts:30
    }
    return ret;
}
