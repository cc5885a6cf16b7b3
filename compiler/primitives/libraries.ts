/**
 * Library functions the compiler knows as primitives, by the module that exports them: calls of
 * these are not followed into their implementations (which compute with the bits of doubles) but
 * taken as what they compute. stdlib's math packages export one function each (module.exports).
 */
import { num } from "../ir/build.js";
import { abs } from "./piecewise.js";
import { exp } from "./exp.js";
import { expm1 } from "./expm1.js";
import { rt } from "./interval-calls.js";
import { log } from "./log.js";
import { log1p } from "./log1p.js";
import { pow } from "./pow.js";
import { floor, ceil, trunc } from "./rounding.js";
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

const STDLIB: Record<string, Primitive> = {
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
