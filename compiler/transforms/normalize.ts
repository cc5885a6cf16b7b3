/**
 * Normalization: the form every mode transforms.
 *
 * 0. Fold flags known at compile time (fold.ts: `@specialize callPut "call"`).
 * 1. Structure (structure.ts): returns, breaks and continues become flags and structured code; the
 *    result goes to one variable, returned at the end.
 * 2. Inlining: calls of annotated functions are replaced by the callee's normalized body with
 *    fresh names (recursion was already rejected by the frontend).
 * 3. A-normal form for real arithmetic: every statement applies at most one rule of the table to
 *    atoms (constants, variables, array elements); nested subexpressions get `const` temporaries
 *    and real-valued `?:` becomes an `if`. Integer and boolean expressions are left as written.
 */
import { CompileError } from "../diagnostics.js";
import { exprType, isAtom } from "../ir/build.js";
import type { Expr, Func, Loc, Stmt } from "../ir/types.js";
import { eachStmt, mapStmtExprs, Names, namesOf, readsVar, renameStmts } from "../ir/walk.js";
import { dropUnread } from "./dead.js";
import { fuse } from "../primitives/arithmetic.js";
import { fold } from "./fold.js";
import { structure } from "./structure.js";
import { primitive } from "../primitives/registry.js";

type Call = Extract<Expr, { k: "call" }>;

/** Normalized functions, memoized per function object (callees are normalized once). */
const cache = new WeakMap<Func, Func>();

export function normalize(f: Func, all: ReadonlyMap<string, Func>): Func {
  const hit = cache.get(f);
  if (hit) return hit;
  const names = new Names(namesOf(f));
  const { body, retName } = structure({ ...f, body: fold(f.body) }, names);
  const n = new Normalizer(names, all);
  // folded again: inlining binds helpers' flag parameters to the callers' literals
  const out: Func = { ...f, body: fold(n.stmts(body)) };
  if (retName !== undefined && f.ret !== "void") out.body.push({ k: "return", value: { k: "var", name: retName, ty: f.ret } });
  cache.set(f, out);
  return out;
}

/** The variable holding the result of a normalized real function. */
export function resultName(f: Func): string | undefined {
  const last = f.body[f.body.length - 1];
  return last?.k === "return" && last.value?.k === "var" ? last.value.name : undefined;
}

// ---- 2 and 3. inlining and A-normal form ---------------------------------------------------------

class Normalizer {
  constructor(private readonly names: Names, private readonly all: ReadonlyMap<string, Func>) {}

  stmts(ss: Stmt[]): Stmt[] {
    const out: Stmt[] = [];
    for (const s of ss) this.stmt(s, out);
    return out;
  }

  private stmt(s: Stmt, out: Stmt[]): void {
    const loc = s.loc;
    switch (s.k) {
      case "let": {
        if (s.ty !== "real") return void out.push({ ...s, init: this.hoistCalls(s.init, out, loc) });
        const init = this.flat(s.init, out, loc);
        return void out.push({ ...s, init });
      }
      case "assign": {
        if (exprType(s.value) !== "real") {
          return void out.push({ ...s, value: this.hoistCalls(s.value, out, loc) });
        }
        let value = this.flat(s.value, out, loc);
        // A rule written with its result must not overwrite one of its own arguments.
        if (!isAtom(value) && value.k === "intrinsic" && primitive(value.fn).usesResult && readsVar(value, s.name)) {
          value = this.bindTemp(value, out, loc);
        }
        return void out.push({ ...s, value });
      }
      case "store":
      case "setfield": {
        let value = this.flat(s.value, out, loc);
        if (value.k === "intrinsic" && primitive(value.fn).usesResult) value = this.bindTemp(value, out, loc);
        return void out.push({ ...s, value });
      }
      case "if": {
        const test = this.hoistCalls(s.test, out, loc);
        return void out.push({ ...s, test, then: this.stmts(s.then), else: this.stmts(s.else) });
      }
      case "for":
        return void out.push({ ...s, body: this.stmts(s.body) });
      case "while": {
        const pre: Stmt[] = [];
        const test = this.hoistCalls(s.test, pre, loc);
        out.push(...pre);
        // The condition's calls run again before every re-test.
        return void out.push({ ...s, test, body: [...this.stmts(s.body), ...renameStmts(pre, (n) => n)] });
      }
      case "return":
        return void out.push(s);
      case "callstmt": {
        // a call for its effects: what the callee computed only for the value it returns is dropped
        const inlined: Stmt[] = [];
        this.inline(s.call, inlined);
        // only the callee's own locals (fresh names): its tuple results are the caller's variables
        const own = new Set<string>();
        eachStmt(inlined, (x) => { if (x.k === "let") own.add(x.name); });
        return void out.push(...dropUnread(inlined, (n) => own.has(n)));
      }
      case "effect": {
        const ints = primitive(s.fn).intArgs ?? [];
        return void out.push({ ...s, args: s.args.map((a, i) => (ints.includes(i) ? this.hoistCalls(a, out, loc) : this.atomize(a, out, loc))) });
      }
      case "throw":
        return void out.push({ ...s, parts: s.parts.map((x) => this.hoistCalls(x, out, loc)) });
      case "alloc":
        return void out.push({ ...s, length: this.hoistCalls(s.length, out, loc) });
      case "comment":
      case "do":
        return void out.push(s);
      case "break": case "continue": case "loop": case "block":
        throw new CompileError(`internal: ${s.k} after structuring`, loc ?? { file: "?", line: 0, col: 0 });
    }
  }

