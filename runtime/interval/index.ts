/**
 * Bare interval arithmetic over binary64 with IEEE 1788-2015 set-based semantics.
 *
 * An interval is `{ lo, hi }` with lo ≤ hi (bounds may be ±Infinity: `entire` is [−∞, +∞]); the
 * empty set has both fields NaN. Every operation returns an enclosure of the exact set image
 * {f(x) : x ∈ X, x in f's domain}; for + − × ÷ √ sqr it is the tightest binary64 enclosure, for
 * library-based functions it is within a few ulps of it (see round.ts). Division by an interval
 * containing 0 and functions outside their domain follow the set-based rules (hull over the domain).
 */
import {
  addDown, addUp, applyRule, type ArrayRule, divDown, divUp, expBounds, logBounds, mulDown, mulUp, nextDown, nextUp,
  sigmoidBounds, softplusDown, softplusUp, sqrtDown, sqrtUp, subDown, subUp, tanhBounds,
} from "./round.js";

export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

export const empty: Interval = Object.freeze({ lo: NaN, hi: NaN });
export const entire: Interval = Object.freeze({ lo: -Infinity, hi: Infinity });

/** [lo, hi]; invalid bounds (NaN, lo > hi, lo = +∞, hi = −∞) give the empty set, as IEEE 1788's numsToInterval. */
export function interval(lo: number, hi: number = lo): Interval {
  if (!(lo <= hi) || lo === Infinity || hi === -Infinity) return empty;
  return { lo: lo === 0 ? 0 : lo, hi: hi === 0 ? 0 : hi }; // −0 and +0 bounds are the same set
}

export function isEmpty(x: Interval): boolean {
  return x.lo !== x.lo;
}

const mk = (lo: number, hi: number): Interval => ({ lo: lo === 0 ? 0 : lo, hi: hi === 0 ? 0 : hi });

export function neg(x: Interval): Interval {
  return isEmpty(x) ? empty : mk(-x.hi, -x.lo);
}

export function add(x: Interval, y: Interval): Interval {
  if (isEmpty(x) || isEmpty(y)) return empty;
  return mk(addDown(x.lo, y.lo), addUp(x.hi, y.hi));
}

export function sub(x: Interval, y: Interval): Interval {
  if (isEmpty(x) || isEmpty(y)) return empty;
  return mk(subDown(x.lo, y.hi), subUp(x.hi, y.lo));
}

/**
 * Lower bound of [a, b]·[c, d] (0·∞ counts as 0), by the sign table: two products, or four when
 * both intervals contain 0 in their interior. Shared with generated code.
 */
export function mulLo(a: number, b: number, c: number, d: number): number {
  if (a !== a || c !== c) return NaN;
  if (a >= 0) return c >= 0 ? mulDown(a, c) : mulDown(b, c);
  if (b <= 0) return d <= 0 ? mulDown(b, d) : mulDown(a, d);
  if (c >= 0) return mulDown(a, d);
  if (d <= 0) return mulDown(b, c);
  return Math.min(mulDown(a, d), mulDown(b, c));
}
export function mulHi(a: number, b: number, c: number, d: number): number {
  if (a !== a || c !== c) return NaN;
  if (a >= 0) return d <= 0 ? mulUp(a, d) : mulUp(b, d);
  if (b <= 0) return c >= 0 ? mulUp(b, c) : mulUp(a, c);
  if (c >= 0) return mulUp(b, d);
  if (d <= 0) return mulUp(a, c);
  return Math.max(mulUp(a, c), mulUp(b, d));
}

export function mul(x: Interval, y: Interval): Interval {
  if (isEmpty(x) || isEmpty(y)) return empty;
  return mk(mulLo(x.lo, x.hi, y.lo, y.hi), mulHi(x.lo, x.hi, y.lo, y.hi));
}

/**
 * X / Y as [lo, hi] bounds; NaN bounds mean empty. Y containing 0: the hull of {x/y : y ≠ 0}.
 * Shared with generated code.
 */
export function divLo(a: number, b: number, c: number, d: number): number {
  return divBounds(a, b, c, d, false);
}
export function divHi(a: number, b: number, c: number, d: number): number {
  return divBounds(a, b, c, d, true);
}

