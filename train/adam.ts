/** Adam (Kingma & Ba) on a flat parameter array, updated in place; allocation-free per step. */
export class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  private t = 0;
  constructor(n: number, public lr = 1e-4, private readonly b1 = 0.9, private readonly b2 = 0.999, private readonly eps = 1e-8) {
    this.m = new Float64Array(n);
    this.v = new Float64Array(n);
  }

  step(params: Float64Array, grad: Float64Array): void {
    this.t++;
    const { m, v, b1, b2, eps } = this;
    const c1 = 1 - b1 ** this.t, c2 = 1 - b2 ** this.t;
    const a = this.lr / c1;
    for (let i = 0; i < params.length; i++) {
      const g = grad[i]!;
      m[i] = b1 * m[i]! + (1 - b1) * g;
      v[i] = b2 * v[i]! + (1 - b2) * g * g;
      params[i]! -= (a * m[i]!) / (Math.sqrt(v[i]! / c2) + eps);
    }
  }
}
