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

const bin = (op: "+" | "-" | "*" | "/", left: Expr, right: Expr): Expr => ({ k: "binary", op, left, right, ty: "real" });
const v = (name: string): Expr => ({ k: "var", name, ty: "real" });
/** φ|c| + η: how far outDown/outUp move c. */
const margin = (c: Expr): Expr => bin("+", bin("*", num(PHI), intrinsic("abs", c)), num(ETA));

/**
 * `r` unless it is NaN (or `guard` is false): then the runtime rule `fn`, which handles what the
 * inline arithmetic does not (overflow, 0·∞, empty operands, divisors containing 0).
 */
function orRule(r: string, fn: string, args: Expr[], guard?: Expr): Expr {
  const ok = cmp("===", v(r), v(r));
  return cond(guard ? { k: "logical", op: "&&", left: guard, right: ok } : ok, v(r), { k: "runtime", fn, args, ty: "real" });
}

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
    return orRule(r, rule.fn, rule.args); // the runtime rule: the same arithmetic, with those cases handled
  };
  return { lo: side("lo"), hi: side("hi") };
}

/**
 * Bounds of [a] + [b] or [a] − [b], inline: lo = outDown(a_lo + b_lo) (a_lo − b_hi), hi likewise
 * outUp, two ulps at most from tight; a NaN (∞ − ∞, an empty operand) takes the runtime rule
 * addLo/subLo, which handles those. Inline for the reason given at intervalProduct.
 */
export function intervalSum(names: Names, pre: Stmt[], op: "add" | "sub", a: { lo: Expr; hi: Expr }, b: { lo: Expr; hi: Expr }): { lo: Expr; hi: Expr } {
  const side = (down: boolean): Expr => {
    const s = names.temp("s"), r = names.temp(down ? "lo" : "hi");
    const other = op === "add" ? (down ? b.lo : b.hi) : down ? b.hi : b.lo;
    pre.push({ k: "let", name: s, ty: "real", init: bin(op === "add" ? "+" : "-", down ? a.lo : a.hi, other), mutable: false });
    pre.push({ k: "let", name: r, ty: "real", init: bin(down ? "-" : "+", v(s), margin(v(s))), mutable: false });
    return orRule(r, `${op}${down ? "Lo" : "Hi"}`, [a.lo, a.hi, b.lo, b.hi]);
  };
  return { lo: side(true), hi: side(false) };
}

/**
 * Bounds of [a]·[b] and [acc] + [a]·[b] with both factors intervals (or one a computed point), inline: the four corner
 * products rounded to nearest, their min and max pushed outward by outDown/outUp (φ|c| + η), and
 * for the accumulate one more sum and outward step. This is within two ulps of the tight rule
 * (runtime mulLo/mulHi, certified by TwoProduct), and it is what an interval adjoint needs per
 * neuron: as runtime calls, V8 did not inline the rule's own helpers into the generated function,
 * and every double crossing a call that is not inlined is boxed (hundreds of allocations per call).
 * Why the min of rounded corners is safe: if fl(p_k) is the least, for the exact least p_j,
 * outDown(fl(p_k)) ≤ pred(fl(p_k)) ≤ pred(fl(p_j)) ≤ p_j. A NaN result (0·∞, an empty operand, a
 * bound that overflowed the wrong way) takes the runtime rule, which handles those.
 */
export function intervalProduct(names: Names, pre: Stmt[], a: { lo: Expr; hi: Expr }, b: { lo: Expr; hi: Expr }, acc?: { lo: Expr; hi: Expr }): { lo: Expr; hi: Expr } {
  return corners(names, pre, "*", a, b, acc);
}

/**
 * Bounds of [a] / [b], inline as the product above (IEEE division is correctly rounded, so the
 * same argument holds), when [b] lies on one side of 0; a divisor interval containing 0 takes the
 * runtime rule divLo/divHi, which gives the set-based hull (IEEE 1788) of {x/y : y ≠ 0}.
 */
export function intervalQuotient(names: Names, pre: Stmt[], a: { lo: Expr; hi: Expr }, b: { lo: Expr; hi: Expr }): { lo: Expr; hi: Expr } {
  return corners(names, pre, "/", a, b);
}

