/**
 * Interval operations on bounds passed as plain numbers, as generated interval code calls them:
 * `<op>Lo(aLo, aHi, bLo, bHi)` and `<op>Hi(...)` give the lower and upper bound of op(A, B).
 * Every primitive of compiler/primitives/ has its interval rule here (named by its module). They
 * share the rounding rules of round.ts with the object API; NaN bounds (empty) propagate.
 *
 * Comparisons are three-valued (1 certainly true, 0 certainly false, 2 undecided), as branches in
 * interval code need them.
 */
import {
  addDown, addUp, divDown, outDown, outUp, divUp, expDown, expUp, LIB_ULPS, logDown, logUp, mulDown, mulUp,
  expBounds, logBounds, stepsAt, tanhBounds, sigmoidBounds, softplusDown, softplusUp, sqrtDown, sqrtUp, subDown, subUp,
} from "./round.js";
import { tape } from "../tape.js";
import { acosBounds, asinBounds, asinhBounds, cbrtBounds, coshBounds, expm1Bounds, log10Bounds, log1pBounds, log2Bounds, sinhBounds } from "./library.js";
import { setLowWord } from "../intrinsics.js";
import { divHi, divLo, mulHi, mulLo, siluBounds, siluHi, siluLo, sqrHi, sqrLo, pown } from "./index.js";

export { divHi, divLo, mulHi, mulLo, siluHi, siluLo, sqrHi, sqrLo };

export const addLo = (a: number, _b: number, c: number, _d: number): number => addDown(a, c);
export const addHi = (_a: number, b: number, _c: number, d: number): number => addUp(b, d);
export const subLo = (a: number, _b: number, _c: number, d: number): number => subDown(a, d);
export const subHi = (_a: number, b: number, c: number, _d: number): number => subUp(b, c);

/** a + b·c */
export const fmaLo = (a: number, _b: number, c: number, d: number, e: number, f: number): number => addDown(a, mulLo(c, d, e, f));
export const fmaHi = (_a: number, b: number, c: number, d: number, e: number, f: number): number => addUp(b, mulHi(c, d, e, f));

/**
 * Products with a point factor w (a weight, a seed): w·[b] is [w·b_lo, w·b_hi] or, for w < 0, the
 * reverse; each rounded product and sum is pushed outward by outDown/outUp (round.ts), which also
 * map an overflowed bound back to ±MAX_VALUE. w = 0 gives 0 even against an infinite bound
 * (IEEE 1788: 0·[b] = [0, 0] for non-empty [b]); NaN bounds (empty) propagate. Generated code
 * writes the same arithmetic inline (compiler/transforms/interval-templates.ts) and calls these
 * only when that gives NaN.
 */
function pointProduct(w: number, near: number, far: number): number {
  return w > 0 ? w * near : w < 0 ? w * far : near === near ? 0 : w * near;
}
export const mulPointLo = (w: number, bl: number, bh: number): number => outDown(pointProduct(w, bl, bh));
export const mulPointHi = (w: number, bl: number, bh: number): number => outUp(pointProduct(w, bh, bl));
/** Bounds of [a] + w·[b], from a's lower (upper) bound. */
export const fmaPointLo = (al: number, w: number, bl: number, bh: number): number => outDown(al + outDown(pointProduct(w, bl, bh)));
export const fmaPointHi = (ah: number, w: number, bl: number, bh: number): number => outUp(ah + outUp(pointProduct(w, bh, bl)));

export const logLo = (a: number, b: number): number => (b <= 0 || b !== b ? NaN : a <= 0 ? -Infinity : logDown(a));
export const logHi = (_a: number, b: number): number => (b <= 0 ? NaN : logUp(b));
export const sqrtLo = (a: number, b: number): number => (b < 0 ? NaN : sqrtDown(Math.max(0, a)));
export const sqrtHi = (_a: number, b: number): number => (b < 0 ? NaN : sqrtUp(b));
/** atan over [io[0], io[1]] (increasing), in place (arrays in and out: see trigBounds). */
export function atanBounds(io: Float64Array): void {
  const a = io[0]!, b = io[1]!;
  io[0] = Math.atan(a);
  io[1] = Math.atan(b);
  stepsAt(io, 0, LIB_ULPS, false);
  stepsAt(io, 1, LIB_ULPS, true);
  if (a === -Infinity) io[0] = -Math.PI / 2 - 1e-15;
  if (b === Infinity) io[1] = Math.PI / 2 + 1e-15;
}

