// A down-and-out call in Black–Scholes, the barrier watched continuously, with the spot and the
// volatility as inputs. `payoff` simulates twelve monthly steps and smooths the barrier with the
// Brownian bridge: between two steps the path survives with probability
// 1 − exp(−2·ln(S_i/B)·ln(S_(i+1)/B)/(σ²Δt)), so the payoff (S_T − K)⁺ times the product of these
// is an unbiased estimate of the continuously watched option, and Lipschitz in the inputs (its
// pathwise derivatives are right, unlike those of a knock-out indicator). `exact` is the closed
// form (Merton 1973; Reiner & Rubinstein 1991) for a barrier below the strike.
import { normCdf } from "./normal.js";

const BARRIER = 80;
const STRIKE = 100;
const RATE = 0.02;
const MATURITY = 1;
const STEPS = 12;

/**
 * One path's discounted, bridge-smoothed payoff.
 * @reference
 * @differentiable
 * @wrt x
 * @length x 2
 * @length z 12
 * @domain x[0] 85 130
 * @domain x[1] 0.15 0.35
 * @gamma x[0]
 */
export function payoff(x: Float64Array, z: Float64Array): number {
  const vol = x[1]!;
  const dt = MATURITY / STEPS;
  let s = x[0]!;
  let alive = 1;
  for (let k = 0; k < STEPS; k++) {
    const next = s * Math.exp((RATE - 0.5 * vol * vol) * dt + vol * Math.sqrt(dt) * z[k]!);
    const crossing = Math.exp((-2 * Math.log(s / BARRIER) * Math.log(next / BARRIER)) / (vol * vol * dt));
    alive *= Math.max(1 - crossing, 0);
    s = next;
  }
  return Math.exp(-RATE * MATURITY) * alive * Math.max(s - STRIKE, 0);
}

/**
 * Black–Scholes call.
 * @differentiable
 * @domain s 50 150
 * @domain vol 0.1 0.4
 */
export function call(s: number, vol: number): number {
  const sd = vol * Math.sqrt(MATURITY);
  const d1 = (Math.log(s / STRIKE) + (RATE + 0.5 * vol * vol) * MATURITY) / sd;
  return s * normCdf(d1) - STRIKE * Math.exp(-RATE * MATURITY) * normCdf(d1 - sd);
}

/**
 * The down-and-out call by the reflection principle: C(S) − (S/B)^(1 − 2r/σ²)·C(B²/S).
 * @differentiable
 * @length x 2
 * @domain x[0] 85 130
 * @domain x[1] 0.15 0.35
 */
export function exact(x: Float64Array): number {
  const s = x[0]!;
  const vol = x[1]!;
  return call(s, vol) - Math.pow(s / BARRIER, 1 - (2 * RATE) / (vol * vol)) * call((BARRIER * BARRIER) / s, vol);
}
