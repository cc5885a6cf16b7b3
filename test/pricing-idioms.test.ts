/**
 * What pricing models as users write them need of the compiler (issue #32): each test failed
 * before its fix. The Heston idiom Math.sqrt(Math.max(v, 0)) (a zero derivative through the
 * unchosen branch of max must not meet sqrt's infinite slope at 0), a real exponent equal to 1 at a
 * base of exactly 0 in second derivatives, JavaScript's `%` on reals (a lattice rule's fractional
 * part), complex arithmetic written with helpers returning pairs (`return cmul(a, b)`), Math.tan
 * and Math.atan2.
 */
import { describe, expect, test } from "vitest";
import { tempProject } from "./helpers/project.js";
import { verifyLoaded } from "../cli/verify-command.js";
import { loadCompiled } from "../compiler/integration/load.js";
import { VERIFY_VARIANTS } from "../compiler/modes.js";

const project = tempProject("idioms", { module: true });
const file = (source: string): string => project.next(source);

/** Every check `sobolev verify` runs passes (intervals included). */
async function verifyAll(source: string, samples = 12): Promise<void> {
  const f = file(source);
  const loaded = await loadCompiled(f, undefined, VERIFY_VARIANTS.derivatives);
  const intervals = await loadCompiled(f, undefined, VERIFY_VARIANTS.intervals);
  const rows = verifyLoaded(loaded, { samples, seed: 3 }, intervals);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r, `${r.function} ${r.check}: ${r.note ?? r.skipped ?? ""} worst ${r.worstError}`).toMatchObject({ pass: true });
}

type Fn = (...a: unknown[]) => unknown;

describe("derivatives that do not flow stay 0, not 0·∞ = NaN", () => {
  const source = `
/**
 * A variance that went negative, truncated as Heston's Euler scheme does.
 * @differentiable
 * @domain x 0 0.5
 */
export function volOf(x: number): number {
  const v = x - 1;
  return Math.sqrt(Math.max(v, 0)) + 2 * x;
}
`;
  test("Math.sqrt(Math.max(v, 0)) at v < 0: the tangent, the adjoint and the second derivative are those of the branch taken", async () => {
    const l = await loadCompiled(file(source), undefined, [{ steps: [{ mode: "tangent" }] }, { steps: [{ mode: "adjoint" }] }, { steps: [{ mode: "adjoint", wrt: ["x"] }, { mode: "tangent", wrt: ["x"] }] }]);
    const out = new Float64Array(2), grad = new Float64Array(1);
    (l.variants.tangent!.volOf_tangent as Fn)(0.3, 1, out);
    expect([...out]).toEqual([0.6, 2]);
    expect((l.variants.adjoint!.volOf_adjoint as Fn)(0.3, 1, grad)).toBe(0.6);
    expect(grad[0]).toBe(2);
    const g = new Float64Array(1), gd = new Float64Array(1);
    (l.variants.adjoint_tangent!.volOf_adjoint_tangent as Fn)(0.3, 1, g, 1, gd, out);
    expect([g[0], gd[0]]).toEqual([2, 0]);
  });
  test("and every verify check passes on that box", async () => {
    await verifyAll(source);
  });
  test("a real exponent b = 1 at a base of exactly 0: second derivatives are exactly 0 (b·(b−1)·a^(b−2) with b − 1 = 0)", async () => {
    const l = await loadCompiled(file(`
/**
 * @differentiable
 * @wrt a
 * @domain a 0 1
 * @domain b 1 1
 */
export function p(a: number, b: number): number {
  return a ** b;
}
`), undefined, [{ steps: [{ mode: "adjoint", wrt: ["a"] }] }, { steps: [{ mode: "adjoint", wrt: ["a"] }, { mode: "tangent", wrt: ["a"] }] }, { steps: [{ mode: "tangent", wrt: ["a"] }, { mode: "tangent", wrt: ["a"] }] }]);
    const grad = new Float64Array(1);
    expect((l.variants.adjoint!.p_adjoint as Fn)(0, 1, 1, grad)).toBe(0);
    expect(grad[0]).toBe(1);
    const g = new Float64Array(1), gd = new Float64Array(1), out = new Float64Array(2);
    (l.variants.adjoint_tangent!.p_adjoint_tangent as Fn)(0, 1, 1, g, 1, gd, out);
    expect([g[0], gd[0]]).toEqual([1, 0]);
  });

  test("the interval adjoint of a ** b at b = [1, 1] over a base box from 0 encloses 1 tightly (b − 1 is the point 0, not [−η, η])", async () => {
    const l = await loadCompiled(file(`
/**
 * @differentiable
 * @wrt a
 * @domain a 0 1
 * @domain b 1 1
 */
export function p(a: number, b: number): number {
  return a ** b;
}
`), undefined, [{ steps: [{ mode: "adjoint", wrt: ["a"] }, { mode: "interval" }] }]);
    const f = l.variants.adjoint_interval!.p_adjoint_interval as Fn;
    for (const [lo, hi] of [[0, 0], [0, 1], [0, 0.25]]) {
      const gl = new Float64Array(1), gh = new Float64Array(1), out = new Float64Array(2);
      f(lo, hi, 1, 1, 1, 1, gl, gh, out);
      expect(out[0]! <= 0 && out[1]! >= hi!, `a^1 over [${lo}, ${hi}]`).toBe(true);
      expect(gl[0]! <= 1 && gh[0]! >= 1 && gh[0]! - gl[0]! < 1e-12, `d/da over [${lo}, ${hi}]: [${gl[0]}, ${gh[0]}]`).toBe(true);
    }
  });
});

describe("constructs of pricing code", () => {
  test("`%` on reals: the fractional part of a lattice point, k·g % N", async () => {
    await verifyAll(`
/**
 * @differentiable
 * @domain x 0.1 0.6
 * @domain y 0.5 2
 */
export function frac(x: number, y: number): number {
  let g = 1;
  let s = 0;
  for (let k = 0; k < 5; k++) {
    s += y * (((k * g) % 7) + 0.5) / 7;
    g = (g * 3) % 7;
  }
  return s + (x % 0.7) * y;
}
`);
  });
  test("a loop bound chosen by a conditional of integers (Genz's bivariate normal: `const rule = |r| < 0.3 ? 3 : 6`, type 3 | 6) is an integer", async () => {
    await verifyAll(`
/**
 * @differentiable
 * @domain x 0.5 2
 * @domain r 0.2 0.6
 */
export function f(x: number, r: number): number {
  const rule = Math.abs(r) < 0.3 ? 3 : Math.abs(r) < 0.75 ? 6 : 10;
  let s = 0;
  for (let i = 0; i < rule; i++) s += Math.sin(x * (i + 1));
  return s;
}
`);
  });
  test("complex arithmetic by helpers returning pairs, one returning another's (`return cmul(…)`), with Math.atan2 and Math.tan", async () => {
    await verifyAll(`
function cmul(ar: number, ai: number, br: number, bi: number): [number, number] {
  return [ar * br - ai * bi, ar * bi + ai * br];
}
function csquare(ar: number, ai: number): [number, number] {
  return cmul(ar, ai, ar, ai);
}
/** The principal logarithm. */
function clog(ar: number, ai: number): [number, number] {
  return [Math.log(Math.hypot(ar, ai)), Math.atan2(ai, ar)];
}
/**
 * @differentiable
 * @domain x 0.5 1.5
 * @domain y 0.2 0.9
 */
export function c(x: number, y: number): number {
  const [sr, si] = csquare(x, y);
  const [lr, li] = clog(sr, si);
  return lr + li * Math.tan(0.5 * y);
}
`);
  });
});
