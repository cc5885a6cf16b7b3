/**
 * The rule table: one row per primitive operation, read by every mode.
 *
 * A row gives the local partial derivatives of the operation with respect to each argument, written
 * as IR over the (atomic) arguments and, where cheaper, the result `y`. Tangent mode sums
 * `partial_i * arg_i_d`; adjoint mode adds `y_b * partial_i` to each `arg_i_b`. Because partials are
 * themselves IR built from rows of this table, every derivative is again differentiable (closure):
 * second derivatives are never written by hand.
 *
 * Non-smooth points follow one convention in every mode: ties go to the first argument, as if
 * `abs(a) = a >= 0 ? a : -a`, `max(a, b) = a >= b ? a : b`, `min(a, b) = a <= b ? a : b`;
 * `hypot(0, 0)` has partials 0; `sqrt` at 0 has partial +Infinity (as the exact derivative).
 *
 * Adding an intrinsic (say `Math.asinh`) is one row here (and its interval enclosure in the runtime).
 */
import type { Expr } from "./ir/types.js";
import { add, cmp, cond, div, intrinsic, mul, neg, num, sub } from "./ir/build.js";

export type Bind = (e: Expr) => Expr;

export interface Rule {
  /** IR name of the operation. */
  name: string;
  /** How the user writes it: `Math.exp`, or the name of a runtime export such as `silu`. */
  source?: string;
  arity: number;
  /** True if some partial is written in terms of the result `y`. */
  usesResult: boolean;
  /**
   * Partial derivative with respect to argument `i`, in terms of the atomic arguments and the result.
   * `bind` names a subexpression shared by several partials (it becomes a `const` in generated code).
   */
  partial(i: number, args: Expr[], y: Expr, bind: Bind): Expr;
  /** Reference evaluation, for tests and verification. */
  evaluate(...xs: number[]): number;
  /** Interval enclosure: the runtime pair functions `<interval>Lo` / `<interval>Hi` (runtime/interval/pairs.ts). */
  interval?: string;
}

const sigmoidFn = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

