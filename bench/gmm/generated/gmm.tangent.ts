// Generated from bench/gmm/gmm.ts by the sobolev compiler (tangent). Do not edit.
/**
 * Tangent of gmmObjective (bench/gmm/gmm.ts:19).
 * @differentiable
 * @wrt alphas means icf alphas_d means_d icf_d out
 * @domain d 2 2
 * @domain k 3 3
 * @domain n 4 4
 * @domain gamma 1 1
 * @domain m 0 0
 * @length alphas k
 * @length means 6
 * @length icf 9
 * @length x 8
 * @length alphas_d k
 * @length means_d 6
 * @length icf_d 9
 * @length out 2
 */
export function gmmObjective_tangent(d: number, k: number, n: number, alphas: Float64Array, means: Float64Array, icf: Float64Array, x: Float64Array, gamma: number, m: number, priorConstant: number, alphas_d: Float64Array, means_d: Float64Array, icf_d: Float64Array, out: Float64Array): void {
    if (d * (d + 1) % 2 !== 0) {
        throw new Error("(d * (d + 1)) / 2 is not an integer (it is used as an index or size)"); // gmm.ts:21
    }
    const icfSize = d * (d + 1) / 2; // gmm.ts:21
    const t = d * k;
    let qdiags = new Float64Array(t); // gmm.ts:22
    let qdiags_d = new Float64Array(t); // gmm.ts:22
    let sumQs = new Float64Array(k); // gmm.ts:23
    let sumQs_d = new Float64Array(k); // gmm.ts:23
    let xcentered = new Float64Array(d); // gmm.ts:24
    let xcentered_d = new Float64Array(d); // gmm.ts:24
    let qx = new Float64Array(d); // gmm.ts:25
    let qx_d = new Float64Array(d); // gmm.ts:25
    let mainTerm = new Float64Array(k); // gmm.ts:26
    let mainTerm_d = new Float64Array(k); // gmm.ts:26
    for (let ik = 0; ik < k; ik++) {
        sumQs_d[ik] = 0; // gmm.ts:29
        sumQs[ik] = 0; // gmm.ts:29
        for (let id = 0; id < d; id++) {
            const q = icf[ik * icfSize + id]!; // gmm.ts:31
            const q_d = icf_d[ik * icfSize + id]!; // gmm.ts:31
            sumQs_d[ik]! += q_d; // gmm.ts:32
            sumQs[ik]! += q; // gmm.ts:32
            const t1 = Math.exp(q); // gmm.ts:33
            const t1_d = t1 * q_d; // gmm.ts:33
            qdiags_d[ik * d + id] = t1_d; // gmm.ts:33
            qdiags[ik * d + id] = t1; // gmm.ts:33
        }
    }
    let slse = 0; // gmm.ts:36
    let slse_d = 0; // gmm.ts:36
    for (let ix = 0; ix < n; ix++) {
        for (let ik = 0; ik < k; ik++) {
            for (let id = 0; id < d; id++) {
                xcentered_d[id] = -means_d[ik * d + id]!; // gmm.ts:39
                xcentered[id] = x[ix * d + id]! - means[ik * d + id]!; // gmm.ts:39
            }
            for (let id = 0; id < d; id++) {
                qx_d[id] = xcentered[id]! * qdiags_d[ik * d + id]! + qdiags[ik * d + id]! * xcentered_d[id]!; // gmm.ts:41
                qx[id] = qdiags[ik * d + id]! * xcentered[id]!; // gmm.ts:41
            }
            let li = ik * icfSize + d; // gmm.ts:42
            for (let i = 0; i < d; i++) {
                for (let j = i + 1; j < d; j++) {
                    qx_d[j] = qx_d[j]! + xcentered[i]! * icf_d[li]! + icf[li]! * xcentered_d[i]!; // gmm.ts:45
                    qx[j]! += icf[li]! * xcentered[i]!; // gmm.ts:45
                    li++; // gmm.ts:46
                }
            }
            let sq = 0; // gmm.ts:49
            let sq_d = 0; // gmm.ts:49
            for (let id = 0; id < d; id++) {
                sq_d = sq_d + qx[id]! * qx_d[id]! + qx[id]! * qx_d[id]!; // gmm.ts:50
                sq += qx[id]! * qx[id]!; // gmm.ts:50
            }
            const t2 = alphas[ik]! + sumQs[ik]!; // gmm.ts:51
            const t2_d = alphas_d[ik]! + sumQs_d[ik]!; // gmm.ts:51
            const t3 = 0.5 * sq; // gmm.ts:51
            const t3_d = 0.5 * sq_d; // gmm.ts:51
            mainTerm_d[ik] = t2_d - t3_d; // gmm.ts:51
            mainTerm[ik] = t2 - t3; // gmm.ts:51
        }
        let mx = mainTerm[0]!; // gmm.ts:54
        let mx_d = mainTerm_d[0]!; // gmm.ts:54
        for (let ik = 1; ik < k; ik++) {
            mx_d = (mx >= mainTerm[ik]! ? mx_d : 0) + (mx >= mainTerm[ik]! ? 0 : mainTerm_d[ik]!); // gmm.ts:55
            mx = Math.max(mx, mainTerm[ik]!); // gmm.ts:55
        }
        let semx = 0; // gmm.ts:56
        let semx_d = 0; // gmm.ts:56
        for (let ik = 0; ik < k; ik++) {
            const t4 = mainTerm[ik]! - mx; // gmm.ts:57
            const t4_d = mainTerm_d[ik]! - mx_d; // gmm.ts:57
            const t5 = Math.exp(t4); // gmm.ts:57
            const t5_d = t5 * t4_d; // gmm.ts:57
            semx_d += t5_d; // gmm.ts:57
            semx += t5; // gmm.ts:57
        }
        const t6 = Math.log(semx); // gmm.ts:58
        const t6_d = 1 / semx * semx_d; // gmm.ts:58
        const t7 = t6 + mx; // gmm.ts:58
        const t7_d = t6_d + mx_d; // gmm.ts:58
        slse_d += t7_d; // gmm.ts:58
        slse += t7; // gmm.ts:58
    }
    let amx = alphas[0]!; // gmm.ts:60
    let amx_d = alphas_d[0]!; // gmm.ts:60
    for (let ik = 1; ik < k; ik++) {
        amx_d = (amx >= alphas[ik]! ? amx_d : 0) + (amx >= alphas[ik]! ? 0 : alphas_d[ik]!); // gmm.ts:61
        amx = Math.max(amx, alphas[ik]!); // gmm.ts:61
    }
    let asum = 0; // gmm.ts:62
    let asum_d = 0; // gmm.ts:62
    for (let ik = 0; ik < k; ik++) {
        const t8 = alphas[ik]! - amx; // gmm.ts:63
        const t8_d = alphas_d[ik]! - amx_d; // gmm.ts:63
        const t9 = Math.exp(t8); // gmm.ts:63
        const t9_d = t9 * t8_d; // gmm.ts:63
        asum_d += t9_d; // gmm.ts:63
        asum += t9; // gmm.ts:63
    }
    const t10 = Math.log(asum); // gmm.ts:64
    const t10_d = 1 / asum * asum_d; // gmm.ts:64
    const lseAlphas = t10 + amx; // gmm.ts:64
    const lseAlphas_d = t10_d + amx_d; // gmm.ts:64
    const t11 = -n * d * 0.5; // gmm.ts:65
    const t12 = 2 * 3.141592653589793; // gmm.ts:65
    const t13 = Math.log(t12); // gmm.ts:65
    const constant = t11 * t13; // gmm.ts:65
    const t14 = constant + slse; // gmm.ts:66
    const t14_d = slse_d; // gmm.ts:66
    const t15 = n * lseAlphas; // gmm.ts:66
    const t15_d = n * lseAlphas_d; // gmm.ts:66
    let err = t14 - t15; // gmm.ts:66
    let err_d = t14_d - t15_d; // gmm.ts:66
    let prior = 0; // gmm.ts:68
    let prior_d = 0; // gmm.ts:68
    for (let ik = 0; ik < k; ik++) {
        let frobenius = 0; // gmm.ts:70
        let frobenius_d = 0; // gmm.ts:70
        for (let id = 0; id < d; id++) {
            frobenius_d = frobenius_d + qdiags[ik * d + id]! * qdiags_d[ik * d + id]! + qdiags[ik * d + id]! * qdiags_d[ik * d + id]!; // gmm.ts:71
            frobenius += qdiags[ik * d + id]! * qdiags[ik * d + id]!; // gmm.ts:71
        }
        for (let i = d; i < icfSize; i++) {
            frobenius_d = frobenius_d + icf[ik * icfSize + i]! * icf_d[ik * icfSize + i]! + icf[ik * icfSize + i]! * icf_d[ik * icfSize + i]!; // gmm.ts:72
            frobenius += icf[ik * icfSize + i]! * icf[ik * icfSize + i]!; // gmm.ts:72
        }
        const t16 = 0.5 * gamma; // gmm.ts:73
        const t17 = t16 * gamma; // gmm.ts:73
        const t18 = t17 * frobenius; // gmm.ts:73
        const t18_d = t17 * frobenius_d; // gmm.ts:73
        const t19 = m * sumQs[ik]!; // gmm.ts:73
        const t19_d = m * sumQs_d[ik]!; // gmm.ts:73
        const t20 = t18 - t19; // gmm.ts:73
        const t20_d = t18_d - t19_d; // gmm.ts:73
        prior_d += t20_d; // gmm.ts:73
        prior += t20; // gmm.ts:73
    }
    const t21 = k * priorConstant; // gmm.ts:75
    const t22 = prior - t21; // gmm.ts:75
    const t22_d = prior_d; // gmm.ts:75
    err_d += t22_d; // gmm.ts:75
    err += t22; // gmm.ts:75
    out[0] = err;
    out[1] = err_d;
}
