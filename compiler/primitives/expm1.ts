/**
 * expm1 (`Math.expm1`): e^a − 1, accurate near 0; d/da = e^a = expm1(a) + 1 (the result). Interval:
 * the runtime's expm1Pair (increasing, range (−1, ∞)). SIMD: `$expm1` below, exp's reduction with
 * the constant term left out of the polynomial, so that nothing cancels near 0.
 */
import { add, num } from "../ir/build.js";
import { expConstants, kAsInt, minus, reduction, taylorCoefficients, twoToK } from "./exp.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive, WasmHelper } from "./types.js";

/**
 * Where expm1 is −1 to the precision (below the clamp's lower end) and where the − 1 no longer
 * counts beside 2^k (k above `big`), by precision.
 */
const EXPM1 = { f64: { min: -60, big: 56 }, f32: { min: -30, big: 25 } } as const;

const expm1Helper: WasmHelper = {
  name: "expm1",
  uses: [],
  wat: (sh) => {
    const { v } = sh, c = expConstants(sh), { min, big } = EXPM1[sh.precision], [f1, f2] = twoToK(sh);
    return `  ;; expm1(x) = 2^k·p + (2^k − 1) with k = round(x / ln 2), r = x − k·ln 2 (ln 2 in two parts),
  ;; p = e^r − 1 = r + r²/2! + … + r^${c.degree}/${c.degree}! (no constant term: exact to a few ulps near 0, where
  ;; k = 0 and the result is p itself). x is clamped to [${minus(min)}, ${c.max}] (expm1 is −1 to this precision
  ;; below). 2^k is two factors as in $exp, so both stay normal; for k > ${big}, where the − 1 no longer
  ;; counts, they scale 1 + p one after the other, so that e^x near the top of the range does not overflow.
  (func $expm1 (param $x v128) (result v128)
    (local $k v128) (local $r v128) (local $p v128) (local $ki v128) (local $k1 v128) (local $f1 v128) (local $f2 v128)
${reduction(sh, min, c.max, taylorCoefficients(c.degree).slice(0, -1))}
    (local.set $p (${v}.mul (local.get $p) (local.get $r)))
${kAsInt(sh)}
    (local.set $f1 ${f1})
    (local.set $f2 ${f2})
    (v128.bitselect
      (${v}.mul (${v}.mul (${v}.add (local.get $p) ${sh.splat(1)}) (local.get $f1)) (local.get $f2))
      (${v}.add (${v}.mul (${v}.mul (local.get $f1) (local.get $f2)) (local.get $p)) (${v}.sub (${v}.mul (local.get $f1) (local.get $f2)) ${sh.splat(1)}))
      (${v}.gt (local.get $k) ${sh.splat(big)})))`;
  },
};

export const expm1: Primitive = {
  name: "expm1", spelling: { math: "expm1" }, arity: 1,
  usesResult: true,
  partial: (_i, _a, y) => add(y!, num(1)),
  interval: viaBounds("expm1"),
  wasm: { helper: expm1Helper },
};
