/**
 * cbrt (`Math.cbrt`): d/da ∛a = 1/(3·∛a²), written over the result (infinite at 0, where the
 * curve is vertical). Interval: the runtime's cbrtPair (increasing). No vector version.
 */
import { div, mul, num } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const cbrt: Primitive = {
  name: "cbrt", spelling: { math: "cbrt" }, arity: 1,
  usesResult: true,
  singular: true,
  partial: (_i, _a, y) => div(num(1), mul(num(3), mul(y!, y!))),
  interval: viaBounds("cbrt"),
  testDomain: [[0.2, 3]],
};
