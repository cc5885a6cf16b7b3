/**
 * Second-order checks for the compositions tangent∘adjoint (`f_adjoint_tangent`) and
 * adjoint∘tangent (`f_tangent_adjoint`). Both give Hessian-vector products of the weighted output
 * ⟨w, F(x)⟩; they are checked against central differences of the first-order adjoint, against
 * each other, and for symmetry uᵀHv = vᵀHu.
 *
 * A parameter of a composed function is described by its chain of roles back to the original
 * function: `x_d_b` of `f_tangent_adjoint` is the adjoint of the tangent of `x`.
 */
import { Rng } from "../random.js";
import { evalAdjoint, tangentInputs } from "./calls.js";
import { ABSOLUTE_FLOOR, centralDifferenceOf } from "./differences.js";
import { nonSmoothNote } from "./first-order.js";
import { copyValue, sampleDirection, samplePoint } from "./sampling.js";
import { dot, isFields, mapFields, numbersOf, type AnyFn, type CheckResult, type FnSpec, type Point, type Value } from "./values.js";

type Step = "primal" | "tangent" | "adjoint";
interface Chain {
  /** Role steps, outermost first (e.g. ["adjoint", "tangent"] for x_d_b). */
  steps: Step[];
  /** An original parameter, or the special "out" / "seed" / "grad" of an inner layer. */
  base: { kind: "param"; name: string } | { kind: "out" } | { kind: "seed" } | { kind: "grad"; of: string[] };
}

/** Roles of a composed function's parameter, resolved through the layers (outermost spec first). */
function chainOf(specs: FnSpec[], name: string): Chain {
  const steps: Step[] = [];
  let cur = name;
  for (let i = 0; i < specs.length; i++) {
    const r = specs[i]!.roles?.[cur];
    if (!r) return { steps, base: { kind: "param", name: cur } };
    if (r.role === "out") return { steps, base: { kind: "out" } };
    if (r.role === "seed") return { steps, base: { kind: "seed" } };
    if (r.role === "grad") return { steps, base: { kind: "grad", of: r.of as string[] } };
    steps.push(r.role as Step);
    cur = r.of as string;
  }
  return { steps, base: { kind: "param", name: cur } };
}

export interface SecondOrderSeeds {
  /** Weight of the returned value. */
  ret: number;
  /** Weights of the final contents of each array. */
  arrays: Map<string, Float64Array>;
}

function zerosLike(v: Value | undefined, n?: number): Value {
  if (v instanceof Float64Array) return new Float64Array(v.length);
  if (isFields(v)) return mapFields(v, () => 0);
  return n !== undefined ? new Float64Array(n) : 0;
}

/** Run a function whose parameters are given by `value(chain, paramName)`; returns its buffers. */
function run(fn: AnyFn, spec: FnSpec, layers: FnSpec[], value: (c: Chain) => Value): Map<string, Value> {
  const buffers = new Map<string, Value>();
  const args = spec.params.map((p) => {
    const v = value(chainOf(layers, p.name));
    buffers.set(p.name, v);
    return v;
  });
  buffers.set("$return", fn(...args));
  return buffers;
}

/** H·v of ⟨w, F⟩ by tangent-over-adjoint, as a point-shaped map over the @wrt inputs. */
export function hvpTangentOverAdjoint(fn: AnyFn, specTA: FnSpec, pt: Point, v: Point, w: SecondOrderSeeds): Point {
  const layers = [specTA, specTA.inner!];
  const buffers = run(fn, specTA, layers, (c) => {
    const [outer, inner] = c.steps;
    if (c.base.kind === "out") return new Float64Array(2);
    if (c.base.kind === "seed") return outer === "tangent" ? 0 : w.ret;
    if (c.base.kind === "grad") return new Float64Array(c.base.of.length);
    const x = c.base.name;
    const base = pt.get(x);
    if (inner === "adjoint") {
      // x_b (primal layer: the seed of x's final contents) or its tangent (0)
      return outer === "tangent" ? zerosLike(base) : (w.arrays.get(x)?.slice() ?? zerosLike(base));
    }
    if (outer === "tangent") return v.has(x) ? copyValue(v.get(x)!) : zerosLike(base);
    return copyValue(base!);
  });
  return collect(specTA, layers, buffers, (c) => c.steps[0] === "tangent" && (c.steps[1] === "adjoint" || c.base.kind === "grad"));
}

/** H·v of ⟨w, F⟩ by adjoint-over-tangent. */
export function hvpAdjointOverTangent(fn: AnyFn, specAT: FnSpec, pt: Point, v: Point, w: SecondOrderSeeds): Point {
  const layers = [specAT, specAT.inner!];
  const buffers = run(fn, specAT, layers, (c) => {
    const [outer, inner] = c.steps;
    if (c.base.kind === "grad") return new Float64Array(c.base.of.length);
    if (c.base.kind === "out") {
      // f_tangent's out = [value, derivative]; its adjoint seeds the derivative with w.ret
      return outer === "adjoint" ? Float64Array.from([0, w.ret]) : new Float64Array(2);
    }
    if (c.base.kind === "seed") return 0;
    const x = c.base.name;
    const base = pt.get(x);
    if (outer === "adjoint") {
      // adjoint of x_d (a tangent array) seeds the tangent outputs with w; adjoint of x itself: 0
      if (inner === "tangent") return w.arrays.get(x)?.slice() ?? zerosLike(base);
      return zerosLike(base);
    }
    if (inner === "tangent") return v.has(x) ? copyValue(v.get(x)!) : zerosLike(base);
    return copyValue(base!);
  });
  // H·v is the adjoint of the primal inputs (not of their tangents).
  return collect(specAT, layers, buffers, (c) => (c.steps[0] === "adjoint" && c.steps[1] === "primal") || (c.steps.length === 0 && c.base.kind === "grad"), true);
}

