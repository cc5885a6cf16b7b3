/**
 * Directed rounding on a round-to-nearest machine: one implementation of each rounding rule,
 * shared by the object API (runtime/interval/index.ts) and by generated interval code.
 *
 * For + − × ÷ √ the rounding error is computed exactly with error-free transformations
 * (Knuth's TwoSum, Dekker's TwoProduct with Veltkamp splitting, the exact remainder of a
 * division or square root). The result is moved to the next float only when the exact value lies
 * on that side, so these bounds are the tightest binary64 bounds (IEEE 1788's directed roundings),
 * except where splitting could overflow or products underflow: there the result is moved one ulp
 * outward unconditionally (still an enclosure, at most one ulp wide).
 *
 * Library functions (exp, log, tanh, log1p) carry no such certificate. V8 implements them with
 * fdlibm's algorithms (ieee754::exp, log, tanh, log1p), whose documented error is below 1 ulp; we
 * move their results LIB_ULPS = 2 ulps outward, which contains the exact value with a margin of
 * one ulp beyond the documented error.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Index of the low 32-bit word of a double (little- or big-endian platform). */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH = 1 - LOW;

/** f64[0] ← the smallest double greater than it (itself for +Infinity and NaN), in place. */
function bumpUp(): void {
  const x = f64[0]!;
  if (x !== x || x === Infinity) return;
  if (x === 0) {
    f64[0] = Number.MIN_VALUE;
    return;
  }
  if (x > 0) {
    // the bit pattern of a positive double grows with its value: add one
    const lo = (u32[LOW]! + 1) >>> 0;
    u32[LOW] = lo;
    if (lo === 0) u32[HIGH] = u32[HIGH]! + 1;
  } else {
    // negative: the magnitude shrinks by one step
    const lo = u32[LOW]!;
    if (lo === 0) u32[HIGH] = u32[HIGH]! - 1;
    u32[LOW] = (lo - 1) >>> 0;
  }
}

/** The smallest double greater than x (x itself for +Infinity and NaN). Allocates nothing. */
export function nextUp(x: number): number {
  f64[0] = x;
  bumpUp();
  return f64[0]!;
}

/** The largest double smaller than x (x itself for -Infinity and NaN). */
export function nextDown(x: number): number {
  return -nextUp(-x);
}

/**
 * io[i] moved n ulps down (`up` false) or up, in place. For the array-based rules below: the step
 * works on the module's bit views, so no double crosses a call whether or not V8 inlines it.
 */
export function stepsAt(io: Float64Array, i: number, n: number, up: boolean): void {
  f64[0] = up ? io[i]! : -io[i]!;
  for (let k = 0; k < n; k++) bumpUp();
  io[i] = up ? f64[0]! : -f64[0]!;
}

export const LIB_ULPS = 2;

// ---- outward rounding without a certificate of tightness -------------------------------------
//
// Rump, Zimmermann, Boldo & Melquiond, "Computing predecessor and successor in rounding to
// nearest", BIT 49 (2009), Algorithm 2: for any double c, with u = 2^-53, φ = u(1 + 2u) and
// η = 2^-1074 (the smallest subnormal), fl(c − fl(fl(φ|c|) + η)) is pred(c) or pred(pred(c)),
// and fl(c + …) is succ(c) or succ(succ(c)). If c = fl(x) is a rounded-to-nearest result then
// pred(c) ≤ x ≤ succ(c), so outDown(fl(x)) ≤ x ≤ outUp(fl(x)): a bound at most two ulps from c,
// in four floating-point operations and no branch on the data. Generated interval code uses
// these for its products with a point factor (runtime/interval/pairs.ts: fmaPoint*, mulPoint*),
// where the certified rules above would cost several times more. (Tested against nextUp/nextDown
// in test/interval.test.ts.) ±Infinity: overflow rounds to ±MAX_VALUE on the inner side.
// Constants in these hot rules are literals: a conditional that merges a computed double with a
// value V8 loads as a tagged object (Number.MAX_VALUE, a module-level const) makes it box the
// double — one heap allocation per call of the generated code.

/** φ = u(1 + 2u) and η, written as literals in outDown/outUp (the test checks they agree). */
export const PHI = 2 ** -53 + 2 ** -105;
export const ETA = Number.MIN_VALUE;

