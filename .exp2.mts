import { basketPayoff_adjoint } from "./models/bachelier.adjoint.ts";
import { makeMarket, simulate, testSet } from "./models/bachelier.ts";
import { train } from "./train/trainer.ts";
import { evaluateModel, r2Triple, loadModel } from "./train/model.ts";
import { mlpFunctions, mlpFunctionsModule } from "./train/mlp-surrogate.ts";
import { activationCount } from "./train/mlp.ts";
const market = makeMarket(1);
const ts = testSet(market, 4096, 3);
const n = 7, div = market.w.reduce((a, v) => a + v * v, 0) ** 2;
const data = simulate(market, 8192, 2, basketPayoff_adjoint);
const big = loadModel(process.argv[4] ?? "/tmp/cs-q8k/oversized.json");
// Hessian labels of a network at the inputs (original units)
const t0 = performance.now();
const H = new Float64Array(8192 * n * n);
const nA = activationCount(big.sizes), act = new Float64Array(nA), actB = new Float64Array(nA), actD = new Float64Array(nA), actBD = new Float64Array(nA);
const xn = new Float64Array(n), xB = new Float64Array(n), e = new Float64Array(n), xBD = new Float64Array(n), out = new Float64Array(2);
const { xMean, xStd, yStd } = big.norm;
for (let s = 0; s < 8192; s++) {
  for (let i = 0; i < n; i++) xn[i] = (data.x[s * n + i]! - xMean) / xStd;
  for (let j = 0; j < n; j++) {
    e.fill(0); e[j] = 1; xB.fill(0); xBD.fill(0); actB.fill(0); actBD.fill(0);
    mlpFunctions.adjointTangent(big.params, xn, act, big.sizes, xB, actB, 1, e, actD, xBD, actBD, out);
    for (let i = 0; i < n; i++) H[s * n * n + i * n + j] = (yStd / (xStd * xStd)) * xBD[i]!;
  }
}
console.log("labels", ((performance.now() - t0) / 1000).toFixed(0), "s");
const omega = Number(process.argv[2]), kind = process.argv[3] as "pca" | "random";
const m = loadModel("/tmp/cs-q8k/sobolev-nn.json");
train(mlpFunctions, m, { ...data, hessian: H }, { loss: "second-order", directions: { kind, count: 2, share: 0.99, weight: omega }, epochs: 300, batchSize: 256, batchesPerEpoch: 64, lr: 1e-3, lrEnd: 1e-6, seed: 14, threads: 2, functionsModule: mlpFunctionsModule });
const r = r2Triple(evaluateModel(mlpFunctions, m, ts.x, market.w, div), ts);
console.log(`NN hessian omega ${omega} ${kind}: ${r.values.toFixed(6)} ${r.deltas.toFixed(6)} ${r.gammas.toFixed(6)}`);
