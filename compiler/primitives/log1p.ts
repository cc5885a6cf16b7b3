/**
 * log1p (`Math.log1p`): log(1 + a), accurate near 0; d/da = 1/(1 + a). Interval: the runtime's
 * log1pPair (set-based like log: empty below −1, −∞ at −1). No vector version (no vector log yet).
 */
import { add, div, num } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const log1p: Primitive = {
  name: "log1p", spelling: { math: "log1p" }, arity: 1,
  partial: (_i, [a]) => div(num(1), add(num(1), a!)),
  interval: viaBounds("log1p"),
  testDomain: [[-0.5, 3]],
};