const rows: Rule[] = [
  // Arithmetic.
  { name: "+", interval: "add", arity: 2, usesResult: false, partial: () => num(1), evaluate: (a, b) => a + b },
  { name: "-", interval: "sub", arity: 2, usesResult: false, partial: (i) => num(i === 0 ? 1 : -1), evaluate: (a, b) => a - b },
  { name: "*", interval: "mul", arity: 2, usesResult: false, partial: (i, [a, b]) => (i === 0 ? b : a), evaluate: (a, b) => a * b },
  {
    name: "/", interval: "div", arity: 2, usesResult: false,
    // d(a/b)/da = 1/b, d(a/b)/db = -a/(b*b)
    partial: (i, [a, b]) => (i === 0 ? div(num(1), b) : neg(div(a, mul(b, b)))),
    evaluate: (a, b) => a / b,
  },
  { name: "neg", interval: "neg", arity: 1, usesResult: false, partial: () => num(-1), evaluate: (a) => -a },
  {
    // a + b·c as one statement (printed `a + b * c`, two roundings as written): multiply-accumulate
    // loops then need no temporary, and their adjoints no temporary adjoint.
    name: "fma", interval: "fma", arity: 3, usesResult: false,
    partial: (i, [, b, c]) => (i === 0 ? num(1) : i === 1 ? c! : b!),
    evaluate: (a, b, c) => a + b * c,
  },

  // Math.*
  { name: "exp", interval: "exp", source: "Math.exp", arity: 1, usesResult: true, partial: (_i, _a, y) => y, evaluate: Math.exp },
  { name: "log", interval: "log", source: "Math.log", arity: 1, usesResult: false, partial: (_i, [a]) => div(num(1), a), evaluate: Math.log },
  { name: "sqrt", interval: "sqrt", source: "Math.sqrt", arity: 1, usesResult: true, partial: (_i, _a, y) => div(num(0.5), y), evaluate: Math.sqrt },
  {
    name: "pow", interval: "pow", source: "Math.pow", arity: 2, usesResult: true,
    // d(a^b)/da = b * a^(b-1); d(a^b)/db = a^b * log(a)
    partial: (i, [a, b], y) =>
      i === 0 ? mul(b, intrinsic("pow", a, b.k === "num" ? num(b.value - 1) : sub(b, num(1)))) : mul(y, intrinsic("log", a)),
    evaluate: Math.pow,
  },
  { name: "abs", interval: "abs", source: "Math.abs", arity: 1, usesResult: false, partial: (_i, [a]) => cond(cmp(">=", a, num(0)), num(1), num(-1)), evaluate: Math.abs },
  {
    name: "max", interval: "max", source: "Math.max", arity: 2, usesResult: false,
    partial: (i, [a, b]) => cond(cmp(">=", a, b), num(i === 0 ? 1 : 0), num(i === 0 ? 0 : 1)),
    evaluate: (a, b) => Math.max(a, b),
  },
  {
    name: "min", interval: "min", source: "Math.min", arity: 2, usesResult: false,
    partial: (i, [a, b]) => cond(cmp("<=", a, b), num(i === 0 ? 1 : 0), num(i === 0 ? 0 : 1)),
    evaluate: (a, b) => Math.min(a, b),
  },
  { name: "tanh", interval: "tanh", source: "Math.tanh", arity: 1, usesResult: true, partial: (_i, _a, y) => sub(num(1), mul(y, y)), evaluate: Math.tanh },
  { name: "sin", interval: "sin", source: "Math.sin", arity: 1, usesResult: false, partial: (_i, [a]) => intrinsic("cos", a), evaluate: Math.sin },
  { name: "cos", interval: "cos", source: "Math.cos", arity: 1, usesResult: false, partial: (_i, [a]) => neg(intrinsic("sin", a)), evaluate: Math.cos },
  { name: "atan", interval: "atan", source: "Math.atan", arity: 1, usesResult: false, partial: (_i, [a]) => div(num(1), add(num(1), mul(a, a))), evaluate: Math.atan },
  {
    name: "hypot", interval: "hypot", source: "Math.hypot", arity: 2, usesResult: true,
    partial: (i, args, y) => cond(cmp("===", y, num(0)), num(0), div(args[i]!, y)),
    evaluate: (a, b) => Math.hypot(a, b),
  },

  // Model intrinsics exported by the runtime (runtime/intrinsics.ts).
  { name: "sigmoid", interval: "sigmoid", source: "sigmoid", arity: 1, usesResult: true, partial: (_i, _a, y) => mul(y, sub(num(1), y)), evaluate: sigmoidFn },
  {
    name: "silu", interval: "silu", source: "silu", arity: 1, usesResult: false,
    // silu(a) = a * s with s = sigmoid(a); silu'(a) = s * (1 + a * (1 - s))
    partial: (_i, [a], _y, bind) => {
      const s = bind(intrinsic("sigmoid", a!));
      return mul(s, add(num(1), mul(a!, sub(num(1), s))));
    },
    evaluate: (a) => a * sigmoidFn(a),
  },
  {
    // mark(x, slot): the identity, recording x (and, in adjoints, its adjoint) for significance analysis.
    name: "mark", interval: "mark", source: "mark", arity: 2, usesResult: false,
    partial: (i) => num(i === 0 ? 1 : 0),
    evaluate: (a) => a,
  },
  {
    name: "softplus", source: "softplus", interval: "softplus", arity: 1, usesResult: false,
    partial: (_i, [a]) => intrinsic("sigmoid", a!),
    evaluate: (a) => (a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a))),
  },
];

export const RULES: ReadonlyMap<string, Rule> = new Map(rows.map((r) => [r.name, r]));

/** Intrinsics by the way users write them: `Math.exp` → exp row, `silu` → silu row. */
export const RULES_BY_SOURCE: ReadonlyMap<string, Rule> = new Map(
  rows.filter((r) => r.source !== undefined).map((r) => [r.source!, r]),
);

/** Names of the runtime-exported intrinsics (imported from the sobolev runtime by user models). */
export const RUNTIME_INTRINSICS: readonly string[] = rows.filter((r) => r.source && !r.source.startsWith("Math.")).map((r) => r.name);

export function rule(name: string): Rule {
  const r = RULES.get(name);
  if (!r) throw new Error(`internal: no rule for ${name}`);
  return r;
}
