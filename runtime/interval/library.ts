/**
 * Interval enclosures of the library functions (Math.*) that are monotone on pieces of their domain,
 * in place on io = [lo, hi] (as pairs.ts's `<op>Pair` calls and the object API pass them): f at the
 * ends, moved LIB_ULPS outward (V8's fdlibm ports are documented below 1 ulp; round.ts), except
 * where f is exact (f(0) = 0), and clamped to f's range. Domains are set-based (IEEE 1788): the
 * part of [lo, hi] outside f's domain is ignored, and an interval wholly outside gives empty (NaN).
 */
import { LIB_ULPS, stepsAt } from "./round.js";

function empty(io: Float64Array): void {
  io[0] = NaN;
  io[1] = NaN;
}

/** f increasing over [io[0], io[1]], with range [min, max]; f(0) = 0 is taken as exact. */
function increasingBounds(io: Float64Array, f: (x: number) => number, min: number, max: number): void {
  const a = io[0]!, b = io[1]!;
  io[0] = f(a);
  io[1] = f(b);
  if (a !== 0 || io[0] !== 0) stepsAt(io, 0, LIB_ULPS, false);
  if (b !== 0 || io[1] !== 0) stepsAt(io, 1, LIB_ULPS, true);
  io[0] = Math.max(min, io[0]!);
  io[1] = Math.min(max, io[1]!);
}

/** f decreasing over [io[0], io[1]], with range [min, max]. */
function decreasingBounds(io: Float64Array, f: (x: number) => number, min: number, max: number): void {
  const a = io[0]!, b = io[1]!;
  io[0] = b;
  io[1] = a;
  increasingBounds(io, f, min, max);
}

/** [io[0], io[1]] ∩ [lo, hi], or false (and io empty) when they do not meet. */
function restrict(io: Float64Array, lo: number, hi: number): boolean {
  const a = io[0]!, b = io[1]!;
  if (!(b >= lo) || !(a <= hi)) {
    empty(io);
    return false;
  }
  io[0] = Math.max(a, lo);
  io[1] = Math.min(b, hi);
  return true;
}

// Margins for ranges whose ends are irrational (π/2, π): the double nearest is within half an ulp.
const HALF_PI_UP = Math.PI / 2 + 1e-15, PI_UP = Math.PI + 1e-15;

/** asinh, increasing over ℝ, asinh(0) = 0. */
export const asinhBounds = (io: Float64Array): void => increasingBounds(io, Math.asinh, -Infinity, Infinity);
/** expm1 = e^x − 1, increasing, range (−1, ∞), expm1(0) = 0, expm1(−∞) = −1. */
export const expm1Bounds = (io: Float64Array): void => increasingBounds(io, Math.expm1, -1, Infinity);
/** log1p = log(1 + x) on [−1, ∞) (set-based: empty below −1, −∞ at −1), increasing, log1p(0) = 0. */
export function log1pBounds(io: Float64Array): void {
  const a = io[0]!, b = io[1]!;
  if (b < -1 || b !== b) {
    io[0] = NaN;
    io[1] = NaN;
    return;
  }
  increasingBounds(io, Math.log1p, -Infinity, Infinity);
  if (a <= -1) io[0] = -Infinity;
}

/** cbrt, increasing over ℝ, cbrt(0) = 0. */
export const cbrtBounds = (io: Float64Array): void => increasingBounds(io, Math.cbrt, -Infinity, Infinity);
/** sinh, increasing over ℝ, sinh(0) = 0. */
export const sinhBounds = (io: Float64Array): void => increasingBounds(io, Math.sinh, -Infinity, Infinity);
/** cosh, even, decreasing then increasing, minimum cosh(0) = 1. */
export function coshBounds(io: Float64Array): void {
  const a = io[0]!, b = io[1]!;
  if (a >= 0) return increasingBounds(io, Math.cosh, 1, Infinity);
  if (b <= 0) return decreasingBounds(io, Math.cosh, 1, Infinity);
  io[0] = 0;
  io[1] = Math.max(-a, b);
  increasingBounds(io, Math.cosh, 1, Infinity);
  io[0] = 1;
}
/** log10 and log2 on (0, ∞) (set-based, −∞ at 0), increasing. */
function logBaseBounds(io: Float64Array, f: (x: number) => number): void {
  const a = io[0]!;
  if (!restrict(io, 0, Infinity) || io[1] === 0) return empty(io);
  increasingBounds(io, f, -Infinity, Infinity);
  if (a <= 0) io[0] = -Infinity;
}
export const log10Bounds = (io: Float64Array): void => logBaseBounds(io, Math.log10);
export const log2Bounds = (io: Float64Array): void => logBaseBounds(io, Math.log2);
/** asin on [−1, 1], increasing, asin(0) = 0. */
export function asinBounds(io: Float64Array): void {
  if (restrict(io, -1, 1)) increasingBounds(io, Math.asin, -HALF_PI_UP, HALF_PI_UP);
}
/** acos on [−1, 1], decreasing, range [0, π]. */
export function acosBounds(io: Float64Array): void {
  if (restrict(io, -1, 1)) decreasingBounds(io, Math.acos, 0, PI_UP);
}
