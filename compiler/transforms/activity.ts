/**
 * Activity analysis: which variables and arrays carry derivatives.
 *
 * `varied`: depends on an active input (forward). `useful`: influences an output (backward).
 * Tangent mode computes derivatives for varied values; adjoint mode for values both varied and
 * useful. Integers and booleans are never active. A primitive with a hidden input or output (the
 * tape of generated adjoint code) names it as one more variable (`reads`, `writes`), so that
 * tangent-over-adjoint knows whether pushed values vary.
 */
import type { Expr, Func, Stmt } from "../ir/types.js";
import { eachStmt } from "../ir/walk.js";
import { primitive } from "../primitives/registry.js";
import { resultName } from "./normalize.js";

/** Real variables and arrays an expression reads values of (not integer indices). */
export function realReads(e: Expr, out = new Set<string>()): Set<string> {
  switch (e.k) {
    case "var": if (e.ty === "real") out.add(e.name); break;
    case "index": out.add(e.array); break;
    case "field": if (e.ty === "real") out.add(e.record); break;
    case "neg": realReads(e.arg, out); break;
    case "binary": if (e.ty === "real") { realReads(e.left, out); realReads(e.right, out); } break;
    case "intrinsic": {
      const hidden = primitive(e.fn).reads;
      if (hidden !== undefined && e.ty !== "int") out.add(hidden);
      e.args.forEach((a) => realReads(a, out));
      break;
    }
    case "cond": if (e.ty === "real") { realReads(e.then, out); realReads(e.else, out); } break;
    default: break;
  }
  return out;
}

function target(s: Stmt): { name: string; values: Expr[]; real: boolean } | undefined {
  if (s.k === "let") return { name: s.name, values: [s.init], real: s.ty === "real" };
  if (s.k === "assign") return { name: s.name, values: [s.value], real: true };
  if (s.k === "store") return { name: s.array, values: [s.value], real: true };
  if (s.k === "setfield") return { name: s.record, values: [s.value], real: true };
  if (s.k === "effect") {
    const hidden = primitive(s.fn).writes;
    if (hidden !== undefined) return { name: hidden, values: s.args, real: true };
  }
  return undefined;
}

/** Varied set: active inputs and everything computed from them. */
export function varied(f: Func, wrt: readonly string[]): Set<string> {
  const realVars = new Set<string>(f.params.filter((p) => p.ty === "real" || p.ty === "array" || p.ty === "record").map((p) => p.name));
  eachStmt(f.body, (s) => { if (s.k === "let" && s.ty === "real") realVars.add(s.name); });
  const v = new Set<string>(wrt);
  for (let changed = true; changed; ) {
    changed = false;
    eachStmt(f.body, (s) => {
      const t = target(s);
      if (!t || !t.real || v.has(t.name)) return;
      if (s.k === "assign" && !realVars.has(s.name)) return; // integer or boolean variable
      for (const r of t.values.flatMap((x) => [...realReads(x)])) {
        if (v.has(r)) {
          v.add(t.name);
          changed = true;
          return;
        }
      }
    });
  }
  return v;
}

/** Useful set: what the result and the array parameters depend on. */
export function useful(f: Func, isVaried: Set<string>): Set<string> {
  const u = new Set<string>();
  const ret = resultName(f);
  if (ret) u.add(ret);
  for (const p of f.params) if (p.ty === "array" && isVaried.has(p.name)) u.add(p.name);
  for (let changed = true; changed; ) {
    changed = false;
    eachStmt(f.body, (s) => {
      const t = target(s);
      if (!t || !u.has(t.name)) return;
      for (const r of t.values.flatMap((x) => [...realReads(x)])) {
        if (!u.has(r)) {
          u.add(r);
          changed = true;
        }
      }
    });
  }
  return u;
}
