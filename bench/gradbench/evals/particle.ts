// GradBench `particle`, part two: naive Euler integration of a unit charge moving in the field of
// particle-potential.ts from x = (0, 8) with velocity (0.75, 0), in steps of 0.1 until it would
// cross the x axis, then linear interpolation to the crossing; the objective is the crossing's
// x₀². The force is −∇ₓp, taken by a generated derivative of the potential: its adjoint
// (naiveEulerR) or two tangents (naiveEulerF). Differentiating these in w (the tool's outer
// gradient) differentiates through those derivatives: forward or reverse over forward or reverse.

import { potential_adjoint } from "../generated/particle-potential.adjoint.js";
import { potential_tangent } from "../generated/particle-potential.tangent.js";

/**
 * The objective, with −∇ₓp from the potential's adjoint.
 * @differentiable
 * @wrt w
 * @variant tangent
 * @variant adjoint
 * @domain w -0.2 0.2
 */
export function naiveEulerR(w: number): number {
  let x0 = 0, x1 = 8, v0 = 0.75, v1 = 0;
  const dt = 0.1;
  const g = new Float64Array(2);
  let go = true;
  while (go) {
    g[0] = 0;
    g[1] = 0;
    potential_adjoint(x0, x1, w, 1, g);
    const a0 = -g[0]!, a1 = -g[1]!;
    const n0 = x0 + dt * v0, n1 = x1 + dt * v1;
    if (n1 > 0) {
      x0 = n0;
      x1 = n1;
      v0 = v0 + dt * a0;
      v1 = v1 + dt * a1;
    } else go = false;
  }
  const tf = -x1 / v1;
  const xf = x0 + tf * v0;
  return xf * xf;
}

/**
 * The objective, with −∇ₓp from two tangents of the potential.
 * @differentiable
 * @wrt w
 * @variant tangent
 * @variant adjoint
 * @domain w -0.2 0.2
 */
export function naiveEulerF(w: number): number {
  let x0 = 0, x1 = 8, v0 = 0.75, v1 = 0;
  const dt = 0.1;
  const t = new Float64Array(2);
  let go = true;
  while (go) {
    potential_tangent(x0, x1, w, 1, 0, t);
    const a0 = -t[1]!;
    potential_tangent(x0, x1, w, 0, 1, t);
    const a1 = -t[1]!;
    const n0 = x0 + dt * v0, n1 = x1 + dt * v1;
    if (n1 > 0) {
      x0 = n0;
      x1 = n1;
      v0 = v0 + dt * a0;
      v1 = v1 + dt * a1;
    } else go = false;
  }
  const tf = -x1 / v1;
  const xf = x0 + tf * v0;
  return xf * xf;
}
