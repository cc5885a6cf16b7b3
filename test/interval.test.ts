/**
 * Interval arithmetic: containment for random intervals and points (property tests), and named
 * edge cases (empty, entire, zero width, ±0, infinities, huge and tiny magnitudes, division by
 * intervals containing 0, SiLU's minimum).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as I from "../runtime/interval/index.js";
import { addDown, divUp, ETA, expDown, mulDown, nextDown, nextUp, outDown, outUp, PHI } from "../runtime/interval/round.js";
import { fmaPointHi, fmaPointLo, mulPointHi, mulPointLo, trigBounds, atanBounds } from "../runtime/interval/pairs.js";
import { sigmoid, silu, softplus } from "../runtime/intrinsics.js";

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
/** An interval [a, b] and a point inside it. */
const boxed = fc.tuple(finite, finite, fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b, t]) => {
  const lo = Math.min(a, b), hi = Math.max(a, b);
  const x = Math.min(hi, Math.max(lo, lo + t * (hi - lo)));
  return { X: I.interval(lo, hi), x };
});
const small = fc.tuple(fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([a, b, t]) => {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    return { X: I.interval(lo, hi), x: Math.min(hi, Math.max(lo, lo + t * (hi - lo))) };
  });

const contains = (X: I.Interval, v: number) => Number.isNaN(v) ? true : I.contains(X, v);

describe("containment of point results (property tests)", () => {
  const binary: Array<[string, (a: I.Interval, b: I.Interval) => I.Interval, (x: number, y: number) => number]> = [
    ["add", I.add, (x, y) => x + y], ["sub", I.sub, (x, y) => x - y], ["mul", I.mul, (x, y) => x * y],
    ["div", I.div, (x, y) => x / y], ["min", I.min, Math.min], ["max", I.max, Math.max],
  ];
  for (const [name, op, f] of binary) {
    test(name, () => fc.assert(fc.property(boxed, boxed, ({ X, x }, { X: Y, x: y }) => {
      const R = op(X, Y);
      const v = f(x, y);
      // the point result is rounded to nearest: the exact value lies within half an ulp, so the
      // enclosure must contain the rounded value or its neighbour on the exact side
      return !Number.isFinite(v) || contains(R, v) || contains(R, nextUp(v)) && contains(R, nextDown(v)) || I.contains(R, v);
    }), { seed: 42, numRuns: 2000 }));
  }
  const unary: Array<[string, (a: I.Interval) => I.Interval, (x: number) => number, typeof small]> = [
    ["neg", I.neg, (x) => -x, boxed], ["sqr", I.sqr, (x) => x * x, boxed], ["abs", I.abs, Math.abs, boxed],
    ["sqrt", I.sqrt, Math.sqrt, boxed], ["exp", I.exp, Math.exp, small], ["log", I.log, Math.log, boxed],
    ["tanh", I.tanh, Math.tanh, small], ["sigmoid", I.sigmoid, sigmoid, small], ["silu", I.silu, silu, small],
    ["softplus", I.softplus, softplus, small],
  ];
  for (const [name, op, f, arb] of unary) {
    test(name, () => fc.assert(fc.property(arb, ({ X, x }) => {
      const v = f(x);
      if (!Number.isFinite(v)) return true; // outside the domain (or log 0): the set-based result ignores it
      return I.contains(op(X), v);
    }), { seed: 43, numRuns: 3000 }));
  }
  // sin and cos exist only in pair form (generated code): trigBounds over [lo, hi], in place
  for (const [name, isSin, f] of [["sin", true, Math.sin], ["cos", false, Math.cos]] as const) {
    test(`${name} (generated code's rule)`, () => fc.assert(fc.property(small, ({ X, x }) => {
      const io = Float64Array.of(X.lo, X.hi);
      trigBounds(io, isSin);
      return io[0]! <= f(x) && f(x) <= io[1]! && io[0]! >= -1 && io[1]! <= 1;
    }), { seed: 45, numRuns: 3000 }));
  }
  test("atan (generated code's rule)", () => fc.assert(fc.property(boxed, ({ X, x }) => {
    const io = Float64Array.of(X.lo, X.hi);
    atanBounds(io);
    return io[0]! <= Math.atan(x) && Math.atan(x) <= io[1]! && io[1]! - io[0]! >= 0;
  }), { seed: 46, numRuns: 3000 }));
  test("pown", () => fc.assert(fc.property(small, fc.integer({ min: -6, max: 7 }), ({ X, x }, n) => {
    const v = x ** n;
    return !Number.isFinite(v) || I.contains(I.pown(X, n), v);
  }), { seed: 44, numRuns: 3000 }));
});

