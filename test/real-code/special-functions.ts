// Special functions from npm: stdlib's erf and erfc (Apache-2.0; fdlibm's rational approximations
// chosen by range, require()ing stdlib's isnan, exp, setLowWord and constants), gammaln (fdlibm's
// lgamma: polynomials by range, trunc, ln, and sinpi for its reflection) and sinpi (argument
// reduction by %, copysign — bit access — and stdlib's own sin and cos, which compute with the words
// of doubles), and option-pricing's standard normal CDF (MIT; an ESM module with an erf approximation
// and an early return).
import erfStdlib from "@stdlib/math-base-special-erf";
import erfcStdlib from "@stdlib/math-base-special-erfc";
import gammalnStdlib from "@stdlib/math-base-special-gammaln";
import sinpiStdlib from "@stdlib/math-base-special-sinpi";
import { standardNormalCdf } from "option-pricing/src/utils/MathUtils.js";

/**
 * @differentiable
 * @domain x -4 4
 */
export const erf = erfStdlib;

/**
 * @differentiable
 * @domain x -6 6
 */
export const erfc = erfcStdlib;

/**
 * @differentiable
 * @domain x -4 4
 */
export const normCdf = standardNormalCdf;

/**
 * @differentiable
 * @domain x 0.05 40
 */
export const gammaln = gammalnStdlib;

/**
 * @differentiable
 * @domain x -3.1 3.1
 */
export const sinpi = sinpiStdlib;
