// A European call in Heston's stochastic-volatility model, with the spot and the initial variance
// as inputs. `payoff` simulates one path as it is usually written: log-Euler steps for the spot,
// full-truncation Euler steps for the variance (Math.sqrt(Math.max(v, 0))), correlated draws.
// `exact` is Heston's semi-closed form (the characteristic function in the "little trap"
// formulation of Albrecher, Mayer, Schoutens & Tistaert 2007, which keeps the complex logarithm on
// its principal branch, integrated by composite Gauss–Legendre quadrature), written with complex
// numbers as pairs of reals.

const KAPPA = 2;
const THETA = 0.04;
const XI = 0.3;
const RHO = -0.7;
const RATE = 0.02;
const MATURITY = 1;
const STRIKE = 100;
const STEPS = 64;

/**
 * One path's discounted payoff (S_T − K)⁺.
 * @reference
 * @differentiable
 * @wrt x
 * @length x 2
 * @length z 128
 * @domain x[0] 80 120
 * @domain x[1] 0.01 0.09
 * @gamma x[0]
 */
export function payoff(x: Float64Array, z: Float64Array): number {
  const dt = MATURITY / STEPS;
  const sq = Math.sqrt(dt);
  const rhoBar = Math.sqrt(1 - RHO * RHO);
  let logS = Math.log(x[0]!);
  let v = x[1]!;
  for (let k = 0; k < STEPS; k++) {
    const vp = Math.max(v, 0);
    const vol = Math.sqrt(vp);
    const zs = z[2 * k]!;
    const zv = RHO * zs + rhoBar * z[2 * k + 1]!;
    logS += (RATE - 0.5 * vp) * dt + vol * sq * zs;
    v += KAPPA * (THETA - vp) * dt + XI * vol * sq * zv;
  }
  return Math.exp(-RATE * MATURITY) * Math.max(Math.exp(logS) - STRIKE, 0);
}

// ---- complex arithmetic on (re, im) pairs ----

function cmul(ar: number, ai: number, br: number, bi: number): [number, number] {
  return [ar * br - ai * bi, ar * bi + ai * br];
}

function cdiv(ar: number, ai: number, br: number, bi: number): [number, number] {
  const d = br * br + bi * bi;
  return [(ar * br + ai * bi) / d, (ai * br - ar * bi) / d];
}

function cexp(ar: number, ai: number): [number, number] {
  const m = Math.exp(ar);
  return [m * Math.cos(ai), m * Math.sin(ai)];
}

function clog(ar: number, ai: number): [number, number] {
  return [Math.log(Math.hypot(ar, ai)), Math.atan2(ai, ar)];
}

/** The principal square root (non-negative real part). */
function csqrt(ar: number, ai: number): [number, number] {
  const m = Math.hypot(ar, ai);
  const re = Math.sqrt(0.5 * (m + ar));
  const im = Math.sqrt(0.5 * (m - ar));
  return [re, ai < 0 ? -im : im];
}

/** E[exp(i·w·ln S_T)] for a complex w = (wr, wi), given ln S and v0. */
function charFn(wr: number, wi: number, logSpot: number, v0: number): [number, number] {
  const iwr = -wi; // i·w
  const iwi = wr;
  const br = KAPPA - RHO * XI * iwr; // β = κ − ρξ·iw
  const bi = -RHO * XI * iwi;
  const [b2r, b2i] = cmul(br, bi, br, bi);
  const [w2r, w2i] = cmul(wr, wi, wr, wi);
  const [dr, di] = csqrt(b2r + XI * XI * (iwr + w2r), b2i + XI * XI * (iwi + w2i));
  const [gr, gi] = cdiv(br - dr, bi - di, br + dr, bi + di);
  const [er, ei] = cexp(-dr * MATURITY, -di * MATURITY);
  const [ger, gei] = cmul(gr, gi, er, ei);
  const [qr, qi] = cdiv(1 - ger, -gei, 1 - gr, -gi);
  const [lr, li] = clog(qr, qi);
  const c = (KAPPA * THETA) / (XI * XI);
  const cr = c * ((br - dr) * MATURITY - 2 * lr);
  const ci = c * ((bi - di) * MATURITY - 2 * li);
  const [fr, fi] = cdiv(1 - er, -ei, 1 - ger, -gei);
  const [Dr, Di] = cmul((br - dr) / (XI * XI), (bi - di) / (XI * XI), fr, fi);
  const drift = logSpot + RATE * MATURITY;
  return cexp(iwr * drift + cr + Dr * v0, iwi * drift + ci + Di * v0);
}

/** Nodes and weights of 8-point Gauss–Legendre quadrature on [−1, 1] (the positive half; the rule is symmetric). */
const GL_NODES = [0.1834346424956498, 0.525532409916329, 0.7966664774136267, 0.9602898564975363];
const GL_WEIGHTS = [0.362683783378362, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763];
/** The integral over [0, PANELS·PANEL_WIDTH]: the integrand decays like exp(−u·(v0 + κθT)·√(1 − ρ²)/ξ). */
const PANELS = 48;
const PANEL_WIDTH = 2.5;

/**
 * C = ½(S − K·e^(−rT)) + (e^(−rT)/π)·∫₀^∞ Re[e^(−iu·ln K)·(φ(u − i) − K·φ(u))/(iu)] du.
 * @differentiable
 * @length x 2
 * @domain x[0] 80 120
 * @domain x[1] 0.01 0.09
 */
export function exact(x: Float64Array): number {
  const spot = x[0]!;
  const v0 = x[1]!;
  const logSpot = Math.log(spot);
  const logK = Math.log(STRIKE);
  let integral = 0;
  for (let p = 0; p < PANELS; p++) {
    const mid = (p + 0.5) * PANEL_WIDTH;
    for (let j = 0; j < 8; j++) {
      const node = j < 4 ? GL_NODES[j]! : -GL_NODES[j - 4]!;
      const weight = j < 4 ? GL_WEIGHTS[j]! : GL_WEIGHTS[j - 4]!;
      const u = mid + 0.5 * PANEL_WIDTH * node;
      const [ar, ai] = charFn(u, -1, logSpot, v0);
      const [br, bi] = charFn(u, 0, logSpot, v0);
      // e^(−iu·ln K)·(φ(u − i) − K·φ(u)), divided by iu: the real part is its imaginary part over u
      const [, zi] = cmul(Math.cos(u * logK), -Math.sin(u * logK), ar - STRIKE * br, ai - STRIKE * bi);
      integral += 0.5 * PANEL_WIDTH * weight * (zi / u);
    }
  }
  const discount = Math.exp(-RATE * MATURITY);
  return 0.5 * (spot - STRIKE * discount) + (discount / Math.PI) * integral;
}
