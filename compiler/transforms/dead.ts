/**
 * Dead scalar stores: `let x = e` and `x = e` where nothing reads `x`, removed to a fixpoint (a
 * removed value's operands may become unread in turn). Used where a pass knows the names it
 * removes are its own: normalize for the locals of a helper inlined for its effects (what it
 * computed only for its return value), tangent mode for companions nothing reads (the tangent of a
 * value that only feeds comparisons). A value that reads or writes the tape, or calls the
 * runtime, is kept with its store.
 */
import type { Expr, Stmt } from "../ir/types.js";
import { eachStmt, someExpr, stmtExprs, varsOf } from "../ir/walk.js";
import { primitive } from "../primitives/registry.js";

const impure = (e: Expr): boolean =>
  someExpr(e, (x) => x.k === "runtime" || x.k === "call" || (x.k === "intrinsic" && (primitive(x.fn).reads !== undefined || primitive(x.fn).writes !== undefined)));

/** `ss` without the stores to never-read names that `removable` accepts. */
export function dropUnread(ss: Stmt[], removable: (name: string) => boolean = () => true): Stmt[] {
  for (;;) {
    const read = new Set<string>(), kept = new Set<string>();
    eachStmt(ss, (s) => {
      for (const e of stmtExprs(s)) varsOf(e, read);
      if ((s.k === "let" || s.k === "assign") && impure(s.k === "let" ? s.init : s.value)) kept.add(s.name);
    });
    const dead = (s: Stmt): boolean => (s.k === "let" || s.k === "assign") && !read.has(s.name) && !kept.has(s.name) && removable(s.name);
    let dropped = false;
    const sweep = (list: Stmt[]): Stmt[] => list.flatMap((s): Stmt[] => {
      if (dead(s)) {
        dropped = true;
        return [];
      }
      switch (s.k) {
        case "if": return [{ ...s, then: sweep(s.then), else: sweep(s.else) }];
        case "for": case "while": return [{ ...s, body: sweep(s.body) }];
        case "loop": return [{ ...s, body: sweep(s.body), update: sweep(s.update) }];
        case "block": return [{ ...s, body: sweep(s.body) }];
        default: return [s];
      }
    });
    ss = sweep(ss);
    if (!dropped) return ss;
  }
}
