/**
 * Regression tests for compiler defects found on real numeric code (issue #16): each program is the
 * smallest one that showed the defect, and each test failed before its fix.
 */
import { symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { tempProject } from "./helpers/project.js";
import { verifyLoaded } from "../cli/verify-command.js";
import { Project, ts } from "ts-morph";
import { compile } from "../compiler/compile.js";
import { loadCompiled, type Loaded } from "../compiler/integration/load.js";
import { VERIFY_VARIANTS } from "../compiler/modes.js";
import { evalAdjoint } from "../runtime/checks/calls.js";
import type { AnyFn, FnSpec } from "../runtime/checks/index.js";
import { hvpAdjointOverTangent, hvpTangentOverAdjoint } from "../runtime/checks/second-order.js";

const project = tempProject("defects", { module: true });
const require = createRequire(import.meta.url);
const file = (source: string): string => project.next(source);

/** Every check `sobolev verify` runs on the file's functions, which must all pass (none skipped unless `skips` allows it). */
async function verifyAll(source: string, skips?: RegExp, samples = 12): Promise<void> {
  await verifyFile(file(source), skips, samples);
}

/** The same for a file already written (in a folder of its own). */
async function verifyFile(f: string, skips?: RegExp, samples = 12): Promise<void> {
  const loaded = await loadCompiled(f, undefined, VERIFY_VARIANTS.derivatives);
  const intervals = await loadCompiled(f, undefined, VERIFY_VARIANTS.intervals);
  const rows = verifyLoaded(loaded, { samples, seed: 3 }, intervals);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) {
    expect(r, `${r.function} ${r.check}: ${r.note ?? r.skipped ?? ""} worst ${r.worstError}`).toMatchObject({ pass: true });
    if (r.skipped !== undefined) expect(r.skipped).toMatch(skips ?? /^$/);
  }
}

describe("wrong or broken generated code", () => {
  test("1. a helper whose integer parameter is a loop bound, inlined inside an if: its adjoint runs (n was declared in the branch only)", async () => {
    await verifyAll(`
/** @differentiable */
function sumTo(x: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += x * i;
  return s;
}
/**
 * @differentiable
 * @domain x 0.5 2
 * @domain n 3 3
 */
export function f(x: number, n: number): number {
  if (x > 1) {
    return sumTo(x, n);
  }
  return sumTo(x, n) * x;
}
`, /undecided branch/);
  });

  test("2. an Int32Array element in real arithmetic", async () => {
    await verifyAll(`
/**
 * @differentiable
 * @domain sizes 2 3
 * @length sizes 2
 */
export function g(x: number, sizes: Int32Array): number {
  return x * sizes[1] + sizes[0];
}
`);
  });

  test("3. a loop over x.length in the interval variants", async () => {
    await verifyAll(`
/**
 * @differentiable
 * @length a 3
 */
export function h(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return s;
}
`);
  });

  test("4. integer powers: derivatives at 0 are 0, not NaN, and interval adjoints stay finite", async () => {
    const source = `
/**
 * @differentiable
 * @domain k 0 3
 */
export function p(x: number, k: number): number {
  let s = 0;
  for (let i = 0; i < k; i++) s += Math.pow(x, i);
  return s + x ** 1 + x ** 0;
}
`;
    await verifyAll(source);
    const loaded: Loaded = await loadCompiled(file(source), undefined, [...VERIFY_VARIANTS.derivatives, ...VERIFY_VARIANTS.intervals]);
    const out = new Float64Array(2);
    // d/dx (1 + x + x + 1) at x = 0 with k = 2: 2 (x^0's derivative is 0, not 0·∞)
    loaded.variants.tangent!.p_tangent(0, 2, 1, out);
    expect(out[1]).toBe(2);
    // second derivative of x ** 1 (and of every term) at 0: 0
    const g = new Float64Array(1), gd = new Float64Array(1);
    loaded.variants.adjoint_tangent!.p_adjoint_tangent(0, 2, 1, g, 1, 0, gd, out);
    expect(g[0]).toBe(2);
    expect(gd[0]).toBe(0);
    // interval adjoint over a box around 0: a finite enclosure of the point adjoint, 2 ± 0.2
    const lo = new Float64Array(1), hi = new Float64Array(1);
    loaded.variants.adjoint_interval!.p_adjoint_interval(-0.1, 0.1, 2, 1, 1, lo, hi, out);
    expect(lo[0]).toBeGreaterThan(1.7);
    expect(hi[0]).toBeLessThan(2.3);
  });

  test("5. integer-ness across calls: a caller's size passed to a helper that loops over it", () => {
    const r = compile(`
/** @differentiable */
function sumTo(x: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += x;
  return s;
}
/** @differentiable */
export function f(x: number, m: number): number {
  return sumTo(x, m);
}
`, { fileName: path.join(project.dir, "ints.ts") });
    expect(r.diagnostics).toEqual([]);
    expect(r.functions[1]!.params.map((p) => p.ty)).toEqual(["real", "int"]);
  });

  test("9. a tuple helper called with all its arguments: its results, not NaN-initialized stand-ins (found on own-model.ts)", async () => {
    await verifyAll(`
function split(x: number, y: number): [number, number] {
  const s = Math.sqrt(x * y);
  return [s + x, s - y];
}
/**
 * @differentiable
 * @domain x 1 2
 * @domain y 1 2
 */
export function f(x: number, y: number): number {
  const [a, b] = split(x, y);
  return a * b;
}
`);
  });

  test("6. generated code grows linearly with the source: an erf-style chain of ranges, interval adjoint", () => {
    // if (ax < 1) {…} else if (ax < 2) {…} … : each range a rational approximation with its own temporaries
    const chain = (k: number) => {
      const arms = Array.from({ length: k }, (_, i) => `${i === 0 ? "" : "else "}if (ax < ${i + 1}) {
    const z = ax * ax;
    r = (${i + 1} + z * (0.${i + 3} + z * 0.0${i + 1})) / (1 + z * (0.${i + 2} + z * 0.1));
  }`).join(" ");
      return `/**
 * @differentiable
 * @variant adjoint interval
 */
export function f(x: number): number {
  const ax = Math.abs(x);
  let r = 0;
  ${arms} else {
    r = 1;
  }
  if (x < 0) {
    r = -r;
  }
  return r * Math.exp(-x * x);
}
`;
    };
    const lines = (k: number) => {
      const r = compile(chain(k), { fileName: path.join(project.dir, "chain.ts") });
      expect(r.diagnostics).toEqual([]);
      return r.files[0]!.code.split("\n").length;
    };
    const [small, large] = [lines(8), lines(32)];
    // four times the arms, about four times the code (it was ten times: every branch's temporaries
    // and their adjoints were saved and hulled again at every enclosing branch)
    expect(large / small).toBeLessThan(4.5);
    expect(large).toBeLessThan(150 * chain(32).split("\n").length);
  });
});

