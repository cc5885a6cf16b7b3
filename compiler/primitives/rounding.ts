/**
 * Piecewise-constant functions: `Math.floor`, `ceil`, `round`, `trunc`, `sign`. Their derivative is 0
 * wherever it exists (at a jump the convention is the same 0, as for every kink: see README). They
 * are non-decreasing, so their interval rule is exact: [f(lo), f(hi)] (runtime floorLo/floorHi …).
 * Where an integer is wanted (`a[Math.floor(x * 10)]`, `const k = Math.round(x)` used as an index),
 * floor, ceil, round and trunc give one (`integral`).
 * SIMD: floor, ceil and trunc are one instruction; round (halves away from zero upward, unlike
 * f64x2.nearest) and sign have no vector version.
 */
import { num } from "../ir/build.js";
import { loHi } from "./interval-calls.js";
import type { Primitive } from "./types.js";

const constant = (name: string, wasm?: string, integral = true): Primitive => ({
  name, spelling: { math: name }, arity: 1, integral, ...(integral ? { cut: "ends" as const } : {}),
  partial: () => num(0),
  interval: loHi(name),
  ...(wasm ? { wasm: { native: wasm } } : {}),
});

export const floor = constant("floor", "floor");
export const ceil = constant("ceil", "ceil");
export const trunc = constant("trunc", "trunc");
export const round = constant("round");
export const sign = constant("sign", undefined, false); // (integer-valued too, but -0 and NaN are not integers)
