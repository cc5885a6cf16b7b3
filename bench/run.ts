/**
 * `npm run bench [-- --json] [-- --quick]`: benchmarks of the generated code and of training,
 * with the peers (TensorFlow.js wasm, PyTorch) measured in the same run. Prints a table, or one
 * JSON object with --json. --quick is the smoke version CI runs (small shapes, same code paths).
 * Ratios are ours / theirs (below 1: we are faster).
 */
import { readFileSync } from "node:fs";
import { compile } from "../compiler/compile.js";
import { benchMlp } from "./mlp.js";
import { benchSimd, type SimdBench } from "./simd.js";
import { mlpSimd, mlpSimdF32 } from "../models/generated/mlp.simd.js";
import { tfjsWasm, torch, type PeerSteps } from "./peers.js";
import { median } from "./timing.js";
import { benchArgs } from "./args.js";
import { gmmCase, gmmTimes, GMM_SIZES } from "./gmm/measure.js";
import { benchTrain, type TrainBench } from "./train.js";

const args = new Set(Object.entries(benchArgs("npm run bench -- [--quick] [--json]", { quick: { type: "boolean" }, json: { type: "boolean" } })).filter(([, v]) => v).map(([k]) => `--${k}`));
const quick = args.has("--quick");
const progress = (what: string) => { if (!args.has("--json") || process.stderr.isTTY) process.stderr.write(`bench: ${what}…\n`); };

function compileModelsMs(): number {
  const times: number[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const t = performance.now();
    for (const file of ["models/mlp.ts", "models/bachelier.ts"]) compile(readFileSync(file, "utf8"), { fileName: file });
    times.push(performance.now() - t);
  }
  return median(times);
}

const notes: string[] = [
  "mlp.*: the TypeScript variants, one sample per call, medians of interleaved timing blocks in one run, every variant called with arguments the optimizer cannot fold (primal_specialized_us: the primal called with constant arrays, which V8 inlines and specializes); interval box: each input ±0.05",
  "alloc: bytes per call = (heap growth over 2n calls − growth over n calls) / n, the least of three attempts without a GC in between (null if every attempt saw a GC)",
  "simd.*: the WebAssembly SIMD f64 build (models/generated/mlp.simd.ts), simd.f32.*: its f32 build, per sample at `lanes` samples per call; speedup = TypeScript variant time / SIMD time (the TypeScript variant called as in mlp.*); null: the build has no such variant",
  "train.*, peer.*: one step (gradient + Adam) on a batch, medians after warm-up; ours on all cores with f32 SIMD kernels (train.f64.*: f64 kernels), parameters and Adam in float64; peers float32",
  "gmm.*: ADBench's GMM (bench/gmm/gmm.ts) at its (d, K) sizes, n points: the generated gradient's time per call and its ratio to the objective's (ADBench's gradient/objective column); bench:gmm adds the tape and checkpointing",
  "ratio.*: our step (f32 kernels) / the peer's (below 1: ours is faster); ours and PyTorch's in `train.rounds` alternating rounds: step times are medians over the rounds, *_vs_torch the median of the rounds' ratios",
];
progress("generated MLP variants");
const m = await benchMlp(quick ? 32 : 128, quick ? 2 : 6, quick);
progress("ADBench's GMM gradient");
const gmmN = quick ? 100 : 1000;
const gmm = Object.fromEntries(GMM_SIZES.flatMap(([d, k]) => {
  const t = gmmTimes(gmmCase(d, k, gmmN), quick);
  return [[`gmm.d${d}_k${k}.gradient_over_objective`, t.gradient_over_objective], [`gmm.d${d}_k${k}.gradient_ms`, t.gradient_ms]];
}));
progress("the SIMD builds");
const sm = await benchSimd(mlpSimd, quick ? 32 : 128, quick ? 2 : 6, quick);
const sm32 = await benchSimd(mlpSimdF32, quick ? 32 : 128, quick ? 2 : 6, quick);
// Our step and PyTorch's in alternating rounds: this machine has phases of a second or more in
// which a core runs about 1.5x slower (seen in one kernel timed in a loop, and in either training
// thread), which a single measurement of each side may or may not catch. Times are the medians
// over the rounds, ratios the medians of the rounds' ratios.
const ROUNDS = quick ? 1 : 5;
const ours: TrainBench[] = [], theirs: PeerSteps[] = [];
for (let r = 0; r < ROUNDS; r++) {
  progress(`round ${r + 1}/${ROUNDS}: our training steps (f32 kernels, the default), then PyTorch's`);
  ours.push(benchTrain(quick, "f32"));
  if (r === 0 || theirs[0]!.plain_step_ms !== null) theirs.push(torch(quick, r === 0 ? notes : []));
}
const t = { ...ours[0]!, plain_step_ms: median(ours.map((o) => o.plain_step_ms)), sobolev_step_ms: median(ours.map((o) => o.sobolev_step_ms)) };
const medianOrNull = (xs: (number | null)[]) => (xs.some((v) => v === null) ? null : median(xs as number[]));
const pt: PeerSteps = { ...theirs[0]!, plain_step_ms: medianOrNull(theirs.map((p) => p.plain_step_ms)), sobolev_step_ms: medianOrNull(theirs.map((p) => p.sobolev_step_ms)) };
const torchRatio = (k: "plain_step_ms" | "sobolev_step_ms") => (pt[k] === null ? null : round(median(theirs.map((p, r) => ours[r]![k] / p[k]!))));
progress("our training steps (f64 kernels)");
const t64 = benchTrain(quick, "f64");
progress("TensorFlow.js (wasm)");
const tf = tfjsWasm(quick, notes);
progress("compiling the models");
const compileMs = compileModelsMs();

