/**
 * Training steps on several threads: the batch is cut into contiguous chunks, worker threads
 * compute the gradients of all chunks but the first with the same generated code (loaded from a
 * module they import themselves), the calling thread computes the first; then every thread adds
 * up one slice of the parameters' gradient, in chunk order, and applies Adam's update to that
 * slice (the update is elementwise). The same seed and the same number of threads give the same
 * numbers; a different number of threads adds in a different order (differences at rounding level).
 *
 * Memory is shared (SharedArrayBuffer): the standardised data once, the parameters copied in
 * before each step and out after it, one gradient buffer per thread, Adam's moments. Steps are
 * handed over with Atomics (the calling thread blocks while the workers finish), so training
 * stays a synchronous loop.
 */
import type { Worker } from "node:worker_threads";
import { sibling, tsWorker } from "../runtime/ts-worker.js";
import { Adam } from "./adam.js";
import { lossGradient, type Backend, type Batch, type Loss, type Precision, type Workspace } from "./gradients.js";
import type { SurrogateFunctions } from "./surrogate.js";

/** Where worker threads find the surrogate's generated functions: a module URL and its export. */
export interface FunctionsModule {
  url: string;
  exportName: string;
}

/** Control words (Int32Array over shared memory). */
export const CTRL = { seq: 0, done: 1, loss: 2, count: 3, stop: 4, failed: 5, ready: 6, directions: 7, phase: 8, size: 9 } as const;
/** What a step asks of the threads (CTRL.phase): their chunks' gradients, or their slices' update. */
export const PHASE = { gradient: 0, update: 1 } as const;
/** Adam's words for the update (Float64Array): the learning rate and the step count. */
export const ADAM = { lr: 0, t: 1, size: 2 } as const;
/** The loss codes of CTRL.loss. */
export const LOSSES: readonly Loss[] = ["plain", "sobolev", "second-order"];
/** How long the workers may take to start (load tsx and the generated code). */
const START_MS = 60_000;
/**
 * How long a thread polls for the next step (or for the workers' results) before it blocks. A
 * thread that sleeps between steps wakes on a cold, sometimes descheduled core (measured on the
 * 2-core machine: a worker's chunk took 5–14 ms instead of 4.5 when it slept between steps); the
 * trainer's steps follow each other within milliseconds, so polling that long keeps it running.
 */
export const SPIN_MS = 20;

/** Wait until word `at` of `words` is no longer `value`: poll for SPIN_MS, then block (timeout ms, 0: forever). */
export function awaitChange(words: Int32Array, at: number, value: number, timeout = 0): void {
  const until = performance.now() + SPIN_MS;
  while (Atomics.load(words, at) === value) {
    if (performance.now() > until) {
      Atomics.wait(words, at, value, timeout || undefined);
      return;
    }
  }
}

/** Per worker result slots (Float64Array): loss total, value part, derivative part. */
export const RESULT_SLOTS = 3;

const shared = (n: number): Float64Array => new Float64Array(new SharedArrayBuffer(Math.max(1, n) * 8));

/** Thread `slot`'s part [from, to) of `n` elements split among `threads`: of a batch's samples, and of the parameters. */
export function sliceOf(slot: number, threads: number, n: number): [number, number] {
  const size = Math.ceil(n / threads), from = Math.min(n, slot * size);
  return [from, Math.min(n, from + size)];
}

/** One thread's part of the update: the chunks' gradients added up in chunk order over [from, to), then Adam there. */
export function updateSlice(adam: Adam, params: Float64Array, grads: readonly Float64Array[], from: number, to: number): void {
  const total = grads[0]!;
  for (let k = 1; k < grads.length; k++) {
    const g = grads[k]!;
    for (let i = from; i < to; i++) total[i]! += g[i]!;
  }
  adam.update(params, total, from, to);
}

export interface PoolShape {
  n: number;
  count: number;
  nParams: number;
  nAct: number;
  sizes: Int32Array;
  backend: Backend;
  precision: Precision;
  /** Directions per batch of the second-order loss (the shared buffer's size). */
  maxDirections?: number;
}

