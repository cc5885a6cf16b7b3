/**
 * `fit`: a user's reference model (reference.ts) through the whole surrogate pipeline
 * (pipeline.ts) — simulate training data with the generated adjoint of the payoff, train the
 * oversized network, prune it by interval adjoint significance to a parameter budget, Sobolev
 * fine-tune, evaluate against the closed form (or Monte Carlo) — and the final surrogate as files a
 * pricing app can use: its model file, `surrogate.onnx`, and `surrogate.ts` (the network as
 * annotated TypeScript, weights inlined) with its generated tangent and adjoint beside it.
 */
import { SEEDS } from "./pipeline-run.js";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { compile } from "../compiler/compile.js";
import { writeFileAtomic } from "../runtime/fs.js";
import { paramCount } from "./mlp.js";
import type { SurrogateModel } from "./model.js";
import { exportOnnxFile } from "./onnx/export.js";
import { runPipeline, type PipelineOptions, type Problem, type Report, type Scale } from "./pipeline.js";
import { monteCarloPoints, parallelShift, probeReference, referenceTestSet, simulateReference } from "./reference-data.js";
import { Rng } from "../runtime/random.js";
import { isUniform, type ReferenceModel } from "./reference.js";
import type { Slice } from "./report.js";
import { surrogateSource } from "./surrogate-module.js";

/**
 * `fit`'s scales: the network, data and schedule (the hidden-neuron target comes from the parameter
 * budget). Chosen by the fidelity suite's table over six models (bench/fidelity/, README), not by one:
 * the oversized network is trained with the Sobolev loss (its deltas then make good labels for the
 * NN-data stage), and the final network is polished by full-batch L-BFGS on the last stage's data.
 */
