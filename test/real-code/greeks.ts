// Functions of the npm package greeks (MIT), which require()s black-scholes: differentiated as
// published, from node_modules.
import greeks from "greeks";

/**
 * Delta of a call.
 * @differentiable
 * @wrt s v
 * @specialize callPut "call"
 * @domain s 80 120
 * @domain k 100 100
 * @domain t 0.5 0.5
 * @domain v 0.1 0.5
 * @domain r 0.03 0.03
 */
export const callDelta = greeks.getDelta;

/**
 * @differentiable
 * @wrt s v
 * @domain s 80 120
 * @domain k 100 100
 * @domain t 0.5 0.5
 * @domain v 0.1 0.5
 * @domain r 0.03 0.03
 */
export const vega = greeks.getVega;

/**
 * @differentiable
 * @wrt s v
 * @domain s 80 120
 * @domain k 100 100
 * @domain t 0.5 0.5
 * @domain v 0.1 0.5
 * @domain r 0.03 0.03
 */
export const gamma = greeks.getGamma;

/**
 * Theta of a put, per day (scale 365 fixed).
 * @differentiable
 * @wrt s t
 * @specialize callPut "put"
 * @specialize scale 365
 * @domain s 80 120
 * @domain k 100 100
 * @domain t 0.2 1
 * @domain v 0.25 0.25
 * @domain r 0.03 0.03
 */
export const putTheta = greeks.getTheta;

/**
 * Rho of a call, per 1% (scale 100 fixed).
 * @differentiable
 * @wrt r
 * @specialize callPut "call"
 * @specialize scale 100
 * @domain s 80 120
 * @domain k 100 100
 * @domain t 0.5 0.5
 * @domain v 0.25 0.25
 * @domain r 0 0.08
 */
export const callRho = greeks.getRho;

/**
 * Delta of a put.
 * @differentiable
 * @wrt s v
 * @specialize callPut "put"
 * @domain s 80 120
 * @domain k 100 100
 * @domain t 0.5 0.5
 * @domain v 0.1 0.5
 * @domain r 0.03 0.03
 */
export const putDelta = greeks.getDelta;

/**
 * Theta of a call, per year (scale 1).
 * @differentiable
 * @wrt s t v
 * @specialize callPut "call"
 * @specialize scale 1
 * @domain s 80 120
 * @domain k 100 100
 * @domain t 0.2 1
 * @domain v 0.1 0.5
 * @domain r 0.03 0.03
 */
export const callTheta = greeks.getTheta;

/**
 * Rho of a put, per 1%.
 * @differentiable
 * @wrt r s
 * @specialize callPut "put"
 * @specialize scale 100
 * @domain s 80 120
 * @domain k 100 100
 * @domain t 0.5 0.5
 * @domain v 0.25 0.25
 * @domain r 0 0.08
 */
export const putRho = greeks.getRho;
