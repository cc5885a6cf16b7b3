/**
 * Folding of flags known at compile time: a string or boolean local that is never reassigned and
 * starts from a literal (a parameter fixed by `@specialize callPut "call"`, `const isCall = true`)
 * is replaced by its value, comparisons and logic on literals are evaluated, and a branch on a known
 * test keeps only the side that runs: the specialized function has no `callPut === "call"` left.
 */
import type { Expr, Stmt } from "../ir/types.js";
import { eachStmt, mapExpr } from "../ir/walk.js";

const isLiteral = (e: Expr): boolean => e.k === "str" || e.k === "bool";

function evaluate(e: Expr): Expr {
  if (e.k === "compare" && isLiteral(e.left) && isLiteral(e.right) && (e.op === "===" || e.op === "!==")) {
    const same = (e.left as { value: unknown }).value === (e.right as { value: unknown }).value;
    return { k: "bool", value: e.op === "===" ? same : !same };
  }
  if (e.k === "compare" && e.left.k === "num" && e.right.k === "num") {
    const a = e.left.value, b = e.right.value;
    const v = { "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "===": a === b, "!==": a !== b }[e.op];
    return { k: "bool", value: v };
  }
  if (e.k === "not" && e.arg.k === "bool") return { k: "bool", value: !e.arg.value };
  if (e.k === "logical") {
    const [l, r] = [e.left, e.right];
    if (l.k === "bool") return e.op === "&&" ? (l.value ? r : l) : (l.value ? l : r);
    if (r.k === "bool" && r.value === (e.op === "&&")) return l; // x && true, x || false
  }
  if (e.k === "cond" && e.test.k === "bool") return e.test.value ? e.then : e.else;
  return e;
}

export function fold(body: Stmt[]): Stmt[] {
  const assigned = new Set<string>();
  eachStmt(body, (s) => { if (s.k === "assign") assigned.add(s.name); });
  const known = new Map<string, Expr>();
  eachStmt(body, (s) => {
    if (s.k === "let" && (s.ty === "str" || s.ty === "bool") && isLiteral(s.init) && !assigned.has(s.name)) known.set(s.name, s.init);
  });
  const expr = (e: Expr): Expr => mapExpr(e, (x) => evaluate(x.k === "var" && known.has(x.name) ? known.get(x.name)! : x));
  const stmts = (ss: Stmt[]): Stmt[] => ss.flatMap((s): Stmt[] => {
    switch (s.k) {
      case "let":
        return known.has(s.name) ? [] : [{ ...s, init: expr(s.init) }];
      case "assign": return [{ ...s, value: expr(s.value) }];
      case "store": return [{ ...s, index: expr(s.index), value: expr(s.value) }];
      case "alloc": return [{ ...s, length: expr(s.length) }];
      case "if": {
        const test = expr(s.test);
        if (test.k === "bool") return stmts(test.value ? s.then : s.else);
        return [{ ...s, test, then: stmts(s.then), else: stmts(s.else) }];
      }
      case "while": {
        const test = expr(s.test);
        if (test.k === "bool" && !test.value) return [];
        return [{ ...s, test, body: stmts(s.body) }];
      }
      case "loop": return [{ ...s, test: expr(s.test), body: stmts(s.body), update: stmts(s.update) }];
      case "for": return [{ ...s, from: expr(s.from), to: expr(s.to), body: stmts(s.body) }];
      case "block": return [{ ...s, body: stmts(s.body) }];
      case "return": return [s.value ? { ...s, value: expr(s.value) } : s];
      case "callstmt": return [{ ...s, call: expr(s.call) as typeof s.call }];
      case "effect": return [{ ...s, args: s.args.map(expr) }];
      case "throw": return [{ ...s, parts: s.parts.map(expr) }];
      case "do": return [{ ...s, expr: expr(s.expr) }];
      default: return [s];
    }
  });
  return stmts(body);
}
