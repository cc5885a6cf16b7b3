/**
 * log10 and log2 (`Math.log10`, `Math.log2`): d/da log_b a = 1/(a·ln b). Interval: the runtime's
 * log10Pair/log2Pair (set-based like log: empty below 0, −∞ at 0). No vector versions.
 */
import { div, mul, num } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

function logBase(name: string, lnBase: number): Primitive {
  return {
    name, spelling: { math: name }, arity: 1,
    partial: (_i, [a]) => div(num(1), mul(a!, num(lnBase))),
    interval: viaBounds(name),
    testDomain: [[0.2, 3]],
  };
}

export const log10 = logBase("log10", Math.LN10);
export const log2 = logBase("log2", Math.LN2);