export class GradientPool {
  private readonly workers: Worker[] = [];
  private readonly ctrl = new Int32Array(new SharedArrayBuffer(CTRL.size * 4));
  private readonly params: Float64Array;
  /** Every thread's chunk gradient, the calling thread's first. */
  private readonly grads: Float64Array[] = [];
  private readonly results: Float64Array;
  private readonly adamWords = shared(ADAM.size);
  /** The optimizer: its moments in shared memory, updated by every thread in step(). */
  readonly adam: Adam;
  private readonly index: Int32Array;
  private readonly data: { x: Float64Array; y: Float64Array; d: Float64Array; h?: Float64Array; lambda?: Float64Array; dirs: Float64Array; weight: Float64Array };

  /** `threads` ≥ 2: the calling thread and threads − 1 workers; `lr`: Adam's learning rate. */
  constructor(private readonly f: SurrogateFunctions, fm: FunctionsModule, private readonly shape: PoolShape, data: { x: Float64Array; y: Float64Array; d: Float64Array; h?: Float64Array; lambda?: Float64Array }, readonly threads: number, lr: number) {
    this.data = { x: shared(data.x.length), y: shared(data.y.length), d: shared(data.d.length), dirs: shared((shape.maxDirections ?? 0) * shape.n), weight: shared(1) };
    this.data.x.set(data.x);
    this.data.y.set(data.y);
    this.data.d.set(data.d);
    if (data.h) {
      this.data.h = shared(data.h.length);
      this.data.h.set(data.h);
    }
    if (data.lambda) {
      this.data.lambda = shared(data.lambda.length);
      this.data.lambda.set(data.lambda);
    }
    this.params = shared(shape.nParams);
    this.results = shared(threads * RESULT_SLOTS);
    this.index = new Int32Array(new SharedArrayBuffer(Math.max(1, shape.count) * 4));
    this.adam = new Adam(shape.nParams, lr, { m: shared(shape.nParams), v: shared(shape.nParams) });
    for (let w = 0; w < threads; w++) this.grads.push(shared(shape.nParams));
    const adam = { m: this.adam.m, v: this.adam.v, b1: this.adam.b1, b2: this.adam.b2, eps: this.adam.eps, words: this.adamWords };
    for (let w = 1; w < threads; w++) {
      const worker = tsWorker(sibling(import.meta.url, "worker"),
        { fm, shape, ctrl: this.ctrl, params: this.params, grads: this.grads, results: this.results, index: this.index, data: this.data, adam, slot: w, threads },
        { words: this.ctrl, set: CTRL.failed, wake: CTRL.done });
      worker.on("error", (e) => { console.error(`training worker ${w}: ${e instanceof Error ? e.stack : String(e)}`); });
      worker.unref();
      this.workers.push(worker);
    }
  }

  /**
   * One training step: the batch's mean gradient, then (if the loss is finite) Adam's update of
   * `params` with `this.adam`'s learning rate. Returns [total, value part, derivative part] of the
   * loss (plain: [loss, loss, 0]); with a loss that is not finite, `params` are left as they were.
   */
  step(loss: Loss, params: Float64Array, batchIndex: Int32Array, ws: Workspace, dirs?: Float64Array, hessianWeight?: number): [number, number, number] {
    this.awaitReady();
    this.params.set(params);
    const result = this.gradient(loss, params, batchIndex, ws, dirs, hessianWeight);
    if (!Number.isFinite(result[0])) return result;
    this.adam.advance();
    this.adamWords[ADAM.lr] = this.adam.lr;
    this.adamWords[ADAM.t] = this.adam.t;
    this.run(PHASE.update, () => {
      const [from, to] = sliceOf(0, this.threads, params.length);
      updateSlice(this.adam, this.params, this.grads, from, to);
    });
    params.set(this.params);
    return result;
  }

