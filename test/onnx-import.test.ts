/**
 * ONNX import of the authors' real models (../shared/reference/diff-ml/, read in place): each
 * imports to the documented architecture and reproduces the R² of that folder's README to 4
 * decimals on their validation set, with deltas and gammas from our generated derivatives.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { validate } from "../examples/onnx-prune/pipeline.js";
import { importOnnx, importOnnxFile, OnnxImportError } from "../train/onnx/import.js";
import { sharedNormalization } from "../train/surrogate.js";

const REF = path.resolve("../shared/reference/diff-ml");
const have = existsSync(path.join(REF, "bachelier_vmap_model_ml.onnx"));
if (!have) console.warn(`SKIPPED: the authors' ONNX models are not at ${REF} (they live in ../shared/)`);

/** The pruned models take normalised input and give normalised output (README of diff-ml). */
const PRUNED_NORM = sharedNormalization(0.993868814577568, 1 / 0.9703980819762977, 0.09698080181749891, 0.13860017276861647, 7);

describe.skipIf(!have)("the authors' ONNX models", () => {
  const cases: Array<[string, number[], boolean, [number, number, number]]> = [
    ["bachelier_vmap_model_ml.onnx", [7, 128, 128, 128, 128, 128, 128, 1], false, [0.999423, 0.999559, 0.99844]],
    ["bachelier_vmap_model_dml.onnx", [7, 128, 128, 128, 128, 128, 128, 1], false, [0.999949, 0.999565, 0.976978]],
    ["bachelier_pruned_model_120.onnx", [7, 8, 8, 8, 8, 8, 8, 1], true, [0.998555, 0.994743, 0.840811]],
    ["bachelier_pruned_model_125_retrained.onnx", [7, 3, 3, 1], true, [0.999964, 0.998422, 0.694881]],
  ];
  for (const [file, sizes, pruned, want] of cases) {
    test(`${file} imports to ${sizes.join("-")} and reproduces R² ${want.join(" / ")}`, () => {
      const m = importOnnxFile(path.join(REF, file));
      expect([...m.sizes]).toEqual(sizes);
      if (pruned) m.norm = PRUNED_NORM;
      else for (const v of m.norm.xMean) expect(v).toBeCloseTo(0.993868814577568, 12);
      const got = validate(REF, m);
      for (let k = 0; k < 3; k++) expect(Math.abs(got[k]! - want[k]!)).toBeLessThan(5e-5);
    });
  }
});

test("an unreadable file and an unsupported graph are clear errors, never crashes", () => {
  expect(() => importOnnx(new Uint8Array([1, 2, 3, 255, 255]), "junk.onnx")).toThrow(OnnxImportError);
  expect(() => importOnnx(new Uint8Array([1, 2, 3, 255, 255]), "junk.onnx")).toThrow(/junk\.onnx: /);
  expect(() => importOnnxFile("/nonexistent/model.onnx")).toThrow(/model\.onnx: cannot read/);
});

test("an op outside a dense MLP is named with its node", async () => {
  const { default: onnxPkg } = await import("onnx-proto");
  const { onnx } = onnxPkg;
  const bytes = onnx.ModelProto.encode(onnx.ModelProto.create({
    irVersion: 8,
    graph: {
      name: "g",
      input: [{ name: "x" }],
      node: [{ name: "odd", opType: "Softmax", input: ["x"], output: ["y"] }],
    },
  })).finish();
  expect(() => importOnnx(bytes, "softmax.onnx")).toThrow("softmax.onnx: node odd (Softmax): op type Softmax is not part of a recognised dense MLP");
});
