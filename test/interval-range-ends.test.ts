/**
 * Interval operations at the ends of the double range (issue #16 item 7): ±MAX_VALUE and its
 * neighbours, 2^512 (whose square is the top of the range), the smallest normal, subnormals down to
 * ±MIN_VALUE, zeros and infinities. The reference is exact: doubles are rationals with a power-of-two
 * denominator, so a + b, a·b, a/b and √a are compared with the bounds in BigInt arithmetic, never
 * with another floating-point computation. Every rounding path is exercised: the object API
 * (runtime/interval/index.ts), the pair rules generated code calls (pairs.ts), and the inline
 * templates the compiler writes into generated interval code.
 */
import { describe, expect, test } from "vitest";
import { loadCompiled } from "../compiler/integration/load.js";
import * as I from "../runtime/interval/index.js";
import * as P from "../runtime/interval/pairs.js";
import { nextDown, nextUp, outDown, outUp } from "../runtime/interval/round.js";

// ---- exact rationals ---------------------------------------------------------------------------

interface Rat { n: bigint; d: bigint } // d > 0, a power of two
const view = new DataView(new ArrayBuffer(8));
function rat(x: number): Rat {
  if (!Number.isFinite(x)) throw new Error(`rat(${x})`);
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const e = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (e !== 0) m |= 1n << 52n;
  const shift = (e === 0 ? 1 : e) - 1075; // value = m · 2^shift
  return shift >= 0 ? { n: sign * (m << BigInt(shift)), d: 1n } : { n: sign * m, d: 1n << BigInt(-shift) };
}
const mulR = (a: Rat, b: Rat): Rat => ({ n: a.n * b.n, d: a.d * b.d });
const addR = (a: Rat, b: Rat): Rat => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
/** sign of a − b */
const cmpR = (a: Rat, b: Rat): number => { const t = a.n * b.d - b.n * a.d; return t > 0n ? 1 : t < 0n ? -1 : 0; };

/** Is the exact value `v` (a rational, or a/b given as [num, den] with den ≠ 0) inside [lo, hi] (bounds may be ±∞)? */
function inside(v: Rat | [Rat, Rat], lo: number, hi: number): boolean {
  const le = (bound: number, upper: boolean): boolean => {
    if (Number.isNaN(bound)) return false;
    if (bound === Infinity) return upper;
    if (bound === -Infinity) return !upper;
    const b = rat(bound);
    if (!Array.isArray(v)) return upper ? cmpR(v, b) <= 0 : cmpR(b, v) <= 0;
    const [num, den] = v; // num/den vs b: compare num·sign(den) with b·|den|
    const s = den.n > 0n ? 1 : -1;
    const lhs = { n: num.n * BigInt(s), d: num.d }, rhs = mulR(b, { n: den.n * BigInt(s), d: den.d });
    return upper ? cmpR(lhs, rhs) <= 0 : cmpR(rhs, lhs) <= 0;
  };
  return le(lo, false) && le(hi, true);
}

// ---- the values at the ends of the range -----------------------------------------------------

const MIN_NORMAL = 2 ** -1022, MAX = Number.MAX_VALUE;
const POS = [Number.MIN_VALUE, 2 * Number.MIN_VALUE, 3 * Number.MIN_VALUE, MIN_NORMAL - Number.MIN_VALUE, MIN_NORMAL, nextUp(MIN_NORMAL), 2 ** -1000,
  2 ** -537, 1e-300, 0.1, 1, nextUp(1), 3, 1e300, 2 ** 511, nextDown(2 ** 512), 2 ** 512, nextUp(2 ** 512), 2 ** 995, nextDown(MAX), MAX];
const FINITE = [0, ...POS, ...POS.map((x) => -x)].sort((a, b) => a - b);
const INTERVALS: Array<[number, number]> = [];
for (let i = 0; i < FINITE.length; i++) for (let j = i; j < FINITE.length; j += 1 + (j % 3)) INTERVALS.push([FINITE[i]!, FINITE[j]!]);

type Bin = (a: number, b: number, c: number, d: number) => [number, number];
const BINARY: Record<string, { api: Bin; pairs: Bin; exact(x: Rat, y: Rat): Rat | [Rat, Rat]; defined?(y: [number, number]): boolean }> = {
  add: { api: (a, b, c, d) => box(I.add(I.interval(a, b), I.interval(c, d))), pairs: (a, b, c, d) => [P.addLo(a, b, c, d), P.addHi(a, b, c, d)], exact: addR },
  sub: { api: (a, b, c, d) => box(I.sub(I.interval(a, b), I.interval(c, d))), pairs: (a, b, c, d) => [P.subLo(a, b, c, d), P.subHi(a, b, c, d)], exact: (x, y) => addR(x, { n: -y.n, d: y.d }) },
  mul: { api: (a, b, c, d) => box(I.mul(I.interval(a, b), I.interval(c, d))), pairs: (a, b, c, d) => [P.mulLo(a, b, c, d), P.mulHi(a, b, c, d)], exact: mulR },
  div: {
    api: (a, b, c, d) => box(I.div(I.interval(a, b), I.interval(c, d))), pairs: (a, b, c, d) => [P.divLo(a, b, c, d), P.divHi(a, b, c, d)],
    exact: (x, y) => [x, y], defined: ([c, d]) => c > 0 || d < 0,
  },
};
const box = (x: I.Interval): [number, number] => [x.lo, x.hi];

