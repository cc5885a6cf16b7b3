/**
 * Which reals of a function hold intervals in its interval version, and which stay exact points.
 *
 * `interval(x)` makes only the listed parameters intervals. The others (a network's weights, an
 * adjoint seed) stay single numbers, and so does every variable that only ever holds an exact copy
 * of a point (anything computed is rounded, hence an interval). A product or fused multiply-add with
 * one point factor then takes the cheaper point rules, one product per bound instead of four.
 */
import type { Expr, Func, ScalarType, Stmt } from "../../ir/types.js";
import { isIntExpr } from "../../primitives/interval-calls.js";

export type Types = ReadonlyMap<string, ScalarType | "array" | "intarray" | "record">;

/**
 * Variables and arrays that hold intervals: the interval inputs, and every real that is assigned
 * anything but an exact copy of a point (a number, an integer, a point variable or array element,
 * or its negation), or assigned inside a branch (which may need the hull of both ways). Fixpoint.
 */
export function intervalValued(f: Func, types: Types, only: readonly string[] | undefined): Set<string> {
  const iv = new Set<string>();
  for (const [x, ty] of types) if ((ty === "real" || ty === "array" || ty === "record") && (!only || only.includes(x))) iv.add(x);
  if (!only) return iv;
  const isPointCopy = (e: Expr): boolean =>
    e.k === "num" || isIntExpr(e) || (e.k === "var" && !iv.has(e.name)) || (e.k === "index" && !iv.has(e.array)) || (e.k === "field" && !iv.has(e.record)) ||
    (e.k === "neg" && isPointCopy(e.arg));
  let changed = true;
  const mark = (x: string, value: Expr, inIf: boolean) => {
    if (!iv.has(x) && (inIf || !isPointCopy(value))) { iv.add(x); changed = true; }
  };
  const visit = (ss: Stmt[], inIf: boolean): void => {
    for (const s of ss) {
      if (s.k === "let" && s.ty === "real") mark(s.name, s.init, inIf);
      else if (s.k === "assign" && types.get(s.name) === "real") mark(s.name, s.value, inIf);
      else if (s.k === "store") mark(s.array, s.value, inIf);
      else if (s.k === "setfield") mark(s.record, s.value, inIf);
      else if (s.k === "if") { visit(s.then, true); visit(s.else, true); }
      else if (s.k === "for" || s.k === "while") visit(s.body, inIf);
    }
  };
  while (changed) {
    changed = false;
    visit(f.body, false);
  }
  return iv;
}
