/**
 * The case study of the seed slides (shared/CASE-STUDY.md), end to end:
 *   1. oversized MLP, plain loss;
 *   2. Interval Adjoint Significance Analysis over the training box, pruning to the target size;
 *   3. plain fine-tuning of the pruned network               → stage "pruned";
 *   4. Sobolev fine-tuning on "NN data" (y and dy/dx of the oversized network) → "sobolev-nn";
 *   5. Sobolev fine-tuning on the reference (Monte Carlo with pathwise differentials), continuing
 *      from 4                                                → "sobolev-reference".
 * Every stage's model is written (atomically) as it finishes; report.json / report.md / plots are
 * rewritten after every stage, so an interruption leaves the finished stages and a partial report.
 */
import { mkdirSync } from "node:fs";
import * as path from "node:path";
import { basketPayoff_adjoint } from "../../models/bachelier.adjoint.js";
import { bachelier, makeMarket, simulate, testSet } from "../../models/bachelier.js";
import { mlp_adjoint_interval } from "../../models/mlp.adjoint_interval.js";
import { mlpFunctions as F, mlpFunctionsModule } from "../../train/mlp-surrogate.js";
import { writeFileAtomic } from "../../runtime/fs.js";
import { mlpSizes, paramCount } from "../../train/mlp.js";
import { chooseRemovals, dataMeans, pruneNeurons } from "../../train/prune.js";
import { linePlot } from "../../train/report/svg-plot.js";
import { dataBox, significance } from "../../train/significance.js";
import { evaluateModel, r2Triple, saveModel, type R2, type SurrogateModel } from "../../train/model.js";
import { initModel, train, TrainingInterrupted, validateData, type Progress, type TrainData } from "../../train/trainer.js";

export interface StageTraining {
  epochs: number;
  batches: number;
  batch: number;
  lr: number;
  /** Learning rate at the last step (exponential decay from lr); default constant. */
  lrEnd?: number;
}

export interface Scale {
  width: number;
  depth: number;
  samples: number;
  test: number;
  oversized: StageTraining;
  /** Hidden neurons kept by pruning. */
  target: number;
  subdivide: number;
  fineTune: StageTraining;
  sobolev: StageTraining;
  /** The last stage, Sobolev on the reference (default: as `sobolev`). */
  reference?: StageTraining;
  /**
   * Monte Carlo samples the last stage trains on (default: `samples`, the same set as the other
   * stages). The reference is a simulator: fresh samples cost nothing, and with 8192 the noise of
   * the pathwise labels, not the network, limits R² (0.99987 / 0.99951 at the paper scale).
   */
  referenceSamples?: number;
}

