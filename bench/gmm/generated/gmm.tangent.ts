// Generated from bench/gmm/gmm.ts by the sobolev compiler (tangent). Do not edit.
/**
 * Tangent of gmmObjective (bench/gmm/gmm.ts:22).
 * @differentiable
 * @wrt alpha mu q l alpha_d mu_d q_d l_d out
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
 * @length alpha_d k
 * @length mu_d 6
 * @length q_d 6
 * @length l_d 3
 * @length out 2
 */
export function gmmObjective_tangent(d: number, k: number, n: number, alpha: Float64Array, mu: Float64Array, q: Float64Array, l: Float64Array, x: Float64Array, gamma: number, m: number, wishartC: number, alpha_d: Float64Array, mu_d: Float64Array, q_d: Float64Array, l_d: Float64Array, out: Float64Array): void {
    if (d * (d - 1) % 2 !== 0) {
        throw new Error("(d * (d - 1)) / 2 is not an integer (it is used as an index or size)"); // gmm.ts:24
    }
    const lSize = d * (d - 1) / 2; // gmm.ts:24
    const t = d * k;
    let qdiags = new Float64Array(t); // gmm.ts:25
    let qdiags_d = new Float64Array(t); // gmm.ts:25
    let sumQs = new Float64Array(k); // gmm.ts:26
    let sumQs_d = new Float64Array(k); // gmm.ts:26
    let xcentered = new Float64Array(d); // gmm.ts:27
    let xcentered_d = new Float64Array(d); // gmm.ts:27
    let qx = new Float64Array(d); // gmm.ts:28
    let qx_d = new Float64Array(d); // gmm.ts:28
    let mainTerm = new Float64Array(k); // gmm.ts:29
    let mainTerm_d = new Float64Array(k); // gmm.ts:29
    for (let i = 0; i < d * k; i++) {
        const t1 = Math.exp(q[i]!); // gmm.ts:30
        const t1_d = t1 * q_d[i]!; // gmm.ts:30
        qdiags_d[i] = t1_d; // gmm.ts:30
        qdiags[i] = t1; // gmm.ts:30
    }
    for (let ik = 0; ik < k; ik++) {
        for (let id = 0; id < d; id++) {
            sumQs_d[ik]! += q_d[ik * d + id]!; // gmm.ts:32
            sumQs[ik]! += q[ik * d + id]!; // gmm.ts:32
        }
    }
    let slse = 0; // gmm.ts:34
    let slse_d = 0; // gmm.ts:34
    for (let ix = 0; ix < n; ix++) {
        for (let ik = 0; ik < k; ik++) {
            for (let id = 0; id < d; id++) {
                xcentered_d[id] = -mu_d[ik * d + id]!; // gmm.ts:37
                xcentered[id] = x[ix * d + id]! - mu[ik * d + id]!; // gmm.ts:37
            }
            for (let id = 0; id < d; id++) {
                qx_d[id] = xcentered[id]! * qdiags_d[ik * d + id]! + qdiags[ik * d + id]! * xcentered_d[id]!; // gmm.ts:39
                qx[id] = qdiags[ik * d + id]! * xcentered[id]!; // gmm.ts:39
            }
            let li = ik * lSize; // gmm.ts:40
            for (let i = 0; i < d; i++) {
                for (let j = i + 1; j < d; j++) {
                    qx_d[j] = qx_d[j]! + xcentered[i]! * l_d[li]! + l[li]! * xcentered_d[i]!; // gmm.ts:43
                    qx[j]! += l[li]! * xcentered[i]!; // gmm.ts:43
                    li++; // gmm.ts:44
                }
            }
            let sq = 0; // gmm.ts:47
            let sq_d = 0; // gmm.ts:47
            for (let id = 0; id < d; id++) {
                sq_d = sq_d + qx[id]! * qx_d[id]! + qx[id]! * qx_d[id]!; // gmm.ts:48
                sq += qx[id]! * qx[id]!; // gmm.ts:48
            }
            const t2 = alpha[ik]! + sumQs[ik]!; // gmm.ts:49
            const t2_d = alpha_d[ik]! + sumQs_d[ik]!; // gmm.ts:49
            const t3 = 0.5 * sq; // gmm.ts:49
            const t3_d = 0.5 * sq_d; // gmm.ts:49
            mainTerm_d[ik] = t2_d - t3_d; // gmm.ts:49
            mainTerm[ik] = t2 - t3; // gmm.ts:49
        }
        let mx = mainTerm[0]!; // gmm.ts:52
        let mx_d = mainTerm_d[0]!; // gmm.ts:52
        for (let ik = 1; ik < k; ik++) {
            mx_d = (mx >= mainTerm[ik]! ? mx_d : 0) + (mx >= mainTerm[ik]! ? 0 : mainTerm_d[ik]!); // gmm.ts:53
            mx = Math.max(mx, mainTerm[ik]!); // gmm.ts:53
        }
        let semx = 0; // gmm.ts:54
        let semx_d = 0; // gmm.ts:54
        for (let ik = 0; ik < k; ik++) {
            const t4 = mainTerm[ik]! - mx; // gmm.ts:55
            const t4_d = mainTerm_d[ik]! - mx_d; // gmm.ts:55
            const t5 = Math.exp(t4); // gmm.ts:55
            const t5_d = t5 * t4_d; // gmm.ts:55
            semx_d += t5_d; // gmm.ts:55
            semx += t5; // gmm.ts:55
        }
        const t6 = Math.log(semx); // gmm.ts:56
        const t6_d = 1 / semx * semx_d; // gmm.ts:56
        const t7 = t6 + mx; // gmm.ts:56
        const t7_d = t6_d + mx_d; // gmm.ts:56
        slse_d += t7_d; // gmm.ts:56
        slse += t7; // gmm.ts:56
    }
    let amx = alpha[0]!; // gmm.ts:58
    let amx_d = alpha_d[0]!; // gmm.ts:58
    for (let ik = 1; ik < k; ik++) {
        amx_d = (amx >= alpha[ik]! ? amx_d : 0) + (amx >= alpha[ik]! ? 0 : alpha_d[ik]!); // gmm.ts:59
        amx = Math.max(amx, alpha[ik]!); // gmm.ts:59
    }
    let asum = 0; // gmm.ts:60
    let asum_d = 0; // gmm.ts:60
    for (let ik = 0; ik < k; ik++) {
        const t8 = alpha[ik]! - amx; // gmm.ts:61
        const t8_d = alpha_d[ik]! - amx_d; // gmm.ts:61
        const t9 = Math.exp(t8); // gmm.ts:61
        const t9_d = t9 * t8_d; // gmm.ts:61
        asum_d += t9_d; // gmm.ts:61
        asum += t9; // gmm.ts:61
    }
    const t10 = Math.log(asum); // gmm.ts:62
    const t10_d = 1 / asum * asum_d; // gmm.ts:62
    const lseAlpha = t10 + amx; // gmm.ts:62
    const lseAlpha_d = t10_d + amx_d; // gmm.ts:62
    const t11 = -n * d * 0.5; // gmm.ts:63
    const t12 = 2 * 3.141592653589793; // gmm.ts:63
    const t13 = Math.log(t12); // gmm.ts:63
    const constant = t11 * t13; // gmm.ts:63
    let prior = 0; // gmm.ts:65
    let prior_d = 0; // gmm.ts:65
    for (let ik = 0; ik < k; ik++) {
        let frobenius = 0; // gmm.ts:67
        let frobenius_d = 0; // gmm.ts:67
        for (let id = 0; id < d; id++) {
            frobenius_d = frobenius_d + qdiags[ik * d + id]! * qdiags_d[ik * d + id]! + qdiags[ik * d + id]! * qdiags_d[ik * d + id]!; // gmm.ts:68
            frobenius += qdiags[ik * d + id]! * qdiags[ik * d + id]!; // gmm.ts:68
        }
        for (let i = 0; i < lSize; i++) {
            frobenius_d = frobenius_d + l[ik * lSize + i]! * l_d[ik * lSize + i]! + l[ik * lSize + i]! * l_d[ik * lSize + i]!; // gmm.ts:69
            frobenius += l[ik * lSize + i]! * l[ik * lSize + i]!; // gmm.ts:69
        }
        const t14 = 0.5 * gamma; // gmm.ts:70
        const t15 = t14 * gamma; // gmm.ts:70
        const t16 = t15 * frobenius; // gmm.ts:70
        const t16_d = t15 * frobenius_d; // gmm.ts:70
        const t17 = m * sumQs[ik]!; // gmm.ts:70
        const t17_d = m * sumQs_d[ik]!; // gmm.ts:70
        const t18 = t16 - t17; // gmm.ts:70
        const t18_d = t16_d - t17_d; // gmm.ts:70
        prior_d += t18_d; // gmm.ts:70
        prior += t18; // gmm.ts:70
    }
    const t19 = constant + slse; // gmm.ts:72
    const t19_d = slse_d; // gmm.ts:72
    const t20 = n * lseAlpha; // gmm.ts:72
    const t20_d = n * lseAlpha_d; // gmm.ts:72
    const t21 = t19 - t20; // gmm.ts:72
    const t21_d = t19_d - t20_d; // gmm.ts:72
    const t22 = t21 - prior; // gmm.ts:72
    const t22_d = t21_d - prior_d; // gmm.ts:72
    const ret = t22 + k * wishartC; // gmm.ts:72
    const ret_d = t22_d; // gmm.ts:72
    out[0] = ret;
    out[1] = ret_d;
}
