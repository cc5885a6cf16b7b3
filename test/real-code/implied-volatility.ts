// implied-volatility (MIT): a bisection with break, Math.floor and ==, from node_modules. Its
// result is piecewise constant in the price (a bisection returns dyadic fractions of its first
// estimate), so its derivatives are 0 between the jumps: the checks compare with differences of
// the function itself.
import iv from "implied-volatility";

/**
 * @differentiable
 * @wrt expectedCost s
 * @specialize callPut "call"
 * @specialize estimate 0.1
 * @domain expectedCost 8 12
 * @domain s 95 105
 * @domain k 100 100
 * @domain t 1 1
 * @domain r 0.05 0.05
 */
export const impliedVolatility = iv.getImpliedVolatility;