  /** The batch's mean gradient into `grad` (no update): for optimizers other than Adam (lbfgs.ts). */
  meanGradient(loss: Loss, params: Float64Array, batchIndex: Int32Array, ws: Workspace, grad: Float64Array): [number, number, number] {
    this.awaitReady();
    this.params.set(params);
    const result = this.gradient(loss, params, batchIndex, ws);
    grad.set(this.grads[0]!);
    for (let w = 1; w < this.threads; w++) {
      const g = this.grads[w]!;
      for (let i = 0; i < grad.length; i++) grad[i]! += g[i]!;
    }
    return result;
  }

  /** Every chunk's gradient into its buffer (the calling thread's: grads[0]), the losses added up. */
  private gradient(loss: Loss, params: Float64Array, batchIndex: Int32Array, ws: Workspace, dirs?: Float64Array, hessianWeight?: number): [number, number, number] {
    const B = batchIndex.length, T = this.threads;
    this.index.set(batchIndex);
    Atomics.store(this.ctrl, CTRL.loss, LOSSES.indexOf(loss));
    if (dirs) {
      if (dirs.length > this.data.dirs.length) throw new Error(`internal: ${dirs.length / this.shape.n} directions, the pool holds ${this.data.dirs.length / this.shape.n}`);
      this.data.dirs.set(dirs);
    }
    Atomics.store(this.ctrl, CTRL.directions, dirs ? dirs.length / this.shape.n : 0);
    this.data.weight[0] = hessianWeight ?? 1;
    Atomics.store(this.ctrl, CTRL.count, B);
    let total = 0, value = 0, deriv = 0;
    this.run(PHASE.gradient, () => {
      // the first chunk here, meanwhile
      const mine: Batch = { x: this.data.x, y: this.data.y, d: this.data.d, h: this.data.h, derivativeWeights: this.data.lambda, dirs, hessianWeight, index: batchIndex.subarray(...sliceOf(0, T, B)), size: B };
      [total, value, deriv] = lossGradient(loss, this.f, params, this.shape.sizes, mine, this.grads[0]!, ws, this.shape.backend, this.shape.precision);
    });
    for (let w = 1; w < T; w++) {
      total += this.results[w * RESULT_SLOTS]!;
      value += this.results[w * RESULT_SLOTS + 1]!;
      deriv += this.results[w * RESULT_SLOTS + 2]!;
    }
    return [total, value, deriv];
  }

  /** Start a phase on the workers, do this thread's part, wait for theirs. */
  private run(phase: number, mine: () => void): void {
    Atomics.store(this.ctrl, CTRL.done, 0);
    Atomics.store(this.ctrl, CTRL.phase, phase);
    Atomics.add(this.ctrl, CTRL.seq, 1);
    Atomics.notify(this.ctrl, CTRL.seq);
    mine();
    for (;;) {
      const done = Atomics.load(this.ctrl, CTRL.done);
      if (done === this.threads - 1) break;
      if (Atomics.load(this.ctrl, CTRL.failed) !== 0) throw new Error("a training worker failed (its error is printed above)");
      awaitChange(this.ctrl, CTRL.done, done, 1000);
    }
  }

  private started = false;

  /** Block until every worker has loaded its code (once); a worker that fails to start is an error. */
  private awaitReady(): void {
    if (this.started) return;
    const t0 = Date.now();
    for (;;) {
      const ready = Atomics.load(this.ctrl, CTRL.ready);
      if (ready === this.threads - 1) break;
      if (Atomics.load(this.ctrl, CTRL.failed) !== 0) throw new Error("a training worker failed to start (its error is printed above)");
      if (Date.now() - t0 > START_MS) throw new Error(`training workers did not start within ${START_MS / 1000} s`);
      Atomics.wait(this.ctrl, CTRL.ready, ready, 100);
    }
    this.started = true;
  }

  close(): void {
    Atomics.store(this.ctrl, CTRL.stop, 1);
    Atomics.add(this.ctrl, CTRL.seq, 1);
    Atomics.notify(this.ctrl, CTRL.seq);
    for (const w of this.workers) void w.terminate();
  }
}
