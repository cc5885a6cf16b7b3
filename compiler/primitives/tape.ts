/**
 * The tape of generated adjoints (runtime/tape.ts): `tape.push(x)`, `tape.pushInt(k)`, `tape.pop()`,
 * `tape.popInt()`. The adjoint transform writes them (overwritten values, branch flags, trip
 * counts); the frontend reads them back, so that an adjoint can be transformed again:
 *
 * - tangent (tangent-over-adjoint): a pushed real is pushed with its tangent, (value, tangent), so
 *   it is popped as tangent, then value;
 * - interval (interval adjoints): an interval's bounds go through the runtime's `bounds` array
 *   (`pushBounds()` / `popBounds()`), so no double crosses a call; integers stay exact;
 * - adjoint: refused (the adjoint of an adjoint is not supported);
 * - SIMD: two stacks in the module's memory, reals as f64x2 per lane group, integers as i32; a
 *   push past the end or a pop below the start stops the call with the module's `fault` set.
 *
 * For activity analysis the tape is one more variable, `$tape`, written by push and read by pop.
 */
import type { Expr, Loc, Stmt } from "../ir/types.js";
import { FAULT } from "../../runtime/simd/instance.js";
import { boundsAt, callWithBounds } from "./interval-calls.js";
import type { Primitive } from "./types.js";

/** The tape as a variable of activity analysis. */
export const TAPE = "$tape";

const NO_ADJOINT = "uses the tape (it is an adjoint); the adjoint of an adjoint is not supported — use tangent-over-adjoint";

/** Stop a SIMD call with `fault` set to `code` (runtime/simd/instance.ts turns it into a message). */
export function trap(code: number): string {
  return `(then (global.set $fault (i32.const ${code})) (unreachable))`;
}

export const push: Primitive = {
  name: "push", spelling: { on: "tape", method: "push" }, arity: 1, result: "void",
  writes: TAPE, noAdjoint: NO_ADJOINT,
  // pushed as (value, tangent) when the tape carries varied values
  tangentEffect: (ctx, [x], s) => (ctx.tapeVaried ? [s, { ...s, args: [ctx.dot(x!)] } as Stmt] : [s]),
  // through `bounds`, so that no double crosses a call
  intervalEffect: (ctx, [x], pre) => {
    const p = ctx.bindPair(ctx.pair(x!, pre), pre);
    callWithBounds("pushBounds", [], [p.lo, p.hi], pre);
  },
  wasm: {
    stmt: ([x], ctx) => {
      ctx.prepare(x!);
      const bytes = 16 * ctx.groups;
      ctx.line(`(if (i32.gt_u (i32.add (global.get $ftop) (i32.const ${bytes})) (global.get $fend)) ${trap(FAULT.realOverflow)})`);
      for (let g = 0; g < ctx.groups; g++) ctx.line(`(v128.store offset=${16 * g} (global.get $ftop) ${ctx.real(x!, g)})`);
      ctx.line(`(global.set $ftop (i32.add (global.get $ftop) (i32.const ${bytes})))`);
    },
  },
};

export const pushInt: Primitive = {
  name: "pushInt", spelling: { on: "tape", method: "pushInt" }, arity: 1, result: "void", intArgs: [0],
  noAdjoint: NO_ADJOINT,
  wasm: { stmt: ([k], ctx) => ctx.line(`(call $push_int ${ctx.int(k!)})`) },
};

export const pop: Primitive = {
  name: "pop", spelling: { on: "tape", method: "pop" }, arity: 0,
  reads: TAPE, noAdjoint: NO_ADJOINT,
  // pushed as (value, tangent): popped as tangent, then value
  tangent: (_ctx, _args, write) => [write("tangent", popReal()), write("value", popReal())],
  // pushed as (lo, hi) through `bounds` (pushBounds): popped back the same way
  interval: (ctx, _args, pre) => {
    pre.push({ k: "do", expr: { k: "runtime", fn: "popBounds", args: [], ty: "int" }, loc: ctx.loc });
    return { lo: boundsAt(0), hi: boundsAt(1) };
  },
  wasm: {
    load: (ctx) => {
      const p = ctx.temp("p");
      ctx.line(`(global.set $ftop (i32.sub (global.get $ftop) (i32.const ${16 * ctx.groups})))`);
      ctx.line(`(if (i32.lt_u (global.get $ftop) (global.get $fbase)) ${trap(FAULT.realUnderflow)})`);
      for (let g = 0; g < ctx.groups; g++) ctx.line(`(local.set ${p}.${g} (v128.load offset=${16 * g} (global.get $ftop)))`);
      return (g) => `(local.get ${p}.${g})`;
    },
  },
};

