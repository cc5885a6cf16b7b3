/**
 * The measurements behind the second-order defaults (README: "Second-order Sobolev training"): the
 * last stage of a budget run retrained from its `sobolev-nn` model with different second-order
 * labels and weights, on the same 8192 samples, against the analytic test set.
 *
 *   npm start -- --scale quick --budget 8192 --out out/budget      # once: the starting model
 *   npx tsx examples/second-order-study.ts --from out/budget [--threads 2]
 */
import { parseArgs } from "node:util";
import { basketPayoff_adjoint } from "../models/generated/bachelier.adjoint.js";
import { smoothBasketPayoff_adjoint_tangent } from "../models/generated/bachelier.adjoint_tangent.js";
import { makeMarket, simulate, testSet } from "../models/bachelier.js";
import { activationCount } from "../train/mlp.js";
import { mlpFunctions, mlpFunctionsModule } from "../train/mlp-surrogate.js";
import { evaluateModel, loadModel, r2Triple, type SurrogateModel } from "../train/model.js";
import type { DirectionOptions } from "../train/second-order.js";
import { train, type TrainData } from "../train/trainer.js";

const { values } = parseArgs({ options: { from: { type: "string", default: "out/budget" }, threads: { type: "string", default: "2" } } });
const threads = Number(values.threads);
const market = makeMarket(1), n = market.n, budget = 8192;
const ts = testSet(market, 4096, 3);
const divisor = market.w.reduce((a, v) => a + v * v, 0) ** 2;
const start = () => loadModel(`${values.from}/sobolev-nn.json`);

/** The Hessians of a network at the samples' inputs (original units): "NN data" second-order labels. */
function networkHessians(big: SurrogateModel, x: Float64Array): Float64Array {
  const count = x.length / n, H = new Float64Array(count * n * n), nA = activationCount(big.sizes);
  const act = new Float64Array(nA), actB = new Float64Array(nA), actD = new Float64Array(nA), actBD = new Float64Array(nA);
  const xn = new Float64Array(n), xB = new Float64Array(n), e = new Float64Array(n), xBD = new Float64Array(n), out = new Float64Array(2);
  const { xMean, xStd, yStd } = big.norm;
  for (let s = 0; s < count; s++) {
    for (let i = 0; i < n; i++) xn[i] = (x[s * n + i]! - xMean[i]!) / xStd[i]!;
    for (let j = 0; j < n; j++) {
      e.fill(0); e[j] = 1; xB.fill(0); xBD.fill(0); actB.fill(0); actBD.fill(0);
      mlpFunctions.adjointTangent(big.params, xn, act, big.sizes, xB, actB, 1, e, actD, xBD, actBD, out);
      for (let i = 0; i < n; i++) H[s * n * n + i * n + j] = (yStd / (xStd[i]! * xStd[j]!)) * xBD[i]!;
    }
  }
  return H;
}

function run(label: string, data: TrainData, loss: "sobolev" | "second-order", directions?: DirectionOptions): void {
  const m = start(), t0 = performance.now();
  train(mlpFunctions, m, data, { loss, directions, epochs: 300, batchSize: 256, batchesPerEpoch: 64, lr: 1e-3, lrEnd: 1e-6, seed: 14, threads, functionsModule: mlpFunctionsModule });
  const r = r2Triple(evaluateModel(mlpFunctions, m, ts.x, market.w, divisor), ts);
  console.log(`| ${label} | ${r.values.toFixed(6)} / ${r.deltas.toFixed(6)} / ${r.gammas.toFixed(6)} | ${((performance.now() - t0) / 1000).toFixed(0)} s |`);
}

console.log("| last stage (300 epochs from sobolev-nn, budget 8192) | R² values / deltas / gammas | time |\n|---|---|---|");
const smoothed = (width: number) => simulate(market, budget, 2, basketPayoff_adjoint, smoothBasketPayoff_adjoint_tangent, width);
run("first order", smoothed(0.05), "sobolev");
for (const [width, weight, kind] of [[0.05, 1, "pca"], [0.02, 1, "pca"], [0.01, 1, "pca"], [0.02, 0.1, "pca"], [0.01, 0.1, "pca"], [0.02, 0.3, "random"]] as const) {
  run(`smoothed payoff, width ${width}, ω = ${weight}, ${kind}`, smoothed(width), "second-order", { kind, count: 2, share: 0.99, weight });
}
const plain = simulate(market, budget, 2, basketPayoff_adjoint);
const nnH = networkHessians(loadModel(`${values.from}/oversized.json`), plain.x);
for (const weight of [1, 0.1]) run(`the oversized network's Hessians, ω = ${weight}, pca`, { ...plain, hessian: nnH }, "second-order", { kind: "pca", count: 2, share: 0.99, weight });