function divBounds(a: number, b: number, c: number, d: number, upper: boolean): number {
  if (a !== a || c !== c) return NaN;
  if (c === 0 && d === 0) return NaN; // division by {0}: empty
  if (c > 0 || d < 0) {
    // 0 ∉ Y: the usual sign table
    if (c > 0) {
      if (a >= 0) return upper ? divUp(b, c) : divDown(a, d);
      if (b <= 0) return upper ? divUp(b, d) : divDown(a, c);
      return upper ? divUp(b, c) : divDown(a, c);
    }
    if (a >= 0) return upper ? divUp(a, c) : divDown(b, d);
    if (b <= 0) return upper ? divUp(a, d) : divDown(b, c);
    return upper ? divUp(a, d) : divDown(b, d);
  }
  // 0 ∈ Y
  if (a === 0 && b === 0) return 0;
  if (c === 0) {
    // Y = [0, d], d > 0: divide by (0, d]
    if (b < 0) return upper ? divUp(b, d) : -Infinity;
    if (a > 0) return upper ? Infinity : divDown(a, d);
    if (b === 0) return upper ? 0 : -Infinity; // X = [a, 0]
    if (a === 0) return upper ? Infinity : 0; // X = [0, b]
    return upper ? Infinity : -Infinity;
  }
  if (d === 0) {
    // Y = [c, 0], c < 0
    if (b < 0) return upper ? Infinity : divDown(b, c);
    if (a > 0) return upper ? divUp(a, c) : -Infinity;
    if (b === 0) return upper ? Infinity : 0;
    if (a === 0) return upper ? 0 : -Infinity;
    return upper ? Infinity : -Infinity;
  }
  return upper ? Infinity : -Infinity; // c < 0 < d, X ≠ {0}
}

export function div(x: Interval, y: Interval): Interval {
  if (isEmpty(x) || isEmpty(y)) return empty;
  const lo = divLo(x.lo, x.hi, y.lo, y.hi);
  return lo !== lo ? empty : mk(lo, divHi(x.lo, x.hi, y.lo, y.hi));
}

export function sqrLo(a: number, b: number): number {
  if (a >= 0) return mulDown(a, a);
  if (b <= 0) return mulDown(b, b);
  return 0;
}
export function sqrHi(a: number, b: number): number {
  return Math.max(mulUp(a, a), mulUp(b, b));
}

export function sqr(x: Interval): Interval {
  return isEmpty(x) ? empty : mk(sqrLo(x.lo, x.hi), sqrHi(x.lo, x.hi));
}

export function sqrt(x: Interval): Interval {
  if (isEmpty(x) || x.hi < 0) return empty;
  return mk(sqrtDown(Math.max(0, x.lo)), sqrtUp(x.hi));
}

/** An array rule (round.ts: expBounds, …) applied to a non-empty interval, both bounds in one call. */
function byRule(rule: ArrayRule, x: Interval): Interval {
  const r = applyRule(rule, x.lo, x.hi);
  return mk(r[0]!, r[1]!);
}

export function exp(x: Interval): Interval {
  return isEmpty(x) ? empty : byRule(expBounds, x);
}

export function log(x: Interval): Interval {
  if (isEmpty(x) || x.hi <= 0) return empty;
  const r = byRule(logBounds, x);
  return x.lo <= 0 ? mk(-Infinity, r.hi) : r;
}

export function tanh(x: Interval): Interval {
  return isEmpty(x) ? empty : byRule(tanhBounds, x);
}

export function sigmoid(x: Interval): Interval {
  return isEmpty(x) ? empty : byRule(sigmoidBounds, x);
}

export function softplus(x: Interval): Interval {
  return isEmpty(x) ? empty : mk(softplusDown(x.lo), softplusUp(x.hi));
}

/** Where SiLU(x) = x·σ(x) is smallest: x* ≈ −1.2784645 (σ(x)(1 + x(1 − σ(x))) = 0). */
export const SILU_ARGMIN = -1.2784645427610738;
/**
 * A lower bound of min SiLU (≈ −0.27846454276107385): the value at SILU_ARGMIN rounded down, one
 * ulp more because SILU_ARGMIN is not exactly x* (test/interval.test.ts recomputes it). Both
 * constants are written as literals where they are used: V8 boxes the result of a conditional that
 * mixes a computed double with a double read from a module variable (or, oddly, a typed array),
 * which would allocate on every call of the generated code.
 */
export const SILU_MIN_LO = -0.27846454276107396;

/** siluPoint's argument (slot 0), then the lower and upper bound of SiLU there. */
const siluAt = new Float64Array(2);

