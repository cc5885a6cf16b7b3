// The reference model of the case study (shared/CASE-STUDY.md): a Bachelier basket option.
// The payoffs are annotated; their generated adjoints (bachelier.adjoint.ts, committed) give the
// pathwise differentials of the training samples. Everything else here is plain TypeScript.
import { Rng } from "../runtime/random.js";

/**
 * Antithetic basket call payoff: ½[(w·(x+p) − K)⁺ + (w·(x−p) − K)⁺], x the spots at T1, p the move
 * to maturity. Differentiated with respect to the spots.
 * @differentiable
 * @wrt x
 * @domain n 7 7
 * @domain x 0.5 1.5
 * @domain p -0.3 0.3
 * @domain w 0.05 0.3
 * @domain strike 1.1 1.1
 * @length x n
 * @length p n
 * @length w n
 */
export function basketPayoff(x: Float64Array, p: Float64Array, w: Float64Array, strike: number, n: number): number {
  let up = 0;
  let down = 0;
  for (let i = 0; i < n; i++) {
    up += w[i] * (x[i] + p[i]);
    down += w[i] * (x[i] - p[i]);
  }
  return 0.5 * (Math.max(up - strike, 0) + Math.max(down - strike, 0));
}

/**
 * The smoothed payoff of the slides: (·)⁺ replaced by u / (1 + e^(−u/width)) (SiLU-shaped,
 * width 0.05), twice differentiable, for second-order Sobolev terms: its tangent-over-adjoint gives
 * pathwise Hessian-vector products (the second-order labels of train/second-order.ts).
 * @differentiable
 * @wrt x
 * @variant tangent
 * @variant adjoint
 * @variant adjoint(x) tangent(x)
 * @domain n 7 7
 * @domain x 0.5 1.5
 * @domain p -0.3 0.3
 * @domain w 0.05 0.3
 * @domain strike 1.1 1.1
 * @domain width 0.05 0.05
 * @length x n
 * @length p n
 * @length w n
 */
export function smoothBasketPayoff(x: Float64Array, p: Float64Array, w: Float64Array, strike: number, width: number, n: number): number {
  let up = 0;
  let down = 0;
  for (let i = 0; i < n; i++) {
    up += w[i] * (x[i] + p[i]);
    down += w[i] * (x[i] - p[i]);
  }
  const a = up - strike;
  const b = down - strike;
  return 0.5 * (a / (1 + Math.exp(-a / width)) + b / (1 + Math.exp(-b / width)));
}

// ---- the market ----------------------------------------------------------------------------------

export interface Market {
  n: number;
  /** Basket weights, Σ w = 1. */
  w: Float64Array;
  /** Correlation matrix (n × n, row-major). */
  corr: Float64Array;
  /** Volatilities, rescaled so that the basket volatility is `basketVol`. */
  vol: Float64Array;
  basketVol: number;
  strike: number;
  t1: number;
  t2: number;
  /** chol(cov)·√Δ (lower triangular, row-major): the move from T1 to maturity. */
  L: Float64Array;
  /** L · 1.5 · √(T1/Δ): the spread of the spots at T1 (wider than the move, to cover the wings). */
  L0: Float64Array;
}

/**
 * The case study's market, drawn from a seeded generator (CASE-STUDY.md, "Reference model");
 * `weights` (normalised to sum 1) replace the drawn basket weights.
 */