describe("the independent oracle's findings (#31)", () => {
  test("a switch with an empty default inside a loop compiles (it crashed: 'block after structuring') and verifies", async () => {
    await verifyAll(`
/**
 * @differentiable
 * @domain n 4 4
 * @length a0 2
 */
export function f(x0: number, a0: Float64Array, n: number): number {
  for (let i = 0; i < n; i++) { switch (i % 3) { default: } }
  return Math.tanh(x0);
}
`);
  });

  test("a switch inside a while loop, cases falling through and one without a break, changes an active value each trip", async () => {
    await verifyAll(`
/**
 * @differentiable
 * @wrt x
 * @domain x 0.2 0.9
 * @domain n 5 5
 */
export function g(x: number, n: number): number {
  let y = x;
  let i = 0;
  while (i < n) {
    switch (i % 4) {
      case 0:
      case 1:
        y = y * x + 0.1;
        break;
      case 2:
        y = Math.sin(y);
      default:
        y = y + x * x;
    }
    i++;
  }
  return y;
}
`);
  });

  test("a while loop's counter and a counter declared without a value are integers: the intervals decide the loop (#30 item 3)", async () => {
    await verifyAll(`
/**
 * @differentiable
 * @length a 5
 * @domain n 3 3
 */
export function g(x: number, a: Float64Array, n: number): number {
  let hits = 0;
  let i;
  let acc = 0;
  for (i = 0; i < a.length; i++) {
    if (a[i] > 0) hits += 1;
    acc += a[i] * x;
  }
  let k = 0, y = x;
  while (k < n) { y = Math.sin(y) + hits * x; k = k + 1; }
  return y * hits + acc / (1 + hits);
}
`);
  });

  test("a generated adjoint's @wrt lists what it differentiated, not the data: a tangent composed on it has no companion for the data (GMM's x, BA's feat)", async () => {
    const source = `
/**
 * @differentiable
 * @wrt w
 * @length w 3
 * @length data 6
 * @domain scale 0.5 2
 */
export function loss(w: Float64Array, data: Float64Array, scale: number): number {
  let s = 0;
  for (let i = 0; i < 6; i++) {
    const r = data[i] - w[i % 3] * scale;
    s += Math.log(1 + r * r);
  }
  return s;
}
`;
    const r = compile(source, { fileName: path.join(project.dir, "data-wrt.ts"), variants: VERIFY_VARIANTS.derivatives });
    expect(r.diagnostics).toEqual([]);
    const fn = (variant: string) => r.files.find((f) => f.variant === variant)!.functions[0]!;
    expect(fn("adjoint").ann.wrt).toEqual(["w", "w_b", "out_b"]);
    expect(fn("tangent").ann.wrt).toEqual(["w", "w_d", "out"]);
    // tangent over adjoint (the Hessian-vector product) and adjoint over tangent, with the default wrt
    const names = (variant: string) => fn(variant).params.map((p) => p.name);
    for (const v of ["adjoint_tangent", "tangent_adjoint"]) {
      expect(names(v).filter((n) => /^(data|scale)_/.test(n)), v).toEqual([]);
    }
    expect(names("adjoint_tangent")).toContain("w_b_d");
    // and they still agree with differences of the adjoint
    await verifyAll(source);
  });
});

describe("ties of max and min in every order (#31 item 1)", () => {
  test("at a tie, the gradient and both Hessian compositions take the same (first) argument", async () => {
    const f = file(`
/** @differentiable */
export function hi(x: number): number {
  return Math.max(x * x, 3 * x - 2);
}
/** @differentiable */
export function lo(x: number): number {
  return Math.min(x * x * x, 3 * x - 2);
}
`);
    const loaded = await loadCompiled(f, undefined, VERIFY_VARIANTS.derivatives);
    const variant = (v: string, name: string) => ({
      fn: loaded.variants[v]![`${name}_${v}`] as AnyFn,
      spec: loaded.output.files.find((g) => g.variant === v)!.functions.find((g) => g.name === `${name}_${v}`) as FnSpec,
    });
    // x = 1: x² = 3x − 2 = 1 (slopes 2 and 3, curvatures 2 and 0); x³ = 3x − 2 = 1 (slopes 3 and 3, curvatures 6 and 0)
    const at = new Map([["x", 1]]), v = new Map([["x", 1]]), w = { ret: 1, arrays: new Map() };
    for (const [name, slope, curvature] of [["hi", 2, 2], ["lo", 3, 6]] as const) {
      const a = variant("adjoint", name);
      expect(evalAdjoint(a.fn, a.spec, at, w).adjoint.get("x"), `${name} gradient`).toBe(slope);
      const ta = variant("adjoint_tangent", name), tt = variant("tangent_adjoint", name);
      expect(hvpTangentOverAdjoint(ta.fn, ta.spec, at, v, w).get("x"), `${name} tangent over adjoint`).toBe(curvature);
      expect(hvpAdjointOverTangent(tt.fn, tt.spec, at, v, w).get("x"), `${name} adjoint over tangent`).toBe(curvature);
    }
  });
});