/** A lower bound of any x with fl(x) = c: pred(c) or one ulp below it. */
export function outDown(c: number): number {
  const r = c - (1.1102230246251568e-16 * Math.abs(c) + 5e-324); // PHI, ETA
  return r === r ? r : c === Infinity ? 1.7976931348623157e308 : r; // MAX_VALUE (a literal: see below)
}

/** An upper bound of any x with fl(x) = c: succ(c) or one ulp above it. */
export function outUp(c: number): number {
  const r = c + (1.1102230246251568e-16 * Math.abs(c) + 5e-324); // PHI, ETA
  return r === r ? r : c === -Infinity ? -1.7976931348623157e308 : r;
}

/** Move `x` outward by `n` ulps. */
export function ulpsDown(x: number, n: number): number {
  for (let i = 0; i < n; i++) x = nextDown(x);
  return x;
}
export function ulpsUp(x: number, n: number): number {
  for (let i = 0; i < n; i++) x = nextUp(x);
  return x;
}

// ---- addition and subtraction (TwoSum: the error is exact whenever the sum is finite) ---------

/** Signed error of fl(a + b): a + b = s + err exactly (finite s). */
function sumError(a: number, b: number, s: number): number {
  const bb = s - a;
  return (a - (s - bb)) + (b - bb);
}

export function addDown(a: number, b: number): number {
  const s = a + b;
  if (s !== s) return s;
  if (s === Infinity) return a === Infinity || b === Infinity ? Infinity : Number.MAX_VALUE; // overflow rounds down to MAX
  if (s === -Infinity) return -Infinity;
  const e = sumError(a, b, s);
  return e < 0 || !(e - e === 0) ? nextDown(s) : s; // an error term that overflowed certifies nothing: one ulp outward
}

export function addUp(a: number, b: number): number {
  const s = a + b;
  if (s !== s) return s;
  if (s === -Infinity) return a === -Infinity || b === -Infinity ? -Infinity : -Number.MAX_VALUE;
  if (s === Infinity) return Infinity;
  const e = sumError(a, b, s);
  return e > 0 || !(e - e === 0) ? nextUp(s) : s;
}

export function subDown(a: number, b: number): number {
  return addDown(a, -b);
}

export function subUp(a: number, b: number): number {
  return addUp(a, -b);
}

// ---- multiplication (Dekker's TwoProduct) -----------------------------------------------------

const SPLITTER = 134217729; // 2^27 + 1
/** Above this magnitude Veltkamp splitting may overflow. */
const SPLIT_LIMIT = 2 ** 995;
/** Below this magnitude of a product, its error term may underflow (not exact). */
const TINY_PRODUCT = 2 ** -969;

/**
 * Signed error of fl(a·b), or NaN when it cannot be computed exactly: splitting could overflow, the
 * error term could underflow, or the product itself overflowed (then ah·bh − p is −∞ and every
 * remainder built on it NaN: √MAX's check compared MAX with an infinite square).
 */
function productError(a: number, b: number, p: number): number {
  if (Math.abs(a) > SPLIT_LIMIT || Math.abs(b) > SPLIT_LIMIT || Math.abs(p) < TINY_PRODUCT || !(Math.abs(p) <= Number.MAX_VALUE)) return NaN;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return e - e === 0 ? e : NaN; // ah·bh overflows when a rounds up to a power of two near the top (√MAX)
}

/** a·b rounded down; 0·±∞ = 0 (IEEE 1788's convention for interval endpoints). */
export function mulDown(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  const p = a * b;
  if (p !== p) return p;
  if (p === Infinity) return a === Infinity || a === -Infinity || b === Infinity || b === -Infinity ? Infinity : Number.MAX_VALUE;
  if (p === -Infinity) return -Infinity;
  if (p === 0) return (a > 0) === (b > 0) ? 0 : -Number.MIN_VALUE; // underflow: the sign is known
  const e = productError(a, b, p);
  if (e !== e) return nextDown(p); // could not certify: one ulp outward
  return e < 0 ? nextDown(p) : p;
}

export function mulUp(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  const p = a * b;
  if (p !== p) return p;
  if (p === -Infinity) return a === Infinity || a === -Infinity || b === Infinity || b === -Infinity ? -Infinity : -Number.MAX_VALUE;
  if (p === Infinity) return Infinity;
  if (p === 0) return (a > 0) === (b > 0) ? Number.MIN_VALUE : 0;
  const e = productError(a, b, p);
  if (e !== e) return nextUp(p);
  return e > 0 ? nextUp(p) : p;
}

