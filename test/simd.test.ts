/**
 * The WebAssembly SIMD backend (compiler/backend/wasm/): its results against the TypeScript
 * variants of the same functions (an independent backend of the same IR) and against Math.exp,
 * lane by lane with a different sample in every lane; its diagnostics; and the training gradients
 * on the MLP's committed SIMD build against the one-sample-at-a-time path.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { compile } from "../compiler/compile.js";
import { loadCompiled, type Loaded } from "../compiler/integration/load.js";
import { mlpFunctions } from "../train/mlp-surrogate.js";
import { mlpSimd } from "../models/generated/mlp.simd.js";
import { glorotNormal, mlpSizes, paramCount, activationCount } from "../train/mlp.js";
import { Rng } from "../runtime/random.js";
import { instantiateSimd, type SimdInstance, type SimdModule } from "../runtime/simd/instance.js";
import { lossGradient, workspace } from "../train/gradients.js";
import { ulps, ulps32 } from "./helpers/ulps.js";
import { sigmoid, silu } from "../runtime/index.js";

/** Ulps between a and b, with NaN equal to NaN and any other mismatch at ±∞ infinitely far. */
function ulpsOf(a: number, b: number): number {
  if ((Number.isNaN(a) && Number.isNaN(b)) || a === b) return 0;
  return Number.isFinite(a) && Number.isFinite(b) ? ulps(a, b) : Infinity;
}

/** Ulps between a and b in single precision, with NaN equal to NaN and any other mismatch at ±∞ infinitely far. */
function ulpsOf32(a: number, b: number): number {
  if ((Number.isNaN(a) && Number.isNaN(b)) || a === b) return 0;
  return Number.isFinite(a) && Number.isFinite(b) ? ulps32(a, b) : Infinity;
}

let fixture: Loaded;
let inst: SimdInstance;
/** The fixture's single-precision build (`@simd f32 …`). */
let inst32: SimdInstance;
/** The double-precision build (a function, for tests that pick one of the two). */
const inst0 = () => inst;
beforeAll(async () => {
  fixture = await loadCompiled("test/fixtures/simd.ts");
  inst = await instantiateSimd(fixture.variants.simd!.simdSimd as SimdModule);
  inst32 = await instantiateSimd(fixture.variants.simd!.simdSimdF32 as SimdModule);
});

/** Run a scalar SIMD function (real params, real result) on many points, `lanes` per call. */
function runScalar(name: string, points: number[][], on = inst): number[] {
  const f = on.func(name), L = on.lanes, inst = on;
  const sig = inst.mod.functions[name]!;
  const args = sig.params.map(() => inst.scalar());
  const out: number[] = [];
  for (let from = 0; from < points.length; from += L) {
    for (let l = 0; l < L; l++) {
      const p = points[Math.min(from + l, points.length - 1)]!;
      args.forEach((a, k) => { a.data[l] = p[k]!; });
    }
    f(args);
    for (let l = 0; l < L && from + l < points.length; l++) out.push(f.ret!.data[l]!);
  }
  return out;
}

describe("vector math", () => {
  test("exp is within 2 ulps of Math.exp over the whole range, with its special values", () => {
    const rng = new Rng(11);
    const xs = [0, -0, 1, -1, 1e-300, -1e-300, 709.78, 709.79, 710, -708.4, -744, -745.2, -746, -1000, 1000, Infinity, -Infinity, NaN];
    for (let i = 0; i < 20000; i++) xs.push((rng.uniform() * 2 - 1) * 750);
    for (let i = 0; i < 5000; i++) xs.push((rng.uniform() * 2 - 1) * 2 ** -rng.int(0, 60));
    const got = runScalar("expOf", xs.map((x) => [x]));
    let worst = 0, at = 0;
    xs.forEach((x, i) => {
      const e = Math.exp(x), g = got[i]!;
      // below 2^-1022 both are subnormal: compare absolutely
      const u = Math.abs(e) < 2.2250738585072014e-308 ? Math.abs(g - e) / 5e-324 : ulpsOf(g, e);
      if (u > worst) { worst = u; at = x; }
    });
    expect(worst, `worst at x = ${at}`).toBeLessThanOrEqual(2);
  });

  test("expm1 is within 3 ulps of Math.expm1, also near 0 (where exp(x) - 1 would lose every digit), with its special values", () => {
    const rng = new Rng(13);
    const xs = [0, -0, 1e-300, -1e-300, 1e-17, -1e-17, 0.3465, -0.3466, 709.78, 709.79, 710, -37, -60, -1000, 1000, Infinity, -Infinity, NaN];
    for (let i = 0; i < 20000; i++) xs.push((rng.uniform() * 2 - 1) * 750);
    for (let i = 0; i < 10000; i++) xs.push((rng.uniform() * 2 - 1) * 2 ** -rng.int(0, 60));
    const got = runScalar("expm1Of", xs.map((x) => [x]));
    let worst = 0, at = 0;
    xs.forEach((x, i) => {
      const u = ulpsOf(got[i]!, Math.expm1(x));
      if (u > worst) { worst = u; at = x; }
    });
    expect(worst, `worst at x = ${at}`).toBeLessThanOrEqual(3);
  });

  test("sigmoid and silu agree with the runtime's within 4 ulps; derivatives with the TypeScript adjoint", () => {
    const rng = new Rng(12);
    const xs = [0, -0, 40, -40, 800, -800, 1e-12];
    for (let i = 0; i < 4000; i++) xs.push((rng.uniform() * 2 - 1) * 30);
    const got = runScalar("activations", xs.map((x) => [x]));
    xs.forEach((x, i) => expect(ulpsOf(got[i]!, fixture.source.activations(x)), `x = ${x}`).toBeLessThanOrEqual(4));
  });
});

