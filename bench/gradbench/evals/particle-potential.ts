// GradBench `particle`, part one: the electric potential of the two fixed charges at (10, 10 − w)
// and (10, 0), p(x; w) = Σ 1/‖x − charge‖ (evals/particle/README.md; the Futhark and C++ tools'
// `naive_euler`). Its gradient in x is the force the simulation (particle.ts) integrates; both
// inner modes are generated here: the adjoint (one call, both components) and the tangent (one
// call per component). particle.ts calls them, and the compiler differentiates it through them:
// nested AD.

/**
 * @differentiable
 * @wrt x0 x1
 * @domain x0 0 8
 * @domain x1 1 8
 * @domain w -1 1
 */
export function potential(x0: number, x1: number, w: number): number {
  return 1 / Math.sqrt((x0 - 10) * (x0 - 10) + (x1 - (10 - w)) * (x1 - (10 - w))) + 1 / Math.sqrt((x0 - 10) * (x0 - 10) + x1 * x1);
}