/**
 * Bounds of SiLU at a finite point x = x·σ(x), every step pushed outward by outDown/outUp's rule
 * c ∓ (φ|c| + η) (round.ts), written out: a helper call that V8 declines to inline would box its
 * double, and a generated function that inlines siluPair leaves little inlining budget. e^−x
 * moves two steps (fdlibm's error is below one ulp). For x ≥ 0 the lower bound takes σ's lower
 * bound, for x < 0 its upper bound (and the other way round for the upper bound). x comes in and
 * the bounds go out through siluAt: see siluBounds for why no double crosses this call.
 */
function siluPoint(): void {
  const x = siluAt[0]!;
  if (x === 0) { // exact: SiLU(0) = 0
    siluAt[1] = 0;
    return;
  }
  // φ = 1.1102230246251568e-16, η = 5e-324; the quantities moved here without |·| are ≥ 0
  const e = Math.exp(-x); // ≥ 0; +∞ below x ≈ −709.8
  const eUp1 = e + (1.1102230246251568e-16 * e + 5e-324);
  const eUp = eUp1 + (1.1102230246251568e-16 * eUp1 + 5e-324);
  const eDn0 = e === 1e999 ? 1.7976931348623157e308 : e; // an overflowed e^−x is above MAX_VALUE
  const eDn1 = eDn0 - (1.1102230246251568e-16 * eDn0 + 5e-324);
  const eDn = eDn1 - (1.1102230246251568e-16 * Math.abs(eDn1) + 5e-324);
  const dUp0 = 1 + eUp, dUp = dUp0 + (1.1102230246251568e-16 * dUp0 + 5e-324); // ≥ 1 + e^−x
  const dDn0 = 1 + eDn, dDn = dDn0 - (1.1102230246251568e-16 * dDn0 + 5e-324); // ≤ 1 + e^−x, > 0
  const sLo0 = 1 / dUp, sLo = sLo0 - (1.1102230246251568e-16 * sLo0 + 5e-324); // σ(x) from below
  const sHi0 = 1 / dDn, sHi = sHi0 + (1.1102230246251568e-16 * sHi0 + 5e-324); // σ(x) from above
  const lo = x * (x >= 0 ? sLo : sHi), hi = x * (x >= 0 ? sHi : sLo);
  siluAt[0] = lo - (1.1102230246251568e-16 * Math.abs(lo) + 5e-324);
  siluAt[1] = hi + (1.1102230246251568e-16 * Math.abs(hi) + 5e-324);
}

/**
 * SiLU over [io[0], io[1]], written back into io: it is decreasing left of x* and increasing right
 * of it, so the minimum is at an end or is min SiLU (enclosed by SILU_MIN_LO), the maximum at an end.
 *
 * Written for V8 (generated interval code calls it once per neuron, as siluPair): V8 passes and
 * returns the doubles of a call it does not inline boxed, a heap allocation each, so the bounds
 * come in and go out through a Float64Array and no double crosses a call here.
 */
export function siluBounds(io: Float64Array): void {
  const a = io[0]!, b = io[1]!;
  if (a !== a || b !== b || b === -1e999) { // empty
    io[0] = a - a;
    io[1] = a - a;
    return;
  }
  // lower bound: at the right end, at the left end, or min SiLU when x* is inside
  if (b <= -1.2784645427610738) { // SILU_ARGMIN
    siluAt[0] = b;
    siluPoint();
    io[0] = siluAt[0]!;
  } else if (a >= -1.2784645427610738) {
    siluAt[0] = a;
    siluPoint();
    io[0] = siluAt[0]!;
  } else {
    io[0] = -0.27846454276107396; // SILU_MIN_LO
  }
  // upper bound: the left end unless [a, b] lies right of x*, the right end unless left of it
  let hi = -1e999;
  if (b <= -1.2784645427610738 || a < -1.2784645427610738) {
    siluAt[0] = a;
    siluPoint();
    hi = Math.min(0, siluAt[1]!); // a < 0 here, and SiLU < 0 left of 0 (also bounds a = −∞ by 0)
  }
  if (b === 1e999) hi = b;
  else if (b > -1.2784645427610738) {
    siluAt[0] = b;
    siluPoint();
    hi = Math.max(hi, siluAt[1]!);
  }
  io[1] = hi;
}
export const siluLo = (a: number, b: number): number => applyRule(siluBounds, a, b)[0]!;
export const siluHi = (a: number, b: number): number => applyRule(siluBounds, a, b)[1]!;

export function silu(x: Interval): Interval {
  return isEmpty(x) ? empty : byRule(siluBounds, x);
}