describe("the tape holds only what the reverse sweep cannot recompute (#31)", () => {
  const source = `
/**
 * @differentiable
 * @wrt x
 * @length x 6
 * @domain n 2 2
 * @domain m 3 3
 */
export function f(x: Float64Array, n: number, m: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const row = i * m;
    for (let j = 0; j < m; j++) {
      const t = x[row + j]! * x[j]!;
      const u = Math.sin(t) * t;
      s += u * u;
    }
  }
  return s;
}
`;
  test("loop-locals of never-written inputs and counters are recomputed in the reverse loop, not taped; every composition still verifies", async () => {
    const r = compile(source, { fileName: path.join(project.dir, "recompute.ts"), variants: VERIFY_VARIANTS.derivatives });
    expect(r.diagnostics).toEqual([]);
    for (const v of ["adjoint", "tangent_adjoint", "adjoint_tangent"]) {
      expect(r.files.find((f) => f.variant === v)!.code, v).not.toMatch(/tape\.push/);
    }
    // (the first version recomputed t_d but not the t2 it reads: adjoint over tangent was wrong)
    await verifyAll(source);
  });
});

test("an integer quotient where an integer is needed (d * (d + 1) / 2) is exact, or the function throws naming it (#30 item 3)", async () => {
  const source = `
/**
 * @differentiable
 * @wrt a
 * @length a 6
 * @domain d 3 3
 */
export function tri(a: Float64Array, d: number): number {
  const size = (d * (d + 1)) / 2;
  let s = 0;
  for (let i = 0; i < size; i++) s += a[i]! * a[i]!;
  return s;
}
/** @differentiable */
export function half(a: Float64Array, m: number): number {
  return a[m / 2]!;
}
`;
  const f = file(source);
  const loaded = await loadCompiled(f, undefined, VERIFY_VARIANTS.derivatives);
  const g = new Float64Array(6);
  expect(loaded.variants.adjoint!.tri_adjoint!(Float64Array.of(1, 2, 3, 4, 5, 6), 3, g, 1)).toBe(91);
  expect(Array.from(g)).toEqual([2, 4, 6, 8, 10, 12]);
  expect(() => loaded.variants.adjoint!.half_adjoint!(Float64Array.of(1, 2, 3), 3, new Float64Array(3), 1)).toThrow(/m \/ 2 is not an integer/);
  expect(loaded.variants.adjoint!.half_adjoint!(Float64Array.of(1, 2, 3), 4, new Float64Array(3), 1)).toBe(3);
});

test("a helper called for its effects (a generated adjoint filling grad): what it computed only for its return value is not left in the generated code as unread locals (tsc's noUnusedLocals refused particle's variants)", () => {
  const source = `
function fill(x: number, y: number, g: Float64Array): number {
  const a = x * y;
  const r = Math.exp(a) + Math.sin(y);
  g[0] = a * x;
  g[1] = a + y;
  return r;
}
/** @differentiable */
export function f(x: number, y: number): number {
  const g = new Float64Array(2);
  fill(x, y, g);
  return g[0]! * g[1]!;
}
`;
  const r = compile(source, { fileName: path.join(project.dir, "effects.ts"), variants: VERIFY_VARIANTS.derivatives });
  expect(r.diagnostics).toEqual([]);
  expect(unreadLocals(r.files)).toEqual([]);
  expect(r.files.map((g) => g.code).join("\n")).not.toMatch(/Math\.exp|Math\.sin/);
});

/** tsc's "declared but its value is never read" (noUnusedLocals) on generated modules. */
function unreadLocals(files: Array<{ path: string; code: string }>): string[] {
  const checker = new Project({ useInMemoryFileSystem: true, compilerOptions: { noUnusedLocals: true, strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022 } });
  for (const g of files) checker.createSourceFile(path.basename(g.path), g.code.replace(/^import .*$/gm, "declare const tape: any;"));
  return checker.getPreEmitDiagnostics().filter((d) => d.getCode() === 6133).map((d) => `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()}`);
}

test("the tangent of a value that only feeds comparisons is not computed (an unread companion failed noUnusedLocals on saddle's ascent)", async () => {
  const source = `
/**
 * @differentiable
 * @domain x 0.5 1.5
 */
export function descend(x: number): number {
  let y = 1;
  let best = y * y - x;
  for (let k = 0; k < 5; k++) {
    const trial = y * 0.5 + x * 0.1;
    const ft = trial * trial - x;
    if (ft < best) {
      best = ft;
      y = trial;
    }
  }
  return y * x;
}
`;
  const r = compile(source, { fileName: path.join(project.dir, "descend.ts"), variants: VERIFY_VARIANTS.derivatives });
  expect(r.diagnostics).toEqual([]);
  expect(unreadLocals(r.files)).toEqual([]);
  expect(r.files.find((g) => g.variant === "tangent")!.code).not.toMatch(/best_d/);
  await verifyAll(source);
});

test("bitwise operators on integers, as real code writes them (#30 item 3): a bisection `(lo + hi) >> 1`, `n | 0`, `~~k`, `m >>= 1`; every check passes, and the values are JavaScript's", async () => {
  const source = `
/**
 * @differentiable
 * @wrt x
 * @length knots 6
 * @length values 6
 * @domain x 0.1 4.9
 * @domain n 6 6
 */
export function interp(x: number, knots: Float64Array, values: Float64Array, n: number): number {
  let lo = 0, hi = (n | 0) - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (knots[mid]! > x) hi = mid; else lo = mid;
  }
  const t = (x - knots[lo]!) / (knots[hi]! - knots[lo]!);
  return values[lo]! * (1 - t) + values[hi]! * t * t;
}
/**
 * @differentiable
 * @wrt x
 * @length a 8
 * @domain m 7 7
 */
export function halving(x: number, a: Float64Array, m: number): number {
  let s = 0;
  let k = m;
  while (k > 0) {
    s += a[~~k & 7]! * x;
    k >>= 1;
  }
  return s * a[(m ^ 5) << 1 >>> 0]!;
}
`;
  const f = file(source);
  const loaded = await loadCompiled(f, undefined, VERIFY_VARIANTS.derivatives);
  const knots = Float64Array.of(0, 1, 2, 3, 4, 5), values = Float64Array.of(1, 3, 2, 5, 4, 6);
  // x = 2.5: knots 2 and 3, t = 0.5, 2·0.5 + 5·0.25; derivative −2·1 + 5·2·0.5
  const g = new Float64Array(1);
  expect(loaded.variants.adjoint!.interp_adjoint!(2.5, knots, values, 6, 1, g)).toBe(2.25);
  expect(g[0]).toBe(3);
  const a = Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8);
  // k = 7, 3, 1: a[7] + a[3] + a[1] = 14; (7 ^ 5) << 1 = 4: a[4] = 5
  const out = new Float64Array(2);
  loaded.variants.tangent!.halving_tangent!(2, a, 7, 1, out);
  expect(Array.from(out)).toEqual([140, 70]);
  // (interval checks over boxes that hold a knot cannot decide the bisection's branch)
  await verifyAll(source, /undecided branch/);
});

