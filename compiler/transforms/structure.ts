/**
 * Structuring: the jumps the frontend reads (`return` anywhere, `break`, `continue`, loops with
 * updates and do-while tests, breakable blocks from `switch`) become structured code every mode
 * can transform: one result variable, returned by the function's last statement; boolean flags
 * (`done`, `brk`, `cont`) set where a jump was; what a jump skips guarded by them; loop tests that
 * check them. Nothing is copied, so the code grows linearly with the source:
 *
 * - a branch that always leaves (returns, breaks, throws) beside one that never does takes the rest
 *   of the block into the other branch (`if (x < 0) return 0; rest` → `if (…) {…} else { rest }`);
 * - otherwise the rest is guarded once: `if (!done) { rest }`;
 * - a counted `for` that a break or return can leave becomes a `while` over its counter (its trip
 *   count is then data-dependent, which the adjoint records); `continue` keeps it a `for`.
 *
 * Flags nothing reads are dropped at the end, so code without jumps is unchanged.
 */
import { CompileError } from "../diagnostics.js";
import { num } from "../ir/build.js";
import type { Expr, Func, Loc, Stmt } from "../ir/types.js";
import { eachStmt, renameStmts, type Names } from "../ir/walk.js";

type Exit = "return" | "break" | "continue";

interface Result {
  stmts: Stmt[];
  /** Jumps that may leave these statements (each sets its flag). */
  may: Set<Exit>;
  /** Every path ends in a jump or a throw. */
  always: boolean;
  /** For an `if`: its two branches' results. */
  branches?: [Result, Result];
}

/** The flags of the innermost breakable construct and loop. */
interface Ctx {
  brk?: string;
  cont?: string;
}

const bool = (value: boolean): Expr => ({ k: "bool", value });
const flagVar = (name: string): Expr => ({ k: "var", name, ty: "bool" });
const setFlag = (name: string, loc?: Loc): Stmt => ({ k: "assign", name, value: bool(true), loc });
const declareFlag = (name: string): Stmt => ({ k: "let", name, ty: "bool", init: bool(false), mutable: true });

/** `!a && !b && …` over flag names. */
function none(flags: string[]): Expr {
  return flags.map((n): Expr => ({ k: "not", arg: flagVar(n) })).reduce((a, b) => ({ k: "logical", op: "&&", left: a, right: b }));
}

export interface Structured {
  body: Stmt[];
  /** The variable holding the result (real functions). */
  retName?: string;
}

export function structure(f: Func, names: Names): Structured {
  return new Structurer(f, names).run();
}

class Structurer {
  private retName?: string;
  private done?: string;
  /** Flags that some guard or loop test reads (the others are dropped). */
  private readonly read = new Set<string>();
  private readonly flags = new Set<string>();

  constructor(private readonly f: Func, private readonly names: Names) {}

  run(): Structured {
    const f = this.f;
    let body = f.body;
    // `return x` (or `return e`) as the only return, at the end: x is the result, no flag needed
    const last = body[body.length - 1];
    const onlyLast = last?.k === "return" && !hasJump(body.slice(0, -1), "return");
    const ret = f.ret;
    if (ret !== "void" && onlyLast && last.value) {
      const rest = this.list(body.slice(0, -1), {});
      if (last.value.k === "var" && last.value.ty === ret) return { body: this.clean(rest.stmts), retName: last.value.name };
      const name = this.names.fresh("ret");
      return { body: this.clean([...rest.stmts, { k: "let", name, ty: ret, init: last.value, mutable: false, loc: last.loc }]), retName: name };
    }
    if (ret !== "void") this.retName = this.names.fresh("ret");
    const r = this.list(body, {});
    if (ret !== "void" && !r.always) throw new CompileError(`${f.name} does not return a value on every path`, f.loc, "missing return");
    body = r.stmts;
    const decls: Stmt[] = [];
    if (this.retName && ret !== "void") decls.push({ k: "let", name: this.retName, ty: ret, init: ret === "bool" ? bool(false) : ret === "str" ? { k: "str", value: "" } : num(0, ret === "int" ? "int" : "real"), mutable: true });
    if (this.done) decls.push(declareFlag(this.done));
    return { body: this.clean([...decls, ...body]), retName: this.retName };
  }

  private flag(base: string): string {
    const n = this.names.fresh(base);
    this.flags.add(n);
    return n;
  }

  /** `if (!flag…) { stmts }`, located at the statement whose jump it guards against. */
  private guard(flags: string[], stmts: Stmt[], loc?: Loc): Stmt {
    for (const n of flags) this.read.add(n);
    return { k: "if", test: none(flags), then: stmts, else: [], ...(loc ? { loc } : {}) };
  }