// ---- division and square root (exact remainders) ---------------------------------------------

/** Sign of a/b − q (the exact quotient minus the rounded one), or NaN when uncertified. */
function quotientSide(a: number, b: number, q: number): number {
  if (q === 0 || !isFinite(q) || !isFinite(a) || !isFinite(b)) return NaN;
  const p = q * b;
  const e = productError(q, b, p);
  if (e !== e) return NaN;
  const r = (a - p) - e; // exact: a − q·b is representable and a − p is exact (Sterbenz)
  return r !== r ? NaN : r === 0 ? 0 : (r > 0) === (b > 0) ? 1 : -1;
}

export function divDown(a: number, b: number): number {
  const q = a / b;
  if (q !== q) return q;
  if (q === Infinity) return isFinite(a) && isFinite(b) && b !== 0 ? Number.MAX_VALUE : Infinity;
  if (q === -Infinity || q === 0 && !isFinite(b)) return q;
  if (q === 0) return a === 0 ? 0 : (a > 0) === (b > 0) ? 0 : -Number.MIN_VALUE;
  const side = quotientSide(a, b, q);
  if (side !== side) return nextDown(q);
  return side < 0 ? nextDown(q) : q;
}

export function divUp(a: number, b: number): number {
  const q = a / b;
  if (q !== q) return q;
  if (q === -Infinity) return isFinite(a) && isFinite(b) && b !== 0 ? -Number.MAX_VALUE : -Infinity;
  if (q === Infinity || q === 0 && !isFinite(b)) return q;
  if (q === 0) return a === 0 ? 0 : (a > 0) === (b > 0) ? Number.MIN_VALUE : 0;
  const side = quotientSide(a, b, q);
  if (side !== side) return nextUp(q);
  return side > 0 ? nextUp(q) : q;
}

/** Sign of √a − s, or NaN when uncertified. */
function sqrtSide(a: number, s: number): number {
  if (s === 0 || !isFinite(s)) return NaN;
  const p = s * s;
  const e = productError(s, s, p);
  if (e !== e) return NaN;
  const r = (a - p) - e;
  return r !== r ? NaN : r === 0 ? 0 : r > 0 ? 1 : -1;
}

export function sqrtDown(a: number): number {
  const s = Math.sqrt(a);
  if (s === 0 || s === Infinity || s !== s) return s;
  const side = sqrtSide(a, s);
  if (side !== side) return nextDown(s);
  return side < 0 ? nextDown(s) : s;
}

export function sqrtUp(a: number): number {
  const s = Math.sqrt(a);
  if (s === 0 || s === Infinity || s !== s) return s === 0 && a > 0 ? Number.MIN_VALUE : s;
  const side = sqrtSide(a, s);
  if (side !== side) return nextUp(s);
  return side > 0 ? nextUp(s) : s;
}

// ---- library functions (fdlibm in V8: < 1 ulp; widened by LIB_ULPS) --------------------------

// Each rule maps io[0] to a lower bound of f there and io[1] to an upper bound of f there, in place
// (generated interval code passes the runtime's `bounds`: see siluBounds in index.ts for why no
// double may cross these calls); the point versions below go through a scratch array.

export function expBounds(io: Float64Array): void {
  const a = io[0]!, b = io[1]!;
  if (a === 0) io[0] = 1;
  else if (a === -Infinity) io[0] = 0;
  else {
    io[0] = Math.exp(a);
    stepsAt(io, 0, LIB_ULPS, false);
    io[0] = Math.max(0, io[0]!);
  }
  if (b === 0) io[1] = 1;
  else if (b === -Infinity) io[1] = 0;
  else {
    io[1] = Math.exp(b);
    if (io[1] === 0) io[1] = Number.MIN_VALUE;
    else stepsAt(io, 1, LIB_ULPS, true);
  }
}

export function logBounds(io: Float64Array): void {
  const a = io[0]!, b = io[1]!;
  if (a === 1) io[0] = 0;
  else {
    io[0] = Math.log(a);
    stepsAt(io, 0, LIB_ULPS, false);
  }
  if (b === 1) io[1] = 0;
  else {
    io[1] = Math.log(b);
    stepsAt(io, 1, LIB_ULPS, true);
  }
}

