/**
 * A smoothed call payoff integrated over a normal move by a small quadrature: loops, an
 * overwritten accumulator, and intrinsics — the kind of code sobolev differentiates.
 */
import { softplus } from "../../runtime/index.js";

/**
 * @differentiable
 * @domain spot 0.5 1.5
 * @domain strike 0.8 1.2
 * @domain vol 0.1 0.4
 */
export function smoothCall(spot: number, strike: number, vol: number): number {
  const nodes = 16;
  let value = 0;
  let weights = 0;
  for (let k = 0; k < nodes; k++) {
    const z = -3 + (6 * k) / (nodes - 1);
    const w = Math.exp(-0.5 * z * z);
    const moved = spot + vol * z;
    value += w * 0.02 * softplus((moved - strike) / 0.02);
    weights += w;
  }
  return value / weights;
}
