/**
 * Which variables an undecided branch must save and hull (branches.ts): only those whose value
 * after the branch can still be read — live after it — or that the way run second reads before it
 * writes them (it must start from the state before the branch). A reverse sweep's adjoints of a
 * branch's own temporaries are neither: hulling them at every enclosing branch made interval
 * adjoints of `if … else if …` chains grow with the square of the chain (issue #16, item 6).
 *
 * Both sets are over-approximations (structured code, no kills through loops or jumps): a variable
 * wrongly kept costs code, never soundness.
 */
import type { Stmt } from "../../ir/types.js";
import { stmtExprs, varsOf } from "../../ir/walk.js";

type If = Extract<Stmt, { k: "if" }>;

/** Every name a statement reads, its nested statements included. */
function readsOf(s: Stmt, out = new Set<string>()): Set<string> {
  for (const e of stmtExprs(s)) varsOf(e, out);
  if (s.k === "store") out.add(s.array);
  if (s.k === "setfield") out.add(s.record);
  for (const inner of nested(s)) for (const t of inner) readsOf(t, out);
  return out;
}

function nested(s: Stmt): Stmt[][] {
  switch (s.k) {
    case "if": return [s.then, s.else];
    case "for": case "while": case "block": return [s.body];
    case "loop": return [s.body, s.update];
    default: return [];
  }
}

function hasJump(ss: Stmt[]): boolean {
  return ss.some((s) => s.k === "break" || s.k === "continue" || s.k === "return" || s.k === "throw" || nested(s).some(hasJump));
}

/** Names every run of the statements assigns (empty when a jump may skip the rest). */
function mustDefine(ss: Stmt[]): Set<string> {
  const out = new Set<string>();
  for (const s of ss) {
    if (s.k === "break" || s.k === "continue" || s.k === "return" || s.k === "throw") break;
    if (s.k === "let" || s.k === "assign") out.add(s.name);
    else if (s.k === "if") {
      if (hasJump(s.then) || hasJump(s.else)) break;
      const t = mustDefine(s.then);
      for (const x of mustDefine(s.else)) if (t.has(x)) out.add(x);
    } else if (nested(s).some(hasJump)) break;
  }
  return out;
}

/** What may be read from before `s` on, given what may be read after it: (after − what s surely assigns) ∪ what s reads. */
function liveBefore(s: Stmt, after: Set<string>): Set<string> {
  const defs = mustDefine([s]);
  const live = new Set([...after].filter((x) => !defs.has(x)));
  if (s.k === "if") {
    for (const e of stmtExprs(s)) varsOf(e, live);
    for (const x of exposedReads(s.then)) live.add(x);
    for (const x of exposedReads(s.else)) live.add(x);
  } else {
    readsOf(s, live);
  }
  return live;
}

/** Names the statements may read before assigning them (upward exposed). */
export function exposedReads(ss: Stmt[]): Set<string> {
  let exposed = new Set<string>();
  for (let i = ss.length - 1; i >= 0; i--) exposed = liveBefore(ss[i]!, exposed);
  return exposed;
}

/** For every `if` of a body: the names that may be read after it. */
export function liveAfterBranches(body: Stmt[]): Map<If, Set<string>> {
  const map = new Map<If, Set<string>>();
  const visit = (ss: Stmt[], after: Set<string>): void => {
    let live = after;
    for (let i = ss.length - 1; i >= 0; i--) {
      const s = ss[i]!;
      if (s.k === "if") {
        map.set(s, live);
        visit(s.then, live);
        visit(s.else, live);
      } else if (s.k === "for" || s.k === "while" || s.k === "loop") {
        // a later iteration may read anything the loop reads
        const inLoop = readsOf(s, new Set(live));
        for (const inner of nested(s)) visit(inner, inLoop);
      } else if (s.k === "block") {
        visit(s.body, live);
      }
      live = liveBefore(s, live);
    }
  };
  visit(body, new Set());
  return map;
}
