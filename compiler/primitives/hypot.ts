/**
 * hypot: d/da √(a² + b²) = a / hypot (the result); partials 0 at hypot(0, 0). `Math.hypot(a, b, c)`
 * folds left. Interval: the runtime's hypotPair. No vector version.
 */
import { cmp, cond, div, num } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const hypot: Primitive = {
  name: "hypot", spelling: { math: "hypot" }, arity: 2, fold: true,
  usesResult: true,
  partial: (i, args, y) => cond(cmp("===", y!, num(0)), num(0), div(args[i]!, y!)),
  interval: viaBounds("hypot"),
};
