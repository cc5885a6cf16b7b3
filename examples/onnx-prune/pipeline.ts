/**
 * Pruning an outside model: import the authors' oversized ONNX network (JAX/Equinox, plain MSE),
 * prune it to the size of their pruned network (6×8) with our Interval Adjoint Significance
 * Analysis, Sobolev fine-tune it on Bachelier data with the same basket weights (recovered from
 * their deltas), and evaluate everything on their validation set (S = b·1).
 */
import * as path from "node:path";
import { basketPayoff_adjoint } from "../../models/generated/bachelier.adjoint.js";
import { makeMarket, simulate } from "../../models/bachelier.js";
import { mlp_adjoint_interval } from "../../models/generated/mlp.adjoint_interval.js";
import { mlpFunctions as F } from "../../train/mlp-surrogate.js";
import { activationCount, paramCount } from "../../train/mlp.js";
import { readNpy } from "../../train/npy.js";
import { importOnnxFile } from "../../train/onnx/import.js";
import { chooseRemovals, dataMeans, pruneNeurons } from "../../train/prune.js";
import { dataBox, significance } from "../../train/significance.js";
import { r2 } from "../../train/metrics.js";
import type { SurrogateModel } from "../../train/model.js";
import { train } from "../../train/trainer.js";

export interface Row {
  name: string;
  params: number;
  values: number;
  deltas: number;
  gammas: number;
}

/** R² on the authors' validation set; gamma = d²V/db² along S = b·1 = 1ᵀH1 (generated HVP). */
export function validate(ref: string, m: SurrogateModel): [number, number, number] {
  const xs = readNpy(path.join(ref, "bachelier_xs.npy")).data, ys = readNpy(path.join(ref, "bachelier_ys.npy")).data;
  const ds = readNpy(path.join(ref, "bachelier_deltas.npy")).data, gs = readNpy(path.join(ref, "bachelier_gammas.npy")).data;
  const n = 7, nAct = activationCount(m.sizes);
  const act = new Float64Array(nAct), aB = new Float64Array(nAct), aD = new Float64Array(nAct), aBD = new Float64Array(nAct);
  const xn = new Float64Array(n), xB = new Float64Array(n), xBD = new Float64Array(n), out = new Float64Array(2);
  const V: number[] = [], D: number[] = [], G: number[] = [];
  const { xMean, xStd, yMean, yStd } = m.norm;
  // the validation set moves every spot together: gamma along (1, …, 1) in spot units, 1/xStd in the network's
  const ones = Float64Array.from(xStd, (s) => 1 / s);
  for (let s = 0; s < xs.length; s++) {
    for (let i = 0; i < n; i++) xn[i] = (xs[s]! - xMean[i]!) / xStd[i]!;
    xB.fill(0); xBD.fill(0); aB.fill(0); aBD.fill(0);
    F.adjointTangent(m.params, xn, act, m.sizes, xB, aB, 1, ones, aD, xBD, aBD, out);
    V.push(yMean + yStd * out[0]!);
    let h = 0;
    for (let i = 0; i < n; i++) { D.push((yStd / xStd[i]!) * xB[i]!); h += ones[i]! * xBD[i]!; }
    G.push(yStd * h);
  }
  return [r2(V, ys), r2(D, ds), r2(G, gs)];
}

export function runOnnxPrune(ref: string, o: { epochs: number; lr: number; samples: number; seed: number; log?: (s: string) => void }): Row[] {
  const log = o.log ?? (() => {});
  const row = (name: string, m: SurrogateModel): Row => {
    const [values, deltas, gammas] = validate(ref, m);
    return { name, params: paramCount(m.sizes), values, deltas, gammas };
  };
  const oversized = importOnnxFile(path.join(ref, "bachelier_vmap_model_ml.onnx"));
  // basket weights from any row of their deltas: w = deltas[0] / sum(deltas[0])
  const d0 = readNpy(path.join(ref, "bachelier_deltas.npy")).data.subarray(0, 7);
  const sum = d0.reduce((a, b) => a + b, 0);
  const market = makeMarket(o.seed, 7, d0.map((v) => v / sum));
  const data = simulate(market, o.samples, o.seed + 1, basketPayoff_adjoint);
  const rows = [row("authors' oversized (imported)", oversized)];
  log(`imported ${[...oversized.sizes].join("-")}; R² ${rows[0]!.values.toFixed(6)} / ${rows[0]!.deltas.toFixed(6)} / ${rows[0]!.gammas.toFixed(6)}`);
  const sig = significance(mlp_adjoint_interval, oversized, dataBox(data.x, 7), 8);
  const pruned = pruneNeurons(oversized, chooseRemovals(sig, oversized.sizes, 48, "layer"), dataMeans(F.primal, oversized, data.x));
  rows.push(row("ours, pruned to 6×8", pruned));
  log(`pruned to ${[...pruned.sizes].join("-")}; Sobolev fine-tuning ${o.epochs} epochs`);
  train(F, pruned, data, { loss: "sobolev", epochs: o.epochs, batchSize: 256, batchesPerEpoch: 64, lr: o.lr, seed: o.seed + 2 });
  rows.push(row("ours, pruned 6×8 + Sobolev fine-tuning", pruned));
  for (const [file, name] of [["bachelier_pruned_model_120.onnx", "authors' pruned 6×8"], ["bachelier_pruned_model_125_retrained.onnx", "authors' pruned 2×3, retrained"]] as const) {
    const m = importOnnxFile(path.join(ref, file));
    m.norm = { ...oversized.norm }; // their pruned graphs take normalised input (diff-ml README)
    rows.push(row(name, m));
  }
  return rows;
}