test("a bitwise operator of a real cuts it to an integer, as JavaScript does: derivative 0 for the cut, the real's own derivative kept; an interval that straddles an integer stops the call", async () => {
  const source = `
/**
 * @differentiable
 * @domain x 2.2 2.8
 */
export function f(x: number): number {
  return x * (x | 0) + (x >> 1);
}
`;
  const f = file(source);
  const loaded = await loadCompiled(f, undefined, [...VERIFY_VARIANTS.derivatives, ...VERIFY_VARIANTS.intervals]);
  // d/dx of x·trunc(x) + trunc(x)/2 at 2.5: trunc(2.5) = 2 (central differences would agree away from integers)
  const out = new Float64Array(2);
  loaded.variants.tangent!.f_tangent!(2.5, 1, out);
  expect(Array.from(out)).toEqual([6, 2]);
  // -2.5 | 0 is -2 (toward zero), -2.5 >> 1 is -1
  loaded.variants.tangent!.f_tangent!(-2.5, 1, out);
  expect(Array.from(out)).toEqual([4, -2]);
  const iv = loaded.variants.interval!.f_interval!;
  iv(2.2, 2.8, out);
  expect(out[0]).toBeCloseTo(5.4, 12);
  expect(out[1]).toBeCloseTo(6.6, 12);
  expect(() => iv(2.5, 3.5, out)).toThrow(/'\|' of a real that is not one integer over the box/);
  await verifyAll(source);
});

test("Math.floor, round and trunc where an integer is wanted (a table index, an integer local) are integers of derivative 0 (#30 item 3); an interval box whose bounds round differently stops the call", async () => {
  const source = `
/**
 * @differentiable
 * @wrt x
 * @length table 11
 * @domain x 0.02 0.97
 */
export function lookup(x: number, table: Float64Array): number {
  const k = Math.round(x * 10);
  let j = 0;
  j = Math.floor(x * 5);
  return table[k]! * x * x + table[j]! + table[Math.trunc(x * 3)]!;
}
`;
  const f = file(source);
  const loaded = await loadCompiled(f, undefined, [...VERIFY_VARIANTS.derivatives, ...VERIFY_VARIANTS.intervals]);
  const table = Float64Array.from({ length: 11 }, (_, i) => 1 + i * i);
  const g = new Float64Array(1);
  // x = 0.43: k = 4, j = 2, trunc(1.29) = 1; value 17·0.43² + 5 + 2, derivative 2·17·0.43
  expect(loaded.variants.adjoint!.lookup_adjoint!(0.43, table, 1, g)).toBeCloseTo(17 * 0.43 * 0.43 + 7, 14);
  expect(g[0]).toBeCloseTo(2 * 17 * 0.43, 14);
  const out = new Float64Array(2);
  loaded.variants.interval!.lookup_interval!(0.41, 0.44, table, table, out);
  expect(out[0]).toBeLessThanOrEqual(17 * 0.41 * 0.41 + 7);
  expect(out[1]).toBeGreaterThanOrEqual(17 * 0.44 * 0.44 + 7);
  expect(out[1]).toBeLessThan(17 * 0.45 * 0.45 + 7);
  expect(() => loaded.variants.interval!.lookup_interval!(0.41, 0.46, table, table, out)).toThrow(/Math.round of a real that is not one integer over the box/);
  await verifyAll(source, /not one integer over the box/);
});

test("a package function that is one of our primitives, exported as it is (`export const f = pkg.expm1`, `= Math.tan`), is an entry, not 'not a function the compiler can follow' (#30 item 5)", async () => {
  project.file("prims.cjs", "exports.expm1 = Math.expm1;\nexports.tan = Math.tan;\n");
  const source = `
import * as pkg from "./prims.cjs";
/**
 * @differentiable
 * @domain x -2 2
 */
export const em1 = pkg.expm1;
/**
 * @differentiable
 * @domain x -1.2 1.2
 */
export const tan = pkg.tan;
/**
 * @differentiable
 * @domain x 0.5 2
 * @domain y 0.5 2
 */
export const angle = Math.atan2;
`;
  const f = file(source);
  const loaded = await loadCompiled(f, undefined, VERIFY_VARIANTS.derivatives);
  const g = new Float64Array(2);
  // closed forms: expm1' = exp, tan' = 1 + tan², ∂atan2(x, y)/∂x = y / (x² + y²)
  expect(loaded.variants.adjoint!.em1_adjoint!(0.7, 1, g)).toBe(Math.expm1(0.7));
  expect(g[0]).toBeCloseTo(Math.exp(0.7), 14);
  g.fill(0);
  loaded.variants.adjoint!.tan_adjoint!(0.7, 1, g);
  expect(g[0]).toBeCloseTo(1 / Math.cos(0.7) ** 2, 14);
  g.fill(0);
  loaded.variants.adjoint!.angle_adjoint!(1.5, 0.5, 1, g);
  expect(g[0]).toBeCloseTo(0.5 / 2.5, 14);
  expect(g[1]).toBeCloseTo(-1.5 / 2.5, 14);
  await verifyAll(source);
});

