/**
 * Points and directions for the checks, drawn from a function's @domain, @length and string values:
 * random points in the box, random directions scaled to each input, displaced points.
 */
import { Rng } from "../random.js";
import { type Fields, type FnSpec, type Point, type Value, isFields, mapFields } from "./values.js";

export function domainOf(spec: FnSpec, p: string): [number, number] {
  return spec.ann.domain[p] ?? [-1, 1];
}

/** The box of element i of array p: `@domain p[i] lo hi` if given, else p's. */
export function elementDomain(spec: FnSpec, p: string, i: number): [number, number] {
  return spec.ann.domain[`${p}[${i}]`] ?? domainOf(spec, p);
}

export function lengthOf(spec: FnSpec, p: string, point: Point): number {
  const l = spec.ann.length[p];
  if (typeof l === "number") return l;
  if (typeof l === "string") return point.get(l) as number;
  throw new Error(`${spec.name}: array parameter '${p}' needs @length (a number or an int parameter) to be sampled`);
}

/** One of the values a string or boolean parameter (or field) takes (@domain p "a" "b"). */
export function sampleValue(spec: FnSpec, p: string, ty: string, rng: Rng): string | boolean {
  const vs = spec.ann.values?.[p];
  if (vs && vs.length > 0) return vs[rng.int(0, vs.length - 1)]!;
  if (ty === "bool") return rng.uniform() < 0.5;
  throw new Error(`${spec.name}: '${p}' is a string; give its values with @domain ${p} "value" (or fix it with @specialize)`);
}

/** A random record: numeric fields uniform in their @domain p.f boxes, the others from their values. */
export function sampleRecord(spec: FnSpec, p: { name: string; fields?: Array<{ name: string; ty: string }> }, rng: Rng): Fields {
  const out: Fields = {};
  for (const f of p.fields ?? []) {
    const key = `${p.name}.${f.name}`;
    if (f.ty === "real" || f.ty === "int") {
      const [lo, hi] = domainOf(spec, key);
      out[f.name] = f.ty === "int" ? rng.int(Math.ceil(lo), Math.floor(hi)) : rng.range(lo, hi);
    } else out[f.name] = sampleValue(spec, key, f.ty, rng);
  }
  return out;
}

/** A random point: scalars and array elements uniform in their @domain, ints uniform integers. */
export function samplePoint(spec: FnSpec, rng: Rng, shrink?: { center: Point; radius: number }): Point {
  const pt: Point = new Map();
  for (const p of spec.params) {
    const [lo, hi] = domainOf(spec, p.name);
    if (p.ty === "int") pt.set(p.name, rng.int(Math.ceil(lo), Math.floor(hi)));
    else if (p.ty === "bool" || p.ty === "str") pt.set(p.name, sampleValue(spec, p.name, p.ty, rng));
    else if (p.ty === "real") pt.set(p.name, shrink ? (shrink.center.get(p.name) as number) : rng.range(lo, hi));
    else if (p.ty === "record") pt.set(p.name, sampleRecord(spec, p, rng));
  }
  for (const p of spec.params) {
    if (p.ty !== "array" && p.ty !== "intarray") continue;
    const n = lengthOf(spec, p.name, pt);
    if (p.ty === "intarray") {
      const [lo, hi] = domainOf(spec, p.name);
      const a = new Int32Array(n);
      for (let i = 0; i < n; i++) a[i] = rng.int(Math.ceil(lo), Math.floor(hi));
      pt.set(p.name, a);
      continue;
    }
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const [l, h] = elementDomain(spec, p.name, i);
      a[i] = rng.range(l, h);
    }
    pt.set(p.name, a);
  }
  return pt;
}

/** A value with its own storage (arrays and records are copied). */
export function copyValue(v: Value): Value {
  return v instanceof Float64Array || v instanceof Int32Array ? v.slice() : isFields(v) ? { ...v } : v;
}
/**
 * The scale of an input at a point: its magnitude, or half the width of its @domain box if that is
 * larger (1 for the default box [−1, 1]). A strike near 100 and a volatility near 0.2 move by steps
 * of their own size: one step for all inputs moved a volatility of 0.1 by 0.01 when a strike was 100.
 */
export function inputScale(spec: FnSpec, p: string, x: number): number {
  const [lo, hi] = domainOf(spec, p);
  return Math.max(Math.abs(x), (hi - lo) / 2, 1e-300);
}

/** A random direction in the @wrt inputs (zero elsewhere), each component scaled by its input's scale, as a point-shaped map. */
export function sampleDirection(spec: FnSpec, pt: Point, rng: Rng, wrt: readonly string[] = spec.ann.wrt): Point {
  const dir: Point = new Map();
  for (const p of spec.params) {
    if (!wrt.includes(p.name)) continue;
    if (p.ty === "real") dir.set(p.name, rng.range(-1, 1) * inputScale(spec, p.name, pt.get(p.name) as number));
    if (p.ty === "array") {
      const x = pt.get(p.name) as Float64Array;
      const a = new Float64Array(x.length);
      for (let i = 0; i < a.length; i++) a[i] = rng.range(-1, 1) * inputScale(spec, p.name, x[i]!);
      dir.set(p.name, a);
    }
    if (p.ty === "record") {
      const x = pt.get(p.name) as Fields;
      const d: Fields = {};
      for (const f of p.fields ?? []) if (f.ty === "real") d[f.name] = rng.range(-1, 1) * inputScale(spec, `${p.name}.${f.name}`, x[f.name] as number);
      dir.set(p.name, d);
    }
  }
  return dir;
}

/** pt + h·dir */
export function displace(pt: Point, dir: Point, h: number): Point {
  const out: Point = new Map();
  for (const [k, v] of pt) {
    const d = dir.get(k);
    if (d === undefined) out.set(k, copyValue(v));
    else if (v instanceof Float64Array) out.set(k, v.map((x, i) => x + h * (d as Float64Array)[i]!));
    else if (isFields(v)) out.set(k, mapFields(v, (x, f) => x + h * (((d as Fields)[f] as number | undefined) ?? 0)));
    else out.set(k, (v as number) + h * (d as number));
  }
  return out;
}
