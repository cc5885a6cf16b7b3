/**
 * Integer powers: `Math.pow(a, n)` and `a ** n` with an integer exponent n (a literal, or an
 * integer variable: a loop counter, a size). d/da aⁿ = n·aⁿ⁻¹, written so that n = 0 gives 0 at
 * a = 0 (where n·a⁻¹ would be 0·∞ = NaN), and the exponent n − 1 stays an exact integer in every
 * mode: in interval code it is not widened into a non-integer interval, and the enclosure is
 * IEEE 1788's pown (runtime pownPair) rather than exp(n·log a). No vector version.
 */
import { cmp, cond, intrinsic, mul, num } from "../ir/build.js";
import type { Expr } from "../ir/types.js";
import { boundsResult, callWithBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

/** n − 1 as an integer expression (folded for a literal). */
const minusOne = (n: Expr): Expr => (n.k === "num" ? num(n.value - 1, "int") : { k: "binary", op: "-", left: n, right: num(1, "int"), ty: "int" });

export const pown: Primitive = {
  name: "pown", spelling: { math: "pow" }, arity: 2, intArgs: [1],
  partial: (_i, [a, n]) => {
    if (n!.k === "num") return n!.value === 0 ? num(0) : mul(num(n!.value), intrinsic("pown", a!, minusOne(n!)));
    return cond(cmp("===", n!, num(0, "int")), num(0), mul(n!, intrinsic("pown", a!, minusOne(n!))));
  },
  interval: (ctx, [a, n], pre) => {
    const p = ctx.bindPair(ctx.pair(a!, pre), pre);
    callWithBounds("pownPair", [n!], [p.lo, p.hi], pre);
    return boundsResult(ctx, pre);
  },
};
