// Special functions from npm: stdlib's erf and erfc (Apache-2.0; fdlibm's rational approximations
// chosen by range, require()ing stdlib's isnan, exp, setLowWord and constants), and option-pricing's
// standard normal CDF (MIT; an ESM module with an erf approximation and an early return).
import erfStdlib from "@stdlib/math-base-special-erf";
import erfcStdlib from "@stdlib/math-base-special-erfc";
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