export const FIT_SCALES: Record<string, Omit<Scale, "target">> = {
  /** Seconds: for tests. */
  tiny: {
    width: 16, depth: 2, samples: 1024, test: 256, subdivide: 2,
    oversized: { epochs: 20, batches: 8, batch: 64, lr: 1e-2 },
    oversizedLoss: "sobolev",
    fineTune: { epochs: 10, batches: 8, batch: 64, lr: 3e-3 },
    sobolev: { epochs: 10, batches: 8, batch: 64, lr: 3e-3 },
    polish: 30,
  },
  /**
   * Minutes: the case study's network, 32768 samples (each one path pair: noisy labels), a long last
   * stage on fresh samples whose labels average 16 path pairs (a simulator's paths are cheap), then
   * 800 L-BFGS iterations over those 65,536 samples.
   */
  quick: {
    width: 128, depth: 6, samples: 32768, test: 2048, subdivide: 8,
    oversized: { epochs: 40, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-5 },
    oversizedLoss: "sobolev",
    fineTune: { epochs: 60, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    sobolev: { epochs: 60, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    reference: { epochs: 200, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    referenceSamples: 65536,
    referencePairs: 16,
    polish: 800,
  },
  /** The case study's `paper` schedule, and a longer polish over twice the samples. */
  paper: {
    width: 128, depth: 6, samples: 8192, test: 4096, subdivide: 8,
    oversized: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-5 },
    oversizedLoss: "sobolev",
    fineTune: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    sobolev: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    reference: { epochs: 300, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    referenceSamples: 131072,
    referencePairs: 16,
    polish: 1500,
  },
};

export interface FitOptions extends Omit<PipelineOptions, "scale" | "scaleName" | "onStage"> {
  scale: string;
  /** Largest parameter count of the final surrogate (default 433, the seed's). */
  target?: number;
  width?: number;
  depth?: number;
  /** Monte Carlo paths per test point when the model has no closed form. */
  testPaths?: number;
  /** Fields of the scale to replace (experiments: bench/fidelity's --override). */
  overrides?: Partial<Scale>;
}

/** The hidden neurons to keep: the widest uniform layers (depth × k) within `budget` parameters. */
export function neuronsFor(n: number, depth: number, width: number, budget: number): number {
  let k = 0;
  while (k < width && paramCount([n, ...Array(depth).fill(k + 1), 1]) <= budget) k++;
  if (k === 0) throw new FitError(`--target ${budget}: even one neuron per layer needs ${paramCount([n, ...Array(depth).fill(1), 1])} parameters with ${depth} hidden layers`);
  return k * depth;
}

export class FitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FitError";
  }
}

/** The pipeline's problem for a reference model. */
export function referenceProblem(ref: ReferenceModel, testCount: number, seed: number, paths = 4096): Problem {
  const d = ref.gamma.direction;
  const test = referenceTestSet(ref, testCount, seed + SEEDS.test, { direction: d, paths });
  const truth = test.source === "exact"
    ? `the closed form ${ref.exact!.name}(x) at ${testCount} points uniform in the box`
    : `Monte Carlo means (${paths} antithetic pairs per point; standard errors ${test.stderr!.price.toExponential(2)} / ${test.stderr!.delta.toExponential(2)} / ${test.stderr!.gamma.toExponential(2)}) at ${testCount} points uniform in the box`;
  return {
    title: `Sobolev-pruned surrogate of ${ref.name} (${path.basename(ref.file)})`,
    n: ref.n,
    simulate: (count, s, pairs) => simulateReference(ref, count, s, pairs),
    test, direction: d, divisor: 1, truth,
    slice: boxDiagonal(ref, seed + SEEDS.plots, Math.min(paths, 2048)),
    axes: Array.from({ length: ref.n }, (_, k) => inputAxis(ref, k)),
    config: { reference: ref.file, function: ref.name, exact: ref.exact?.name ?? null, box: { lo: [...ref.box.lo], hi: [...ref.box.hi] }, gamma: ref.gamma.label, gammaDirection: [...d], zLength: ref.m, ...(test.stderr ? { testStderr: test.stderr } : {}) },
  };
}

/** The plots' line: the box's diagonal x(t) = lo + t·(hi − lo), against the closed form or Monte Carlo. */
function boxDiagonal(ref: ReferenceModel, seed: number, paths: number): Slice {
  const { n, box } = ref;
  const B = ref.exact ? 121 : 41;
  const uniform = isUniform(box);
  const t = Float64Array.from({ length: B }, (_, i) => i / (B - 1));
  const points = new Float64Array(B * n);
  for (let i = 0; i < B; i++) for (let j = 0; j < n; j++) points[i * n + j] = box.lo[j]! + t[i]! * (box.hi[j]! - box.lo[j]!);
  const axis = uniform ? t.map((v) => box.lo[0]! + v * (box.hi[0]! - box.lo[0]!)) : t;
  const ones = parallelShift(n), d = ref.gamma.direction;
  const truth = (() => {
    if (ref.exact) return closedFormAlong(ref.exact, points, n, ones, d);
    const mc = monteCarloPoints(ref, points, B, paths, new Rng(seed), d);
    const delta = Array.from({ length: B }, (_, i) => mc.delta.subarray(i * n, (i + 1) * n).reduce((a, v) => a + v, 0));
    return { name: `Monte Carlo (${paths} pairs)`, price: [...mc.price], delta, gamma: [...mc.gamma] };
  })();
  return {
    label: uniform ? `x₁ = … = x${n > 1 ? "ₙ" : "₁"} (the box's diagonal)` : "t, along x = lo + t·(hi − lo)",
    axis, points, deltaDirection: ones, deltaLabel: "Σ ∂V/∂xᵢ", gammaLabel: ref.gamma.label, truth,
  };
}

/**
 * The plots along input k's axis through the box's centre: price, ∂V/∂x_k and ∂²V/∂x_k², against the
 * closed form where there is one (a Monte Carlo truth on every axis would cost more than the fit).
 */
function inputAxis(ref: ReferenceModel, k: number): Slice {
  const { n, box } = ref;
  const B = 81;
  const e = new Float64Array(n);
  e[k] = 1;
  const points = new Float64Array(B * n);
  const axis = new Float64Array(B);
  for (let i = 0; i < B; i++) {
    axis[i] = box.lo[k]! + (i / (B - 1)) * (box.hi[k]! - box.lo[k]!);
    for (let j = 0; j < n; j++) points[i * n + j] = j === k ? axis[i]! : 0.5 * (box.lo[j]! + box.hi[j]!);
  }
  const truth = ref.exact ? closedFormAlong(ref.exact, points, n, e, e) : undefined;
  const x = ref.inputName;
  return {
    label: `${x}[${k}] (the other inputs at the box's centre)`, axis, points, deltaDirection: e, gammaDirection: e,
    deltaLabel: `∂V/∂${x}[${k}]`, gammaLabel: `∂²V/∂${x}[${k}]²`, ...(truth ? { truth } : {}),
  };
}

/** The closed form at each of `points` (count × n): its value, its gradient along `u` and dᵀ∇²V d. */
function closedFormAlong(exact: NonNullable<ReferenceModel["exact"]>, points: Float64Array, n: number, u: Float64Array, d: Float64Array): NonNullable<Slice["truth"]> {
  const p = new Float64Array(n), g = new Float64Array(n), hd = new Float64Array(n);
  const price: number[] = [], delta: number[] = [], gamma: number[] = [];
  for (let i = 0; i < points.length / n; i++) {
    p.set(points.subarray(i * n, (i + 1) * n));
    g.fill(0);
    hd.fill(0);
    price.push(exact.hessianVector(p, d, g, hd));
    delta.push(g.reduce((a, v, j) => a + v * u[j]!, 0));
    gamma.push(hd.reduce((a, v, j) => a + v * d[j]!, 0));
  }
  return { name: `closed form ${exact.name}`, price, delta, gamma };
}

export interface FitResult {
  report: Report;
  /** The files written for the final surrogate. */
  files: string[];
  final: SurrogateModel;
}

/** The whole pipeline for `ref`, writing the report, the stages' models and the final surrogate into `o.out`. */
export function fit(ref: ReferenceModel, o: FitOptions): FitResult {
  const base = FIT_SCALES[o.scale];
  if (!base) throw new FitError(`unknown scale '${o.scale}' (${Object.keys(FIT_SCALES).join(", ")})`);
  const width = o.width ?? base.width, depth = o.depth ?? base.depth, budget = o.target ?? 433;
  const target = neuronsFor(ref.n, depth, width, budget);
  const scale: Scale = { ...base, width, depth, target, ...o.overrides };
  const started = performance.now();
  probeReference(ref, o.seed + SEEDS.probe);
  const problem = referenceProblem(ref, scale.test, o.seed, o.testPaths);
  problem.config = { ...problem.config, targetParams: budget };
  let final: SurrogateModel | undefined;
  const report = runPipeline(problem, { ...o, scale, scaleName: o.scale, startedAt: started, onStage: (_name, m) => { final = m; } });
  const files = writeSurrogate(final!, ref, o.out, report);
  return { report, files, final: final! };
}

/** surrogate.json, surrogate.onnx, surrogate.ts and the variants generated from its @variant tags (train/surrogate-module.ts). */
export function writeSurrogate(m: SurrogateModel, ref: ReferenceModel, out: string, report: Report): string[] {
  const last = report.stages[report.stages.length - 1]!;
  const origin = `The surrogate sobolev fit trained for ${ref.name} of ${path.basename(ref.file)} (stage ${last.name}; R² values ${last.r2.values.toFixed(6)}, deltas ${last.r2.deltas.toFixed(6)}, gammas ${last.r2.gammas.toFixed(6)}).`;
  const files: string[] = [];
  const put = (name: string, data: string | Uint8Array) => {
    writeFileAtomic(path.join(out, name), data);
    files.push(path.join(out, name));
  };
  put("surrogate.json", readFileSync(path.join(out, `${last.name}.json`)));
  exportOnnxFile(m, path.join(out, "surrogate.onnx"));
  files.push(path.join(out, "surrogate.onnx"));
  const source = surrogateSource(m, { name: "surrogate", origin, box: ref.box });
  put("surrogate.ts", source);
  const generated = compile(source, { fileName: path.join(out, "surrogate.ts"), runtimeImport: "sobolev/runtime" });
  if (generated.diagnostics.length > 0) throw new Error(`internal: the surrogate's own code does not compile: ${generated.diagnostics[0]!.message}`);
  for (const f of generated.files) put(path.basename(f.path), f.code);
  return files;
}
