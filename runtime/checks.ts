/**
 * Derivative checks for generated code: tangent vs central finite differences, and the
 * dot-product test between adjoint and tangent. They drive functions through the parameter
 * roles the compiler records, so they work for any annotated function (and any variant of one).
 *
 * Conventions: a function's outputs are its return value (if any) and the final contents of all
 * its Float64Array parameters; its inputs are the @wrt parameters. An array not in @wrt is a
 * constant input (direction 0).
 */
import { Rng } from "./random.js";

export type ParamType = "real" | "int" | "bool" | "str" | "array" | "intarray" | "record";

/** The shape of a function, as the compiler describes it (compiler `Func` satisfies this). */
export interface FnSpec {
  name: string;
  params: Array<{ name: string; ty: ParamType; fields?: Array<{ name: string; ty: string }> }>;
  ret: string;
  ann: { wrt: string[]; domain: Record<string, [number, number]>; values?: Record<string, Array<string | boolean>>; length: Record<string, number | string> };
  roles?: Record<string, { role: string; of?: string | string[] }>;
  /** For generated functions: the function they were generated from (roles name its parameters). */
  inner?: FnSpec;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFn = (...args: any[]) => any;

/** An object of scalar fields (a record parameter: market data, an option's terms). */
export type Fields = { [field: string]: number | string | boolean };
export type Value = number | boolean | string | Float64Array | Int32Array | Fields;
export type Point = Map<string, Value>;

export const isFields = (v: unknown): v is Fields => typeof v === "object" && v !== null && !ArrayBuffer.isView(v);

/** A record value with every numeric field mapped by `f` (others kept). */
export function mapFields(v: Fields, f: (x: number, field: string) => number): Fields {
  const out: Fields = {};
  for (const [k, x] of Object.entries(v)) out[k] = typeof x === "number" ? f(x, k) : x;
  return out;
}

/** The numbers a value holds, in a fixed order (for differences and comparisons). */
export function numbersOf(v: Value | undefined): number[] {
  if (v === undefined) return [];
  if (v instanceof Float64Array || v instanceof Int32Array) return [...v];
  if (isFields(v)) return Object.keys(v).sort().flatMap((k) => (typeof v[k] === "number" ? [v[k] as number] : []));
  return typeof v === "number" ? [v] : [];
}

export interface CheckResult {
  check: string;
  samples: number;
  worstError: number;
  pass: boolean;
  /** Samples left out of this check because the function is not smooth there (see centralDifference). */
  nonSmooth?: number;
  /** Why a check could not run, or what went wrong. */
  note?: string;
  /** The check did not run, for this reason (reported, neither passed nor failed). */
  skipped?: string;
}

export function domainOf(spec: FnSpec, p: string): [number, number] {
  return spec.ann.domain[p] ?? [-1, 1];
}

/** The box of element i of array p: `@domain p[i] lo hi` if given, else p's. */
export function elementDomain(spec: FnSpec, p: string, i: number): [number, number] {
  return spec.ann.domain[`${p}[${i}]`] ?? domainOf(spec, p);
}

export function lengthOf(spec: FnSpec, p: string, point: Point): number {
  const l = spec.ann.length[p];
  if (typeof l === "number") return l;
  if (typeof l === "string") return point.get(l) as number;
  throw new Error(`${spec.name}: array parameter '${p}' needs @length (a number or an int parameter) to be sampled`);
}

/** One of the values a string or boolean parameter (or field) takes (@domain p "a" "b"). */
export function sampleValue(spec: FnSpec, p: string, ty: string, rng: Rng): string | boolean {
  const vs = spec.ann.values?.[p];
  if (vs && vs.length > 0) return vs[rng.int(0, vs.length - 1)]!;
  if (ty === "bool") return rng.uniform() < 0.5;
  throw new Error(`${spec.name}: '${p}' is a string; give its values with @domain ${p} "value" (or fix it with @specialize)`);
}

/** A random record: numeric fields uniform in their @domain p.f boxes, the others from their values. */
export function sampleRecord(spec: FnSpec, p: { name: string; fields?: Array<{ name: string; ty: string }> }, rng: Rng): Fields {
  const out: Fields = {};
  for (const f of p.fields ?? []) {
    const key = `${p.name}.${f.name}`;
    if (f.ty === "real" || f.ty === "int") {
      const [lo, hi] = domainOf(spec, key);
      out[f.name] = f.ty === "int" ? rng.int(Math.ceil(lo), Math.floor(hi)) : rng.range(lo, hi);
    } else out[f.name] = sampleValue(spec, key, f.ty, rng);
  }
  return out;
}

/** A random point: scalars and array elements uniform in their @domain, ints uniform integers. */
export function samplePoint(spec: FnSpec, rng: Rng, shrink?: { center: Point; radius: number }): Point {
  const pt: Point = new Map();
  for (const p of spec.params) {
    const [lo, hi] = domainOf(spec, p.name);
    if (p.ty === "int") pt.set(p.name, rng.int(Math.ceil(lo), Math.floor(hi)));
    else if (p.ty === "bool" || p.ty === "str") pt.set(p.name, sampleValue(spec, p.name, p.ty, rng));
    else if (p.ty === "real") pt.set(p.name, shrink ? (shrink.center.get(p.name) as number) : rng.range(lo, hi));
    else if (p.ty === "record") pt.set(p.name, sampleRecord(spec, p, rng));
  }
  for (const p of spec.params) {
    if (p.ty !== "array" && p.ty !== "intarray") continue;
    const n = lengthOf(spec, p.name, pt);
    if (p.ty === "intarray") {
      const [lo, hi] = domainOf(spec, p.name);
      const a = new Int32Array(n);
      for (let i = 0; i < n; i++) a[i] = rng.int(Math.ceil(lo), Math.floor(hi));
      pt.set(p.name, a);
      continue;
    }
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const [l, h] = elementDomain(spec, p.name, i);
      a[i] = rng.range(l, h);
    }
    pt.set(p.name, a);
  }
  return pt;
}

