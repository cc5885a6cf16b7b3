/**
 * Data from a reference model (reference.ts): training samples by Monte Carlo with pathwise
 * differentials, and a test set — exact when the model has a closed form, else a Monte Carlo
 * estimate with its standard errors.
 *
 * Training: x uniform in the input box, one antithetic pair of paths per sample (or the mean of several):
 *   y = ½(f(x, z) + f(x, −z)),  dy/dx = ½(∇ₓf(x, z) + ∇ₓf(x, −z)),
 * an unbiased estimate of the price and of its deltas (pathwise derivatives of an almost
 * everywhere differentiable payoff). Test gammas are second derivatives along a direction d
 * (default d = (1, …, 1): all inputs moved together), dᵀ∇²V d.
 */
import { Rng } from "../runtime/random.js";
import { ReferenceError, type ReferenceModel } from "./reference.js";
import type { TrainData } from "./trainer.js";

export interface TestSet {
  x: Float64Array;
  price: Float64Array;
  delta: Float64Array;
  gamma: Float64Array;
  /** The direction of the gammas. */
  direction: Float64Array;
  /** "exact" (the closed form) or "monte-carlo" (then `stderr` holds the mean standard errors). */
  source: "exact" | "monte-carlo";
  stderr?: { price: number; delta: number; gamma: number };
}

function uniformIn(ref: ReferenceModel, rng: Rng, x: Float64Array, at: number): void {
  for (let i = 0; i < ref.n; i++) x[at + i] = rng.range(ref.box.lo[i]!, ref.box.hi[i]!);
}

/** `count` training samples (x, y, dy/dx), each the mean over `pairs` antithetic pairs of paths (default one). */
export function simulateReference(ref: ReferenceModel, count: number, seed: number, pairs = 1): TrainData {
  const { n, m } = ref;
  const rng = new Rng(seed);
  const X = new Float64Array(count * n), Y = new Float64Array(count), D = new Float64Array(count * n);
  const x = new Float64Array(n), z = new Float64Array(m), zm = new Float64Array(m), g = new Float64Array(n);
  for (let s = 0; s < count; s++) {
    uniformIn(ref, rng, X, s * n);
    x.set(X.subarray(s * n, (s + 1) * n));
    g.fill(0);
    let sum = 0;
    for (let p = 0; p < pairs; p++) {
      for (let k = 0; k < m; k++) {
        z[k] = rng.normal();
        zm[k] = -z[k]!;
      }
      sum += ref.pathwise(x, z, g) + ref.pathwise(x, zm, g);
    }
    Y[s] = sum / (2 * pairs);
    for (let i = 0; i < n; i++) D[s * n + i] = g[i]! / (2 * pairs);
    if (!Number.isFinite(Y[s]!) || g.some((v) => !Number.isFinite(v))) {
      const what = !Number.isFinite(Y[s]!) ? `the value ${Y[s]}` : `∂/∂x[${g.findIndex((v) => !Number.isFinite(v))}] = ${g.find((v) => !Number.isFinite(v))}`;
      throw new ReferenceError(`${ref.loc}: ${ref.name}(x = [${Array.from(x, (v) => Number(v.toPrecision(6))).join(", ")}]) gives ${what} on one of sample ${s}'s paths; a fit needs finite values and derivatives on every path`);
    }
  }
  return { n, count, x: X, y: Y, dydx: D };
}

/**
 * Check the model before any work that takes long: the pathwise function (value and gradient) on a
 * few paths at the box's corners (up to 8 inputs), its centre and `count` random points, and the
 * closed form (value, gradient, the gamma's Hessian-vector product) at the same points. The first
 * NaN or infinity is an error naming the function, where it is defined, the input and what was not finite.
 */
export function probeReference(ref: ReferenceModel, seed: number, count = 256, paths = 8): void {
  const { n, m, box } = ref;
  const points: Float64Array[] = [];
  const corners = n <= 8 ? 1 << n : 0;
  for (let c = 0; c < corners; c++) points.push(Float64Array.from({ length: n }, (_, i) => ((c >> i) & 1 ? box.hi[i]! : box.lo[i]!)));
  points.push(Float64Array.from({ length: n }, (_, i) => 0.5 * (box.lo[i]! + box.hi[i]!)));
  const rng = new Rng(seed);
  for (let k = 0; k < count; k++) {
    const x = new Float64Array(n);
    uniformIn(ref, rng, x, 0);
    points.push(x);
  }
  const z = new Float64Array(m), g = new Float64Array(n), hd = new Float64Array(n);
  const show = (x: Float64Array) => `[${Array.from(x, (v) => Number(v.toPrecision(6))).join(", ")}]`;
  const bad = (what: string, name: string, loc: string, x: Float64Array, v: number, more = "") =>
    new ReferenceError(`${loc}: ${name}(x = ${show(x)}) gives ${what} = ${v}${more}; ${v !== v ? "NaN" : "an infinity"} in training data or a test set stops a fit — check the formula there (a square root or logarithm of a value that can reach 0 or go negative, a division by 0)`);
  for (const x of points) {
    for (let p = 0; p < paths; p++) {
      for (let j = 0; j < m; j++) z[j] = rng.normal();
      g.fill(0);
      const v = ref.pathwise(x, z, g);
      if (!Number.isFinite(v)) throw bad("the value", ref.name, ref.loc, x, v, ` on one path`);
      const i = g.findIndex((e) => !Number.isFinite(e));
      if (i >= 0) throw bad(`∂/∂x[${i}]`, ref.name, ref.loc, x, g[i]!, ` on one path`);
    }
    const e = ref.exact;
    if (!e) continue;
    g.fill(0);
    hd.fill(0);
    const v = e.hessianVector(x, ref.gamma.direction, g, hd);
    if (!Number.isFinite(v)) throw bad("the value", e.name, e.loc, x, v);
    const i = g.findIndex((c) => !Number.isFinite(c));
    if (i >= 0) throw bad(`∂/∂x[${i}]`, e.name, e.loc, x, g[i]!);
    const j = hd.findIndex((c) => !Number.isFinite(c));
    if (j >= 0) throw bad(`the gamma's Hessian-vector product, component ${j},`, e.name, e.loc, x, hd[j]!);
  }
}

