/**
 * Unroll-and-jam: IR → IR, on a normalized function, before any mode.
 *
 * A counted loop whose body holds inner counted loops (the rows of a matrix-vector product: for j
 * { s = b[j]; for i { s += W[j][i]·x[i] }; y[j] = f(s) }) runs `factor` of its iterations at once:
 * each straight part of the body once per row, each inner loop once with the rows' bodies side by
 * side. A value loaded by every row (x[i]) is then loaded once per `factor` rows, and the rows' sums
 * are independent chains — the register tiling of a matrix-matrix kernel, from the source's loops.
 * Since it runs before the modes, the tangent, the adjoint (whose tape then records the rows in
 * their new order) and their compositions inherit it: the reverse sweep of the jammed inner loop
 * adds every row's contribution to x_b[i] in one pass.
 *
 * Each row computes exactly what it computed before, in the same order (so results are the same
 * bit for bit); only operations of different rows are interleaved. That is legal when no row
 * reads or writes what another writes — the dependence test below, on affine index forms
 * (affine.ts): for every write and every access of the same array in the body,
 *   - the same form c·j + d·i + r: rows are apart when c ≠ 0 (no inner counter), or when
 *     |c| ≥ |d|·(trip count of i) (rows do not overlap), or when c = 0 and d ≠ 0 (the same element
 *     only at the same i, which the jammed order keeps in row order);
 *   - different forms: the elements either touches over the whole loop do not overlap.
 * What is not known at compile time (offsets, sizes) becomes a test before the loop; when it fails
 * at run time, the loop runs row by row as written. Rows left over (trip count not a multiple of
 * `factor`) run as written too. A body with branches, other loops inside the inner ones, effects
 * on the tape, or scalars carried from row to row is left alone.
 */
import type { Expr, Func, Loc, Stmt } from "../ir/types.js";
import { Names, namesOf, renameStmts, someExpr, subExprs } from "../ir/walk.js";
import { primitive } from "../primitives/registry.js";
import { affine, and, coefficient, extent, iabs, iadd, imul, int, isFalse, isTrue, isub, less, or, sameForm, TRUE, type Affine, type AffineScope, type Range } from "./affine.js";

type For = Extract<Stmt, { k: "for" }>;

/** What jamming did, for the generated code's comments and for tests. */
export interface JamReport {
  loc?: Loc;
  factor: number;
  /** The test that decides at run time (undefined: none needed). */
  guarded: boolean;
}

/** Jam every eligible loop nest of `f` by `factor` (≥ 2); `report` collects what was done. */
export function jam(f: Func, factor: number, report: JamReport[] = []): Func {
  if (factor < 2) return f;
  const names = new Names(namesOf(f));
  const body = stmts(f.body, factor, names, report);
  return report.length === 0 ? f : { ...f, body };
}

function stmts(ss: Stmt[], factor: number, names: Names, report: JamReport[]): Stmt[] {
  const out: Stmt[] = [];
  for (const s of ss) {
    if (s.k === "for") {
      const done = jamLoop(s, factor, names);
      if (done) {
        report.push(done.report);
        out.push(...done.stmts);
        continue;
      }
      out.push({ ...s, body: stmts(s.body, factor, names, report) });
    } else if (s.k === "if") out.push({ ...s, then: stmts(s.then, factor, names, report), else: stmts(s.else, factor, names, report) });
    else if (s.k === "while") out.push({ ...s, body: stmts(s.body, factor, names, report) });
    else out.push(s);
  }
  return out;
}

// ---- what the body is made of -------------------------------------------------------------------

/** An element access of the body: array (or a primitive's record), index, written?, and the inner loop it is in. */
interface Access {
  array: string;
  index: Expr;
  write: boolean;
  inner?: For;
}

const STRAIGHT = new Set(["let", "assign", "store", "comment"]);

/** The body's parts: straight statements and inner loops (whose bodies are straight). Undefined: not a nest to jam. */
function parts(body: Stmt[]): { inner: For[] } | undefined {
  const inner: For[] = [];
  for (const s of body) {
    if (s.k === "for") {
      if (Math.abs(s.step) !== 1 || !s.body.every((t) => STRAIGHT.has(t.k))) return undefined;
      inner.push(s);
    } else if (!STRAIGHT.has(s.k)) return undefined;
  }
  return inner.length > 0 ? { inner } : undefined;
}