/** A value with its own storage (arrays and records are copied). */
export function copyValue(v: Value): Value {
  return v instanceof Float64Array || v instanceof Int32Array ? v.slice() : isFields(v) ? { ...v } : v;
}

/** Outputs of one primal call, flattened: [return value?, ...final contents of each array]. */
export function evalPrimal(fn: AnyFn, spec: FnSpec, pt: Point): Float64Array {
  const args = spec.params.map((p) => copyValue(pt.get(p.name)!));
  const y = fn(...args);
  const parts: number[] = [];
  if (spec.ret === "real") parts.push(y as number);
  spec.params.forEach((p, i) => {
    if (p.ty === "array") parts.push(...(args[i] as Float64Array));
  });
  return Float64Array.from(parts);
}

/**
 * The scale of an input at a point: its magnitude, or half the width of its @domain box if that is
 * larger (1 for the default box [−1, 1]). A strike near 100 and a volatility near 0.2 move by steps
 * of their own size: one step for all inputs moved a volatility of 0.1 by 0.01 when a strike was 100.
 */
export function inputScale(spec: FnSpec, p: string, x: number): number {
  const [lo, hi] = domainOf(spec, p);
  return Math.max(Math.abs(x), (hi - lo) / 2, 1e-300);
}

/** A random direction in the @wrt inputs (zero elsewhere), each component scaled by its input's scale, as a point-shaped map. */
export function sampleDirection(spec: FnSpec, pt: Point, rng: Rng, wrt: readonly string[] = spec.ann.wrt): Point {
  const dir: Point = new Map();
  for (const p of spec.params) {
    if (!wrt.includes(p.name)) continue;
    if (p.ty === "real") dir.set(p.name, rng.range(-1, 1) * inputScale(spec, p.name, pt.get(p.name) as number));
    if (p.ty === "array") {
      const x = pt.get(p.name) as Float64Array;
      const a = new Float64Array(x.length);
      for (let i = 0; i < a.length; i++) a[i] = rng.range(-1, 1) * inputScale(spec, p.name, x[i]!);
      dir.set(p.name, a);
    }
    if (p.ty === "record") {
      const x = pt.get(p.name) as Fields;
      const d: Fields = {};
      for (const f of p.fields ?? []) if (f.ty === "real") d[f.name] = rng.range(-1, 1) * inputScale(spec, `${p.name}.${f.name}`, x[f.name] as number);
      dir.set(p.name, d);
    }
  }
  return dir;
}

