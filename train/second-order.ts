/**
 * Second-order Sobolev training: the loss of gradients.ts plus Hessian-vector products along
 * directions chosen per batch,
 *
 *   L = α·mean (f − y)² + β·mean_j (∂ⱼf − dⱼ)² + γ·mean_{v, i} ((∇²f v)ᵢ − (H v)ᵢ)²,
 *   α = 1/(1 + n + ωn), β = n/(1 + n + ωn), γ = ωn/(1 + n + ωn),
 *
 * so that with ω = 1 the value, each first derivative and each component of a Hessian-vector
 * product (averaged over the batch's directions) weigh the same; ω < 1 trusts noisy second-order
 * labels less. H is the sample's Hessian label (n × n: pathwise, of a
 * smoothed payoff, or the oversized network's).
 *
 * Directions, per batch: "random" — k vectors N(0, I) (E[vvᵀ] = I, so the term estimates the mean
 * squared error of the whole Hessian), or "pca" — the principal components of the batch's
 * derivative labels, as many as explain `share` of their variance (at most k), unit length.
 *
 * The parameter gradient comes from generated code only: the first-order part as in gradients.ts
 * (the adjoint of the tangent), and for each direction v the adjoint (w.r.t. the parameters) of the
 * tangent-over-tangent uᵀ∇²ₓf v (models/generated/mlp.tangent_tangent_adjoint.ts) seeded with the residual
 * u = (2γ/(k·n·B))·(∇²f v − H v), which ∇²f v itself comes from the tangent-over-adjoint.
 */
import { Rng } from "../runtime/random.js";
import type { Batch } from "./batch.js";
import { hessianLabel, SobolevTerms } from "./sobolev-terms.js";
import type { SurrogateFunctions } from "./surrogate.js";

export interface DirectionOptions {
  kind: "random" | "pca";
  /** Directions per batch (at most, for "pca"). */
  count: number;
  /** "pca": the share of the derivative labels' variance the components must explain (default 0.99). */
  share?: number;
  /** ω, the Hessian term's weight relative to the first derivatives' (default 1). */
  weight?: number;
}


/**
 * PCA of the batch's derivative labels (at most two directions, 99 % of their variance), the Hessian
 * term weighted ω = 0.1: on the case study's 8192 samples ω = 1 lost accuracy to the noise of
 * pathwise second-order labels (README: "Second-order Sobolev training").
 */
export const DEFAULT_DIRECTIONS: DirectionOptions = { kind: "pca", count: 2, share: 0.99, weight: 0.1 };

/** k directions N(0, I) into `out` (k × n). */
export function randomDirections(rng: Rng, k: number, n: number, out = new Float64Array(k * n)): Float64Array {
  for (let i = 0; i < k * n; i++) out[i] = rng.normal();
  return out;
}

/**
 * The principal components (unit vectors, largest variance first) of the rows of `d` selected by
 * `index` (each n long), as many as explain `share` of the variance, at most `maxK`.
 */
export function pcaDirections(d: Float64Array, index: ArrayLike<number>, n: number, maxK: number, share = 0.99): Float64Array {
  const B = index.length;
  const mean = new Float64Array(n), C = new Float64Array(n * n);
  for (let t = 0; t < B; t++) for (let i = 0; i < n; i++) mean[i]! += d[index[t]! * n + i]! / B;
  for (let t = 0; t < B; t++) {
    const s = index[t]! * n;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) C[i * n + j]! += ((d[s + i]! - mean[i]!) * (d[s + j]! - mean[j]!)) / B;
  }
  const { values, vectors } = symmetricEigen(C, n);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const total = values.reduce((a, v) => a + Math.max(0, v), 0);
  const out: number[] = [];
  let explained = 0;
  for (const c of order) {
    if (out.length / n >= maxK) break;
    for (let i = 0; i < n; i++) out.push(vectors[i * n + c]!);
    explained += Math.max(0, values[c]!);
    if (total === 0 || explained >= share * total) break;
  }
  return Float64Array.from(out);
}

/** Eigenvalues and eigenvectors (columns) of a symmetric n × n matrix, by cyclic Jacobi rotations. */
export function symmetricEigen(A: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = A.slice(), V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!, akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!, aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k * n + p]!, vkq = V[k * n + q]!;
          V[k * n + p] = c * vkp - s * vkq;
          V[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: n }, (_, i) => a[i * n + i]!), vectors: V };
}

/** The batch's directions as the options say: random from `rng`, or PCA of the batch's derivative labels. */
export function batchDirections(o: DirectionOptions, rng: Rng, d: Float64Array, index: ArrayLike<number>, n: number): Float64Array {
  return o.kind === "random" ? randomDirections(rng, o.count, n) : pcaDirections(d, index, n, o.count, o.share);
}

