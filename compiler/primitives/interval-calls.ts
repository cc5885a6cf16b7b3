/**
 * How generated interval code calls the runtime's interval rules (runtime/interval/pairs.ts): the
 * calling conventions a primitive's interval rule chooses from. They exist for V8, not for the
 * arithmetic: a call that V8 does not inline into a large generated function passes and returns
 * its doubles boxed (one heap allocation each), and V8's inlining budget runs out early in big
 * functions.
 *
 * - `loHi("abs")`: two small calls `absLo(a_lo, a_hi)`, `absHi(…)`, cheap enough to be inlined.
 * - `viaBounds("exp")`: one call `expPair()` that reads the arguments' bounds from the runtime's
 *   `bounds` array and writes the result's there; Float64Array slots allocate nothing, and one
 *   call instead of two halves the work. For rules too large for V8 to inline.
 * - inline templates (interval-templates.ts): the arithmetic written into the generated code.
 */
import { num } from "../ir/build.js";
import type { Expr, Stmt } from "../ir/types.js";
import type { IntervalContext, Pair } from "./types.js";

/** The runtime's array through which `<op>Pair` calls take and give bounds (runtime/interval/pairs.ts). */
export const BOUNDS = "bounds";
export const boundsAt = (i: number): Expr => ({ k: "index", array: BOUNDS, index: num(i, "int") });

/** A call of a runtime helper of generated interval code. */
export const rt = (fn: string, args: Expr[], ty: "real" | "int" = "real"): Expr => ({ k: "runtime", fn, args, ty });

/** `bounds[i] = values[i]; fn(ints…)`: a runtime call that takes its doubles through `bounds`. */
export function callWithBounds(fn: string, ints: Expr[], values: Expr[], pre: Stmt[]): void {
  values.forEach((value, i) => pre.push({ k: "store", array: BOUNDS, index: num(i, "int"), value }));
  pre.push({ k: "do", expr: rt(fn, ints, "int") });
}

/** The result a `<op>Pair()` call left in bounds[0], bounds[1], taken into temporaries at once. */
export function boundsResult(ctx: IntervalContext, pre: Stmt[]): Pair {
  const l = ctx.names.temp("lo"), h = ctx.names.temp("hi");
  pre.push({ k: "let", name: l, ty: "real", init: boundsAt(0), mutable: false }, { k: "let", name: h, ty: "real", init: boundsAt(1), mutable: false });
  return { lo: { k: "var", name: l, ty: "real" }, hi: { k: "var", name: h, ty: "real" } };
}

/** The arguments' bounds in order (lo, hi of each); an integer argument is a point. */
function argBounds(ctx: IntervalContext, args: Expr[], pre: Stmt[]): Expr[] {
  const out: Expr[] = [];
  for (const a of args) {
    if (a.k !== "var" && a.k !== "num" && a.k !== "index" && isIntExpr(a)) {
      out.push(a, a);
      continue;
    }
    const p = ctx.bindPair(ctx.pair(a, pre), pre);
    out.push(p.lo, p.hi);
  }
  return out;
}

/** Interval rule: `<fn>Lo(bounds…)`, `<fn>Hi(bounds…)`. */
export function loHi(fn: string) {
  return (ctx: IntervalContext, args: Expr[], pre: Stmt[]): Pair => {
    const b = argBounds(ctx, args, pre);
    return { lo: rt(`${fn}Lo`, b), hi: rt(`${fn}Hi`, b) };
  };
}

/** Interval rule: `<fn>Pair()` with the bounds passed through the runtime's `bounds` array. */
export function viaBounds(fn: string) {
  return (ctx: IntervalContext, args: Expr[], pre: Stmt[]): Pair => {
    callWithBounds(`${fn}Pair`, [], argBounds(ctx, args, pre), pre);
    return boundsResult(ctx, pre);
  };
}

/** An integer-valued expression (indices, sizes, the tape's integers): exact in interval code. */
export function isIntExpr(e: Expr): boolean {
  return (e.k === "num" && e.ty === "int") || (e.k === "var" && e.ty === "int") || e.k === "length" || e.k === "iindex" ||
    ((e.k === "binary" || e.k === "neg") && e.ty === "int") || (e.k === "intrinsic" && e.ty === "int");
}