export const SCALES: Record<string, Scale> = {
  /** Seconds: for tests. */
  tiny: {
    width: 16, depth: 2, samples: 512, test: 512, target: 8, subdivide: 2,
    oversized: { epochs: 20, batches: 8, batch: 64, lr: 1e-2 },
    fineTune: { epochs: 10, batches: 8, batch: 64, lr: 3e-3 },
    sobolev: { epochs: 10, batches: 8, batch: 64, lr: 3e-3 },
  },
  /**
   * About half of `paper` (3.5 minutes here on 2 cores): the authors' network, data and batches;
   * 40 oversized epochs; learning rates decaying as in `paper`.
   */
  quick: {
    width: 128, depth: 6, samples: 8192, test: 4096, target: 48, subdivide: 8,
    oversized: { epochs: 40, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-5 },
    fineTune: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    sobolev: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    reference: { epochs: 300, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    referenceSamples: 262144,
  },
  /**
   * `npm start`. The authors' network, data and batches (6×128, 100 epochs × 64 batches of 256, 8192 samples);
   * learning rates decay exponentially (1e-3 → 1e-5, and → 1e-6 for the 433-parameter stages)
   * where the authors keep 1e-4, and the last stage runs 300 epochs of the small network (40 s)
   * on 262,144 fresh Monte Carlo samples (a simulator's samples are free; 8192 cap R² by their noise).
   */
  paper: {
    width: 128, depth: 6, samples: 8192, test: 4096, target: 48, subdivide: 8,
    oversized: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-5 },
    fineTune: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    sobolev: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    reference: { epochs: 300, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    referenceSamples: 262144,
  },
};

/** The seed slides' R² (values, deltas, gammas) for the same stages. */
export const SEED: Record<string, R2> = {
  oversized: { values: 0.999545, deltas: 0.9987, gammas: 0.997033 },
  pruned: { values: 0.999296, deltas: 0.996718, gammas: 0.90247 },
  "sobolev-nn": { values: 0.999805, deltas: 0.999479, gammas: 0.987393 },
  "sobolev-reference": { values: 0.999962, deltas: 0.999863, gammas: 0.997374 },
};

export interface StageReport {
  name: string;
  params: number;
  sizes: number[];
  seconds: number;
  r2: R2;
  /** Per-epoch training loss. */
  loss: number[];
  /** For "pruned": R² right after pruning, before fine-tuning. */
  r2BeforeFineTune?: R2;
}

export interface PruneStep {
  step: number;
  sizes: number[];
  params: number;
  r2: R2;
}

export interface Report {
  config: Record<string, unknown>;
  seconds: number;
  /** "running" until the last stage is written (a report left "running" was cut short by a kill). */
  status: "running" | "complete" | "interrupted";
  interruptedDuring?: string;
  peakRssMB: number;
  significance?: { subdivisions: number; meanValueWidth: number; meanSignificance: number }[];
  /** The pruning schedule: one entry per prune step (R² after the step's short fine-tuning). */
  pruning?: PruneStep[];
  stages: StageReport[];
}

export interface RunOptions {
  scale: string;
  out: string;
  seed: number;
  /** Progress lines (stage, epoch, loss, ETA). */
  onProgress?: (stage: string, p: Progress, of: StageTraining, etaSeconds: number) => void;
  shouldStop?: () => boolean;
  log?: (line: string) => void;
  /** Iterative schedule: prune in this many steps (geometric sizes), fine-tuning briefly in between. */
  pruneSteps?: number;
  /** Stop pruning early when R² of values after a step falls below this; keep the previous network. */
  r2Floor?: number;
  /** Threads for training (default 1; the gradients of a batch are split across worker threads). */
  threads?: number;
}

export function runCaseStudy(o: RunOptions): Report {
  const scale = SCALES[o.scale];
  if (!scale) throw new Error(`unknown scale '${o.scale}' (${Object.keys(SCALES).join(", ")})`);
  const log = o.log ?? (() => {});
  const parallel = { threads: o.threads ?? 1, functionsModule: mlpFunctionsModule };
  mkdirSync(o.out, { recursive: true });
  const t0 = performance.now();
  let peak = process.memoryUsage().rss;
  const market = makeMarket(o.seed);
  const data = simulate(market, scale.samples, o.seed + 1, basketPayoff_adjoint);
  validateData(data);
  const ts = testSet(market, scale.test, o.seed + 2);
  const report: Report = {
    config: { scale: o.scale, seed: o.seed, pruneSteps: o.pruneSteps ?? 1, r2Floor: o.r2Floor ?? null, threads: o.threads ?? 1, ...scale, n: market.n, strike: market.strike, basketVol: market.basketVol, weights: [...market.w] },
    seconds: 0, status: "running", peakRssMB: 0, stages: [],
  };
  const flush = () => {
    report.seconds = (performance.now() - t0) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024); // maxRSS: the true peak (kB), worker threads included
    report.peakRssMB = Math.round(peak / 1e5) / 10;
    writeReport(o.out, report, market.w, market.strike, market.basketVol, models);
  };
  const models = new Map<string, SurrogateModel>();
  const evaluate = (m: SurrogateModel) => r2Triple(evaluateModel(F, m, ts.x, market.w), ts);
  const stage = (name: string, m: SurrogateModel, d: TrainData, loss: "plain" | "sobolev", how: StageTraining, extra: Partial<StageReport> = {}): SurrogateModel => {
    log(`stage ${report.stages.length + 1}/4: ${name} (${loss} loss, ${[...m.sizes].join("-")}, ${paramCount(m.sizes)} parameters)`);
    const s0 = performance.now();
    const total = how.epochs * how.batches;
    let hist: number[];
    try {
      hist = train(F, m, d, { loss, epochs: how.epochs, batchSize: how.batch, batchesPerEpoch: how.batches, lr: how.lr, lrEnd: how.lrEnd, seed: o.seed + 10 + report.stages.length, ...parallel }, (p) => {
        const done = (p.epoch - 1) * how.batches + p.batch;
        const el = (performance.now() - s0) / 1000;
        if (p.batch === how.batches) peak = Math.max(peak, process.memoryUsage().rss);
        o.onProgress?.(name, p, how, (el / done) * (total - done));
      }, o.shouldStop);
    } catch (e) {
      if (!(e instanceof TrainingInterrupted)) throw e;
      report.status = "interrupted";
      report.interruptedDuring = name;
      flush();
      throw e;
    }
    const r2 = evaluate(m);
    report.stages.push({ name, params: paramCount(m.sizes), sizes: [...m.sizes], seconds: (performance.now() - s0) / 1000, r2, loss: hist, ...extra });
    m.meta = { ...m.meta, stage: name, r2 };
    models.set(name, m);
    saveModel(path.join(o.out, `${name}.json`), m);
    flush();
    log(`  R² values ${r2.values.toFixed(6)}  deltas ${r2.deltas.toFixed(6)}  gammas ${r2.gammas.toFixed(6)}`);
    return m;
  };

  // 1. oversized, plain
  const oversized = stage("oversized", initModel(mlpSizes(market.n, scale.width, scale.depth), data, o.seed + 3), data, "plain", scale.oversized);

  // 2. significance over the training box, with and without subdivision; prune
  const box = dataBox(data.x, market.n);
  report.significance = [];
  let sig = significance(mlp_adjoint_interval, oversized, box, 1);
  for (const k of [...new Set([1, scale.subdivide])]) {
    if (k > 1) sig = significance(mlp_adjoint_interval, oversized, box, k);
    report.significance.push({
      subdivisions: k,
      meanValueWidth: sig.reduce((a, s) => a + (s.valueHi - s.valueLo), 0) / sig.length,
      meanSignificance: sig.reduce((a, s) => a + s.significance, 0) / sig.length,
    });
  }
  // per-layer ranking (the authors' pruned network is uniform, 6×8); removed neurons fold their mean over the data.
  // With pruneSteps k > 1: sizes shrink geometrically, with a short plain fine-tuning after each step.
  const steps = Math.max(1, o.pruneSteps ?? 1);
  const H0 = sig.length;
  let pruned = oversized;
  let sigNow = sig;
  report.pruning = [];
  for (let i = 1; i <= steps; i++) {
    const target = i === steps ? scale.target : Math.round(H0 * (scale.target / H0) ** (i / steps));
    if (i > 1) sigNow = significance(mlp_adjoint_interval, pruned, box, scale.subdivide);
    const next = pruneNeurons(pruned, chooseRemovals(sigNow, pruned.sizes, target, "layer"), dataMeans(F.primal, pruned, data.x));
    if (i < steps) {
      const short = { ...scale.fineTune, epochs: Math.max(1, Math.round(scale.fineTune.epochs / steps)) };
      train(F, next, data, { loss: "plain", epochs: short.epochs, batchSize: short.batch, batchesPerEpoch: short.batches, lr: short.lr, lrEnd: short.lrEnd, seed: o.seed + 100 + i, ...parallel }, undefined, o.shouldStop);
    }
    const r2 = evaluate(next);
    log(`prune step ${i}/${steps}: ${[...pruned.sizes].join("-")} → ${[...next.sizes].join("-")} (${paramCount(next.sizes)} parameters), R² values ${r2.values.toFixed(6)}`);
    if (o.r2Floor !== undefined && r2.values < o.r2Floor && i > 1) {
      log(`  below the R² floor ${o.r2Floor}: keeping ${[...pruned.sizes].join("-")}`);
      break;
    }
    report.pruning.push({ step: i, sizes: [...next.sizes], params: paramCount(next.sizes), r2 });
    pruned = next;
  }
  log(`pruned ${[...oversized.sizes].join("-")} to ${[...pruned.sizes].join("-")} by significance over the training box (${scale.subdivide} sub-boxes, per-layer ranking, ${steps} step(s))`);
  const before = evaluate(pruned);

  // 3. plain fine-tuning
  const fine = stage("pruned", pruned, data, "plain", scale.fineTune, { r2BeforeFineTune: before });

  // 4. Sobolev on NN data: targets from the oversized network at the training inputs
  const nn = evaluateModel(F, oversized, data.x, market.w);
  const nnData: TrainData = { ...data, y: nn.value, dydx: nn.delta };
  const sobNN = stage("sobolev-nn", cloneModel(fine), nnData, "sobolev", scale.sobolev);

  // 5. Sobolev on the reference (Monte Carlo with pathwise differentials), on fresh samples when
  //    the scale asks for more than the training set
  const refCount = scale.referenceSamples ?? scale.samples;
  const refData = refCount === scale.samples ? data : simulate(market, refCount, o.seed + 4, basketPayoff_adjoint);
  if (refData !== data) {
    validateData(refData);
    log(`  ${refCount} fresh Monte Carlo samples for the last stage`);
  }
  stage("sobolev-reference", cloneModel(sobNN), refData, "sobolev", scale.reference ?? scale.sobolev);
  report.status = "complete";
  flush();
  return report;
}