/** The buffers of the Hessian term (beside gradients.ts's Workspace). */
export interface SecondOrderWorkspace {
  hv: Float64Array;
  u: Float64Array;
  xB: Float64Array;
  xBD: Float64Array;
  actD1: Float64Array;
  actDD: Float64Array;
  actDB: Float64Array;
  actD1B: Float64Array;
  actDDB: Float64Array;
  actBD: Float64Array;
  out: Float64Array;
  outD: Float64Array;
  outB: Float64Array;
  outDB: Float64Array;
}

export function secondOrderWorkspace(nAct: number, n: number): SecondOrderWorkspace {
  const a = () => new Float64Array(nAct), v = () => new Float64Array(n), two = () => new Float64Array(2);
  return { hv: v(), u: v(), xB: v(), xBD: v(), actD1: a(), actDD: a(), actDB: a(), actD1B: a(), actDDB: a(), actBD: a(), out: two(), outD: two(), outB: two(), outDB: two() };
}

/** The buffers of the first-order sweeps (gradients.ts's Workspace has them). */
export interface FirstOrderBuffers {
  act: Float64Array;
  actB: Float64Array;
  actD: Float64Array;
  actDB: Float64Array;
  x: Float64Array;
  xB: Float64Array;
  v: Float64Array;
  out: Float64Array;
  outB: Float64Array;
  scratchParams: Float64Array;
}

/** Second-order Sobolev loss: mean gradient into `grad`; returns [total, value part, derivative part, Hessian part]. */
export function secondOrderGradient(f: SurrogateFunctions, params: Float64Array, sizes: Int32Array, b: Batch, grad: Float64Array, ws: FirstOrderBuffers, so: SecondOrderWorkspace): [number, number, number, number] {
  const tta = f.tangentTangentAdjoint;
  if (!tta) throw new Error("the surrogate has no tangent-tangent-adjoint variant (the second-order loss needs it)");
  if (!b.h || !b.dirs) throw new Error("second-order training needs Hessian labels and the batch's directions");
  grad.fill(0);
  const n = ws.x.length, B = b.size ?? b.index.length, K = b.dirs.length / n;
  const terms = new SobolevTerms(n, B, { directions: K, weight: b.hessianWeight }, b.derivativeWeights);
  for (const s of b.index) {
    for (let j = 0; j < n; j++) ws.x[j] = b.x[s * n + j]!;
    // value and first derivatives, and their part of the gradient (as gradients.ts's Sobolev loss)
    ws.xB.fill(0);
    ws.actB.fill(0);
    const y = f.inputAdjoint ? f.inputAdjoint(params, ws.x, ws.act, sizes, ws.xB, ws.actB, 1) : f.adjoint(params, ws.x, ws.act, sizes, ws.scratchParams, ws.xB, ws.actB, 1);
    ws.outB[0] = terms.value(y - b.y[s]!);
    for (let j = 0; j < n; j++) ws.v[j] = terms.derivative(ws.xB[j]! - b.d![s * n + j]!, j);
    ws.actB.fill(0);
    ws.actDB.fill(0);
    ws.outB[1] = 1;
    f.tangentAdjoint(params, ws.x, ws.act, sizes, ws.v, ws.actD, ws.out, grad, ws.actB, ws.actDB, ws.outB);
    // the Hessian term, direction by direction
    for (let k = 0; k < K; k++) {
      const v = b.dirs.subarray(k * n, (k + 1) * n);
      so.xB.fill(0);
      so.xBD.fill(0);
      ws.actB.fill(0);
      so.actBD.fill(0);
      f.adjointTangent(params, ws.x, ws.act, sizes, so.xB, ws.actB, 1, v, ws.actD, so.xBD, so.actBD, so.out);
      for (let i = 0; i < n; i++) so.u[i] = terms.hessian(so.xBD[i]! - hessianLabel(b.h, s, n, b.dirs, k, i));
      ws.actB.fill(0);
      so.actDB.fill(0);
      so.actD1B.fill(0);
      so.actDDB.fill(0);
      so.outB[0] = 0;
      so.outB[1] = 0;
      so.outDB[0] = 0;
      so.outDB[1] = 1;
      tta(params, ws.x, ws.act, sizes, so.u, ws.actD, ws.out, v, so.actD1, so.actDD, so.outD, grad, ws.actB, so.actDB, so.outB, so.actD1B, so.actDDB, so.outDB);
    }
  }
  return [...terms.totals(), terms.hessianPart()];
}
