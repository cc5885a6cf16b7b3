/**
 * ONNX export: a sobolev MLP as a standard ONNX graph any runtime evaluates on its own —
 * Sub/Div input normalisation (per input), Gemm layers (transB = 1), SiLU as Sigmoid + Mul, Mul/Add output
 * scaling. Opset 17, IR version 8, float64 weights as raw little-endian data (bit-exact).
 * Input "x" [N, n], output "y" [N, 1].
 */
import onnxPkg from "onnx-proto";
import { writeFileAtomic } from "../../runtime/fs.js";
import type { SurrogateModel } from "../model.js";

const { onnx } = onnxPkg;
export const EXPORT_OPSET = 17;
export const EXPORT_IR_VERSION = 8;

function f64(name: string, dims: number[], values: ArrayLike<number>): onnxPkg.onnx.ITensorProto {
  const buf = new Uint8Array(8 * values.length);
  const view = new DataView(buf.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat64(8 * i, values[i]!, true);
  return { name, dims, dataType: onnx.TensorProto.DataType.DOUBLE, rawData: buf };
}

export function exportOnnx(m: SurrogateModel): Uint8Array {
  const { sizes, params, norm } = m;
  const L = sizes.length - 1;
  const n = sizes[0]!;
  const init: onnxPkg.onnx.ITensorProto[] = [f64("x_mean", [n], norm.xMean), f64("x_std", [n], norm.xStd), f64("y_std", [], [norm.yStd]), f64("y_mean", [], [norm.yMean])];
  const nodes: onnxPkg.onnx.INodeProto[] = [
    { name: "normalize_sub", opType: "Sub", input: ["x", "x_mean"], output: ["x_centered"] },
    { name: "normalize_div", opType: "Div", input: ["x_centered", "x_std"], output: ["h0"] },
  ];
  let off = 0, h = "h0";
  for (let l = 0; l < L; l++) {
    const nIn = sizes[l]!, nOut = sizes[l + 1]!;
    init.push(f64(`W${l + 1}`, [nOut, nIn], params.subarray(off, off + nIn * nOut)), f64(`b${l + 1}`, [nOut], params.subarray(off + nIn * nOut, off + (nIn + 1) * nOut)));
    off += (nIn + 1) * nOut;
    const z = `z${l + 1}`;
    nodes.push({ name: `dense${l + 1}`, opType: "Gemm", input: [h, `W${l + 1}`, `b${l + 1}`], output: [z], attribute: [{ name: "transB", type: onnx.AttributeProto.AttributeType.INT, i: 1 }] });
    if (l < L - 1) {
      nodes.push({ name: `sigmoid${l + 1}`, opType: "Sigmoid", input: [z], output: [`s${l + 1}`] });
      nodes.push({ name: `silu${l + 1}`, opType: "Mul", input: [z, `s${l + 1}`], output: [`h${l + 1}`] });
      h = `h${l + 1}`;
    } else h = z;
  }
  nodes.push({ name: "denormalize_mul", opType: "Mul", input: [h, "y_std"], output: ["y_scaled"] });
  nodes.push({ name: "denormalize_add", opType: "Add", input: ["y_scaled", "y_mean"], output: ["y"] });
  const tensorType = (dims: Array<number | string>) => ({
    tensorType: { elemType: onnx.TensorProto.DataType.DOUBLE, shape: { dim: dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) } },
  });
  const model = onnx.ModelProto.create({
    irVersion: EXPORT_IR_VERSION,
    producerName: "sobolev",
    opsetImport: [{ domain: "", version: EXPORT_OPSET }],
    graph: {
      name: "sobolev_mlp",
      node: nodes,
      initializer: init,
      input: [{ name: "x", type: tensorType(["N", sizes[0]!]) }],
      output: [{ name: "y", type: tensorType(["N", 1]) }],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

export function exportOnnxFile(m: SurrogateModel, file: string): void {
  writeFileAtomic(file, exportOnnx(m));
}
