/**
 * Limited-memory BFGS (Nocedal & Wright, "Numerical Optimization", 2nd ed.: Algorithm 7.4, the
 * two-loop recursion, with the initial scaling γ = sᵀy/yᵀy of eq. 7.20) and a line search for the
 * strong Wolfe conditions (Algorithms 3.5 and 3.6, cubic interpolation in the zoom). For a smooth,
 * deterministic objective: the full-batch loss of a small network, where it converges far past
 * where minibatch Adam stops (train/polish.ts).
 */

/** f(x), with ∇f(x) written into g. */
export type Objective = (x: Float64Array, g: Float64Array) => number;

export interface LbfgsOptions {
  /** Iterations (line searches) at most. */
  iterations: number;
  /** Pairs (s, y) kept (default 10). */
  memory?: number;
  /** Stop when max |∇f| falls below this (default 0: run every iteration). */
  gradientTolerance?: number;
  /** Called after each iteration with its number and f; returning true stops. */
  onIteration?: (k: number, f: number) => boolean | void;
}

export interface LbfgsResult {
  f: number;
  iterations: number;
  evaluations: number;
  /** Why it stopped: the iteration budget, a small gradient, a line search that found no decrease, or onIteration. */
  stopped: "iterations" | "gradient" | "line search" | "asked";
}

const C1 = 1e-4, C2 = 0.9;

/** Minimise `fg` from `x` (updated in place to the best point found). */
export function lbfgs(fg: Objective, x: Float64Array, o: LbfgsOptions): LbfgsResult {
  const n = x.length, m = o.memory ?? 10;
  const S: Float64Array[] = [], Y: Float64Array[] = [], rho: number[] = [];
  const g = new Float64Array(n), d = new Float64Array(n), xt = new Float64Array(n), gt = new Float64Array(n), alpha = new Float64Array(m);
  let evaluations = 1;
  let f = fg(x, g);
  if (!Number.isFinite(f)) throw new Error(`L-BFGS: the objective is ${f} at the start`);
  let k = 0;
  for (; k < o.iterations; k++) {
    if (o.gradientTolerance !== undefined && maxAbs(g) <= o.gradientTolerance) return { f, iterations: k, evaluations, stopped: "gradient" };
    // d = −H·g by the two-loop recursion
    for (let i = 0; i < n; i++) d[i] = -g[i]!;
    for (let j = S.length - 1; j >= 0; j--) {
      alpha[j] = rho[j]! * dot(S[j]!, d);
      axpy(-alpha[j]!, Y[j]!, d);
    }
    if (S.length > 0) {
      const last = S.length - 1;
      scale(d, dot(S[last]!, Y[last]!) / dot(Y[last]!, Y[last]!));
    } else scale(d, 1 / Math.max(1, Math.sqrt(dot(g, g))));
    for (let j = 0; j < S.length; j++) {
      const b = rho[j]! * dot(Y[j]!, d);
      axpy(alpha[j]! - b, S[j]!, d);
    }
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // not a descent direction (curvature information gone bad): restart from steepest descent
      S.length = 0; Y.length = 0; rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i]! / Math.max(1, Math.sqrt(dot(g, g)));
      slope = dot(g, d);
    }
    const ls = wolfe(fg, x, f, g, d, slope, xt, gt);
    evaluations += ls.evaluations;
    if (!ls.ok) return { f, iterations: k, evaluations, stopped: "line search" };
    // s = xt − x, y = gt − g
    const s = S.length === m ? S.shift()! : new Float64Array(n);
    const y = Y.length === m ? Y.shift()! : new Float64Array(n);
    if (rho.length === m) rho.shift();
    for (let i = 0; i < n; i++) {
      s[i] = xt[i]! - x[i]!;
      y[i] = gt[i]! - g[i]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    x.set(xt);
    g.set(gt);
    f = ls.f;
    if (o.onIteration?.(k + 1, f) === true) return { f, iterations: k + 1, evaluations, stopped: "asked" };
  }
  return { f, iterations: k, evaluations, stopped: "iterations" };
}

/** A step a > 0 along d satisfying the strong Wolfe conditions; xt, gt receive the point and its gradient. */
function wolfe(fg: Objective, x: Float64Array, f0: number, g0: Float64Array, d: Float64Array, slope0: number, xt: Float64Array, gt: Float64Array) {
  let evaluations = 0;
  const at = (a: number): { f: number; slope: number } => {
    for (let i = 0; i < x.length; i++) xt[i] = x[i]! + a * d[i]!;
    evaluations++;
    const f = fg(xt, gt);
    return { f, slope: dot(gt, d) };
  };
  let aPrev = 0, fPrev = f0, sPrev = slope0;
  let a = 1;
  for (let i = 0; i < 20; i++) {
    const p = at(a);
    if (!Number.isFinite(p.f) || p.f > f0 + C1 * a * slope0 || (i > 0 && p.f >= fPrev)) return zoom(aPrev, fPrev, sPrev, a, p.f, p.slope);
    if (Math.abs(p.slope) <= -C2 * slope0) return { ok: true, f: p.f, evaluations };
    if (p.slope >= 0) return zoom(a, p.f, p.slope, aPrev, fPrev, sPrev);
    aPrev = a; fPrev = p.f; sPrev = p.slope;
    a *= 2;
  }
  return { ok: false, f: f0, evaluations };

  function zoom(lo: number, fLo: number, sLo: number, hi: number, fHi: number, sHi: number) {
    for (let i = 0; i < 30; i++) {
      let a = cubicMin(lo, fLo, sLo, hi, Number.isFinite(fHi) ? fHi : fLo + 1e10, sHi);
      const left = Math.min(lo, hi), width = Math.abs(hi - lo);
      if (!(a > left + 0.1 * width && a < left + 0.9 * width)) a = 0.5 * (lo + hi);
      const p = at(a);
      if (!Number.isFinite(p.f) || p.f > f0 + C1 * a * slope0 || p.f >= fLo) {
        hi = a; fHi = p.f; sHi = p.slope;
      } else {
        if (Math.abs(p.slope) <= -C2 * slope0) return { ok: true, f: p.f, evaluations };
        if (p.slope * (hi - lo) >= 0) { hi = lo; fHi = fLo; sHi = sLo; }
        lo = a; fLo = p.f; sLo = p.slope;
      }
      if (width < 1e-14 * Math.max(1, Math.abs(lo))) break;
    }
    // no point met both conditions: accept the best decrease found, if any
    if (fLo < f0) {
      const p = at(lo);
      return { ok: true, f: p.f, evaluations };
    }
    return { ok: false, f: f0, evaluations };
  }
}

/** The minimiser of the cubic through (a, fa, sa) and (b, fb, sb) (Nocedal & Wright eq. 3.59). */
function cubicMin(a: number, fa: number, sa: number, b: number, fb: number, sb: number): number {
  const d1 = sa + sb - 3 * (fa - fb) / (a - b);
  const disc = d1 * d1 - sa * sb;
  if (!(disc >= 0)) return NaN;
  const d2 = Math.sign(b - a) * Math.sqrt(disc);
  return b - (b - a) * (sb + d2 - d1) / (sb - sa + 2 * d2);
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i]! += a * x[i]!;
}
function scale(x: Float64Array, a: number): void {
  for (let i = 0; i < x.length; i++) x[i]! *= a;
}
function maxAbs(x: Float64Array): number {
  let m = 0;
  for (const v of x) m = Math.max(m, Math.abs(v));
  return m;
}
