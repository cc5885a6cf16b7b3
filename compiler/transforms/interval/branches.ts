/**
 * Branches in interval code: a test is three-valued (1 true, 0 false, 2 undecided over the box).
 * Decided, one branch runs. Undecided, both run and the result is their hull, never their sum: on
 * the part of the box where a branch is not taken it contributes nothing, so any point's value (and,
 * in an interval adjoint, any point's adjoint) lies in the branch its own test chose.
 *
 *   save what either branch writes            (if undecided)
 *   first branch                              (unless decided the other way)
 *   swap: saved ↔ current                     (if undecided: the first branch's result is kept aside)
 *   second branch                             (unless decided the other way)
 *   hull of current and the first's result    (if undecided)
 *
 * Each branch's code is emitted once (share, don't copy). What is hulled (a way whose result is
 * empty, NaN bounds, contributes nothing: the point function is NaN there too): real scalars (bounds),
 * booleans (three-valued: equal or undecided), real arrays element by element (the runtime keeps
 * the copies, allocated only when undecided). What cannot be hulled stops the call with a located
 * message (an integer or string assigned differently on the two ways, e.g. a loop bound): subdivide
 * the box. Reals a reverse sweep restores from the tape are saved and hulled like any other write:
 * the second way must start from the state after the branch, not from the first way's restores.
 * Integers it restores are left alone: both ways restore the same value (an integer assigned on
 * only one way of an undecided branch stopped the forward sweep already).
 *
 * Order: a forward branch runs `then` first. A branch replayed in a reverse sweep (its test is the
 * tape's popBranch) runs `else` first: the forward sweep pushed `then`'s values first, so the
 * `else` branch's are on top.
 */
import { exprType, num, variable } from "../../ir/build.js";
import type { Expr, Stmt } from "../../ir/types.js";
import { eachStmt, type Names } from "../../ir/walk.js";
import { isIntExpr, rt } from "../../primitives/interval-calls.js";
import { isPop } from "../../primitives/tape.js";
import { exposedReads } from "./liveness.js";
import type { Types } from "./points.js";

export interface BranchContext {
  readonly names: Names;
  readonly types: Types;
  /** Bound names of an interval variable or array. */
  bounds(x: string): { lo: string; hi: string } | undefined;
  fail(message: string): Stmt;
  /** Names that may be read after this branch (undefined: unknown, keep everything). */
  liveAfter(s: If): ReadonlySet<string> | undefined;
}

type If = Extract<Stmt, { k: "if" }>;

const isK = (c: string, op: "===" | "!==", k: number): Expr => ({ k: "compare", op, left: variable(c, "int"), right: num(k, "int") });

/** Does every path through the statements end in a throw? */
function throws(ss: Stmt[]): boolean {
  const last = ss.filter((s) => s.k !== "comment").pop();
  return last?.k === "throw" || (last?.k === "if" && throws(last.then) && throws(last.else));
}

/** What a branch writes outside itself that is `needed`, by kind (integers restored from the tape left out; arrays all). */
function writes(ss: Stmt[], types: Types, needed: (x: string) => boolean): { scalars: Set<string>; fields: Set<string>; arrays: Set<string>; unsafe: Set<string> } {
  const declared = new Set<string>(), scalars = new Set<string>(), fields = new Set<string>(), arrays = new Set<string>(), unsafe = new Set<string>();
  eachStmt(ss, (s) => {
    if (s.k === "let" || (s.k === "assign" && s.declares)) declared.add(s.name);
    else if (s.k === "assign" && !declared.has(s.name) && needed(s.name)) {
      const ty = types.get(s.name);
      if (ty === "real" || ty === "bool") scalars.add(s.name);
      else if (!isPop(s.value)) unsafe.add(s.name);
    } else if (s.k === "store") arrays.add(s.array);
    else if (s.k === "setfield" && needed(s.record)) fields.add(`${s.record}\u0000${s.field}`);
  });
  return { scalars, fields, arrays, unsafe };
}

/**
 * The interval version of `s`, given its three-valued test `tri` and its transformed branches.
 * `decidable`: the test can never be undecided (integers, boolean parameters): a plain `if`.
 */
