/**
 * The pipeline's problem and report (pipeline.ts runs it, report.ts writes it): what is fitted and
 * measured, and what report.json holds.
 */
import type { AblationRow } from "./ablation.js";
import type { Loss, Precision } from "./gradients.js";
import type { R2, SurrogateModel } from "./model.js";
import type { DirectionOptions } from "./second-order.js";
import type { Progress, TrainData } from "./trainer.js";

/** Where the plots look: B points (row-major, B × n) along a line, with their axis values and, where known, the truth. */
export interface Slice {
  /** The x-axis label ("basket value b (spots S = b·1)"). */
  label: string;
  axis: Float64Array;
  points: Float64Array;
  /** Delta is plotted as ∇V·u. */
  deltaDirection: Float64Array;
  deltaLabel: string;
  gammaLabel: string;
  /** The gamma plotted is dᵀ∇²V d along this (default: the problem's `direction`, over its divisor). */
  gammaDirection?: Float64Array;
  truth?: { name: string; price: number[]; delta: number[]; gamma: number[] };
}

/** What the pipeline is fitted to and measured on. */
export interface Problem {
  /** The report's heading. */
  title: string;
  /** Inputs of the surrogate. */
  n: number;
  /**
   * Training samples (x, y, dy/dx) for `count` samples (labels averaged over `pairs` paths where the
   * problem can; with `hessian`, second-order labels too, for a data budget's last stage).
   */
  simulate(count: number, seed: number, pairs?: number, hessian?: boolean): TrainData;
  /** What the Hessian labels are (for the report), if the problem has them. */
  hessianLabels?: string;
  /** The test set: inputs and true values, deltas and gammas (second derivatives along `direction`). */
  test: { x: Float64Array; price: Float64Array; delta: Float64Array; gamma: Float64Array };
  /** Where the gammas are taken: dᵀHd / divisor. */
  direction: Float64Array;
  divisor: number;
  /** What the test set's truth is ("the analytic test set", "the closed form exact(x)", "Monte Carlo, ±se"). */
  truth: string;
  /** Published numbers per stage to print beside ours (the case study's seed slides). */
  baseline?: { name: string; r2: Record<string, R2> };
  /** The 1-D slice the plots follow. */
  slice: Slice;
  /** Slices along each input's axis through the box's centre (axis-<k>.svg: price, that input's delta and its own second derivative). */
  axes?: Slice[];
  /** How the networks standardise their inputs (default per input; "shared": one mean and deviation for all, for inputs alike). */
  normalization?: "per-input" | "shared";
  /** Extra fields for report.json's config. */
  config: Record<string, unknown>;
}

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
  /** With a budget: the last stage trained with the first-order loss instead, from the same start, same epochs. */
  comparison?: { firstOrder: { name: string; r2: R2; seconds: number }; secondOrder: { name: string; r2: R2; seconds: number } };
  /** --ablation: pruning criteria compared (ablation.ts). */
  ablation?: { pruning: AblationRow[]; fineTuneEpochs: number };
  /** The small network's stages (PipelineOptions.small). */
  small?: { sizes: number[]; params: number; stages: Array<{ name: string; r2: R2; seconds: number }>; firstOrder?: { r2: R2; seconds: number } };
  /** The pruning schedule: one entry per prune step (R² after the step's short fine-tuning). */
  pruning?: PruneStep[];
  stages: StageReport[];
}

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
