/**
 * Inline templates for the hottest interval rules: a product with a point factor and its fused
 * accumulate, [a] + w·[b], written into the generated code as arithmetic (as Tangent writes its
 * derivative templates) rather than as calls. In a large generated function V8 stops inlining
 * calls once its budget is spent, and a call that is not inlined boxes its doubles: one heap
 * allocation per weight. The arithmetic is that of runtime/interval/pairs.ts (fmaPointLo, …):
 *
 *   p = w > 0 ? w·b_lo : w·b_hi                 (the lower end of w·[b]; w = 0 gives 0)
 *   t = a_lo + (p − (φ|p| + η))                 (outDown of the product, then the sum)
 *   lo = t − (φ|t| + η)                         (outDown of the sum)
 *
 * with φ = 2⁻⁵³ + 2⁻¹⁰⁵ and η = 2⁻¹⁰⁷⁴ (runtime/interval/round.ts: outDown/outUp). A NaN result
 * (an overflowed bound, 0·∞, an empty operand) falls back to the runtime rule, which handles them.
 */
import { cmp, cond, intrinsic, num } from "../ir/build.js";
import type { Expr, Stmt } from "../ir/types.js";
import type { Names } from "../ir/walk.js";

const PHI = 2 ** -53 + 2 ** -105;
const ETA = Number.MIN_VALUE;

const bin = (op: "+" | "-" | "*", left: Expr, right: Expr): Expr => ({ k: "binary", op, left, right, ty: "real" });
const v = (name: string): Expr => ({ k: "var", name, ty: "real" });
/** φ|c| + η: how far outDown/outUp move c. */
const margin = (c: Expr): Expr => bin("+", bin("*", num(PHI), intrinsic("abs", c)), num(ETA));

/**
 * Bounds of [a] + w·[b] (`a` absent: w·[b]) for a point w, as let-statements appended to `pre`;
 * returns the names holding the lower and upper bound.
 */
export function pointProduct(names: Names, pre: Stmt[], w: Expr, b: { lo: Expr; hi: Expr }, a?: { lo: Expr; hi: Expr }): { lo: Expr; hi: Expr } {
  const side = (which: "lo" | "hi"): Expr => {
    const down = which === "lo";
    const p = names.temp("p"), t = names.temp("t"), r = names.temp(which);
    const [near, far] = down ? [b.lo, b.hi] : [b.hi, b.lo];
    pre.push({ k: "let", name: p, ty: "real", init: cond(cmp(">", w, num(0)), bin("*", w, near), bin("*", w, far)), mutable: false });
    const moved = bin(down ? "-" : "+", v(p), margin(v(p)));
    const sum = a ? bin("+", down ? a.lo : a.hi, moved) : moved;
    pre.push({ k: "let", name: t, ty: "real", init: sum, mutable: false });
    const result = a ? bin(down ? "-" : "+", v(t), margin(v(t))) : v(t);
    const rule = a ? { fn: down ? "fmaPointLo" : "fmaPointHi", args: [down ? a.lo : a.hi, w, b.lo, b.hi] }
      : { fn: down ? "mulPointLo" : "mulPointHi", args: [w, b.lo, b.hi] };
    pre.push({ k: "let", name: r, ty: "real", init: result, mutable: false });
    // NaN: overflow, 0·∞ or empty — the runtime rule (same arithmetic, with their handling)
    return cond(cmp("===", v(r), v(r)), v(r), { k: "runtime", fn: rule.fn, args: rule.args, ty: "real" });
  };
  return { lo: side("lo"), hi: side("hi") };
}
