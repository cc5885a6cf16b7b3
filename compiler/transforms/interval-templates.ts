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

/**
 * A dot-product loop `for (…) s = s + w·[b]` (w a point, s an interval accumulator) in midpoint-
 * radius form with one a-priori rounding bound, instead of two outward steps and a data-dependent
 * branch per multiply-add. With S = b_lo + b_hi and D = b_hi − b_lo, w·[b] = w·S/2 ± |w|·D/2, so
 *
 *   sum += w·(b_lo + b_hi);  rad += |w|·(b_hi − b_lo);  mag += |w|·max(|b_lo|, |b_hi|);  k++
 *
 * (rounded to nearest; sum and rad start from s's S and D), then
 * s_lo = outDown((sum − rad)/2 − e), s_hi = outUp((sum + rad)/2 + e), e = 8mu·mag + 8mη, m = k + 1
 * terms, u = 2⁻⁵³, mag starting at max(|s_lo|, |s_hi|). Why e is enough: S and D are each within
 * u·(|b_lo| + |b_hi|) ≤ 2u·max(|b_lo|, |b_hi|) of exact; recursive summation of m terms errs by at
 * most γ_{m−1}·Σ|terms| (Higham, Accuracy and Stability, (4.4)) and each product by u·|term| + η/2;
 * the terms' magnitudes are at most 2(1 + u)|w|·max(|b_lo|, |b_hi|); (sum ∓ rad) rounds once more.
 * Together at most ((2m + 4)u·Q + 2mη)/2 with Q the exact mag, while the computed mag is at least
 * (1 − γ_{2m})·Q − mη: e covers it with room for m < 2²⁰. When mag is not below 1e300 (a bound
 * infinite or huge, 0·∞, an empty operand) or the loop is longer, the loop runs again with the
 * per-step rule (`slow`).
 */
export function dotLoop(names: Names, loop: Extract<Stmt, { k: "for" }>, s: { lo: string; hi: string }, term: (pre: Stmt[]) => { w: Expr; b: { lo: Expr; hi: Expr } }, slow: Stmt): Stmt[] {
  const sum = names.temp("sum"), rad = names.temp("rad"), mag = names.temp("mag"), k = names.temp("k");
  const body: Stmt[] = [];
  const { w, b } = term(body);
  const aw = names.temp("aw");
  const kv: Expr = { k: "var", name: k, ty: "int" };
  body.push(
    { k: "let", name: aw, ty: "real", init: intrinsic("abs", w), mutable: false },
    { k: "assign", name: sum, value: bin("+", v(sum), bin("*", w, bin("+", b.lo, b.hi))) },
    { k: "assign", name: rad, value: bin("+", v(rad), bin("*", v(aw), bin("-", b.hi, b.lo))) },
    { k: "assign", name: mag, value: bin("+", v(mag), bin("*", v(aw), intrinsic("max", intrinsic("abs", b.lo), intrinsic("abs", b.hi)))) },
    { k: "assign", name: k, value: { k: "binary", op: "+", left: kv, right: num(1, "int"), ty: "int" } },
  );
  const m: Expr = { k: "binary", op: "+", left: kv, right: num(1, "int"), ty: "int" };
  const e = names.temp("e"), l = names.temp("l"), h = names.temp("h");
  const fast: Stmt[] = [
    { k: "let", name: e, ty: "real", init: bin("+", bin("*", bin("*", num(8 * 2 ** -53), m), v(mag)), bin("*", num(8 * ETA), m)), mutable: false },
    { k: "let", name: l, ty: "real", init: bin("-", bin("*", bin("-", v(sum), v(rad)), num(0.5)), v(e)), mutable: false },
    { k: "let", name: h, ty: "real", init: bin("+", bin("*", bin("+", v(sum), v(rad)), num(0.5)), v(e)), mutable: false },
    { k: "assign", name: s.lo, value: bin("-", v(l), margin(v(l))) },
    { k: "assign", name: s.hi, value: bin("+", v(h), margin(v(h))) },
  ];
  const test: Expr = { k: "logical", op: "&&", left: cmp("<", v(mag), num(1e300)), right: { k: "compare", op: "<", left: kv, right: num(2 ** 20, "int") } };
  return [
    { k: "let", name: sum, ty: "real", init: bin("+", v(s.lo), v(s.hi)), mutable: true },
    { k: "let", name: rad, ty: "real", init: bin("-", v(s.hi), v(s.lo)), mutable: true },
    { k: "let", name: mag, ty: "real", init: intrinsic("max", intrinsic("abs", v(s.lo)), intrinsic("abs", v(s.hi))), mutable: true },
    { k: "let", name: k, ty: "int", init: num(0, "int"), mutable: true },
    { ...loop, body },
    { k: "if", test, then: fast, else: [slow], loc: loop.loc },
  ];
}
