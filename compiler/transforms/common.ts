/** What every mode shares: reading a normalized statement as one rule applied to atoms. */
import { exprType } from "../ir/build.js";
import type { Expr, Func, Param, Stmt } from "../ir/types.js";
import { rule, type Bind, type Rule } from "../rules.js";
import { eachStmt } from "../ir/walk.js";

/** A normalized right-hand side as one rule applied to atomic arguments (undefined for an atom). */
export function asRule(rhs: Expr): { rule: Rule; args: Expr[] } | undefined {
  if (rhs.k === "binary" && rhs.ty === "real") return { rule: rule(rhs.op), args: [rhs.left, rhs.right] };
  if (rhs.k === "neg" && rhs.ty === "real") return { rule: rule("neg"), args: [rhs.arg] };
  if (rhs.k === "intrinsic") return { rule: rule(rhs.fn), args: rhs.args };
  return undefined;
}

/** Is `e` (an atom) a carrier of derivatives under `active`? */
export function atomActive(e: Expr, active: Set<string>): boolean {
  if (e.k === "var") return e.ty === "real" && active.has(e.name);
  if (e.k === "index") return active.has(e.array);
  return false;
}

export interface Term {
  /** The atomic argument receiving or giving the derivative. */
  arg: Expr;
  partial: Expr;
}

/**
 * Local partials of `rhs` with respect to its active arguments. For an atom, the single term is
 * the atom itself with partial 1. `y` is the result (the statement's target).
 */
export function terms(rhs: Expr, y: Expr, active: Set<string>, bind: Bind): Term[] {
  if (exprType(rhs) !== "real") return [];
  const r = asRule(rhs);
  if (!r) return atomActive(rhs, active) ? [{ arg: rhs, partial: { k: "num", value: 1, ty: "real" } }] : [];
  const out: Term[] = [];
  r.args.forEach((a, i) => {
    if (atomActive(a, active)) out.push({ arg: a, partial: r.rule.partial(i, r.args, y, bind) });
  });
  return out;
}

export function usesResult(rhs: Expr): boolean {
  return asRule(rhs)?.rule.usesResult ?? false;
}

/** Does a statement list contain anything at all (after filtering comments)? */
export function isEmpty(ss: Stmt[]): boolean {
  return ss.every((s) => s.k === "comment");
}

/** Does the code use the tape (is it, or does it contain, an adjoint)? */
export function usesTape(ss: Stmt[]): boolean {
  let found = false;
  const inExpr = (e: Expr): boolean =>
    e.k === "pop" || ("args" in e && e.args.some(inExpr)) || ("left" in e && (inExpr(e.left) || inExpr(e.right))) ||
    ("arg" in e && inExpr(e.arg)) || (e.k === "cond" && (inExpr(e.test) || inExpr(e.then) || inExpr(e.else))) || (e.k === "index" && inExpr(e.index));
  eachStmt(ss, (s) => {
    if (s.k === "push") found = true;
    else if (s.k === "let" && inExpr(s.init)) found = true;
    else if (s.k === "assign" && inExpr(s.value)) found = true;
    else if (s.k === "store" && inExpr(s.value)) found = true;
    else if ((s.k === "if" || s.k === "while") && inExpr(s.test)) found = true;
    else if (s.k === "for" && inExpr(s.from)) found = true;
  });
  return found;
}

/**
 * Annotations for a generated function: every real and array parameter is differentiable again;
 * code that uses the tape offers only the tangent (the adjoint of an adjoint is not supported).
 */
export function generatedAnnotations(params: Param[], extra: { domain?: Record<string, [number, number]>; length?: Record<string, number | string> }, body: Stmt[]): Func["ann"] {
  return {
    wrt: params.filter((p) => p.ty === "real" || p.ty === "array").map((p) => p.name),
    domain: { ...extra.domain },
    length: { ...extra.length },
    variants: usesTape(body) ? [{ steps: [{ mode: "tangent" }] }] : [],
    simd: [],
    shared: [],
  };
}
