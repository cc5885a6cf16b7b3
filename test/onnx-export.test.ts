/**
 * ONNX export: import → export → import gives bit-identical parameters and outputs, and an exported
 * model evaluated by a small reference evaluator written here (not our import code) matches ours.
 */
import onnxPkg from "onnx-proto";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { expect, test } from "vitest";
import { mlp } from "../models/mlp.js";
import { activationCount, glorotNormal, mlpSizes } from "../train/mlp.js";
import { exportOnnx } from "../train/onnx/export.js";
import { importOnnx, importOnnxFile } from "../train/onnx/import.js";
import { Rng } from "../runtime/random.js";
import type { SurrogateModel } from "../train/model.js";

const { onnx } = onnxPkg;

function predict(m: SurrogateModel, x: Float64Array): number {
  const xn = x.map((v, i) => (v - m.norm.xMean[i]!) / m.norm.xStd[i]!);
  return m.norm.yMean + m.norm.yStd * mlp(m.params, xn, new Float64Array(activationCount(m.sizes)), m.sizes);
}

/** A reference evaluator for the ops our exporter writes, on one input row. */
function evaluateOnnx(bytes: Uint8Array, x: number[]): number {
  const g = onnx.ModelProto.decode(bytes).graph!;
  const values = new Map<string, { dims: number[]; data: number[] }>();
  for (const t of g.initializer!) {
    const view = new DataView(t.rawData!.buffer, t.rawData!.byteOffset, t.rawData!.byteLength);
    values.set(t.name!, { dims: t.dims!.map(Number), data: Array.from({ length: t.rawData!.length / 8 }, (_, i) => view.getFloat64(8 * i, true)) });
  }
  values.set(g.input![0]!.name!, { dims: [1, x.length], data: x });
  const binary = (a: { dims: number[]; data: number[] }, b: { dims: number[]; data: number[] }, f: (p: number, q: number) => number) => {
    const big = a.data.length >= b.data.length ? a : b;
    return { dims: big.dims, data: big.data.map((_, i) => f(a.data[a.data.length === 1 ? 0 : i]!, b.data[b.data.length === 1 ? 0 : i]!)) };
  };
  for (const n of g.node!) {
    const ins = n.input!.map((i) => values.get(i)!);
    let out;
    switch (n.opType) {
      case "Sub": out = binary(ins[0]!, ins[1]!, (p, q) => p - q); break;
      case "Div": out = binary(ins[0]!, ins[1]!, (p, q) => p / q); break;
      case "Mul": out = binary(ins[0]!, ins[1]!, (p, q) => p * q); break;
      case "Add": out = binary(ins[0]!, ins[1]!, (p, q) => p + q); break;
      case "Sigmoid": out = { dims: ins[0]!.dims, data: ins[0]!.data.map((v) => 1 / (1 + Math.exp(-v))) }; break;
      case "Gemm": {
        const [a, w, b] = ins as [{ dims: number[]; data: number[] }, { dims: number[]; data: number[] }, { dims: number[]; data: number[] }];
        const transB = n.attribute!.find((t) => t.name === "transB")?.i;
        expect(Number(transB)).toBe(1);
        const [nOut, nIn] = w.dims as [number, number];
        out = { dims: [1, nOut], data: Array.from({ length: nOut }, (_, j) => { let s = 0; for (let i = 0; i < nIn; i++) s += a.data[i]! * w.data[j * nIn + i]!; return s + b.data[j]!; }) };
        break;
      }
      default: throw new Error(`reference evaluator: ${n.opType}`);
    }
    values.set(n.output![0]!, out);
  }
  return values.get(g.output![0]!.name!)!.data[0]!;
}

test("export → import is bit-identical, and an independent evaluator of the exported graph agrees", () => {
  const sizes = mlpSizes(7, 9, 3);
  const m: SurrogateModel = { sizes, params: glorotNormal(sizes, new Rng(3)), norm: { xMean: Float64Array.from({ length: 7 }, (_, i) => 0.99 + 0.01 * i), xStd: Float64Array.from({ length: 7 }, (_, i) => 1.0305 - 0.03 * i), yMean: 0.097, yStd: 0.1386 }, meta: {} };
  const bytes = exportOnnx(m);
  const back = importOnnx(bytes, "exported.onnx");
  expect([...back.sizes]).toEqual([...sizes]);
  expect(back.params).toEqual(m.params);
  expect(back.norm).toEqual(m.norm);
  const model = onnx.ModelProto.decode(bytes);
  expect(Number(model.irVersion)).toBe(8);
  expect(Number(model.opsetImport![0]!.version)).toBe(17);
  const rng = new Rng(4);
  for (let s = 0; s < 20; s++) {
    const x = Float64Array.from({ length: 7 }, () => rng.range(0.4, 1.6));
    const ours = predict(m, x);
    expect(predict(back, x)).toBe(ours);
    expect(Math.abs(evaluateOnnx(bytes, [...x]) - ours)).toBeLessThan(1e-13 * Math.max(1, Math.abs(ours)));
  }
});

const REF = path.resolve("../shared/reference/diff-ml/bachelier_vmap_model_ml.onnx");
test.skipIf(!existsSync(REF))("the authors' oversized model: import → export → import keeps parameters and outputs bit for bit", () => {
  const a = importOnnxFile(REF);
  const b = importOnnx(exportOnnx(a), "roundtrip.onnx");
  expect(b.params).toEqual(a.params);
  expect(b.norm).toEqual(a.norm);
  const x = Float64Array.from({ length: 7 }, (_, i) => 0.8 + 0.05 * i);
  expect(predict(b, x)).toBe(predict(a, x));
});
