/**
 * Tangent (forward) mode: IR → IR.
 *
 * Every varied real `x` gets a companion `x_d`; every varied array `a` a companion array `a_d`.
 * A statement `x = op(args)` is followed (or, when it overwrites one of its own arguments,
 * preceded) by `x_d = Σ ∂op/∂arg · arg_d` over its varied arguments, read from the rule table.
 *
 * Signature: `f_tangent(...params, ...p_d for active params, out)`: for a real-valued `f`,
 * `out[0]` receives the value and `out[1]` its directional derivative.
 */
import { mul, num, sum } from "../ir/build.js";
import type { Expr, Func, Param, ParamRole, Stmt } from "../ir/types.js";
import { Names, namesOf, readsVar } from "../ir/walk.js";
import { TAPE, varied } from "./activity.js";
import { generatedAnnotations, terms, usesResult } from "./common.js";
import { resultName } from "./normalize.js";

export function tangent(f: Func, wrt: readonly string[] = f.ann.wrt, name = `${f.name}_tangent`): Func {
  return new TangentTransform(f, wrt).run(name);
}

class TangentTransform {
  private readonly names: Names;
  private readonly v: Set<string>;
  private readonly d = new Map<string, string>();

  constructor(private readonly f: Func, wrt: readonly string[]) {
    this.names = new Names(namesOf(f));
    this.v = varied(f, wrt);
    for (const p of f.params) this.names.reserve(p.name);
  }

  private dn(x: string): string {
    let n = this.d.get(x);
    if (!n) {
      n = this.names.fresh(`${x}_d`);
      this.d.set(x, n);
    }
    return n;
  }

  run(name: string): Func {
    const f = this.f;
    const params: Param[] = [...f.params];
    const roles: Record<string, ParamRole> = Object.fromEntries(f.params.map((p) => [p.name, { role: "primal", of: p.name } as ParamRole]));
    const domain: Record<string, [number, number]> = { ...f.ann.domain };
    const length: Record<string, number | string> = { ...f.ann.length };
    for (const p of f.params) {
      if ((p.ty === "real" || p.ty === "array") && this.v.has(p.name)) {
        const dp = this.dn(p.name);
        params.push({ name: dp, ty: p.ty });
        roles[dp] = { role: "tangent", of: p.name };
        if (f.ann.length[p.name] !== undefined) length[dp] = f.ann.length[p.name]!;
      }
    }
    let out: string | undefined;
    if (f.ret === "real") {
      out = this.names.fresh("out");
      params.push({ name: out, ty: "array" });
      roles[out] = { role: "out" };
      length[out] = 2;
    }
    // Scalar parameters that are reassigned with varied values but are not inputs of the tangent.
    const pre: Stmt[] = [];
    for (const p of f.params) {
      if (p.ty === "real" && this.v.has(p.name) && !params.some((q) => q.name === this.d.get(p.name))) {
        pre.push({ k: "let", name: this.dn(p.name), ty: "real", init: num(0), mutable: true });
      }
    }
    const body = [...pre, ...this.stmts(f.body, out)];
    return {
      name,
      params,
      ret: "void",
      body,
      ann: generatedAnnotations(params, { domain, length }, body),
      loc: f.loc,
      origin: `tangent of ${f.origin ?? f.name}`,
      roles,
      inner: f,
    };
  }

  /** Tangent of an atom. */
  private dot(e: Expr): Expr {
    if (e.k === "var" && e.ty === "real" && this.v.has(e.name)) return { k: "var", name: this.dn(e.name), ty: "real" };
    if (e.k === "index" && this.v.has(e.array)) return { k: "index", array: this.dn(e.array), index: e.index };
    return num(0);
  }

  /** Statements computing the tangent of `rhs` (result `y`), ending with an expression. */
  private tan(rhs: Expr, y: Expr, pre: Stmt[], loc: Stmt["loc"]): Expr {
    const bind = (e: Expr): Expr => {
      const t = this.names.temp();
      pre.push({ k: "let", name: t, ty: "real", init: e, mutable: false, loc });
      return { k: "var", name: t, ty: "real" };
    };
    return sum(terms(rhs, y, this.v, bind).map((t) => mul(t.partial, this.dot(t.arg))));
  }

  private stmts(ss: Stmt[], out: string | undefined): Stmt[] {
    const res: Stmt[] = [];
    for (const s of ss) this.stmt(s, res, out);
    return res;
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
        if (rhs.k === "pop") {
          // Tangent of the tape: pushed as (value, tangent), so popped as tangent, then value.
          const popD: Expr = { k: "pop", ty: "real" };
          res.push(s.k === "let" ? { k: "let", name: xd, ty: "real", init: popD, mutable: s.mutable, loc } : { k: "assign", name: xd, value: popD, loc });
          return void res.push(s);
        }
        const pre: Stmt[] = [];
        const dval = this.tan(rhs, { k: "var", name: x, ty: "real" }, pre, loc);
        const dstmt: Stmt = s.k === "let"
          ? { k: "let", name: xd, ty: "real", init: dval, mutable: s.mutable, loc }
          : { k: "assign", name: xd, value: dval, loc };
        const selfRef = readsVar(rhs, x);
        if (usesResult(rhs) || !selfRef) res.push(s, ...pre, dstmt);
        else res.push(...pre, dstmt, s);
        return;
      }
      case "store": {
        if (!this.v.has(s.array)) return void res.push(s);
        if (s.value.k === "pop") {
          res.push({ k: "store", array: this.dn(s.array), index: s.index, value: { k: "pop", ty: "real" }, loc });
          return void res.push(s);
        }
        const pre: Stmt[] = [];
        const dval = this.tan(s.value, num(NaN), pre, loc);
        res.push(...pre, { k: "store", array: this.dn(s.array), index: s.index, value: dval, loc }, s);
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
      case "push": {
        res.push(s);
        if (s.ty === "real" && this.v.has(TAPE)) res.push({ k: "push", value: this.dot(s.value), ty: "real", loc });
        return;
      }
      default:
        return void res.push(s);
    }
  }
}
