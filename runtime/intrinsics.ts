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

/** The high 32 bits of x's binary64 representation, unsigned (stdlib's getHighWord). */
export function getHighWord(x: number): number {
  words.setFloat64(0, x);
  return words.getUint32(0);
}

/** The low 32 bits of x's binary64 representation, unsigned (stdlib's getLowWord). */
export function getLowWord(x: number): number {
  words.setFloat64(0, x);
  return words.getUint32(4);
}

/** The double whose binary64 representation has these high and low words (stdlib's fromWords). */
export function fromWords(high: number, low: number): number {
  words.setUint32(0, high >>> 0);
  words.setUint32(4, low >>> 0);
  return words.getFloat64(0);
}

/** |x| with the sign bit of y (stdlib's copysign; copysign(1, -0) is -1). */
export function copysign(x: number, y: number): number {
  words.setFloat64(0, y);
  const negative = words.getUint32(0) >>> 31 === 1;
  const a = Math.abs(x);
  return negative ? -a : a;
}
