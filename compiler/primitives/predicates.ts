/**
 * The numeric predicates `isNaN(x)`, `isFinite(x)` (also `Number.isNaN`, `Number.isFinite`) and
 * `Number.isInteger(x)`: boolean results, never differentiated. Interval: three-valued (runtime
 * isNaNTri, isFiniteTri, isIntegerTri): isFinite is undecided over a box that reaches ±∞ without being
 * a single infinity, isInteger over a box wider than a point that holds an integer. No vector versions.
 */
import { rt } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const isNaNPrim: Primitive = {
  name: "isNaN", spelling: { global: "isNaN" }, aliases: ["Number.isNaN"], arity: 1, result: "bool",
  tri: (ctx, [x], pre) => {
    const p = ctx.bindPair(ctx.pair(x!, pre), pre);
    return rt("isNaNTri", [p.lo, p.hi], "int");
  },
};

export const isFinitePrim: Primitive = {
  name: "isFinite", spelling: { global: "isFinite" }, aliases: ["Number.isFinite"], arity: 1, result: "bool",
  tri: (ctx, [x], pre) => {
    const p = ctx.bindPair(ctx.pair(x!, pre), pre);
    return rt("isFiniteTri", [p.lo, p.hi], "int");
  },
};

export const isIntegerPrim: Primitive = {
  name: "isInteger", spelling: { global: "Number.isInteger" }, arity: 1, result: "bool",
  tri: (ctx, [x], pre) => {
    const p = ctx.bindPair(ctx.pair(x!, pre), pre);
    return rt("isIntegerTri", [p.lo, p.hi], "int");
  },
};