test("Number(x) of a number is x, Number.isInteger is a predicate (three-valued over a box) (#30 item 4)", async () => {
  const source = `
/**
 * @differentiable
 * @wrt x
 * @domain x 0.3 2.7
 */
export function g(x: number, k: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return Number(k) * x;
  return Number(x) * Math.tan(x) + Math.atan2(x, 2);
}
`;
  const f = file(source);
  const loaded = await loadCompiled(f, undefined, [...VERIFY_VARIANTS.derivatives, ...VERIFY_VARIANTS.intervals]);
  const g = new Float64Array(1);
  expect(loaded.variants.adjoint!.g_adjoint!(2, 3, 1, g)).toBe(6);
  expect(g[0]).toBe(3);
  g.fill(0);
  loaded.variants.adjoint!.g_adjoint!(0.5, 3, 1, g);
  expect(g[0]).toBeCloseTo(Math.tan(0.5) + 0.5 / Math.cos(0.5) ** 2 + 2 / 4.25, 14);
  const out = new Float64Array(2);
  // [2.2, 2.4] holds no integer: the second formula, enclosed
  loaded.variants.interval!.g_interval!(2.2, 2.4, 3, 3, out);
  const v = (x: number) => x * Math.tan(x) + Math.atan2(x, 2);
  expect(out[0]).toBeLessThanOrEqual(Math.min(v(2.2), v(2.4)));
  expect(out[1]).toBeGreaterThanOrEqual(Math.max(v(2.2), v(2.4)));
  expect(out[1]).toBeLessThan(0);
  await verifyAll(source, /undecided/);
});

describe("stdlib's bit access as the operations it computes (#30 item 1)", () => {
  // a user's folder that has the packages installed (a link to ours)
  const user = tempProject("bits", { module: true });
  symlinkSync(path.resolve("node_modules"), user.path("node_modules"), "dir");
  const source = `
import getHighWord from "@stdlib/number-float64-base-get-high-word";
import getLowWord from "@stdlib/number-float64-base-get-low-word";
import fromWords from "@stdlib/number-float64-base-from-words";
import copysign from "@stdlib/math-base-special-copysign";
/**
 * @differentiable
 * @domain x 0.3 6
 */
export function f(x: number): number {
  const hx = getHighWord(x) & 0x7fffffff;
  const e = (hx >>> 20) - 1023; // the binary exponent
  const two = fromWords(0x40000000, 0);
  const odd = getLowWord(x) & 1;
  if (e < 1) return copysign(x * x, -1) + two + odd;
  return x * two * e + copysign(x, x - 3);
}
`;
  test("getHighWord, getLowWord (integers of a real: derivative 0), fromWords (a constant), copysign (±1 and 0): values are the packages', derivatives the closed forms, every check passes", async () => {
    const f = user.file("words.ts", source);
    const loaded = await loadCompiled(f, undefined, VERIFY_VARIANTS.derivatives);
    const pkg = (await import(f)) as { f: (x: number) => number };
    const adj = (x: number) => { const g = new Float64Array(1); const v = loaded.variants.adjoint!.f_adjoint!(x, 1, g); return [v, g[0]!]; };
    for (const x of [0.3, 1.25, 1.9, 2.5, 3.5, 5.75]) expect(adj(x)[0]).toBe(pkg.f(x));
    // x < 2: −x² + 2 + odd, derivative −2x; 2 ≤ x < 4: 2x·1 + copysign(x, x − 3), derivative 2 ∓ 1; x ≥ 4: 4x + x, 5
    expect(adj(1.25)[1]).toBe(-2.5);
    expect(adj(2.5)[1]).toBe(1);
    expect(adj(3.5)[1]).toBe(3);
    expect(adj(5.75)[1]).toBe(5);
    await verifyFile(f, /not one integer over the box|undecided branch/);
  });
});

test("an entry named like a helper another entry reaches first (gammaln reaches stdlib's sinpi; the file exports sinpi too) is not 'two annotated functions are named sinpi'", async () => {
  project.file("sq.cjs", "function sq(x) { return x * x; }\nmodule.exports = sq;\n");
  const source = `
import sqr from "./sq.cjs";
/** @differentiable */
export function g(x: number): number {
  return sqr(x) + 1;
}
/** @differentiable */
export const sq = sqr;
`;
  const loaded = await loadCompiled(file(source), undefined, VERIFY_VARIANTS.derivatives);
  const grad = new Float64Array(1);
  expect(loaded.variants.adjoint!.g_adjoint!(3, 1, grad)).toBe(10);
  expect(grad[0]).toBe(6);
  grad.fill(0);
  expect(loaded.variants.adjoint!.sq_adjoint!(3, 1, grad)).toBe(9);
  expect(grad[0]).toBe(6);
});

