/**
 * ONNX import of the authors' real models (../shared/reference/diff-ml/, read in place): each
 * imports to the documented architecture and reproduces the R² of that folder's README to 4
 * decimals on their validation set, with deltas and gammas from our generated derivatives.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { mlpFunctions as F } from "../models/surrogate.js";
import { activationCount } from "../runtime/mlp.js";
import { readNpy } from "../runtime/npy.js";
import { importOnnx, importOnnxFile, OnnxImportError } from "../runtime/onnx/import.js";
import type { SurrogateModel } from "../runtime/train/model.js";
import { r2 } from "../runtime/train/metrics.js";

const REF = path.resolve("../shared/reference/diff-ml");
const have = existsSync(path.join(REF, "bachelier_vmap_model_ml.onnx"));
if (!have) console.warn(`SKIPPED: the authors' ONNX models are not at ${REF} (they live in ../shared/)`);

/** R² at S = b·1 for the validation basket values b; gamma = d²V/db² = 1ᵀH1 (generated HVP). */
function r2OnValidation(m: SurrogateModel): [number, number, number] {
  const xs = readNpy(path.join(REF, "bachelier_xs.npy")).data, ys = readNpy(path.join(REF, "bachelier_ys.npy")).data;
  const ds = readNpy(path.join(REF, "bachelier_deltas.npy")).data, gs = readNpy(path.join(REF, "bachelier_gammas.npy")).data;
  const n = 7, nAct = activationCount(m.sizes);
  const act = new Float64Array(nAct), aB = new Float64Array(nAct), aD = new Float64Array(nAct), aBD = new Float64Array(nAct);
  const xn = new Float64Array(n), xB = new Float64Array(n), xBD = new Float64Array(n), out = new Float64Array(2), ones = new Float64Array(n).fill(1);
  const V: number[] = [], D: number[] = [], G: number[] = [];
  const { xMean, xStd, yMean, yStd } = m.norm;
  for (let s = 0; s < xs.length; s++) {
    xn.fill((xs[s]! - xMean) / xStd);
    xB.fill(0); xBD.fill(0); aB.fill(0); aBD.fill(0);
    F.adjointTangent(m.params, xn, act, m.sizes, xB, aB, 1, ones, aD, xBD, aBD, out);
    V.push(yMean + yStd * out[0]!);
    let h = 0;
    for (let i = 0; i < n; i++) { D.push((yStd / xStd) * xB[i]!); h += xBD[i]!; }
    G.push((yStd / (xStd * xStd)) * h);
  }
  return [r2(V, ys), r2(D, ds), r2(G, gs)];
}

/** The pruned models take normalised input and give normalised output (README of diff-ml). */
const PRUNED_NORM = { xMean: 0.993868814577568, xStd: 1 / 0.9703980819762977, yMean: 0.09698080181749891, yStd: 0.13860017276861647 };

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
      else expect(m.norm.xMean).toBeCloseTo(0.993868814577568, 12);
      const got = r2OnValidation(m);
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
