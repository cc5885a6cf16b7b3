/**
 * expm1 (`Math.expm1`): e^a − 1, accurate near 0; d/da = e^a = expm1(a) + 1 (the result). Interval:
 * the runtime's expm1Pair (increasing, range (−1, ∞)). SIMD: `$expm1` below, exp's reduction with
 * the constant term left out of the polynomial, so that nothing cancels near 0.
 */
import { add, num } from "../ir/build.js";
import { K_AS_INT, reduction, splat, taylor, TWO_TO_K } from "./exp.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive, WasmHelper } from "./types.js";

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
${reduction(-60, 710, taylor.slice(0, -1))}
    (local.set $p (f64x2.mul (local.get $p) (local.get $r)))
${K_AS_INT}
    (local.set $f1 ${TWO_TO_K[0]})
    (local.set $f2 ${TWO_TO_K[1]})
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
