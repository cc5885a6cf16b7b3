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

const words = new DataView(new ArrayBuffer(8));

/**
 * x with the low 32 bits of its binary64 representation replaced by `w` (as stdlib's setLowWord):
 * fdlibm-style code splits a double with setLowWord(x, 0). Generated code calls this where a
 * library function calls stdlib's (compiler/primitives/libraries.ts).
 */
export function setLowWord(x: number, w: number): number {
  words.setFloat64(0, x);
  words.setUint32(4, w >>> 0);
  return words.getFloat64(0);
}
