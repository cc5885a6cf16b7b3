/**
 * sin, cos, atan, asin, acos (d/da asin a = 1/√(1 − a²) = −d/da acos a). Interval: the runtime's pair rules (extrema where they fall inside the interval,
 * endpoints widened by the library margin). No vector versions.
 */
import { add, div, intrinsic, mul, neg, num, sub } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const sin: Primitive = {
  name: "sin", spelling: { math: "sin" }, arity: 1,
  partial: (_i, [a]) => intrinsic("cos", a!),
  interval: viaBounds("sin"),
};

export const cos: Primitive = {
  name: "cos", spelling: { math: "cos" }, arity: 1,
  partial: (_i, [a]) => neg(intrinsic("sin", a!)),
  interval: viaBounds("cos"),
};

export const atan: Primitive = {
  name: "atan", spelling: { math: "atan" }, arity: 1,
  partial: (_i, [a]) => div(num(1), add(num(1), mul(a!, a!))),
  interval: viaBounds("atan"),
};

export const asin: Primitive = {
  name: "asin", spelling: { math: "asin" }, arity: 1,
  partial: (_i, [a]) => div(num(1), intrinsic("sqrt", sub(num(1), mul(a!, a!)))),
  interval: viaBounds("asin"),
  testDomain: [[-0.9, 0.9]],
};

export const acos: Primitive = {
  name: "acos", spelling: { math: "acos" }, arity: 1,
  partial: (_i, [a]) => neg(div(num(1), intrinsic("sqrt", sub(num(1), mul(a!, a!))))),
  interval: viaBounds("acos"),
  testDomain: [[-0.9, 0.9]],
};