test("module constant arrays are declared once at the top of the generated module, not copied into a new array on every call (#30); two of one name and different values stay apart", async () => {
  project.file("table-a.ts", "const C = [0.5, -1.25, 2];\nexport function polyA(x: number): number {\n  let s = 0;\n  for (let i = C.length - 1; i >= 0; i--) s = s * x + C[i]!;\n  return s;\n}\n");
  // (weight, an exported arrow, is a helper named by its const: it was "a differentiated function needs a name")
  project.file("table-b.ts", "const C = new Float64Array([3, 4]);\nexport const weight = (k: number): number => C[k]!;\n");
  const source = `
import { polyA } from "./table-a.js";
import { weight } from "./table-b.js";
/**
 * @differentiable
 * @domain x -1 1
 */
export function f(x: number): number {
  let t = 0;
  for (let k = 0; k < 2; k++) t += weight(k) * polyA(x * (k + 1));
  return t;
}
/** @differentiable */
export function g(x: number): number {
  return weight(1) * x;
}
/** @differentiable */
export function h(x: number): number {
  return polyA(x);
}
`;
  const at = file(source);
  const r = compile(source, { fileName: at, variants: VERIFY_VARIANTS.derivatives });
  expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  for (const out of r.files) {
    // (g's C and h's C are two arrays of one name in two functions of the module: one is renamed)
    expect(out.code.match(/^const \w+ = Float64Array\.of\(0\.5, -1\.25, 2\);/gm), out.variant).toHaveLength(1);
    expect(out.code.match(/^const \w+ = Float64Array\.of\(3, 4\);/gm), out.variant).toHaveLength(1);
    expect(out.code, out.variant).not.toMatch(/new Float64Array\((2|3)\)/);
  }
  const loaded = await loadCompiled(at, undefined, VERIFY_VARIANTS.derivatives);
  // f = 3·p(x) + 4·p(2x), p(u) = 0.5 − 1.25u + 2u²: f′ = 3(−1.25 + 4x) + 8(−1.25 + 8x)
  const g = new Float64Array(1);
  const x = 0.3;
  expect(loaded.variants.adjoint!.f_adjoint!(x, 1, g)).toBeCloseTo(3 * (0.5 - 1.25 * x + 2 * x * x) + 4 * (0.5 - 2.5 * x + 8 * x * x), 14);
  expect(g[0]).toBeCloseTo(3 * (-1.25 + 4 * x) + 8 * (-1.25 + 8 * x), 13);
  g.fill(0);
  expect(loaded.variants.adjoint!.g_adjoint!(x, 1, g)).toBeCloseTo(4 * x, 15);
  g.fill(0);
  expect(loaded.variants.adjoint!.h_adjoint!(x, 1, g)).toBeCloseTo(0.5 - 1.25 * x + 2 * x * x, 15);
  expect(g[0]).toBeCloseTo(-1.25 + 4 * x, 15);
  await verifyAll(source);
});

test("a.subarray(k) and a.subarray(k, m) passed to a helper (C's pointer arithmetic, #30 item 6) are views it reads and writes in place; a view outside the array is an error naming the call", async () => {
  const source = `
function dot(a: Float64Array, b: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
  return s;
}
function scaleInto(out: Float64Array, x: Float64Array, c: number): void {
  for (let i = 0; i < out.length; i++) out[i] = c * x[i]!;
}
/**
 * @differentiable
 * @wrt w
 * @length w 6
 * @length x 3
 * @length tmp 6
 */
export function f(w: Float64Array, x: Float64Array, tmp: Float64Array, blocks = 2): number {
  const d = 3;
  let s = 0;
  for (let k = 0; k < blocks; k++) {
    scaleInto(tmp.subarray(k * d, (k + 1) * d), w.subarray(k * d), 2);
    s += dot(tmp.subarray(k * d), x, d) ** 2;
  }
  return s;
}
`;
  const at = file(source);
  const loaded = await loadCompiled(at, undefined, VERIFY_VARIANTS.derivatives);
  const own = (await import(at)) as { f: (w: Float64Array, x: Float64Array, tmp: Float64Array) => number };
  const w = Float64Array.of(0.3, -1.2, 0.7, 2.1, 0.4, -0.9), x = Float64Array.of(1.5, 0.25, -2);
  const g = new Float64Array(6), tmp = new Float64Array(6);
  const value = loaded.variants.adjoint!.f_adjoint!(w, x, tmp, 2, g, new Float64Array(6), 1);
  expect(value).toBe(own.f(w, x, new Float64Array(6)));
  // f = Σ_k (2·Σ_i w[3k + i]·x[i])²: ∂f/∂w[3k + i] = 8·(Σ_j w[3k + j]·x[j])·x[i]
  for (let k = 0; k < 2; k++) {
    const dk = w[3 * k]! * x[0]! + w[3 * k + 1]! * x[1]! + w[3 * k + 2]! * x[2]!;
    for (let i = 0; i < 3; i++) expect(g[3 * k + i]).toBeCloseTo(8 * dk * x[i]!, 13);
  }
  expect(Array.from(tmp)).toEqual(Array.from(w, (v) => 2 * v)); // written through the view
  expect(() => loaded.variants.adjoint!.f_adjoint!(w, x, tmp, 3, new Float64Array(6), new Float64Array(6), 1)).toThrow(/tmp\.subarray\(k \* d, \(k \+ 1\) \* d\) is not inside tmp/);
  await verifyAll(source);
});

test("copies of arrays (#30 item 6): a.slice(), a.slice(k, m), Float64Array.from(a), [...a] are local arrays filled from a; writing the copy leaves a alone", async () => {
  const source = `
/**
 * @differentiable
 * @length a 5
 */
export function f(a: Float64Array): number {
  const b = a.slice();
  const c = a.slice(1, 4);
  const d = Float64Array.from(a);
  const e = [...a];
  for (let i = 0; i < b.length; i++) b[i] = b[i]! * b[i]!;
  let s = 0;
  for (let i = 0; i < c.length; i++) s += c[i]! * b[i + 1]! + d[i]! * e[i + 1]!;
  return s + a[0]!;
}
`;
  const at = file(source);
  const loaded = await loadCompiled(at, undefined, VERIFY_VARIANTS.derivatives);
  const own = (await import(at)) as { f: (a: Float64Array) => number };
  const a = Float64Array.of(0.5, -1, 2, 0.25, 3), g = new Float64Array(5);
  expect(loaded.variants.adjoint!.f_adjoint!(a, g, 1)).toBe(own.f(Float64Array.from(a)));
  expect(Array.from(a)).toEqual([0.5, -1, 2, 0.25, 3]);
  // s = Σ_{i<3} a[i+1]³ + a[i]·a[i+1], plus a[0]
  const expected = [1 + a[1]!, 3 * a[1]! ** 2 + a[0]! + a[2]!, 3 * a[2]! ** 2 + a[1]! + a[3]!, 3 * a[3]! ** 2 + a[2]!, 0];
  expected.forEach((v, i) => expect(g[i]).toBeCloseTo(v, 14));
  await verifyAll(source);
});

