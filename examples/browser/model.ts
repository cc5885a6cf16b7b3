// The browser example's pricing model: a Black–Scholes call with the spot and the volatility as
// inputs, one year, strike 100. `payoff` is one simulated terminal price's discounted payoff, what
// `sobolev fit` simulates and trains on; `exact` is the closed form it measures the surrogate by.
// `npm run example:browser:fit` refits it (examples/browser/README.md).
import { normCdf } from "../../bench/fidelity/models/normal.js";

const STRIKE = 100;
const RATE = 0.02;
const MATURITY = 1;

/**
 * One path's discounted payoff (S_T − K)⁺.
 * @reference
 * @differentiable
 * @wrt x
 * @length x 2
 * @length z 1
 * @domain x[0] 80 120
 * @domain x[1] 0.1 0.4
 * @gamma x[0]
 */
export function payoff(x: Float64Array, z: Float64Array): number {
  const spot = x[0]!;
  const vol = x[1]!;
  const terminal = spot * Math.exp((RATE - 0.5 * vol * vol) * MATURITY + vol * Math.sqrt(MATURITY) * z[0]!);
  return Math.exp(-RATE * MATURITY) * Math.max(terminal - STRIKE, 0);
}

/**
 * The Black–Scholes price.
 * @differentiable
 * @length x 2
 * @domain x[0] 80 120
 * @domain x[1] 0.1 0.4
 */
export function exact(x: Float64Array): number {
  const spot = x[0]!;
  const vol = x[1]!;
  const sd = vol * Math.sqrt(MATURITY);
  const d1 = (Math.log(spot / STRIKE) + (RATE + 0.5 * vol * vol) * MATURITY) / sd;
  return spot * normCdf(d1) - STRIKE * Math.exp(-RATE * MATURITY) * normCdf(d1 - sd);
}
