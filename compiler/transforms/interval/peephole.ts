/**
 * The interval lowering's loop peepholes: two loop shapes that dominate the interval variants of
 * models, rewritten into forms with one a-priori rounding bound instead of an outward step and a
 * data-dependent branch per iteration. Each keeps the per-step loop as its fallback.
 *
 * - dot product `for (…) s = s + w·[b]` (w a point, s an interval accumulator): midpoint-radius sums;
 * - scatter `for (…) A[I] = A[I] + w·[b]` (A an interval array, [b] the same in every step): the
 *   reverse sweep of a dot product.
 */
import { cmp, cond, intrinsic, num, variable } from "../../ir/build.js";
import type { Expr, Stmt } from "../../ir/types.js";
import { readsVar, type Names } from "../../ir/walk.js";
import { bin, ETA, margin } from "../../primitives/interval-templates.js";
import { incrementOf } from "../../primitives/registry.js";
import type { IntervalContext } from "../../primitives/types.js";

/** What the peepholes need of the transform beyond a primitive's view: which names hold intervals, and their bounds' names. */
export interface LoopContext extends IntervalContext {
  /** The bound names of a real variable or array that holds intervals (undefined for points and integers). */
  bounds(x: string): { lo: string; hi: string } | undefined;
}

/** The product `w·b` a single-statement loop body accumulates into `target`, if that is all it does. */
function accumulatedProduct(s: Extract<Stmt, { k: "for" }>): { stmt: Stmt; factors: [Expr, Expr] } | undefined {
  const body = s.body.filter((t) => t.k !== "comment");
  const st = body[0];
  if (body.length !== 1 || (st?.k !== "assign" && st?.k !== "store")) return undefined;
  const target: Expr = st.k === "assign" ? { k: "var", name: st.name, ty: "real" } : { k: "index", array: st.array, index: st.index };
  const inc = incrementOf(st.value, target);
  if (inc?.k !== "binary" || inc.op !== "*") return undefined;
  return { stmt: st, factors: [inc.left, inc.right] };
}

/**
 * A loop whose body is only `s = s + w·b` with s an interval, w a point and b an interval not
 * reading s: a dot product, given one a-priori rounding bound (dotLoop), with `perStep` (this loop
 * transformed as usual) as its fallback.
 */
export function dotProduct(ctx: LoopContext, s: Extract<Stmt, { k: "for" }>, perStep: Stmt): Stmt[] | undefined {
  const m = accumulatedProduct(s);
  if (m?.stmt.k !== "assign") return undefined;
  const a = m.stmt;
  const acc = ctx.bounds(a.name);
  if (!acc) return undefined;
  const [w, b] = ctx.splitPoint(...m.factors);
  if (!w || !b || readsVar(b, a.name) || readsVar(w, a.name)) return undefined;
  return dotLoop(ctx.names, s, acc, (pre) => {
    const wv = ctx.bindPoint(w, pre);
    const p = ctx.pair(b, pre);
    const bl = ctx.names.temp("b_lo"), bh = ctx.names.temp("b_hi");
    pre.push({ k: "let", name: bl, ty: "real", init: p.lo, mutable: false }, { k: "let", name: bh, ty: "real", init: p.hi, mutable: false });
    return { w: wv, b: { lo: variable(bl), hi: variable(bh) } };
  }, perStep);
}

/**
 * A loop whose body is only `A[I] = A[I] + w·b` with A an interval array, w a point and b an
 * interval variable (so the same in every step): the reverse sweep of a dot product, written
 * without a data-dependent branch (scatterLoop).
 */
