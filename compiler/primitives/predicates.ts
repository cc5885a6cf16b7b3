/**
 * The numeric predicates `isNaN(x)`, `isFinite(x)` (also `Number.isNaN`, `Number.isFinite`): boolean
 * results, never differentiated. Interval: three-valued (runtime isNaNTri, isFiniteTri): isFinite
 * is undecided over a box that reaches ±∞ without being a single infinity. No vector versions.
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