/** Corners of X op Y (the exact range's ends, for these monotone-per-argument operations). */
function checkBinary(name: string, f: Bin, X: [number, number], Y: [number, number]): string | undefined {
  const op = BINARY[name]!;
  if (op.defined && !op.defined(Y)) return undefined;
  const [lo, hi] = f(X[0], X[1], Y[0], Y[1]);
  for (const x of X) for (const y of Y) {
    if (!inside(op.exact(rat(x), rat(y)), lo, hi)) return `${name}([${X}], [${Y}]) = [${lo}, ${hi}] misses ${x} ${name} ${y}`;
  }
  return undefined;
}

describe("range ends: exact containment of + − × ÷ √ and squares", () => {
  for (const name of Object.keys(BINARY)) {
    for (const which of ["api", "pairs"] as const) {
      test(`${name} (${which === "api" ? "interval API" : "pair rules of generated code"})`, () => {
        const misses: string[] = [];
        for (const X of INTERVALS) for (const y of FINITE) {
          const m = checkBinary(name, BINARY[name]![which], X, [y, y]);
          if (m) misses.push(m);
        }
        for (const X of INTERVALS.filter((_, i) => i % 7 === 0)) for (const Y of INTERVALS.filter((_, i) => i % 5 === 0)) {
          const m = checkBinary(name, BINARY[name]![which], X, Y);
          if (m) misses.push(m);
        }
        expect(misses.slice(0, 5), `${misses.length} misses`).toEqual([]);
      });
    }
  }

  test("sqrt and sqr", () => {
    const misses: string[] = [];
    for (const [a, b] of INTERVALS) {
      const s = I.sqrt(I.interval(a, b)), pl = P.sqrtLo(a, b), ph = P.sqrtHi(a, b);
      for (const x of [a, b]) {
        if (x < 0) continue;
        // √x ∈ [lo, hi] ⟺ lo ≤ 0 or lo² ≤ x, and hi² ≥ x
        for (const [lo, hi] of [[s.lo, s.hi], [pl, ph]] as const) {
          const ok = (lo <= 0 || cmpR(mulR(rat(lo), rat(lo)), rat(x)) <= 0) && (hi === Infinity || cmpR(mulR(rat(hi), rat(hi)), rat(x)) >= 0);
          if (!ok) misses.push(`sqrt([${a}, ${b}]) = [${lo}, ${hi}] misses √${x}`);
        }
      }
      const q = I.sqr(I.interval(a, b));
      for (const x of [a, b, ...(a <= 0 && b >= 0 ? [0] : [])]) {
        if (!inside(mulR(rat(x), rat(x)), q.lo, q.hi)) misses.push(`sqr([${a}, ${b}]) = [${q.lo}, ${q.hi}] misses ${x}²`);
      }
    }
    expect(I.sqrt(I.interval(MAX, MAX)).hi).toBe(2 ** 512); // √MAX ≈ 2^512·(1 − 2^-54): above the double below 2^512
    expect(misses.slice(0, 5), `${misses.length} misses`).toEqual([]);
  });

  test("point products and accumulates (fmaPoint, mulPoint) and outDown/outUp", () => {
    const misses: string[] = [];
    for (const [a, b] of INTERVALS.filter((_, i) => i % 3 === 0)) for (const w of FINITE) {
      const lo = P.mulPointLo(w, a, b), hi = P.mulPointHi(w, a, b);
      for (const x of [a, b]) if (!inside(mulR(rat(w), rat(x)), lo, hi)) misses.push(`mulPoint(${w}, [${a}, ${b}]) = [${lo}, ${hi}]`);
      for (const acc of [0, 1, -MAX, MAX, Number.MIN_VALUE]) {
        const fl = P.fmaPointLo(acc, w, a, b), fh = P.fmaPointHi(acc, w, a, b);
        for (const x of [a, b]) if (!inside(addR(rat(acc), mulR(rat(w), rat(x))), fl, fh)) misses.push(`fmaPoint(${acc}, ${w}, [${a}, ${b}]) = [${fl}, ${fh}]`);
      }
    }
    for (const c of FINITE) {
      if (!(outDown(c) <= nextDown(c) || c === -MAX) || !(outUp(c) >= nextUp(c) || c === MAX)) misses.push(`outDown/outUp(${c})`);
    }
    expect(misses.slice(0, 5), `${misses.length} misses`).toEqual([]);
  });

  test("the inline templates of generated interval code: x·y, x + y, x − y, x / y, w·[y], acc + w·[y]", async () => {
    const src = "test/fixtures/interval-ops.ts";
    const iv = await loadCompiled(src, undefined, [{ steps: [{ mode: "interval" }] }]);
    const pt = await loadCompiled(src, undefined, [{ steps: [{ mode: "interval", wrt: ["y"] }] }]);
    const f = iv.variants.interval!, g = pt.variants.interval!;
    const out = new Float64Array(2);
    const misses: string[] = [];
    const run = (fn: (...a: Array<number | Float64Array>) => void, ...args: number[]) => { fn(...args, out); return [out[0]!, out[1]!] as const; };
    for (const X of INTERVALS.filter((_, i) => i % 2 === 0)) for (const y of FINITE) {
      const Y: [number, number] = [y, y];
      type Case = readonly [string, readonly [number, number], (x: Rat, y: Rat) => Rat | [Rat, Rat]];
      const cases: Case[] = [
        ["mul", run(f.mul_interval, X[0], X[1], y, y), mulR],
        ["add", run(f.add_interval, X[0], X[1], y, y), addR],
        ["sub", run(f.sub_interval, X[0], X[1], y, y), (a, b) => addR(a, { n: -b.n, d: b.d })],
        ...(y !== 0 ? [["div", run(f.quotient_interval, X[0], X[1], y, y), (a: Rat, b: Rat): [Rat, Rat] => [a, b]] as Case] : []),
        ["point mul", run(g.mul_interval, y, X[0], X[1]), (a, b) => mulR(b, a)],
        ["point fma", run(g.fma_interval, 1, y, X[0], X[1]), (a, b) => addR({ n: 1n, d: 1n }, mulR(b, a))],
      ];
      for (const [name, [lo, hi], exact] of cases) {
        for (const x of X) {
          if (!inside(exact(rat(x), rat(Y[0])), lo, hi)) misses.push(`${name} [${X}] · ${y} = [${lo}, ${hi}] misses ${x}`);
        }
      }
    }
    expect(misses.slice(0, 5), `${misses.length} misses`).toEqual([]);
  });
});

