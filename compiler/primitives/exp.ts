/**
 * exp: d/da e^a = e^a (the result). Interval: the runtime's expPair (V8 ports fdlibm's exp, within
 * 1 ulp; bounds widened by 2 ulps). SIMD: `$exp`, a vector exp written in WAT (WebAssembly has none),
 * in either precision.
 */
import type { Shape } from "./types.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive, WasmHelper } from "./types.js";

/** 1/n! for n = 0..degree, highest first (Horner). */
export const taylorCoefficients = (degree: number): number[] => Array.from({ length: degree + 1 }, (_, n) => { let f = 1; for (let k = 2; k <= n; k++) f *= k; return 1 / f; }).reverse();

/**
 * The constants of exp's reduction by precision: the range it is clamped to (beyond it the result
 * is ∞ or 0 anyway), ln 2 in two parts (the first with enough trailing zero bits that k·ln2hi is
 * exact), the degree of the Taylor polynomial of e^r on |r| ≤ ln2/2 (remainder below half an ulp),
 * and the exponent field (bias, position) for 2^k.
 */
export interface ExpConstants {
  min: number;
  max: number;
  ln2hi: number;
  ln2lo: number;
  degree: number;
  /** A bound on the polynomial's remainder on |r| ≤ 0.347, for the comment. */
  remainder: string;
  bias: number;
  shift: number;
}

/** Double: fdlibm's split of ln 2, degree 13 (remainder < 2^-57). */
const EXP_F64: ExpConstants = { min: -746, max: 710, ln2hi: 0.6931471803691238, ln2lo: 1.9082149292705877e-10, degree: 13, remainder: "2^-57", bias: 1023, shift: 52 };
/** Single: Cephes' split of ln 2 (expf), degree 7 (remainder < 2^-27); e^-104 is below half the smallest float, e^89 above the largest. */
const EXP_F32: ExpConstants = { min: -104, max: 89, ln2hi: 0.693359375, ln2lo: -2.12194440e-4, degree: 7, remainder: "2^-27", bias: 127, shift: 23 };

export const expConstants = (sh: Shape): ExpConstants => (sh.precision === "f32" ? EXP_F32 : EXP_F64);

/**
 * The argument reduction exp and expm1 share, as WAT statements: x clamped to [min, max],
 * k = round(x / ln 2), r = x − k·ln 2 (ln 2 in two parts, so k·ln2hi is exact), $p the polynomial
 * with coefficients `coeffs` (highest first) in r, $ki = k as an integer and $k1 = $ki >> 1.
 */
export function reduction(sh: Shape, min: number, max: number, coeffs: number[]): string {
  const { v } = sh, c = expConstants(sh);
  return `    (local.set $x (${v}.min (${v}.max (local.get $x) ${sh.splat(min)}) ${sh.splat(max)}))
    (local.set $k (${v}.nearest (${v}.mul (local.get $x) ${sh.splat(1.4426950408889634)})))
    (local.set $r (${v}.sub (${v}.sub (local.get $x) (${v}.mul (local.get $k) ${sh.splat(c.ln2hi)}))
      (${v}.mul (local.get $k) ${sh.splat(c.ln2lo)})))
    (local.set $p ${sh.splat(coeffs[0]!)})
${coeffs.slice(1).map((x) => `    (local.set $p (${v}.add (${v}.mul (local.get $p) (local.get $r)) ${sh.splat(x)}))`).join("\n")}`;
}

/** 2^k = 2^(k>>1) · 2^(k − k>>1) as two factors, both normal over the clamped range (after `reduction`). */
export function twoToK(sh: Shape): [string, string] {
  const { i } = sh, c = expConstants(sh), bias = `(v128.const ${i} ${Array(sh.lanes).fill(c.bias).join(" ")})`;
  return [
    `(${i}.shl (${i}.add (local.get $k1) ${bias}) (i32.const ${c.shift}))`,
    `(${i}.shl (${i}.add (${i}.sub (local.get $ki) (local.get $k1)) ${bias}) (i32.const ${c.shift}))`,
  ];
}

/** A number as the comments write it (with a minus sign, not a hyphen). */
export const minus = (x: number): string => String(x).replace("-", "−");

/** $ki = k as an integer, $k1 = $ki >> 1 (after `reduction`). */
export function kAsInt(sh: Shape): string {
  const ki = sh.precision === "f32" ? "(i32x4.trunc_sat_f32x4_s (local.get $k))" : "(i64x2.extend_low_i32x4_s (i32x4.trunc_sat_f64x2_s_zero (local.get $k)))";
  return `    (local.set $ki ${ki})
    (local.set $k1 (${sh.i}.shr_s (local.get $ki) (i32.const 1)))`;
}

/**
 * The classic reduction (Cody–Waite, as in fdlibm) with a Taylor polynomial, accurate to a few
 * ulps over the whole range and with Math.exp's special values (exp(±∞) = ∞ / 0, overflow to ∞,
 * gradual underflow to 0, NaN propagates).
 */
export const expHelper: WasmHelper = {
  name: "exp",
  uses: [],
  wat: (sh) => {
    const c = expConstants(sh), [f1, f2] = twoToK(sh);
    return `  ;; exp(x) = 2^k · e^r with k = round(x / ln 2), r = x − k·ln 2 (ln 2 split in two, so k·ln2hi is exact),
  ;; |r| ≤ 0.347, e^r by its Taylor polynomial to degree ${c.degree} (remainder < ${c.remainder}). 2^k is applied as
  ;; 2^(k>>1) · 2^(k − k>>1), so that both factors are normal over the clamped range [${minus(c.min)}, ${c.max}].
  (func $exp (param $x v128) (result v128)
    (local $k v128) (local $r v128) (local $p v128) (local $ki v128) (local $k1 v128)
${reduction(sh, c.min, c.max, taylorCoefficients(c.degree))}
${kAsInt(sh)}
    (${sh.v}.mul
      (${sh.v}.mul (local.get $p) ${f1})
      ${f2}))`;
  },
};

export const exp: Primitive = {
  name: "exp", spelling: { math: "exp" }, arity: 1,
  usesResult: true,
  partial: (_i, _a, y) => y!,
  interval: viaBounds("exp"),
  wasm: { helper: expHelper },
};
