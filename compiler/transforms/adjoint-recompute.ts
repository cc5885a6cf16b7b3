/**
 * Recompute instead of record (the adjoint's tape, issue #31): a loop-local value the reverse sweep
 * reads — `const t = x[i * m + j] * x[j]` in a counted loop — would be pushed before every
 * overwrite and popped back. When its definition reads only what is the same in the reverse sweep
 * (arrays and variables the function never writes, the enclosing loops' counters, which the reverse
 * loops replay, constants, and other such loop-locals defined before it), the reverse loop body
 * recomputes it at its top instead, and nothing is taped.
 */
import type { Expr, Func, Stmt } from "../ir/types.js";
import { eachStmt, renameExpr } from "../ir/walk.js";

/**
 * For each counted loop's body, the top-level `let`s to recompute at the top of its reverse body,
 * in order. `taped(s)` says whether the to-be-recorded analysis would push s's old value.
 */
export function recomputable(f: Func, taped: (s: Stmt) => boolean): Map<Stmt[], Array<Extract<Stmt, { k: "let" }>>> {
  // what the function writes, and how often each name is defined
  const written = new Set<string>(), defs = new Map<string, number>();
  eachStmt(f.body, (s) => {
    if (s.k === "let" || s.k === "assign") defs.set(s.name, (defs.get(s.name) ?? 0) + 1);
    if (s.k === "assign" || s.k === "alloc") written.add(s.name);
    if (s.k === "store") written.add(s.array);
    if (s.k === "setfield") written.add(s.record);
    if (s.k === "effect") for (const a of s.args) renameExpr(a, (n) => (written.add(n), n)); // (an effect may write its arrays)
    if (s.k === "for") defs.set(s.v, (defs.get(s.v) ?? 0) + 1);
  });
  const out = new Map<Stmt[], Array<Extract<Stmt, { k: "let" }>>>();
  /**
   * `same`: the names whose reverse-sweep values equal their forward ones here (enclosing loops'
   * counters and recomputable loop-locals); returns the names of `same` the recomputations inside
   * `ss` read (an enclosing loop must then recompute them too).
   */
  const visit = (ss: Stmt[], same: ReadonlySet<string>): Set<string> => {
    const used = new Set<string>();
    for (const s of ss) {
      if (s.k === "if") { for (const n of [...visit(s.then, same), ...visit(s.else, same)]) used.add(n); }
      else if (s.k === "while") for (const n of visit(s.body, new Set())) used.add(n); // (a while loop is not replayed by counters)
      else if (s.k === "for") {
        const here = new Set(same).add(s.v), candidates: Array<Extract<Stmt, { k: "let" }>> = [];
        for (const b of s.body) {
          if (b.k !== "let" || defs.get(b.name) !== 1) continue;
          if (readsOnly(b.init, (n) => here.has(n) || (!written.has(n) && !defs.has(n)))) {
            here.add(b.name);
            candidates.push(b);
          }
        }
        // the taped ones, every loop-local a recomputed one reads (its value in the reverse body
        // would otherwise be the last iteration's), and those the inner loops' recomputations read
        const needed = visit(s.body, here), lets: Array<Extract<Stmt, { k: "let" }>> = [];
        for (const b of [...candidates].reverse()) {
          if (!taped(b) && !needed.has(b.name)) continue;
          lets.unshift(b);
          renameExpr(b.init, (n) => (needed.add(n), n));
        }
        if (lets.length > 0) out.set(s.body, lets);
        for (const n of needed) if (same.has(n)) used.add(n);
      }
    }
    return used;
  };
  visit(f.body, new Set());
  return out;
}

function readsOnly(e: Expr, ok: (name: string) => boolean): boolean {
  let all = true;
  renameExpr(e, (n) => (ok(n) || (all = false), n));
  return all;
}
