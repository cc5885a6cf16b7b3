/**
 * Cost of the generated MLP variants relative to the primal, one sample, 7 → 6×128 SiLU → 1
 * (the case study's oversized network). Interleaved in one run so the ratios share the machine's state.
 */
import { mlp } from "../models/mlp.js";
import { mlp_adjoint } from "../models/generated/mlp.adjoint.js";
import { mlp_tangent } from "../models/generated/mlp.tangent.js";
import { mlp_interval } from "../models/generated/mlp.interval.js";
import { mlp_adjoint_interval } from "../models/generated/mlp.adjoint_interval.js";
import { PerformanceObserver } from "node:perf_hooks";
import { activationCount, glorotNormal, mlpSizes, paramCount } from "../train/mlp.js";
import { Rng } from "../runtime/random.js";
import { alternating, median, timePerCall } from "./timing.js";

export interface MlpBench {
  primal_us: number;
  /** The primal called from a closure over constant arrays, which V8 inlines and specializes (see benchMlp). */
  primal_specialized_us: number;
  tangent_us: number;
  adjoint_us: number;
  interval_us: number;
  interval_adjoint_us: number;
  tangent_over_primal: number;
  adjoint_over_primal: number;
  interval_over_primal: number;
  interval_adjoint_over_primal: number;
  /** Heap bytes per call of the generated interval code (after warm-up), and GCs seen meanwhile. */
  interval_alloc_bytes_per_call: number;
  interval_adjoint_alloc_bytes_per_call: number;
}

/**
 * Heap bytes allocated per call: the heap's growth over 2n calls minus its growth over n calls,
 * divided by n, so that what the measurement itself allocates cancels out. Meaningless if a
 * garbage collection ran meanwhile (it can be due to garbage left by earlier benchmarks), and
 * inflated by a one-time allocation (V8 recompiling a function, say: a few kilobytes once), so it
 * is measured three times and the least of the measurements without a GC is reported: an
 * allocation of every call shows in each of them. NaN if every attempt saw a GC.
 */
export async function allocationPerCall(fn: () => void, n: number, warmMs = 300): Promise<number> {
  // warm up until V8 has settled on optimized code (the first optimized versions still deoptimize)
  const t0 = performance.now();
  while (performance.now() - t0 < warmMs) fn();
  const growth = (calls: number): number => {
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < calls; i++) fn();
    return process.memoryUsage().heapUsed - before;
  };
  let bytes = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    let gcs = 0;
    const obs = new PerformanceObserver((list) => { gcs += list.getEntries().length; });
    obs.observe({ entryTypes: ["gc"] });
    const one = growth(n), two = growth(2 * n);
    await new Promise((r) => setTimeout(r, 10));
    obs.disconnect();
    if (gcs === 0) bytes = Math.min(bytes, Math.max(0, two - one) / n);
  }
  return bytes === Infinity ? NaN : bytes;
}

