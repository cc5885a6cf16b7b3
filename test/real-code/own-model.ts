// Our own pricing code, written the way option libraries write it: market data in objects, the
// option kind a string flag, tuples, number[] baskets, callbacks, input guards that throw, a tree
// built with push and rolled back with early exercise. Only the annotations are for the compiler.

export type OptionKind = "call" | "put";

export interface Market {
  spot: number;
  rate: number;
  dividend: number;
  vol: number;
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Standard normal CDF (Zelen & Severo 26.2.17, |error| < 7.5e-8). */
export function normCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = (Math.exp(-0.5 * x * x) / SQRT_2PI) * poly;
  return x >= 0 ? 1 - tail : tail;
}

/** d1 and d2 of Black–Scholes–Merton, as a tuple. */
function d1d2(m: Market, strike: number, expiry: number): [number, number] {
  const sd = m.vol * Math.sqrt(expiry);
  const d1 = (Math.log(m.spot / strike) + (m.rate - m.dividend + 0.5 * m.vol * m.vol) * expiry) / sd;
  return [d1, d1 - sd];
}

/**
 * European option under Black–Scholes–Merton with a continuous dividend yield.
 * @differentiable
 * @wrt market strike expiry
 * @specialize kind "call"
 * @domain market.spot 80 120
 * @domain market.rate 0 0.05
 * @domain market.dividend 0 0.03
 * @domain market.vol 0.1 0.4
 * @domain strike 90 110
 * @domain expiry 0.25 2
 */
export function europeanPrice(market: Market, strike: number, expiry: number, kind: OptionKind): number {
  if (expiry <= 0) throw new Error("expiry must be positive");
  const [d1, d2] = d1d2(market, strike, expiry);
  const growth = Math.exp(-market.dividend * expiry);
  const discount = Math.exp(-market.rate * expiry);
  switch (kind) {
    case "call":
      return market.spot * growth * normCdf(d1) - strike * discount * normCdf(d2);
    case "put":
      return strike * discount * normCdf(-d2) - market.spot * growth * normCdf(-d1);
    default:
      throw new Error(`unknown option kind ${kind}`);
  }
}

/**
 * The same price for a put, by the same source (the string flag fixed the other way).
 * @differentiable
 * @wrt market strike expiry
 * @specialize kind "put"
 * @domain market.spot 80 120
 * @domain market.rate 0 0.05
 * @domain market.dividend 0 0.03
 * @domain market.vol 0.1 0.4
 * @domain strike 90 110
 * @domain expiry 0.25 2
 */
export const europeanPut = europeanPrice;

/**
 * Cox–Ross–Rubinstein binomial tree, European or American: the leaves built with push, rolled
 * back with the early-exercise max. The payoff's kink makes this piecewise smooth in the spot.
 * @differentiable
 * @wrt market strike
 * @specialize kind "put"
 * @specialize american true
 * @specialize steps 40
 * @domain market.spot 95 105
 * @domain market.rate 0.01 0.05
 * @domain market.dividend 0 0.02
 * @domain market.vol 0.15 0.3
 * @domain strike 98 102
 * @domain expiry 1 1
 */
export function binomialPrice(market: Market, strike: number, expiry: number, kind: OptionKind, american: boolean, steps: number): number {
  const dt = expiry / steps;
  const up = Math.exp(market.vol * Math.sqrt(dt));
  const down = 1 / up;
  const p = (Math.exp((market.rate - market.dividend) * dt) - down) / (up - down);
  const discount = Math.exp(-market.rate * dt);
  const payoff = (s: number): number => (kind === "call" ? Math.max(s - strike, 0) : Math.max(strike - s, 0));
  const values: number[] = [];
  for (let i = 0; i <= steps; i++) {
    values.push(payoff(market.spot * Math.pow(up, steps - i) * Math.pow(down, i)));
  }
  for (let step = steps - 1; step >= 0; step--) {
    for (let i = 0; i <= step; i++) {
      const held = discount * (p * values[i]! + (1 - p) * values[i + 1]!);
      const exercised = payoff(market.spot * Math.pow(up, step - i) * Math.pow(down, i));
      values[i] = american ? Math.max(held, exercised) : held;
    }
  }
  return values[0]!;
}

/**
 * A basket call under the Bachelier model with correlated-free assets: weights and spots as number[],
 * the basket level by reduce, the variance by map and reduce.
 * @differentiable
 * @wrt spots vols strike
 * @domain spots 90 110
 * @domain vols 5 20
 * @domain weights 0.1 0.5
 * @domain strike 95 105
 * @length spots 4
 * @length vols 4
 * @length weights 4
 */
export function basketCall(spots: number[], vols: number[], weights: number[], strike: number): number {
  const level = spots.reduce((acc, s, i) => acc + weights[i]! * s, 0);
  const variances = vols.map((v, i) => (weights[i]! * v) ** 2);
  const sd = Math.sqrt(variances.reduce((a, b) => a + b, 0));
  const d = (level - strike) / sd;
  const density = Math.exp(-0.5 * d * d) / SQRT_2PI;
  return (level - strike) * normCdf(d) + sd * density;
}
