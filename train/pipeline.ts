/**
 * The surrogate pipeline of the seed slides, for any problem (the case study's Bachelier basket, a
 * user's reference model through `sobolev fit`):
 *   1. oversized MLP, plain loss                              → stage "oversized";
 *   2. Interval Adjoint Significance Analysis over the training box, pruning to the target size;
 *   3. plain fine-tuning of the pruned network                → "pruned";
 *   4. Sobolev fine-tuning on "NN data" (y and dy/dx of the oversized network) → "sobolev-nn";
 *   5. Sobolev fine-tuning on the reference (Monte Carlo with pathwise differentials), continuing
 *      from 4                                                 → "sobolev-reference".
 * Every stage's model is written (atomically) as it finishes; report.json / report.md / plots are
 * rewritten after every stage (report.ts), so an interruption leaves the finished stages and a
 * partial report.
 */
import { mkdirSync } from "node:fs";
import * as path from "node:path";
import { mlp_adjoint_interval } from "../models/generated/mlp.adjoint_interval.js";
import { CRITERIA, pruningAblation } from "./ablation.js";
import { DEFAULT_PRECISION, type Loss, type Precision } from "./gradients.js";
import { mlpFunctions as F, mlpFunctionsModule } from "./mlp-surrogate.js";
import { mlpSizes, paramCount } from "./mlp.js";
import { evaluateModel, r2Triple, saveModel, type SurrogateModel } from "./model.js";
import type { Problem, Report, StageReport } from "./problem.js";
import { chooseRemovals, dataMeans, pruneNeurons } from "./prune.js";
import { writeReport } from "./report.js";
import { DEFAULT_DIRECTIONS, type DirectionOptions } from "./second-order.js";
import { polish } from "./polish.js";
import { dataBox, significance } from "./significance.js";
import { initModel, train, TrainingInterrupted, validateData, type Progress, type TrainData, type TrainOptions } from "./trainer.js";

export type { Problem, PruneStep, Report, StageReport } from "./problem.js";

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
  /** Monte Carlo samples the last stage trains on (default: `samples`, the same set as the other stages). */
  referenceSamples?: number;
  /** Paths (antithetic pairs) averaged into each of those fresh samples' labels (default 1). */
  referencePairs?: number;
  /** A full-batch L-BFGS polish of the final network on the last stage's data (polish.ts): iterations. */
  polish?: number;
  /** The oversized network's loss (default plain). */
  oversizedLoss?: Loss;
}





export interface PipelineOptions {
  scale: Scale;
  /** The scale's name, for the report. */
  scaleName: string;
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
  /** Precision of the SIMD training kernels (default DEFAULT_PRECISION); the models stay float64. */
  precision?: Precision;
  /** When the run started (performance.now()), if before the pipeline (a test set computed first): the report's seconds count from it. */
  startedAt?: number;
  /** Called with each stage's model as it is saved (`sobolev fit` writes the final one as code). */
  onStage?: (name: string, m: SurrogateModel) => void;
  /**
   * A data budget: at most this many reference samples for the whole pipeline (stages reuse them;
   * the NN-data stage labels them with the oversized network); the last stage is then
   * "sobolev-second-order", beside the same stage with the first-order loss for comparison.
   */
  budget?: number;
  /** The second-order loss's directions (default: PCA, at most 2, 99 % of the variance). */
  directions?: DirectionOptions;
  /** Prune the oversized network by every criterion too (ablation.ts), over these seeds. */
  ablation?: { seeds: number[]; epochs: number };
  /** Also train the authors' smallest network (sizes, e.g. [7, 3, 3, 1]) with the same data and losses. */
  small?: number[];
}