describe("vector math in single precision (f32x4, 8 samples per call)", () => {
  /** The build's results at x rounded to a float, against `ref` at that float rounded to a float. */
  function worstUlps(name: string, xs: number[], ref: (x: number) => number): { worst: number; at: number } {
    const fx = xs.map((x) => Math.fround(x));
    const got = runScalar(name, fx.map((x) => [x]), inst32);
    let worst = 0, at = 0;
    fx.forEach((x, i) => {
      const e = Math.fround(ref(x)), g = got[i]!;
      // below 2^-126 both are subnormal: compare absolutely, in units of the smallest subnormal
      const u = Math.abs(e) < 1.1754943508222875e-38 ? Math.abs(g - e) / 1.401298464324817e-45 : ulpsOf32(g, e);
      if (u > worst) { worst = u; at = x; }
    });
    return { worst, at };
  }

  test("the build runs 8 samples per call, its regions are Float32Arrays", () => {
    expect(inst32.lanes).toBe(8);
    expect(inst32.precision).toBe("f32");
    expect(inst32.scalar().data).toBeInstanceOf(Float32Array);
  });

  test("exp is within 2 ulps of the correctly rounded float, over the whole float range, with its special values", () => {
    const rng = new Rng(11);
    const xs = [0, -0, 1, -1, 1e-30, -1e-30, 88.72, 88.73, 89, -87.3, -103, -103.97, -104, -1000, 1000, Infinity, -Infinity, NaN];
    for (let i = 0; i < 20000; i++) xs.push((rng.uniform() * 2 - 1) * 105);
    for (let i = 0; i < 5000; i++) xs.push((rng.uniform() * 2 - 1) * 2 ** -rng.int(0, 30));
    const { worst, at } = worstUlps("expOf", xs, Math.exp);
    expect(worst, `worst at x = ${at}`).toBeLessThanOrEqual(2);
  });

  test("expm1 is within 2 ulps of the correctly rounded float, also near 0, with its special values", () => {
    const rng = new Rng(13);
    const xs = [0, -0, 1e-30, -1e-30, 1e-9, -1e-9, 0.3465, -0.3466, 88.72, 88.73, 89, -17, -30, -1000, 1000, Infinity, -Infinity, NaN];
    for (let i = 0; i < 20000; i++) xs.push((rng.uniform() * 2 - 1) * 100);
    for (let i = 0; i < 10000; i++) xs.push((rng.uniform() * 2 - 1) * 2 ** -rng.int(0, 30));
    const { worst, at } = worstUlps("expm1Of", xs, Math.expm1);
    expect(worst, `worst at x = ${at}`).toBeLessThanOrEqual(2);
  });

  test("sigmoid and silu within 4 float ulps of the terms of the runtime's (double) sum; adjoints lane by lane", () => {
    const rng = new Rng(12);
    const xs = [0, -0, 40, -40, 200, -200, 1e-12];
    for (let i = 0; i < 4000; i++) xs.push((rng.uniform() * 2 - 1) * 30);
    // sigmoid(x) + silu(x)/2 cancels near x = −2, so the error is measured against the terms' size
    // (and below the smallest float, 2^-149, the float result is 0: e^-200 underflows)
    const fx = xs.map((x) => Math.fround(x)), got = runScalar("activations", fx.map((x) => [x]), inst32);
    fx.forEach((x, i) => {
      const terms = Math.abs(sigmoid(x)) + 0.5 * Math.abs(silu(x));
      expect(Math.abs(got[i]! - fixture.source.activations(x)), `x = ${x}`).toBeLessThanOrEqual(4 * 2 ** -24 * terms + 2 ** -149);
    });
    // the adjoint: d/dx against the TypeScript adjoint at the same (float) points, to float accuracy
    const f = inst32.func("activations_adjoint"), L = inst32.lanes, x = inst32.scalar(), seed = inst32.scalar(), grad = inst32.sample(1);
    for (let from = 0; from + L <= xs.length; from += L) {
      grad.data.fill(0);
      for (let l = 0; l < L; l++) { x.data[l] = xs[from + l]!; seed.data[l] = 1; }
      f([x, seed, grad]);
      for (let l = 0; l < L; l++) {
        const g = new Float64Array(1);
        fixture.variants.adjoint!.activations_adjoint(x.data[l]!, 1, g);
        expect(Math.abs(grad.data[l]! - g[0]!), `x = ${x.data[l]}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(g[0]!)));
      }
    }
  });
});

describe("lanes", () => {
  test("abs/max choices and adjoints per lane match the TypeScript adjoint", () => {
    const f = inst.func("kinks_adjoint"), L = inst.lanes;
    const x = inst.scalar(), y = inst.scalar(), seed = inst.scalar(), grad = inst.sample(2);
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })), { minLength: L, maxLength: L }), (pts) => {
      grad.data.fill(0);
      pts.forEach(([a, b], l) => { x.data[l] = a; y.data[l] = b; seed.data[l] = l + 1; });
      f([x, y, seed, grad]);
      pts.forEach(([a, b], l) => {
        const g = new Float64Array(2);
        const v = fixture.variants.adjoint!.kinks_adjoint(a, b, l + 1, g);
        expect(f.ret!.data[l]).toBeCloseTo(v, 13);
        expect(grad.data[0 * L + l]).toBeCloseTo(g[0]!, 12);
        expect(grad.data[1 * L + l]).toBeCloseTo(g[1]!, 12);
      });
    }), { numRuns: 200, seed: 3 });
  });

  // f32: the inputs are floats for both sides, so only the build's float arithmetic differs (~1e-7 relative)
  test.each([["f64", 13, 12], ["f32", 5, 5]] as const)("a shared array's adjoint is the sum over the lanes; per-sample adjoints stay per lane (%s)", (precision, digits, sumDigits) => {
    const inst = precision === "f32" ? inst32 : inst0();
    const round = precision === "f32" ? Math.fround : (v: number) => v;
    const n = 9, L = inst.lanes, rng = new Rng(13);
    const f = inst.func("weighted_adjoint");
    const w = inst.shared(n), x = inst.sample(n), wb = inst.accumulator(n), xb = inst.sample(n), seed = inst.scalar();
    const wv = Float64Array.from({ length: n }, () => round(rng.normal()));
    w.data.set(wv);
    const xs = Array.from({ length: L }, () => Float64Array.from({ length: n }, () => round(rng.normal())));
    xs.forEach((xl, l) => { for (let i = 0; i < n; i++) x.data[i * L + l] = xl[i]!; seed.data[l] = 0.5 * (l + 1); });
    f([w, x, n, wb, xb, seed]);
    const wbRef = new Float64Array(n);
    const sum = new Float64Array(n);
    inst.sumInto(wb, sum);
    xs.forEach((xl, l) => {
      const xbRef = new Float64Array(n);
      const v = fixture.variants.adjoint!.weighted_adjoint(wv, xl, n, wbRef, xbRef, 0.5 * (l + 1));
      expect(f.ret!.data[l]).toBeCloseTo(v, digits);
      for (let i = 0; i < n; i++) expect(xb.data[i * L + l]).toBeCloseTo(xbRef[i]!, digits);
    });
    for (let i = 0; i < n; i++) expect(sum[i]).toBeCloseTo(wbRef[i]!, sumDigits);
  });

  test("arguments of the wrong kind and a tape that is too small are clear errors", async () => {
    const f = inst.func("weighted_adjoint");
    expect(() => f([inst.sample(3), inst.sample(3), 3, inst.accumulator(3), inst.sample(3), inst.scalar()])).toThrow(/'w' needs a shared region, got a sample region/);
    const small = await instantiateSimd(mlpSimd, { tapeBytes: 1024 });
    const sizes = mlpSizes(3, 16, 2), nP = paramCount(sizes), nA = activationCount(sizes);
    const g = small.func("mlp_tangent_adjoint");
    expect(() => g([small.shared(nP), small.sample(3), small.sample(nA), small.ints(sizes), small.sample(3), small.sample(nA), small.sample(2), small.accumulator(nP), small.sample(nA), small.sample(nA), small.sample(2)]))
      .toThrow(/models\/mlp\.ts: SIMD mlp_tangent_adjoint stopped: real tape overflow \(pass a larger tapeBytes/);
    const ints = await instantiateSimd(mlpSimd, { intTapeBytes: 8 });
    const h = ints.func("mlp_tangent_adjoint");
    expect(() => h([ints.shared(nP), ints.sample(3), ints.sample(nA), ints.ints(sizes), ints.sample(3), ints.sample(nA), ints.sample(2), ints.accumulator(nP), ints.sample(nA), ints.sample(nA), ints.sample(2)]))
      .toThrow(/stopped: integer tape overflow \(pass a larger intTapeBytes/);
  });
});

describe("diagnostics", () => {
  const src = (body: string, tags = "@simd primal") => `/**\n * @differentiable\n * ${tags}\n */\nexport function f(x: number, a: Float64Array, n: number): number {\n${body}\n}\n`;
  const diag = (s: string) => {
    const r = compile(s, { fileName: "bad.ts", cwd: "/nonexistent" });
    expect(r.files).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    return r.diagnostics[0]!;
  };
  test("a branch on a per-sample value names the line", () => {
    const d = diag(src("let y = x;\nif (x > 0) {\n  y = 2 * x;\n}\nreturn y;"));
    expect(d.message).toMatch(/f \(SIMD backend\): an if tests a per-sample \(real\) value/);
    expect(d.loc.line).toBe(7);
  });
  test("an intrinsic without a vector version", () => {
    expect(diag(src("return Math.sin(x);")).message).toMatch(/'sin' has no SIMD implementation yet/);
  });
  test("@simd names a variant the function does not have", () => {
    expect(diag(src("return x;", "@simd tangent_adjoint")).message).toMatch(/@simd names 'tangent_adjoint', which is not a variant of f \(variants: primal, tangent, adjoint\)/);
  });
  test("a shared array written per sample", () => {
    expect(diag(src("a[0] = x;\nreturn x;", "@simd primal\n * @shared a")).message).toMatch(/shared array 'a' \(from @shared a\) is written other than by 'a\[i\] \+= …'/);
  });
  test("@shared names a scalar", () => {
    expect(diag(src("return x;", "@simd primal\n * @shared x")).message).toMatch(/@shared names 'x', which is not a Float64Array parameter/);
  });
});

describe("training gradients on the MLP's SIMD builds", () => {
  // f64: the same arithmetic in another order, so rounding-level agreement. f32: every operation
  // rounds to 2^-24 relative; the longest path (3 layers of width ≤ 9, forward and both reverse
  // sweeps) has a few hundred of them, hence 1e-5 of the gradient's scale. An error in the build is O(1).
  const TOLERANCE = { f64: { loss: 12, grad: 1e-12 }, f32: { loss: 5, grad: 1e-5 } } as const;
  test.each(["f64", "f32"] as const)("plain, Sobolev and second-order gradients in %s equal the one-sample-at-a-time TypeScript path (any batch size, padding included)", (precision) => {
    expect(precision === "f32" ? mlpFunctions.simdF32 : mlpFunctions.simd, "the SIMD build loads").toBeDefined();
    const tol = TOLERANCE[precision];
    fc.assert(fc.property(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 1000 }), (B, width, depth, seed) => {
      const n = 3, sizes = mlpSizes(n, width, depth), rng = new Rng(seed);
      const params = glorotNormal(sizes, rng), nP = paramCount(sizes), nA = activationCount(sizes);
      const count = 12;
      const x = Float64Array.from({ length: count * n }, () => rng.normal());
      const y = Float64Array.from({ length: count }, () => rng.normal());
      const d = Float64Array.from({ length: count * n }, () => rng.normal());
      const index = Int32Array.from({ length: B }, () => rng.int(0, count - 1));
      // second order: symmetric Hessian labels, two directions
      const h = new Float64Array(count * n * n);
      for (let s = 0; s < count; s++) for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) h[s * n * n + i * n + j] = h[s * n * n + j * n + i] = rng.normal();
      const dirs = Float64Array.from({ length: 2 * n }, () => rng.normal());
      for (const loss of ["plain", "sobolev", "second-order"] as const) {
        const gs = new Float64Array(nP), gj = new Float64Array(nP);
        const ls = lossGradient(loss, mlpFunctions, params, sizes, { x, y, d, h, dirs, index }, gs, workspace(nP, nA, n), "auto", precision);
        const lj = lossGradient(loss, mlpFunctions, params, sizes, { x, y, d, h, dirs, index }, gj, workspace(nP, nA, n), "js");
        for (let k = 0; k < 3; k++) expect(ls[k]).toBeCloseTo(lj[k]!, tol.loss);
        let scale = 0;
        for (const v of gj) scale = Math.max(scale, Math.abs(v));
        for (let i = 0; i < nP; i++) expect(Math.abs(gs[i]! - gj[i]!), `${loss} gradient ${i}`).toBeLessThanOrEqual(tol.grad * scale + 1e-300);
      }
    }), { numRuns: 40, seed: 21 });
  });
});