  /** The flags standing for a set of exits in this context. */
  private flagsOf(may: Set<Exit>, ctx: Ctx): string[] {
    const out: string[] = [];
    if (may.has("return") && this.done) out.push(this.done);
    if (may.has("break") && ctx.brk) out.push(ctx.brk);
    if (may.has("continue") && ctx.cont) out.push(ctx.cont);
    return out;
  }

  private list(ss: Stmt[], ctx: Ctx): Result {
    const out: Stmt[] = [];
    const may = new Set<Exit>();
    for (let i = 0; i < ss.length; i++) {
      const r = this.stmt(ss[i]!, ctx);
      for (const e of r.may) may.add(e);
      const rest = ss.slice(i + 1);
      if (r.always) {
        // what follows never runs (JavaScript allows it: `return a; break;` in a switch case, or
        // code after `if (true) return` once a flag folded): it is left out
        return { stmts: [...out, ...r.stmts], may, always: true };
      }
      const flags = this.flagsOf(r.may, ctx);
      if (flags.length === 0 || rest.every((s) => s.k === "comment")) {
        out.push(...r.stmts);
        continue;
      }
      const after = this.list(rest, ctx);
      for (const e of after.may) may.add(e);
      const b = r.branches;
      const ifStmt = r.stmts.length === 1 && r.stmts[0]!.k === "if" ? r.stmts[0]! as Extract<Stmt, { k: "if" }> : undefined;
      if (b && ifStmt && (b[0].always || b[1].always) && (b[0].may.size === 0 || b[1].may.size === 0)) {
        // one branch always leaves, the other never: the rest goes after the other, nothing guarded
        const intoThen = !b[0].always;
        const other = intoThen ? b[0] : b[1];
        if (other.may.size === 0) {
          const s: Stmt = intoThen ? { ...ifStmt, then: [...ifStmt.then, ...after.stmts] } : { ...ifStmt, else: [...ifStmt.else, ...after.stmts] };
          return { stmts: [...out, s], may, always: after.always };
        }
      }
      // skipped only when a jump set a flag: the whole leaves whenever the rest does
      return { stmts: [...out, ...r.stmts, this.guard(flags, after.stmts, ss[i]!.loc)], may, always: after.always };
    }
    return { stmts: out, may, always: false };
  }

  private stmt(s: Stmt, ctx: Ctx): Result {
    const plain = (stmts: Stmt[]): Result => ({ stmts, may: new Set(), always: false });
    switch (s.k) {
      case "return": {
        const stmts: Stmt[] = [];
        if (s.value && this.retName) stmts.push({ k: "assign", name: this.retName, value: s.value, loc: s.loc });
        this.done ??= this.flag("done");
        stmts.push(setFlag(this.done, s.loc));
        return { stmts, may: new Set(["return"]), always: true };
      }
      case "break":
        if (!ctx.brk) throw new CompileError("'break' outside a loop or switch", s.loc ?? this.f.loc, "break");
        return { stmts: [setFlag(ctx.brk, s.loc)], may: new Set(["break"]), always: true };
      case "continue":
        if (!ctx.cont) throw new CompileError("'continue' outside a loop", s.loc ?? this.f.loc, "continue");
        return { stmts: [setFlag(ctx.cont, s.loc)], may: new Set(["continue"]), always: true };
      case "throw":
        return { stmts: [s], may: new Set(), always: true };
      case "if": {
        const a = this.list(s.then, ctx), b = this.list(s.else, ctx);
        return { stmts: [{ ...s, then: a.stmts, else: b.stmts }], may: new Set([...a.may, ...b.may]), always: a.always && b.always, branches: [a, b] };
      }
      case "block": {
        const inner: Ctx = { brk: this.flag("brk"), cont: ctx.cont };
        const r = this.list(s.body, inner);
        const may = new Set([...r.may].filter((e) => e !== "break"));
        return { stmts: [declareFlag(inner.brk!), ...r.stmts], may, always: r.always && !r.may.has("break") };
      }
      case "while":
        // no jump inside: the loop stays as it is, its body structured (a switch there is a block)
        if (!hasJump(s.body)) return plain([{ ...s, body: this.list(s.body, ctx).stmts }]);
        return this.loop({ k: "loop", test: s.test, body: s.body, update: [], testFirst: true, loc: s.loc }, ctx);
      case "loop":
        return this.loop(s, ctx);
      case "for": {
        if (!hasJump(s.body)) return plain([{ ...s, body: this.list(s.body, ctx).stmts }]);
        const inner: Ctx = { brk: this.flag("brk"), cont: this.flag("cont") };
        if (!hasJump(s.body, "break") && !hasJump(s.body, "return")) {
          // only continue: still a counted loop
          const r = this.list(s.body, inner);
          return { stmts: [declareFlag(inner.cont!), { ...s, body: [setFalse(inner.cont!), ...r.stmts] }], may: new Set(), always: false };
        }
        // a data-dependent trip count: a while loop over the counter (renamed if another loop has its name)
        const counter = countOf(this.f.body, s.v) > 1 ? this.names.fresh(s.v) : s.v;
        const v: Expr = { k: "var", name: counter, ty: "int" };
        const test: Expr = { k: "compare", op: s.cmp, left: v, right: s.to };
        const step: Stmt = { k: "assign", name: counter, value: { k: "binary", op: "+", left: v, right: num(s.step, "int"), ty: "int" }, loc: s.loc };
        const body = counter === s.v ? s.body : renameStmts(s.body, (n) => (n === s.v ? counter : n));
        return this.loopResult({ k: "loop", test, body, update: [step], testFirst: true, loc: s.loc }, inner, this.list(body, inner),
          [{ k: "let", name: counter, ty: "int", init: s.from, mutable: true, loc: s.loc }]);
      }
      default:
        return plain([s]);
    }
  }