  /** Flatten a real expression to one operation over atoms, emitting temporaries into `out`. */
  private flat(e: Expr, out: Stmt[], loc?: Loc): Expr {
    switch (e.k) {
      case "num": case "var": case "length": case "iindex": case "const": case "field":
        return e;
      case "index":
        return { ...e, index: this.hoistCalls(e.index, out, loc) };
      case "neg":
        if (e.ty === "int") return e;
        return e.arg.k === "num" ? { k: "num", value: -e.arg.value, ty: "real" } : { ...e, arg: this.atomize(e.arg, out, loc) };
      case "binary": {
        if (e.ty === "int") return e;
        // a + b*c as one multiply-accumulate (primitives/arithmetic.ts)
        const fused = fuse(e, (x) => this.atomize(x, out, loc));
        if (fused) return fused;
        return { ...e, left: this.atomize(e.left, out, loc), right: this.atomize(e.right, out, loc) };
      }
      case "intrinsic": {
        const ints = primitive(e.fn).intArgs ?? [];
        return { ...e, args: e.args.map((a, i) => (ints.includes(i) ? this.hoistCalls(a, out, loc) : this.atomize(a, out, loc))) };
      }
      case "cond": {
        if (e.ty !== "real") return this.hoistCalls(e, out, loc);
        const t = this.names.temp();
        const test = this.hoistCalls(e.test, out, loc);
        out.push({ k: "let", name: t, ty: "real", init: { k: "num", value: 0, ty: "real" }, mutable: true, loc });
        const branch = (x: Expr): Stmt[] => {
          const b: Stmt[] = [];
          b.push({ k: "assign", name: t, value: this.flat(x, b, loc), loc });
          return b;
        };
        out.push({ k: "if", test, then: branch(e.then), else: branch(e.else), loc });
        return { k: "var", name: t, ty: "real" };
      }
      case "call": {
        const r = this.inline(e, out);
        if (r === undefined) throw new CompileError(`${e.fn} returns nothing; its value cannot be used`, e.loc, "void call");
        return r;
      }
      default:
        throw new CompileError(`internal: unexpected ${e.k} in a real expression`, loc ?? { file: "?", line: 0, col: 0 });
    }
  }

  private atomize(e: Expr, out: Stmt[], loc?: Loc): Expr {
    const f = this.flat(e, out, loc);
    if (isAtom(f) || exprType(f) !== "real") return f;
    return this.bindTemp(f, out, loc);
  }

  private bindTemp(e: Expr, out: Stmt[], loc?: Loc): Expr {
    const t = this.names.temp();
    out.push({ k: "let", name: t, ty: "real", init: e, mutable: false, loc });
    return { k: "var", name: t, ty: "real" };
  }

  /** In integer/boolean expressions, only calls need moving out (their values are real). */
  private hoistCalls(e: Expr, out: Stmt[], loc?: Loc): Expr {
    switch (e.k) {
      case "call": {
        const r = this.inline(e, out);
        if (!r) throw new CompileError(`${e.fn} returns nothing; its value cannot be used`, e.loc, "void call");
        return r;
      }
      case "neg": case "not": return { ...e, arg: this.hoistCalls(e.arg, out, loc) } as Expr;
      case "binary": case "compare": case "logical":
        return { ...e, left: this.hoistCalls(e.left, out, loc), right: this.hoistCalls(e.right, out, loc) } as Expr;
      case "cond": return { ...e, test: this.hoistCalls(e.test, out, loc), then: this.hoistCalls(e.then, out, loc), else: this.hoistCalls(e.else, out, loc) };
      case "intrinsic": return { ...e, args: e.args.map((a) => this.hoistCalls(a, out, loc)) };
      case "index": case "iindex": return { ...e, index: this.hoistCalls(e.index, out, loc) };
      default: return e;
    }
  }

