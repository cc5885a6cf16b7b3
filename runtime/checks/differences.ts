/** Central finite differences that know when they cannot be trusted (kinks, jumps, steep slopes). */
import { type AnyFn, type Fields, type FnSpec, type Point, isFields, numbersOf } from "./values.js";
import { displace } from "./sampling.js";
import { evalPrimal } from "./calls.js";

/**
 * Finite differences: central, at steps h and h/2, Richardson-extrapolated (truncation O(h^4)).
 * Directions carry their inputs' scales (sampleDirection), so the displacement of each input is
 * relative to its own size: h starts at 1e-4.
 *
 * A kink, a branch switch or a jump (a data-dependent trip count) inside the stencil makes
 * differences meaningless. The two steps must then agree to SMOOTHNESS (relative). When they do
 * not, the step is halved and the test repeated: a smooth function whose curvature made the step
 * too large settles (the disagreement shrinks as h²); a kink or jump does not (it shrinks at most
 * linearly), and neither does rounding once the step is too small. A sample that never settles is
 * left out and counted, as "kink" (or as "steep" when it was still settling after eight halvings).
 * An unflagged kink shifts the extrapolated value by at most 1/3 of the steps' disagreement, an
 * unflagged jump by at most 7/3 of it; with SMOOTHNESS at 0.4 times the 1e-6 check tolerance,
 * neither can fail a correct derivative (a kink closer than ~1e-10 to the point could, with
 * negligible probability).
 */
export const SMOOTHNESS = 4e-7;

/** The first difference step, relative to the direction (which carries the inputs' scales). */
export const FIRST_STEP = 1e-4;

export type Settled = { value: Float64Array; smooth: true } | { value: Float64Array; smooth: false; why: "kink" | "steep" };

/** Richardson-extrapolated central differences d(h), d(h/2), halving h until two steps agree (see SMOOTHNESS). */
export function settle(d: (h: number) => Float64Array): Settled {
  let h = FIRST_STEP, prev = d(h), lastGap = Infinity;
  for (let level = 0; level < 8; level++) {
    const half = d(h / 2);
    const gap = maxAbs(prev.map((x, i) => x - half[i]!));
    const value = half.map((x, i) => x + (x - prev[i]!) / 3);
    if (gap <= SMOOTHNESS * Math.max(maxAbs(half), 1e-3)) return { value, smooth: true };
    if (!(gap <= 0.5 * lastGap)) return { value, smooth: false, why: "kink" }; // not settling as h²: a kink, a jump, or rounding
    lastGap = gap;
    prev = half;
    h /= 2;
  }
  return { value: prev, smooth: false, why: "steep" };
}

export function centralDifference(fn: AnyFn, spec: FnSpec, pt: Point, dir: Point): Settled {
  return settle((s) => {
    const p = evalPrimal(fn, spec, displace(pt, dir, s));
    const m = evalPrimal(fn, spec, displace(pt, dir, -s));
    return p.map((x, i) => (x - m[i]!) / (2 * s));
  });
}

/** Central differences (settled, Richardson-extrapolated) of a point-valued function `g` along `dir`. */
export function centralDifferenceOf(g: (p: Point) => Point, pt: Point, dir: Point): { value: Point } & Settled {
  const keys: string[] = [];
  const flat = (q: Point): number[] => keys.flatMap((k) => numbersOf(q.get(k)));
  const shape = g(pt);
  for (const k of shape.keys()) keys.push(k);
  const r = settle((s) => {
    const p = flat(g(displace(pt, dir, s))), m = flat(g(displace(pt, dir, -s)));
    return Float64Array.from(p, (x, i) => (x - m[i]!) / (2 * s));
  });
  const out: Point = new Map();
  let at = 0;
  for (const k of keys) {
    const v = shape.get(k)!;
    if (v instanceof Float64Array) { out.set(k, r.value.slice(at, at + v.length)); at += v.length; }
    else if (isFields(v)) {
      const rec: Fields = {};
      for (const f of Object.keys(v).sort()) if (typeof v[f] === "number") rec[f] = r.value[at++]!;
      out.set(k, rec);
    } else out.set(k, r.value[at++]!);
  }
  return { ...r, value: out } as { value: Point } & Settled;
}

/**
 * The rounding noise of a computed quantity q(t) near t = 0: q at seven points t = iδ, and the
 * level of its third and fourth differences, which cancel the smooth part of q (Moré & Wild,
 * "Estimating computational noise", SIAM J. Sci. Comput. 33 (2011): σ_j² = γ_j/(7 − j)·Σ(Δʲq)²,
 * γ_j = (j!)²/(2j)!). The larger of the two estimates is returned.
 */
export function noiseLevel(q: (t: number) => number, delta: number): number {
  let row = Array.from({ length: 7 }, (_, i) => q(i * delta));
  let sigma = 0;
  for (let j = 1; j <= 4; j++) {
    row = row.slice(1).map((x, i) => x - row[i]!);
    if (j < 3) continue;
    let fact = 1, fact2 = 1;
    for (let k = 2; k <= j; k++) fact *= k;
    for (let k = 2; k <= 2 * j; k++) fact2 *= k;
    const gamma = (fact * fact) / fact2;
    sigma = Math.max(sigma, Math.sqrt((gamma / (7 - j)) * row.reduce((a, x) => a + x * x, 0)));
  }
  return sigma;
}

export function maxAbs(a: Float64Array): number {
  let m = 0;
  for (const x of a) m = Math.max(m, Math.abs(x));
  return m;
}

/**
 * Derivatives smaller than this (with output weights and directions of order 1) are compared by
 * their absolute difference rather than their relative one, in every derivative check.
 */
export const ABSOLUTE_FLOOR = 1e-3;

/** How far apart the two sides of the dot-product test may be, in units of their estimated rounding noise. */
export const NOISE_MULTIPLE = 16;