const ratio = (ours: number, theirs: number | null) => (theirs === null ? null : round(ours / theirs));
const result = {
  // which engine measured: the bench runs on Node 20 and on the current LTS (.ci/run)
  "node.version": process.version,
  "node.v8": process.versions.v8,
  "mlp.shape": quick ? "7-2x32-1" : "7-6x128-1",
  "mlp.primal_us": round(m.primal_us),
  "mlp.primal_specialized_us": round(m.primal_specialized_us),
  "mlp.tangent_over_primal": round(m.tangent_over_primal),
  "mlp.adjoint_over_primal": round(m.adjoint_over_primal),
  "mlp.interval_over_primal": round(m.interval_over_primal),
  "mlp.interval_adjoint_over_primal": round(m.interval_adjoint_over_primal),
  "mlp.interval_alloc_bytes_per_call": round(m.interval_alloc_bytes_per_call),
  "mlp.interval_adjoint_alloc_bytes_per_call": round(m.interval_adjoint_alloc_bytes_per_call),
  ...simdKeys("simd", sm),
  ...simdKeys("simd.f32", sm32),
  "train.backend": t.backend,
  "train.precision": "f32",
  "train.batch": quick ? 64 : 256,
  "train.threads": t.threads,
  "train.rounds": ROUNDS,
  "train.plain_step_ms": round(t.plain_step_ms),
  "train.sobolev_step_ms": round(t.sobolev_step_ms),
  "train.f64.plain_step_ms": round(t64.plain_step_ms),
  "train.f64.sobolev_step_ms": round(t64.sobolev_step_ms),
  "peer.tfjs_wasm.plain_step_ms": round(tf.plain_step_ms),
  "peer.tfjs_wasm.sobolev_step_ms": round(tf.sobolev_step_ms),
  "peer.torch.plain_step_ms": round(pt.plain_step_ms),
  "peer.torch.sobolev_step_ms": round(pt.sobolev_step_ms),
  "ratio.sobolev_vs_torch": torchRatio("sobolev_step_ms"),
  "ratio.plain_vs_torch": torchRatio("plain_step_ms"),
  "ratio.sobolev_vs_tfjs_wasm": ratio(t.sobolev_step_ms, tf.sobolev_step_ms),
  "gmm.n": gmmN,
  ...gmm,
  "compile.models_ms": round(compileMs),
  "peer.versions": [tf.version, pt.version].filter((v) => v !== undefined),
  notes,
};

/** One SIMD build's keys: `simd.*` for the f64 build, `simd.f32.*` for the f32 one. */
function simdKeys(prefix: string, b: SimdBench): Record<string, number | null> {
  return {
    [`${prefix}.lanes`]: b.lanes,
    [`${prefix}.primal_us_per_sample`]: round(b.primal_us_per_sample),
    [`${prefix}.tangent_adjoint_us_per_sample`]: round(b.tangent_adjoint_us_per_sample),
    [`${prefix}.primal_speedup_over_ts`]: round(b.primal_speedup),
    [`${prefix}.input_adjoint_speedup_over_ts`]: round(b.input_adjoint_speedup),
    [`${prefix}.tangent_adjoint_speedup_over_ts`]: round(b.tangent_adjoint_speedup),
    [`${prefix}.tangent_over_primal`]: round(b.tangent_over_primal),
    [`${prefix}.adjoint_over_primal`]: round(b.adjoint_over_primal),
    [`${prefix}.tangent_adjoint_over_primal`]: round(b.tangent_adjoint_over_primal),
  };
}

function round(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : Math.round(x * 1000) / 1000;
}

if (args.has("--json")) {
  console.log(JSON.stringify(result, null, 2));
} else {
  for (const [k, v] of Object.entries(result)) if (k !== "notes" && k !== "peer.versions") console.log(`${k.padEnd(42)} ${v === null ? "—" : v}`);
  for (const v of result["peer.versions"]) console.log(`peer: ${v}`);
  for (const n of notes) console.log(`note: ${n}`);
}
