/**
 * ONNX import: recognise a dense MLP as exporters write it and turn it into a sobolev model.
 *
 * Recognised, in graph order: input scaling (Sub / Mul / Div / Add with scalar constants), layout
 * nodes that do not change the math (Transpose, Reshape, Cast, Identity, Squeeze, Flatten), linear
 * layers (Gemm, or MatMul followed by Add of a bias), SiLU activations (Sigmoid then Mul, or the
 * Neg → Exp → Add 1 → Reciprocal → Mul chain jax2tf emits) and output scaling (Mul / Add / Div / Sub
 * with scalar constants). Weights: raw or typed tensor data, float32 or float64. Anything else is an
 * OnnxImportError naming the node, its op type and why.
 */
import onnxPkg from "onnx-proto";
import { readFileSync } from "node:fs";
import { paramCount } from "../mlp.js";
import type { SurrogateModel } from "../model.js";

const { onnx } = onnxPkg;
/** A graph node with its optional fields filled in. */
interface Node {
  name: string;
  opType: string;
  input: string[];
  output: string[];
  attribute: onnxPkg.onnx.IAttributeProto[];
}
type Tensor = onnxPkg.onnx.ITensorProto;

export class OnnxImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OnnxImportError";
  }
}

interface Const {
  dims: number[];
  data: Float64Array;
}

function tensorData(t: Tensor, where: string): Const {
  const dims = (t.dims ?? []).map((d) => Number(d));
  const count = dims.reduce((a, b) => a * b, 1);
  const DT = onnx.TensorProto.DataType;
  let data: Float64Array;
  if (t.rawData && t.rawData.length > 0) {
    const view = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength);
    if (t.dataType === DT.DOUBLE) data = Float64Array.from({ length: count }, (_, i) => view.getFloat64(8 * i, true));
    else if (t.dataType === DT.FLOAT) data = Float64Array.from({ length: count }, (_, i) => view.getFloat32(4 * i, true));
    else if (t.dataType === DT.INT64) data = Float64Array.from({ length: count }, (_, i) => Number(view.getBigInt64(8 * i, true)));
    else throw new OnnxImportError(`${where}: tensor ${t.name} has data type ${t.dataType}; float32 and float64 are supported`);
  } else if (t.doubleData && t.doubleData.length > 0) data = Float64Array.from(t.doubleData);
  else if (t.floatData && t.floatData.length > 0) data = Float64Array.from(t.floatData);
  else if (t.int64Data && t.int64Data.length > 0) data = Float64Array.from(t.int64Data, (v) => Number(v));
  else data = new Float64Array(count);
  if (data.length !== count) throw new OnnxImportError(`${where}: tensor ${t.name} has ${data.length} values for shape [${dims.join(", ")}]`);
  return { dims, data };
}

/** A scalar constant (any shape with all entries equal), or undefined. */
function scalar(c: Const | undefined): number | undefined {
  if (!c || c.data.length === 0) return undefined;
  const v = c.data[0]!;
  return c.data.every((x) => x === v) ? v : undefined;
}