test("CommonJS functions attached to an alias of exports (var e = exports; e.f = …, #30 item 2) are followed, also when they call each other through it", async () => {
  project.file("aliased.cjs", `"use strict";\nvar e = exports;\ne.square = function (x) { return x * x; };\ne.cube = function cube(x) { return x * e.square(x); };\n`);
  const source = `
// @ts-nocheck (an untyped CommonJS module)
import * as lib from "./aliased.cjs";
/** @differentiable */
export const cube = lib.cube;
`;
  const loaded = await loadCompiled(file(source), undefined, VERIFY_VARIANTS.derivatives);
  const g = new Float64Array(1);
  expect(loaded.variants.adjoint!.cube_adjoint!(1.5, 1, g)).toBe(3.375);
  expect(g[0]).toBe(3 * 1.5 * 1.5);
});

test("recursion is unrolled two levels below the first call (#30 item 6: lgamma's reflection for x < 0.5, a branch the @domain never takes; fact(3) → fact(2) → fact(1)); a call deeper than that throws naming the function", async () => {
  const source = `
const G = 7;
const P = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
/**
 * Lanczos' log-gamma with the reflection formula for x < 0.5.
 * @differentiable
 * @domain x 0.6 20
 */
export function lgamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  x -= 1;
  let a = P[0]!;
  const t = x + G + 0.5;
  for (let i = 1; i < G + 2; i++) a += P[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
`;
  const factorial = `
/**
 * @differentiable
 * @wrt x
 * @domain n 3 3
 */
export function fact(n: number, x: number): number {
  return n <= 1 ? x : n * fact(n - 1, x);
}
`;
  const at = file(source + factorial);
  const loaded = await loadCompiled(at, undefined, VERIFY_VARIANTS.derivatives);
  const own = (await import(at)) as { lgamma: (x: number) => number };
  const adj = loaded.variants.adjoint!;
  for (const x of [0.3, 4.5]) { // 0.3 takes the reflection
    const g = new Float64Array(1);
    expect(adj.lgamma_adjoint!(x, 1, g)).toBe(own.lgamma(x));
    // d/dx lnΓ(x) = ψ(x): ψ(0.3) = −3.502524222200133 (tables); ψ(4.5) = ψ(½) + 2 + 2/3 + 2/5 + 2/7, ψ(½) = −γ − 2 ln 2
    const psi45 = -0.5772156649015329 - 2 * Math.LN2 + 2 + 2 / 3 + 2 / 5 + 2 / 7;
    expect(g[0]).toBeCloseTo(x === 0.3 ? -3.502524222200133 : psi45, 9);
  }
  const g = new Float64Array(1);
  expect(adj.fact_adjoint!(3, 2, 1, g)).toBe(12);
  expect(g[0]).toBe(6);
  expect(() => adj.fact_adjoint!(4, 2, 1, new Float64Array(1))).toThrow(/fact calls itself more than 2 levels deep/);
  // (fact's n is a real here: differences of it would nest deeper; lgamma's every check)
  await verifyAll(source);
});

test("an array variable re-pointed (let cur = x; … cur = state.subarray(…), #30 item 6: C's re-pointed pointer, as in ADBench's LSTM) reads, writes and passes on the array it points to at run time", async () => {
  const source = `
function layer(out: Float64Array, input: Float64Array, w: Float64Array, k: number): void {
  for (let i = 0; i < out.length; i++) out[i] = Math.tanh(w[k]! * input[i]! + input[(i + 1) % input.length]!);
}
/**
 * @differentiable
 * @wrt w
 * @length x 3
 * @length w 3
 * @length state 6
 */
export function f(x: Float64Array, w: Float64Array, state: Float64Array): number {
  let cur = x;
  for (let l = 0; l < 2; l++) {
    layer(state.subarray(3 * l, 3 * l + 3), cur, w, l);
    cur = state.subarray(3 * l, 3 * l + 3);
  }
  let s = 0;
  for (let i = 0; i < cur.length; i++) s += cur[i]! * w[2]!;
  cur[0] = s;
  return s + state[0]!;
}
`;
  const at = file(source);
  const loaded = await loadCompiled(at, undefined, VERIFY_VARIANTS.derivatives);
  const own = (await import(at)) as { f: (x: Float64Array, w: Float64Array, state: Float64Array) => number };
  const x = Float64Array.of(0.4, -0.3, 0.8), w = Float64Array.of(0.9, -1.1, 0.6);
  const mine = new Float64Array(6), theirs = new Float64Array(6);
  const out = new Float64Array(2);
  loaded.variants.tangent!.f_tangent!(Float64Array.from(x), w, mine, new Float64Array(3), Float64Array.of(0, 0, 1), new Float64Array(6), out);
  expect(out[0]).toBe(own.f(Float64Array.from(x), w, theirs));
  expect(Array.from(mine)).toEqual(Array.from(theirs)); // the writes went where the source's went
  // ∂f/∂w[2] against a central difference of the source itself
  const h = 1e-6, fw = (c: number) => own.f(Float64Array.from(x), Float64Array.of(0.9, -1.1, c), new Float64Array(6));
  expect(out[1]).toBeCloseTo((fw(0.6 + h) - fw(0.6 - h)) / (2 * h), 8);
  await verifyAll(source);
});

test("a helper's local array, inlined in a loop, is allocated again each iteration: the adjoint tapes the array each allocation replaces (it read the last iteration's array in every iteration's reverse sweep: adjoint 65 % off)", async () => {
  await verifyAll(`
function sq(x: Float64Array, out: Float64Array): void {
  const t = new Float64Array(2);
  t[0] = x[0]! * x[0]!;
  t[1] = x[1]! * t[0]!;
  out[0] = t[1]! + t[0]!;
}
/**
 * @differentiable
 * @length a 4
 * @length r 2
 */
export function f(a: Float64Array, r: Float64Array): number {
  let s = 0;
  for (let i = 0; i < 2; i++) {
    sq(a.subarray(2 * i), r.subarray(i));
    s += r[i]!;
  }
  return s;
}
`);
});