/** X^n for an integer n (pown); negative n divides 1 by X^|n| with the set-based rules. */
export function pown(x: Interval, n: number): Interval {
  if (!Number.isInteger(n)) throw new RangeError(`pown needs an integer exponent, got ${n}`);
  if (isEmpty(x)) return empty;
  if (n === 0) return interval(1, 1);
  if (n > 0) return powPositive(x, n);
  if (x.lo > 0 || x.hi < 0) {
    // 1/X^|n| (one rounding more than X^|n|), unless X^|n| leaves the normal range: then 1/X first
    // (decreasing on each side of 0), so that an overflowed power cannot spoil the bound.
    const p = powPositive(x, -n);
    const normal = (v: number) => Math.abs(v) >= 2 ** -1000 && Math.abs(v) <= 2 ** 1000;
    if (normal(p.lo) && normal(p.hi)) return mk(divDown(1, p.hi), divUp(1, p.lo));
    return powPositive(mk(divDown(1, x.hi), divUp(1, x.lo)), -n);
  }
  return div(interval(1, 1), powPositive(x, -n));
}

function powUpNonneg(a: number, n: number): number {
  let r = 1, base = a;
  for (let k = n; k > 0; k >>= 1) {
    if (k & 1) r = mulUp(r, base);
    if (k > 1) base = mulUp(base, base);
  }
  return r;
}
function powDownNonneg(a: number, n: number): number {
  let r = 1, base = a;
  for (let k = n; k > 0; k >>= 1) {
    if (k & 1) r = mulDown(r, base);
    if (k > 1) base = mulDown(base, base);
  }
  return r;
}

function powPositive(x: Interval, n: number): Interval {
  if (n === 1) return x;
  if (n % 2 === 0) {
    const m = mag(x), g = mig(x);
    return mk(powDownNonneg(g, n), powUpNonneg(m, n));
  }
  // odd: increasing
  const lo = x.lo >= 0 ? powDownNonneg(x.lo, n) : -powUpNonneg(-x.lo, n);
  const hi = x.hi >= 0 ? powUpNonneg(x.hi, n) : -powDownNonneg(-x.hi, n);
  return mk(lo, hi);
}

export function abs(x: Interval): Interval {
  if (isEmpty(x)) return empty;
  return mk(mig(x), mag(x));
}

export function min(x: Interval, y: Interval): Interval {
  if (isEmpty(x) || isEmpty(y)) return empty;
  return mk(Math.min(x.lo, y.lo), Math.min(x.hi, y.hi));
}

export function max(x: Interval, y: Interval): Interval {
  if (isEmpty(x) || isEmpty(y)) return empty;
  return mk(Math.max(x.lo, y.lo), Math.max(x.hi, y.hi));
}

/** The smallest interval containing both. */
export function hull(x: Interval, y: Interval): Interval {
  if (isEmpty(x)) return y;
  if (isEmpty(y)) return x;
  return mk(Math.min(x.lo, y.lo), Math.max(x.hi, y.hi));
}

export function intersection(x: Interval, y: Interval): Interval {
  if (isEmpty(x) || isEmpty(y)) return empty;
  const lo = Math.max(x.lo, y.lo), hi = Math.min(x.hi, y.hi);
  return lo <= hi ? mk(lo, hi) : empty;
}

/** hi − lo rounded up (IEEE 1788 wid); NaN for empty. */
export function width(x: Interval): number {
  return isEmpty(x) ? NaN : subUp(x.hi, x.lo);
}

/** The midpoint, as IEEE 1788 mid: finite for every non-empty interval (0 for entire). */
export function mid(x: Interval): number {
  if (isEmpty(x)) return NaN;
  if (x.lo === -Infinity && x.hi === Infinity) return 0;
  if (x.lo === -Infinity) return -Number.MAX_VALUE;
  if (x.hi === Infinity) return Number.MAX_VALUE;
  const m = 0.5 * x.lo + 0.5 * x.hi; // no overflow; exact unless underflow
  return Math.min(Math.max(m, x.lo), x.hi);
}

/** max |x| over X. */
export function mag(x: Interval): number {
  return isEmpty(x) ? NaN : Math.max(Math.abs(x.lo), Math.abs(x.hi));
}

/** min |x| over X. */
export function mig(x: Interval): number {
  if (isEmpty(x)) return NaN;
  if (x.lo <= 0 && x.hi >= 0) return 0;
  return Math.min(Math.abs(x.lo), Math.abs(x.hi));
}

/** Is the number v in X? */
export function contains(x: Interval, v: number): boolean {
  return x.lo <= v && v <= x.hi;
}

export { nextDown, nextUp };
