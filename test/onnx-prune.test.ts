/** The outside-model example: import → significance-prune to 6×8 → Sobolev fine-tune, on the authors' data. */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { expect, test } from "vitest";
import { runOnnxPrune } from "../examples/onnx-prune/pipeline.js";

const REF = path.resolve("../shared/reference/diff-ml");
const have = existsSync(path.join(REF, "bachelier_vmap_model_ml.onnx"));
if (!have) console.warn(`SKIPPED: the authors' ONNX models are not at ${REF} (they live in ../shared/)`);

test.skipIf(!have)("the authors' oversized model prunes to 433 parameters and Sobolev fine-tuning recovers it", () => {
  const rows = runOnnxPrune(REF, { epochs: 3, lr: 1e-3, samples: 8192, seed: 1 });
  expect(rows.map((r) => r.name)).toEqual(["authors' oversized (imported)", "ours, pruned to 6×8", "ours, pruned 6×8 + Sobolev fine-tuning", "authors' pruned 6×8", "authors' pruned 2×3, retrained"]);
  expect(rows[1]!.params).toBe(433);
  expect(rows[2]!.values).toBeGreaterThan(0.9); // from below 0 right after pruning
  expect(rows[2]!.deltas).toBeGreaterThan(rows[1]!.deltas);
  expect(rows[3]!.values).toBeCloseTo(0.998555, 4);
}, 120_000);
