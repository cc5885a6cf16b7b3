/**
 * A trained surrogate: architecture, parameters, normalisation, training metadata; predictions
 * (value, gradient, Hessian-vector products) in original units; save/load as JSON.
 */
import { readFileSync } from "node:fs";
import { writeFileAtomic } from "../runtime/fs.js";
import { activationCount, paramCount } from "./mlp.js";
import { r2 } from "./metrics.js";
import type { Normalization, SurrogateFunctions } from "./surrogate.js";

export interface SurrogateModel {
  sizes: Int32Array;
  params: Float64Array;
  norm: Normalization;
  /** Free-form training metadata (loss, epochs, seeds, timings, R²). */
  meta: Record<string, unknown>;
}

export function cloneModel(m: SurrogateModel): SurrogateModel {
  return { sizes: m.sizes.slice(), params: m.params.slice(), norm: { ...m.norm, xMean: m.norm.xMean.slice(), xStd: m.norm.xStd.slice() }, meta: { ...m.meta } };
}

export const MODEL_FORMAT = "sobolev-mlp";
/** Version 2: per-input xMean and xStd (arrays); version 1 files (one scalar for every input) still load. */
export const MODEL_VERSION = 2;

export function saveModel(file: string, m: SurrogateModel): void {
  const json = {
    format: MODEL_FORMAT, version: MODEL_VERSION, activation: "silu", output: "linear", sizes: [...m.sizes],
    normalization: { xMean: [...m.norm.xMean], xStd: [...m.norm.xStd], yMean: m.norm.yMean, yStd: m.norm.yStd }, params: [...m.params], training: m.meta,
  };
  writeFileAtomic(file, JSON.stringify(json) + "\n");
}

export class ModelFileError extends Error {
  constructor(file: string, what: string) {
    super(`${file}: ${what}`);
    this.name = "ModelFileError";
  }
}

export function loadModel(file: string): SurrogateModel {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ModelFileError(file, `cannot read (${(e as Error).message})`);
  }
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(text);
  } catch (e) {
    throw new ModelFileError(file, `not valid JSON (${(e as Error).message})`);
  }
  if (j === null || typeof j !== "object") throw new ModelFileError(file, "not a JSON object");
  if (j.format !== MODEL_FORMAT) throw new ModelFileError(file, `format is ${JSON.stringify(j.format)}, expected "${MODEL_FORMAT}"`);
  if (j.version !== MODEL_VERSION && j.version !== 1) throw new ModelFileError(file, `version ${JSON.stringify(j.version)} is not supported (expected 1 or ${MODEL_VERSION})`);
  if (j.activation !== "silu") throw new ModelFileError(file, `activation ${JSON.stringify(j.activation)} is not supported (silu)`);
  const sizes = j.sizes;
  if (!Array.isArray(sizes) || sizes.length < 2 || !sizes.every((s) => Number.isInteger(s) && s > 0) || sizes[sizes.length - 1] !== 1) {
    throw new ModelFileError(file, "sizes must be an array of at least two positive integers ending in 1");
  }
  const params = j.params;
  const want = paramCount(sizes as number[]);
  if (!Array.isArray(params) || params.length !== want) {
    throw new ModelFileError(file, `params has ${Array.isArray(params) ? params.length : "no"} entries; sizes [${sizes.join(", ")}] need ${want}`);
  }
  const bad = params.findIndex((p) => typeof p !== "number" || !Number.isFinite(p));
  if (bad >= 0) throw new ModelFileError(file, `params[${bad}] is not a finite number`);
  const n = j.normalization as Record<string, unknown> | undefined;
  const inputs = sizes[0] as number;
  const perInput = (k: string): Float64Array => {
    const v = n?.[k];
    // version 1: one number for every input
    if (typeof v === "number" && Number.isFinite(v)) return new Float64Array(inputs).fill(v);
    if (Array.isArray(v) && v.length === inputs && v.every((e) => typeof e === "number" && Number.isFinite(e))) return Float64Array.from(v as number[]);
    throw new ModelFileError(file, `normalization.${k} must be ${inputs} finite numbers, one per input (or one number for all)`);
  };
  const xMean = perInput("xMean"), xStd = perInput("xStd");
  for (const k of ["yMean", "yStd"]) {
    if (!n || typeof n[k] !== "number" || !Number.isFinite(n[k] as number)) throw new ModelFileError(file, `normalization.${k} is missing or not finite`);
  }
  if (xStd.some((v) => v <= 0) || (n!.yStd as number) <= 0) throw new ModelFileError(file, "normalization standard deviations must be positive");
  const norm: Normalization = { xMean, xStd, yMean: n!.yMean as number, yStd: n!.yStd as number };
  return {
    sizes: Int32Array.from(sizes as number[]),
    params: Float64Array.from(params as number[]),
    norm,
    meta: (j.training as Record<string, unknown>) ?? {},
  };
}

