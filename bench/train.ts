/**
 * Our training step (batch of 256 on the 7 → 6×128 SiLU → 1 MLP, Adam included), plain and
 * Sobolev, on all cores, with the SIMD kernels of one precision: medians of the step times train()
 * reports through its progress callback, after warm-up steps (which include starting the worker
 * threads).
 */
import { availableParallelism } from "node:os";
import { mlpFunctions, mlpFunctionsModule } from "../train/mlp-surrogate.js";
import { mlpSizes } from "../train/mlp.js";
import { Rng } from "../runtime/random.js";
import { initModel, train } from "../train/trainer.js";
import { simdBuild, type Precision } from "../train/gradients.js";
import { median } from "./timing.js";

export interface TrainBench {
  plain_step_ms: number;
  sobolev_step_ms: number;
  threads: number;
  /** Where the gradients ran: "simd" (the SIMD build) or "js" (the TypeScript variants). */
  backend: "simd" | "js";
}

export function benchTrain(quick: boolean, precision: Precision): TrainBench {
  const [width, depth, batch] = quick ? [32, 2, 64] : [128, 6, 256];
  const warm = quick ? 2 : 12, steps = quick ? 4 : 20; // warm-up: worker start and each thread's JIT
  const n = 7, count = 4 * batch, rng = new Rng(5);
  const x = Float64Array.from({ length: count * n }, () => rng.normal());
  const y = Float64Array.from({ length: count }, () => rng.normal());
  const dydx = Float64Array.from({ length: count * n }, () => rng.normal());
  const data = { n, count, x, y, dydx };
  const threads = availableParallelism();
  const step = (loss: "plain" | "sobolev"): number => {
    const model = initModel(mlpSizes(n, width, depth), data, 1);
    const stamps: number[] = [];
    let last = performance.now();
    train(mlpFunctions, model, data, { loss, epochs: 1, batchSize: batch, batchesPerEpoch: warm + steps, lr: 1e-4, seed: 2, threads, functionsModule: mlpFunctionsModule, precision }, () => {
      const now = performance.now();
      stamps.push(now - last);
      last = now;
    });
    return median(stamps.slice(warm));
  };
  return { plain_step_ms: step("plain"), sobolev_step_ms: step("sobolev"), threads, backend: simdBuild(mlpFunctions, precision) ? "simd" : "js" };
}
