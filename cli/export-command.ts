/** `sobolev export model.json -o model.onnx`: a standard ONNX MLP with the normalisation inside. */
import { paramCount } from "../train/mlp.js";
import { inputFile, outputFile } from "./errors.js";
import { EXPORT_IR_VERSION, EXPORT_OPSET, exportOnnxFile } from "../train/onnx/export.js";
import { loadModel, ModelFileError } from "../train/model.js";

export function exportCommand(file: string, o: { out: string }, log = console.log, error = console.error): number {
  inputFile(file, "model file");
  outputFile(o.out);
  let m;
  try {
    m = loadModel(file);
  } catch (e) {
    if (e instanceof ModelFileError) { error(`sobolev export: ${e.message}`); return 1; }
    throw e;
  }
  exportOnnxFile(m, o.out);
  log(`exported ${[...m.sizes].join("-")} (${paramCount(m.sizes)} parameters) to ${o.out} (ONNX opset ${EXPORT_OPSET}, IR version ${EXPORT_IR_VERSION}; Sub/Div, Gemm, Sigmoid, Mul, Add)`);
  return 0;
}
