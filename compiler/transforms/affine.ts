/**
 * Integer index expressions as affine forms over loop counters, for the dependence tests of loop
 * transformations (jam.ts): `pOff + j * nIn + i` is 1·i + nIn·j + pOff, with coefficients and a
 * rest that do not change inside the loop nest. Plus the integer arithmetic (folded, so that static
 * facts stay visible as constants) to write bounds and runtime checks with.
 */
import type { Expr } from "../ir/types.js";
import { sameExpr } from "../ir/walk.js";

/** Σ coef·counter + rest; coefficients and rest are loop-invariant integer expressions. */
export interface Affine {
  terms: Map<string, Expr>;
  rest: Expr;
}

/** What a decomposition may assume about names. */
export interface AffineScope {
  /** Loop counters (the terms). */
  counters: ReadonlySet<string>;
  /** Integers defined once inside the nest, by their definitions (substituted). */
  defs: ReadonlyMap<string, Expr>;
  /** Names that change inside the nest other than by `defs` (an index reading one is not affine). */
  varying: ReadonlySet<string>;
}

export const int = (value: number): Expr => ({ k: "num", value, ty: "int" });
/** The value of an integer constant (undefined: not a constant). */
const value = (e: Expr): number | undefined => (e.k === "num" ? e.value : undefined);
const isInt = (e: Expr, v?: number): boolean => e.k === "num" && (v === undefined || e.value === v);

export function iadd(a: Expr, b: Expr): Expr {
  const x = value(a), y = value(b);
  if (x !== undefined && y !== undefined) return int(x + y);
  if (x === 0) return b;
  if (y === 0) return a;
  if (y !== undefined && y < 0) return isub(a, int(-y));
  return { k: "binary", op: "+", left: a, right: b, ty: "int" };
}

export function isub(a: Expr, b: Expr): Expr {
  const x = value(a), y = value(b);
  if (x !== undefined && y !== undefined) return int(x - y);
  if (y === 0) return a;
  if (sameExpr(a, b)) return int(0);
  return { k: "binary", op: "-", left: a, right: b, ty: "int" };
}

export function imul(a: Expr, b: Expr): Expr {
  const x = value(a), y = value(b);
  if (x !== undefined && y !== undefined) return int(x * y);
  if (x === 0 || y === 0) return int(0);
  if (x === 1) return b;
  if (y === 1) return a;
  return { k: "binary", op: "*", left: a, right: b, ty: "int" };
}

export const ineg = (a: Expr): Expr => (value(a) !== undefined ? int(-value(a)!) : { k: "neg", arg: a, ty: "int" });

/** a ≥ 0 ? x : y, decided at compile time when a is a constant. */
function bySign(a: Expr, x: Expr, y: Expr): Expr {
  const c = value(a);
  if (c !== undefined) return c >= 0 ? x : y;
  return { k: "cond", test: { k: "compare", op: ">=", left: a, right: int(0) }, then: x, else: y, ty: "int" };
}

export const iabs = (a: Expr): Expr => bySign(a, a, ineg(a));

// ---- booleans, folded -------------------------------------------------------------------------

export const TRUE: Expr = { k: "bool", value: true };
export const FALSE: Expr = { k: "bool", value: false };
const isBool = (e: Expr, v: boolean) => e.k === "bool" && e.value === v;

export function less(a: Expr, b: Expr, op: "<" | "<=" | ">=" | "!==" = "<"): Expr {
  const x = value(a), y = value(b);
  if (x !== undefined && y !== undefined) {
    const r = op === "<" ? x < y : op === "<=" ? x <= y : op === ">=" ? x >= y : x !== y;
    return r ? TRUE : FALSE;
  }
  // x − c < x (c a positive constant) and friends: differences of the same expression
  const d = isub(a, b);
  if (isInt(d)) return less(d, int(0), op);
  return { k: "compare", op, left: a, right: b };
}

export function and(a: Expr, b: Expr): Expr {
  if (isBool(a, false) || isBool(b, false)) return FALSE;
  if (isBool(a, true)) return b;
  if (isBool(b, true)) return a;
  return { k: "logical", op: "&&", left: a, right: b };
}

export function or(a: Expr, b: Expr): Expr {
  if (isBool(a, true) || isBool(b, true)) return TRUE;
  if (isBool(a, false)) return b;
  if (isBool(b, false)) return a;
  return { k: "logical", op: "||", left: a, right: b };
}

