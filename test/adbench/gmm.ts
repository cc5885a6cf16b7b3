// ADBench's GMM objective written as GradBench's C++ is written (cpp/gradbench/evals/gmm.hpp,
// adbench/shared/matrix.h), line by line: pointer arithmetic &x[i * d] as x.subarray(i * d), std::vector
// as Float64Array, the Wishart struct as an object, lgamma from stdlib. test/adbench.test.ts compiles it
// unmodified (issue #30). Unlike bench/gmm/gmm.ts, nothing here was changed to suit the compiler.
import lgamma from "@stdlib/math-base-special-gammaln";

export interface Wishart { gamma: number; m: number }

function arr_max(n: number, x: Float64Array): number {
  let m = x[0]!;
  for (let i = 1; i < n; i++) m = Math.max(m, x[i]!);
  return m;
}

function sqnorm(n: number, x: Float64Array): number {
  let res = x[0]! * x[0]!;
  for (let i = 1; i < n; i++) res = res + x[i]! * x[i]!;
  return res;
}

function subtract(d: number, x: Float64Array, y: Float64Array, out: Float64Array): void {
  for (let id = 0; id < d; id++) out[id] = x[id]! - y[id]!;
}

function log_gamma_distrib(a: number, p: number): number {
  let out = 0.25 * p * (p - 1) * Math.log(Math.PI);
  for (let j = 1; j <= p; j++) out = out + lgamma(a + 0.5 * (1 - j));
  return out;
}

function logsumexp(n: number, x: Float64Array): number {
  const mx = arr_max(n, x);
  let semx = 0;
  for (let i = 0; i < n; i++) semx = semx + Math.exp(x[i]! - mx);
  return Math.log(semx) + mx;
}

function log_wishart_prior(d: number, k: number, wishart: Wishart, sum_qs: Float64Array, Qdiags: Float64Array, l: Float64Array): number {
  const n = d + wishart.m + 1;
  const l_sz = d * (d - 1) / 2;
  const C = n * d * (Math.log(wishart.gamma) - 0.5 * Math.log(2)) - log_gamma_distrib(0.5 * n, d);
  let out = 0;
  for (let ik = 0; ik < k; ik++) {
    const frobenius = sqnorm(d, Qdiags.subarray(ik * d)) + sqnorm(l_sz, l.subarray(ik * l_sz));
    out += 0.5 * wishart.gamma * wishart.gamma * frobenius - wishart.m * sum_qs[ik]!;
  }
  return -out + k * C;
}

function Qtimesx(d: number, Qdiag: Float64Array, ltri: Float64Array, x: Float64Array, out: Float64Array): void {
  for (let id = 0; id < d; id++) out[id] = Qdiag[id]! * x[id]!;
  let Lparamsidx = 0;
  for (let i = 0; i < d; i++) {
    for (let j = i + 1; j < d; j++) {
      out[j] = out[j]! + ltri[Lparamsidx]! * x[i]!;
      Lparamsidx++;
    }
  }
}

/**
 * @differentiable
 * @wrt alpha mu q l
 * @domain d 2 2
 * @domain k 3 3
 * @domain n 4 4
 * @length alpha 3
 * @length mu 6
 * @length q 6
 * @length l 3
 * @length x 8
 * @domain wishart.gamma 1 1
 * @domain wishart.m 0 0
 */
export function objective(d: number, k: number, n: number, alpha: Float64Array, mu: Float64Array, q: Float64Array, l: Float64Array, x: Float64Array, wishart: Wishart): number {
  const CONSTANT = -n * d * 0.5 * Math.log(2 * Math.PI);
  const l_sz = d * (d - 1) / 2;

  const Qdiags = new Float64Array(d * k);
  const sum_qs = new Float64Array(k);

  for (let i = 0; i < d * k; i++) Qdiags[i] = Math.exp(q[i]!);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < d; j++) sum_qs[i] += q[i * d + j]!;
  }

  const xcentered = new Float64Array(d);
  const Qxcentered = new Float64Array(d);
  const main_term = new Float64Array(k);
  let slse = 0;
  for (let ix = 0; ix < n; ix++) {
    for (let ik = 0; ik < k; ik++) {
      subtract(d, x.subarray(ix * d), mu.subarray(ik * d), xcentered);
      Qtimesx(d, Qdiags.subarray(ik * d), l.subarray(ik * l_sz), xcentered, Qxcentered);
      main_term[ik] = alpha[ik]! + sum_qs[ik]! - 0.5 * sqnorm(d, Qxcentered);
    }
    const lsum = logsumexp(k, main_term);
    slse += lsum;
  }

  const lse_alpha = logsumexp(k, alpha);
  let err = CONSTANT + slse - n * lse_alpha;
  const ws = log_wishart_prior(d, k, wishart, sum_qs, Qdiags, l);
  err = err + ws;
  return err;
}