export function makeMarket(seed: number, n = 7, weights?: ArrayLike<number>): Market {
  const rng = new Rng(seed);
  const w = Float64Array.from({ length: n }, () => rng.range(1, 10));
  if (weights) {
    if (weights.length !== n) throw new Error(`makeMarket: ${weights.length} weights for ${n} assets`);
    w.set(weights); // e.g. recovered from another model's deltas; the draw above keeps the stream aligned
  }
  const sw = w.reduce((a, b) => a + b, 0);
  for (let i = 0; i < n; i++) w[i]! /= sw;
  // A ~ U[−1, 1] (2n × n); C = AᵀA; corr = D^(−1/2) C D^(−1/2)
  const A = Float64Array.from({ length: 2 * n * n }, () => rng.range(-1, 1));
  const C = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < 2 * n; k++) s += A[k * n + i]! * A[k * n + j]!;
    C[i * n + j] = s;
  }
  const corr = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) corr[i * n + j] = C[i * n + j]! / Math.sqrt(C[i * n + i]! * C[j * n + j]!);
  const vol = Float64Array.from({ length: n }, () => rng.range(5, 50));
  const basketVol = 0.2;
  let s2 = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s2 += w[i]! * vol[i]! * corr[i * n + j]! * w[j]! * vol[j]!;
  const scale = basketVol / Math.sqrt(s2);
  for (let i = 0; i < n; i++) vol[i]! *= scale;
  const t1 = 1, t2 = 2, delta = t2 - t1;
  const cov = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) cov[i * n + j] = vol[i]! * corr[i * n + j]! * vol[j]!;
  const L = cholesky(cov, n).map((x) => x * Math.sqrt(delta));
  const L0 = L.map((x) => x * 1.5 * Math.sqrt(t1 / delta));
  return { n, w, corr, vol, basketVol, strike: 1.1, t1, t2, L, L0 };
}

/** Lower-triangular Cholesky factor of a symmetric positive definite n × n matrix (row-major). */
export function cholesky(a: Float64Array, n: number): Float64Array {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= L[i * n + k]! * L[j * n + k]!;
      if (i === j) {
        if (!(s > 0)) throw new Error(`cholesky: matrix is not positive definite (pivot ${i} = ${s})`);
        L[i * n + i] = Math.sqrt(s);
      } else {
        L[i * n + j] = s / L[j * n + j]!;
      }
    }
  }
  return L;
}

// ---- closed forms ---------------------------------------------------------------------------------

export function normPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** Φ(x) to about 1e-16 relative: a power series for |x| ≤ 3, Laplace's continued fraction beyond. */
export function normCdf(x: number): number {
  if (x < -3) return upperTail(-x);
  if (x > 3) return 1 - upperTail(x);
  const x2 = x * x;
  let term = x, sum = x;
  for (let k = 1; k < 300; k++) {
    term *= x2 / (2 * k + 1);
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
  }
  return 0.5 + normPdf(x) * sum;
}

