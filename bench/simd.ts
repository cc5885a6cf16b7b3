/**
 * A WebAssembly SIMD build of the MLP (models/generated/mlp.simd.ts: the f64 build, four samples per call, or
 * the f32 build, eight) against the TypeScript variants, per sample: primal, input adjoint and the
 * Sobolev kernel (adjoint of the input tangent); and the SIMD tangent, adjoint and Sobolev kernel
 * relative to the SIMD primal (tangent and adjoint: null for a build without them).
 */
import { mlp } from "../models/mlp.js";
import { mlpOfInput_adjoint } from "../models/generated/mlp.adjoint.js";
import { mlp_tangent_adjoint } from "../models/generated/mlp.tangent_adjoint.js";
import { activationCount, glorotNormal, mlpSizes, paramCount } from "../train/mlp.js";
import { Rng } from "../runtime/random.js";
import { instantiateSimd, type SimdModule } from "../runtime/simd/instance.js";
import { alternating, timePerCall } from "./timing.js";

export interface SimdBench {
  precision: string;
  lanes: number;
  primal_us_per_sample: number;
  input_adjoint_us_per_sample: number;
  tangent_adjoint_us_per_sample: number;
  /** TypeScript variant time / SIMD time, per sample. */
  primal_speedup: number;
  input_adjoint_speedup: number;
  tangent_adjoint_speedup: number;
  tangent_adjoint_over_primal: number;
  /** The SIMD tangent (w.r.t. x) and adjoint (w.r.t. params and x) relative to the SIMD primal. */
  tangent_over_primal: number | null;
  adjoint_over_primal: number | null;
}

export async function benchSimd(build: SimdModule, width: number, depth: number, quick: boolean): Promise<SimdBench> {
  const n = 7, sizes = mlpSizes(n, width, depth), nP = paramCount(sizes), nA = activationCount(sizes);
  const rng = new Rng(3), params = glorotNormal(sizes, rng);
  const inst = await instantiateSimd(build);
  const L = inst.lanes;
  const P = inst.shared(nP), S = inst.ints(sizes), X = inst.sample(n), A = inst.sample(nA), XB = inst.sample(n), AB = inst.sample(nA);
  const XD = inst.sample(n), AD = inst.sample(nA), OUT = inst.sample(2), PB = inst.accumulator(nP), ADB = inst.sample(nA), OB = inst.sample(2), seed = inst.scalar();
  P.data.set(params);
  X.data.set(Float64Array.from({ length: n * L }, () => rng.normal()));
  XD.data.set(Float64Array.from({ length: n * L }, () => rng.normal()));
  OB.data.fill(1);
  seed.data.fill(1);
  const has = (name: string) => name in build.functions;
  const tangent = has("mlp_tangent") ? inst.func("mlp_tangent") : null, adjoint = has("mlp_adjoint") ? inst.func("mlp_adjoint") : null, XB2 = inst.sample(n);
  const primal = inst.func("mlp"), inAdj = inst.func("mlpOfInput_adjoint"), tanAdj = inst.func("mlp_tangent_adjoint");
  // the same work on the TypeScript variants, one sample
  const x = Float64Array.from(X.data.subarray(0, n)), xd = Float64Array.from(XD.data.subarray(0, n)), act = new Float64Array(nA), xb = new Float64Array(n), actb = new Float64Array(nA);
  const actd = new Float64Array(nA), out = new Float64Array(2), pb = new Float64Array(nP), actdb = new Float64Array(nA), ob = Float64Array.from([1, 1]);
  const next = alternating({ params, x, xd, act, xb, actb, actd, out, pb, actdb, ob, sizes });
  const opts = quick ? { blocks: 3, minBlockMs: 10, warmupMs: 50 } : { blocks: 7, minBlockMs: 60, warmupMs: 300 };
  const time = (f: () => void) => timePerCall(f, opts) * 1e6;
  const sp = time(() => primal([P, X, A, S])) / L;
  const jp = time(() => { const h = next(); mlp(h.params, h.x, h.act, h.sizes); });
  const si = time(() => inAdj([P, X, A, S, XB, AB, seed])) / L;
  const ji = time(() => { const h = next(); mlpOfInput_adjoint(h.params, h.x, h.act, h.sizes, h.xb, h.actb, 1); });
  const stan = tangent ? time(() => tangent([P, X, A, S, XD, AD, OUT])) / L : NaN;
  const sadj = adjoint ? time(() => adjoint([P, X, A, S, PB, XB2, AB, seed])) / L : NaN;
  const st = time(() => tanAdj([P, X, A, S, XD, AD, OUT, PB, AB, ADB, OB])) / L;
  const jt = time(() => { const h = next(); mlp_tangent_adjoint(h.params, h.x, h.act, h.sizes, h.xd, h.actd, h.out, h.pb, h.actb, h.actdb, h.ob); });
  return {
    precision: inst.precision,
    lanes: L,
    primal_us_per_sample: sp,
    input_adjoint_us_per_sample: si,
    tangent_adjoint_us_per_sample: st,
    primal_speedup: jp / sp,
    input_adjoint_speedup: ji / si,
    tangent_adjoint_speedup: jt / st,
    tangent_adjoint_over_primal: st / sp,
    tangent_over_primal: tangent ? stan / sp : null,
    adjoint_over_primal: adjoint ? sadj / sp : null,
  };
}