/** Gather the outputs selected by `pick` into a map keyed by original parameter names. */
function collect(spec: FnSpec, layers: FnSpec[], buffers: Map<string, unknown>, pick: (c: Chain) => boolean, gradOfPrimalOnly = false): Point {
  const out: Point = new Map();
  for (const p of spec.params) {
    const c = chainOf(layers, p.name);
    if (!pick(c)) continue;
    const buf = buffers.get(p.name);
    if (c.base.kind === "param") out.set(c.base.name, buf as Value);
    if (c.base.kind === "grad") {
      // grad entries name parameters of the inner layer; resolve each to an original name
      c.base.of.forEach((q, k) => {
        const qc = chainOf(layers.slice(1), q);
        if (qc.base.kind !== "param") return;
        if (gradOfPrimalOnly && qc.steps[0] === "tangent") return;
        out.set(qc.base.name, (buf as Float64Array)[k]!);
      });
    }
  }
  return out;
}

function maxDiff(a: Point, b: Point): { diff: number; scale: number } {
  let diff = 0, scale = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    const xs = numbersOf(x);
    const ys = y === undefined ? xs.map(() => 0) : numbersOf(y);
    for (let i = 0; i < xs.length; i++) {
      diff = Math.max(diff, Math.abs(xs[i]! - ys[i]!));
      scale = Math.max(scale, Math.abs(xs[i]!), Math.abs(ys[i]!));
    }
  }
  return { diff, scale };
}

export interface SecondOrderVariants {
  primal: { fn: AnyFn; spec: FnSpec };
  adjoint: { fn: AnyFn; spec: FnSpec };
  adjointTangent?: { fn: AnyFn; spec: FnSpec };
  tangentAdjoint?: { fn: AnyFn; spec: FnSpec };
}

export function checkSecondOrder(v: SecondOrderVariants, opts: { samples?: number; seed?: number; fdTolerance?: number; tolerance?: number } = {}): CheckResult[] {
  const samples = opts.samples ?? 10;
  const rng = new Rng(opts.seed ?? 2);
  const fdTol = opts.fdTolerance ?? 1e-6;
  const tol = opts.tolerance ?? 1e-10;
  const spec = v.primal.spec;
  let fdWorst = 0, symWorst = 0, agreeWorst = 0, nonSmooth = 0, fdN = 0;
  const reasons = new Set<string>();
  for (let s = 0; s < samples; s++) {
    const pt = samplePoint(spec, rng);
    const wrt = v.adjointTangent ? tangentInputs(spec, v.adjointTangent.spec) : spec.ann.wrt;
    const dv = sampleDirection(spec, pt, rng, wrt);
    const du = sampleDirection(spec, pt, rng, wrt);
    const w: SecondOrderSeeds = { ret: spec.ret === "real" ? 1 : 0, arrays: new Map() };
    for (const p of spec.params) if (p.ty === "array") w.arrays.set(p.name, (pt.get(p.name) as Float64Array).map(() => rng.range(-1, 1)));
    const gradAt = (q: Point) => evalAdjoint(v.adjoint.fn, v.adjoint.spec, q, w).adjoint;
    const fd = centralDifferenceOf(gradAt, pt, dv);
    if (v.adjointTangent) {
      const ta = v.adjointTangent;
      const hv = hvpTangentOverAdjoint(ta.fn, ta.spec, pt, dv, w);
      const hu = hvpTangentOverAdjoint(ta.fn, ta.spec, pt, du, w);
      if (!fd.smooth) {
        nonSmooth++;
        reasons.add(fd.why);
      } else {
        const m = maxDiff(hv, fd.value);
        fdWorst = Math.max(fdWorst, m.diff / Math.max(m.scale, ABSOLUTE_FLOOR));
        fdN++;
      }
      const a = dot(du, hv), b = dot(dv, hu);
      symWorst = Math.max(symWorst, Math.abs(a.value - b.value) / Math.max(a.scale, b.scale, ABSOLUTE_FLOOR));
      if (v.tangentAdjoint) {
        const at = v.tangentAdjoint;
        const hv2 = hvpAdjointOverTangent(at.fn, at.spec, pt, dv, w);
        const d = maxDiff(hv, hv2);
        agreeWorst = Math.max(agreeWorst, d.diff / Math.max(d.scale, ABSOLUTE_FLOOR));
      }
    }
  }
  const r: CheckResult[] = [];
  if (v.adjointTangent) {
    const fdRow: CheckResult = { check: "hvp-vs-fd", samples: fdN, worstError: fdWorst, pass: fdWorst <= fdTol && fdN > 0 };
    if (nonSmooth > 0) fdRow.nonSmooth = nonSmooth;
    if (nonSmooth > 0) fdRow.note = nonSmoothNote(reasons);
    if (fdN === 0) fdRow.note = `no sample was smooth enough for finite differences (${nonSmoothNote(reasons)})`;
    r.push(fdRow);
    r.push({ check: "hvp-symmetry", samples, worstError: symWorst, pass: symWorst <= tol });
    if (v.tangentAdjoint) r.push({ check: "hvp-two-compositions", samples, worstError: agreeWorst, pass: agreeWorst <= tol });
  }
  return r;
}

