/**
 * What the checks pass around (runtime/checks/): a function's shape as the compiler records it (FnSpec),
 * a point of its parameters (Point: numbers, arrays, records of fields), check results, and the
 * arithmetic on points (dot products, zero records).
 */
export type ParamType = "real" | "int" | "bool" | "str" | "array" | "intarray" | "record";

/** The shape of a function, as the compiler describes it (compiler `Func` satisfies this). */
export interface FnSpec {
  name: string;
  params: Array<{ name: string; ty: ParamType; fields?: Array<{ name: string; ty: string }> }>;
  ret: string;
  ann: { wrt: string[]; domain: Record<string, [number, number]>; values?: Record<string, Array<string | boolean>>; length: Record<string, number | string> };
  roles?: Record<string, { role: string; of?: string | string[] }>;
  /** For generated functions: the function they were generated from (roles name its parameters). */
  inner?: FnSpec;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFn = (...args: any[]) => any;

/** An object of scalar fields (a record parameter: market data, an option's terms). */
export type Fields = { [field: string]: number | string | boolean };
export type Value = number | boolean | string | Float64Array | Int32Array | Fields;
export type Point = Map<string, Value>;

export const isFields = (v: unknown): v is Fields => typeof v === "object" && v !== null && !ArrayBuffer.isView(v);

/** A record value with every numeric field mapped by `f` (others kept). */
export function mapFields(v: Fields, f: (x: number, field: string) => number): Fields {
  const out: Fields = {};
  for (const [k, x] of Object.entries(v)) out[k] = typeof x === "number" ? f(x, k) : x;
  return out;
}

/** The numbers a value holds, in a fixed order (for differences and comparisons). */
export function numbersOf(v: Value | undefined): number[] {
  if (v === undefined) return [];
  if (v instanceof Float64Array || v instanceof Int32Array) return [...v];
  if (isFields(v)) return Object.keys(v).sort().flatMap((k) => (typeof v[k] === "number" ? [v[k] as number] : []));
  return typeof v === "number" ? [v] : [];
}

export interface CheckResult {
  check: string;
  samples: number;
  worstError: number;
  pass: boolean;
  /** Samples left out of this check because the function is not smooth there (see centralDifference). */
  nonSmooth?: number;
  /** Why a check could not run, or what went wrong. */
  note?: string;
  /** The check did not run, for this reason (reported, neither passed nor failed). */
  skipped?: string;
}


/** A record parameter's companion: every real field 0. */
export function zeroFields(spec: FnSpec, name: string): Fields {
  const out: Fields = {};
  for (const f of spec.params.find((p) => p.name === name)?.fields ?? []) if (f.ty === "real") out[f.name] = 0;
  return out;
}

/** ⟨a, b⟩ over the keys both points have, with the sum of |terms| (the scale of rounding errors). */
export function dot(a: Point, b: Point): { value: number; scale: number } {
  let value = 0, scale = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y === undefined) continue;
    if (isFields(x)) {
      for (const [f, xf] of Object.entries(x)) {
        const yf = (y as Fields)[f];
        if (typeof xf !== "number" || typeof yf !== "number") continue;
        value += xf * yf;
        scale += Math.abs(xf * yf);
      }
    } else if (x instanceof Float64Array) {
      const ys = y as Float64Array;
      for (let i = 0; i < x.length; i++) {
        value += x[i]! * ys[i]!;
        scale += Math.abs(x[i]! * ys[i]!);
      }
    } else {
      value += (x as number) * (y as number);
      scale += Math.abs((x as number) * (y as number));
    }
  }
  return { value, scale };
}