function cloneModel(m: SurrogateModel): SurrogateModel {
  return { sizes: m.sizes.slice(), params: m.params.slice(), norm: { ...m.norm }, meta: { ...m.meta } };
}

const fmt = (x: number) => x.toFixed(6);

/** report.json, report.md and the plots (price, delta, gamma along the basket; loss curves). */
function writeReport(out: string, r: Report, w: Float64Array, strike: number, vol: number, models: Map<string, SurrogateModel>): void {
  writeFileAtomic(path.join(out, "report.json"), JSON.stringify(r, null, 2) + "\n");
  const lines = [
    "# Case study: Sobolev-pruned surrogate of a 7-asset Bachelier basket option",
    "",
    `Scale \`${r.config.scale}\`, seed ${r.config.seed}; ${r.seconds.toFixed(0)} s; peak RSS ${r.peakRssMB} MB; status: ${r.status}${r.interruptedDuring ? ` (during ${r.interruptedDuring})` : ""}.`,
    "",
    "R² on the analytic test set (values / deltas flattened / basket gammas), beside the seed slides' numbers:",
    "",
    "| stage | parameters | values | deltas | gammas | seed: values | seed: deltas | seed: gammas |",
    "|---|---|---|---|---|---|---|---|",
    ...r.stages.map((s) => {
      const p = SEED[s.name]!;
      return `| ${s.name} | ${s.params} | ${fmt(s.r2.values)} | ${fmt(s.r2.deltas)} | ${fmt(s.r2.gammas)} | ${p.values} | ${p.deltas} | ${p.gammas} |`;
    }),
    "",
  ];
  const samples = r.config.samples as number, refSamples = (r.config.referenceSamples as number | undefined) ?? samples;
  lines.push(refSamples === samples ? `Every stage trains on the same ${samples} Monte Carlo samples.` : `Stages 1–4 train on ${samples} Monte Carlo samples; sobolev-reference on ${refSamples} fresh ones (with ${samples}, the noise of the pathwise labels caps its R²).`, "");
  const pr = r.stages.find((s) => s.name === "pruned");
  if (pr?.r2BeforeFineTune) lines.push(`Right after pruning, before fine-tuning: ${fmt(pr.r2BeforeFineTune.values)} / ${fmt(pr.r2BeforeFineTune.deltas)} / ${fmt(pr.r2BeforeFineTune.gammas)}.`, "");
  if (r.significance) {
    lines.push("Significance analysis over the training box (mean over hidden neurons):", "", "| sub-boxes | mean width of [n] | mean significance |", "|---|---|---|");
    for (const s of r.significance) lines.push(`| ${s.subdivisions} | ${s.meanValueWidth.toPrecision(4)} | ${s.meanSignificance.toPrecision(4)} |`);
    lines.push("");
  }
  lines.push("Plots: price.svg, delta.svg, gamma.svg (along S = b·1, against the closed form), loss.svg.", "");
  writeFileAtomic(path.join(out, "report.md"), lines.join("\n"));

  // along the diagonal S = b·1 (basket value b, since Σw = 1), as the authors' validation set
  const n = w.length, B = 121;
  const b = Float64Array.from({ length: B }, (_, i) => 0.4 + (1.4 * i) / (B - 1));
  const x = new Float64Array(B * n);
  for (let i = 0; i < B; i++) x.fill(b[i]!, i * n, (i + 1) * n);
  const exact = Array.from(b, (v) => bachelier(v, strike, vol, 1));
  const curves = [...models].map(([name, m]) => ({ name, e: evaluateModel(F, m, x, w) }));
  const basketDelta = (d: Float64Array, i: number) => { let s = 0; for (let j = 0; j < n; j++) s += d[i * n + j]!; return s; };
  const plot = (file: string, title: string, y: string, ref: number[], pick: (e: (typeof curves)[number]["e"], i: number) => number) =>
    writeFileAtomic(path.join(out, file), linePlot({
      title, xLabel: "basket value b (spots S = b·1)", yLabel: y,
      series: [{ name: "closed form", x: b, y: ref, dashed: true }, ...curves.map((c) => ({ name: c.name, x: b, y: Array.from(b, (_, i) => pick(c.e, i)) }))],
    }));
  plot("price.svg", "Price", "V", exact.map((e) => e.price), (e, i) => e.value[i]!);
  plot("delta.svg", "Basket delta (Σ ∂V/∂S_i)", "Φ(d)", exact.map((e) => e.cdf), (e, i) => basketDelta(e.delta, i));
  plot("gamma.svg", "Basket gamma", "φ(d)/(σ√T)", exact.map((e) => e.gamma), (e, i) => e.gamma[i]!);
  writeFileAtomic(path.join(out, "loss.svg"), linePlot({
    title: "Training loss per epoch", xLabel: "epoch", yLabel: "loss (log10)", logY: true,
    series: r.stages.map((s) => ({ name: s.name, x: s.loss.map((_, i) => i + 1), y: s.loss })),
  }));
}
