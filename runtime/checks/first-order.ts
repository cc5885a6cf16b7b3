/**
 * The first-order checks of generated code: tangent against central finite differences, and the
 * dot-product test between adjoint and tangent. They drive functions through the parameter roles
 * the compiler records, so they work for any annotated function (and any variant of one).
 */
import { Rng } from "../random.js";
import { type AnyFn, type CheckResult, type FnSpec, type Point, dot } from "./values.js";
import { displace, sampleDirection, samplePoint } from "./sampling.js";
import { evalAdjoint, evalTangent, tangentInputs } from "./calls.js";
import { ABSOLUTE_FLOOR, centralDifference, maxAbs, noiseLevel, NOISE_MULTIPLE } from "./differences.js";

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
      const err = maxAbs(diff) / Math.max(maxAbs(t.tangent), maxAbs(fd), ABSOLUTE_FLOOR);
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
    // (a derivative below ABSOLUTE_FLOOR is compared absolutely, as tangent-vs-fd does: where the exact
    // derivative is 0 — u + (0.5 − u) — each side is the rounding of its own order of products)
    let derr = Math.abs(l.value - r.value) / Math.max(l.scale, r.scale, ABSOLUTE_FLOOR);
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
