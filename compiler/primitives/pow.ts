/**
 * pow (`Math.pow(a, b)`, `a ** b`) with a real exponent: d/da = b·a^(b−1), d/db = a^b·log a (NaN for
 * a ≤ 0, as the exact derivative is undefined there). d/da is written so that b = 0 gives exactly 0
 * (not 0·a^(−1) = NaN at a = 0); as every order differentiates that partial by the same rule, the
 * second derivative b·(b−1)·a^(b−2) is exactly 0 where b = 1 and a = 0, and so on. Singular: at
 * a = 0 with b < 1 the partial is infinite, and a zero tangent or adjoint contributes 0. Interval: exp(b·log a) over a > 0 (runtime
 * powPair; an integer point exponent uses pown). No vector version. An integer exponent is the
 * primitive `pown` (pown.ts), chosen by `refine`.
 */
import { cmp, cond, exprType, intrinsic, mul, num, sub } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import { pown } from "./pown.js";
import type { Primitive } from "./types.js";

export const pow: Primitive = {
  name: "pow", spelling: { math: "pow" }, arity: 2,
  usesResult: true,
  singular: true,
  partial: (i, [a, b], y) => {
    if (i === 1) return mul(y!, intrinsic("log", a!));
    if (b!.k === "num") return b!.value === 0 ? num(0) : mul(b!, intrinsic("pow", a!, num(b!.value - 1)));
    return cond(cmp("===", b!, num(0)), num(0), mul(b!, intrinsic("pow", a!, sub(b!, num(1)))));
  },
  interval: viaBounds("pow"),
  refine: ([, b]) => (exprType(b!) === "int" ? pown : undefined),
  testDomain: [[0.5, 2], [0.5, 2]],
};
