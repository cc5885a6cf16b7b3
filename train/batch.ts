/** A batch of standardised training data, as the loss gradients (gradients.ts, second-order.ts, simd-gradients.ts) read it. */
export interface Batch {
  /** Standardised inputs (count × n), targets, derivative targets (count × n). */
  x: Float64Array;
  y: Float64Array;
  d?: Float64Array;
  /** Second-order loss: Hessian labels (count × n × n) and the batch's directions (k × n). */
  h?: Float64Array;
  dirs?: Float64Array;
  /** λ_j, the weight of input j's derivative residual in the Sobolev losses (default 1 each; sobolev-terms.ts). */
  derivativeWeights?: Float64Array;
  /** ω, the Hessian term's weight (second-order.ts; default 1). */
  hessianWeight?: number;
  /** Sample indices of this batch. */
  index: Int32Array | number[];
  /** The batch size the means divide by (default index.length; larger when this is one chunk of a batch). */
  size?: number;
}
