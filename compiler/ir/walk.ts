/** Generic traversals of the IR: names, renaming, statement visits. */
import type { Expr, Func, Stmt } from "./types.js";

/** Map every variable/array name in an expression. */
export function renameExpr(e: Expr, f: (n: string) => string): Expr {
  switch (e.k) {
    case "var": return { ...e, name: f(e.name) };
    case "index": return { ...e, array: f(e.array), index: renameExpr(e.index, f) };
    case "iindex": return { ...e, array: f(e.array), index: renameExpr(e.index, f) };
    case "length": return { ...e, array: f(e.array) };
    case "view": return { ...e, array: f(e.array), offset: renameExpr(e.offset, f), length: renameExpr(e.length, f) };
    case "field": return { ...e, record: f(e.record) };
    case "record": return { ...e, fields: e.fields.map(([k, v]) => [k, renameExpr(v, f)] as [string, Expr]) };
    case "neg": return { ...e, arg: renameExpr(e.arg, f) };
    case "not": return { ...e, arg: renameExpr(e.arg, f) };
    case "binary": case "compare": case "logical":
      return { ...e, left: renameExpr(e.left, f), right: renameExpr(e.right, f) } as Expr;
    case "cond": return { ...e, test: renameExpr(e.test, f), then: renameExpr(e.then, f), else: renameExpr(e.else, f) };
    case "intrinsic": return { ...e, args: e.args.map((a) => renameExpr(a, f)) };
    case "call": return { ...e, args: e.args.map((a) => renameExpr(a, f)) };
    case "runtime": return { ...e, args: e.args.map((a) => renameExpr(a, f)) };
    default: return e;
  }
}

export function renameStmts(ss: Stmt[], f: (n: string) => string): Stmt[] {
  return ss.map((s): Stmt => {
    switch (s.k) {
      case "let": return { ...s, name: f(s.name), init: renameExpr(s.init, f) };
      case "assign": return { ...s, name: f(s.name), value: renameExpr(s.value, f) };
      case "store": return { ...s, array: f(s.array), index: renameExpr(s.index, f), value: renameExpr(s.value, f) };
      case "setfield": return { ...s, record: f(s.record), value: renameExpr(s.value, f) };
      case "alloc": return { ...s, name: f(s.name), length: renameExpr(s.length, f) };
      case "if": return { ...s, test: renameExpr(s.test, f), then: renameStmts(s.then, f), else: renameStmts(s.else, f) };
      case "for": return { ...s, v: f(s.v), from: renameExpr(s.from, f), to: renameExpr(s.to, f), body: renameStmts(s.body, f) };
      case "while": return { ...s, test: renameExpr(s.test, f), body: renameStmts(s.body, f) };
      case "return": return s.value ? { ...s, value: renameExpr(s.value, f) } : s;
      case "callstmt": return { ...s, call: renameExpr(s.call, f) as typeof s.call };
      case "effect": return { ...s, args: s.args.map((a) => renameExpr(a, f)) };
      case "do": return { ...s, expr: renameExpr(s.expr, f) };
      case "loop": return { ...s, test: renameExpr(s.test, f), body: renameStmts(s.body, f), update: renameStmts(s.update, f) };
      case "block": return { ...s, body: renameStmts(s.body, f) };
      case "throw": return { ...s, parts: s.parts.map((p) => renameExpr(p, f)) };
      case "break": case "continue": case "comment": return s;
    }
  });
}

/** Rebuild an expression bottom-up, applying `f` to every node after its children. */
export function mapExpr(e: Expr, f: (x: Expr) => Expr): Expr {
  const m = (x: Expr) => mapExpr(x, f);
  switch (e.k) {
    case "index": case "iindex": return f({ ...e, index: m(e.index) });
    case "view": return f({ ...e, offset: m(e.offset), length: m(e.length) });
    case "neg": case "not": return f({ ...e, arg: m(e.arg) } as Expr);
    case "binary": case "compare": case "logical": return f({ ...e, left: m(e.left), right: m(e.right) } as Expr);
    case "cond": return f({ ...e, test: m(e.test), then: m(e.then), else: m(e.else) });
    case "intrinsic": case "call": case "runtime": return f({ ...e, args: e.args.map(m) } as Expr);
    case "record": return f({ ...e, fields: e.fields.map(([k, v]) => [k, m(v)] as [string, Expr]) });
    default: return f(e);
  }
}

