/** A training worker thread (see parallel.ts): its chunk of each batch's gradient, then its slice of the update. */
import { workerData } from "node:worker_threads";
import { lossGradient, workspace, type Batch } from "./gradients.js";
import { Adam } from "./adam.js";
import { ADAM, awaitChange, CTRL, LOSSES, PHASE, RESULT_SLOTS, sliceOf, updateSlice, type FunctionsModule, type PoolShape } from "./parallel.js";
import type { SurrogateFunctions } from "./surrogate.js";

interface Data {
  fm: FunctionsModule;
  shape: PoolShape;
  ctrl: Int32Array;
  params: Float64Array;
  /** Every thread's chunk gradient (the calling thread's first; this one's at `slot`). */
  grads: Float64Array[];
  results: Float64Array;
  index: Int32Array;
  data: { x: Float64Array; y: Float64Array; d: Float64Array; h?: Float64Array; lambda?: Float64Array; dirs: Float64Array; weight: Float64Array };
  /** The pool's optimizer: its moments, constants, and words (ADAM: learning rate, step). */
  adam: { m: Float64Array; v: Float64Array; b1: number; b2: number; eps: number; words: Float64Array };
  slot: number;
  threads: number;
}

const w = workerData as Data;
const { ctrl, shape } = w;
// a failure here is flagged by runtime/ts-worker.mjs (CTRL.failed, waking CTRL.done)
const f = (await import(w.fm.url))[w.fm.exportName] as SurrogateFunctions;
const ws = workspace(shape.nParams, shape.nAct, shape.n);
const adam = new Adam(shape.nParams, 0, w.adam, w.adam.b1, w.adam.b2, w.adam.eps);
let seq = Atomics.load(ctrl, CTRL.seq);
Atomics.add(ctrl, CTRL.ready, 1);
Atomics.notify(ctrl, CTRL.ready);
for (;;) {
  awaitChange(ctrl, CTRL.seq, seq);
  seq = Atomics.load(ctrl, CTRL.seq);
  if (Atomics.load(ctrl, CTRL.stop) !== 0) break;
  if (Atomics.load(ctrl, CTRL.phase) === PHASE.update) {
    adam.lr = w.adam.words[ADAM.lr]!;
    adam.t = w.adam.words[ADAM.t]!;
    const [from, to] = sliceOf(w.slot, w.threads, shape.nParams);
    updateSlice(adam, w.params, w.grads, from, to);
  } else {
    const B = Atomics.load(ctrl, CTRL.count);
    const K = Atomics.load(ctrl, CTRL.directions);
    const batch: Batch = { ...w.data, derivativeWeights: w.data.lambda, dirs: w.data.dirs.subarray(0, K * shape.n), hessianWeight: w.data.weight[0]!, index: w.index.subarray(...sliceOf(w.slot, w.threads, B)), size: B };
    const loss = LOSSES[Atomics.load(ctrl, CTRL.loss)]!;
    w.results.set(lossGradient(loss, f, w.params, shape.sizes, batch, w.grads[w.slot]!, ws, shape.backend, shape.precision), w.slot * RESULT_SLOTS);
  }
  Atomics.add(ctrl, CTRL.done, 1);
  Atomics.notify(ctrl, CTRL.done);
}
