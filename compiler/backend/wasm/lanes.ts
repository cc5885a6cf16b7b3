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
import { eachStmt, stmtExprs, subExprs } from "../../ir/walk.js";
import { incrementOf } from "../../primitives/registry.js";
import type { SimdSignature } from "../../../runtime/simd/instance.js";

/** A parameter and its layout: the runtime's type, since it reads these signatures (runtime/simd/instance.ts). */
export type LaneParam = SimdSignature["params"][number];

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

/** How `body` uses array `name`: is it stored to, is every store `a[i] += …`, and how often is it read otherwise? */
function usage(body: Stmt[], name: string): { stored: boolean; allAccumulate: boolean; reads: number } {
  let stored = false, allAccumulate = true, reads = 0;
  const count = (e: Expr): void => {
    if (e.k === "index" && e.array === name) reads++;
    for (const x of subExprs(e)) count(x);
  };
  eachStmt(body, (s) => {
    if (s.k !== "store" || s.array !== name) { stmtExprs(s).forEach(count); return; }
    stored = true;
    const inc = accumulated(s);
    if (!inc) { allAccumulate = false; stmtExprs(s).forEach(count); return; }
    // the index and the increment: the element read that `+=` stands for is not a read of its own
    count(s.index);
    count(inc);
  });
  return { stored, allAccumulate, reads };
}

/** `a[i] = a[i] + e`, or a primitive accumulating into a[i] (printed `a[i] += …`): the increment, else undefined. */
export function accumulated(s: Extract<Stmt, { k: "store" }>): Expr | undefined {
  return incrementOf(s.value, { k: "index", array: s.array, index: s.index });
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
      case "record": throw new CompileError(`${fn.name}: the SIMD backend takes no object parameters ('${p.name}'); pass its fields as numbers`, fn.loc, "@simd");
      case "str": throw new CompileError(`${fn.name}: the SIMD backend takes no string parameters ('${p.name}'); fix its value with @specialize ${p.name} "…" for the SIMD build`, fn.loc, "@simd");
      case "array": {
        const o = originOf(fn, p.name);
        if (!o || o.fn.name !== source.name || !source.ann.shared.includes(o.name)) return { name: p.name, kind: "sample" };
        const use = usage(fn.body, p.name);
        if (!use.stored) return { name: p.name, kind: "shared" };
        if (use.allAccumulate && use.reads === 0) return { name: p.name, kind: "accumulate" };
        throw new CompileError(`${fn.name}: shared array '${p.name}' (from @shared ${o.name}) is written other than by '${p.name}[i] += …', ` +
          "so its value would differ between the samples of a call; the SIMD backend cannot build it", fn.loc, "@simd");
      }
    }
  });
}
