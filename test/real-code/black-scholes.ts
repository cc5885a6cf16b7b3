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
