/**
 * One run of the pipeline (pipeline.ts): what its stages (stages.ts) share — the problem and
 * options, the data sets as they are made, the models of the stages so far, the report and its
 * files, the evaluation on the test set, the trainer's options for a schedule, and the seeds.
 */
import { mkdirSync } from "node:fs";
import * as path from "node:path";
import { DEFAULT_PRECISION, type Loss } from "./gradients.js";
import { mlpFunctions as F, mlpFunctionsModule } from "./mlp-surrogate.js";
import { paramCount } from "./mlp.js";
import { evaluateModel, r2Triple, saveModel, type R2, type SurrogateModel } from "./model.js";
import type { PipelineOptions, Problem, Report, Scale, StageReport, StageTraining } from "./problem.js";
import { writeReport } from "./report.js";
import { DEFAULT_DIRECTIONS } from "./second-order.js";
import type { NeuronSignificance } from "./significance.js";
import { train, TrainingInterrupted, validateData, type TrainData, type TrainOptions } from "./trainer.js";

/**
 * The seeds of a run: each use of randomness draws from its own stream, `seed + offset`, so that
 * adding a stage or an option does not shift the numbers of the others.
 */
export const SEEDS = {
  /** The training samples. */ data: 1,
  /** The test set (sobolev fit). */ test: 2,
  /** The oversized network's initialisation. */ init: 3,
  /** The last stage's fresh reference samples. */ reference: 4,
  /** The plots' Monte Carlo truth (sobolev fit). */ plots: 5,
  /** The model's probe for NaN (sobolev fit). */ probe: 6,
  /** A stage's batches: this plus the stage's number among the report's stages. */ stage: 10,
  /** The smallest network's initialisation. */ small: 20,
  /** Its stages' batches: this plus its stage's number. */ smallStage: 30,
  /** A prune step's short fine-tuning: this plus the step. */ pruneStep: 100,
} as const;

export class PipelineRun {
  readonly scale: Scale;
  readonly log: (line: string) => void;
  readonly report: Report;
  readonly models = new Map<string, SurrogateModel>();
  /** The training samples (within a budget: all the samples there are). */
  readonly data: TrainData;
  /** What the stages hand on: the oversized network, the pruned one, its R² before fine-tuning, significances, the NN data, the reference samples. */
  oversized?: SurrogateModel;
  pruned?: SurrogateModel;
  prunedR2?: R2;
  significance?: NeuronSignificance[];
  nnData?: TrainData;
  referenceData?: TrainData;
  /** The last stage's model. */
  latest?: SurrogateModel;
  private readonly t0: number;
  private peak = process.memoryUsage().rss;

  constructor(readonly problem: Problem, readonly o: PipelineOptions, private readonly stageCount: number) {
    this.scale = o.scale;
    this.log = o.log ?? (() => {});
    mkdirSync(o.out, { recursive: true });
    this.t0 = o.startedAt ?? performance.now();
    const budget = o.budget;
    this.data = problem.simulate(budget ?? this.scale.samples, this.seed("data"), 1, budget !== undefined);
    validateData(this.data);
    if (budget !== undefined && !this.data.hessian) throw new Error("a data budget's second-order stage needs Hessian labels, which this problem does not give");
    const directions = o.directions ?? DEFAULT_DIRECTIONS;
    this.report = {
      config: {
        scale: o.scaleName, seed: o.seed, pruneSteps: o.pruneSteps ?? 1, r2Floor: o.r2Floor ?? null, threads: o.threads ?? 1, precision: o.precision ?? DEFAULT_PRECISION, ...this.scale, n: problem.n, ...problem.config,
        ...(budget !== undefined ? { budget, samples: budget, referenceSamples: budget, directions, hessianLabels: problem.hessianLabels ?? null } : {}),
      },
      seconds: 0, status: "running", peakRssMB: 0, stages: [],
    };
  }

  /** The seed of one use (SEEDS), plus `k` (a stage's or step's number). */
  seed(use: keyof typeof SEEDS, k = 0): number {
    return this.o.seed + SEEDS[use] + k;
  }