export function runPipeline(problem: Problem, o: PipelineOptions): Report {
  const { scale } = o;
  const log = o.log ?? (() => {});
  const precision = o.precision ?? DEFAULT_PRECISION;
  const parallel = { threads: o.threads ?? 1, functionsModule: mlpFunctionsModule, precision };
  const directions = o.directions ?? DEFAULT_DIRECTIONS;
  /** The trainer's options for a stage's schedule. */
  const schedule = (loss: Loss, how: StageTraining, seed: number): TrainOptions =>
    ({ loss, epochs: how.epochs, batchSize: how.batch, batchesPerEpoch: how.batches, lr: how.lr, lrEnd: how.lrEnd, seed, directions, ...parallel });
  mkdirSync(o.out, { recursive: true });
  const t0 = o.startedAt ?? performance.now();
  let peak = process.memoryUsage().rss;
  const budget = o.budget;
  const data = problem.simulate(budget ?? scale.samples, o.seed + 1, 1, budget !== undefined);
  validateData(data);
  if (budget !== undefined && !data.hessian) throw new Error("a data budget's second-order stage needs Hessian labels, which this problem does not give");
  const ts = problem.test;
  const report: Report = {
    config: {
      scale: o.scaleName, seed: o.seed, pruneSteps: o.pruneSteps ?? 1, r2Floor: o.r2Floor ?? null, threads: o.threads ?? 1, precision, ...scale, n: problem.n, ...problem.config,
      ...(budget !== undefined ? { budget, samples: budget, referenceSamples: budget, directions, hessianLabels: problem.hessianLabels ?? null } : {}),
    },
    seconds: 0, status: "running", peakRssMB: 0, stages: [],
  };
  const models = new Map<string, SurrogateModel>();
  const stageCount = 4 + (scale.polish && budget === undefined ? 1 : 0);
  const flush = () => {
    report.seconds = (performance.now() - t0) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024); // maxRSS: the true peak (kB), worker threads included
    report.peakRssMB = Math.round(peak / 1e5) / 10;
    writeReport(o.out, report, problem, models);
  };
  const evaluate = (m: SurrogateModel) => r2Triple(evaluateModel(F, m, ts.x, problem.direction, problem.divisor), ts);
  const stage = (name: string, m: SurrogateModel, d: TrainData, loss: Loss, how: StageTraining, extra: Partial<StageReport> = {}): SurrogateModel => {
    log(`stage ${report.stages.length + 1}/${stageCount}: ${name} (${loss} loss, ${[...m.sizes].join("-")}, ${paramCount(m.sizes)} parameters)`);
    const s0 = performance.now();
    const total = how.epochs * how.batches;
    let hist: number[];
    try {
      hist = train(F, m, d, schedule(loss, how, o.seed + 10 + report.stages.length), (p) => {
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
    o.onStage?.(name, m);
    flush();
    log(`  R² values ${r2.values.toFixed(6)}  deltas ${r2.deltas.toFixed(6)}  gammas ${r2.gammas.toFixed(6)}`);
    return m;
  };

  // 1. oversized, plain
  const oversized = stage("oversized", initModel(mlpSizes(problem.n, scale.width, scale.depth), data, o.seed + 3, problem.normalization), data, scale.oversizedLoss ?? "plain", scale.oversized);

  // 2. significance over the training box, with and without subdivision; prune
  const box = dataBox(data.x, problem.n);
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
      train(F, next, data, schedule("plain", short, o.seed + 100 + i), undefined, o.shouldStop);
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

  if (o.ablation) {
    // every criterion prunes the same oversized network to the same size, then the same fine-tuning
    log(`ablation: pruning by ${CRITERIA.join(", ")} to ${scale.target} hidden neurons, ${o.ablation.seeds.length} seeds, ${o.ablation.epochs} epochs of fine-tuning each`);
    report.ablation = {
      fineTuneEpochs: o.ablation.epochs,
      pruning: pruningAblation({
        f: F, oversized, data, interval: sig, target: scale.target, seeds: o.ablation.seeds, test: ts, direction: problem.direction, divisor: problem.divisor,
        fineTune: schedule("plain", { ...scale.fineTune, epochs: o.ablation.epochs }, 0), // each run sets its own seed
        shouldStop: o.shouldStop, log,
      }),
    };
    flush();
  }

  // 3. plain fine-tuning
  const fine = stage("pruned", pruned, data, "plain", scale.fineTune, { r2BeforeFineTune: before });

  // 4. Sobolev on NN data: targets from the oversized network at the training inputs
  const nn = evaluateModel(F, oversized, data.x, problem.direction, problem.divisor);
  const nnData: TrainData = { ...data, y: nn.value, dydx: nn.delta };
  const sobNN = stage("sobolev-nn", cloneModel(fine), nnData, "sobolev", scale.sobolev);

  if (budget !== undefined) {
    // 5. within the budget: second-order Sobolev on the same samples (pathwise y, dy/dx, Hessian
    //    labels), and for comparison the first-order loss from the same start with the same epochs
    const how = scale.reference ?? scale.sobolev;
    const c0 = performance.now();
    const first = cloneModel(sobNN);
    train(F, first, data, schedule("sobolev", how, o.seed + 10 + report.stages.length), undefined, o.shouldStop);
    const firstR2 = evaluate(first), firstSeconds = (performance.now() - c0) / 1000;
    log(`  (the same stage with the first-order loss: R² values ${firstR2.values.toFixed(6)}  deltas ${firstR2.deltas.toFixed(6)}  gammas ${firstR2.gammas.toFixed(6)})`);
    stage("sobolev-second-order", cloneModel(sobNN), data, "second-order", how);
    const last = report.stages[report.stages.length - 1]!;
    report.comparison = { firstOrder: { name: "sobolev (first order)", r2: firstR2, seconds: firstSeconds }, secondOrder: { name: last.name, r2: last.r2, seconds: last.seconds } };
    if (o.small) trainSmall(o.small, data, nnData, how);
    report.status = "complete";
    flush();
    return report;
  }

  // 5. Sobolev on the reference (Monte Carlo with pathwise differentials), on fresh samples when
  //    the scale asks for more than the training set
  const refCount = scale.referenceSamples ?? scale.samples;
  const pairs = scale.referencePairs ?? 1;
  const refData = refCount === scale.samples && pairs === 1 ? data : problem.simulate(refCount, o.seed + 4, pairs);
  if (refData !== data) {
    validateData(refData);
    log(`  ${refCount} fresh Monte Carlo samples for the last stage${pairs > 1 ? ` (each the mean of ${pairs} path pairs)` : ""}`);
  }
  const last = stage("sobolev-reference", cloneModel(sobNN), refData, "sobolev", scale.reference ?? scale.sobolev);
  if (scale.polish) polishStage(cloneModel(last), refData, scale.polish);
  if (o.small) trainSmall(o.small, refData, nnData, scale.reference ?? scale.sobolev);
  report.status = "complete";
  flush();
  return report;

  /** The last stage's network polished by full-batch L-BFGS on the Sobolev loss (polish.ts) → "polished". */
  function polishStage(m: SurrogateModel, d: TrainData, iterations: number): void {
    log(`stage ${report.stages.length + 1}/${stageCount}: polished (full-batch L-BFGS on the sobolev loss, ${d.count} samples, ${iterations} iterations)`);
    const s0 = performance.now();
    const hist: number[] = [];
    const r = polish(F, m, d, { loss: "sobolev", iterations, threads: o.threads ?? 1, functionsModule: mlpFunctionsModule, precision: "f32", shouldStop: o.shouldStop, onIteration: (k, v) => {
      if (k % 10 === 0) hist.push(v);
      o.onProgress?.("polished", { epoch: k, batch: 1, loss: v, epochLoss: v }, { epochs: iterations, batches: 1, batch: d.count, lr: 0 }, ((performance.now() - s0) / 1000 / k) * (iterations - k));
    } });
    const r2 = evaluate(m);
    report.stages.push({ name: "polished", params: paramCount(m.sizes), sizes: [...m.sizes], seconds: (performance.now() - s0) / 1000, r2, loss: hist });
    m.meta = { ...m.meta, stage: "polished", r2, polish: { iterations: r.iterations, stopped: r.stopped, lossBefore: r.start, lossAfter: r.f } };
    models.set("polished", m);
    saveModel(path.join(o.out, "polished.json"), m);
    o.onStage?.("polished", m);
    flush();
    log(`  R² values ${r2.values.toFixed(6)}  deltas ${r2.deltas.toFixed(6)}  gammas ${r2.gammas.toFixed(6)} (${r.iterations} iterations, ${r.stopped})`);
  }

  /** The small network from scratch: plain on the reference, Sobolev on NN data, then the last stage's loss on the reference. */
  function trainSmall(sizes: number[], ref: TrainData, nn: TrainData, last: StageTraining): void {
    const m = initModel(Int32Array.from(sizes), ref, o.seed + 20, problem.normalization);
    const small: NonNullable<Report["small"]> = { sizes, params: paramCount(sizes), stages: [] };
    const run = (name: string, d: TrainData, loss: Loss, how: StageTraining) => {
      const s0 = performance.now();
      log(`small network ${sizes.join("-")}: ${name}`);
      train(F, m, d, schedule(loss, how, o.seed + 30 + small.stages.length), undefined, o.shouldStop);
      const r2 = evaluate(m);
      small.stages.push({ name, r2, seconds: (performance.now() - s0) / 1000 });
      log(`  R² values ${r2.values.toFixed(6)}  deltas ${r2.deltas.toFixed(6)}  gammas ${r2.gammas.toFixed(6)}`);
    };
    run("plain", ref, "plain", scale.fineTune);
    run("sobolev-nn", nn, "sobolev", scale.sobolev);
    if (ref.hessian) {
      // the last stage's first-order twin, from the same start
      const twin = cloneModel(m), s0 = performance.now();
      train(F, twin, ref, schedule("sobolev", last, o.seed + 30 + small.stages.length), undefined, o.shouldStop);
      small.firstOrder = { r2: evaluate(twin), seconds: (performance.now() - s0) / 1000 };
      log(`  (small network, last stage with the first-order loss: R² values ${small.firstOrder.r2.values.toFixed(6)}  deltas ${small.firstOrder.r2.deltas.toFixed(6)}  gammas ${small.firstOrder.r2.gammas.toFixed(6)})`);
    }
    run(ref.hessian ? "sobolev-second-order" : "sobolev-reference", ref, ref.hessian ? "second-order" : "sobolev", last);
    if (scale.polish && !ref.hessian) {
      const s0 = performance.now();
      log(`small network ${sizes.join("-")}: polished`);
      polish(F, m, ref, { loss: "sobolev", iterations: scale.polish, threads: o.threads ?? 1, functionsModule: mlpFunctionsModule, precision: "f32", shouldStop: o.shouldStop });
      const r2 = evaluate(m);
      small.stages.push({ name: "polished", r2, seconds: (performance.now() - s0) / 1000 });
      log(`  R² values ${r2.values.toFixed(6)}  deltas ${r2.deltas.toFixed(6)}  gammas ${r2.gammas.toFixed(6)}`);
    }
    report.small = small;
    flush();
  }
}

export function cloneModel(m: SurrogateModel): SurrogateModel {
  return { sizes: m.sizes.slice(), params: m.params.slice(), norm: { ...m.norm }, meta: { ...m.meta } };
}