/** The statements with `f` applied to every expression in them (see mapExpr), nested statements included. */
export function mapStmtExprs(ss: Stmt[], f: (x: Expr) => Expr): Stmt[] {
  const m = (x: Expr) => mapExpr(x, f);
  return ss.map((s): Stmt => {
    switch (s.k) {
      case "let": return { ...s, init: m(s.init) };
      case "assign": return { ...s, value: m(s.value) };
      case "store": return { ...s, index: m(s.index), value: m(s.value) };
      case "setfield": return { ...s, value: m(s.value) };
      case "alloc": return { ...s, length: m(s.length) };
      case "if": return { ...s, test: m(s.test), then: mapStmtExprs(s.then, f), else: mapStmtExprs(s.else, f) };
      case "for": return { ...s, from: m(s.from), to: m(s.to), body: mapStmtExprs(s.body, f) };
      case "while": return { ...s, test: m(s.test), body: mapStmtExprs(s.body, f) };
      case "return": return s.value ? { ...s, value: m(s.value) } : s;
      case "callstmt": return { ...s, call: m(s.call) as typeof s.call };
      case "effect": return { ...s, args: s.args.map(m) };
      case "do": return { ...s, expr: m(s.expr) };
      case "loop": return { ...s, test: m(s.test), body: mapStmtExprs(s.body, f), update: mapStmtExprs(s.update, f) };
      case "block": return { ...s, body: mapStmtExprs(s.body, f) };
      case "throw": return { ...s, parts: s.parts.map(m) };
      case "break": case "continue": case "comment": return s;
    }
  });
}

/** Does an operation over atoms read the variable `name` (as an operand, not an index)? */
export function readsVar(e: Expr, name: string): boolean {
  switch (e.k) {
    case "var": return e.name === name;
    case "intrinsic": return e.args.some((a) => readsVar(a, name));
    case "binary": return readsVar(e.left, name) || readsVar(e.right, name);
    case "neg": return readsVar(e.arg, name);
    default: return false;
  }
}

/** The direct subexpressions of an expression, in evaluation order. */
export function subExprs(e: Expr): Expr[] {
  switch (e.k) {
    case "index": case "iindex": return [e.index];
    case "view": return [e.offset, e.length];
    case "neg": case "not": return [e.arg];
    case "binary": case "compare": case "logical": return [e.left, e.right];
    case "cond": return [e.test, e.then, e.else];
    case "intrinsic": case "call": case "runtime": return e.args;
    case "record": return e.fields.map(([, v]) => v);
    default: return [];
  }
}

/** Does `e` or any expression inside it satisfy `p`? */
export function someExpr(e: Expr, p: (x: Expr) => boolean): boolean {
  return p(e) || subExprs(e).some((x) => someExpr(x, p));
}

/** Every name an expression reads: its variables, and the arrays it indexes or measures. */
export function varsOf(e: Expr, out = new Set<string>()): Set<string> {
  if (e.k === "var") out.add(e.name);
  else if (e.k === "index" || e.k === "iindex" || e.k === "length" || e.k === "view") out.add(e.array);
  else if (e.k === "field") out.add(e.record);
  for (const x of subExprs(e)) varsOf(x, out);
  return out;
}

/** The expressions a statement evaluates itself (not those of the statements nested in it). */
export function stmtExprs(s: Stmt): Expr[] {
  switch (s.k) {
    case "let": return [s.init];
    case "assign": return [s.value];
    case "store": return [s.index, s.value];
    case "setfield": return [s.value];
    case "alloc": return [s.length];
    case "if": case "while": return [s.test];
    case "for": return [s.from, s.to];
    case "return": return s.value ? [s.value] : [];
    case "callstmt": return [s.call];
    case "effect": return s.args;
    case "do": return [s.expr];
    case "loop": return [s.test];
    case "throw": return s.parts;
    case "block": case "break": case "continue": case "comment": return [];
  }
}

/** Structural equality of two expressions. */
export function sameExpr(a: Expr, b: Expr): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Visit every statement, depth first, in program order. */
export function eachStmt(ss: Stmt[], visit: (s: Stmt, loopDepth: number) => void, depth = 0): void {
  for (const s of ss) {
    visit(s, depth);
    if (s.k === "if") {
      eachStmt(s.then, visit, depth);
      eachStmt(s.else, visit, depth);
    } else if (s.k === "for" || s.k === "while") {
      eachStmt(s.body, visit, depth + 1);
    } else if (s.k === "loop") {
      eachStmt(s.body, visit, depth + 1);
      eachStmt(s.update, visit, depth + 1);
    } else if (s.k === "block") {
      eachStmt(s.body, visit, depth);
    }
  }
}

/** Every name declared or used in a function (parameters, locals, loop counters, arrays). */
export function namesOf(f: Func): Set<string> {
  const names = new Set<string>(f.params.map((p) => p.name));
  renameStmts(f.body, (n) => (names.add(n), n));
  return names;
}

/** A source of fresh names that avoids every name in use. */
export class Names {
  private readonly used: Set<string>;
  constructor(used: Iterable<string>) {
    this.used = new Set(used);
  }
  /** `base` itself if free, else base_1, base_2, ... */
  fresh(base: string): string {
    let n = base;
    for (let k = 1; this.used.has(n); k++) n = `${base}_${k}`;
    this.used.add(n);
    return n;
  }
  /** t1, t2, ... (numbered temporaries). */
  temp(prefix = "t"): string {
    let k = 1;
    while (this.used.has(`${prefix}${k}`)) k++;
    const n = `${prefix}${k}`;
    this.used.add(n);
    return n;
  }
  has(n: string): boolean {
    return this.used.has(n);
  }
  reserve(n: string): void {
    this.used.add(n);
  }
}
