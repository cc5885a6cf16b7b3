/**
 * Loss gradients of a batch, computed by generated code only (no finite differences, no
 * hand-written second derivatives). Inputs and targets are already standardised.
 *
 * Plain loss: mean over the batch of (f − y)².
 * Sobolev loss: mean of α(f − y)² + β·mean_j (∂f/∂x_j − d_j)², α = 1/(1+n), β = n/(1+n).
 * Its parameter gradient per sample is 2α(f − y)∇θf + ∇θ(∇ₓf · v) with v = (2β/n)(∇ₓf − d): the
 * adjoint (w.r.t. θ) of the tangent (w.r.t. x along v), seeded with [2α(f − y), 1].
 */
import type { Batch } from "./batch.js";
import { SimdGradients } from "./simd-gradients.js";
import { secondOrderGradient, secondOrderWorkspace, type FirstOrderBuffers, type SecondOrderWorkspace } from "./second-order.js";
import { SobolevTerms } from "./sobolev-terms.js";
import type { SimdSurrogate, SurrogateFunctions } from "./surrogate.js";
import type { Precision } from "../runtime/simd/instance.js";

export type { Batch } from "./batch.js";

/** Where the gradients run: the SIMD build when the surrogate has one ("auto"), or the TypeScript variants ("js"). */
export type Backend = "auto" | "js";

/**
 * The precision of the SIMD build the gradients run on: float32 kernels (8 samples per call, what
 * training needs; parameters, Adam and evaluation stay float64) or float64 (4 per call). The
 * TypeScript variants are float64 either way.
 */
export type { Precision } from "../runtime/simd/instance.js";
/** The precision training uses unless told otherwise (README: the case study's R² with both). */
export const DEFAULT_PRECISION: Precision = "f32";

/** One thread's buffers: the first-order sweeps' (second-order.ts names them), and caches made on first use. */
export interface Workspace extends FirstOrderBuffers {
  /** The SIMD builds' buffers by precision, made on first use. */
  simd?: Partial<Record<Precision, SimdGradients>>;
  /** The second-order loss's buffers, made on first use. */
  second?: SecondOrderWorkspace;
}

export function workspace(nParams: number, nAct: number, nIn: number): Workspace {
  return {
    act: new Float64Array(nAct), actB: new Float64Array(nAct), actD: new Float64Array(nAct), actDB: new Float64Array(nAct),
    x: new Float64Array(nIn), xB: new Float64Array(nIn), v: new Float64Array(nIn), out: new Float64Array(2), outB: new Float64Array(2),
    scratchParams: new Float64Array(nParams),
  };
}


/** Plain MSE: writes the mean gradient into `grad` (overwritten), returns the mean loss. */
export function plainGradient(f: SurrogateFunctions, params: Float64Array, sizes: Int32Array, b: Batch, grad: Float64Array, ws: Workspace): number {
  grad.fill(0);
  const n = ws.x.length, B = b.size ?? b.index.length;
  let loss = 0;
  const sqErr = f.squaredErrorAdjoint;
  for (const s of b.index) {
    for (let j = 0; j < n; j++) ws.x[j] = b.x[s * n + j]!;
    ws.actB.fill(0);
    if (sqErr) {
      loss += sqErr(params, ws.x, ws.act, sizes, b.y[s]!, grad, ws.actB, 1 / B);
      continue;
    }
    const y = f.primal(params, ws.x, ws.act, sizes);
    const r = y - b.y[s]!;
    loss += r * r;
    f.adjoint(params, ws.x, ws.act, sizes, grad, ws.xB, ws.actB, (2 * r) / B);
  }
  return loss / B;
}

/** Sobolev loss (see above): mean gradient into `grad`, returns [total, value part, derivative part]. */
export function sobolevGradient(f: SurrogateFunctions, params: Float64Array, sizes: Int32Array, b: Batch, grad: Float64Array, ws: Workspace): [number, number, number] {
  grad.fill(0);
  const n = ws.x.length;
  const terms = new SobolevTerms(n, b.size ?? b.index.length, undefined, b.derivativeWeights);
  for (const s of b.index) {
    for (let j = 0; j < n; j++) ws.x[j] = b.x[s * n + j]!;
    ws.xB.fill(0);
    ws.actB.fill(0);
    // ∇ₓf in xB
    const y = f.inputAdjoint ? f.inputAdjoint(params, ws.x, ws.act, sizes, ws.xB, ws.actB, 1) : f.adjoint(params, ws.x, ws.act, sizes, ws.scratchParams, ws.xB, ws.actB, 1);
    ws.outB[0] = terms.value(y - b.y[s]!);
    for (let j = 0; j < n; j++) ws.v[j] = terms.derivative(ws.xB[j]! - b.d![s * n + j]!, j);
    ws.actB.fill(0);
    ws.actDB.fill(0);
    ws.outB[1] = 1;
    f.tangentAdjoint(params, ws.x, ws.act, sizes, ws.v, ws.actD, ws.out, grad, ws.actB, ws.actDB, ws.outB);
  }
  return terms.totals();
}

export type Loss = "plain" | "sobolev" | "second-order";

/**
 * The loss's mean gradient into `grad`; returns [total, value part, derivative part] (plain:
 * [loss, loss, 0]; second order: the Hessian part is in the total). On the SIMD build of the
 * requested precision when the surrogate has one and `backend` is "auto", else on the TypeScript
 * variants (the second-order loss there needs its two variants in the build).
 */
export function lossGradient(loss: Loss, f: SurrogateFunctions, params: Float64Array, sizes: Int32Array, b: Batch, grad: Float64Array, ws: Workspace, backend: Backend = "auto", precision: Precision = DEFAULT_PRECISION): [number, number, number] {
  const build = backend === "auto" ? simdBuild(f, precision) : undefined;
  const simd = () => ((ws.simd ??= {})[precision] ??= new SimdGradients(build!, grad.length, ws.act.length, ws.x.length, sizes));
  if (loss === "second-order") {
    if (build?.tangentTangentAdjoint) return simd().secondOrder(params, b, grad);
    const [total, lv, ld] = secondOrderGradient(f, params, sizes, b, grad, ws, (ws.second ??= secondOrderWorkspace(ws.act.length, ws.x.length)));
    return [total, lv, ld];
  }
  if (build) {
    if (loss === "sobolev") return simd().sobolev(params, b, grad);
    const l = simd().plain(params, b, grad);
    return [l, l, 0];
  }
  if (loss === "sobolev") return sobolevGradient(f, params, sizes, b, grad, ws);
  const l = plainGradient(f, params, sizes, b, grad, ws);
  return [l, l, 0];
}

/** The surrogate's SIMD build of a precision (undefined: it has none, and the TypeScript variants serve). */
export function simdBuild(f: SurrogateFunctions, precision: Precision): SimdSurrogate | undefined {
  return precision === "f32" ? f.simdF32 : f.simd;
}