export async function benchMlp(width = 128, depth = 6, quick = false): Promise<MlpBench> {
  const sizes = mlpSizes(7, width, depth);
  const rng = new Rng(1);
  const params = glorotNormal(sizes, rng);
  const x = Float64Array.from({ length: 7 }, () => rng.range(0.5, 1.5));
  const act = new Float64Array(activationCount(sizes)), actD = new Float64Array(act.length), actB = new Float64Array(act.length);
  const xd = Float64Array.from({ length: 7 }, () => rng.normal());
  const pb = new Float64Array(paramCount(sizes)), xb = new Float64Array(7), out = new Float64Array(2);
  // results are summed into a Float64Array: a module or closure `let` would box each double stored
  const sink = new Float64Array(1);
  const opts = quick ? { blocks: 3, minBlockMs: 5, warmupMs: 20 } : {};
  // Every variant is called through one of two argument holders taken in turn, which refer to the
  // same arrays. Called from a closure over constant arrays, V8 inlines the small primal into the
  // closure and specializes it to those arrays (folds their lengths and base pointers into the
  // machine code): a speed-up a caller passing its own data never sees, and one the larger variants
  // (too big to inline) do not get, so a ratio against it would compare unlike calls. Alternating
  // holders keep the arguments unknown to the optimizer; the footprint stays the same. The
  // specialized primal is still measured and reported (`primal_specialized_us`).
  const xl = x.map((v) => v - 0.05), xh = x.map((v) => v + 0.05);
  const aLo = new Float64Array(act.length), aHi = new Float64Array(act.length), bLo = new Float64Array(act.length), bHi = new Float64Array(act.length);
  const xbl = new Float64Array(7), xbh = new Float64Array(7);
  const next = alternating({ params, x, act, sizes, xd, actD, out, pb, xb, actB, xl, xh, aLo, aHi, xbl, xbh, bLo, bHi });
  const primal = () => { const h = next(); sink[0] += mlp(h.params, h.x, h.act, h.sizes); };
  const tangent = () => { const h = next(); mlp_tangent(h.params, h.x, h.act, h.sizes, h.xd, h.actD, h.out); sink[0] += h.out[1]!; };
  const adjoint = () => { const h = next(); sink[0] += mlp_adjoint(h.params, h.x, h.act, h.sizes, h.pb, h.xb, h.actB, 1); };
  const interval = () => { const h = next(); mlp_interval(h.params, h.xl, h.xh, h.aLo, h.aHi, h.sizes, h.out); sink[0] += h.out[1]!; };
  const intervalAdjoint = () => {
    const h = next();
    mlp_adjoint_interval(h.params, h.xl, h.xh, h.aLo, h.aHi, h.sizes, h.xbl, h.xbh, h.bLo, h.bHi, 1, h.out);
    sink[0] += h.out[1]!;
  };
  const primalSpecialized = () => { sink[0] += mlp(params, x, act, sizes); };
  // Rounds of interleaved timings: each variant against the primal measured right before and after
  // it in the same round (V8's code for the primal is not always equally fast over a run, so a
  // ratio is only fair against a neighbouring measurement); the first round warms up, the median
  // of the others is reported.
  const rounds = quick ? 2 : 4;
  const ratios: Record<"t" | "a" | "iv" | "ia", number[]> = { t: [], a: [], iv: [], ia: [] };
  const times: Record<"p" | "t" | "a" | "iv" | "ia", number[]> = { p: [], t: [], a: [], iv: [], ia: [] };
  for (let round = 0; round < rounds; round++) {
    let before = timePerCall(primal, opts);
    for (const [k, fn] of [["t", tangent], ["a", adjoint], ["iv", interval], ["ia", intervalAdjoint]] as const) {
      const tk = timePerCall(fn, opts), after = timePerCall(primal, opts);
      if (round > 0) {
        ratios[k].push((2 * tk) / (before + after));
        times[k].push(tk);
        times.p.push(before);
      }
      before = after;
    }
  }
  const [p, t, a, iv, ia] = [median(times.p), median(times.t), median(times.a), median(times.iv), median(times.ia)];
  const specialized = timePerCall(primalSpecialized, opts);
  const allocI = await allocationPerCall(interval, quick ? 20000 : 2000);
  const allocIA = await allocationPerCall(intervalAdjoint, quick ? 20000 : 2000);
  if (sink[0] === 42) console.log(""); // keep results alive
  return {
    primal_us: p * 1e6, primal_specialized_us: specialized * 1e6, tangent_us: t * 1e6, adjoint_us: a * 1e6, interval_us: iv * 1e6, interval_adjoint_us: ia * 1e6,
    tangent_over_primal: median(ratios.t), adjoint_over_primal: median(ratios.a), interval_over_primal: median(ratios.iv), interval_adjoint_over_primal: median(ratios.ia),
    interval_alloc_bytes_per_call: allocI, // NaN → null in the JSON
    interval_adjoint_alloc_bytes_per_call: allocIA,
  };
}
