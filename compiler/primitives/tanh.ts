/** tanh: d/da tanh a = 1 − tanh² a (the result). Interval: the runtime's tanhPair. No vector version. */
import { mul, num, sub } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const tanh: Primitive = {
  name: "tanh", spelling: { math: "tanh" }, arity: 1,
  usesResult: true,
  partial: (_i, _a, y) => sub(num(1), mul(y!, y!)),
  interval: viaBounds("tanh"),
};
