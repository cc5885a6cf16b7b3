/**
 * Model intrinsics that annotated code may call (import them from the sobolev runtime).
 * Their derivative rules are modules of compiler/primitives/ (activations.ts).
 */

/** Logistic function 1 / (1 + e^-x), evaluated without overflow for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** SiLU (swish): x · sigmoid(x). */
export function silu(x: number): number {
  return x * sigmoid(x);
}

/** Softplus log(1 + e^x), evaluated without overflow. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}