export function importOnnx(bytes: Uint8Array, file = "<model>"): SurrogateModel {
  let model;
  try {
    model = onnx.ModelProto.decode(bytes);
  } catch (e) {
    throw new OnnxImportError(`${file}: not a readable ONNX model (${(e as Error).message})`);
  }
  const g = model.graph;
  if (!g) throw new OnnxImportError(`${file}: the model has no graph`);
  const consts = new Map<string, Const>();
  for (const t of g.initializer ?? []) consts.set(t.name ?? "", tensorData(t, file));
  const inputs = (g.input ?? []).filter((i) => !consts.has(i.name ?? ""));
  if (inputs.length !== 1) throw new OnnxImportError(`${file}: expected one input, found ${inputs.length} (${inputs.map((i) => i.name).join(", ")})`);

  // The tensor that carries the network's value, its orientation, and the affine scalings around it.
  let value = inputs[0]!.name ?? "";
  let transposed = false; // [features, batch] instead of [batch, features]
  const inDims = inputs[0]!.type?.tensorType?.shape?.dim?.map((d) => Number(d.dimValue ?? 0)) ?? [];
  let features = inDims.length > 0 ? (inDims[inDims.length - 1]! > 1 ? inDims[inDims.length - 1]! : inDims[0]!) : 0;
  // the input scaling before the first layer, per feature (constants of one value or one per input): applied at the end
  const inputOps: Array<{ op: string; first: boolean; data: ArrayLike<number>; node: Node }> = [];
  let outA = 1, outB = 0; // output = outA * net + outB
  const layers: Array<{ W: Float64Array; b: Float64Array; nIn: number; nOut: number }> = [];
  let pendingLinear: { W: Float64Array; nIn: number; nOut: number; node: Node } | undefined;
  // SiLU recognition: tensors known to be sigmoid(z) of the current pre-activation z
  const sigmoidOf = new Map<string, string>();
  const chain = new Map<string, { stage: string; z: string }>();
  let preActivation: string | undefined;

  /** A linear layer ends at `out`: its result is the pre-activation the next nodes work on. */
  const pushLayer = (layer: (typeof layers)[number], out: string) => {
    layers.push(layer);
    preActivation = out;
    value = out;
    features = layer.nOut;
  };
  const where = (n: Node) => `${file}: node ${n.name || n.output[0]} (${n.opType})`;
  const other = (n: Node, known: string | undefined): string => n.input.find((i) => i !== known) ?? known ?? "";
  const constOf = (name: string) => {
    const c = consts.get(name);
    return c;
  };
  const attr = (n: Node, name: string, dflt: number) => {
    const a = n.attribute.find((x) => x.name === name);
    if (!a) return dflt;
    return a.type === onnx.AttributeProto.AttributeType.FLOAT ? (a.f ?? dflt) : Number(a.i ?? dflt);
  };

  const nodes: Node[] = (g.node ?? []).map((n) => ({ name: n.name ?? "", opType: n.opType ?? "", input: n.input ?? [], output: n.output ?? [], attribute: n.attribute ?? [] }));
  for (const n of nodes) {
    const op = n.opType;
    if (op === "Constant") {
      const t = n.attribute.find((a) => a.name === "value")?.t;
      if (!t) throw new OnnxImportError(`${where(n)}: a Constant without a tensor value`);
      consts.set(n.output[0]!, tensorData(t, file));
      continue;
    }
    const uses = (name: string) => n.input.includes(name);
    const out = n.output[0]!;
    // activation chains hang off the pre-activation
    if (preActivation !== undefined && (uses(preActivation) || [...sigmoidOf.keys(), ...chain.keys()].some(uses))) {
      if (op === "Sigmoid" && n.input[0] === preActivation) { sigmoidOf.set(out, preActivation); continue; }
      if (op === "Neg" && n.input[0] === preActivation) { chain.set(out, { stage: "neg", z: preActivation }); continue; }
      const prev = n.input.map((i) => chain.get(i)).find(Boolean);
      if (op === "Exp" && prev?.stage === "neg") { chain.set(out, { stage: "exp", z: prev.z }); continue; }
      if (op === "Add" && prev?.stage === "exp" && scalar(constOf(other(n, n.input.find((i) => chain.get(i)?.stage === "exp")!))) === 1) {
        chain.set(out, { stage: "onePlusExp", z: prev.z }); continue;
      }
      if (op === "Reciprocal" && prev?.stage === "onePlusExp") { sigmoidOf.set(out, prev.z); continue; }
      if (op === "Mul" && n.input.some((i) => sigmoidOf.get(i) === preActivation) && uses(preActivation)) {
        value = out; // SiLU(z)
        preActivation = undefined;
        sigmoidOf.clear(); chain.clear();
        continue;
      }
    }
    if (!uses(value)) throw new OnnxImportError(`${where(n)}: not on the network's path (inputs ${n.input.join(", ")})`);
    switch (op) {
      case "Transpose": transposed = !transposed; value = out; continue;
      case "Reshape": {
        // a 2-D reshape can move the features between rows and columns (jax2tf writes [1, n] → [n, 1])
        const shape = constOf(n.input[1] ?? "");
        if (shape && shape.data.length === 2 && features > 1) {
          const [a, b] = shape.data as unknown as [number, number];
          if (a === features && b !== features) transposed = true;
          else if (b === features) transposed = false;
        }
        value = out;
        continue;
      }
      case "Cast": case "Identity": case "Squeeze": case "Unsqueeze": case "Flatten": value = out; continue;
      case "Gemm": {
        const [A, B, C] = n.input as [string, string, string | undefined];
        const tA = attr(n, "transA", 0), tB = attr(n, "transB", 0);
        if (A !== value || tA !== (transposed ? 1 : 0)) throw new OnnxImportError(`${where(n)}: only Gemm(input, W, b) on [batch, features] input is supported`);
        const Wc = constOf(B);
        if (!Wc || Wc.dims.length !== 2) throw new OnnxImportError(`${where(n)}: weights ${B} are not a constant matrix`);
        const alpha = attr(n, "alpha", 1), beta = attr(n, "beta", 1);
        const [r, c] = Wc.dims as [number, number];
        const nOut = tB ? r : c, nIn = tB ? c : r;
        const W = new Float64Array(nOut * nIn);
        for (let j = 0; j < nOut; j++) for (let i = 0; i < nIn; i++) W[j * nIn + i] = alpha * (tB ? Wc.data[j * nIn + i]! : Wc.data[i * nOut + j]!);
        const bc = C ? constOf(C) : undefined;
        const b = new Float64Array(nOut);
        if (bc) for (let j = 0; j < nOut; j++) b[j] = beta * bc.data[bc.data.length === 1 ? 0 : j]!;
        if (preActivation !== undefined) throw new OnnxImportError(`${where(n)}: a linear layer follows a linear layer without an activation`);
        pushLayer({ W, b, nIn, nOut }, out);
        transposed = false;
        continue;
      }
      case "MatMul": {
        // [batch, in] × [in, out], or [out, in] × [in, batch] (transposed layout)
        const [A, B] = n.input as [string, string];
        let W: Float64Array, nIn: number, nOut: number;
        if (A === value && !transposed) {
          const Wc = constOf(B);
          if (!Wc || Wc.dims.length !== 2) throw new OnnxImportError(`${where(n)}: weights ${B} are not a constant matrix`);
          [nIn, nOut] = Wc.dims as [number, number];
          W = new Float64Array(nOut * nIn);
          for (let j = 0; j < nOut; j++) for (let i = 0; i < nIn; i++) W[j * nIn + i] = Wc.data[i * nOut + j]!;
        } else if (B === value && transposed) {
          const Wc = constOf(A);
          if (!Wc || Wc.dims.length !== 2) throw new OnnxImportError(`${where(n)}: weights ${A} are not a constant matrix`);
          [nOut, nIn] = Wc.dims as [number, number];
          W = Wc.data.slice();
        } else throw new OnnxImportError(`${where(n)}: cannot tell which side of the MatMul carries the weights`);
        if (preActivation !== undefined) throw new OnnxImportError(`${where(n)}: a linear layer follows a linear layer without an activation`);
        pendingLinear = { W, nIn, nOut, node: n };
        value = out;
        continue;
      }
      case "Add": case "Sub": case "Mul": case "Div": {
        const c = constOf(other(n, value));
        if (!c) throw new OnnxImportError(`${where(n)}: ${op} of two computed tensors is not part of a dense MLP`);
        if (op === "Add" && pendingLinear) {
          const { W, nIn, nOut } = pendingLinear;
          if (c.data.length !== nOut && c.data.length !== 1) throw new OnnxImportError(`${where(n)}: bias has ${c.data.length} values for ${nOut} outputs`);
          const b = Float64Array.from({ length: nOut }, (_, j) => c.data[c.data.length === 1 ? 0 : j]!);
          pushLayer({ W, b, nIn, nOut }, out);
          pendingLinear = undefined;
          continue;
        }
        const first = n.input[0] === value;
        if (op === "Div" && !first) throw new OnnxImportError(`${where(n)}: division by the network's value`);
        if (layers.length === 0) {
          inputOps.push({ op, first, data: c.data, node: n }); // per input: checked against the first layer's width below
        } else {
          const s = scalar(c);
          if (s === undefined) throw new OnnxImportError(`${where(n)}: ${op} of the output by a non-scalar constant`);
          if (preActivation !== undefined && layers.length > 0) preActivation = undefined; // output scaling after the last layer
          [outA, outB] = affine(op, first, outA, outB, s);
        }
        value = out;
        continue;
      }
      default:
        throw new OnnxImportError(`${where(n)}: op type ${op} is not part of a recognised dense MLP`);
    }
  }
  if (pendingLinear) throw new OnnxImportError(`${where(pendingLinear.node)}: a MatMul without a bias Add`);
  if (layers.length === 0) throw new OnnxImportError(`${file}: no linear layers found`);
  const last = layers[layers.length - 1]!;
  if (last.nOut !== 1) throw new OnnxImportError(`${file}: the network has ${last.nOut} outputs; one is supported`);
  for (let l = 1; l < layers.length; l++) {
    if (layers[l]!.nIn !== layers[l - 1]!.nOut) throw new OnnxImportError(`${file}: layer ${l + 1} takes ${layers[l]!.nIn} inputs but layer ${l} gives ${layers[l - 1]!.nOut}`);
  }
  const sizes = Int32Array.from([layers[0]!.nIn, ...layers.map((l) => l.nOut)]);
  const params = new Float64Array(paramCount(sizes));
  let off = 0;
  for (const l of layers) {
    params.set(l.W, off);
    params.set(l.b, off + l.nIn * l.nOut);
    off += (l.nIn + 1) * l.nOut;
  }
  // network input x_n = inA·x + inB = (x − xMean)/xStd per input;  output y = outA·y_n + outB. The
  // common forms keep their constants exactly: (x − m) / s, and (x − m) · r with xStd = 1/r.
  const nIn = sizes[0]!;
  for (const o of inputOps) {
    if (o.data.length !== 1 && o.data.length !== nIn) throw new OnnxImportError(`${where(o.node)}: ${o.op} of the input by ${o.data.length} values for ${nIn} inputs`);
  }
  const at = (o: (typeof inputOps)[number], j: number) => o.data[o.data.length === 1 ? 0 : j]!;
  const xMean = new Float64Array(nIn), xStd = new Float64Array(nIn);
  const [o1, o2] = inputOps;
  const exactForm = inputOps.length === 2 && o1!.op === "Sub" && o1!.first && o2!.first && (o2!.op === "Div" || o2!.op === "Mul");
  for (let j = 0; j < nIn; j++) {
    if (exactForm) {
      xMean[j] = at(o1!, j);
      xStd[j] = o2!.op === "Div" ? at(o2!, j) : 1 / at(o2!, j);
      continue;
    }
    let a = 1, b = 0;
    for (const o of inputOps) [a, b] = affine(o.op, o.first, a, b, at(o, j));
    xMean[j] = -b / a;
    xStd[j] = 1 / a;
  }
  return {
    sizes, params,
    norm: { xMean, xStd, yMean: outB, yStd: outA },
    meta: { importedFrom: file, onnx: { irVersion: Number(model.irVersion), opset: model.opsetImport.map((o) => `${o.domain || "ai.onnx"}:${Number(o.version)}`) } },
  };
}

/** (a·v + b) op s, as the new (a, b): Add, Sub (v − s, or s − v when the value is second), Mul, Div (by s). */
function affine(op: string, first: boolean, a: number, b: number, s: number): [number, number] {
  if (op === "Add") return [a, b + s];
  if (op === "Sub") return first ? [a, b - s] : [-a, s - b];
  if (op === "Mul") return [a * s, b * s];
  return [a / s, b / s];
}

export function importOnnxFile(file: string): SurrogateModel {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new OnnxImportError(`${file}: cannot read (${(e as Error).message})`);
  }
  return importOnnx(bytes, file);
}