function corners(names: Names, pre: Stmt[], op: "*" | "/", a: { lo: Expr; hi: Expr }, b: { lo: Expr; hi: Expr }, acc?: { lo: Expr; hi: Expr }): { lo: Expr; hi: Expr } {
  const ps = [[a.lo, b.lo], [a.lo, b.hi], [a.hi, b.lo], [a.hi, b.hi]].map(([x, y]) => {
    const p = names.temp(op === "*" ? "p" : "q");
    pre.push({ k: "let", name: p, ty: "real", init: bin(op, x!, y!), mutable: false });
    return v(p);
  });
  const oneSided: Expr | undefined = op === "/" ? { k: "logical", op: "||", left: cmp(">", b.lo, num(0)), right: cmp("<", b.hi, num(0)) } : undefined;
  const side = (down: boolean): Expr => {
    const f = down ? "min" : "max";
    const m = names.temp(down ? "pmin" : "pmax"), r = names.temp(down ? "lo" : "hi");
    pre.push({ k: "let", name: m, ty: "real", init: intrinsic(f, intrinsic(f, ps[0]!, ps[1]!), intrinsic(f, ps[2]!, ps[3]!)), mutable: false });
    const moved = bin(down ? "-" : "+", v(m), margin(v(m)));
    let result = moved;
    if (acc) {
      const t = names.temp("t");
      pre.push({ k: "let", name: t, ty: "real", init: bin("+", down ? acc.lo : acc.hi, moved), mutable: false });
      result = bin(down ? "-" : "+", v(t), margin(v(t)));
    }
    pre.push({ k: "let", name: r, ty: "real", init: result, mutable: false });
    const args = acc ? [acc.lo, acc.hi, a.lo, a.hi, b.lo, b.hi] : [a.lo, a.hi, b.lo, b.hi];
    const fn = `${acc ? "fma" : op === "*" ? "mul" : "div"}${down ? "Lo" : "Hi"}`;
    return orRule(r, fn, args, oneSided);
  };
  return { lo: side(true), hi: side(false) };
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
export function scatterLoop(names: Names, loop: Extract<Stmt, { k: "for" }>, a: { lo: string; hi: string }, index: Expr, w: (pre: Stmt[]) => Expr, b: { lo: Expr; hi: Expr }): Stmt[] {
  const c = names.temp("c"), r = names.temp("r");
  const up = (x: Expr): Expr => bin("+", x, margin(x));
  const body: Stmt[] = [];
  const wv = w(body);
  const al = names.temp("a_lo"), ah = names.temp("a_hi"), P = names.temp("P"), Q = names.temp("Q"), e = names.temp("e");
  const ok = cmp("<", v(e), num(1e290));
  const abs = (x: Expr) => intrinsic("abs", x);
  body.push(
    { k: "let", name: al, ty: "real", init: { k: "index", array: a.lo, index }, mutable: false },
    { k: "let", name: ah, ty: "real", init: { k: "index", array: a.hi, index }, mutable: false },
    { k: "let", name: P, ty: "real", init: bin("*", wv, v(c)), mutable: false },
    { k: "let", name: Q, ty: "real", init: bin("*", abs(wv), v(r)), mutable: false },
    { k: "let", name: e, ty: "real", init: bin("*", bin("+", bin("+", bin("+", abs(v(al)), abs(v(ah))), bin("+", abs(v(P)), v(Q))), num(2 ** -1020)), num(8 * 2 ** -53)), mutable: false },
    { k: "store", array: a.lo, index, value: cond(ok, bin("-", bin("+", v(al), bin("-", v(P), v(Q))), v(e)), { k: "runtime", fn: "fmaPointLo", args: [v(al), wv, b.lo, b.hi], ty: "real" }), loc: loop.loc },
    { k: "store", array: a.hi, index, value: cond(ok, bin("+", bin("+", v(ah), bin("+", v(P), v(Q))), v(e)), { k: "runtime", fn: "fmaPointHi", args: [v(ah), wv, b.lo, b.hi], ty: "real" }), loc: loop.loc },
  );
  return [
    { k: "let", name: c, ty: "real", init: bin("*", bin("+", b.lo, b.hi), num(0.5)), mutable: false },
    { k: "let", name: r, ty: "real", init: intrinsic("max", up(bin("-", b.hi, v(c))), up(bin("-", v(c), b.lo))), mutable: false },
    { ...loop, body },
  ];
}