/**
 * Value, gradient and the gamma wᵀHw / divisor of the surrogate at each test point (original units).
 * The default divisor |w|⁴ makes it the basket gamma d²V/db² of a function of b = w·x.
 */
export function evaluateModel(f: SurrogateFunctions, m: SurrogateModel, x: Float64Array, w: Float64Array, divisor?: number): { value: Float64Array; delta: Float64Array; gamma: Float64Array } {
  const n = m.sizes[0]!, count = x.length / n;
  const nAct = activationCount(m.sizes);
  const act = new Float64Array(nAct), actB = new Float64Array(nAct), actD = new Float64Array(nAct), actBD = new Float64Array(nAct);
  const xn = new Float64Array(n), xB = new Float64Array(n), xBD = new Float64Array(n), out = new Float64Array(2);
  const value = new Float64Array(count), delta = new Float64Array(count * n), gamma = new Float64Array(count);
  const { xMean, xStd, yMean, yStd } = m.norm;
  let w2 = 0;
  for (const v of w) w2 += v * v;
  // f(x) = yMean + yStd·g(u), u = (x − xMean)/xStd: wᵀ∇²f w = yStd·w_uᵀ∇²g w_u with w_u = w/xStd
  const wu = w.map((v, j) => v / xStd[j]!);
  for (let s = 0; s < count; s++) {
    for (let j = 0; j < n; j++) xn[j] = (x[s * n + j]! - xMean[j]!) / xStd[j]!;
    xB.fill(0); xBD.fill(0); actB.fill(0); actBD.fill(0);
    f.adjointTangent(m.params, xn, act, m.sizes, xB, actB, 1, wu, actD, xBD, actBD, out);
    value[s] = yMean + yStd * out[0]!;
    let wHw = 0;
    for (let j = 0; j < n; j++) {
      delta[s * n + j] = (yStd / xStd[j]!) * xB[j]!;
      wHw += wu[j]! * xBD[j]!;
    }
    gamma[s] = (yStd * wHw) / (divisor ?? w2 * w2);
  }
  return { value, delta, gamma };
}

export interface R2 {
  values: number;
  /** Every delta component flattened into one R², in the inputs' own units. */
  deltas: number;
  gammas: number;
  /** R² of each input's delta ∂V/∂x_j on its own. */
  deltaByInput?: number[];
}

export function r2Triple(pred: { value: Float64Array; delta: Float64Array; gamma: Float64Array }, truth: { price: Float64Array; delta: Float64Array; gamma: Float64Array }): R2 {
  const count = truth.price.length, n = truth.delta.length / count;
  const column = (a: Float64Array, j: number) => Float64Array.from({ length: count }, (_, s) => a[s * n + j]!);
  const deltaByInput = Array.from({ length: n }, (_, j) => r2(column(pred.delta, j), column(truth.delta, j)));
  return { values: r2(pred.value, truth.price), deltas: r2(pred.delta, truth.delta), gammas: r2(pred.gamma, truth.gamma), deltaByInput };
}