// Non-decreasing piecewise-constant functions: exact at both ends.
export const floorLo = (a: number, _b: number): number => Math.floor(a);
export const floorHi = (_a: number, b: number): number => Math.floor(b);
export const ceilLo = (a: number, _b: number): number => Math.ceil(a);
export const ceilHi = (_a: number, b: number): number => Math.ceil(b);
export const roundLo = (a: number, _b: number): number => Math.round(a);
export const roundHi = (_a: number, b: number): number => Math.round(b);
export const truncLo = (a: number, _b: number): number => Math.trunc(a);
export const truncHi = (_a: number, b: number): number => Math.trunc(b);
export const signLo = (a: number, _b: number): number => Math.sign(a);
export const signHi = (_a: number, b: number): number => Math.sign(b);
export const setLowWordLo = (a: number, _b: number, w: number): number => setLowWord(a, w);
export const setLowWordHi = (_a: number, b: number, w: number): number => setLowWord(b, w);

/** Three-valued isNaN and isFinite of an interval (NaN bounds: the point value was NaN). */
export const isNaNTri = (a: number, _b: number): number => (a !== a ? 1 : 0);
export const isFiniteTri = (a: number, b: number): number =>
  a !== a ? 0 : a > -Infinity && b < Infinity ? 1 : a === b ? 0 : 2;
/** Three-valued Number.isInteger: a point is or is not one; a wider box holds integers and other values, or no integer. */
export const isIntegerTri = (a: number, b: number): number =>
  a === b ? (Number.isInteger(a) ? 1 : 0) : a !== a ? 0 : Math.ceil(a) <= b ? 2 : 0;

export const absLo = (a: number, b: number): number => (a >= 0 ? a : b <= 0 ? -b : 0);
export const absHi = (a: number, b: number): number => Math.max(-a, b);
/**
 * copysign(x, y) over boxes: ±|x| where y's sign is decided (y > 0 or y < 0 throughout, or a point
 * whose sign bit is known: ±0), the hull of both otherwise.
 */
const ySign = (c: number, d: number): number => (c > 0 ? 1 : d < 0 ? -1 : c === d && c === 0 ? (Object.is(c, -0) ? -1 : 1) : 0);
export const copysignLo = (a: number, b: number, c: number, d: number): number => (ySign(c, d) === 1 ? absLo(a, b) : -absHi(a, b));
export const copysignHi = (a: number, b: number, c: number, d: number): number => (ySign(c, d) === -1 ? -absLo(a, b) : absHi(a, b));
export const maxLo = (a: number, _b: number, c: number, _d: number): number => Math.max(a, c);
export const maxHi = (_a: number, b: number, _c: number, d: number): number => Math.max(b, d);
export const minLo = (a: number, _b: number, c: number, _d: number): number => Math.min(a, c);
export const minHi = (_a: number, b: number, _c: number, d: number): number => Math.min(b, d);

/** √(a² + b²) */
export const hypotLo = (a: number, b: number, c: number, d: number): number => sqrtDown(addDown(sqrLo(a, b), sqrLo(c, d)));
export const hypotHi = (a: number, b: number, c: number, d: number): number => sqrtUp(addUp(sqrHi(a, b), sqrHi(c, d)));

/** a^b: an integer point exponent uses pown; otherwise exp(b·log a) over a > 0. */
export function powLo(a: number, b: number, c: number, d: number): number {
  if (c === d && Number.isInteger(c)) return pown({ lo: a, hi: b }, c).lo;
  const l = logLo(a, b), h = logHi(a, b);
  return expDown(mulLo(l, h, c, d));
}
export function powHi(a: number, b: number, c: number, d: number): number {
  if (c === d && Number.isInteger(c)) return pown({ lo: a, hi: b }, c).hi;
  const l = logLo(a, b), h = logHi(a, b);
  return expUp(mulHi(l, h, c, d));
}

// sin and cos: extrema where they fall inside the interval (decided conservatively), endpoints
// widened by LIB_ULPS. A critical point within SLACK of the interval counts as inside.
const SLACK = 1e-9;
/**
 * sin (`isSin`) or cos over [io[0], io[1]], written back into io: arrays in and out, as the other
 * rules generated code calls per element (see siluBounds in index.ts), so nothing is allocated.
 */
