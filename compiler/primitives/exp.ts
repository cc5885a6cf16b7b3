/**
 * exp: d/da e^a = e^a (the result). Interval: the runtime's expPair (V8 ports fdlibm's exp, within
 * 1 ulp; bounds widened by 2 ulps). SIMD: `$exp`, a vector exp written in WAT (WebAssembly has none).
 */
import { viaBounds } from "./interval-calls.js";
import type { Primitive, WasmHelper } from "./types.js";

export const splat = (v: number) => `(v128.const f64x2 ${v} ${v})`;
/** 1/n! for n = 0..13, highest first (Horner). */
export const taylor = Array.from({ length: 14 }, (_, n) => { let f = 1; for (let k = 2; k <= n; k++) f *= k; return 1 / f; }).reverse();

/**
 * The argument reduction exp and expm1 share, as WAT statements: x clamped to [min, max],
 * k = round(x / ln 2), r = x − k·ln 2 (ln 2 in two parts, so k·ln2hi is exact), $p the polynomial
 * with coefficients `coeffs` (highest first) in r, $ki = k as an integer and $k1 = $ki >> 1.
 */
export function reduction(min: number, max: number, coeffs: number[]): string {
  return `    (local.set $x (f64x2.min (f64x2.max (local.get $x) ${splat(min)}) ${splat(max)}))
    (local.set $k (f64x2.nearest (f64x2.mul (local.get $x) ${splat(1.4426950408889634)})))
    (local.set $r (f64x2.sub (f64x2.sub (local.get $x) (f64x2.mul (local.get $k) ${splat(0.6931471803691238)}))
      (f64x2.mul (local.get $k) ${splat(1.9082149292705877e-10)})))
    (local.set $p ${splat(coeffs[0]!)})
${coeffs.slice(1).map((c) => `    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) ${splat(c)}))`).join("\n")}`;
}

/** 2^k = 2^(k>>1) · 2^(k − k>>1) as two factors, both normal where |k| ≤ 2046 (after `reduction`). */
export const TWO_TO_K = [
  "(i64x2.shl (i64x2.add (local.get $k1) (v128.const i64x2 1023 1023)) (i32.const 52))",
  "(i64x2.shl (i64x2.add (i64x2.sub (local.get $ki) (local.get $k1)) (v128.const i64x2 1023 1023)) (i32.const 52))",
] as const;
/** $ki = k as an integer, $k1 = $ki >> 1 (after `reduction`). */
export const K_AS_INT = `    (local.set $ki (i64x2.extend_low_i32x4_s (i32x4.trunc_sat_f64x2_s_zero (local.get $k))))
    (local.set $k1 (i64x2.shr_s (local.get $ki) (i32.const 1)))`;

/**
 * The classic reduction (Cody–Waite, as in fdlibm) with a degree-13 Taylor polynomial, accurate to
 * a few ulps over the whole range and with Math.exp's special values (exp(±∞) = ∞ / 0, overflow to
 * ∞, gradual underflow to 0, NaN propagates).
 */
export const expHelper: WasmHelper = {
  name: "exp",
  uses: [],
  wat: `  ;; exp(x) = 2^k · e^r with k = round(x / ln 2), r = x − k·ln 2 (ln 2 split in two, so k·ln2hi is exact),
  ;; |r| ≤ 0.347, e^r by its Taylor polynomial to degree 13 (remainder < 2^-57). 2^k is applied as
  ;; 2^(k>>1) · 2^(k − k>>1), so that both factors are normal over the clamped range [−746, 710].
  (func $exp (param $x v128) (result v128)
    (local $k v128) (local $r v128) (local $p v128) (local $ki v128) (local $k1 v128)
${reduction(-746, 710, taylor)}
${K_AS_INT}
    (f64x2.mul
      (f64x2.mul (local.get $p) ${TWO_TO_K[0]})
      ${TWO_TO_K[1]}))`,
};

export const exp: Primitive = {
  name: "exp", spelling: { math: "exp" }, arity: 1,
  usesResult: true,
  partial: (_i, _a, y) => y!,
  interval: viaBounds("exp"),
  wasm: { helper: expHelper },
};
