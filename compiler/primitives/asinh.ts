/**
 * asinh (`Math.asinh`): d/da asinh a = 1/√(1 + a²), written 1/hypot(1, a) so that it does not
 * overflow for large |a|. Interval: the runtime's asinhPair (increasing; V8's fdlibm port, bounds
 * widened by 2 ulps). No vector version (the SIMD backend has no vector log yet).
 */
import { div, intrinsic, num } from "../ir/build.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const asinh: Primitive = {
  name: "asinh", spelling: { math: "asinh" }, arity: 1,
  partial: (_i, [a]) => div(num(1), intrinsic("hypot", num(1), a!)),
  interval: viaBounds("asinh"),
  testDomain: [[-3, 3]],
};