export function tanhBounds(io: Float64Array): void {
  const a = io[0]!, b = io[1]!;
  if (a === 0) io[0] = 0;
  else {
    io[0] = Math.tanh(a);
    stepsAt(io, 0, LIB_ULPS, false);
    io[0] = Math.max(-1, io[0]!);
  }
  if (b === 0) io[1] = 0;
  else {
    io[1] = Math.tanh(b);
    stepsAt(io, 1, LIB_ULPS, true);
    io[1] = Math.min(1, io[1]!);
  }
}

/** A rule over [io[0], io[1]] that writes the bounds of the result back into io. */
export type ArrayRule = (io: Float64Array) => void;
const ruleIo = new Float64Array(2);
/**
 * The rule applied to [a, b], for callers holding numbers (the object API, the Lo/Hi forms): its
 * result in a shared scratch array, to be read at once ([0] lower, [1] upper bound).
 */
export function applyRule(rule: ArrayRule, a: number, b: number): Float64Array {
  ruleIo[0] = a;
  ruleIo[1] = b;
  rule(ruleIo);
  return ruleIo;
}
export const expDown = (x: number): number => applyRule(expBounds, x, x)[0]!;
export const expUp = (x: number): number => applyRule(expBounds, x, x)[1]!;
export const logDown = (x: number): number => applyRule(logBounds, x, x)[0]!;
export const logUp = (x: number): number => applyRule(logBounds, x, x)[1]!;
export const tanhDown = (x: number): number => applyRule(tanhBounds, x, x)[0]!;
export const tanhUp = (x: number): number => applyRule(tanhBounds, x, x)[1]!;

/** log(1 + e^x), increasing; evaluated as in runtime/intrinsics.ts. Error ≤ 3 ulps: moved 4 outward. */
function softplusNear(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}
export function softplusDown(x: number): number {
  if (x === -Infinity) return 0;
  return Math.max(0, ulpsDown(softplusNear(x), LIB_ULPS + 2));
}
export function softplusUp(x: number): number {
  if (x === Infinity) return Infinity;
  const r = softplusNear(x);
  return r === 0 ? Number.MIN_VALUE : ulpsUp(r, LIB_ULPS + 2);
}

/**
 * σ's bounds over [io[0], io[1]] (σ increases: σ(lo) from below, σ(hi) from above), written back
 * into io; NaN (empty) stays NaN. e^−x moves two steps outward (fdlibm's error is below one ulp),
 * 1 + e, the quotient and the result one step each: outDown/outUp written out, so that no double
 * crosses a call (generated interval adjoints call this once per neuron: see siluBounds).
 */
export function sigmoidBounds(io: Float64Array): void {
  const a = io[0]!, b = io[1]!;
  // lower bound at a: 1 / (1 + e^−a) with the denominator rounded up (e^−a ≥ 0, +∞ allowed)
  const ea = Math.exp(-a);
  const ea1 = ea + (1.1102230246251568e-16 * ea + 5e-324);
  const eaUp = ea1 + (1.1102230246251568e-16 * ea1 + 5e-324);
  const da0 = 1 + eaUp, da = da0 + (1.1102230246251568e-16 * da0 + 5e-324);
  const qa = 1 / da, lo = qa - (1.1102230246251568e-16 * qa + 5e-324);
  io[0] = a === -1e999 ? 0 : Math.max(0, lo);
  // upper bound at b: the denominator rounded down (an overflowed e^−b is above MAX_VALUE)
  const eb = Math.exp(-b);
  const eb0 = eb === 1e999 ? 1.7976931348623157e308 : eb;
  const eb1 = eb0 - (1.1102230246251568e-16 * eb0 + 5e-324);
  const eb2 = eb1 - (1.1102230246251568e-16 * Math.abs(eb1) + 5e-324);
  const ebDn = Math.max(0, eb2);
  const db0 = 1 + ebDn, db = db0 - (1.1102230246251568e-16 * db0 + 5e-324);
  const qb = 1 / db, hi = qb + (1.1102230246251568e-16 * qb + 5e-324);
  io[1] = b === 1e999 ? 1 : Math.min(1, hi);
}
export const sigmoidDown = (x: number): number => applyRule(sigmoidBounds, x, x)[0]!;
export const sigmoidUp = (x: number): number => applyRule(sigmoidBounds, x, x)[1]!;