export function trigBounds(io: Float64Array, isSin: boolean): void {
  const lo = io[0]!, hi = io[1]!;
  if (lo !== lo || hi !== hi) {
    io[0] = NaN;
    io[1] = NaN;
    return;
  }
  if (!(hi - lo < 2 * Math.PI) || !isFinite(lo) || !isFinite(hi)) {
    io[0] = -1;
    io[1] = 1;
    return;
  }
  const maxAt = isSin ? Math.PI / 2 : 0;
  const fa = isSin ? Math.sin(lo) : Math.cos(lo), fb = isSin ? Math.sin(hi) : Math.cos(hi);
  io[0] = Math.min(fa, fb);
  io[1] = Math.max(fa, fb);
  stepsAt(io, 0, LIB_ULPS, false);
  stepsAt(io, 1, LIB_ULPS, true);
  io[0] = Math.max(-1, io[0]!);
  io[1] = Math.min(1, io[1]!);
  // maxima at maxAt + 2kπ, minima at maxAt + π + 2kπ
  const kMax = Math.floor((hi - maxAt) / (2 * Math.PI) + SLACK), kMaxLo = Math.ceil((lo - maxAt) / (2 * Math.PI) - SLACK);
  if (kMax >= kMaxLo) io[1] = 1;
  const kMin = Math.floor((hi - maxAt - Math.PI) / (2 * Math.PI) + SLACK), kMinLo = Math.ceil((lo - maxAt - Math.PI) / (2 * Math.PI) - SLACK);
  if (kMin >= kMinLo) io[0] = -1;
}
const sinBounds = (io: Float64Array): void => trigBounds(io, true);
const cosBounds = (io: Float64Array): void => trigBounds(io, false);
/** tan over [io[0], io[1]]: increasing between its poles (π/2 + kπ); an interval that reaches a pole gives every value. */
export function tanBounds(io: Float64Array): void {
  const lo = io[0]!, hi = io[1]!;
  if (lo !== lo || hi !== hi) {
    io[0] = NaN;
    io[1] = NaN;
    return;
  }
  // the poles' branch number k of each end (tan is increasing on (kπ − π/2, kπ + π/2)), decided with a margin
  const k = (v: number, s: number) => Math.floor((v + Math.PI / 2) / Math.PI + s);
  if (!isFinite(lo) || !isFinite(hi) || k(lo, -SLACK) !== k(hi, SLACK)) {
    io[0] = -Infinity;
    io[1] = Infinity;
    return;
  }
  io[0] = Math.tan(lo);
  io[1] = Math.tan(hi);
  stepsAt(io, 0, LIB_ULPS, false);
  stepsAt(io, 1, LIB_ULPS, true);
}
/**
 * atan2 over the box [y] × [x] (bounds: yLo, yHi, xLo, xHi): the angle of a point in it. A box that
 * reaches the cut (x ≤ 0 with y = 0 inside, where the angle jumps from π to −π) or the origin gives
 * [−π, π]; otherwise the angles of the box lie between those of its corners.
 */
export function atan2Pair(): void {
  const yLo = bounds[0]!, yHi = bounds[1]!, xLo = bounds[2]!, xHi = bounds[3]!;
  if (yLo !== yLo || xLo !== xLo) {
    bounds[0] = NaN;
    bounds[1] = NaN;
    return;
  }
  if (xLo <= 0 && yLo <= 0 && yHi >= 0) {
    bounds[0] = -Math.PI - 1e-15;
    bounds[1] = Math.PI + 1e-15;
    return;
  }
  const a = Math.atan2(yLo, xLo), b = Math.atan2(yLo, xHi), c = Math.atan2(yHi, xLo), d = Math.atan2(yHi, xHi);
  bounds[0] = Math.min(a, b, c, d);
  bounds[1] = Math.max(a, b, c, d);
  stepsAt(bounds, 0, LIB_ULPS, false);
  stepsAt(bounds, 1, LIB_ULPS, true);
  bounds[0] = Math.max(bounds[0]!, -Math.PI - 1e-15);
  bounds[1] = Math.min(bounds[1]!, Math.PI + 1e-15);
}
export const tanPair = (): void => tanBounds(bounds);