export function scatter(ctx: LoopContext, s: Extract<Stmt, { k: "for" }>, perStep: Stmt): Stmt[] | undefined {
  const m = accumulatedProduct(s);
  if (m?.stmt.k !== "store") return undefined;
  const st = m.stmt;
  const arr = ctx.bounds(st.array);
  if (!arr) return undefined;
  const [w, b] = ctx.splitPoint(...m.factors);
  const bb = b?.k === "var" ? ctx.bounds(b.name) : undefined;
  if (!w || !bb || readsVar(w, st.array) || perStep.k !== "for") return undefined;
  return scatterLoop(ctx.names, s, arr, st.index, (pre) => ctx.bindPoint(w, pre), { lo: variable(bb.lo), hi: variable(bb.hi) });
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
function dotLoop(names: Names, loop: Extract<Stmt, { k: "for" }>, s: { lo: string; hi: string }, term: (pre: Stmt[]) => { w: Expr; b: { lo: Expr; hi: Expr } }, slow: Stmt): Stmt[] {
  const sum = names.temp("sum"), rad = names.temp("rad"), mag = names.temp("mag"), k = names.temp("k");
  const body: Stmt[] = [];
  const { w, b } = term(body);
  const aw = names.temp("aw");
  const kv: Expr = { k: "var", name: k, ty: "int" };
  body.push(
    { k: "let", name: aw, ty: "real", init: intrinsic("abs", w), mutable: false },
    { k: "assign", name: sum, value: bin("+", variable(sum), bin("*", w, bin("+", b.lo, b.hi))) },
    { k: "assign", name: rad, value: bin("+", variable(rad), bin("*", variable(aw), bin("-", b.hi, b.lo))) },
    { k: "assign", name: mag, value: bin("+", variable(mag), bin("*", variable(aw), intrinsic("max", intrinsic("abs", b.lo), intrinsic("abs", b.hi)))) },
    { k: "assign", name: k, value: { k: "binary", op: "+", left: kv, right: num(1, "int"), ty: "int" } },
  );
  const m: Expr = { k: "binary", op: "+", left: kv, right: num(1, "int"), ty: "int" };
  const e = names.temp("e"), l = names.temp("l"), h = names.temp("h");
  const fast: Stmt[] = [
    { k: "let", name: e, ty: "real", init: bin("+", bin("*", bin("*", num(8 * 2 ** -53), m), variable(mag)), bin("*", num(8 * ETA), m)), mutable: false },
    { k: "let", name: l, ty: "real", init: bin("-", bin("*", bin("-", variable(sum), variable(rad)), num(0.5)), variable(e)), mutable: false },
    { k: "let", name: h, ty: "real", init: bin("+", bin("*", bin("+", variable(sum), variable(rad)), num(0.5)), variable(e)), mutable: false },
    { k: "assign", name: s.lo, value: bin("-", variable(l), margin(variable(l))) },
    { k: "assign", name: s.hi, value: bin("+", variable(h), margin(variable(h))) },
  ];
  const test: Expr = { k: "logical", op: "&&", left: cmp("<", variable(mag), num(1e300)), right: { k: "compare", op: "<", left: kv, right: num(2 ** 20, "int") } };
  return [
    { k: "let", name: sum, ty: "real", init: bin("+", variable(s.lo), variable(s.hi)), mutable: true },
    { k: "let", name: rad, ty: "real", init: bin("-", variable(s.hi), variable(s.lo)), mutable: true },
    { k: "let", name: mag, ty: "real", init: intrinsic("max", intrinsic("abs", variable(s.lo)), intrinsic("abs", variable(s.hi))), mutable: true },
    { k: "let", name: k, ty: "int", init: num(0, "int"), mutable: true },
    { ...loop, body },
    { k: "if", test, then: fast, else: [slow], loc: loop.loc },
  ];
}

/**
 * A scatter loop `for (…) A[I] = A[I] + w·[b]` (A an interval array, w a point that varies, [b] an
 * interval that does not: the reverse sweep of a dot product) without a data-dependent branch. The
 * per-step rule chooses w·b_lo or w·b_hi by the sign of w, and with random weights that branch is
 * mispredicted half the time: it made this loop 3× the cost of the whole interval forward pass.
 * Here [b] is put once, before the loop, in midpoint-radius form c ± r with
 *
 *   c = (b_lo + b_hi)·0.5,   r = max(outUp(b_hi − c), outUp(c − b_lo))   (so [b] ⊆ [c − r, c + r] exactly)
 *
 * and each step, rounded to nearest, with one error term shared by both bounds:
 *
 *   P = w·c;  Q = |w|·r;  e = (|a_lo| + |a_hi| + |P| + Q + 2⁻¹⁰²⁰)·8u
 *   a_lo ← (a_lo + (P − Q)) − e;   a_hi ← (a_hi + (P + Q)) + e
 *
 * Why e is enough (u = 2⁻⁵³, η = 2⁻¹⁰⁷⁴, S = |a_lo| + |a_hi| + |P| + |Q|): P and Q are within u|·| + η/2
 * of w·c and |w|·r; P ∓ Q, the sum with a and the final ∓ e round three more times, each by at most
 * u times a magnitude below (1 + 2u)S. The exact bound is thus reached within (4u + O(u²))·S + η,
 * while the computed e is at least (8u − 40u²)·S + 15η (the 2⁻¹⁰²⁰ term gives 8u·2⁻¹⁰²⁰ = 16η for
 * results near underflow). When e is not below 1e290 (a bound infinite, huge or NaN, an empty or
 * unbounded [b], 0·∞), no overflow is ruled out and the step takes the runtime rule (fmaPointLo/Hi).
 */
function scatterLoop(names: Names, loop: Extract<Stmt, { k: "for" }>, a: { lo: string; hi: string }, index: Expr, w: (pre: Stmt[]) => Expr, b: { lo: Expr; hi: Expr }): Stmt[] {
  const c = names.temp("c"), r = names.temp("r");
  const up = (x: Expr): Expr => bin("+", x, margin(x));
  const body: Stmt[] = [];
  const wv = w(body);
  const al = names.temp("a_lo"), ah = names.temp("a_hi"), P = names.temp("P"), Q = names.temp("Q"), e = names.temp("e");
  const ok = cmp("<", variable(e), num(1e290));
  const abs = (x: Expr) => intrinsic("abs", x);
  body.push(
    { k: "let", name: al, ty: "real", init: { k: "index", array: a.lo, index }, mutable: false },
    { k: "let", name: ah, ty: "real", init: { k: "index", array: a.hi, index }, mutable: false },
    { k: "let", name: P, ty: "real", init: bin("*", wv, variable(c)), mutable: false },
    { k: "let", name: Q, ty: "real", init: bin("*", abs(wv), variable(r)), mutable: false },
    { k: "let", name: e, ty: "real", init: bin("*", bin("+", bin("+", bin("+", abs(variable(al)), abs(variable(ah))), bin("+", abs(variable(P)), variable(Q))), num(2 ** -1020)), num(8 * 2 ** -53)), mutable: false },
    { k: "store", array: a.lo, index, value: cond(ok, bin("-", bin("+", variable(al), bin("-", variable(P), variable(Q))), variable(e)), { k: "runtime", fn: "fmaPointLo", args: [variable(al), wv, b.lo, b.hi], ty: "real" }), loc: loop.loc },
    { k: "store", array: a.hi, index, value: cond(ok, bin("+", bin("+", variable(ah), bin("+", variable(P), variable(Q))), variable(e)), { k: "runtime", fn: "fmaPointHi", args: [variable(ah), wv, b.lo, b.hi], ty: "real" }), loc: loop.loc },
  );
  return [
    { k: "let", name: c, ty: "real", init: bin("*", bin("+", b.lo, b.hi), num(0.5)), mutable: false },
    { k: "let", name: r, ty: "real", init: intrinsic("max", up(bin("-", b.hi, variable(c))), up(bin("-", variable(c), b.lo))), mutable: false },
    { ...loop, body },
  ];
}