/** pt + h·dir */
export function displace(pt: Point, dir: Point, h: number): Point {
  const out: Point = new Map();
  for (const [k, v] of pt) {
    const d = dir.get(k);
    if (d === undefined) out.set(k, copyValue(v));
    else if (v instanceof Float64Array) out.set(k, v.map((x, i) => x + h * (d as Float64Array)[i]!));
    else if (isFields(v)) out.set(k, mapFields(v, (x, f) => x + h * (((d as Fields)[f] as number | undefined) ?? 0)));
    else out.set(k, (v as number) + h * (d as number));
  }
  return out;
}

/**
 * The inputs a tangent variant differentiates: the primal's @wrt parameters that have a tangent
 * companion (a variant may narrow @wrt, e.g. `@variant tangent(x)`).
 */
export function tangentInputs(primal: FnSpec, tangentSpec: FnSpec): string[] {
  const has = new Set(Object.values(tangentSpec.roles ?? {}).filter((r) => r.role === "tangent").map((r) => r.of as string));
  return primal.ann.wrt.filter((p) => has.has(p));
}

/** Tangent outputs, flattened like evalPrimal: [ẏ?, ...final contents of each array's tangent (0 where none)]. */
export function evalTangent(fnT: AnyFn, specT: FnSpec, primal: FnSpec, pt: Point, dir: Point): { value: Float64Array; tangent: Float64Array } {
  const roles = specT.roles ?? {};
  const buffers = new Map<string, Value>();
  const args = specT.params.map((p) => {
    const r = roles[p.name];
    let v: Value;
    if (!r || r.role === "primal") v = copyValue(pt.get(r?.of as string ?? p.name)!);
    else if (r.role === "tangent") {
      const of = r.of as string;
      const d = dir.get(of);
      const base = pt.get(of)!;
      v = d !== undefined ? copyValue(d) : base instanceof Float64Array ? new Float64Array(base.length) : isFields(base) ? mapFields(base, () => 0) : 0;
    } else if (r.role === "out") v = new Float64Array(2);
    else throw new Error(`${specT.name}: unexpected parameter role ${r.role}`);
    buffers.set(p.name, v);
    return v;
  });
  fnT(...args);
  const value: number[] = [], tangent: number[] = [];
  const out = specT.params.find((p) => roles[p.name]?.role === "out");
  if (primal.ret === "real") {
    const o = buffers.get(out!.name) as Float64Array;
    value.push(o[0]!);
    tangent.push(o[1]!);
  }
  for (const p of primal.params) {
    if (p.ty !== "array") continue;
    value.push(...(buffers.get(p.name) as Float64Array));
    const tName = specT.params.find((q) => roles[q.name]?.role === "tangent" && roles[q.name]?.of === p.name)?.name;
    const n = (buffers.get(p.name) as Float64Array).length;
    tangent.push(...(tName ? (buffers.get(tName) as Float64Array) : new Float64Array(n)));
  }
  return { value: Float64Array.from(value), tangent: Float64Array.from(tangent) };
}

/**
 * Adjoint call with seeds for every output; returns the adjoints of the @wrt inputs as a
 * point-shaped map (scalars from `grad`, arrays from their `_b` arrays after the call).
 */
