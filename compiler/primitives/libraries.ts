/**
 * Library functions the compiler knows as primitives, by the module that exports them: calls of
 * these are not followed into their implementations (which compute with the bits of doubles) but
 * taken as what they compute. stdlib's math packages export one function each (module.exports).
 */
import { cmp, cond, div, num } from "../ir/build.js";
import { abs } from "./piecewise.js";
import { exp } from "./exp.js";
import { expm1 } from "./expm1.js";
import { loHi, rt } from "./interval-calls.js";
import { acos, asin, atan, atan2, cos, sin, tan } from "./trig.js";
import { cosh, sinh } from "./hyperbolic.js";
import { tanh } from "./tanh.js";
import { asinh } from "./asinh.js";
import { cbrt } from "./cbrt.js";
import { log10, log2 } from "./log-bases.js";
import { log } from "./log.js";
import { log1p } from "./log1p.js";
import { pow } from "./pow.js";
import { floor, ceil, round, trunc } from "./rounding.js";
import { sqrt } from "./sqrt.js";
import type { Primitive } from "./types.js";

/**
 * `setLowWord(x, w)` (stdlib): x with the low 32 bits of its binary64 representation replaced by w.
 * fdlibm-style code calls it with w = 0 to split a double into a short-mantissa part (erf's
 * `z = setLowWord(ax, 0)`), whose derivative is 0 almost everywhere (it is piecewise constant) and
 * which is non-decreasing: its interval rule is [f(lo), f(hi)]. Runtime: runtime/intrinsics.ts.
 */
export const setLowWord: Primitive = {
  name: "setLowWord", spelling: { runtime: "setLowWord" }, arity: 2, intArgs: [1],
  partial: () => num(0),
  interval: (ctx, [x, w], pre) => {
    const p = ctx.bindPair(ctx.pair(x!, pre), pre);
    return { lo: rt("setLowWordLo", [p.lo, p.hi, w!]), hi: rt("setLowWordHi", [p.lo, p.hi, w!]) };
  },
};

/**
 * stdlib's bit access (getHighWord, getLowWord, fromWords): the words of a double as unsigned
 * integers, and back. Integers are never differentiated: a word of a real is a piecewise-constant
 * cut of it (derivative 0); fromWords of integers is a constant. Interval: the high word is monotone
 * on each sign (and holds the sign), so equal words at both bounds are the word throughout; the low
 * word only of a point. Runtime: runtime/intrinsics.ts.
 */
export const getHighWord: Primitive = {
  name: "getHighWord", spelling: { runtime: "getHighWord" }, arity: 1, result: "int", cut: "ends",
};
export const getLowWord: Primitive = {
  name: "getLowWord", spelling: { runtime: "getLowWord" }, arity: 1, result: "int", cut: "points",
};
export const fromWords: Primitive = {
  name: "fromWords", spelling: { runtime: "fromWords" }, arity: 2, intArgs: [0, 1],
  partial: () => num(0),
  interval: (_ctx, args) => ({ lo: { k: "intrinsic", fn: "fromWords", args }, hi: { k: "intrinsic", fn: "fromWords", args } }),
};

/**
 * copysign(x, y) = |x| with y's sign bit (stdlib's, as sinpi and gamma use it). As if written
 * `signbit(y) ? -abs(x) : abs(x)`: ∂/∂x = ±1 (ties at x = 0 as abs's), ∂/∂y = 0. Interval: runtime
 * copysignLo/Hi (±|x| where y's sign is decided, else the hull).
 */
export const copysign: Primitive = {
  name: "copysign", spelling: { runtime: "copysign" }, arity: 2,
  partial: (i, [x, y]) => {
    if (i === 1) return num(0);
    const negative = cmp("<", div(num(1), y!), num(0)); // the sign bit of y (1/-0 = -∞), NaN as positive
    const absSlope = abs.partial!(0, [x!], undefined, (e) => e); // abs's own rule, ties included
    return cond(negative, { k: "neg", arg: absSlope, ty: "real" }, absSlope);
  },
  interval: loHi("copysign"),
};

const STDLIB: Record<string, Primitive> = {
  // functions stdlib computes with the bits of doubles (fdlibm ports), taken as the Math function they are
  // (values within an ulp of stdlib's; the derivative rules and interval enclosures are the primitive's)
  "@stdlib/math-base-special-sin": sin,
  "@stdlib/math-base-special-cos": cos,
  "@stdlib/math-base-special-tan": tan,
  "@stdlib/math-base-special-atan": atan,
  "@stdlib/math-base-special-atan2": atan2,
  "@stdlib/math-base-special-asin": asin,
  "@stdlib/math-base-special-acos": acos,
  "@stdlib/math-base-special-sinh": sinh,
  "@stdlib/math-base-special-cosh": cosh,
  "@stdlib/math-base-special-tanh": tanh,
  "@stdlib/math-base-special-asinh": asinh,
  "@stdlib/math-base-special-cbrt": cbrt,
  "@stdlib/math-base-special-log10": log10,
  "@stdlib/math-base-special-log2": log2,
  "@stdlib/math-base-special-round": round,
  "@stdlib/math-base-special-copysign": copysign,
  "@stdlib/number-float64-base-get-high-word": getHighWord,
  "@stdlib/number-float64-base-get-low-word": getLowWord,
  "@stdlib/number-float64-base-from-words": fromWords,
  "@stdlib/math-base-special-exp": exp,
  "@stdlib/math-base-special-expm1": expm1,
  "@stdlib/math-base-special-ln": log,
  "@stdlib/math-base-special-log1p": log1p,
  "@stdlib/math-base-special-sqrt": sqrt,
  "@stdlib/math-base-special-abs": abs,
  "@stdlib/math-base-special-pow": pow,
  "@stdlib/math-base-special-floor": floor,
  "@stdlib/math-base-special-ceil": ceil,
  "@stdlib/math-base-special-trunc": trunc,
  "@stdlib/number-float64-base-set-low-word": setLowWord,
};

/** The primitive the export `name` ("default" by default) of module `spec` is, if the compiler knows it as one. */
export function libraryPrimitive(spec: string, name = "default"): Primitive | undefined {
  return name === "default" ? STDLIB[spec] : undefined;
}