// ---- three-valued comparisons and logic -------------------------------------------------------

export const ltTri = (a: number, b: number, c: number, d: number): number => (b < c ? 1 : a >= d ? 0 : 2);
export const leTri = (a: number, b: number, c: number, d: number): number => (b <= c ? 1 : a > d ? 0 : 2);
export const gtTri = (a: number, b: number, c: number, d: number): number => ltTri(c, d, a, b);
export const geTri = (a: number, b: number, c: number, d: number): number => leTri(c, d, a, b);
export const eqTri = (a: number, b: number, c: number, d: number): number => (a === b && c === d && a === c ? 1 : b < c || d < a ? 0 : 2);
export const neTri = (a: number, b: number, c: number, d: number): number => notTri(eqTri(a, b, c, d));
export const andTri = (p: number, q: number): number => (p === 0 || q === 0 ? 0 : p === 1 && q === 1 ? 1 : 2);
export const orTri = (p: number, q: number): number => (p === 1 || q === 1 ? 1 : p === 0 && q === 0 ? 0 : 2);
export const notTri = (p: number): number => (p === 2 ? 2 : 1 - p);

/** Bounds of the hull of two intervals; an empty one (NaN bounds) contributes nothing. */
export const hullLo = (a: number, b: number): number => (a !== a ? b : b !== b ? a : Math.min(a, b));
export const hullHi = (a: number, b: number): number => (a !== a ? b : b !== b ? a : Math.max(a, b));

/** A real ?: with a three-valued test: one side, or the hull of both when undecided. */
export const condLo = (t: number, a: number, b: number): number => (t === 1 ? a : t === 0 ? b : hullLo(a, b));
export const condHi = (t: number, a: number, b: number): number => (t === 1 ? a : t === 0 ? b : hullHi(a, b));

// ---- both ways of an undecided branch: arrays (compiler/transforms/interval/branches.ts) ---------
//
// An undecided branch that writes a real array keeps a copy of its bounds from before the branch
// (saveBranchArray), exchanges it with the first way's result before the second way runs
// (swapBranchArray, `depth` counting the copies of this branch from the most recent), and leaves
// the element-wise hull (hullBranchArray). The copies are made only when a test is undecided.

const branchCopies: Float64Array[] = [];

export function saveBranchArray(lo: Float64Array, hi: Float64Array): void {
  branchCopies.push(lo.slice(), hi.slice());
}

export function swapBranchArray(lo: Float64Array, hi: Float64Array, depth: number): void {
  const at = branchCopies.length - 2 * (depth + 1);
  for (const [a, s] of [[lo, branchCopies[at]!], [hi, branchCopies[at + 1]!]] as const) {
    for (let i = 0; i < a.length; i++) {
      const t = a[i]!;
      a[i] = s[i]!;
      s[i] = t;
    }
  }
}

export function hullBranchArray(lo: Float64Array, hi: Float64Array): void {
  const shi = branchCopies.pop()!, slo = branchCopies.pop()!;
  for (let i = 0; i < lo.length; i++) {
    lo[i] = hullLo(lo[i]!, slo[i]!);
    hi[i] = hullHi(hi[i]!, shi[i]!);
  }
}

/** Runtime error of generated interval code: a branch or loop whose condition is undecided. */
export function undecided(what: string): never {
  throw new Error(`sobolev interval: ${what} (the intervals are too wide to decide it; subdivide the box)`);
}

export { divDown, divUp, mulDown, mulUp };

// ---- calls that take and give bounds through an array -----------------------------------------
//
// Generated interval code calls `<op>Pair()` for the operations whose rules are too large for V8
// to inline into a big generated function (compiler/transforms/interval.ts: PAIRED): it stores
// the arguments' bounds in `bounds` (lo, hi of the first argument, then of the second, …), calls,
// and reads the result's bounds from bounds[0], bounds[1]. A call that is not inlined would pass
// and return its doubles boxed, one heap allocation each; Float64Array slots allocate nothing.
// Each pair calls the same Lo/Hi rules as above.

/** Arguments' bounds in, the result's bounds out (slots 0 and 1). */
export const bounds = new Float64Array(6);