export const popInt: Primitive = {
  name: "popInt", spelling: { on: "tape", method: "popInt" }, arity: 0, result: "int",
  noAdjoint: NO_ADJOINT,
  wasm: { int: () => "(call $pop_int)" },
};

/**
 * Which way a branch went: `tape.pushBranch(taken)` after the branch in the forward sweep, `if
 * (tape.popBranch())` in the reverse sweep. In interval code `taken` is three-valued (1, 0, or 2
 * when the interval test was undecided and both ways ran, `then` first): the reverse sweep then
 * replays both, `else` first, whose pushes are on top (transforms/interval/branches.ts).
 */
export const pushBranch_: Primitive = {
  name: "pushBranch", spelling: { on: "tape", method: "pushBranch" }, arity: 1, result: "void", boolArgs: [0],
  noAdjoint: NO_ADJOINT,
  wasm: { stmt: ([b], ctx) => ctx.line(`(call $push_int ${ctx.int(b!)})`) },
};

export const popBranch_: Primitive = {
  name: "popBranch", spelling: { on: "tape", method: "popBranch" }, arity: 0, result: "bool",
  noAdjoint: NO_ADJOINT, replaysBranch: true,
  // the popped value is the three-valued test itself
  tri: () => ({ k: "intrinsic", fn: popInt.name, args: [], ty: "int" }),
  wasm: { int: () => "(call $pop_int)" },
};

// ---- constructors, for the adjoint transform that writes tape code ----------------------------

export const pushReal = (value: Expr, loc?: Loc): Stmt => ({ k: "effect", fn: push.name, args: [value], loc });
export const pushInteger = (value: Expr, loc?: Loc): Stmt => ({ k: "effect", fn: pushInt.name, args: [value], loc });
export const popReal = (): Expr => ({ k: "intrinsic", fn: pop.name, args: [] });
export const popInteger = (): Expr => ({ k: "intrinsic", fn: popInt.name, args: [], ty: "int" });
export const pushBranch = (taken: Expr, loc?: Loc): Stmt => ({ k: "effect", fn: pushBranch_.name, args: [taken], loc });
export const popBranch = (): Expr => ({ k: "intrinsic", fn: popBranch_.name, args: [], ty: "bool" });

/** Is this expression a pop of the tape (real or integer)? */
export const isPop = (e: Expr): boolean => e.k === "intrinsic" && (e.fn === pop.name || e.fn === popInt.name || e.fn === popBranch_.name);

/** The WAT of the tape's registers and its integer push/pop (reals are pushed inline, see `push`). */
export const TAPE_WAT = `  ;; The tape: reals (f64x2 per group) from $fbase up, integers (i32) from $ibase up; set by the "tape" export.
  (global $fault (export "fault") (mut i32) (i32.const 0))
  (global $fbase (mut i32) (i32.const 0)) (global $ftop (mut i32) (i32.const 0)) (global $fend (mut i32) (i32.const 0))
  (global $ibase (mut i32) (i32.const 0)) (global $itop (mut i32) (i32.const 0)) (global $iend (mut i32) (i32.const 0))
  (func (export "tape") (param $f i32) (param $fe i32) (param $i i32) (param $ie i32)
    (global.set $fbase (local.get $f)) (global.set $ftop (local.get $f)) (global.set $fend (local.get $fe))
    (global.set $ibase (local.get $i)) (global.set $itop (local.get $i)) (global.set $iend (local.get $ie))
    (global.set $fault (i32.const 0)))
  (func $push_int (param $v i32)
    (if (i32.gt_u (i32.add (global.get $itop) (i32.const 4)) (global.get $iend)) ${trap(FAULT.intOverflow)})
    (i32.store (global.get $itop) (local.get $v))
    (global.set $itop (i32.add (global.get $itop) (i32.const 4))))
  (func $pop_int (result i32)
    (global.set $itop (i32.sub (global.get $itop) (i32.const 4)))
    (if (i32.lt_u (global.get $itop) (global.get $ibase)) ${trap(FAULT.intUnderflow)})
    (i32.load (global.get $itop)))`;

