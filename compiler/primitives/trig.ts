/**
 * sin, cos, tan, atan, atan2, asin, acos (d/da asin a = 1/√(1 − a²) = −d/da acos a; d/da tan a =
 * 1 + tan² a; atan2(y, x) is the angle of (x, y): ∂/∂y = x/(x² + y²), ∂/∂x = −y/(x² + y²)).
 * Interval: the runtime's pair rules (extrema where they fall inside the interval, endpoints
 * widened by the library margin; tan across a pole and atan2 across its cut, the negative x axis,
 * give their whole range). No vector versions.
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

export const tan: Primitive = {
  name: "tan", spelling: { math: "tan" }, arity: 1,
  usesResult: true,
  partial: (_i, _a, y) => add(num(1), mul(y!, y!)),
  interval: viaBounds("tan"),
};

export const atan2: Primitive = {
  name: "atan2", spelling: { math: "atan2" }, arity: 2,
  partial: (i, [y, x], _r, bind) => {
    const r2 = bind(add(mul(x!, x!), mul(y!, y!)));
    return i === 0 ? div(x!, r2) : neg(div(y!, r2));
  },
  interval: viaBounds("atan2"),
  testDomain: [[-1, 1], [0.5, 2]],
};

export const atan: Primitive = {
  name: "atan", spelling: { math: "atan" }, arity: 1,
  partial: (_i, [a]) => div(num(1), add(num(1), mul(a!, a!))),
  interval: viaBounds("atan"),
};

export const asin: Primitive = {
  name: "asin", spelling: { math: "asin" }, arity: 1, singular: true,
  partial: (_i, [a]) => div(num(1), intrinsic("sqrt", sub(num(1), mul(a!, a!)))),
  interval: viaBounds("asin"),
  testDomain: [[-0.9, 0.9]],
};

export const acos: Primitive = {
  name: "acos", spelling: { math: "acos" }, arity: 1, singular: true,
  partial: (_i, [a]) => neg(div(num(1), intrinsic("sqrt", sub(num(1), mul(a!, a!))))),
  interval: viaBounds("acos"),
  testDomain: [[-0.9, 0.9]],
};
