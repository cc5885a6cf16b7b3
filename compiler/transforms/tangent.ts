/**
 * Tangent (forward) mode: IR → IR.
 *
 * Every varied real `x` gets a companion `x_d`; every varied array `a` a companion array `a_d`.
 * A statement `x = op(args)` is followed (or, when it overwrites one of its own arguments,
 * preceded) by `x_d = Σ ∂op/∂arg · arg_d` over its varied arguments, read from the primitive
 * registry. A primitive with a tangent rule of its own (the tape's pop) gives its statements.
 *
 * Signature: `f_tangent(...params, ...p_d for active params, out)`: for a real-valued `f`,
 * `out[0]` receives the value and `out[1]` its directional derivative.
 */
import { num, sum } from "../ir/build.js";
import type { Expr, Func, Stmt } from "../ir/types.js";
import { Names, namesOf, readsVar } from "../ir/walk.js";
import { primitive } from "../primitives/registry.js";
import { TAPE } from "../primitives/tape.js";
import type { TangentContext } from "../primitives/types.js";
import { varied } from "./activity.js";
import { binder, companions, scaled, terms, usesResult } from "./common.js";
import { dropUnread } from "./dead.js";
import { resultName } from "./normalize.js";
import { Signature } from "./signature.js";

export function tangent(f: Func, wrt: readonly string[], name: string): Func {
  return new TangentTransform(f, wrt).run(name);
}

class TangentTransform implements TangentContext {
  private readonly names: Names;
  private readonly v: Set<string>;
  /** The tangent of a variable or array: `x_d`. */
  private readonly dn: (x: string) => string;
  /** The scalar companions made: those nothing reads are dropped at the end. */
  private readonly made = new Set<string>();

  constructor(private readonly f: Func, wrt: readonly string[]) {
    this.names = new Names(namesOf(f));
    this.v = varied(f, wrt);
    for (const p of f.params) this.names.reserve(p.name);
    const dn = companions(this.names, "_d");
    this.dn = (x: string): string => {
      const n = dn(x);
      this.made.add(n);
      return n;
    };
  }

  get tapeVaried(): boolean {
    return this.v.has(TAPE);
  }

  run(name: string): Func {
    const f = this.f;
    const sig = new Signature(f);
    for (const p of f.params) sig.primal(p);
    for (const p of f.params) if ((p.ty === "real" || p.ty === "array" || p.ty === "record") && this.v.has(p.name)) sig.companion(p, "tangent", this.dn(p.name));
    const out = f.ret === "real" ? this.names.fresh("out") : undefined;
    if (out) sig.out(out);
    // (every varied real parameter, an input or one reassigned with varied values, has its companion parameter)
    // the tangent of a value that only feeds comparisons is never read
    const body = dropUnread(this.stmts(f.body, out), (n) => this.made.has(n));
    return sig.func(name, "void", body, "tangent", this.v);
  }

  /** Tangent of an atom. */
  dot(e: Expr): Expr {
    if (e.k === "var" && e.ty === "real" && this.v.has(e.name)) return { k: "var", name: this.dn(e.name), ty: "real" };
    if (e.k === "index" && this.v.has(e.array)) return { k: "index", array: this.dn(e.array), index: e.index };
    if (e.k === "field" && e.ty === "real" && this.v.has(e.record)) return { ...e, record: this.dn(e.record) };
    return num(0);
  }

  /** Statements computing the tangent of `rhs` (result `y`), ending with an expression. */
  private tan(rhs: Expr, y: Expr | undefined, pre: Stmt[], loc: Stmt["loc"]): Expr {
    return sum(terms(rhs, y, this.v, binder(this.names, pre, loc)).map((t) => scaled(t, this.dot(t.arg), false)));
  }

  private stmts(ss: Stmt[], out: string | undefined): Stmt[] {
    const res: Stmt[] = [];
    for (const s of ss) this.stmt(s, res, out);
    return res;
  }

  /** The statements of a primitive's own tangent rule for `rhs` (undefined: the generic rule applies). */
  private own(rhs: Expr, write: (which: "tangent" | "value", value: Expr) => Stmt): Stmt[] | undefined {
    if (rhs.k !== "intrinsic") return undefined;
    const p = primitive(rhs.fn);
    return p.tangent?.(this, rhs.args, write);
  }

  private stmt(s: Stmt, res: Stmt[], out: string | undefined): void {
    const loc = s.loc;
    switch (s.k) {
      case "let":
      case "assign": {
        const x = s.name;
        const rhs = s.k === "let" ? s.init : s.value;
        if (!this.v.has(x) || (s.k === "let" && s.ty !== "real")) return void res.push(s);
        const xd = this.dn(x);
        const own = this.own(rhs, (which, value) => {
          const name = which === "tangent" ? xd : x;
          return s.k === "let" ? { k: "let", name, ty: "real", init: value, mutable: s.mutable, loc } : { k: "assign", name, value, loc };
        });
        if (own) return void res.push(...own);
        const pre: Stmt[] = [];
        const dval = this.tan(rhs, { k: "var", name: x, ty: "real" }, pre, loc);
        const dstmt: Stmt = s.k === "let"
          ? { k: "let", name: xd, ty: "real", init: dval, mutable: s.mutable, loc }
          : { k: "assign", name: xd, value: dval, loc };
        const selfRef = readsVar(rhs, x);
        // x_d = x_d (x = x + c): nothing to do
        const same = s.k === "assign" && dval.k === "var" && dval.name === xd;
        if (same) res.push(...pre, s);
        else if (usesResult(rhs) || !selfRef) res.push(s, ...pre, dstmt);
        else res.push(...pre, dstmt, s);
        return;
      }
      case "store": {
        if (!this.v.has(s.array)) return void res.push(s);
        const own = this.own(s.value, (which, value) => ({ k: "store", array: which === "tangent" ? this.dn(s.array) : s.array, index: s.index, value, loc }));
        if (own) return void res.push(...own);
        const pre: Stmt[] = [];
        const dval = this.tan(s.value, undefined, pre, loc);
        res.push(...pre, { k: "store", array: this.dn(s.array), index: s.index, value: dval, loc }, s);
        return;
      }
      case "alloc":
        // a varied local array has its tangent array beside it
        return void res.push(s, ...(this.v.has(s.name) ? [{ ...s, name: this.dn(s.name) }] : []));
      case "setfield": {
        if (!this.v.has(s.record)) return void res.push(s);
        const pre: Stmt[] = [];
        const dval = this.tan(s.value, undefined, pre, loc);
        res.push(...pre, { ...s, record: this.dn(s.record), value: dval }, s);
        return;
      }
      case "if":
        return void res.push({ ...s, then: this.stmts(s.then, out), else: this.stmts(s.else, out) });
      case "for":
      case "while":
        return void res.push({ ...s, body: this.stmts(s.body, out) });
      case "return": {
        const ret = resultName(this.f);
        if (out === undefined || ret === undefined) return;
        const r: Expr = { k: "var", name: ret, ty: "real" };
        res.push({ k: "store", array: out, index: num(0, "int"), value: r, loc });
        res.push({ k: "store", array: out, index: num(1, "int"), value: this.dot(r), loc });
        return;
      }
      case "effect": {
        const rule = primitive(s.fn).tangentEffect;
        return void res.push(...(rule ? rule(this, s.args, s) : [s]));
      }
      default:
        return void res.push(s);
    }
  }
}
