// A pricing model as a user would write one for `sobolev fit`: a call on the geometric average of
// four correlated Black–Scholes assets, simulated month by month. `payoff` is the reference (one
// path from the spots x and the path's standard normal draws z); `exact` is its closed form (the
// geometric average of lognormals is lognormal), which the fit uses to measure the surrogate.
//
//   npx sobolev fit examples/lognormal-basket/model.ts --scale quick

const ASSETS = 4;
const STEPS = 12;
const MATURITY = 1;
const RATE = 0.02;
const STRIKE = 100;
const WEIGHTS = [0.25, 0.25, 0.25, 0.25];
const VOLS = [0.2, 0.25, 0.3, 0.35];
/** Lower Cholesky factor of the correlation matrix [[1, .5, .3, .2], [.5, 1, .4, .3], [.3, .4, 1, .5], [.2, .3, .5, 1]], row by row. */
const CHOL = [
  1, 0, 0, 0,
  0.5, 0.8660254037844386, 0, 0,
  0.3, 0.28867513459481287, 0.9082951062292475, 0,
  0.2, 0.23094010767585033, 0.4331452799079611, 0.8451542547285166,
];

/**
 * One path's discounted payoff: each asset's log-price stepped STEPS times with correlated
 * Gaussian increments, then (G − K)⁺ of the geometric average G.
 * @reference
 * @differentiable
 * @wrt x
 * @length x 4
 * @length z 48
 * @domain x 70 130
 */
export function payoff(x: Float64Array, z: Float64Array): number {
  const dt = MATURITY / STEPS;
  let logAverage = 0;
  for (let i = 0; i < ASSETS; i++) {
    const vol = VOLS[i]!;
    let logS = Math.log(x[i]!);
    for (let k = 0; k < STEPS; k++) {
      let shock = 0;
      for (let j = 0; j <= i; j++) shock += CHOL[i * ASSETS + j]! * z[k * ASSETS + j]!;
      logS += (RATE - 0.5 * vol * vol) * dt + vol * Math.sqrt(dt) * shock;
    }
    logAverage += WEIGHTS[i]! * logS;
  }
  return Math.exp(-RATE * MATURITY) * Math.max(Math.exp(logAverage) - STRIKE, 0);
}

/** Φ(x): φ(x)·Σ x^(2k+1)/(2k+1)!! (all terms of one sign: no cancellation), cut off at |x| ≥ 8. */
function normCdf(x: number): number {
  if (x <= -8) return 0;
  if (x >= 8) return 1;
  let term = x;
  let sum = x;
  for (let k = 1; k < 120; k++) {
    term *= (x * x) / (2 * k + 1);
    sum += term;
  }
  return 0.5 + (Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI)) * sum;
}

/**
 * The closed form: log G is normal with mean m and variance v, so the price is Black's formula on G.
 * @differentiable
 * @length x 4
 * @domain x 70 130
 */
export function exact(x: Float64Array): number {
  let mean = 0;
  let variance = 0;
  for (let i = 0; i < ASSETS; i++) {
    const vol = VOLS[i]!;
    mean += WEIGHTS[i]! * (Math.log(x[i]!) + (RATE - 0.5 * vol * vol) * MATURITY);
    for (let j = 0; j < ASSETS; j++) {
      // correlation ρ_ij = Σ_k L_ik L_jk
      let rho = 0;
      for (let k = 0; k < ASSETS; k++) rho += CHOL[i * ASSETS + k]! * CHOL[j * ASSETS + k]!;
      variance += WEIGHTS[i]! * WEIGHTS[j]! * vol * VOLS[j]! * rho * MATURITY;
    }
  }
  const sd = Math.sqrt(variance);
  const d2 = (mean - Math.log(STRIKE)) / sd;
  const forward = Math.exp(mean + 0.5 * variance);
  return Math.exp(-RATE * MATURITY) * (forward * normCdf(d2 + sd) - STRIKE * normCdf(d2));
}
