/**
 * sinh and cosh (`Math.sinh`, `Math.cosh`): each the other's derivative. Interval: the runtime's
 * sinhPair (increasing) and coshPair (minimum 1 at 0). No vector versions.
 */
import { intrinsic } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const sinh: Primitive = {
  name: "sinh", spelling: { math: "sinh" }, arity: 1,
  partial: (_i, [a]) => intrinsic("cosh", a!),
  interval: viaBounds("sinh"),
  testDomain: [[-2, 2]],
};

export const cosh: Primitive = {
  name: "cosh", spelling: { math: "cosh" }, arity: 1,
  partial: (_i, [a]) => intrinsic("sinh", a!),
  interval: viaBounds("cosh"),
  testDomain: [[-2, 2]],
};
