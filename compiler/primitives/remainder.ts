/**
 * The remainder `a % b` of reals (JavaScript's, the sign of a: a − b·trunc(a/b), exact in floating
 * point). Piecewise linear: ∂/∂a = 1, ∂/∂b = −trunc(a/b) (at a jump, the convention of every kink:
 * the side the program takes). On integers it is the IR's integer `%` and never reaches this rule.
 * Interval: the runtime's remPair — a − t·b where trunc(a/b) = t over the whole box, else the range
 * a remainder can have. No vector version.
 */
import { div, intrinsic, neg, num } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const remainder: Primitive = {
  name: "%", spelling: { operator: "%" }, arity: 2,
  partial: (i, [a, b]) => (i === 0 ? num(1) : neg(intrinsic("trunc", div(a!, b!)))),
  interval: viaBounds("rem"),
  testDomain: [[0.5, 3], [0.7, 1.3]],
};
