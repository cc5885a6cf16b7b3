// A basket call on seven correlated assets in the Bachelier (normal) model — the case study's
// market (shared/CASE-STUDY.md, seed 1), written as a user writes a model for `sobolev fit`: the
// spots x at the exposure date, one path's normal draws z to maturity, and the closed form.
import { normCdf, normPdf } from "./normal.js";

const ASSETS = 7;
const STRIKE = 1.1;
/** Basket volatility over the year to maturity (the market's volatilities are scaled to it). */
const BASKET_VOL = 0.2;
const WEIGHTS = [0.15072364278043252, 0.22185665789108902, 0.12898743745810243, 0.10290700071143125, 0.09924639941240396, 0.13620202244779686, 0.16007683929874403];
/** Cholesky factor of the assets' covariance over the year (normal volatilities, row by row). */
const CHOL = [
  1.1362471818839304, 0, 0, 0, 0, 0, 0,
  -0.06833481984282967, 0.14680374401844773, 0, 0, 0, 0, 0,
  0.04321412971720559, 0.05444631906839489, 0.18318460493130362, 0, 0, 0, 0,
  -0.06993410464985564, -0.1226299095825441, -0.04975370662688596, 0.19557320771597522, 0, 0, 0,
  -0.28283880794739574, -0.04055232796577668, 0.40960676772569576, 0.14138094506924034, 0.6648554979139092, 0, 0,
  -0.14998337505309117, 0.12500790531456277, 0.12329178894787998, 0.10489540607579771, 0.24444072521775634, 0.7555390053833427, 0,
  -0.1914508133233016, -0.12731365981829507, -0.3195036880522199, -0.008455714786433975, 0.22168251853841117, -0.18904649501582335, 0.547099014673588,
];

/**
 * (w·S_T − K)⁺ with S_T = x + L·z.
 * @reference
 * @differentiable
 * @wrt x
 * @length x 7
 * @length z 7
 * @domain x 0.3232233047 1.6767766953
 */
export function payoff(x: Float64Array, z: Float64Array): number {
  let basket = 0;
  for (let i = 0; i < ASSETS; i++) {
    let move = 0;
    for (let j = 0; j <= i; j++) move += CHOL[i * ASSETS + j]! * z[j]!;
    basket += WEIGHTS[i]! * (x[i]! + move);
  }
  return Math.max(basket - STRIKE, 0);
}

/**
 * Bachelier's formula on the basket b = w·x, whose normal volatility is BASKET_VOL.
 * @differentiable
 * @length x 7
 * @domain x 0.3232233047 1.6767766953
 */
export function exact(x: Float64Array): number {
  let basket = 0;
  for (let i = 0; i < ASSETS; i++) basket += WEIGHTS[i]! * x[i]!;
  const d = (basket - STRIKE) / BASKET_VOL;
  return BASKET_VOL * (d * normCdf(d) + normPdf(d));
}
