/**
 * Checkpointed counted loops (issue #31): `/** @checkpoint k *\/` before a `for` loop trades
 * recomputation for tape. The forward sweep runs the loop untaped and, at the start of every k-th
 * iteration, pushes the loop's state (the scalars and arrays its body writes, see `loopState`)
 * onto the tape. The reverse sweep takes the segments last to first: it pops a segment's state,
 * re-runs those ≤ k iterations taped, and reverses them at once. The tape then holds the
 * snapshots plus one segment's records, not the whole loop's; every iteration runs twice forward.
 * Without k, k = ⌈√trips⌉ (memory ~ 2√trips iterations' worth, one-level checkpointing).
 *
 * The snapshots go on the tape itself: the plain forward loop records nothing else, so a
 * segment's snapshot is on top of the tape exactly when the reverse sweep reaches that segment.
 * What the re-run reads and the body does not write must be as it was during the loop: the
 * to-be-recorded analysis counts the whole body as read by the loop's reverse (`stateReads`).
 */
import { CompileError } from "../diagnostics.js";
import { add, num, sub, variable } from "../ir/build.js";
import type { Expr, Loc, ScalarType, Stmt } from "../ir/types.js";
import { eachStmt, type Names, renameStmts } from "../ir/walk.js";
import { popBranch, popInteger, popReal, pushBranch, pushInteger, pushReal } from "../primitives/tape.js";

type For = Extract<Stmt, { k: "for" }>;
const where = (loc?: Loc): Loc => loc ?? { file: "<generated>", line: 0, col: 0 };

/** What the forward and reverse sweeps of the adjoint provide for a checkpointed loop. */
export interface CheckpointSweeps {
  names: Names;
  typeOf(x: string): ScalarType;
  /** The body's forward sweep, taped (pushes and branch flags) or plain. */
  forward(body: Stmt[], taped: boolean): Stmt[];
  /** The body's reverse sweep. */
  reverse(body: Stmt[]): Stmt[];
}

/** The state a segment re-run starts from: scalars and arrays declared outside the body that it writes. */
export function loopState(s: For): { scalars: string[]; arrays: string[]; locals: Set<string> } {
  const locals = new Set<string>([s.v]), scalars = new Set<string>(), arrays = new Set<string>();
  eachStmt(s.body, (t) => {
    if (t.k === "let") locals.add(t.name);
    if (t.k === "alloc") locals.add(t.name);
    if (t.k === "for") locals.add(t.v);
  });
  eachStmt(s.body, (t) => {
    if (t.k === "assign" && !locals.has(t.name)) scalars.add(t.name);
    if (t.k === "store" && !locals.has(t.array)) arrays.add(t.array);
    if (t.k === "setfield") throw new CompileError(`a @checkpoint loop may not write the record '${t.record}'`, where(t.loc ?? s.loc), "@checkpoint");
  });
  return { scalars: [...scalars], arrays: [...arrays], locals };
}

/** Names the segment re-runs read that the snapshots do not restore: they must keep their values until the loop's reverse. */
export function stateReads(s: For): Set<string> {
  const { scalars, arrays, locals } = loopState(s);
  const all = new Set<string>();
  renameStmts([s], (n) => (all.add(n), n));
  for (const n of [...scalars, ...arrays, ...locals]) all.delete(n);
  return all;
}

const int = (op: "+" | "-" | "*" | "%", a: Expr, b: Expr): Expr =>
  op === "+" ? add(a, b) : op === "-" ? sub(a, b) : { k: "binary", op, left: a, right: b, ty: "int" };
const ivar = (n: string): Expr => variable(n, "int");
const let_ = (name: string, init: Expr, ty: ScalarType = "int", mutable = false): Stmt => ({ k: "let", name, ty, init, mutable });

/** `trips` (the loop's iteration count) and `every` (k), declared in the sweep that needs them. */
function tripsAndEvery(s: For, sw: CheckpointSweeps): { decls: Stmt[]; trips: Expr; every: Expr } {
  const up = s.step > 0;
  const trips = sw.names.fresh("trips");
  const span = up ? int("-", s.to, s.from) : int("-", s.from, s.to);
  const inclusive = s.cmp === "<=" || s.cmp === ">=";
  const decls: Stmt[] = [
    let_(trips, inclusive ? int("+", span, num(1, "int")) : span, "int", true),
    { k: "if", test: { k: "compare", op: "<", left: ivar(trips), right: num(0, "int") }, then: [{ k: "assign", name: trips, value: num(0, "int") }], else: [] },
  ];
  if (s.checkpoint?.every !== undefined) return { decls, trips: ivar(trips), every: num(s.checkpoint.every, "int") };
  // k = ⌈√trips⌉: the smallest k with k·k ≥ trips
  const k = sw.names.fresh("every");
  decls.push(let_(k, num(1, "int"), "int", true), {
    k: "while", test: { k: "compare", op: "<", left: int("*", ivar(k), ivar(k)), right: ivar(trips) },
    body: [{ k: "assign", name: k, value: int("+", ivar(k), num(1, "int")) }],
  });
  return { decls, trips: ivar(trips), every: ivar(k) };
}