export function evalAdjoint(fnA: AnyFn, specA: FnSpec, pt: Point, seed: { ret: number; arrays: Map<string, Float64Array> }): { value: number; adjoint: Point } {
  const roles = specA.roles ?? {};
  const buffers = new Map<string, Value>();
  const args = specA.params.map((p) => {
    const r = roles[p.name];
    let v: Value;
    if (!r || r.role === "primal") v = copyValue(pt.get(r?.of as string ?? p.name)!);
    else if (r.role === "adjoint") {
      const base = pt.get(r.of as string);
      v = seed.arrays.get(r.of as string)?.slice() ?? (isFields(base) ? zeroFields(specA, p.name) : new Float64Array((base as Float64Array).length));
    }
    else if (r.role === "seed") v = seed.ret;
    else if (r.role === "grad") v = new Float64Array((r.of as string[]).length);
    else throw new Error(`${specA.name}: unexpected parameter role ${r.role}`);
    buffers.set(p.name, v);
    return v;
  });
  const value = fnA(...args) as number;
  const adjoint: Point = new Map();
  for (const p of specA.params) {
    const r = roles[p.name];
    if (r?.role === "adjoint") adjoint.set(r.of as string, buffers.get(p.name)!);
    if (r?.role === "grad") (r.of as string[]).forEach((s, k) => adjoint.set(s, (buffers.get(p.name) as Float64Array)[k]!));
  }
  return { value, adjoint };
}

/** A record parameter's companion: every real field 0. */
export function zeroFields(spec: FnSpec, name: string): Fields {
  const out: Fields = {};
  for (const f of spec.params.find((p) => p.name === name)?.fields ?? []) if (f.ty === "real") out[f.name] = 0;
  return out;
}

/** ⟨a, b⟩ over the keys both points have, with the sum of |terms| (the scale of rounding errors). */
export function dot(a: Point, b: Point): { value: number; scale: number } {
  let value = 0, scale = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y === undefined) continue;
    if (isFields(x)) {
      for (const [f, xf] of Object.entries(x)) {
        const yf = (y as Fields)[f];
        if (typeof xf !== "number" || typeof yf !== "number") continue;
        value += xf * yf;
        scale += Math.abs(xf * yf);
      }
    } else if (x instanceof Float64Array) {
      const ys = y as Float64Array;
      for (let i = 0; i < x.length; i++) {
        value += x[i]! * ys[i]!;
        scale += Math.abs(x[i]! * ys[i]!);
      }
    } else {
      value += (x as number) * (y as number);
      scale += Math.abs((x as number) * (y as number));
    }
  }
  return { value, scale };
}

export interface Variants {
  primal: { fn: AnyFn; spec: FnSpec };
  tangent?: { fn: AnyFn; spec: FnSpec };
  adjoint?: { fn: AnyFn; spec: FnSpec };
}

export interface CheckOptions {
  samples?: number;
  seed?: number;
  /** Relative tolerance of tangent vs finite differences. */
  fdTolerance?: number;
  /** Relative tolerance of the dot-product test. */
  dotTolerance?: number;
}

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

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (const x of a) m = Math.max(m, Math.abs(x));
  return m;
}

/** How far apart the two sides of the dot-product test may be, in units of their estimated rounding noise. */
export const NOISE_MULTIPLE = 16;

/** Why samples were left out of a difference check. */
export function nonSmoothNote(reasons: Set<string>): string {
  const parts: string[] = [];
  if (reasons.has("kink")) parts.push("a kink, jump or branch switch within the stencil: the differences did not settle as the step shrank");
  if (reasons.has("steep")) parts.push("still settling after eight halvings of the step: steep curvature at the input's scale");
  return parts.join("; ");
}

