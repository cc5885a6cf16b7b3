// option-pricing (MIT, ESM): its Black–Scholes–Merton price reads an option object (in the
// package, an instance of its Option class, whose getters read private fields), destructures an
// array literal, compares string fields and returns undefined where it has no closed form.
import { price } from "option-pricing/src/pricing-models/BlackScholes.js";
import { calculateExerciseValue } from "option-pricing/src/utils/OptionUtils.js";

/**
 * The price as the package computes it, from an option object (its fields are the parameters).
 * @differentiable
 * @domain option.initialSpotPrice 80 120
 * @domain option.strikePrice 90 110
 * @domain option.timeToMaturity 0.2 2
 * @domain option.volatility 0.1 0.5
 * @domain option.riskFreeRate 0 0.08
 * @domain option.dividendYield 0 0.04
 * @domain option.style "european"
 * @domain option.type "call" "put"
 */
export const europeanPrice = price;

/**
 * The same price from numbers: the object is an object literal (no object is made in the
 * generated code; its fields are substituted).
 * @differentiable
 * @domain s 80 120
 * @domain k 90 110
 * @domain t 0.2 2
 * @domain vol 0.1 0.5
 * @domain r 0 0.08
 */
export function europeanCall(s: number, k: number, t: number, vol: number, r: number): number {
  return price({ style: "european", type: "call", initialSpotPrice: s, strikePrice: k, timeToMaturity: t, volatility: vol, riskFreeRate: r, dividendYield: 0 });
}

/**
 * The exercise value of an option object: a string flag to ±1, a switch on the style that throws
 * on anything else, a ternary on time.
 * @differentiable
 * @wrt spotPrice
 * @domain option.strikePrice 90 110
 * @domain option.timeToMaturity 1 1
 * @domain option.type "call" "put"
 * @domain option.style "american"
 * @domain spotPrice 80 120
 * @domain time 0 1
 */
export const exerciseValue = calculateExerciseValue;
