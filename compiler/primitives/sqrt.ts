/** sqrt: d/da √a = 0.5/√a (the result; +∞ at 0, as the exact derivative). SIMD: one instruction. */
import { div, num } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const sqrt: Primitive = {
  name: "sqrt", spelling: { math: "sqrt" }, arity: 1,
  usesResult: true,
  singular: true,
  partial: (_i, _a, y) => div(num(0.5), y!),
  interval: viaBounds("sqrt"),
  wasm: { native: "sqrt" },
  testDomain: [[0.2, 3]],
};