/** Tangent vs finite differences, and adjoint vs tangent (dot-product test). */
export function checkFirstOrder(v: Variants, opts: CheckOptions = {}): CheckResult[] {
  const samples = opts.samples ?? 20;
  const rng = new Rng(opts.seed ?? 1);
  const fdTol = opts.fdTolerance ?? 1e-6;
  const dotTol = opts.dotTolerance ?? 1e-12;
  const spec = v.primal.spec;
  let fdWorst = 0, dotWorst = 0, fdN = 0, dotN = 0, nonSmooth = 0, byNoise = 0;
  const reasons = new Set<string>();
  for (let s = 0; s < samples; s++) {
    const pt = samplePoint(spec, rng);
    if (!v.tangent) continue;
    const dir = sampleDirection(spec, pt, rng, tangentInputs(spec, v.tangent.spec));
    const t = evalTangent(v.tangent.fn, v.tangent.spec, spec, pt, dir);
    const settled = centralDifference(v.primal.fn, spec, pt, dir), fd = settled.value;
    if (!settled.smooth && !t.tangent.some(Number.isNaN)) {
      nonSmooth++;
      reasons.add(settled.why);
    } else {
      const diff = t.tangent.map((x, i) => x - fd[i]!);
      const err = maxAbs(diff) / Math.max(maxAbs(t.tangent), maxAbs(fd), 1e-3);
      fdWorst = Math.max(fdWorst, err); // NaN propagates, and fails
      fdN++;
    }
    if (!v.adjoint) continue;
    // Random output weights: ⟨ȳ, ẏ⟩ must equal ⟨x̄, ẋ⟩.
    const retSeed = spec.ret === "real" ? rng.range(-1, 1) : 0;
    const arrays = new Map<string, Float64Array>();
    for (const p of spec.params) {
      if (p.ty === "array") arrays.set(p.name, (pt.get(p.name) as Float64Array).map(() => rng.range(-1, 1)));
    }
    // ⟨ȳ, ẏ⟩ over all outputs (by the tangent) and ⟨x̄, ẋ⟩ (by the adjoint), at pt moved by t along e
    const tangentSide = (tangent: Float64Array) => {
      let lhs = 0, lscale = 0, k = 0;
      if (spec.ret === "real") {
        lhs += retSeed * tangent[0]!;
        lscale += Math.abs(retSeed * tangent[0]!);
        k = 1;
      }
      for (const p of spec.params) {
        if (p.ty !== "array") continue;
        const w = arrays.get(p.name)!;
        for (let i = 0; i < w.length; i++, k++) {
          lhs += w[i]! * tangent[k]!;
          lscale += Math.abs(w[i]! * tangent[k]!);
        }
      }
      return { value: lhs, scale: lscale };
    };
    const adjointSide = (q: Point) => dot(evalAdjoint(v.adjoint!.fn, v.adjoint!.spec, q, { ret: retSeed, arrays }).adjoint, dir);
    const l = tangentSide(t.tangent), r = adjointSide(pt);
    let derr = Math.abs(l.value - r.value) / Math.max(l.scale, r.scale, 1e-300);
    if (!(derr <= dotTol) && Number.isFinite(derr)) {
      // Cancellation inside either computation (a long alternating series) makes each side's rounding
      // error large against the terms the test sums. Both compute the same exact number: they may
      // differ by their two rounding errors, each estimated from its own noise at nearby points.
      const e = sampleDirection(spec, pt, rng, tangentInputs(spec, v.tangent.spec));
      const delta = 2 ** -40;
      const sl = noiseLevel((s) => tangentSide(evalTangent(v.tangent!.fn, v.tangent!.spec, spec, displace(pt, e, s), dir).tangent).value, delta);
      const sr = noiseLevel((s) => adjointSide(displace(pt, e, s)).value, delta);
      if (Math.abs(l.value - r.value) <= NOISE_MULTIPLE * (sl + sr)) {
        byNoise++;
        derr = Math.abs(l.value - r.value) / (NOISE_MULTIPLE * (sl + sr)) * dotTol;
      }
    }
    dotWorst = Math.max(dotWorst, derr);
    dotN++;
  }
  const results: CheckResult[] = [];
  if (v.tangent) {
    const r: CheckResult = { check: "tangent-vs-fd", samples: fdN, worstError: fdWorst, pass: fdWorst <= fdTol && fdN > 0 };
    if (nonSmooth > 0) r.nonSmooth = nonSmooth;
    if (nonSmooth > 0) r.note = nonSmoothNote(reasons);
    if (fdN === 0) r.note = `no sample was smooth enough for finite differences (${nonSmoothNote(reasons)})`;
    results.push(r);
  }
  if (v.adjoint) {
    const r: CheckResult = { check: "adjoint-vs-tangent", samples: dotN, worstError: dotWorst, pass: dotWorst <= dotTol };
    if (byNoise > 0) r.note = `${byNoise} sample(s) within their measured rounding noise (cancellation in the sums; worst error scaled to the tolerance)`;
    results.push(r);
  }
  return results;
}
