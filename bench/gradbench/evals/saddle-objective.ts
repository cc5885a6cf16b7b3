// GradBench `saddle`, part one: f(p1, p2) = (p1₀² + p1₁²) − (p2₀² + p2₁²) (evals/saddle/README.md).
// Its gradient in p2 drives the inner gradient ascent (saddle.ts) and the final argmax; both inner
// modes are generated here: the adjoint and the tangent.

/**
 * @differentiable
 * @wrt y0 y1
 * @domain x0 -2 2
 * @domain x1 -2 2
 * @domain y0 -2 2
 * @domain y1 -2 2
 */
export function saddleF(x0: number, x1: number, y0: number, y1: number): number {
  return (x0 * x0 + x1 * x1) - (y0 * y0 + y1 * y1);
}