/** The accesses of an expression (reads, and the writes of primitives that store, like a probe's mark). */
function accessesOf(e: Expr, inner: For | undefined, out: Access[]): boolean {
  if (e.k === "index") out.push({ array: e.array, index: e.index, write: false, inner });
  if (e.k === "intrinsic") {
    const p = primitive(e.fn);
    if (p.reads || p.writes) return false; // the tape: its order is the program's
    if (p.stores) out.push({ array: p.stores.into, index: e.args[p.stores.index]!, write: true, inner });
  }
  if (e.k === "runtime" || e.k === "call") return false;
  return subExprs(e).every((x) => accessesOf(x, inner, out));
}

// ---- one loop ----------------------------------------------------------------------------------

function jamLoop(loop: For, factor: number, names: Names): { stmts: Stmt[]; report: JamReport } | undefined {
  if (loop.step !== 1 || (loop.cmp !== "<" && loop.cmp !== "<=")) return undefined;
  const shape = parts(loop.body);
  if (!shape) return undefined;

  // Scalars: every name the body writes must be its own (declared in it), so each row gets a copy.
  const declared = new Set<string>(), assigned = new Set<string>(), defs = new Map<string, Expr>();
  const visit = (ss: Stmt[]) => {
    for (const s of ss) {
      if (s.k === "let") { declared.add(s.name); if (s.ty === "int") defs.set(s.name, s.init); }
      if (s.k === "assign") assigned.add(s.name);
      if (s.k === "for") { declared.add(s.v); visit(s.body); }
    }
  };
  visit(loop.body);
  for (const x of assigned) {
    if (!declared.has(x)) return undefined; // carried from row to row, or seen after the loop
    defs.delete(x); // an integer assigned again is not a definition
  }
  const varying = new Set([...assigned, ...[...declared].filter((x) => !defs.has(x))]);
  const inner = new Set(shape.inner.map((s) => s.v));
  const sc: AffineScope = { counters: new Set([loop.v, ...inner]), defs, varying };
  // Inner bounds must be the same for every row.
  const rowFree = (e: Expr) => !someExpr(e, (x) => x.k === "var" && (x.name === loop.v || varying.has(x.name) || defs.has(x.name)));
  if (!shape.inner.every((s) => rowFree(s.from) && rowFree(s.to))) return undefined;

  // Accesses.
  const acc: Access[] = [];
  const collect = (ss: Stmt[], within?: For): boolean => ss.every((s) => {
    if (s.k === "for") return accessesOf(s.from, within, acc) && accessesOf(s.to, within, acc) && collect(s.body, s);
    if (s.k === "store") {
      acc.push({ array: s.array, index: s.index, write: true, inner: within });
      return accessesOf(s.index, within, acc) && accessesOf(s.value, within, acc);
    }
    if (s.k === "let") return accessesOf(s.init, within, acc);
    if (s.k === "assign") return accessesOf(s.value, within, acc);
    return true;
  });
  if (!collect(loop.body)) return undefined;

  const ranges = new Map<string, Range>([[loop.v, { lo: loop.from, hi: loop.cmp === "<" ? isub(loop.to, int(1)) : loop.to }]]);
  for (const s of shape.inner) ranges.set(s.v, counterRange(s));
  const written = new Set(acc.filter((a) => a.write).map((a) => a.array));
  let guard: Expr = TRUE;
  const forms = new Map<Access, Affine>();
  for (const a of acc) {
    if (!written.has(a.array)) continue;
    const form = affine(a.index, sc);
    if (!form) return undefined;
    forms.set(a, form);
  }
  const relevant = acc.filter((a) => written.has(a.array));
  for (let p = 0; p < relevant.length; p++) {
    for (let q = p; q < relevant.length; q++) {
      const a = relevant[p]!, b = relevant[q]!;
      if (a.array !== b.array || (!a.write && !b.write)) continue;
      const ok = rowsApart(a, b, forms.get(a)!, forms.get(b)!, loop.v, ranges);
      if (isFalse(ok)) return undefined;
      guard = and(guard, ok);
    }
  }
  return { stmts: build(loop, factor, names, shape.inner, declared, guard), report: { loc: loop.loc, factor, guarded: !isTrue(guard) } };
}

