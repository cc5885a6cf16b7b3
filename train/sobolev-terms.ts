/**
 * The Sobolev loss's arithmetic (defined in train/gradients.ts), shared by the TypeScript
 * and the SIMD backends: the sums of squared residuals, the seeds of the second sweep, the totals.
 */
export class SobolevTerms {
  private readonly alpha: number;
  private readonly beta: number;
  private lv = 0;
  private ld = 0;

  /** `n` inputs, means over a batch of `B`; the weights default to α = 1/(1 + n), β = n/(1 + n). */
  constructor(private readonly n: number, private readonly B: number, alpha?: number, beta?: number) {
    this.alpha = alpha ?? 1 / (1 + n);
    this.beta = beta ?? n / (1 + n);
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

  /** [total, value part, derivative part] of the loss. */
  totals(): [number, number, number] {
    const lv = this.lv / this.B, ld = this.ld / (this.B * this.n);
    return [this.alpha * lv + this.beta * ld, lv, ld];
  }
}

/** The second-order loss's weights [α, β, γ] (second-order.ts) for n inputs and Hessian weight ω. */
export function secondOrderWeights(n: number, omega = 1): [number, number, number] {
  const z = 1 + n + omega * n;
  return [1 / z, n / z, (omega * n) / z];
}
