/** log: d/da log a = 1/a. Interval: the runtime's logPair (set-based: empty below 0, −∞ at 0). No vector version. */
import { div, num } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const log: Primitive = {
  name: "log", spelling: { math: "log" }, arity: 1,
  partial: (_i, [a]) => div(num(1), a!),
  interval: viaBounds("log"),
  testDomain: [[0.2, 3]],
};
