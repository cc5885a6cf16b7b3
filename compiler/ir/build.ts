/** Small constructors for IR expressions, with the constant folding that keeps generated code readable. */
import type { BinaryOp, Expr, CompareOp, IntBitOp, ScalarType } from "./types.js";

export const num = (value: number, ty: "real" | "int" = "real"): Expr => ({ k: "num", value, ty });
/** A variable (real unless said). */
export const variable = (name: string, ty: ScalarType = "real"): Expr => ({ k: "var", name, ty });
/** A call of a real-valued primitive (compiler/primitives/). */
export const intrinsic = (fn: string, ...args: Expr[]): Expr => ({ k: "intrinsic", fn, args });
/** `&`, `|`, `^`, `<<`, `>>`, `>>>`: int32 operations, on integers or on reals cut to integers (derivative 0). */
export const isBitOp = (op: BinaryOp): op is IntBitOp => op !== "+" && op !== "-" && op !== "*" && op !== "/" && op !== "%";
export const cmp = (op: CompareOp, left: Expr, right: Expr): Expr => ({ k: "compare", op, left, right });
export const cond = (test: Expr, a: Expr, b: Expr): Expr => ({ k: "cond", test, then: a, else: b, ty: "real" });

const isNum = (e: Expr, v?: number): boolean => e.k === "num" && (v === undefined || e.value === v);

export function neg(a: Expr): Expr {
  if (a.k === "num") return num(-a.value, a.ty);
  if (a.k === "neg") return a.arg;
  return { k: "neg", arg: a, ty: exprType(a) === "int" ? "int" : "real" };
}

function ty2(a: Expr, b: Expr): "real" | "int" {
  return exprType(a) === "int" && exprType(b) === "int" ? "int" : "real";
}

export function add(a: Expr, b: Expr): Expr {
  if (isNum(a, 0)) return b;
  if (isNum(b, 0)) return a;
  if (b.k === "neg") return sub(a, b.arg);
  return { k: "binary", op: "+", left: a, right: b, ty: ty2(a, b) };
}

export function sub(a: Expr, b: Expr): Expr {
  if (isNum(b, 0)) return a;
  if (isNum(a, 0)) return neg(b);
  if (b.k === "neg") return add(a, b.arg);
  return { k: "binary", op: "-", left: a, right: b, ty: ty2(a, b) };
}

export function mul(a: Expr, b: Expr): Expr {
  if (isNum(a, 0) || isNum(b, 0)) return num(0);
  if (isNum(a, 1)) return b;
  if (isNum(b, 1)) return a;
  if (isNum(a, -1)) return neg(b);
  if (isNum(b, -1)) return neg(a);
  if (a.k === "neg") return neg(mul(a.arg, b));
  if (b.k === "neg") return neg(mul(a, b.arg));
  return { k: "binary", op: "*", left: a, right: b, ty: ty2(a, b) };
}

export function div(a: Expr, b: Expr): Expr {
  if (isNum(b, 1)) return a;
  if (isNum(a, 0)) return num(0);
  return { k: "binary", op: "/", left: a, right: b, ty: "real" };
}

/** Sum of terms, dropping zeros. */
export function sum(terms: Expr[]): Expr {
  return terms.reduce((acc, t) => add(acc, t), num(0));
}

export function exprType(e: Expr): ScalarType {
  switch (e.k) {
    case "num": return e.ty;
    case "bool": case "not": case "compare": case "logical": return "bool";
    case "var": return e.ty;
    case "index": return "real";
    case "field": return e.ty;
    case "record": case "view": return "real"; // (an argument passed by reference, as arrays are)
    case "intrinsic": return e.ty ?? "real";
    case "length": case "iindex": return "int";
    case "neg": case "binary": return e.ty;
    case "cond": return e.ty;
    case "call": return e.ty === "void" ? "real" : e.ty;
    case "runtime": return e.ty;
    case "str": return "str";
    case "const": return "real";
  }
}

/** An atom is a constant, a variable, an array element or a length: no computation of its own. */
export function isAtom(e: Expr): boolean {
  return e.k === "num" || e.k === "bool" || e.k === "var" || e.k === "index" || e.k === "iindex" || e.k === "length" || e.k === "field" || e.k === "str";
}
