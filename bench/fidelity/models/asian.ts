// An arithmetic-average Asian call in Black–Scholes with the spot and the volatility as inputs:
// twelve monthly fixings over a year. `payoff` is one simulated path. There is no closed form:
// `exact` is a high-precision reference by conditional quasi-Monte Carlo (Curran's conditioning):
// along the direction ŵ in which the twelve Gaussian steps move the average most, the average is
// a sum of exponentials in that one normal variable, so its payoff integrates in closed form once
// the strike's crossing point is found (Newton); the other eleven directions are integrated over a
// rank-1 lattice. Each path's price is smooth in spot and volatility, so the compiler's derivatives
// of `exact` are accurate deltas and gammas too (the fidelity suite's README gives its error).
import { normCdf } from "./normal.js";

const FIXINGS = 12;
const MATURITY = 1;
const RATE = 0.02;
const STRIKE = 100;
/** Lattice points and the Korobov generator a (generating vector 1, a, a², … mod POINTS), chosen by minimising the lattice's P₂ criterion with weights 1/j². */
const POINTS = 2039;
const GENERATOR = 177;
/** Newton steps for the strike's crossing point (converged to rounding from the lognormal guess after four). */
const NEWTON = 5;

/**
 * One path's discounted payoff (A − K)⁺, A the average of the twelve fixings.
 * @reference
 * @differentiable
 * @wrt x
 * @length x 2
 * @length z 12
 * @domain x[0] 80 120
 * @domain x[1] 0.1 0.4
 * @gamma x[0]
 */
export function payoff(x: Float64Array, z: Float64Array): number {
  const spot = x[0]!;
  const vol = x[1]!;
  const dt = MATURITY / FIXINGS;
  let s = spot;
  let sum = 0;
  for (let k = 0; k < FIXINGS; k++) {
    s *= Math.exp((RATE - 0.5 * vol * vol) * dt + vol * Math.sqrt(dt) * z[k]!);
    sum += s;
  }
  return Math.exp(-RATE * MATURITY) * Math.max(sum / FIXINGS - STRIKE, 0);
}

/** The standard normal quantile: Acklam's rational approximation (relative error below 1.2e-9). */
function normInv(p: number): number {
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783) /
      ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
  }
  if (p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783) /
      ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r + 1.38357751867269e2) * r - 3.066479806614716e1) * r + 2.506628277459239) * q /
    (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r + 6.680131188771972e1) * r - 1.328068155288572e1) * r + 1);
}

/**
 * The price by conditional quasi-Monte Carlo (see the top of the file).
 * @differentiable
 * @length x 2
 * @domain x[0] 80 120
 * @domain x[1] 0.1 0.4
 */
export function exact(x: Float64Array): number {
  const spot = x[0]!;
  const vol = x[1]!;
  const dt = MATURITY / FIXINGS;
  const drift = (RATE - 0.5 * vol * vol) * dt;
  const b = vol * Math.sqrt(dt);
  // ŵ_i ∝ FIXINGS − i (step i moves that many fixings); Householder v = ŵ − e₀ maps e₀ to ŵ
  let norm = 0;
  for (let i = 0; i < FIXINGS; i++) norm += (FIXINGS - i) * (FIXINGS - i);
  norm = Math.sqrt(norm);
  const w = new Float64Array(FIXINGS);
  const v = new Float64Array(FIXINGS);
  for (let i = 0; i < FIXINGS; i++) {
    w[i] = (FIXINGS - i) / norm;
    v[i] = w[i]!;
  }
  v[0] = w[0]! - 1;
  const vv = 2 * (1 - w[0]!);
  const z = new Float64Array(FIXINGS);
  const c = new Float64Array(FIXINGS);
  const alpha = new Float64Array(FIXINGS);
  let total = 0;
  for (let k = 0; k < POINTS; k++) {
    // lattice point k → eleven normals in the directions orthogonal to ŵ: z = H·(0, y)
    let g = 1;
    z[0] = 0;
    for (let i = 1; i < FIXINGS; i++) {
      z[i] = normInv((((k * g) % POINTS) + 0.5) / POINTS);
      g = (g * GENERATOR) % POINTS;
    }
    let vy = 0;
    for (let i = 0; i < FIXINGS; i++) vy += v[i]! * z[i]!;
    for (let i = 0; i < FIXINGS; i++) z[i] = z[i]! - (2 * v[i]! * vy) / vv;
    // the average as Σ_j c_j·exp(α_j·ζ), ζ ~ N(0, 1) the step along ŵ
    let path = 0;
    let slope = 0;
    let sumC = 0;
    let sumCA = 0;
    for (let j = 0; j < FIXINGS; j++) {
      path += b * z[j]!;
      slope += b * w[j]!;
      c[j] = (spot * Math.exp((j + 1) * drift + path)) / FIXINGS;
      alpha[j] = slope;
      sumC += c[j]!;
      sumCA += c[j]! * slope;
    }
    // the crossing point ζ* where the average equals the strike, from the lognormal guess
    let root = Math.log(STRIKE / sumC) / (sumCA / sumC);
    for (let it = 0; it < NEWTON; it++) {
      let f = -STRIKE;
      let df = 0;
      for (let j = 0; j < FIXINGS; j++) {
        const e = c[j]! * Math.exp(alpha[j]! * root);
        f += e;
        df += alpha[j]! * e;
      }
      root -= f / df;
    }
    // E[(A − K)⁺] = Σ_j c_j·e^(α_j²/2)·Φ(α_j − ζ*) − K·Φ(−ζ*)
    let price = -STRIKE * normCdf(-root);
    for (let j = 0; j < FIXINGS; j++) price += c[j]! * Math.exp(0.5 * alpha[j]! * alpha[j]!) * normCdf(alpha[j]! - root);
    total += price;
  }
  return (Math.exp(-RATE * MATURITY) * total) / POINTS;
}
