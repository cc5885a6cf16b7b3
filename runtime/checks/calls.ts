/**
 * Calling a function and its generated variants at a point, through the parameter roles the compiler
 * records (FnSpec.roles): the primal's outputs, a tangent along a direction, an adjoint from seeds.
 *
 * Conventions: a function's outputs are its return value (if any) and the final contents of all
 * its Float64Array parameters; its inputs are the @wrt parameters. An array not in @wrt is a
 * constant input (direction 0).
 */
import { type AnyFn, type FnSpec, type Point, type Value, isFields, mapFields, zeroFields } from "./values.js";
import { copyValue } from "./sampling.js";

/** Outputs of one primal call, flattened: [return value?, ...final contents of each array]. */
export function evalPrimal(fn: AnyFn, spec: FnSpec, pt: Point): Float64Array {
  const args = spec.params.map((p) => copyValue(pt.get(p.name)!));
  const y = fn(...args);
  const parts: number[] = [];
  if (spec.ret === "real") parts.push(y as number);
  spec.params.forEach((p, i) => {
    if (p.ty === "array") parts.push(...(args[i] as Float64Array));
  });
  return Float64Array.from(parts);
}
/**
 * The inputs a tangent variant differentiates: the primal's @wrt parameters that have a tangent
 * companion (a variant may narrow @wrt, e.g. `@variant tangent(x)`).
 */
export function tangentInputs(primal: FnSpec, tangentSpec: FnSpec): string[] {
  const has = new Set(Object.values(tangentSpec.roles ?? {}).filter((r) => r.role === "tangent").map((r) => r.of as string));
  return primal.ann.wrt.filter((p) => has.has(p));
}

/** Tangent outputs, flattened like evalPrimal: [ẏ?, ...final contents of each array's tangent (0 where none)]. */
export function evalTangent(fnT: AnyFn, specT: FnSpec, primal: FnSpec, pt: Point, dir: Point): { value: Float64Array; tangent: Float64Array } {
  const roles = specT.roles ?? {};
  const buffers = new Map<string, Value>();
  const args = specT.params.map((p) => {
    const r = roles[p.name];
    let v: Value;
    if (!r || r.role === "primal") v = copyValue(pt.get(r?.of as string ?? p.name)!);
    else if (r.role === "tangent") {
      const of = r.of as string;
      const d = dir.get(of);
      const base = pt.get(of)!;
      v = d !== undefined ? copyValue(d) : base instanceof Float64Array ? new Float64Array(base.length) : isFields(base) ? mapFields(base, () => 0) : 0;
    } else if (r.role === "out") v = new Float64Array(2);
    else throw new Error(`${specT.name}: unexpected parameter role ${r.role}`);
    buffers.set(p.name, v);
    return v;
  });
  fnT(...args);
  const value: number[] = [], tangent: number[] = [];
  const out = specT.params.find((p) => roles[p.name]?.role === "out");
  if (primal.ret === "real") {
    const o = buffers.get(out!.name) as Float64Array;
    value.push(o[0]!);
    tangent.push(o[1]!);
  }
  for (const p of primal.params) {
    if (p.ty !== "array") continue;
    value.push(...(buffers.get(p.name) as Float64Array));
    const tName = specT.params.find((q) => roles[q.name]?.role === "tangent" && roles[q.name]?.of === p.name)?.name;
    const n = (buffers.get(p.name) as Float64Array).length;
    tangent.push(...(tName ? (buffers.get(tName) as Float64Array) : new Float64Array(n)));
  }
  return { value: Float64Array.from(value), tangent: Float64Array.from(tangent) };
}

/**
 * Adjoint call with seeds for every output; returns the adjoints of the @wrt inputs as a
 * point-shaped map (scalars from `grad`, arrays from their `_b` arrays after the call).
 */
export function evalAdjoint(fnA: AnyFn, specA: FnSpec, pt: Point, seed: { ret: number; arrays: Map<string, Float64Array> }): { value: number; adjoint: Point } {
  const roles = specA.roles ?? {};
  const buffers = new Map<string, Value>();
  const args = specA.params.map((p) => {
    const r = roles[p.name];
    let v: Value;
    if (!r || r.role === "primal") v = copyValue(pt.get(r?.of as string ?? p.name)!);
    else if (r.role === "adjoint") {
      const base = pt.get(r.of as string);
      v = seed.arrays.get(r.of as string)?.slice() ?? (isFields(base) ? zeroFields(specA, p.name) : new Float64Array((base as Float64Array).length));
    }
    else if (r.role === "seed") v = seed.ret;
    else if (r.role === "grad") v = new Float64Array((r.of as string[]).length);
    else throw new Error(`${specA.name}: unexpected parameter role ${r.role}`);
    buffers.set(p.name, v);
    return v;
  });
  const value = fnA(...args) as number;
  const adjoint: Point = new Map();
  for (const p of specA.params) {
    const r = roles[p.name];
    if (r?.role === "adjoint") adjoint.set(r.of as string, buffers.get(p.name)!);
    if (r?.role === "grad") (r.of as string[]).forEach((s, k) => adjoint.set(s, (buffers.get(p.name) as Float64Array)[k]!));
  }
  return { value, adjoint };
}
