/**
 * One size of ADBench's GMM (gmm.ts): its data, and the objective's and the generated gradient's time
 * per call, measured in one run. bench/gmm/run.ts (`npm run bench:gmm`, with the tape and the
 * checkpointed gradient) and bench/run.ts (`npm run bench`, the ratios beside the MLP's) use it.
 */
import { Rng } from "../../runtime/random.js";
import { timePerCall } from "../timing.js";
import { gmmObjective } from "./gmm.js";
import { gmmObjective_adjoint } from "./generated/gmm.adjoint.js";

/** ADBench's (d, K) sizes the benches report. */
export const GMM_SIZES = [[2, 5], [10, 25], [64, 10]] as const;

/** Seeded data for d dimensions, k components, n points, and the calls to time (the gradient into `gradients`). */
export function gmmCase(d: number, k: number, n: number) {
  const rng = new Rng(d * 100 + k);
  const lSize = (d * (d - 1)) / 2;
  const alpha = Float64Array.from({ length: k }, () => rng.normal());
  const mu = Float64Array.from({ length: k * d }, () => rng.uniform());
  const q = Float64Array.from({ length: k * d }, () => 0.1 * rng.normal());
  const l = Float64Array.from({ length: k * lSize }, () => 0.1 * rng.normal());
  const x = Float64Array.from({ length: n * d }, () => rng.normal());
  const grads = () => [new Float64Array(k), new Float64Array(k * d), new Float64Array(k * d), new Float64Array(k * lSize)] as const;
  const data = [d, k, n, alpha, mu, q, l, x, 1, 0, 0] as const;
  const gradients = grads();
  return {
    data, grads,
    objective: () => void gmmObjective(...data),
    gradient: () => void gmmObjective_adjoint(...data, ...gradients, 1),
    gradients,
  };
}

/** How long the GMM benches time each call (the quick smoke version: shorter). */
export const gmmTiming = (quick: boolean) => ({ blocks: quick ? 3 : 7, minBlockMs: quick ? 20 : 100, warmupMs: quick ? 50 : 300 });

/** Milliseconds per call of the objective and of the gradient, and their ratio (ADBench's gradient/objective column). */
export function gmmTimes(c: ReturnType<typeof gmmCase>, quick: boolean): { objective_ms: number; gradient_ms: number; gradient_over_objective: number } {
  const opts = gmmTiming(quick);
  const objectiveMs = timePerCall(c.objective, opts) * 1e3;
  const gradientMs = timePerCall(c.gradient, opts) * 1e3;
  return { objective_ms: +objectiveMs.toPrecision(4), gradient_ms: +gradientMs.toPrecision(4), gradient_over_objective: +(gradientMs / objectiveMs).toFixed(2) };
}
