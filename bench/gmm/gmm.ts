// ADBench's Gaussian mixture objective (ADBench/GradBench `gmm`), written from its C++ reference
// (gmm.h: preprocess_qs, Qtimesx, logsumexp, log_wishart_prior) as a user would port it. The one
// change: the Wishart prior's constant (its log-gamma terms, independent of the parameters) is
// passed in as `priorConstant`, since JavaScript has no lgamma.

/**
 * @differentiable
 * @wrt alphas means icf
 * @domain d 2 2
 * @domain k 3 3
 * @domain n 4 4
 * @length alphas k
 * @length means 6
 * @length icf 9
 * @length x 8
 * @domain gamma 1 1
 * @domain m 0 0
 */
export function gmmObjective(d: number, k: number, n: number, alphas: Float64Array, means: Float64Array, icf: Float64Array,
  x: Float64Array, gamma: number, m: number, priorConstant: number): number {
  const icfSize = (d * (d + 1)) / 2;
  const qdiags = new Float64Array(d * k);
  const sumQs = new Float64Array(k);
  const xcentered = new Float64Array(d);
  const qx = new Float64Array(d);
  const mainTerm = new Float64Array(k);
  // preprocess_qs
  for (let ik = 0; ik < k; ik++) {
    sumQs[ik] = 0;
    for (let id = 0; id < d; id++) {
      const q = icf[ik * icfSize + id]!;
      sumQs[ik] = sumQs[ik]! + q;
      qdiags[ik * d + id] = Math.exp(q);
    }
  }
  let slse = 0;
  for (let ix = 0; ix < n; ix++) {
    for (let ik = 0; ik < k; ik++) {
      for (let id = 0; id < d; id++) xcentered[id] = x[ix * d + id]! - means[ik * d + id]!;
      // Qtimesx: the diagonal, then the strictly lower triangle column by column
      for (let id = 0; id < d; id++) qx[id] = qdiags[ik * d + id]! * xcentered[id]!;
      let li = ik * icfSize + d;
      for (let i = 0; i < d; i++) {
        for (let j = i + 1; j < d; j++) {
          qx[j] = qx[j]! + icf[li]! * xcentered[i]!;
          li++;
        }
      }
      let sq = 0;
      for (let id = 0; id < d; id++) sq += qx[id]! * qx[id]!;
      mainTerm[ik] = alphas[ik]! + sumQs[ik]! - 0.5 * sq;
    }
    // logsumexp
    let mx = mainTerm[0]!;
    for (let ik = 1; ik < k; ik++) mx = Math.max(mx, mainTerm[ik]!);
    let semx = 0;
    for (let ik = 0; ik < k; ik++) semx += Math.exp(mainTerm[ik]! - mx);
    slse += Math.log(semx) + mx;
  }
  let amx = alphas[0]!;
  for (let ik = 1; ik < k; ik++) amx = Math.max(amx, alphas[ik]!);
  let asum = 0;
  for (let ik = 0; ik < k; ik++) asum += Math.exp(alphas[ik]! - amx);
  const lseAlphas = Math.log(asum) + amx;
  const constant = -n * d * 0.5 * Math.log(2 * Math.PI);
  let err = constant + slse - n * lseAlphas;
  // log_wishart_prior
  let prior = 0;
  for (let ik = 0; ik < k; ik++) {
    let frobenius = 0;
    for (let id = 0; id < d; id++) frobenius += qdiags[ik * d + id]! * qdiags[ik * d + id]!;
    for (let i = d; i < icfSize; i++) frobenius += icf[ik * icfSize + i]! * icf[ik * icfSize + i]!;
    prior += 0.5 * gamma * gamma * frobenius - m * sumQs[ik]!;
  }
  err += prior - k * priorConstant;
  return err;
}