/** The all-ones direction: the second derivative as every input moves together. */
export function parallelShift(n: number): Float64Array {
  return new Float64Array(n).fill(1);
}

/**
 * A test set of `count` points uniform in the box: with a closed form, its value, gradient and
 * dᵀHd; without, Monte Carlo means over `paths` antithetic pairs per point (gammas: central
 * differences of the pathwise directional delta along d, with common random numbers).
 */
export function referenceTestSet(ref: ReferenceModel, count: number, seed: number, opts: { direction?: Float64Array; paths?: number } = {}): TestSet {
  const { n } = ref;
  const d = opts.direction ?? parallelShift(n);
  const rng = new Rng(seed);
  const x = new Float64Array(count * n), price = new Float64Array(count), delta = new Float64Array(count * n), gamma = new Float64Array(count);
  for (let s = 0; s < count; s++) uniformIn(ref, rng, x, s * n);
  if (ref.exact) {
    const e = ref.exact, p = new Float64Array(n), g = new Float64Array(n), hd = new Float64Array(n);
    for (let s = 0; s < count; s++) {
      p.set(x.subarray(s * n, (s + 1) * n));
      g.fill(0);
      hd.fill(0);
      price[s] = e.hessianVector(p, d, g, hd);
      delta.set(g, s * n);
      let dHd = 0;
      for (let i = 0; i < n; i++) dHd += d[i]! * hd[i]!;
      gamma[s] = dHd;
    }
    return { x, price, delta, gamma, direction: d, source: "exact" };
  }
  const est = monteCarloPoints(ref, x, count, opts.paths ?? 4096, rng, d);
  return { x, price: est.price, delta: est.delta, gamma: est.gamma, direction: d, source: "monte-carlo", stderr: est.stderr };
}

/** Monte Carlo estimates at the given points (antithetic pairs, common random numbers for the gamma differences). */
export function monteCarloPoints(ref: ReferenceModel, x: Float64Array, count: number, paths: number, rng: Rng, d: Float64Array) {
  const { n, m } = ref;
  const price = new Float64Array(count), delta = new Float64Array(count * n), gamma = new Float64Array(count);
  const p = new Float64Array(n), up = new Float64Array(n), down = new Float64Array(n), z = new Float64Array(m), zm = new Float64Array(m);
  const g = new Float64Array(n), gu = new Float64Array(n), gd = new Float64Array(n);
  let seP = 0, seD = 0, seG = 0;
  // the gamma step: 1% of the box along d
  let width = 0;
  for (let i = 0; i < n; i++) width = Math.max(width, (ref.box.hi[i]! - ref.box.lo[i]!) * Math.abs(d[i]!));
  const h = 0.01 * width / Math.max(...Array.from(d, Math.abs));
  for (let s = 0; s < count; s++) {
    p.set(x.subarray(s * n, (s + 1) * n));
    for (let i = 0; i < n; i++) {
      up[i] = p[i]! + h * d[i]!;
      down[i] = p[i]! - h * d[i]!;
    }
    let sum = 0, sum2 = 0, gsum = 0, gsum2 = 0;
    const dsum = new Float64Array(n), dsum2 = new Float64Array(n);
    for (let k = 0; k < paths; k++) {
      for (let j = 0; j < m; j++) {
        z[j] = rng.normal();
        zm[j] = -z[j]!;
      }
      g.fill(0);
      gu.fill(0);
      gd.fill(0);
      const v = 0.5 * (ref.pathwise(p, z, g) + ref.pathwise(p, zm, g));
      ref.pathwise(up, z, gu);
      ref.pathwise(up, zm, gu);
      ref.pathwise(down, z, gd);
      ref.pathwise(down, zm, gd);
      let second = 0;
      for (let i = 0; i < n; i++) {
        const di = 0.5 * g[i]!;
        dsum[i]! += di;
        dsum2[i]! += di * di;
        second += d[i]! * 0.5 * (gu[i]! - gd[i]!) / (2 * h);
      }
      sum += v;
      sum2 += v * v;
      gsum += second;
      gsum2 += second * second;
    }
    const se = (a: number, a2: number) => Math.sqrt(Math.max(0, a2 / paths - (a / paths) ** 2) / paths);
    price[s] = sum / paths;
    gamma[s] = gsum / paths;
    seP += se(sum, sum2);
    seG += se(gsum, gsum2);
    for (let i = 0; i < n; i++) {
      delta[s * n + i] = dsum[i]! / paths;
      seD += se(dsum[i]!, dsum2[i]!) / n;
    }
  }
  return { price, delta, gamma, stderr: { price: seP / count, delta: seD / count, gamma: seG / count } };
}
