/**
 * How the SIMD backend lays out a function's parameters across the samples of one call.
 *
 * One call runs `lanes` samples at once (lanes = 2·groups: each real value is `groups` f64x2
 * vectors). Every real is per sample. Arrays are per sample, except the ones declared `@shared`
 * in the source (and their tangent/adjoint companions), which are the same for every sample:
 *
 *   sample      per-sample Float64Array: element i of lane l at double (i·lanes + l)
 *   shared      read-only shared Float64Array: element i at double i
 *   accumulate  a shared array the function only adds to (an adjoint such as params_b): element
 *               i at doubles (2i, 2i+1), the two halves of an f64x2 partial sum; the caller adds
 *               them after the call (runtime/simd/instance.ts)
 *   intarray    Int32Array, shared: element i at int i
 *   int         an integer scalar, the same for every sample (a wasm i32 parameter)
 *   real        a real scalar, per sample: `lanes` doubles (the parameter is their address)
 *
 * Control flow must not depend on a per-sample value: integers and booleans are computed from
 * shared data only, and a branch or loop on a real is a located diagnostic. Real-valued `a ? b : c`
 * with a per-sample test is a lane select.
 */
import { CompileError } from "../../diagnostics.js";
import type { Expr, Func, Stmt } from "../../ir/types.js";

export type LaneKind = "sample" | "shared" | "accumulate" | "intarray" | "int" | "real";

export interface LaneParam {
  name: string;
  kind: LaneKind;
}

/** The primal parameter a generated function's parameter stands for (following tangent/adjoint roles). */
function originOf(fn: Func, name: string): { fn: Func; name: string } | undefined {
  let f = fn, n = name;
  for (;;) {
    const role = f.roles?.[n];
    if (!role || !f.inner) return { fn: f, name: n };
    if (role.role === "primal" || role.role === "tangent" || role.role === "adjoint") {
      n = role.of;
      f = f.inner;
    } else return undefined; // out, seed, grad: per sample
  }
}

/** Is array `name` written (stored to) anywhere in `body`, and is every such store `a[i] = a[i] + e`? */
function storesTo(body: Stmt[], name: string): { any: boolean; allAccumulate: boolean; reads: number } {
  let any = false, allAccumulate = true, reads = 0;
  const countReads = (e: Expr): void => {
    switch (e.k) {
      case "index": if (e.array === name) reads++; countReads(e.index); break;
      case "iindex": countReads(e.index); break;
      case "neg": case "not": countReads(e.arg); break;
      case "binary": case "compare": case "logical": countReads(e.left); countReads(e.right); break;
      case "cond": countReads(e.test); countReads(e.then); countReads(e.else); break;
      case "intrinsic": case "call": case "runtime": e.args.forEach(countReads); break;
      default: break;
    }
  };
  const visit = (ss: Stmt[]): void => {
    for (const s of ss) {
      switch (s.k) {
        case "store":
          countReads(s.index);
          if (s.array === name) {
            any = true;
            const acc = accumulated(s);
            if (!acc) { allAccumulate = false; countReads(s.value); } else { reads--; countReads(s.value); }
          } else countReads(s.value);
          break;
        case "let": countReads(s.init); break;
        case "assign": countReads(s.value); break;
        case "if": countReads(s.test); visit(s.then); visit(s.else); break;
        case "for": countReads(s.from); countReads(s.to); visit(s.body); break;
        case "while": countReads(s.test); visit(s.body); break;
        case "return": if (s.value) countReads(s.value); break;
        case "push": countReads(s.value); break;
        case "do": countReads(s.expr); break;
        default: break;
      }
    }
  };
  visit(body);
  return { any, allAccumulate, reads };
}

/** `a[i] = a[i] + e` or `a[i] = fma(a[i], b, c)` (printed `a[i] += …`): the increment, else undefined. */
export function accumulated(s: Extract<Stmt, { k: "store" }>): { kind: "add"; e: Expr } | { kind: "fma"; b: Expr; c: Expr } | undefined {
  const v = s.value;
  const self = (e: Expr | undefined) => e?.k === "index" && e.array === s.array && sameExpr(e.index, s.index);
  if (v.k === "binary" && v.op === "+" && self(v.left)) return { kind: "add", e: v.right };
  if (v.k === "intrinsic" && v.fn === "fma" && self(v.args[0])) return { kind: "fma", b: v.args[1]!, c: v.args[2]! };
  return undefined;
}

export function sameExpr(a: Expr, b: Expr): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The lane layout of every parameter of `fn`, the variant of `source` (whose @shared tags count). */
export function laneParams(fn: Func, source: Func): LaneParam[] {
  for (const s of source.ann.shared) {
    const p = source.params.find((q) => q.name === s);
    if (p?.ty !== "array") throw new CompileError(`@shared names '${s}', which is not a Float64Array parameter of ${source.name}`, source.loc, "@shared");
  }
  return fn.params.map((p): LaneParam => {
    switch (p.ty) {
      case "intarray": return { name: p.name, kind: "intarray" };
      case "int": case "bool": return { name: p.name, kind: "int" };
      case "real": return { name: p.name, kind: "real" };
      case "array": {
        const o = originOf(fn, p.name);
        if (!o || o.fn.name !== source.name || !source.ann.shared.includes(o.name)) return { name: p.name, kind: "sample" };
        const use = storesTo(fn.body, p.name);
        if (!use.any) return { name: p.name, kind: "shared" };
        if (use.allAccumulate && use.reads === 0) return { name: p.name, kind: "accumulate" };
        throw new CompileError(`${fn.name}: shared array '${p.name}' (from @shared ${o.name}) is written other than by '${p.name}[i] += …', ` +
          "so its value would differ between the samples of a call; the SIMD backend cannot build it", fn.loc, "@simd");
      }
    }
  });
}
