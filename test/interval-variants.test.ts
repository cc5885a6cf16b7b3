/**
 * Interval and interval-adjoint variants: on the MLP, every hidden neuron's recorded interval value
 * and interval adjoint contain the point value and point adjoint at points of the box (what
 * significance analysis reads); enclosure checks catch a planted narrowing.
 */
import { expect, test } from "vitest";
import { mlp } from "../models/mlp.js";
import { mlp_adjoint } from "../models/generated/mlp.adjoint.js";
import { mlp_adjoint_interval } from "../models/generated/mlp.adjoint_interval.js";
import { mlp_interval } from "../models/generated/mlp.interval.js";
import type { AnyFn, FnSpec } from "../runtime/checks/index.js";
import { checkEnclosure } from "../runtime/checks/index.js";
import { activationCount, glorotNormal, mlpSizes, paramCount } from "../train/mlp.js";
import { probes } from "../runtime/probes.js";
import { Rng } from "../runtime/random.js";
import { div, interval } from "../runtime/interval/index.js";
import { loadFixture } from "./helpers/load.js";
import { loadCompiled } from "../compiler/integration/load.js";

test("MLP: interval values and interval adjoints of every hidden neuron contain the point ones", () => {
  const sizes = mlpSizes(7, 8, 3), hidden = 24;
  const rng = new Rng(5);
  const params = glorotNormal(sizes, rng);
  const xl = Float64Array.from({ length: 7 }, () => rng.range(0.6, 1.2));
  const xh = xl.map((v) => v + 0.2);
  const nAct = activationCount(sizes), nP = paramCount(sizes);
  const out = new Float64Array(2);
  mlp_adjoint_interval(params, xl, xh, new Float64Array(nAct), new Float64Array(nAct), sizes,
    new Float64Array(7), new Float64Array(7), new Float64Array(nAct), new Float64Array(nAct), 1, out);
  const vLo = probes.valueLo.slice(0, hidden), vHi = probes.valueHi.slice(0, hidden);
  const aLo = probes.adjointLo.slice(0, hidden), aHi = probes.adjointHi.slice(0, hidden);
  const yBox = new Float64Array(2);
  mlp_interval(params, xl, xh, new Float64Array(nAct), new Float64Array(nAct), sizes, yBox);
  expect([out[0], out[1]]).toEqual([yBox[0], yBox[1]]);
  for (let s = 0; s < 50; s++) {
    const x = xl.map((v, i) => v + rng.uniform() * (xh[i]! - v));
    const act = new Float64Array(nAct);
    const y = mlp_adjoint(params, x, act, sizes, new Float64Array(nP), new Float64Array(7), new Float64Array(nAct), 1);
    expect(y).toBe(mlp(params, x, new Float64Array(nAct), sizes));
    expect(y).toBeGreaterThanOrEqual(out[0]!);
    expect(y).toBeLessThanOrEqual(out[1]!);
    for (let k = 0; k < hidden; k++) {
      expect(probes.value[k]).toBeGreaterThanOrEqual(vLo[k]!);
      expect(probes.value[k]).toBeLessThanOrEqual(vHi[k]!);
      expect(probes.adjoint[k]).toBeGreaterThanOrEqual(aLo[k]!);
      expect(probes.adjoint[k]).toBeLessThanOrEqual(aHi[k]!);
    }
  }
  // the intervals are informative, not [-inf, inf]
  for (let k = 0; k < hidden; k++) expect(vHi[k]! - vLo[k]!).toBeLessThan(5);
});

test("the enclosure check catches an interval result narrowed by 10%", async () => {
  const fx = await loadFixture("test/fixtures/catalogue.ts");
  const iv = await loadCompiled("test/fixtures/catalogue.ts", undefined, [{ steps: [{ mode: "interval" }] }, { steps: [{ mode: "adjoint" }, { mode: "interval" }] }]);
  const spec = (variant: string, name: string) => iv.output.files.find((f) => f.variant === variant)!.functions.find((f) => f.name === name)!;
  const v = fx.variants("trig");
  const good = checkEnclosure({ primal: v.primal, adjoint: v.adjoint, interval: { fn: iv.variants.interval!.trig_interval, spec: spec("interval", "trig_interval") } }, { samples: 20 });
  expect(good[0]).toMatchObject({ check: "interval-value", pass: true });
  const narrowed = (...args: unknown[]) => {
    iv.variants.interval!.trig_interval(...args);
    const o = args[4] as Float64Array, w = o[1]! - o[0]!;
    o[0]! += 0.1 * w;
    o[1]! -= 0.1 * w;
  };
  const bad = checkEnclosure({ primal: v.primal, interval: { fn: narrowed, spec: spec("interval", "trig_interval") } }, { samples: 20 });
  expect(bad[0]).toMatchObject({ check: "interval-value", pass: false });
});

