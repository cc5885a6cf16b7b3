// A call on the worse of two correlated Black–Scholes assets, with both spots as inputs. `payoff`
// is one path (the two terminal prices from two normal draws); `exact` is Stulz's formula (1982)
// with the bivariate normal distribution by Genz's algorithm (Drezner–Wesolowsky quadrature,
// Statistics and Computing 14, 2004), both annotated beside it as a user would write them.
import { normCdf } from "./normal.js";

const VOL1 = 0.2;
const VOL2 = 0.3;
const CORRELATION = 0.5;
const RATE = 0.02;
const MATURITY = 1;
const STRIKE = 100;

/**
 * One path's discounted payoff (min(S1_T, S2_T) − K)⁺.
 * @reference
 * @differentiable
 * @wrt x
 * @length x 2
 * @length z 2
 * @domain x 80 120
 */
export function payoff(x: Float64Array, z: Float64Array): number {
  const z2 = CORRELATION * z[0]! + Math.sqrt(1 - CORRELATION * CORRELATION) * z[1]!;
  const s1 = x[0]! * Math.exp((RATE - 0.5 * VOL1 * VOL1) * MATURITY + VOL1 * Math.sqrt(MATURITY) * z[0]!);
  const s2 = x[1]! * Math.exp((RATE - 0.5 * VOL2 * VOL2) * MATURITY + VOL2 * Math.sqrt(MATURITY) * z2);
  return Math.exp(-RATE * MATURITY) * Math.max(Math.min(s1, s2) - STRIKE, 0);
}

/** Gauss–Legendre nodes and weights (the positive half of the 6-, 12- and 20-point rules, Genz's). */
const X6 = [0.9324695142031522, 0.6612093864662647, 0.238619186083197];
const W6 = [0.1713244923791705, 0.3607615730481384, 0.4679139345726904];
const X12 = [0.9815606342467191, 0.904117256370475, 0.769902674194305, 0.5873179542866171, 0.3678314989981802, 0.1252334085114692];
const W12 = [0.04717533638651177, 0.1069393259953183, 0.1600783285433464, 0.2031674267230659, 0.2334925365383547, 0.2491470458134029];
const X20 = [0.9931285991850949, 0.9639719272779138, 0.9122344282513259, 0.8391169718222188, 0.7463319064601508, 0.636053680726515, 0.5108670019508271, 0.3737060887154196, 0.2277858511416451, 0.07652652113349733];
const W20 = [0.01761400713915212, 0.04060142980038694, 0.06267204833410906, 0.08327674157670475, 0.1019301198172404, 0.1181945319615184, 0.1316886384491766, 0.1420961093183821, 0.1491729864726037, 0.1527533871307259];

/**
 * P(X < a, Y < b) for standard normals with correlation r, |r| < 0.925 (Genz's bvnu(−a, −b, r)).
 * @differentiable
 * @wrt a b
 * @domain a -3 3
 * @domain b -3 3
 * @domain r 0.3 0.3
 */
export function bivariateNormal(a: number, b: number, r: number): number {
  const h = -a;
  const k = -b;
  const hk = h * k;
  const hs = 0.5 * (h * h + k * k);
  const asr = 0.5 * Math.asin(r);
  let sum = 0;
  const rule = Math.abs(r) < 0.3 ? 3 : Math.abs(r) < 0.75 ? 6 : 10;
  for (let i = 0; i < rule; i++) {
    const xi = rule === 3 ? X6[i]! : rule === 6 ? X12[i]! : X20[i]!;
    const wi = rule === 3 ? W6[i]! : rule === 6 ? W12[i]! : W20[i]!;
    let sn = Math.sin(asr * (1 - xi));
    sum += wi * Math.exp((sn * hk - hs) / (1 - sn * sn));
    sn = Math.sin(asr * (1 + xi));
    sum += wi * Math.exp((sn * hk - hs) / (1 - sn * sn));
  }
  return (sum * asr) / (2 * Math.PI) + normCdf(-h) * normCdf(-k);
}

/**
 * Stulz's call on the minimum of two assets (as Haug, "The Complete Guide to Option Pricing
 * Formulas", 2007, writes it, with no dividends).
 * @differentiable
 * @length x 2
 * @domain x 80 120
 */
export function exact(x: Float64Array): number {
  const s1 = x[0]!;
  const s2 = x[1]!;
  const sq = Math.sqrt(MATURITY);
  const vol = Math.sqrt(VOL1 * VOL1 + VOL2 * VOL2 - 2 * CORRELATION * VOL1 * VOL2);
  const rho1 = (VOL1 - CORRELATION * VOL2) / vol;
  const rho2 = (VOL2 - CORRELATION * VOL1) / vol;
  const d = (Math.log(s1 / s2) + 0.5 * vol * vol * MATURITY) / (vol * sq);
  const y1 = (Math.log(s1 / STRIKE) + (RATE + 0.5 * VOL1 * VOL1) * MATURITY) / (VOL1 * sq);
  const y2 = (Math.log(s2 / STRIKE) + (RATE + 0.5 * VOL2 * VOL2) * MATURITY) / (VOL2 * sq);
  return s1 * bivariateNormal(y1, -d, -rho1) + s2 * bivariateNormal(y2, d - vol * sq, -rho2) -
    STRIKE * Math.exp(-RATE * MATURITY) * bivariateNormal(y1 - VOL1 * sq, y2 - VOL2 * sq, CORRELATION);
}
