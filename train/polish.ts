/**
 * A full-batch polish of a small network: L-BFGS (lbfgs.ts) on the plain or Sobolev loss over the
 * whole training set, after minibatch Adam. A network of a few hundred parameters is a small
 * least-squares problem; Adam's minibatch noise (the labels are Monte Carlo estimates) keeps it a
 * little away from the data's optimum, which a deterministic quasi-Newton method reaches. The
 * gradients come from the same generated code as training (float64 kernels, every core).
 */
import { lossGradient, workspace, type Loss, type Precision } from "./gradients.js";
import { lbfgs, type LbfgsResult } from "./lbfgs.js";
import { activationCount, paramCount } from "./mlp.js";
import type { SurrogateModel } from "./model.js";
import { GradientPool, type FunctionsModule } from "./parallel.js";
import { derivativeWeights } from "./sobolev-terms.js";
import type { SurrogateFunctions } from "./surrogate.js";
import { standardised, TrainingError, TrainingInterrupted, type TrainData } from "./trainer.js";

export interface PolishOptions {
  loss: Exclude<Loss, "second-order">;
  iterations: number;
  threads?: number;
  functionsModule?: FunctionsModule;
  derivativeWeights?: "equal" | "balanced";
  /**
   * The kernels' precision (default f64). With f32 (twice as fast), a line search that float32's
   * rounding stalls hands the remaining iterations to the f64 kernels.
   */
  precision?: Precision;
  /** Called after each iteration with the full-batch loss. */
  onIteration?: (k: number, loss: number) => void;
  shouldStop?: () => boolean;
}

/** Polish `model` in place; returns the optimizer's result (the loss before and after in `start`, `f`). */
export function polish(f: SurrogateFunctions, model: SurrogateModel, data: TrainData, o: PolishOptions): LbfgsResult & { start: number } {
  const first = polishWith(f, model, data, o, o.precision ?? "f64", o.iterations, 0);
  if (first.stopped !== "line search" || (o.precision ?? "f64") === "f64" || first.iterations >= o.iterations) return first;
  const rest = polishWith(f, model, data, o, "f64", o.iterations - first.iterations, first.iterations);
  return { ...rest, iterations: first.iterations + rest.iterations, evaluations: first.evaluations + rest.evaluations, start: first.start };
}

function polishWith(f: SurrogateFunctions, model: SurrogateModel, data: TrainData, o: PolishOptions, precision: Precision, iterations: number, done: number): LbfgsResult & { start: number } {
  const { n, count } = data;
  const s = standardised(model, data);
  const lambda = o.loss === "sobolev" && o.derivativeWeights === "balanced" ? derivativeWeights(s.d, n) : undefined;
  const nP = paramCount(model.sizes);
  const ws = workspace(nP, activationCount(model.sizes), n);
  const index = Int32Array.from({ length: count }, (_, i) => i);
  const threads = Math.max(1, Math.min(o.threads ?? 1, count));
  if (threads > 1 && !o.functionsModule) throw new TrainingError("polishing on several threads needs functionsModule");
  const pool = threads > 1 ? new GradientPool(f, o.functionsModule!, { n, count, nParams: nP, nAct: activationCount(model.sizes), sizes: model.sizes, backend: "auto", precision }, { x: s.x, y: s.y, d: s.d, ...(lambda ? { lambda } : {}) }, threads, 0) : undefined;
  let start = NaN;
  try {
    const objective = (p: Float64Array, g: Float64Array): number => {
      if (o.shouldStop?.()) throw new TrainingInterrupted(0, 0);
      const loss = pool ? pool.meanGradient(o.loss, p, index, ws, g)[0]
        : lossGradient(o.loss, f, p, model.sizes, { x: s.x, y: s.y, d: s.d, derivativeWeights: lambda, index }, g, ws, "auto", precision)[0];
      if (Number.isNaN(start)) start = loss;
      return loss;
    };
    const r = lbfgs(objective, model.params, { iterations, onIteration: (k, v) => { o.onIteration?.(done + k, v); } });
    return { ...r, start };
  } finally {
    pool?.close();
  }
}
