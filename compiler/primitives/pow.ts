/**
 * pow (`Math.pow(a, b)`, `a ** b`) with a real exponent: d/da = b·a^(b−1), d/db = a^b·log a (NaN for
 * a ≤ 0, as the exact derivative is undefined there). Interval: exp(b·log a) over a > 0 (runtime
 * powPair; an integer point exponent uses pown). No vector version. An integer exponent is the
 * primitive `pown` (pown.ts), chosen by `refine`.
 */
import { exprType, intrinsic, mul, num, sub } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import { pown } from "./pown.js";
import type { Primitive } from "./types.js";

export const pow: Primitive = {
  name: "pow", spelling: { math: "pow" }, arity: 2,
  usesResult: true,
  partial: (i, [a, b], y) =>
    i === 0 ? mul(b!, intrinsic("pow", a!, b!.k === "num" ? num(b!.value - 1) : sub(b!, num(1)))) : mul(y!, intrinsic("log", a!)),
  interval: viaBounds("pow"),
  refine: ([, b]) => (exprType(b!) === "int" ? pown : undefined),
  testDomain: [[0.5, 2], [0.5, 2]],
};
