/** What every mode shares: reading a normalized statement as one primitive applied to atoms. */
import { cmp, cond, exprType, mul, num } from "../ir/build.js";
import type { Expr, Loc, Stmt } from "../ir/types.js";
import { eachStmt, someExpr, stmtExprs, type Names } from "../ir/walk.js";
import { primitive } from "../primitives/registry.js";
import type { Bind, Primitive } from "../primitives/types.js";

/** A normalized right-hand side as one primitive applied to atomic arguments (undefined for an atom). */
export function asRule(rhs: Expr): { rule: Primitive; args: Expr[] } | undefined {
  if (rhs.k === "binary" && rhs.ty === "real") return { rule: primitive(rhs.op), args: [rhs.left, rhs.right] };
  if (rhs.k === "neg" && rhs.ty === "real") return { rule: primitive("neg"), args: [rhs.arg] };
  if (rhs.k === "intrinsic") return { rule: primitive(rhs.fn), args: rhs.args };
  return undefined;
}

/** Is `e` (an atom) a carrier of derivatives under `active`? */
export function atomActive(e: Expr, active: Set<string>): boolean {
  if (e.k === "var") return e.ty === "real" && active.has(e.name);
  if (e.k === "index") return active.has(e.array);
  if (e.k === "field") return e.ty === "real" && active.has(e.record);
  return false;
}

export interface Term {
  /** The atomic argument receiving or giving the derivative. */
  arg: Expr;
  partial: Expr;
  /** The primitive's partial can be infinite where its value is finite (sqrt at 0): see `scaled`. */
  singular?: boolean;
}

/**
 * A term's contribution: its partial times a tangent or adjoint `seed` (an atom), `seedFirst`
 * choosing the printed order (adjoints write seed · partial, tangents partial · seed). Two rules keep
 * a derivative that does not flow from being NaN (∞ · 0):
 * - a partial that chooses (`c ? 1 : 0`, abs/max/min and every select) gives the seed or 0 by the
 *   same choice, never seed · 0, so an unchosen argument gets exactly 0 even when the seed is ±∞;
 * - a singular partial (sqrt's 0.5/√a at a = 0) times a seed of exactly 0 gives 0: a zero tangent
 *   through `Math.sqrt(Math.max(v, 0))` at v < 0 stays 0.
 */
export function scaled(t: Term, seed: Expr, seedFirst: boolean): Expr {
  const times = (p: Expr): Expr => {
    if (p.k === "cond" && p.ty === "real") return cond(p.test, times(p.then), times(p.else));
    const product = seedFirst ? mul(seed, p) : mul(p, seed);
    if (!t.singular || (p.k === "num" && Number.isFinite(p.value)) || (seed.k === "num" && seed.value !== 0)) return product;
    return cond(cmp("===", seed, num(0)), num(0), product);
  };
  return times(t.partial);
}

/**
 * Local partials of `rhs` with respect to its active arguments. For an atom, the single term is
 * the atom itself with partial 1. `y` is the result (the statement's target; absent for a store,
 * whose right-hand side normalization never leaves a rule written with its result).
 */
export function terms(rhs: Expr, y: Expr | undefined, active: Set<string>, bind: Bind): Term[] {
  if (exprType(rhs) !== "real") return [];
  const r = asRule(rhs);
  if (!r) return atomActive(rhs, active) ? [{ arg: rhs, partial: { k: "num", value: 1, ty: "real" } }] : [];
  const out: Term[] = [];
  r.args.forEach((a, i) => {
    if (!atomActive(a, active)) return;
    if (!r.rule.partial) throw new Error(`internal: ${r.rule.name} has no partials`);
    out.push({ arg: a, partial: r.rule.partial(i, r.args, y, bind), ...(r.rule.singular ? { singular: true } : {}) });
  });
  return out;
}

export function usesResult(rhs: Expr): boolean {
  return asRule(rhs)?.rule.usesResult ?? false;
}

/** A `Bind` that names a subexpression with a fresh `const` appended to `pre`. */
export function binder(names: Names, pre: Stmt[], loc?: Loc): Bind {
  return (e: Expr): Expr => {
    const t = names.temp();
    pre.push({ k: "let", name: t, ty: "real", init: e, mutable: false, ...(loc ? { loc } : {}) });
    return { k: "var", name: t, ty: "real" };
  };
}

/** Does a statement list contain anything at all (after filtering comments)? */
export function isEmpty(ss: Stmt[]): boolean {
  return ss.every((s) => s.k === "comment");
}

/** The primitive whose use makes code impossible to adjoint (the tape: the code is an adjoint), with where. */
export function firstNoAdjoint(ss: Stmt[]): { prim: Primitive; loc?: Loc } | undefined {
  let found: { prim: Primitive; loc?: Loc } | undefined;
  const isBlocked = (e: Expr) => e.k === "intrinsic" && primitive(e.fn).noAdjoint !== undefined;
  eachStmt(ss, (s) => {
    if (found) return;
    if (s.k === "effect" && primitive(s.fn).noAdjoint !== undefined) found = { prim: primitive(s.fn), loc: s.loc };
    else {
      const e = stmtExprs(s).find((x) => someExpr(x, isBlocked));
      if (e) {
        let hit: Expr | undefined;
        someExpr(e, (x) => (isBlocked(x) ? ((hit = x), true) : false));
        found = { prim: primitive((hit as Extract<Expr, { k: "intrinsic" }>).fn), loc: s.loc };
      }
    }
  });
  return found;
}

/** Does the code use the tape (is it, or does it contain, an adjoint)? */
export function usesTape(ss: Stmt[]): boolean {
  return firstNoAdjoint(ss) !== undefined;
}

/** The companion names of a mode (`x_d`, `x_b`): made on first use, fresh in the function, then the same. */
export function companions(names: Names, suffix: string): (x: string) => string {
  const made = new Map<string, string>();
  return (x: string): string => {
    let n = made.get(x);
    if (n === undefined) {
      n = names.fresh(`${x}${suffix}`);
      made.set(x, n);
    }
    return n;
  };
}