describe("edge cases", () => {
  const iv = I.interval;
  test("empty and entire", () => {
    expect(I.isEmpty(I.add(I.empty, iv(1, 2)))).toBe(true);
    expect(I.empty.lo).toBeNaN();
    expect(I.add(I.entire, iv(1, 2))).toEqual({ lo: -Infinity, hi: Infinity });
    expect(I.mul(iv(0, 0), I.entire)).toEqual({ lo: 0, hi: 0 });
    expect(I.isEmpty(I.sqrt(iv(-2, -1)))).toBe(true);
    expect(I.isEmpty(I.log(iv(-1, 0)))).toBe(true);
    expect(I.log(iv(0, 1))).toEqual({ lo: -Infinity, hi: 0 });
    expect(I.sqrt(iv(-1, 4))).toEqual({ lo: 0, hi: 2 });
    expect(I.isEmpty(iv(2, 1))).toBe(true);
    expect(I.isEmpty(iv(NaN, 1))).toBe(true);
  });
  test("zero width and signed zeros", () => {
    expect(I.mul(iv(3, 3), iv(-0, 0))).toEqual({ lo: 0, hi: 0 });
    expect(Object.is(iv(-0, 0).lo, 0)).toBe(true);
    expect(I.sqrt(iv(4, 4))).toEqual({ lo: 2, hi: 2 });
    expect(I.exp(iv(0, 0))).toEqual({ lo: 1, hi: 1 });
    expect(I.width(iv(1, 1))).toBe(0);
  });
  test("division by [0, 0], [-1, 1], [0, 2] and signed zero bounds", () => {
    expect(I.isEmpty(I.div(iv(1, 2), iv(0, 0)))).toBe(true);
    expect(I.div(iv(1, 2), iv(-1, 1))).toEqual({ lo: -Infinity, hi: Infinity });
    expect(I.div(iv(1, 2), iv(0, 2))).toEqual({ lo: 0.5, hi: Infinity });
    expect(I.div(iv(1, 2), iv(-0, 3))).toEqual({ lo: 1 / 3, hi: Infinity });
    expect(I.div(iv(0, 0), iv(-1, 3))).toEqual({ lo: 0, hi: 0 });
    expect(I.div(iv(-2, -1), iv(0, 2))).toEqual({ lo: -Infinity, hi: -0.5 });
    expect(I.div(iv(-2, 0), iv(0, 2))).toEqual({ lo: -Infinity, hi: 0 });
  });
  test("huge and tiny magnitudes: overflow and underflow round outward, never to a wrong side", () => {
    const big = Number.MAX_VALUE;
    expect(I.add(iv(big, big), iv(big, big))).toEqual({ lo: big, hi: Infinity });
    expect(I.mul(iv(1e-300, 1e-300), iv(1e-300, 1e-300))).toEqual({ lo: 0, hi: Number.MIN_VALUE });
    expect(I.div(iv(1, 1), iv(big, big)).lo).toBeGreaterThan(0);
    const t = I.mul(iv(3e-320, 3e-320), iv(1.5, 1.5));
    expect(t.lo).toBeLessThanOrEqual(4.5e-320);
    expect(t.hi).toBeGreaterThanOrEqual(4.5e-320);
  });
  test("add is tight: 0.1 + 0.2 encloses the exact sum by its two neighbouring doubles", () => {
    const r = I.add(iv(0.1), iv(0.2));
    expect(r.hi).toBe(0.30000000000000004); // fl(0.1 + 0.2) is above the exact sum of the two doubles
    expect(r.lo).toBe(nextDown(0.30000000000000004));
  });
  test("SiLU is not monotone: its minimum near x* ≈ −1.2785 is enclosed", () => {
    const r = I.silu(iv(-3, 0));
    expect(r.lo).toBeLessThanOrEqual(-0.27846454276107379);
    expect(r.lo).toBeGreaterThan(-0.2784645427610738 - 8 * 5.56e-17); // within a few ulps
    expect(r.hi).toBe(0);
    const right = I.silu(iv(-1, 1));
    expect(right.lo).toBeLessThanOrEqual(silu(-1));
    expect(right.hi).toBeGreaterThanOrEqual(silu(1));
  });
  test("hull, intersection, width, mid, mag", () => {
    expect(I.hull(iv(1, 2), iv(4, 5))).toEqual({ lo: 1, hi: 5 });
    expect(I.isEmpty(I.intersection(iv(1, 2), iv(3, 4)))).toBe(true);
    expect(I.width(iv(-1, 2))).toBe(3);
    expect(I.mid(iv(-1, 2))).toBe(0.5);
    expect(I.mid(I.entire)).toBe(0);
    expect(I.mag(iv(-3, 2))).toBe(3);
  });
});

