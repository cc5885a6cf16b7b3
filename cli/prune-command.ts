/**
 * `sobolev prune <model.json>`: Interval Adjoint Significance pruning of a saved MLP to a target
 * number of hidden neurons, over the model's input box (stored by `sobolev train`, or --box).
 */
import { mlp_adjoint_interval } from "../models/generated/mlp.adjoint_interval.js";
import { paramCount } from "../train/mlp.js";
import { inputFile, outputFile } from "./errors.js";
import { chooseRemovals, midValues, pruneNeurons } from "../train/prune.js";
import { significance, type Box } from "../train/significance.js";
import { loadModel, ModelFileError, saveModel } from "../train/model.js";

export interface PruneOptions {
  target: number;
  out: string;
  subdivide: number;
  ranking: "global" | "layer";
  box?: [number, number];
}

export function pruneCommand(file: string, o: PruneOptions, log = console.log, error = console.error): number {
  inputFile(file, "model file");
  outputFile(o.out);
  let model;
  try {
    model = loadModel(file);
  } catch (e) {
    if (e instanceof ModelFileError) { error(`sobolev prune: ${e.message}`); return 1; }
    throw e;
  }
  const n = model.sizes[0]!;
  let box: Box;
  const stored = model.meta.inputBox as { lo?: number[]; hi?: number[] } | undefined;
  if (o.box) box = { lo: new Float64Array(n).fill(o.box[0]), hi: new Float64Array(n).fill(o.box[1]) };
  else if (stored?.lo?.length === n && stored.hi?.length === n) box = { lo: Float64Array.from(stored.lo), hi: Float64Array.from(stored.hi) };
  else { error(`sobolev prune: ${file} records no input box; give one with --box lo,hi`); return 1; }
  const hidden = [...model.sizes].slice(1, -1).reduce((a, b) => a + b, 0);
  if (o.target >= hidden) { error(`sobolev prune: the model has ${hidden} hidden neurons; --target must be smaller`); return 1; }
  let remove;
  const sig = significance(mlp_adjoint_interval, model, box, o.subdivide);
  try {
    remove = chooseRemovals(sig, model.sizes, o.target, o.ranking);
  } catch (e) {
    error(`sobolev prune: ${(e as Error).message}`);
    return 1;
  }
  const pruned = pruneNeurons(model, remove, midValues(sig));
  pruned.meta = { ...pruned.meta, pruning: { target: o.target, subdivide: o.subdivide, ranking: o.ranking, removed: [...remove].sort((a, b) => a - b) } };
  saveModel(o.out, pruned);
  log(`pruned ${[...model.sizes].join("-")} (${paramCount(model.sizes)} parameters) to ${[...pruned.sizes].join("-")} (${paramCount(pruned.sizes)} parameters); wrote ${o.out}`);
  return 0;
}