test("interval(x): point weights use the point product rules, and still enclose values and adjoints", async () => {
  const fx = await loadFixture("test/fixtures/point-weights.ts");
  const primal = { fn: fx.loaded.source.twoNeurons as AnyFn, spec: fx.loaded.output.functions.find((f) => f.name === "twoNeurons")! as FnSpec };
  const adjoint = fx.fn("adjoint", "twoNeurons_adjoint");
  const iv = fx.fn("interval", "twoNeurons_interval"), ia = fx.fn("adjoint_interval", "twoNeurons_adjoint_interval");
  // w and bias stay single parameters; x becomes a pair
  expect(iv.spec.params.map((p) => p.name)).toEqual(["w", "x_lo", "x_hi", "bias", "out"]);
  const code = fx.loaded.output.files.find((f) => f.variant === "interval")!.code;
  expect(code).toContain("fmaPointLo(");
  expect(code).toContain("mulPointLo(");
  const res = checkEnclosure({ primal, adjoint, interval: iv, adjointInterval: ia }, { samples: 40, seed: 11 });
  expect(res.map((r) => [r.check, r.pass, r.skipped])).toEqual([["interval-value", true, undefined], ["interval-adjoint", true, undefined]]);
  // and the check can fail: the same variant with its output pulled 10% inward
  const narrowed = (...args: unknown[]) => {
    (iv.fn as (...a: unknown[]) => void)(...args);
    const o = args[4] as Float64Array, width = o[1]! - o[0]!;
    o[0]! += 0.1 * width;
    o[1]! -= 0.1 * width;
  };
  expect(checkEnclosure({ primal, interval: { fn: narrowed, spec: iv.spec } }, { samples: 40, seed: 11 })[0]).toMatchObject({ pass: false });
});

test("interval(x) dot products (midpoint-radius loop): contain the exact hull, the corners, and are within rounding of it", async () => {
  const fx = await loadFixture("test/fixtures/point-weights.ts");
  const f = fx.loaded.source.affine as (w: Float64Array, x: Float64Array, b: number) => number;
  const iv = fx.fn("interval", "affine_interval").fn as (w: Float64Array, lo: Float64Array, hi: Float64Array, b: number, out: Float64Array) => void;
  expect(fx.loaded.output.files.find((g) => g.variant === "interval")!.code).toMatch(/rad\d* \+= /);
  const rng = new Rng(21);
  const out = new Float64Array(2);
  for (let t = 0; t < 500; t++) {
    const scale = 10 ** rng.range(-3, 3);
    const w = Float64Array.from({ length: 8 }, () => rng.range(-2, 2) * scale);
    const lo = Float64Array.from({ length: 8 }, () => rng.range(-3, 3) * scale);
    const hi = lo.map((l) => l + rng.uniform() * scale);
    const bias = rng.range(-1, 1);
    iv(w, lo, hi, bias, out);
    // the extreme corners, evaluated by the primal (a linear function attains its range there)
    const cLo = f(w, lo.map((l, i) => (w[i]! > 0 ? l : hi[i]!)), bias), cHi = f(w, lo.map((l, i) => (w[i]! > 0 ? hi[i]! : l)), bias);
    const mag = Math.abs(bias) + w.reduce((a, wi, i) => a + Math.abs(wi) * Math.max(Math.abs(lo[i]!), Math.abs(hi[i]!)), 0);
    const slack = 1e-13 * mag; // the primal's own rounding at the corners, and the loop's a-priori bound
    expect(out[0]).toBeLessThanOrEqual(cLo + 1e-15 * mag);
    expect(out[1]).toBeGreaterThanOrEqual(cHi - 1e-15 * mag);
    expect(out[0]).toBeGreaterThan(cLo - slack); // tight: not narrowed, not widened beyond rounding
    expect(out[1]).toBeLessThan(cHi + slack);
  }
});

