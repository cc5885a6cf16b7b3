/**
 * The pipeline's problem and report (pipeline.ts runs it, report.ts writes it): what is fitted and
 * measured, and what report.json holds.
 */
import type { AblationRow } from "./ablation.js";
import type { R2 } from "./model.js";
import type { TrainData } from "./trainer.js";

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