describe("range ends: library functions and the rest, no NaN for non-empty inputs and the point value inside", () => {
  const unary: Record<string, { api?: (x: I.Interval) => I.Interval; pair?: () => void; f: (x: number) => number; domain?: (x: number) => boolean }> = {
    exp: { api: I.exp, pair: P.expPair, f: Math.exp },
    log: { api: I.log, pair: P.logPair, f: Math.log, domain: (x) => x > 0 },
    tanh: { api: I.tanh, pair: P.tanhPair, f: Math.tanh },
    sigmoid: { api: I.sigmoid, pair: P.sigmoidPair, f: (x) => 1 / (1 + Math.exp(-x)) },
    silu: { api: I.silu, pair: P.siluPair, f: (x) => x / (1 + Math.exp(-x)) },
    softplus: { api: I.softplus, pair: P.softplusPair, f: (x) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))) },
    sqrt: { pair: P.sqrtPair, f: Math.sqrt, domain: (x) => x >= 0 },
    atan: { pair: P.atanPair, f: Math.atan },
    sin: { pair: P.sinPair, f: Math.sin },
    cos: { pair: P.cosPair, f: Math.cos },
    asinh: { pair: P.asinhPair, f: Math.asinh },
    expm1: { pair: P.expm1Pair, f: Math.expm1 },
    log1p: { pair: P.log1pPair, f: Math.log1p, domain: (x) => x > -1 },
    cbrt: { pair: P.cbrtPair, f: Math.cbrt },
    log10: { pair: P.log10Pair, f: Math.log10, domain: (x) => x > 0 },
    log2: { pair: P.log2Pair, f: Math.log2, domain: (x) => x > 0 },
    sinh: { pair: P.sinhPair, f: Math.sinh },
    cosh: { pair: P.coshPair, f: Math.cosh },
    asin: { pair: P.asinPair, f: Math.asin, domain: (x) => x >= -1 && x <= 1 },
    acos: { pair: P.acosPair, f: Math.acos, domain: (x) => x >= -1 && x <= 1 },
    abs: { api: I.abs, f: Math.abs },
  };
  for (const [name, u] of Object.entries(unary)) {
    test(name, () => {
      const misses: string[] = [];
      // intervals are sets of reals (IEEE 1788): [∞, ∞] is no interval, but [x, ∞] is
      const all = [...INTERVALS, ...FINITE.map((v) => [v, v] as [number, number]), ...FINITE.flatMap((v) => [[-Infinity, v], [v, Infinity]] as Array<[number, number]>), [-Infinity, Infinity] as [number, number]];
      for (const [a, b] of all) {
        const results: Array<[number, number]> = [];
        if (u.api) results.push(box(u.api(I.interval(a, b))));
        if (u.pair) { P.bounds[0] = a; P.bounds[1] = b; u.pair(); results.push([P.bounds[0]!, P.bounds[1]!]); }
        for (const [lo, hi] of results) {
          for (const x of [a, b]) {
            if (u.domain && !u.domain(x)) continue;
            const v = u.f(x);
            if (Number.isNaN(v)) continue;
            if (!(lo <= v && v <= hi)) misses.push(`${name}([${a}, ${b}]) = [${lo}, ${hi}] misses f(${x}) = ${v}`);
          }
        }
      }
      expect(misses.slice(0, 5), `${misses.length} misses`).toEqual([]);
    });
  }
});
