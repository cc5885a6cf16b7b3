/** `sobolev import model.onnx -o model.json`: a dense MLP from ONNX as a sobolev model file. */
import { sharedNormalization } from "../train/surrogate.js";
import { paramCount } from "../train/mlp.js";
import { inputFile, outputFile } from "./errors.js";
import { importOnnxFile, OnnxImportError } from "../train/onnx/import.js";
import { saveModel } from "../train/model.js";

export function importCommand(file: string, o: { out: string; norm?: [number, number, number, number] }, log = console.log, error = console.error): number {
  inputFile(file, "ONNX file");
  outputFile(o.out);
  let m;
  try {
    m = importOnnxFile(file);
  } catch (e) {
    if (e instanceof OnnxImportError) { error(`sobolev import: ${e.message}`); return 1; }
    throw e;
  }
  if (o.norm) m.norm = sharedNormalization(o.norm[0], o.norm[1], o.norm[2], o.norm[3], m.sizes[0]!);
  saveModel(o.out, m);
  log(`imported ${file}: ${[...m.sizes].join("-")} (${paramCount(m.sizes)} parameters), normalisation x: mean ${[...m.norm.xMean].join(", ")} std ${[...m.norm.xStd].join(", ")}, y: mean ${m.norm.yMean} std ${m.norm.yStd}; wrote ${o.out}`);
  return 0;
}
