/**
 * Prune the authors' oversized ONNX model with sobolev and compare with their pruned models.
 *   npx tsx examples/onnx-prune.ts [--epochs 100] [--lr 1e-3] [--ref ../shared/reference/diff-ml]
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { runOnnxPrune } from "./onnx-prune/pipeline.js";

const { values } = parseArgs({ options: { epochs: { type: "string", default: "100" }, lr: { type: "string", default: "1e-3" }, ref: { type: "string", default: "../shared/reference/diff-ml" } } });
const epochs = Number(values.epochs), lr = Number(values.lr);
if (!Number.isInteger(epochs) || epochs < 1 || !(lr > 0)) {
  console.error("usage: npx tsx examples/onnx-prune.ts [--epochs N] [--lr x] [--ref dir]");
  process.exit(2);
}
if (!existsSync(`${values.ref}/bachelier_vmap_model_ml.onnx`)) {
  console.error(`the authors' models are not in ${values.ref} (they live in shared/reference/diff-ml)`);
  process.exit(1);
}
const t0 = performance.now();
const rows = runOnnxPrune(values.ref, { epochs, lr, samples: 8192, seed: 1, log: (s) => console.error(s) });
console.log("| model | parameters | R² values | R² deltas | R² gammas |\n|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.name} | ${r.params} | ${r.values.toFixed(6)} | ${r.deltas.toFixed(6)} | ${r.gammas.toFixed(6)} |`);
console.error(`${((performance.now() - t0) / 1000).toFixed(0)} s`);
