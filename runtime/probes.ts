/**
 * Probes: what `mark(x, slot)` records. A model calls `mark` on intermediates it wants reported
 * (the MLP marks every hidden neuron); the primal records the value, generated adjoints record
 * the adjoint, and interval variants record interval bounds of both — the inputs of Interval
 * Adjoint Significance Analysis (S = width([n]) · max |∇_[n][y]|).
 *
 * One module-level record serves all generated code (as the tape does); it grows on demand.
 */
import { bounds } from "./interval/pairs.js";

export class Probes {
  value = new Float64Array(0);
  adjoint = new Float64Array(0);
  valueLo = new Float64Array(0);
  valueHi = new Float64Array(0);
  adjointLo = new Float64Array(0);
  adjointHi = new Float64Array(0);

  ensure(slot: number): void {
    if (slot < this.value.length) return;
    const n = Math.max(slot + 1, this.value.length * 2, 64);
    for (const k of ["value", "adjoint", "valueLo", "valueHi", "adjointLo", "adjointHi"] as const) {
      const next = new Float64Array(n).fill(NaN);
      next.set(this[k]);
      this[k] = next;
    }
  }
}

export const probes = new Probes();

/** The identity, recording x as the value of `slot`. Differentiable (its derivative is 1). */
export function mark(x: number, slot: number): number {
  if (slot >= probes.value.length) probes.ensure(slot);
  probes.value[slot] = x;
  return x;
}

/** Called by generated adjoints: the adjoint of the marked value. */
export function markAdjoint(slot: number, xb: number): void {
  if (slot >= probes.adjoint.length) probes.ensure(slot);
  probes.adjoint[slot] = xb;
}

/**
 * Interval versions, called by generated interval code with the bounds in the interval runtime's
 * `bounds` array (slots 0 and 1), so that no double is passed boxed: the value's bounds, and the
 * adjoint's bounds.
 */
export function markInterval(slot: number): void {
  if (slot >= probes.valueLo.length) probes.ensure(slot);
  probes.valueLo[slot] = bounds[0]!;
  probes.valueHi[slot] = bounds[1]!;
}
export function markAdjointInterval(slot: number): void {
  if (slot >= probes.adjointLo.length) probes.ensure(slot);
  probes.adjointLo[slot] = bounds[0]!;
  probes.adjointHi[slot] = bounds[1]!;
}