/** Inclusive range of an inner counter (either direction). */
function counterRange(s: For): Range {
  const from = s.from, to = s.to;
  if (s.step === 1) return { lo: from, hi: s.cmp === "<" ? isub(to, int(1)) : to };
  return { lo: s.cmp === ">" ? iadd(to, int(1)) : to, hi: from };
}

/** When do rows j ≠ j' not touch the same element through accesses a and b? (TRUE, FALSE, or a test.) */
function rowsApart(a: Access, b: Access, fa: Affine, fb: Affine, j: string, ranges: ReadonlyMap<string, Range>): Expr {
  if (sameForm(fa, fb)) {
    const c = coefficient(fa, j);
    const counters = [...fa.terms.keys()].filter((v) => v !== j);
    if (counters.length === 0) return less(int(0), iabs(c)); // c·j + r: one element per row
    if (counters.length === 1 && a.inner === b.inner && a.inner) {
      const i = counters[0]!, d = coefficient(fa, i), r = ranges.get(i)!;
      const trip = iadd(isub(r.hi, r.lo), int(1));
      // rows do not overlap, or they meet only at the same i (kept in row order)
      return or(less(imul(iabs(d), trip), iabs(c), "<="), and(less(iabs(c), int(0), "<="), less(int(0), iabs(d))));
    }
  }
  const ea = extent(fa, ranges), eb = extent(fb, ranges);
  return or(less(ea.hi, eb.lo), less(eb.hi, ea.lo));
}

// ---- the jammed loop ------------------------------------------------------------------------------

const intVar = (name: string): Expr => ({ k: "var", name, ty: "int" });

function build(loop: For, factor: number, names: Names, inner: For[], declared: Set<string>, guard: Expr): Stmt[] {
  const loc = loop.loc;
  const group = names.fresh(`${loop.v}${factor}`);
  const rows = Array.from({ length: factor }, (_, r) => {
    const map = new Map<string, string>([[loop.v, names.fresh(`${loop.v}_${r}`)]]);
    for (const x of declared) if (!inner.some((s) => s.v === x)) map.set(x, names.fresh(`${x}_${r}`));
    return (n: string) => map.get(n) ?? n;
  });
  const body: Stmt[] = rows.map((rn, r): Stmt => ({ k: "let", name: rn(loop.v), ty: "int", init: iadd(intVar(group), int(r)), mutable: false, loc }));
  for (const s of loop.body) {
    if (s.k === "for") {
      const copies = rows.flatMap((rn) => renameStmts(s.body, rn));
      body.push({ ...s, body: copies });
    } else {
      body.push(...rows.flatMap((rn) => renameStmts([s], rn)));
    }
  }
  body.push({ k: "assign", name: group, value: iadd(intVar(group), int(factor)), loc });
  const last = iadd(intVar(group), int(factor - 1));
  const test: Expr = { k: "compare", op: loop.cmp, left: last, right: loop.to };
  const where = loc ? ` (${loc.file.split(/[\\/]/).pop()}:${loc.line})` : "";
  const jammed: Stmt[] = [
    { k: "comment", text: `rows ${loop.v}…${loop.v}+${factor - 1} at once: the loop${where} unrolled by ${factor} and jammed into its inner loop${inner.length > 1 ? "s" : ""}` },
    { k: "while", test, body, loc },
  ];
  const out: Stmt[] = [{ k: "let", name: group, ty: "int", init: loop.from, mutable: true, loc }];
  if (isTrue(guard)) out.push(...jammed);
  else out.push({ k: "comment", text: "only if the rows' elements do not overlap (else row by row, as written)" }, { k: "if", test: guard, then: jammed, else: [], loc });
  out.push({ k: "comment", text: "the rows left over, as written" });
  out.push({ ...loop, from: intVar(group) });
  return out;
}
