/**
 * The surrogate's price, delta, vega and gamma at one point, and the closed form's, from the code
 * `sobolev fit` wrote (surrogate.ts and the variants generated beside it). The page and the test's
 * Node side both call this, so a browser result can be compared with Node's number for number.
 */
import { surrogate_adjoint } from "../surrogate.adjoint.js";
import { surrogate_adjoint_tangent } from "../surrogate.adjoint_tangent.js";
import { surrogate_interval } from "../surrogate.interval.js";
import { exact } from "../model.js";

export interface Greeks {
  price: number;
  delta: number;
  vega: number;
  gamma: number;
}

export function surrogateGreeks(spot: number, vol: number): Greeks {
  const x = Float64Array.of(spot, vol);
  const xb = new Float64Array(2);
  const price = surrogate_adjoint(x, xb, 1);
  // the tangent of the adjoint along the spot: the first column of the Hessian
  const xd = Float64Array.of(1, 0), xbd = new Float64Array(2), out = new Float64Array(2);
  surrogate_adjoint_tangent(x, new Float64Array(2), 1, xd, xbd, 0, out);
  return { price, delta: xb[0]!, vega: xb[1]!, gamma: xbd[0]! };
}

/** An enclosure of the surrogate's price over spot ∈ [lo, hi] at this volatility (the interval variant: rigorous bounds). */
export function surrogateEnclosure(lo: number, hi: number, vol: number): [number, number] {
  const out = new Float64Array(2);
  surrogate_interval(Float64Array.of(lo, vol), Float64Array.of(hi, vol), out);
  return [out[0]!, out[1]!];
}

/** The closed form's price, delta, vega and gamma (central differences of `exact`, for the page's dashed reference). */
export function exactGreeks(spot: number, vol: number): Greeks {
  const f = (s: number, v: number) => exact(Float64Array.of(s, v));
  const h = 1e-3 * spot, k = 1e-5;
  const price = f(spot, vol);
  return {
    price,
    delta: (f(spot + h, vol) - f(spot - h, vol)) / (2 * h),
    vega: (f(spot, vol + k) - f(spot, vol - k)) / (2 * k),
    gamma: (f(spot + h, vol) - 2 * price + f(spot - h, vol)) / (h * h),
  };
}
