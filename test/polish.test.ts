/**
 * The full-batch polish (train/polish.ts) and its optimizer (train/lbfgs.ts): L-BFGS converges on
 * the standard hard case, Rosenbrock's valley; a polish lowers the full-batch Sobolev loss that
 * minibatch Adam left, to a point where its gradient (checked by central differences of the
 * loss) is small; the same on one thread and two.
 */
import { expect, test } from "vitest";
import { makeMarket, simulate } from "../models/bachelier.js";
import { basketPayoff_adjoint } from "../models/generated/bachelier.adjoint.js";
import { Rng } from "../runtime/random.js";
import { lossGradient, workspace } from "../train/gradients.js";
import { lbfgs } from "../train/lbfgs.js";
import { mlpFunctions as F, mlpFunctionsModule } from "../train/mlp-surrogate.js";
import { activationCount, mlpSizes, paramCount } from "../train/mlp.js";
import { polish } from "../train/polish.js";
import { initModel, standardised, train } from "../train/trainer.js";

test("L-BFGS finds Rosenbrock's minimum (1, …, 1) from the classic start in 10 dimensions", () => {
  const n = 10;
  const rosen = (x: Float64Array, g: Float64Array): number => {
    let f = 0;
    g.fill(0);
    for (let i = 0; i + 1 < n; i++) {
      const a = x[i + 1]! - x[i]! * x[i]!, b = 1 - x[i]!;
      f += 100 * a * a + b * b;
      g[i]! += -400 * x[i]! * a - 2 * b;
      g[i + 1]! += 200 * a;
    }
    return f;
  };
  const x = Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? -1.2 : 1));
  const r = lbfgs(rosen, x, { iterations: 500, gradientTolerance: 1e-10 });
  expect(r.f).toBeLessThan(1e-16);
  for (const v of x) expect(v).toBeCloseTo(1, 7);
  expect(r.stopped).toBe("gradient");
});

function setup() {
  const market = makeMarket(1);
  const data = simulate(market, 2048, 7, basketPayoff_adjoint);
  const m = initModel(mlpSizes(7, 6, 2), data, 3, "shared");
  train(F, m, data, { loss: "sobolev", epochs: 20, batchSize: 64, batchesPerEpoch: 16, lr: 3e-3, seed: 5 });
  return { data, m };
}

/** The full-batch Sobolev loss of the model and its gradient, from the TypeScript variants in float64. */
function fullLoss(m: ReturnType<typeof setup>["m"], data: ReturnType<typeof setup>["data"], params = m.params): { loss: number; grad: Float64Array } {
  const s = standardised(m, data);
  const nP = paramCount(m.sizes), grad = new Float64Array(nP);
  const index = Int32Array.from({ length: data.count }, (_, i) => i);
  const loss = lossGradient("sobolev", F, params, m.sizes, { x: s.x, y: s.y, d: s.d, index }, grad, workspace(nP, activationCount(m.sizes), 7), "js")[0];
  return { loss, grad };
}

test("a polish lowers the full-batch Sobolev loss after Adam, to where its gradient is small (central differences of the loss agree)", () => {
  const { data, m } = setup();
  const before = fullLoss(m, data);
  const r = polish(F, m, data, { loss: "sobolev", iterations: 200, precision: "f64" });
  const after = fullLoss(m, data);
  expect(r.start).toBeCloseTo(before.loss, 10);
  expect(after.loss).toBeCloseTo(r.f, 10);
  expect(after.loss).toBeLessThan(before.loss);
  const norm = (g: Float64Array) => Math.sqrt(g.reduce((a, v) => a + v * v, 0));
  expect(norm(after.grad)).toBeLessThan(0.05 * norm(before.grad));
  // the gradient the polish followed is the loss's: central differences along a random direction
  const rng = new Rng(2), dir = Float64Array.from(m.params, () => rng.normal()), h = 1e-5;
  const plus = fullLoss(m, data, m.params.map((p, i) => p + h * dir[i]!)).loss, minus = fullLoss(m, data, m.params.map((p, i) => p - h * dir[i]!)).loss;
  const along = after.grad.reduce((a, g, i) => a + g * dir[i]!, 0);
  expect(Math.abs((plus - minus) / (2 * h) - along)).toBeLessThan(1e-6 * Math.max(1, Math.abs(along)) + 1e-9);
}, 60_000);

test("the same polish on two threads gives the same parameters to rounding", () => {
  const a = setup(), b = setup();
  polish(F, a.m, a.data, { loss: "sobolev", iterations: 30, precision: "f64" });
  polish(F, b.m, b.data, { loss: "sobolev", iterations: 30, precision: "f64", threads: 2, functionsModule: mlpFunctionsModule });
  for (let i = 0; i < a.m.params.length; i++) expect(b.m.params[i]!).toBeCloseTo(a.m.params[i]!, 6);
}, 60_000);