  private loop(s: Extract<Stmt, { k: "loop" }>, _ctx: Ctx): Result {
    const inner: Ctx = { brk: this.flag("brk"), cont: this.flag("cont") };
    return this.loopResult(s, inner, this.list(s.body, inner), []);
  }

  /** `while (no exit && test) { reset cont; body; update unless left }` (a do-while tests at the end). */
  private loopResult(s: Extract<Stmt, { k: "loop" }>, inner: Ctx, r: Result, pre: Stmt[]): Result {
    const usesCont = r.may.has("continue"), leaves = r.may.has("break") || r.may.has("return");
    const exits = [...(r.may.has("break") ? [inner.brk!] : []), ...(r.may.has("return") && this.done ? [this.done] : [])];
    const body: Stmt[] = [...(usesCont ? [setFalse(inner.cont!)] : []), ...r.stmts];
    if (s.update.length > 0) body.push(...(leaves ? [this.guard(exits, s.update, s.loc)] : s.update));
    const test = (t: Expr): Expr => (exits.length === 0 ? t : (exits.forEach((n) => this.read.add(n)), { k: "logical", op: "&&", left: none(exits), right: t }));
    const decls = [...(r.may.has("break") ? [declareFlag(inner.brk!)] : []), ...(usesCont ? [declareFlag(inner.cont!)] : [])];
    const may = new Set<Exit>(r.may.has("return") ? ["return"] : []);
    if (s.testFirst) return { stmts: [...pre, ...decls, { k: "while", test: test(s.test), body, loc: s.loc }], may, always: false };
    // do { body } while (test): run once, then test after every iteration
    const again = this.flag("again");
    this.read.add(again);
    body.push({ k: "assign", name: again, value: test(s.test), loc: s.loc });
    return { stmts: [...pre, ...decls, { k: "let", name: again, ty: "bool", init: bool(true), mutable: true }, { k: "while", test: flagVar(again), body, loc: s.loc }], may, always: false };
  }

  /** Drop the assignments and declarations of flags nothing reads. */
  private clean(ss: Stmt[]): Stmt[] {
    const dead = (n: string) => this.flags.has(n) && !this.read.has(n);
    const go = (xs: Stmt[]): Stmt[] => xs.flatMap((s): Stmt[] => {
      if ((s.k === "assign" || s.k === "let") && dead(s.name)) return [];
      if (s.k === "if") return [{ ...s, then: go(s.then), else: go(s.else) }];
      if (s.k === "for" || s.k === "while") return [{ ...s, body: go(s.body) }];
      return [s];
    });
    return go(ss);
  }
}

const setFalse = (name: string): Stmt => ({ k: "assign", name, value: bool(false) });

/** Does the code contain a jump (of this kind) that is not inside a nested loop (for break/continue)? */
function hasJump(ss: Stmt[], only?: Exit): boolean {
  let found = false;
  const visit = (xs: Stmt[], inLoop: boolean) => {
    for (const s of xs) {
      if (s.k === "return" && (!only || only === "return")) found = true;
      if ((s.k === "break" || s.k === "continue") && !inLoop && (!only || only === s.k)) found = true;
      if (s.k === "if") { visit(s.then, inLoop); visit(s.else, inLoop); }
      if (s.k === "for" || s.k === "while" || s.k === "loop") { visit(s.body, true); if (s.k === "loop") visit(s.update, true); }
      if (s.k === "block") visit(s.body, inLoop);
    }
  };
  visit(ss, false);
  return found;
}

/** How many loops declare the counter `v` in the function (a converted loop's counter must not clash). */
function countOf(ss: Stmt[], v: string): number {
  let n = 0;
  eachStmt(ss, (s) => { if ((s.k === "for" && s.v === v) || (s.k === "let" && s.name === v)) n++; });
  return n;
}