export const isTrue = (e: Expr): boolean => isBool(e, true);
export const isFalse = (e: Expr): boolean => isBool(e, false);

// ---- decomposition ------------------------------------------------------------------------------

/** Does `e` read a counter or a varying name (after substituting defs)? */
function invariant(e: Expr, sc: AffineScope): boolean {
  switch (e.k) {
    case "num": case "bool": case "length": return true;
    case "var": {
      if (sc.counters.has(e.name) || sc.varying.has(e.name)) return false;
      const d = sc.defs.get(e.name);
      return d === undefined || invariant(d, sc);
    }
    case "iindex": return invariant(e.index, sc);
    case "binary": return e.op !== "/" && invariant(e.left, sc) && invariant(e.right, sc);
    case "neg": return invariant(e.arg, sc);
    default: return false;
  }
}

/** The definition-substituted form of an invariant expression (its rest as written in the prologue). */
function substitute(e: Expr, sc: AffineScope): Expr {
  switch (e.k) {
    case "var": { const d = sc.defs.get(e.name); return d ? substitute(d, sc) : e; }
    case "iindex": return { ...e, index: substitute(e.index, sc) };
    case "binary": return { ...e, left: substitute(e.left, sc), right: substitute(e.right, sc) };
    case "neg": return { ...e, arg: substitute(e.arg, sc) };
    default: return e;
  }
}

function scale(a: Affine, c: Expr): Affine {
  const terms = new Map<string, Expr>();
  for (const [v, k] of a.terms) {
    const t = imul(c, k);
    if (!isInt(t, 0)) terms.set(v, t);
  }
  return { terms, rest: imul(c, a.rest) };
}

function combine(a: Affine, b: Affine, sign: 1 | -1): Affine {
  const terms = new Map(a.terms);
  for (const [v, k] of b.terms) {
    const prev = terms.get(v);
    const t = prev ? (sign === 1 ? iadd(prev, k) : isub(prev, k)) : sign === 1 ? k : ineg(k);
    if (isInt(t, 0)) terms.delete(v);
    else terms.set(v, t);
  }
  return { terms, rest: sign === 1 ? iadd(a.rest, b.rest) : isub(a.rest, b.rest) };
}

/** `e` as an affine form over the scope's counters, or undefined when it is not one. */
export function affine(e: Expr, sc: AffineScope): Affine | undefined {
  if (invariant(e, sc)) return { terms: new Map(), rest: substitute(e, sc) };
  switch (e.k) {
    case "var": {
      if (sc.counters.has(e.name)) return { terms: new Map([[e.name, int(1)]]), rest: int(0) };
      const d = sc.defs.get(e.name);
      return d ? affine(d, sc) : undefined;
    }
    case "neg": {
      const a = affine(e.arg, sc);
      return a && scale(a, int(-1));
    }
    case "binary": {
      if (e.op === "+" || e.op === "-") {
        const a = affine(e.left, sc), b = affine(e.right, sc);
        return a && b && combine(a, b, e.op === "+" ? 1 : -1);
      }
      if (e.op === "*") {
        if (invariant(e.left, sc)) { const b = affine(e.right, sc); return b && scale(b, substitute(e.left, sc)); }
        if (invariant(e.right, sc)) { const a = affine(e.left, sc); return a && scale(a, substitute(e.right, sc)); }
      }
      return undefined;
    }
    default: return undefined;
  }
}

/** Same coefficients on the same counters and the same rest? */
export function sameForm(a: Affine, b: Affine): boolean {
  if (a.terms.size !== b.terms.size || !sameExpr(a.rest, b.rest)) return false;
  for (const [v, k] of a.terms) {
    const other = b.terms.get(v);
    if (!other || !sameExpr(k, other)) return false;
  }
  return true;
}

/** The coefficient of `v` (0 when absent). */
export const coefficient = (a: Affine, v: string): Expr => a.terms.get(v) ?? int(0);

/** Inclusive bounds of a counter. */
export interface Range {
  lo: Expr;
  hi: Expr;
}

/** The smallest and largest value of an affine form with each counter in its range. */
export function extent(a: Affine, ranges: ReadonlyMap<string, Range>): Range {
  let lo = a.rest, hi = a.rest;
  for (const [v, c] of a.terms) {
    const r = ranges.get(v)!;
    lo = iadd(lo, bySign(c, imul(c, r.lo), imul(c, r.hi)));
    hi = iadd(hi, bySign(c, imul(c, r.hi), imul(c, r.lo)));
  }
  return { lo, hi };
}
