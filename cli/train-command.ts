/**
 * `sobolev train`: train the MLP surrogate on the Bachelier basket of the case study, with the plain
 * or the Sobolev loss, and print the R² of values, deltas and basket gammas on the analytic test set.
 */
import { SingleBar } from "cli-progress";
import { basketPayoff_adjoint } from "../models/generated/bachelier.adjoint.js";
import { makeMarket, simulate, testSet } from "../models/bachelier.js";
import { mlpFunctions, mlpFunctionsModule } from "../train/mlp-surrogate.js";
import { mlpSizes, paramCount } from "../train/mlp.js";
import { evaluateModel, r2Triple, saveModel } from "../train/model.js";
import { initModel, train, TrainingError, validateData } from "../train/trainer.js";
import { dataBox } from "../train/significance.js";
import { outputFile, threadCount } from "./errors.js";
import { DEFAULT_PRECISION, type Precision } from "../train/gradients.js";

export interface TrainCommandOptions {
  loss: "plain" | "sobolev";
  width: number;
  depth: number;
  epochs: number;
  batch: number;
  batches: number;
  samples: number;
  test: number;
  lr: number;
  seed: number;
  /** Training threads (default 1). */
  threads?: number;
  /** "simd" (default): the SIMD build; "js": the TypeScript variants. */
  backend?: "simd" | "js";
  /** The SIMD build's precision (default DEFAULT_PRECISION). */
  precision?: Precision;
  out?: string;
  json?: boolean;
}

export function trainCommand(o: TrainCommandOptions, log = console.log, error = console.error): number {
  if (o.out) outputFile(o.out); // before the work, not after it
  const threads = threadCount(o.threads ?? 1, error);
  const market = makeMarket(o.seed);
  const data = simulate(market, o.samples, o.seed + 1, basketPayoff_adjoint);
  const ts = testSet(market, o.test, o.seed + 2);
  validateData(data);
  const model = initModel(mlpSizes(market.n, o.width, o.depth), data, o.seed + 3, "shared");
  const total = o.epochs * o.batches;
  const tty = process.stderr.isTTY === true && !o.json;
  const bar = tty ? new SingleBar({ format: "epoch {epoch}/{epochs} |{bar}| {percentage}% | loss {loss} | ETA {eta_formatted}", hideCursor: true, etaBuffer: 50 }) : undefined;
  const t0 = performance.now();
  bar?.start(total, 0, { epoch: 1, epochs: o.epochs, loss: "…" });
  let last = 0;
  try {
    train(mlpFunctions, model, data, { loss: o.loss, epochs: o.epochs, batchSize: o.batch, batchesPerEpoch: o.batches, lr: o.lr, seed: o.seed + 4, threads, functionsModule: mlpFunctionsModule, backend: o.backend === "js" ? "js" : "auto", precision: o.precision ?? DEFAULT_PRECISION }, (p) => {
      const done = (p.epoch - 1) * o.batches + p.batch;
      bar?.update(done, { epoch: p.epoch, loss: p.epochLoss.toExponential(3) });
      // without a terminal: the first epoch, then at most 20 lines
      if (!tty && !o.json && p.batch === o.batches && (p.epoch === 1 || p.epoch % Math.ceil(o.epochs / 20) === 0 || p.epoch === o.epochs)) {
        const el = (performance.now() - t0) / 1000, eta = (el / done) * (total - done);
        error(`epoch ${p.epoch}/${o.epochs}  loss ${p.epochLoss.toExponential(3)}  ${el.toFixed(0)} s elapsed, ETA ${eta.toFixed(0)} s`);
      }
      last = p.epochLoss;
    });
  } catch (e) {
    bar?.stop();
    if (e instanceof TrainingError) {
      error(`sobolev train: ${e.message}`);
      return 1;
    }
    throw e;
  }
  bar?.stop();
  const seconds = (performance.now() - t0) / 1000;
  const r2 = r2Triple(evaluateModel(mlpFunctions, model, ts.x, market.w), ts);
  const box = dataBox(data.x, market.n);
  model.meta = { inputBox: { lo: [...box.lo], hi: [...box.hi] }, loss: o.loss, epochs: o.epochs, batchSize: o.batch, batchesPerEpoch: o.batches, samples: o.samples, lr: o.lr, seed: o.seed, seconds, finalLoss: last, r2 };
  if (o.out) saveModel(o.out, model);
  const result = { loss: o.loss, sizes: [...model.sizes], params: paramCount(model.sizes), seconds, stepMs: (seconds * 1000) / (o.epochs * o.batches), r2 };
  if (o.json) log(JSON.stringify(result, null, 2));
  else {
    log(`${o.loss} training of ${[...model.sizes].join("-")} (${result.params} parameters): ${seconds.toFixed(1)} s, ${result.stepMs.toFixed(1)} ms per step`);
    log(`R² on ${o.test} test points: values ${r2.values.toFixed(6)}  deltas ${r2.deltas.toFixed(6)}  gammas ${r2.gammas.toFixed(6)}`);
    if (o.out) log(`model written to ${o.out}`);
  }
  return 0;
}
