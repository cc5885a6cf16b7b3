/**
 * `npm run bench:gmm -- [--quick] [--json]`: ADBench's GMM objective (gmm.ts, ported from the C++
 * reference) — the objective's time, the generated adjoint's gradient time, their ratio (ADBench's
 * gradient/objective column: manual 1.9–7.2, Tapenade 3.7–15.5, PyTorch ≈ 3 in its published table),
 * and the tape the gradient needs (its high-water mark in MB), at ADBench's sizes, n points.
 * The generated variants are committed in generated/ (`sobolev compile bench/gmm/gmm.ts --out
 * bench/gmm/generated --runtime ../../../runtime/index.js`).
 */
import { parseArgs } from "node:util";
import { tape } from "../../runtime/index.js";
import { Rng } from "../../runtime/random.js";
import { timePerCall } from "../timing.js";
import { gmmObjective } from "./gmm.js";
import { gmmObjective_adjoint } from "./generated/gmm.adjoint.js";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, json: { type: "boolean", default: false } } });
const n = values.quick ? 100 : 1000;
const sizes = [[2, 5], [10, 25], [64, 10]] as const;

const rows = sizes.map(([d, k]) => {
  const rng = new Rng(d * 100 + k);
  const icfSize = (d * (d + 1)) / 2;
  const alphas = Float64Array.from({ length: k }, () => rng.normal());
  const means = Float64Array.from({ length: k * d }, () => rng.uniform());
  const icf = Float64Array.from({ length: k * icfSize }, () => 0.1 * rng.normal());
  const x = Float64Array.from({ length: n * d }, () => rng.normal());
  const ab = new Float64Array(k), mb = new Float64Array(k * d), ib = new Float64Array(k * icfSize);
  const objective = () => void gmmObjective(d, k, n, alphas, means, icf, x, 1, 0, 0);
  const gradient = () => void gmmObjective_adjoint(d, k, n, alphas, means, icf, x, 1, 0, 0, ab, mb, ib, 1);
  const opts = { blocks: values.quick ? 3 : 7, minBlockMs: values.quick ? 20 : 100, warmupMs: values.quick ? 50 : 300 };
  const objectiveMs = timePerCall(objective, opts) * 1e3;
  const gradientMs = timePerCall(gradient, opts) * 1e3;
  return { d, k, n, objective_ms: +objectiveMs.toPrecision(4), gradient_ms: +gradientMs.toPrecision(4), gradient_over_objective: +(gradientMs / objectiveMs).toFixed(2), tape_mb: +((tape.capacity * 8) / 2 ** 20).toFixed(1) };
});
const result = { "node.version": process.version, gmm: rows };
if (values.json) console.log(JSON.stringify(result, null, 2));
else for (const r of rows) console.log(`GMM d=${r.d} K=${r.k} n=${r.n}: objective ${r.objective_ms} ms, gradient ${r.gradient_ms} ms, ratio ${r.gradient_over_objective}, tape ${r.tape_mb} MB`);