test("interval adjoints scattered through point weights (midpoint-radius, branch-free): contain [a] + w·[s_b] and are within rounding of it", async () => {
  const fx = await loadFixture("test/fixtures/point-weights.ts");
  const ia = fx.fn("adjoint_interval", "neuron_adjoint_interval").fn as (w: Float64Array, lo: Float64Array, hi: Float64Array, bLo: Float64Array, bHi: Float64Array, seed: number, out: Float64Array) => void;
  expect(fx.loaded.output.files.find((g) => g.variant === "adjoint_interval")!.code).toMatch(/const Q\d* = Math\.abs\(/);
  const rng = new Rng(22);
  const out = new Float64Array(2);
  let fallback = 0;
  for (let t = 0; t < 500; t++) {
    const scale = 10 ** rng.range(-3, 3);
    const w = Float64Array.from({ length: 8 }, () => rng.range(-2, 2) * scale);
    const lo = Float64Array.from({ length: 8 }, () => rng.range(-3, 3) / scale);
    const hi = lo.map((l) => l + (rng.uniform() * 2) / scale);
    // what the caller's adjoint arrays held before (accumulated into); now and then huge (runtime rule)
    const huge = t % 50 === 0;
    if (huge) fallback++;
    const a0Lo = Float64Array.from({ length: 8 }, () => (huge ? 1e300 : rng.range(-1, 1) * scale));
    const a0Hi = a0Lo.map((a) => a + rng.uniform() * Math.abs(a));
    const bLo = a0Lo.slice(), bHi = a0Hi.slice();
    const seed = rng.range(-2, 2);
    ia(w, lo, hi, bLo, bHi, seed, out);
    const sLo = probes.adjointLo[0]!, sHi = probes.adjointHi[0]!; // the neuron's interval adjoint, recorded by mark
    for (let i = 0; i < 8; i++) {
      const p = [w[i]! * sLo, w[i]! * sHi];
      const eLo = a0Lo[i]! + Math.min(...p), eHi = a0Hi[i]! + Math.max(...p);
      const mag = Math.abs(a0Lo[i]!) + Math.abs(a0Hi[i]!) + Math.max(...p.map(Math.abs));
      expect(bLo[i]).toBeLessThanOrEqual(eLo + 4e-16 * mag); // the exact sum is within an ulp of eLo
      expect(bHi[i]).toBeGreaterThanOrEqual(eHi - 4e-16 * mag);
      expect(bLo[i]).toBeGreaterThan(eLo - 1e-14 * mag); // tight: widened by rounding only
      expect(bHi[i]).toBeLessThan(eHi + 1e-14 * mag);
    }
  }
  expect(fallback).toBeGreaterThan(0);
});

test("interval quotients in generated code: contain the certified runtime result, within 4 ulps of it; divisors containing 0 take the runtime's hull", async () => {
  const fx = await loadFixture("test/fixtures/point-weights.ts");
  const iv = fx.fn("interval", "quotient_interval").fn as (lo: Float64Array, hi: Float64Array, out: Float64Array) => void;
  expect(fx.loaded.output.files.find((g) => g.variant === "interval")!.code).toMatch(/const q\d* = /);
  const rng = new Rng(23);
  const out = new Float64Array(2);
  const ulps = (a: number, b: number) => Math.abs(a - b) / (Number.EPSILON * Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE));
  let zero = 0;
  for (let t = 0; t < 2000; t++) {
    const s = 10 ** rng.range(-3, 3);
    const a = rng.range(-2, 2) * s, b = a + rng.uniform() * s;
    const c = rng.range(-2, 2), d = t % 10 === 0 ? c + 3 : c + rng.uniform() * 0.5; // now and then across 0
    iv(Float64Array.of(a, c), Float64Array.of(b, d), out);
    const want = div(interval(a, b), interval(c, d));
    if (c <= 0 && d >= 0) {
      zero++;
      expect([out[0], out[1]]).toEqual([want.lo, want.hi]);
      continue;
    }
    expect(out[0]).toBeLessThanOrEqual(want.lo);
    expect(out[1]).toBeGreaterThanOrEqual(want.hi);
    expect(ulps(out[0]!, want.lo)).toBeLessThanOrEqual(4);
    expect(ulps(out[1]!, want.hi)).toBeLessThanOrEqual(4);
  }
  expect(zero).toBeGreaterThan(50);
});