  /** Inline a call: bind scalar arguments, rename the callee's locals, splice its body. */
  private inline(c: Call, out: Stmt[]): Expr | undefined {
    const callee = this.all.get(c.fn);
    if (!callee) throw new CompileError(`internal: unknown function ${c.fn}`, c.loc);
    const core = normalize(callee, this.all);
    const map = new Map<string, string>();
    const pre: Stmt[] = [];
    /** Fields of record parameters given as literals: (renamed record, field) → the local holding the value. */
    const literalFields = new Map<string, Map<string, Expr>>();
    /** Array parameters given as views (`a.subarray(k, m)`): the locals holding their offset and length. */
    const views = new Map<string, { at: Expr; length: Expr }>();
    core.params.forEach((p, i) => {
      const a = c.args[i]!;
      if ((p.ty === "array" || p.ty === "intarray") && a.k === "view") {
        const at = this.names.fresh(`${p.name}_at`), length = this.names.fresh(`${p.name}_length`);
        pre.push({ k: "let", name: at, ty: "int", init: this.hoistCalls(a.offset, out, c.loc), mutable: false, loc: c.loc },
          { k: "let", name: length, ty: "int", init: this.hoistCalls(a.length, out, c.loc), mutable: false, loc: c.loc });
        map.set(p.name, a.array).set(at, at).set(length, length);
        views.set(p.name, { at: { k: "var", name: at, ty: "int" }, length: { k: "var", name: length, ty: "int" } });
        return;
      }
      // arrays, record parameters and tuple results are passed by name
      if ((p.ty === "array" || p.ty === "intarray" || p.ty === "record" || p.out) && a.k === "var") {
        map.set(p.name, a.name);
        return;
      }
      if (p.ty === "record" && a.k === "record") {
        const rec = this.names.fresh(p.name);
        map.set(p.name, rec);
        const fields = new Map<string, Expr>();
        for (const [k, v] of a.fields) {
          const ty = exprType(v);
          const local = this.names.fresh(`${p.name}_${k}`);
          pre.push({ k: "let", name: local, ty, init: ty === "real" ? this.flat(v, out, c.loc) : this.hoistCalls(v, out, c.loc), mutable: false, loc: c.loc });
          fields.set(k, { k: "var", name: local, ty });
        }
        literalFields.set(rec, fields);
        return;
      }
      const local = this.names.fresh(`${p.name}`);
      map.set(p.name, local);
      const init = p.ty === "real" ? this.flat(a, out, c.loc) : this.hoistCalls(a, out, c.loc);
      pre.push({ k: "let", name: local, ty: p.ty as "real" | "int" | "bool", init, mutable: true, loc: c.loc });
    });
    const rename = (n: string): string => {
      let m = map.get(n);
      if (m === undefined) {
        m = this.names.fresh(n);
        map.set(n, m);
      }
      return m;
    };
    let body = renameStmts(views.size > 0 ? throughViews(core.body, views) : core.body, rename);
    if (literalFields.size > 0) body = mapStmtExprs(body, (e) => (e.k === "field" && literalFields.has(e.record) ? literalFields.get(e.record)!.get(e.field)! : e));
    out.push({ k: "comment", text: `inlined ${callee.name} (${callee.loc.file}:${callee.loc.line})` });
    out.push(...pre);
    const last = body[body.length - 1];
    if (last?.k === "return") {
      out.push(...body.slice(0, -1));
      return last.value;
    }
    out.push(...body);
    return undefined;
  }
}

/** A callee's body with its view parameters' elements read and written in the viewed array: p[i] → p[at + i], p.length → length. */
function throughViews(body: Stmt[], views: ReadonlyMap<string, { at: Expr; length: Expr }>): Stmt[] {
  const shift = (array: string, i: Expr): Expr => ({ k: "binary", op: "+", left: views.get(array)!.at, right: i, ty: "int" });
  const reads = mapStmtExprs(body, (e) => {
    if ((e.k === "index" || e.k === "iindex") && views.has(e.array)) return { ...e, index: shift(e.array, e.index) };
    if (e.k === "length" && views.has(e.array)) return views.get(e.array)!.length;
    return e;
  });
  const stores = (ss: Stmt[]): Stmt[] => ss.map((s): Stmt => {
    switch (s.k) {
      case "store": return views.has(s.array) ? { ...s, index: shift(s.array, s.index) } : s;
      case "if": return { ...s, then: stores(s.then), else: stores(s.else) };
      case "for": case "while": case "block": return { ...s, body: stores(s.body) };
      case "loop": return { ...s, body: stores(s.body), update: stores(s.update) };
      default: return s;
    }
  });
  return stores(reads);
}
