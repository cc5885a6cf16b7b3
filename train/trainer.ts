/** Minibatch training with Adam, plain or Sobolev loss; seeded; stops with a located error on NaN. */
import { Rng } from "../runtime/random.js";
import { activationCount, glorotNormal, paramCount } from "./mlp.js";
import { Adam } from "./adam.js";
import { DEFAULT_PRECISION, lossGradient, workspace, type Backend, type Loss, type Precision } from "./gradients.js";
import { batchDirections, DEFAULT_DIRECTIONS, type DirectionOptions } from "./second-order.js";
import { derivativeWeights } from "./sobolev-terms.js";
import type { SurrogateModel } from "./model.js";
import { fitNormalization, sharedNormalization, type SurrogateFunctions } from "./surrogate.js";
import { GradientPool, type FunctionsModule } from "./parallel.js";

export interface TrainOptions {
  loss: Loss;
  /** The second-order loss's directions per batch (default: DEFAULT_DIRECTIONS). */
  directions?: DirectionOptions;
  epochs: number;
  batchSize: number;
  batchesPerEpoch: number;
  lr: number;
  /** Learning rate at the last step (default: lr, constant): decays exponentially from lr to lrEnd. */
  lrEnd?: number;
  seed: number;
  /** Threads for the gradients (default 1): with more, worker threads load `functionsModule`. */
  threads?: number;
  functionsModule?: FunctionsModule;
  /** Gradients on the surrogate's SIMD build when it has one ("auto", the default), or on its TypeScript variants ("js"). */
  backend?: Backend;
  /** The SIMD build's precision (default DEFAULT_PRECISION): float32 kernels, or float64. */
  precision?: Precision;
  /**
   * The Sobolev losses' weights of each input's derivative residuals: "equal" (1 each, the
   * authors'), "balanced" (Huge & Savine's 1/mean(d_j²), sobolev-terms.ts: derivativeWeights), or given.
   */
  derivativeWeights?: "equal" | "balanced" | Float64Array;
}

export interface TrainData {
  n: number;
  count: number;
  x: Float64Array;
  y: Float64Array;
  dydx: Float64Array;
  /** Hessian labels (count × n × n), for the second-order loss. */
  hessian?: Float64Array;
}

export interface Progress {
  epoch: number;
  batch: number;
  loss: number;
  /** Mean loss over the epoch so far. */
  epochLoss: number;
}

/** Thrown between batches when `shouldStop` says so (Ctrl-C); the model holds the last completed step. */
export class TrainingInterrupted extends Error {
  constructor(readonly epoch: number, readonly batch: number) {
    super(`interrupted at epoch ${epoch}, batch ${batch}`);
    this.name = "TrainingInterrupted";
  }
}

export class TrainingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TrainingError";
  }
}

/**
 * A fresh model: Glorot-normal weights, normalisation fitted to the data — per input (default), or
 * "shared": one mean and deviation over every x entry, the authors' scheme for inputs alike (spots).
 */
export function initModel(sizes: Int32Array, data: TrainData, seed: number, normalization: "per-input" | "shared" = "per-input"): SurrogateModel {
  let norm = fitNormalization(data.x, data.y, data.n);
  if (normalization === "shared") {
    // every x entry as one column
    const all = fitNormalization(data.x, new Float64Array(data.x.length), 1);
    norm = sharedNormalization(all.xMean[0]!, all.xStd[0]!, norm.yMean, norm.yStd, data.n);
  }
  return { sizes, params: glorotNormal(sizes, new Rng(seed)), norm, meta: {} };
}

