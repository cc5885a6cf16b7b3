/**
 * The Sobolev losses' arithmetic (gradients.ts, second-order.ts), shared by the TypeScript and the
 * SIMD backends: the sums of squared residuals, the seeds of the sweeps that follow, the totals.
 */
export class SobolevTerms {
  private readonly alpha: number;
  private readonly beta: number;
  private readonly gamma: number;
  /** Directions per batch of the Hessian term (0: first order). */
  private readonly K: number;
  private lv = 0;
  private ld = 0;
  private lh = 0;

  /**
   * `n` inputs, means over a batch of `B`. First order: α = 1/(1 + n), β = n/(1 + n). With
   * `secondOrder`, the Hessian term over its directions too, weighted as secondOrderWeights says.
   */
  constructor(private readonly n: number, private readonly B: number, secondOrder?: { directions: number; weight?: number }) {
    [this.alpha, this.beta, this.gamma] = secondOrder ? secondOrderWeights(n, secondOrder.weight) : [1 / (1 + n), n / (1 + n), 0];
    this.K = secondOrder?.directions ?? 0;
  }

  /** A sample's value residual r = f − y; returns the seed of f, 2α·r/B. */
  value(r: number): number {
    this.lv += r * r;
    return (2 * this.alpha * r) / this.B;
  }

  /** A derivative residual e = ∂f/∂x_j − d_j; returns the tangent direction's component, 2β·e/(n·B). */
  derivative(e: number): number {
    this.ld += e * e;
    return (2 * this.beta * e) / (this.n * this.B);
  }

  /** A Hessian-vector residual e = (∇²f v)_i − (H v)_i; returns the component of the seed u, 2γ·e/(K·n·B). */
  hessian(e: number): number {
    this.lh += e * e;
    return (2 * this.gamma * e) / (this.K * this.n * this.B);
  }

  /** [total, value part, derivative part] of the loss (the Hessian part, if any, is in the total). */
  totals(): [number, number, number] {
    const lv = this.lv / this.B, ld = this.ld / (this.B * this.n);
    return this.K === 0 ? [this.alpha * lv + this.beta * ld, lv, ld] : [this.alpha * lv + this.beta * ld + this.gamma * this.hessianPart(), lv, ld];
  }

  /** The Hessian term's mean squared residual. */
  hessianPart(): number {
    return this.K === 0 ? 0 : this.lh / (this.B * this.n * this.K);
  }
}

/** The second-order loss's weights [α, β, γ] (second-order.ts) for n inputs and Hessian weight ω. */
export function secondOrderWeights(n: number, omega = 1): [number, number, number] {
  const z = 1 + n + omega * n;
  return [1 / z, n / z, (omega * n) / z];
}

/** Component i of the label H v: sample s's Hessian (h, n × n per sample) times direction k of `dirs`. */
export function hessianLabel(h: Float64Array, s: number, n: number, dirs: Float64Array, k: number, i: number): number {
  let hv = 0;
  for (let j = 0; j < n; j++) hv += h[s * n * n + i * n + j]! * dirs[k * n + j]!;
  return hv;
}