function pushState(s: For, sw: CheckpointSweeps, loc?: Loc): Stmt[] {
  const { scalars, arrays } = loopState(s);
  const out: Stmt[] = [];
  for (const x of scalars) {
    const ty = sw.typeOf(x);
    if (ty === "str") throw new CompileError(`a @checkpoint loop may not assign the string '${x}'`, where(loc), "@checkpoint");
    const v = variable(x, ty);
    out.push(ty === "int" ? pushInteger(v, loc) : ty === "bool" ? pushBranch(v, loc) : pushReal(v, loc));
  }
  for (const a of arrays) {
    const i = sw.names.fresh("i");
    out.push({ k: "for", v: i, from: num(0, "int"), cmp: "<", to: { k: "length", array: a }, step: 1, body: [pushReal({ k: "index", array: a, index: ivar(i) }, loc)] });
  }
  return out;
}

function popState(s: For, sw: CheckpointSweeps): Stmt[] {
  const { scalars, arrays } = loopState(s);
  const out: Stmt[] = [];
  for (const a of [...arrays].reverse()) {
    const i = sw.names.fresh("i");
    out.push({ k: "for", v: i, from: int("-", { k: "length", array: a }, num(1, "int")), cmp: ">=", to: num(0, "int"), step: -1, body: [{ k: "store", array: a, index: ivar(i), value: popReal() }] });
  }
  for (const x of [...scalars].reverse()) {
    const ty = sw.typeOf(x);
    out.push({ k: "assign", name: x, value: ty === "int" ? popInteger() : ty === "bool" ? popBranch() : popReal() });
  }
  return out;
}

/** The forward sweep of a checkpointed loop: the loop, untaped, with its state pushed every k iterations. */
export function checkpointForward(s: For, sw: CheckpointSweeps): Stmt[] {
  const { decls, every } = tripsAndEvery(s, sw);
  const segments = sw.names.fresh("segments");
  const offset = s.step > 0 ? int("-", ivar(s.v), s.from) : int("-", s.from, ivar(s.v));
  const snapshot: Stmt = {
    k: "if", test: { k: "compare", op: "===", left: int("%", offset, every), right: num(0, "int") },
    then: [...pushState(s, sw, s.loc), { k: "assign", name: segments, value: int("+", ivar(segments), num(1, "int")) }], else: [],
  };
  return [
    { k: "comment", text: `checkpointed loop: its state is taped every ${s.checkpoint?.every ?? "⌈√trips⌉"} iterations, the iterations are re-run taped in the reverse sweep` },
    ...decls,
    let_(segments, num(0, "int"), "int", true),
    { ...s, checkpoint: undefined, body: [snapshot, ...sw.forward(s.body, false)] },
    pushInteger(ivar(segments), s.loc),
  ];
}

/** The reverse sweep of a checkpointed loop: per segment, last first: restore, re-run taped, reverse. */
export function checkpointReverse(s: For, sw: CheckpointSweeps): Stmt[] {
  const { decls, trips, every } = tripsAndEvery(s, sw);
  const segments = sw.names.fresh("segments"), sg = sw.names.fresh("segment");
  const start = sw.names.fresh("first"), end = sw.names.fresh("last");
  const t = sw.names.fresh("trip"), tb = sw.names.fresh("trip_b");
  // the loop's counter, from the trip number, where the body reads it
  const withCounter = (t: string, body: Stmt[]): Stmt[] => {
    let reads = false;
    renameStmts(body, (n) => (n === s.v && (reads = true), n));
    return reads ? [let_(s.v, s.step > 0 ? int("+", s.from, ivar(t)) : int("-", s.from, ivar(t))), ...body] : body;
  };
  const segment: Stmt[] = [
    let_(start, int("*", ivar(sg), every)),
    let_(end, int("+", ivar(start), every), "int", true),
    { k: "if", test: { k: "compare", op: ">", left: ivar(end), right: trips }, then: [{ k: "assign", name: end, value: trips }], else: [] },
    ...popState(s, sw),
    { k: "for", v: t, from: ivar(start), cmp: "<", to: ivar(end), step: 1, body: withCounter(t, sw.forward(s.body, true)) },
    { k: "for", v: tb, from: int("-", ivar(end), num(1, "int")), cmp: ">=", to: ivar(start), step: -1, body: withCounter(tb, sw.reverse(s.body)) },
  ];
  return [
    ...decls,
    let_(segments, popInteger()),
    { k: "for", v: sg, from: int("-", ivar(segments), num(1, "int")), cmp: ">=", to: num(0, "int"), step: -1, body: segment, loc: s.loc },
  ];
}

/**
 * A checkpointed loop's re-run declares its body's locals where it runs; those the rest of the
 * reverse sweep reads are declared at function scope (hoisted) and only assigned there.
 */
export function declareHoisted(ss: Stmt[], hoisted: ReadonlyMap<string, ScalarType>, arrays: ReadonlySet<string>): Stmt[] {
  return ss.map((s): Stmt => {
    switch (s.k) {
      case "let": return hoisted.has(s.name) ? { k: "assign", name: s.name, value: s.init, declares: true, loc: s.loc } : s;
      case "alloc": return arrays.has(s.name) ? { ...s, assign: true } : s;
      case "if": return { ...s, then: declareHoisted(s.then, hoisted, arrays), else: declareHoisted(s.else, hoisted, arrays) };
      case "for": case "while": return { ...s, body: declareHoisted(s.body, hoisted, arrays) };
      default: return s;
    }
  });
}