export function intervalBranch(ctx: BranchContext, s: If, tri: Expr, then: Stmt[], els: Stmt[], decidable: boolean, elseFirst: boolean, where: string): Stmt[] {
  const loc = s.loc;
  if (decidable) return [{ k: "if", test: { k: "compare", op: "===", left: tri, right: num(1, "int") }, then, else: els, loc }];
  const c = ctx.names.temp("decided");
  const out: Stmt[] = [{ k: "let", name: c, ty: "int", init: tri, mutable: false, loc }];
  // a branch that always throws is an input guard: it runs only where the test decides it
  if (throws(s.then) || throws(s.else)) {
    if (then.length > 0) out.push({ k: "if", test: isK(c, throws(s.then) ? "===" : "!==", throws(s.then) ? 1 : 0), then, else: [], loc });
    if (els.length > 0) out.push({ k: "if", test: isK(c, throws(s.else) ? "===" : "!==", throws(s.else) ? 0 : 1), then: els, else: [], loc });
    return out;
  }
  // only what can be read afterwards, or what the way run second reads before writing it (liveness.ts)
  const after = ctx.liveAfter(s);
  const secondReads = exposedReads(elseFirst ? s.then : s.else);
  const needed = (x: string) => after === undefined || after.has(x) || secondReads.has(x);
  const w1 = writes(s.then, ctx.types, needed), w2 = writes(s.else, ctx.types, needed);
  const unsafe = [...new Set([...w1.unsafe, ...w2.unsafe])];
  if (unsafe.length > 0) {
    out.push({ k: "if", test: isK(c, "===", 2), then: [ctx.fail(`undecided branch at ${where} assigns ${unsafe.map((n) => `'${n}'`).join(", ")}, which cannot be enclosed (an integer or a string)`)], else: [], loc });
  }
  const scalars = [...new Set([...w1.scalars, ...w2.scalars])];
  const arrays = [...new Set([...w1.arrays, ...w2.arrays])].map((a) => ctx.bounds(a)!).filter((b) => b !== undefined);
  // per written scalar or record field: where its value is (two bounds, or one three-valued boolean) and how to hull them
  type Slot = { read: Expr; write: (value: Expr) => Stmt; other: string; ty: "real" | "int"; hull: (cur: Expr, other: Expr) => Expr };
  const slots: Slot[] = [];
  const bound = (how: "min" | "max") => (cur: Expr, other: Expr) => rt(how === "min" ? "hullLo" : "hullHi", [cur, other]);
  for (const x of scalars) {
    const b = ctx.bounds(x);
    const parts: Array<[string, "min" | "max" | "tri"]> = b ? [[b.lo, "min"], [b.hi, "max"]] : [[x, "tri"]];
    for (const [name, how] of parts) {
      const ty = how === "tri" ? "int" : "real";
      slots.push({
        read: variable(name, ty), write: (value) => ({ k: "assign", name, value }), other: ctx.names.fresh(`${name}_other`), ty,
        hull: how === "tri"
          ? (cur, other) => ({ k: "cond", test: { k: "compare", op: "===", left: cur, right: other }, then: cur, else: num(2, "int"), ty: "int" })
          : bound(how),
      });
    }
  }
  for (const key of new Set([...w1.fields, ...w2.fields])) {
    const [record, field] = key.split("\u0000") as [string, string];
    const b = ctx.bounds(record);
    for (const [rec, how] of (b ? [[b.lo, "min"], [b.hi, "max"]] : []) as Array<[string, "min" | "max"]>) {
      slots.push({
        read: { k: "field", record: rec, field, ty: "real" }, write: (value) => ({ k: "setfield", record: rec, field, value }),
        other: ctx.names.fresh(`${rec}_${field}_other`), ty: "real", hull: bound(how),
      });
    }
  }
  const [first, second] = elseFirst ? [els, then] : [then, els];
  const [skipFirst, skipSecond] = elseFirst ? [1, 0] : [0, 1];
  for (const sl of slots) out.push({ k: "let", name: sl.other, ty: sl.ty, init: num(0, sl.ty), mutable: true });
  const undecided = (body: Stmt[]): Stmt => ({ k: "if", test: isK(c, "===", 2), then: body, else: [], loc });
  const arrayCall = (fn: string, a: { lo: string; hi: string }, ...extra: Expr[]): Stmt =>
    ({ k: "do", expr: rt(fn, [variable(a.lo), variable(a.hi), ...extra], "int") });
  if (slots.length + arrays.length > 0) {
    out.push(undecided([...slots.map((sl): Stmt => ({ k: "assign", name: sl.other, value: sl.read })), ...arrays.map((a) => arrayCall("saveBranchArray", a))]));
  }
  if (first.length > 0) out.push({ k: "if", test: isK(c, "!==", skipFirst), then: first, else: [], loc });
  if (second.length > 0) {
    if (slots.length + arrays.length > 0) {
      // the first way's result aside, the saved state back
      const swap: Stmt[] = [];
      for (const sl of slots) {
        const t = ctx.names.temp("t");
        swap.push({ k: "let", name: t, ty: sl.ty, init: sl.read, mutable: false }, sl.write(variable(sl.other, sl.ty)), { k: "assign", name: sl.other, value: variable(t, sl.ty) });
      }
      arrays.forEach((a, i) => swap.push(arrayCall("swapBranchArray", a, num(arrays.length - 1 - i, "int"))));
      out.push(undecided(swap));
    }
    out.push({ k: "if", test: isK(c, "!==", skipSecond), then: second, else: [], loc });
  }
  if (slots.length + arrays.length > 0) {
    // the hull of the two ways (without a second branch, of the first way and the state before it)
    const hull: Stmt[] = slots.map((sl) => sl.write(sl.hull(sl.read, variable(sl.other, sl.ty))));
    [...arrays].reverse().forEach((a) => hull.push(arrayCall("hullBranchArray", a)));
    out.push(undecided(hull));
  }
  return out;
}

/** Can this (interval) test never be undecided? Integer comparisons and boolean parameters. */
export function decidable(test: Expr, boolParams: ReadonlySet<string>): boolean {
  switch (test.k) {
    case "bool": return true;
    case "var": return boolParams.has(test.name);
    case "not": return decidable(test.arg, boolParams);
    case "logical": return decidable(test.left, boolParams) && decidable(test.right, boolParams);
    case "compare": return (isIntExpr(test.left) && isIntExpr(test.right)) || exprType(test.left) === "str";
    default: return false;
  }
}
