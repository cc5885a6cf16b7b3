/**
 * expm1 (`Math.expm1`): e^a − 1, accurate near 0; d/da = e^a = expm1(a) + 1 (the result). Interval:
 * the runtime's expm1Pair (increasing, range (−1, ∞)). SIMD: `$expm1` below, exp's reduction with
 * the constant term left out of the polynomial, so that nothing cancels near 0.
 */
import { add, num } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive, WasmHelper } from "./types.js";

const splat = (v: number) => `(v128.const f64x2 ${v} ${v})`;
/** 1/n! for n = 1..13, highest first (Horner). */
const taylor = Array.from({ length: 13 }, (_, i) => { let f = 1; for (let k = 2; k <= i + 1; k++) f *= k; return 1 / f; }).reverse();

const expm1Helper: WasmHelper = {
  name: "expm1",
  uses: [],
  wat: `  ;; expm1(x) = 2^k·p + (2^k − 1) with k = round(x / ln 2), r = x − k·ln 2 (ln 2 in two parts),
  ;; p = e^r − 1 = r + r²/2! + … + r^13/13! (no constant term: exact to a few ulps near 0, where
  ;; k = 0 and the result is p itself). x is clamped to [−60, 710] (expm1 is −1 to double precision
  ;; below −37). 2^k is two factors as in $exp, so both stay normal; for k > 56, where the − 1 no longer
  ;; counts, they scale 1 + p one after the other, so that e^x near the top of the range does not overflow.
  (func $expm1 (param $x v128) (result v128)
    (local $k v128) (local $r v128) (local $p v128) (local $ki v128) (local $k1 v128) (local $f1 v128) (local $f2 v128)
    (local.set $x (f64x2.min (f64x2.max (local.get $x) ${splat(-60)}) ${splat(710)}))
    (local.set $k (f64x2.nearest (f64x2.mul (local.get $x) ${splat(1.4426950408889634)})))
    (local.set $r (f64x2.sub (f64x2.sub (local.get $x) (f64x2.mul (local.get $k) ${splat(0.6931471803691238)}))
      (f64x2.mul (local.get $k) ${splat(1.9082149292705877e-10)})))
    (local.set $p ${splat(taylor[0]!)})
${taylor.slice(1).map((c) => `    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) ${splat(c)}))`).join("\n")}
    (local.set $p (f64x2.mul (local.get $p) (local.get $r)))
    (local.set $ki (i64x2.extend_low_i32x4_s (i32x4.trunc_sat_f64x2_s_zero (local.get $k))))
    (local.set $k1 (i64x2.shr_s (local.get $ki) (i32.const 1)))
    (local.set $f1 (i64x2.shl (i64x2.add (local.get $k1) (v128.const i64x2 1023 1023)) (i32.const 52)))
    (local.set $f2 (i64x2.shl (i64x2.add (i64x2.sub (local.get $ki) (local.get $k1)) (v128.const i64x2 1023 1023)) (i32.const 52)))
    (v128.bitselect
      (f64x2.mul (f64x2.mul (f64x2.add (local.get $p) ${splat(1)}) (local.get $f1)) (local.get $f2))
      (f64x2.add (f64x2.mul (f64x2.mul (local.get $f1) (local.get $f2)) (local.get $p)) (f64x2.sub (f64x2.mul (local.get $f1) (local.get $f2)) ${splat(1)}))
      (f64x2.gt (local.get $k) ${splat(56)})))`,
};

export const expm1: Primitive = {
  name: "expm1", spelling: { math: "expm1" }, arity: 1,
  usesResult: true,
  partial: (_i, _a, y) => add(y!, num(1)),
  interval: viaBounds("expm1"),
  wasm: { helper: expm1Helper },
};