/** Train `model` in place; returns the mean loss of every epoch. */
export function train(f: SurrogateFunctions, model: SurrogateModel, data: TrainData, o: TrainOptions, onProgress?: (p: Progress) => void, shouldStop?: () => boolean): number[] {
  const { n, count } = data;
  const { x, y, d, h } = standardised(model, data);
  if (o.loss === "second-order" && !h) throw new TrainingError("the second-order loss needs Hessian labels (data.hessian)");
  const directions = o.directions ?? DEFAULT_DIRECTIONS;
  const lambda = o.derivativeWeights === "balanced" ? derivativeWeights(d, n) : o.derivativeWeights instanceof Float64Array ? o.derivativeWeights : undefined;
  // the directions' own stream, so that they do not shift the batches'
  const dirRng = new Rng(o.seed + 7919);
  const nP = paramCount(model.sizes);
  if (model.params.length !== nP) throw new TrainingError(`model has ${model.params.length} parameters, its sizes need ${nP}`);
  const ws = workspace(nP, activationCount(model.sizes), n);
  const grad = new Float64Array(nP);
  const rng = new Rng(o.seed);
  const order = Int32Array.from({ length: count }, (_, i) => i);
  let cursor = count;
  const index = new Int32Array(Math.min(o.batchSize, count));
  const history: number[] = [];
  const threads = Math.max(1, Math.min(o.threads ?? 1, index.length));
  if (threads > 1 && !o.functionsModule) throw new TrainingError("training on several threads needs functionsModule (where the workers import the generated functions from)");
  const pool = threads > 1 ? new GradientPool(f, o.functionsModule!, { n, count, nParams: nP, nAct: activationCount(model.sizes), sizes: model.sizes, backend: o.backend ?? "auto", precision: o.precision ?? DEFAULT_PRECISION, maxDirections: directions.count }, { x, y, d, ...(h ? { h } : {}), ...(lambda ? { lambda } : {}) }, threads, o.lr) : undefined;
  // on several threads the pool's optimizer, whose update every thread applies to a slice
  const adam = pool ? pool.adam : new Adam(nP, o.lr);
  try {
    trainLoop();
  } finally {
    pool?.close();
  }
  return history;

  function trainLoop(): void {
    for (let e = 1; e <= o.epochs; e++) {
      let sum = 0;
      for (let b = 1; b <= o.batchesPerEpoch; b++) {
        if (shouldStop?.()) throw new TrainingInterrupted(e, b);
        for (let k = 0; k < index.length; k++) {
          if (cursor >= count) {
            for (let i = count - 1; i > 0; i--) { const j = rng.int(0, i); const t = order[i]!; order[i] = order[j]!; order[j] = t; }
            cursor = 0;
          }
          index[k] = order[cursor++]!;
        }
        const dirs = o.loss === "second-order" ? batchDirections(directions, dirRng, d, index, n) : undefined;
        if (o.lrEnd !== undefined) adam.lr = o.lr * (o.lrEnd / o.lr) ** (((e - 1) * o.batchesPerEpoch + b - 1) / Math.max(1, o.epochs * o.batchesPerEpoch - 1));
        // the pool's step updates the parameters itself, unless the loss is not finite
        const loss = pool ? pool.step(o.loss, model.params, index, ws, dirs, directions.weight)[0]
          : lossGradient(o.loss, f, model.params, model.sizes, { x, y, d, h, dirs, hessianWeight: directions.weight, derivativeWeights: lambda, index }, grad, ws, o.backend, o.precision)[0];
        if (!Number.isFinite(loss)) throw new TrainingError(`loss is ${loss} at epoch ${e}, batch ${b}: training stopped (try a smaller learning rate, or check the data for NaN)`);
        if (!pool) adam.step(model.params, grad);
        sum += loss;
        onProgress?.({ epoch: e, batch: b, loss, epochLoss: sum / b });
      }
      history.push(sum / o.batchesPerEpoch);
    }
  }
}

/** The data in the model's units: inputs and targets standardised, derivative targets scaled by σx_j/σy (Hessians by σx_i·σx_j/σy). */
export function standardised(model: SurrogateModel, data: TrainData): { x: Float64Array; y: Float64Array; d: Float64Array; h?: Float64Array } {
  const { n } = data;
  const { xMean, xStd, yMean, yStd } = model.norm;
  return {
    x: data.x.map((v, k) => (v - xMean[k % n]!) / xStd[k % n]!),
    y: data.y.map((v) => (v - yMean) / yStd),
    d: data.dydx.map((v, k) => (v * xStd[k % n]!) / yStd),
    ...(data.hessian ? { h: data.hessian.map((v, k) => (v * xStd[Math.floor(k / n) % n]! * xStd[k % n]!) / yStd) } : {}),
  };
}

/** Check training data for NaN/∞, naming the first bad entry. */
export function validateData(data: TrainData, what = "training data"): void {
  for (const [name, arr, width] of [["x", data.x, data.n], ["y", data.y, 1], ["dydx", data.dydx, data.n], ["hessian", data.hessian ?? new Float64Array(), data.n * data.n]] as const) {
    const i = arr.findIndex((v) => !Number.isFinite(v));
    if (i >= 0) throw new TrainingError(`${what}: ${name} of sample ${Math.floor(i / width)} is ${arr[i]} (component ${i % width})`);
  }
}
