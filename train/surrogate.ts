/**
 * The generated functions a trainer drives. The runtime knows nothing about a particular model:
 * models/ passes its generated variants in (see train/mlp-surrogate.ts for the MLP's).
 */
import type { SimdInstance } from "../runtime/simd/instance.js";

export interface SurrogateFunctions {
  /**
   * Optional: the same derivatives from the compiler's WebAssembly SIMD build (several samples per
   * call); training uses them unless told `backend: "js"` (train/simd-gradients.ts).
   */
  simd?: SimdSurrogate;
  /** Optional: the same from the single-precision (f32) SIMD build, twice the samples per call (`precision: "f32"`). */
  simdF32?: SimdSurrogate;
  /** f(params, x, act, sizes) */
  primal(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array): number;
  /** adjoint w.r.t. params and x: returns f, adds out_b·∂f/∂params and out_b·∂f/∂x */
  adjoint(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, paramsB: Float64Array, xB: Float64Array, actB: Float64Array, outB: number): number;
  /** adjoint (w.r.t. params) of the tangent (w.r.t. x): the Sobolev gradient; outB = [seed of f, seed of ∇f·x_d] */
  tangentAdjoint(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, xD: Float64Array, actD: Float64Array, out: Float64Array,
    paramsB: Float64Array, actB: Float64Array, actDB: Float64Array, outB: Float64Array): void;
  /**
   * Optional: adjoint w.r.t. params of one sample's squared error (f(x) − target)²; returns it and
   * adds outB·∂/∂params. The plain gradient in one sweep (without it: a primal pass for the
   * residual, then the adjoint seeded with it).
   */
  squaredErrorAdjoint?(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, target: number, paramsB: Float64Array, actB: Float64Array, outB: number): number;
  /** Optional: adjoint w.r.t. x only: returns f, adds outB·∂f/∂x (without it: `adjoint` into a scratch parameter gradient). */
  inputAdjoint?(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, xB: Float64Array, actB: Float64Array, outB: number): number;
  /**
   * Optional: adjoint (w.r.t. params) of the tangent (x, along u) of the tangent (x, along v): with
   * outDB = [0, 1], adds ∂(uᵀ∇²ₓf v)/∂params into paramsB (the second-order loss, train/second-order.ts).
   */
  tangentTangentAdjoint?(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, u: Float64Array, actD: Float64Array, out: Float64Array,
    v: Float64Array, actD1: Float64Array, actDD: Float64Array, outD: Float64Array, paramsB: Float64Array, actB: Float64Array, actDB: Float64Array, outB: Float64Array,
    actD1B: Float64Array, actDDB: Float64Array, outDB: Float64Array): void;
  /** tangent (w.r.t. x) of the adjoint (w.r.t. x): gradient in xB, Hessian-vector product in xBD */
  adjointTangent(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, xB: Float64Array, actB: Float64Array, outB: number,
    xD: Float64Array, actD: Float64Array, xBD: Float64Array, actBD: Float64Array, out: Float64Array): void;
}

/**
 * Affine standardisation, per input: u_j = (x_j − xMean[j]) / xStd[j], y_n = (y − yMean) / yStd.
 * A spot near 100 and a volatility near 0.2 then both vary over about ±1 in the network's units, and
 * each derivative label ∂y/∂x_j becomes ∂y_n/∂u_j = (∂y/∂x_j)·xStd[j]/yStd, in its own input's units.
 */
export interface Normalization {
  xMean: Float64Array;
  xStd: Float64Array;
  yMean: number;
  yStd: number;
}

/** Mean and standard deviation of every column of x (count × n) and of y. */
export function fitNormalization(x: Float64Array, y: Float64Array, n: number): Normalization {
  const count = y.length;
  const xMean = new Float64Array(n), xStd = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let m = 0, s = 0;
    for (let k = 0; k < count; k++) m += x[k * n + j]!;
    m /= count;
    for (let k = 0; k < count; k++) s += (x[k * n + j]! - m) ** 2;
    xMean[j] = m;
    xStd[j] = Math.sqrt(s / count) || 1;
  }
  let m = 0, s = 0;
  for (const v of y) m += v;
  m /= count;
  for (const v of y) s += (v - m) * (v - m);
  return { xMean, xStd, yMean: m, yStd: Math.sqrt(s / count) || 1 };
}

/** The same normalisation for every input (the authors' scheme: mean and deviation over all x entries), as a per-input one. */
export function sharedNormalization(xMean: number, xStd: number, yMean: number, yStd: number, n: number): Normalization {
  return { xMean: new Float64Array(n).fill(xMean), xStd: new Float64Array(n).fill(xStd), yMean, yStd };
}

/** Which functions of a SIMD build are the surrogate's (names as in `<model>.simd.ts`). */
export interface SimdSurrogate {
  instance: SimdInstance;
  /** (params, x, act, sizes, target, params_b, act_b, out_b) → (f − target)² */
  squaredErrorAdjoint: string;
  /** (params, x, act, sizes, x_b, act_b, out_b) → f, x_b += out_b·∇ₓf */
  inputAdjoint: string;
  /** (params, x, act, sizes, x_d, act_d, out, params_b, act_b, act_d_b, out_b) */
  tangentAdjoint: string;
  /** Optional, for the second-order loss: (params, x, act, sizes, x_b, act_b, out_b, x_d, act_d, x_b_d, act_b_d, out) */
  adjointTangent?: string;
  /** Optional, for the second-order loss: (params, x, act, sizes, u, act_d, out, v, act_d_1, act_d_d, out_d, params_b, act_b, act_d_b, out_b, act_d_1_b, act_d_d_b, out_d_b) */
  tangentTangentAdjoint?: string;
}
