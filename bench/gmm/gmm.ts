// The Gaussian mixture objective of ADBench and GradBench (`gmm`), written from GradBench's C++
// reference (cpp/gradbench/evals/gmm.hpp: Qtimesx, logsumexp, log_wishart_prior) as a user would
// port it. The one change: the Wishart prior's constant C (log-gamma terms, independent of the
// parameters) is passed in as `wishartC` — JavaScript has no lgamma (gradbench.ts computes it).
// alpha: k weights; mu: k×d means; q: k×d log-diagonals and l: k×d(d−1)/2 strictly lower
// triangles of the inverse covariance factors; x: n×d points (all row-major).

/**
 * @differentiable
 * @wrt alpha mu q l
 * @domain d 2 2
 * @domain k 3 3
 * @domain n 4 4
 * @length alpha k
 * @length mu 6
 * @length q 6
 * @length l 3
 * @length x 8
 * @domain gamma 1 1
 * @domain m 0 0
 */
export function gmmObjective(d: number, k: number, n: number, alpha: Float64Array, mu: Float64Array, q: Float64Array, l: Float64Array,
  x: Float64Array, gamma: number, m: number, wishartC: number): number {
  const lSize = (d * (d - 1)) / 2;
  const qdiags = new Float64Array(d * k);
  const sumQs = new Float64Array(k);
  const xcentered = new Float64Array(d);
  const qx = new Float64Array(d);
  const mainTerm = new Float64Array(k);
  for (let i = 0; i < d * k; i++) qdiags[i] = Math.exp(q[i]!);
  for (let ik = 0; ik < k; ik++) {
    for (let id = 0; id < d; id++) sumQs[ik] = sumQs[ik]! + q[ik * d + id]!;
  }
  let slse = 0;
  for (let ix = 0; ix < n; ix++) {
    for (let ik = 0; ik < k; ik++) {
      for (let id = 0; id < d; id++) xcentered[id] = x[ix * d + id]! - mu[ik * d + id]!;
      // Qtimesx: the diagonal, then the strictly lower triangle column by column
      for (let id = 0; id < d; id++) qx[id] = qdiags[ik * d + id]! * xcentered[id]!;
      let li = ik * lSize;
      for (let i = 0; i < d; i++) {
        for (let j = i + 1; j < d; j++) {
          qx[j] = qx[j]! + l[li]! * xcentered[i]!;
          li++;
        }
      }
      let sq = 0;
      for (let id = 0; id < d; id++) sq += qx[id]! * qx[id]!;
      mainTerm[ik] = alpha[ik]! + sumQs[ik]! - 0.5 * sq;
    }
    // logsumexp
    let mx = mainTerm[0]!;
    for (let ik = 1; ik < k; ik++) mx = Math.max(mx, mainTerm[ik]!);
    let semx = 0;
    for (let ik = 0; ik < k; ik++) semx += Math.exp(mainTerm[ik]! - mx);
    slse += Math.log(semx) + mx;
  }
  let amx = alpha[0]!;
  for (let ik = 1; ik < k; ik++) amx = Math.max(amx, alpha[ik]!);
  let asum = 0;
  for (let ik = 0; ik < k; ik++) asum += Math.exp(alpha[ik]! - amx);
  const lseAlpha = Math.log(asum) + amx;
  const constant = -n * d * 0.5 * Math.log(2 * Math.PI);
  // log_wishart_prior
  let prior = 0;
  for (let ik = 0; ik < k; ik++) {
    let frobenius = 0;
    for (let id = 0; id < d; id++) frobenius += qdiags[ik * d + id]! * qdiags[ik * d + id]!;
    for (let i = 0; i < lSize; i++) frobenius += l[ik * lSize + i]! * l[ik * lSize + i]!;
    prior += 0.5 * gamma * gamma * frobenius - m * sumQs[ik]!;
  }
  return constant + slse - n * lseAlpha - prior + k * wishartC;
}