type Rule2 = (a: number, b: number) => number;
type Rule4 = (a: number, b: number, c: number, d: number) => number;
function unary(lo: Rule2, hi: Rule2): void {
  const a = bounds[0]!, b = bounds[1]!;
  bounds[0] = lo(a, b);
  bounds[1] = hi(a, b);
}
function binary(lo: Rule4, hi: Rule4): void {
  const a = bounds[0]!, b = bounds[1]!, c = bounds[2]!, d = bounds[3]!;
  bounds[0] = lo(a, b, c, d);
  bounds[1] = hi(a, b, c, d);
}

export const expPair = (): void => expBounds(bounds);
export function logPair(): void {
  // logLo/logHi's set-based domain: empty when [a, b] has no positive point, −∞ when it reaches 0
  const a = bounds[0]!, b = bounds[1]!;
  if (b <= 0 || b !== b) {
    bounds[0] = NaN;
    bounds[1] = NaN;
    return;
  }
  logBounds(bounds);
  if (a <= 0) bounds[0] = -Infinity;
}
export const tanhPair = (): void => tanhBounds(bounds);
export const sigmoidPair = (): void => sigmoidBounds(bounds);
export const softplusPair = (): void => unary((a) => softplusDown(a), (_a, b) => softplusUp(b));
export const sqrtPair = (): void => unary(sqrtLo, sqrtHi);
export const atanPair = (): void => atanBounds(bounds);
export const sinPair = (): void => sinBounds(bounds);
export const cosPair = (): void => cosBounds(bounds);
export const powPair = (): void => binary(powLo, powHi);
export const hypotPair = (): void => binary(hypotLo, hypotHi);
export const siluPair = (): void => siluBounds(bounds);
/** [a]^n for an integer n (IEEE 1788 pown), n passed as an integer argument. */
export function pownPair(n: number): void {
  const r = pown({ lo: bounds[0]!, hi: bounds[1]! }, n);
  bounds[0] = r.lo;
  bounds[1] = r.hi;
}
export const asinhPair = (): void => asinhBounds(bounds);
export const expm1Pair = (): void => expm1Bounds(bounds);
export const log1pPair = (): void => log1pBounds(bounds);
export const cbrtPair = (): void => cbrtBounds(bounds);
export const log10Pair = (): void => log10Bounds(bounds);
export const log2Pair = (): void => log2Bounds(bounds);
export const sinhPair = (): void => sinhBounds(bounds);
export const coshPair = (): void => coshBounds(bounds);
export const asinPair = (): void => asinBounds(bounds);
export const acosPair = (): void => acosBounds(bounds);
/**
 * [a] % [b] (JavaScript's remainder, a − b·trunc(a/b)): where trunc(a/b) is one integer t over the
 * box, [a] − t·[b] rounded outward; otherwise the range a remainder has, |r| < max|b| with the sign
 * of a. A divisor interval containing 0 gives every value (and NaN at 0).
 */
export function remPair(): void {
  const aLo = bounds[0]!, aHi = bounds[1]!, bLo = bounds[2]!, bHi = bounds[3]!;
  if (aLo !== aLo || bLo !== bLo) {
    bounds[0] = NaN;
    bounds[1] = NaN;
    return;
  }
  if (bLo <= 0 && bHi >= 0) {
    bounds[0] = -Infinity;
    bounds[1] = Infinity;
    return;
  }
  const qLo = divLo(aLo, aHi, bLo, bHi), qHi = divHi(aLo, aHi, bLo, bHi);
  const t = Math.trunc(qLo);
  if (t === Math.trunc(qHi) && Number.isFinite(t)) {
    bounds[0] = subDown(aLo, mulHi(t, t, bLo, bHi));
    bounds[1] = subUp(aHi, mulLo(t, t, bLo, bHi));
    return;
  }
  const m = Math.max(Math.abs(bLo), Math.abs(bHi));
  bounds[0] = aLo >= 0 ? 0 : -m;
  bounds[1] = aHi <= 0 ? 0 : m;
}
/** An interval's bounds onto the tape from bounds[0..1] (lower first), and back (upper first). */
export function pushBounds(): void {
  tape.pushFrom(bounds, 0);
  tape.pushFrom(bounds, 1);
}
export function popBounds(): void {
  tape.popTo(bounds, 1);
  tape.popTo(bounds, 0);
}
