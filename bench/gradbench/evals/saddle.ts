// GradBench `saddle`, part two: max over p2 of f(p1, p2) (saddle-objective.ts) by gradient ascent
// from the start point, as the tools' shared solver does it (solver.ts: η from 1e-5, doubled after
// 10 accepted steps, halved on a rejected one; stop at |∇| ≤ 1e-5 or a step ≤ 1e-5), with the
// gradient in p2 from f's generated adjoint (innerMaxR) or two tangents (innerMaxF). The tool's
// outer argmin over p1 takes the gradient of these in p1, differentiating through the ascent and
// the derivatives it calls: nested AD.

import { saddleF_adjoint } from "../generated/saddle-objective.adjoint.js";
import { saddleF_tangent } from "../generated/saddle-objective.tangent.js";
import { saddleF } from "./saddle-objective.js";

/**
 * max over (y0, y1) of f(x0, x1, y0, y1), ascending from (s0, s1); ∇ by f's adjoint.
 * @differentiable
 * @wrt x0 x1
 * @variant tangent
 * @variant adjoint
 * @domain x0 0.5 1.5
 * @domain x1 0.5 1.5
 * @domain s0 1 1
 * @domain s1 1 1
 */
export function innerMaxR(x0: number, x1: number, s0: number, s1: number): number {
  let y0 = s0, y1 = s1;
  const g = new Float64Array(2);
  g[0] = 0;
  g[1] = 0;
  saddleF_adjoint(x0, x1, y0, y1, 1, g);
  // descent on −f
  let d0 = -g[0]!, d1 = -g[1]!;
  let fy = -saddleF(x0, x1, y0, y1);
  let eta = 1e-5;
  let i = 0;
  let go = true;
  while (go) {
    if (Math.sqrt(d0 * d0 + d1 * d1) <= 1e-5) go = false;
    else if (i === 10) {
      eta = 2 * eta;
      i = 0;
    } else {
      const n0 = y0 - eta * d0, n1 = y1 - eta * d1;
      if (Math.sqrt((y0 - n0) * (y0 - n0) + (y1 - n1) * (y1 - n1)) <= 1e-5) go = false;
      else {
        const fn = -saddleF(x0, x1, n0, n1);
        if (fn < fy) {
          y0 = n0;
          y1 = n1;
          fy = fn;
          g[0] = 0;
          g[1] = 0;
          saddleF_adjoint(x0, x1, y0, y1, 1, g);
          d0 = -g[0]!;
          d1 = -g[1]!;
          i++;
        } else {
          eta = eta / 2;
          i = 0;
        }
      }
    }
  }
  return saddleF(x0, x1, y0, y1);
}

/**
 * The same ascent with ∇ by two tangents of f.
 * @differentiable
 * @wrt x0 x1
 * @variant tangent
 * @variant adjoint
 * @domain x0 0.5 1.5
 * @domain x1 0.5 1.5
 * @domain s0 1 1
 * @domain s1 1 1
 */
export function innerMaxF(x0: number, x1: number, s0: number, s1: number): number {
  let y0 = s0, y1 = s1;
  const t = new Float64Array(2);
  saddleF_tangent(x0, x1, y0, y1, 1, 0, t);
  let d0 = -t[1]!;
  saddleF_tangent(x0, x1, y0, y1, 0, 1, t);
  let d1 = -t[1]!;
  let fy = -saddleF(x0, x1, y0, y1);
  let eta = 1e-5;
  let i = 0;
  let go = true;
  while (go) {
    if (Math.sqrt(d0 * d0 + d1 * d1) <= 1e-5) go = false;
    else if (i === 10) {
      eta = 2 * eta;
      i = 0;
    } else {
      const n0 = y0 - eta * d0, n1 = y1 - eta * d1;
      if (Math.sqrt((y0 - n0) * (y0 - n0) + (y1 - n1) * (y1 - n1)) <= 1e-5) go = false;
      else {
        const fn = -saddleF(x0, x1, n0, n1);
        if (fn < fy) {
          y0 = n0;
          y1 = n1;
          fy = fn;
          saddleF_tangent(x0, x1, y0, y1, 1, 0, t);
          d0 = -t[1]!;
          saddleF_tangent(x0, x1, y0, y1, 0, 1, t);
          d1 = -t[1]!;
          i++;
        } else {
          eta = eta / 2;
          i = 0;
        }
      }
    }
  }
  return saddleF(x0, x1, y0, y1);
}
