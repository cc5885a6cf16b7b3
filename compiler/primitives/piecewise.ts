/**
 * The piecewise-linear family: abs, max, min. One convention at non-smooth points in every mode:
 * ties go to the first argument, as if abs(a) = a >= 0 ? a : -a, max(a, b) = a >= b ? a : b,
 * min(a, b) = a <= b ? a : b. Interval: the runtime's small Lo/Hi rules (V8 inlines them).
 * SIMD: one instruction each. `Math.max(a, b, c)` folds left.
 */
import { cmp, cond, num } from "../ir/build.js";
import { loHi } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const abs: Primitive = {
  name: "abs", spelling: { math: "abs" }, arity: 1,
  partial: (_i, [a]) => cond(cmp(">=", a!, num(0)), num(1), num(-1)),
  interval: loHi("abs"),
  wasm: { native: "abs" },
};

export const max: Primitive = {
  name: "max", spelling: { math: "max" }, arity: 2, fold: true,
  partial: (i, [a, b]) => cond(cmp(">=", a!, b!), num(i === 0 ? 1 : 0), num(i === 0 ? 0 : 1)),
  interval: loHi("max"),
  wasm: { native: "max" },
};

export const min: Primitive = {
  name: "min", spelling: { math: "min" }, arity: 2, fold: true,
  partial: (i, [a, b]) => cond(cmp("<=", a!, b!), num(i === 0 ? 1 : 0), num(i === 0 ? 0 : 1)),
  interval: loHi("min"),
  wasm: { native: "min" },
};
