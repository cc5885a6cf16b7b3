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
   * `lambda` weighs input j's derivative residuals by λ_j (default 1: see derivativeWeights).
   */
  constructor(private readonly n: number, private readonly B: number, secondOrder?: { directions: number; weight?: number }, private readonly lambda?: Float64Array) {
    [this.alpha, this.beta, this.gamma] = secondOrder ? secondOrderWeights(n, secondOrder.weight) : [1 / (1 + n), n / (1 + n), 0];
    this.K = secondOrder?.directions ?? 0;
  }

  /** A sample's value residual r = f − y; returns the seed of f, 2α·r/B. */
  value(r: number): number {
    this.lv += r * r;
    return (2 * this.alpha * r) / this.B;
  }

  /** Input j's derivative residual e = ∂f/∂x_j − d_j; returns the tangent direction's component, 2β·λ_j·e/(n·B). */
  derivative(e: number, j: number): number {
    const w = this.lambda ? this.lambda[j]! : 1;
    this.ld += w * e * e;
    return (2 * this.beta * w * e) / (this.n * this.B);
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

/**
 * Per-input weights of the derivative residuals, as Huge & Savine weigh them ("Differential Machine
 * Learning", 2020): λ_j = 1/mean(d_j²) over the (standardised) derivative labels, scaled to mean 1,
 * so that every input's derivative counts alike whatever its size (a vega of 30 beside a delta of
 * 0.5). Capped at 1000× the smallest, for an input the value hardly depends on.
 */
export function derivativeWeights(d: Float64Array, n: number): Float64Array {
  const ms = new Float64Array(n);
  const count = d.length / n;
  for (let k = 0; k < count; k++) for (let j = 0; j < n; j++) ms[j]! += d[k * n + j]! ** 2 / count;
  const top = Math.max(...ms);
  const lambda = ms.map((m) => 1 / Math.max(m, top * 1e-3, Number.MIN_VALUE));
  const mean = lambda.reduce((a, v) => a + v, 0) / n;
  return lambda.map((v) => v / mean);
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