test("classes with numeric fields and methods (#30 item 7): new C(…) is a record of the fields its constructor sets, a method is inlined with the fields as `this`, also on an instance passed in", async () => {
  const source = `
export class NormalDistribution {
  private readonly variance: number;
  constructor(readonly mu: number, readonly sigma: number) {
    this.variance = sigma * sigma;
  }
  pdf(x: number): number {
    const z = (x - this.mu) / this.sigma;
    return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI * this.variance);
  }
  logPdf(x: number): number {
    return Math.log(this.pdf(x));
  }
}
/**
 * @differentiable
 * @domain mu -1 1
 * @domain sigma 0.5 2
 * @domain x -2 2
 */
export function f(mu: number, sigma: number, x: number): number {
  const d = new NormalDistribution(mu, sigma);
  return d.logPdf(x) + new NormalDistribution(0, 1).pdf(x) * d.mu;
}
`;
  // (an instance passed in: verify's samples are plain objects, which have no methods, so g is checked here only)
  const passedIn = `
/**
 * @differentiable
 * @wrt x
 * @domain x -2 2
 * @domain dist.mu 0 0
 * @domain dist.sigma 1 1
 * @domain dist.variance 1 1
 */
export function g(dist: NormalDistribution, x: number): number {
  return dist.pdf(x);
}
`;
  const at = file(source + passedIn);
  const loaded = await loadCompiled(at, undefined, VERIFY_VARIANTS.derivatives);
  const own = (await import(at)) as { f: (mu: number, sigma: number, x: number) => number };
  const [mu, sigma, x] = [0.3, 1.4, -0.8];
  const grad = new Float64Array(3);
  expect(loaded.variants.adjoint!.f_adjoint!(mu, sigma, x, 1, grad)).toBe(own.f(mu, sigma, x));
  const phi = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
  expect(grad[0]).toBeCloseTo((x - mu) / sigma ** 2 + phi, 14);
  expect(grad[1]).toBeCloseTo(-1 / sigma + (x - mu) ** 2 / sigma ** 3, 14);
  expect(grad[2]).toBeCloseTo(-(x - mu) / sigma ** 2 - x * phi * mu, 14);
  const gx = new Float64Array(1);
  loaded.variants.adjoint!.g_adjoint!({ mu: 0, sigma: 1, variance: 1 }, x, 1, gx);
  expect(gx[0]).toBeCloseTo(-x * phi, 15);
  await verifyAll(source);
});

test("UMD and IIFE bundles (#30 item 2): functions defined inside a factory and reached as lib.normal.cdf, lib.erf, or an IIFE's returned object, are followed", async () => {
  project.file("umd.cjs", `(function (root, factory) {
  if (typeof define === "function" && define.amd) define([], factory);
  else if (typeof module === "object" && module.exports) module.exports = factory();
  else root.numlib = factory();
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  function erf(x) {
    var t = 1 / (1 + 0.5 * Math.abs(x));
    var y = 1 - t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? y : -y;
  }
  var lib = { version: "1.0" };
  lib.normal = { cdf: function (x, mean, std) { return 0.5 * (1 + erf((x - mean) / (std * Math.SQRT2))); } };
  lib.erf = erf;
  return lib;
}));
`);
  project.file("iife.cjs", "var tools = (function () {\n  var o = {};\n  o.cube = function (x) { return x * x * x; };\n  return o;\n})();\nmodule.exports = tools;\n");
  const source = `
// @ts-nocheck (untyped bundles)
import numlib from "./umd.cjs";
import tools from "./iife.cjs";
/**
 * @differentiable
 * @domain x -2 2
 * @domain mean -1 1
 * @domain std 0.5 2
 */
export const cdf = numlib.normal.cdf;
/** @differentiable */
export const erf = numlib.erf;
/** @differentiable */
export const cube = tools.cube;
`;
  const loaded = await loadCompiled(file(source), undefined, VERIFY_VARIANTS.derivatives);
  const lib = require(project.path("umd.cjs")) as { normal: { cdf: (x: number, m: number, s: number) => number } };
  const g = new Float64Array(3);
  expect(loaded.variants.adjoint!.cdf_adjoint!(0.4, 0.1, 1.3, 1, g)).toBe(lib.normal.cdf(0.4, 0.1, 1.3));
  const h = 1e-6, fd = (lib.normal.cdf(0.4 + h, 0.1, 1.3) - lib.normal.cdf(0.4 - h, 0.1, 1.3)) / (2 * h);
  expect(g[0]).toBeCloseTo(fd, 8);
  const gc = new Float64Array(1);
  expect(loaded.variants.adjoint!.cube_adjoint!(2, 1, gc)).toBe(8);
  expect(gc[0]).toBe(12);
  await verifyAll(source);
});

test("a helper returning an index (#30 item 3), called where an integer is wanted (const k = findBin(…) used as an index, table[findBin(…)]), returns an integer", async () => {
  const source = `
function findBin(x: number, edges: Float64Array, n: number): number {
  let i = 0;
  while (i < n - 1 && edges[i + 1]! <= x) i++;
  return i;
}
/**
 * @differentiable
 * @wrt x
 * @length edges 4
 * @length slope 4
 * @domain n 4 4
 * @domain x 0.1 3.9
 */
export function f(x: number, edges: Float64Array, slope: Float64Array, n: number): number {
  const k = findBin(x, edges, n);
  return slope[k]! * (x - edges[k]!) + slope[findBin(x * 0.5, edges, n)]!;
}
`;
  const loaded = await loadCompiled(file(source), undefined, VERIFY_VARIANTS.derivatives);
  const edges = Float64Array.of(0, 1, 2, 3), slope = Float64Array.of(2, -1, 3, 0.5), g = new Float64Array(1);
  // x = 2.5: bin 2 (slope 3), x / 2 = 1.25: bin 1 (slope −1)
  expect(loaded.variants.adjoint!.f_adjoint!(2.5, edges, slope, 4, 1, g)).toBe(3 * 0.5 - 1);
  expect(g[0]).toBe(3);
  await verifyAll(source, /undecided/);
});
