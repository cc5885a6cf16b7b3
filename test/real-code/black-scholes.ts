// Functions of the npm package black-scholes (MIT), differentiated as published, from node_modules.
import bs from "black-scholes";

/**
 * The Black–Scholes price of a call.
 * @differentiable
 * @wrt s k t v r
 * @specialize callPut "call"
 * @domain s 80 120
 * @domain k 90 110
 * @domain t 0.1 2
 * @domain v 0.1 0.5
 * @domain r 0 0.08
 */
export const callPrice = bs.blackScholes;

/**
 * The Black–Scholes price of a put (the same function, the flag fixed the other way).
 * @differentiable
 * @wrt s k t v r
 * @specialize callPut "put"
 * @domain s 80 120
 * @domain k 90 110
 * @domain t 0.1 2
 * @domain v 0.1 0.5
 * @domain r 0 0.08
 */
export const putPrice = bs.blackScholes;

/**
 * The package's normal CDF: a 100-term Taylor series of Math.pow(x, 2i+1) over a double factorial
 * computed by a helper's loop, cut off at ±8.
 * @differentiable
 * @domain x -4 4
 */
export const stdNormCdf = bs.stdNormCDF;

/**
 * The package's ω = (ln(s/k) + (r + v²/2)t)/(v√t) (d1).
 * @differentiable
 * @domain s 80 120
 * @domain k 90 110
 * @domain t 0.1 2
 * @domain v 0.1 0.5
 * @domain r 0 0.08
 */
export const d1 = bs.getW;