  /** The trainer's options for a stage's schedule, on every thread the run has. */
  schedule(loss: Loss, how: StageTraining, seed: number): TrainOptions {
    return {
      loss, epochs: how.epochs, batchSize: how.batch, batchesPerEpoch: how.batches, lr: how.lr, lrEnd: how.lrEnd, seed,
      directions: this.o.directions ?? DEFAULT_DIRECTIONS, ...this.parallel(),
    };
  }

  parallel(): { threads: number; functionsModule: typeof mlpFunctionsModule; precision: NonNullable<PipelineOptions["precision"]> } {
    return { threads: this.o.threads ?? 1, functionsModule: mlpFunctionsModule, precision: this.o.precision ?? DEFAULT_PRECISION };
  }

  /** R² of values, deltas and gammas on the problem's test set. */
  evaluate(m: SurrogateModel): R2 {
    return r2Triple(evaluateModel(F, m, this.problem.test.x, this.problem.direction, this.problem.divisor), this.problem.test);
  }

  /** The report and plots as they stand, with the time and peak memory so far. */
  flush(): void {
    this.report.seconds = (performance.now() - this.t0) / 1000;
    // maxRSS: the true peak (kB), worker threads included
    this.peak = Math.max(this.peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    this.report.peakRssMB = Math.round(this.peak / 1e5) / 10;
    writeReport(this.o.out, this.report, this.problem, this.models);
  }

  /** A training stage: `m` trained in place on `d`, evaluated, saved and reported as `name`. */
  train(name: string, m: SurrogateModel, d: TrainData, loss: Loss, how: StageTraining, extra: Partial<StageReport> = {}): SurrogateModel {
    this.announce(name, `${loss} loss, ${[...m.sizes].join("-")}, ${paramCount(m.sizes)} parameters`);
    const s0 = performance.now();
    const total = how.epochs * how.batches;
    const hist = this.interruptible(name, () => train(F, m, d, this.schedule(loss, how, this.seed("stage", this.report.stages.length)), (p) => {
      const done = (p.epoch - 1) * how.batches + p.batch;
      const el = (performance.now() - s0) / 1000;
      if (p.batch === how.batches) this.peak = Math.max(this.peak, process.memoryUsage().rss);
      this.o.onProgress?.(name, p, how, (el / done) * (total - done));
    }, this.o.shouldStop));
    return this.finish(name, m, { seconds: (performance.now() - s0) / 1000, loss: hist, ...extra });
  }

  /** "stage k/N: name (what)". */
  announce(name: string, what: string): void {
    this.log(`stage ${this.report.stages.length + 1}/${this.stageCount}: ${name} (${what})`);
  }

  /** `work`, with an interruption (Ctrl-C) recorded in the report before it goes on up. */
  interruptible<T>(name: string, work: () => T): T {
    try {
      return work();
    } catch (e) {
      if (!(e instanceof TrainingInterrupted)) throw e;
      this.report.status = "interrupted";
      this.report.interruptedDuring = name;
      this.flush();
      throw e;
    }
  }

  /** A stage's model evaluated, saved as `<name>.json` and reported. */
  finish(name: string, m: SurrogateModel, stage: Partial<StageReport> & { seconds: number; loss: number[] }, meta: Record<string, unknown> = {}): SurrogateModel {
    const r2 = this.evaluate(m);
    this.report.stages.push({ name, params: paramCount(m.sizes), sizes: [...m.sizes], r2, ...stage });
    m.meta = { ...m.meta, stage: name, r2, ...meta };
    this.models.set(name, m);
    this.latest = m;
    saveModel(path.join(this.o.out, `${name}.json`), m);
    this.o.onStage?.(name, m);
    this.flush();
    this.log(`  R² values ${r2.values.toFixed(6)}  deltas ${r2.deltas.toFixed(6)}  gammas ${r2.gammas.toFixed(6)}`);
    return m;
  }

  complete(): void {
    this.report.status = "complete";
    this.flush();
  }
}
