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
import { cmp, cond, intrinsic, num, variable } from "../ir/build.js";
import type { Expr, Stmt } from "../ir/types.js";
import { sameExpr, type Names } from "../ir/walk.js";

const PHI = 2 ** -53 + 2 ** -105;
export const ETA = Number.MIN_VALUE;
/** φ and η as named constants of the generated module (`const PHI = …` at its top). */
export const PHI_C: Expr = { k: "const", name: "PHI", value: PHI, doc: "2^-53 + 2^-105: outDown/outUp move a bound by PHI·|c| + ETA (runtime/interval/round.ts)" };
export const ETA_C: Expr = { k: "const", name: "ETA", value: ETA, doc: "2^-1074, the smallest subnormal" };

export const bin = (op: "+" | "-" | "*" | "/", left: Expr, right: Expr): Expr => ({ k: "binary", op, left, right, ty: "real" });
/** φ|c| + η: how far outDown/outUp move c. */
export const margin = (c: Expr): Expr => bin("+", bin("*", PHI_C, intrinsic("abs", c)), ETA_C);

/**
 * `r` unless it is NaN (or `guard` is false): then the runtime rule `fn`, which handles what the
 * inline arithmetic does not (overflow, 0·∞, empty operands, divisors containing 0).
 */
function orRule(r: string, fn: string, args: Expr[], guard?: Expr): Expr {
  const ok = cmp("===", variable(r), variable(r));
  return cond(guard ? { k: "logical", op: "&&", left: guard, right: ok } : ok, variable(r), { k: "runtime", fn, args, ty: "real" });
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
    // a point [b] (both bounds the same expression) needs no choice by the sign of w
    const product = sameExpr(near, far) ? bin("*", w, near) : cond(cmp(">", w, num(0)), bin("*", w, near), bin("*", w, far));
    pre.push({ k: "let", name: p, ty: "real", init: product, mutable: false });
    const moved = bin(down ? "-" : "+", variable(p), margin(variable(p)));
    const sum = a ? bin("+", down ? a.lo : a.hi, moved) : moved;
    pre.push({ k: "let", name: t, ty: "real", init: sum, mutable: false });
    const result = a ? bin(down ? "-" : "+", variable(t), margin(variable(t))) : variable(t);
    const rule = a ? { fn: down ? "fmaPointLo" : "fmaPointHi", args: [down ? a.lo : a.hi, w, b.lo, b.hi] }
      : { fn: down ? "mulPointLo" : "mulPointHi", args: [w, b.lo, b.hi] };
    pre.push({ k: "let", name: r, ty: "real", init: result, mutable: false });
    return orRule(r, rule.fn, rule.args); // the runtime rule: the same arithmetic, with those cases handled
  };
  return { lo: side("lo"), hi: side("hi") };
}

/**
 * Bounds of [a] + [b] or [a] − [b], inline: lo = outDown(a_lo + b_lo) (a_lo − b_hi), hi likewise
 * outUp, two ulps at most from tight, and exact where the sum is 0; a NaN (∞ − ∞, an empty operand) takes the runtime rule
 * addLo/subLo, which handles those. Inline for the reason given at intervalProduct.
 */
export function intervalSum(names: Names, pre: Stmt[], op: "add" | "sub", a: { lo: Expr; hi: Expr }, b: { lo: Expr; hi: Expr }): { lo: Expr; hi: Expr } {
  const side = (down: boolean): Expr => {
    const s = names.temp("s"), r = names.temp(down ? "lo" : "hi");
    const other = op === "add" ? (down ? b.lo : b.hi) : down ? b.hi : b.lo;
    pre.push({ k: "let", name: s, ty: "real", init: bin(op === "add" ? "+" : "-", down ? a.lo : a.hi, other), mutable: false });
    // a sum that rounds to 0 is exact (with subnormals, fl(x ± y) = 0 only when x ± y = 0): kept,
    // so [b] − 1 at b = [1, 1] is the point 0 that pow's rule takes as an integer exponent
    const moved = bin(down ? "-" : "+", variable(s), margin(variable(s)));
    pre.push({ k: "let", name: r, ty: "real", init: cond(cmp("===", variable(s), num(0)), variable(s), moved), mutable: false });
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
    return variable(p);
  });
  const oneSided: Expr | undefined = op === "/" ? { k: "logical", op: "||", left: cmp(">", b.lo, num(0)), right: cmp("<", b.hi, num(0)) } : undefined;
  const side = (down: boolean): Expr => {
    const f = down ? "min" : "max";
    const m = names.temp(down ? "pmin" : "pmax"), r = names.temp(down ? "lo" : "hi");
    pre.push({ k: "let", name: m, ty: "real", init: intrinsic(f, intrinsic(f, ps[0]!, ps[1]!), intrinsic(f, ps[2]!, ps[3]!)), mutable: false });
    const moved = bin(down ? "-" : "+", variable(m), margin(variable(m)));
    let result = moved;
    if (acc) {
      const t = names.temp("t");
      pre.push({ k: "let", name: t, ty: "real", init: bin("+", down ? acc.lo : acc.hi, moved), mutable: false });
      result = bin(down ? "-" : "+", variable(t), margin(variable(t)));
    }
    pre.push({ k: "let", name: r, ty: "real", init: result, mutable: false });
    const args = acc ? [acc.lo, acc.hi, a.lo, a.hi, b.lo, b.hi] : [a.lo, a.hi, b.lo, b.hi];
    const fn = `${acc ? "fma" : op === "*" ? "mul" : "div"}${down ? "Lo" : "Hi"}`;
    return orRule(r, fn, args, oneSided);
  };
  return { lo: side(true), hi: side(false) };
}