/** Q(x) = 1 − Φ(x) for x > 0: φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))) (modified Lentz). */
function upperTail(x: number): number {
  const tiny = 1e-300;
  let f = x, c = x, d = 0;
  for (let k = 1; k < 500; k++) {
    d = x + k * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + k / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return normPdf(x) / f;
}

/** Bachelier price, delta factor Φ(d) and gamma of a call on the basket value b. */
export function bachelier(b: number, strike: number, vol: number, t: number): { price: number; cdf: number; gamma: number } {
  const sd = vol * Math.sqrt(t);
  const d = (b - strike) / sd;
  return { price: sd * (d * normCdf(d) + normPdf(d)), cdf: normCdf(d), gamma: normPdf(d) / sd };
}

// ---- data -------------------------------------------------------------------------------------------

export interface Samples {
  n: number;
  count: number;
  /** Inputs (count × n, row-major). */
  x: Float64Array;
  /** Targets. */
  y: Float64Array;
  /** Derivative targets dy/dx (count × n). */
  dydx: Float64Array;
  /** Second-order labels (count × n × n), when asked for: the smoothed payoff's pathwise Hessian. */
  hessian?: Float64Array;
}

/**
 * The smoothing width of smoothBasketPayoff in the second-order labels. The slides' 0.05 biases the
 * expected gamma to R² 0.976 against the exact one on the case study's test set; 0.02 to 0.996
 * (the report measures it), at the price of noisier pathwise labels.
 */
export const SMOOTHING_WIDTH = 0.02;

/** The smoothed payoff's tangent-over-adjoint (its generated variant), for pathwise Hessian columns. */
export type SmoothHessian = (x: Float64Array, p: Float64Array, w: Float64Array, strike: number, width: number, n: number,
  xb: Float64Array, outB: number, xd: Float64Array, xbd: Float64Array, out: Float64Array) => void;

/**
 * Monte Carlo training samples with antithetic paths: x = 1 + L0·z0, p = L·z1, y = payoff(x, p),
 * dy/dx from `pathwise` (the generated adjoint of the payoff, passed in so this file does not
 * import its own generated code).
 */
export function simulate(
  m: Market, count: number, seed: number,
  pathwise: (x: Float64Array, p: Float64Array, w: Float64Array, strike: number, n: number, xb: Float64Array, seed: number) => number,
  smoothHessian?: SmoothHessian,
  width = SMOOTHING_WIDTH,
): Samples {
  const { n } = m;
  const rng = new Rng(seed);
  const X = new Float64Array(count * n), Y = new Float64Array(count), D = new Float64Array(count * n);
  const H = smoothHessian ? new Float64Array(count * n * n) : undefined;
  const e = new Float64Array(n), hb = new Float64Array(n), hcol = new Float64Array(n), out = new Float64Array(2);
  const z0 = new Float64Array(n), z1 = new Float64Array(n), x = new Float64Array(n), p = new Float64Array(n), xb = new Float64Array(n);
  for (let s = 0; s < count; s++) {
    for (let i = 0; i < n; i++) { z0[i] = rng.normal(); z1[i] = rng.normal(); }
    for (let i = 0; i < n; i++) {
      let a = 0, b = 0;
      for (let k = 0; k <= i; k++) { a += m.L0[i * n + k]! * z0[k]!; b += m.L[i * n + k]! * z1[k]!; }
      x[i] = 1 + a;
      p[i] = b;
    }
    xb.fill(0);
    Y[s] = pathwise(x, p, m.w, m.strike, n, xb, 1);
    X.set(x, s * n);
    D.set(xb, s * n);
    if (smoothHessian && H) {
      // column j of the smoothed payoff's Hessian: the tangent of its adjoint along e_j
      for (let j = 0; j < n; j++) {
        e.fill(0);
        e[j] = 1;
        hb.fill(0);
        hcol.fill(0);
        smoothHessian(x, p, m.w, m.strike, width, n, hb, 1, e, hcol, out);
        for (let i = 0; i < n; i++) H[s * n * n + i * n + j] = hcol[i]!;
      }
    }
  }
  return { n, count, x: X, y: Y, dydx: D, ...(H ? { hessian: H } : {}) };
}

/**
 * The smoothing's bias on gammas, in closed form: the basket gamma of the smoothed payoff is
 * E[ṽ''(b − K + σ√t·Z)] (Z standard normal; ṽ(u) = u·σ(u/w), the SiLU-shaped smoothing), against
 * the exact φ(d)/(σ√t). Integrated by the trapezoid rule over Z ∈ [−9, 9].
 */
export function smoothedGamma(b: number, strike: number, vol: number, t: number, width = SMOOTHING_WIDTH): number {
  const sd = vol * Math.sqrt(t), N = 4001, lo = -9, h = 18 / (N - 1);
  let sum = 0;
  for (let k = 0; k < N; k++) {
    const z = lo + k * h, u = b - strike + sd * z;
    const q = u / width, sg = 1 / (1 + Math.exp(-q));
    const second = (sg * (1 - sg) * (2 + q * (1 - 2 * sg))) / width;
    sum += (k === 0 || k === N - 1 ? 0.5 : 1) * second * normPdf(z);
  }
  return sum * h;
}

/** The analytic test set: spots uniform in [l, u]^n, a = 1 + ½√((n−1)(1.5−0.5)/12), l = 1 − a/2, u = 1 + a/2. */
export function testSet(m: Market, count: number, seed: number): { x: Float64Array; price: Float64Array; delta: Float64Array; gamma: Float64Array; box: [number, number] } {
  const { n } = m;
  const a = 1 + 0.5 * Math.sqrt(((n - 1) * (1.5 - 0.5)) / 12);
  const lo = 1 - 0.5 * a, hi = 1 + 0.5 * a;
  const rng = new Rng(seed);
  const x = new Float64Array(count * n), price = new Float64Array(count), delta = new Float64Array(count * n), gamma = new Float64Array(count);
  const t = m.t2 - m.t1;
  for (let s = 0; s < count; s++) {
    let b = 0;
    for (let i = 0; i < n; i++) {
      const v = rng.range(lo, hi);
      x[s * n + i] = v;
      b += m.w[i]! * v;
    }
    const r = bachelier(b, m.strike, m.basketVol, t);
    price[s] = r.price;
    gamma[s] = r.gamma;
    for (let i = 0; i < n; i++) delta[s * n + i] = r.cdf * m.w[i]!;
  }
  return { x, price, delta, gamma, box: [lo, hi] };
}
