/**
 * Probes (runtime/probes.ts): `mark(x, slot)` is the identity that records x as the value of `slot`
 * (the MLP marks every hidden neuron). Generated adjoints record the adjoint of a marked value with
 * `markAdjoint(slot, x_b)`, interval variants record interval bounds of both (`markInterval`,
 * `markAdjointInterval`, bounds passed through the runtime's `bounds` array): the inputs of
 * Interval Adjoint Significance Analysis. The SIMD build records no probes (mark is the identity).
 */
import { num } from "../ir/build.js";
import { callWithBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

export const markAdjoint: Primitive = {
  name: "markAdjoint", spelling: { runtime: "markAdjoint" }, arity: 2, intArgs: [0], result: "void",
  stores: { into: "probes.adjoint", index: 0 },
  intervalEffect: (ctx, [slot, x], pre) => {
    const p = ctx.bindPair(ctx.pair(x!, pre), pre);
    callWithBounds("markAdjointInterval", [slot!], [p.lo, p.hi], pre);
  },
  wasm: { stmt: (_args, ctx) => ctx.line(";; markAdjoint: the SIMD build records no probes") },
};

export const mark: Primitive = {
  name: "mark", spelling: { runtime: "mark" }, arity: 2, intArgs: [1],
  stores: { into: "probes.value", index: 1 },
  partial: (i) => num(i === 0 ? 1 : 0),
  afterAdjoint: ([, slot], xb) => [{ k: "effect", fn: markAdjoint.name, args: [slot!, xb] }],
  // the identity that records its value, as a statement, so that nothing is returned (boxed)
  interval: (ctx, [x, slot], pre) => {
    const a = ctx.bindPair(ctx.pair(x!, pre), pre);
    callWithBounds("markInterval", [slot!], [a.lo, a.hi], pre);
    return a;
  },
  wasm: { expand: ([x]) => x! },
};