describe("outward rounding without a certificate (outDown/outUp, used by the point product rules)", () => {
  const specials = [0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 2 ** -1022, 2 ** -1022 - 2 ** -1074, 1, -1, 2, 0.5, 3, 1 - 2 ** -53,
    2 ** 1023, Number.MAX_VALUE, -Number.MAX_VALUE, 1e300, 1e-300, 123.456];
  const check = (c: number) => {
    // one or two ulps outward, never zero and never more
    const d = outDown(c), u = outUp(c);
    expect(d <= nextDown(c) && d >= nextDown(nextDown(c)), `outDown(${c}) = ${d}`).toBe(true);
    expect(u >= nextUp(c) && u <= nextUp(nextUp(c)), `outUp(${c}) = ${u}`).toBe(true);
  };
  test("special values: zeros, subnormals, powers of two, the largest doubles", () => {
    for (const c of specials) { check(c); check(-c); }
    expect(outDown(Infinity)).toBe(Number.MAX_VALUE); // an overflowed lower bound
    expect(outUp(-Infinity)).toBe(-Number.MAX_VALUE);
    expect(outDown(-Infinity)).toBe(-Infinity);
    expect(Number.isNaN(outUp(NaN))).toBe(true);
  });
  test("the literals written into the hot rules agree with their definitions", () => {
    expect(PHI).toBe(1.1102230246251568e-16);
    expect(ETA).toBe(5e-324);
    // SILU_MIN_LO bounds SiLU(SILU_ARGMIN) from below, recomputed with the certified rules, within 2 ulps
    const x = I.SILU_ARGMIN;
    const certified = nextDown(mulDown(x, divUp(1, addDown(1, expDown(-x)))));
    expect(I.SILU_MIN_LO).toBeLessThanOrEqual(certified);
    expect(I.SILU_MIN_LO).toBeGreaterThanOrEqual(nextDown(nextDown(certified)));
  });
  test("random doubles of every magnitude", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (c) => check(c)), { numRuns: 20000 });
  });
  test("point products contain w·x for x in [lo, hi], with 0·∞ = 0 and empty propagating", () => {
    fc.assert(fc.property(finite, boxed, finite, (w, { X, x }, a) => {
      const lo = fmaPointLo(a, w, X.lo, X.hi), hi = fmaPointHi(a, w, X.lo, X.hi);
      // the exact a + w·x lies between: compare with the certified object API
      const exact = I.add(I.interval(a, a), I.mul(I.interval(w, w), X));
      expect(lo).toBeLessThanOrEqual(exact.lo);
      expect(hi).toBeGreaterThanOrEqual(exact.hi);
      expect(mulPointLo(w, X.lo, X.hi)).toBeLessThanOrEqual(w * x <= 0 ? I.mul(I.interval(w, w), X).lo : w * x);
    }));
    expect([mulPointLo(0, -Infinity, Infinity), mulPointHi(0, -Infinity, Infinity)]).toEqual([-Number.MIN_VALUE, Number.MIN_VALUE]);
    expect(Number.isNaN(mulPointLo(0, NaN, NaN))).toBe(true);
    expect(Number.isNaN(fmaPointHi(1, 2, NaN, NaN))).toBe(true);
  });
});

describe("point products at the edges of the doubles", () => {
  test("an overflowed product or sum gives MAX_VALUE as a lower bound, not NaN", () => {
    const M = Number.MAX_VALUE;
    expect(fmaPointLo(0, 2, M, M)).toBe(outDown(M)); // 2·MAX overflows: the exact product exceeds MAX
    expect(fmaPointLo(M, 1, M, M)).toBe(M); // MAX + MAX overflows: MAX is the tight lower bound
    expect(fmaPointHi(0, -2, M, M)).toBe(outUp(-M));
    expect(fmaPointLo(-M, 2, M, M)).toBeLessThanOrEqual(M); // −MAX + 2·MAX = MAX: contained
    expect(fmaPointLo(-M, 2, M, M)).toBeGreaterThanOrEqual(-Number.MIN_VALUE); // loose at 0, never above
    expect(fmaPointLo(1, 3, -Infinity, 0)).toBe(-Infinity);
    expect(fmaPointHi(1, 3, 0, Infinity)).toBe(Infinity);
  });
});

test("SiLU far left, where e^−x overflows: finite bounds around the tiny negative values", () => {
  const r = I.silu(I.interval(-800, -750));
  expect(Number.isNaN(r.lo) || Number.isNaN(r.hi)).toBe(false);
  expect(r.lo).toBeLessThanOrEqual(silu(-750));
  expect(r.hi).toBeGreaterThanOrEqual(silu(-800));
  expect(r.hi).toBeLessThanOrEqual(0);
  expect(r.lo).toBeGreaterThan(-1e-300);
});
