// Functions of the suite's packages that the compiler rejects as written, each with the reason it
// gives (test/real-code.test.ts checks the messages; the README's table lists them).
import { price as binomialPrice } from "option-pricing/src/pricing-models/BinomialTree.js";
import { price as monteCarloPrice } from "option-pricing/src/pricing-models/MonteCarloSimulation.js";

/**
 * Cox–Ross–Rubinstein tree: its nodes are objects pushed into an array, then updated by index.
 * @differentiable
 * @wrt option
 */
export const binomialTree = binomialPrice;

/**
 * Monte Carlo price: random normal draws.
 * @differentiable
 * @wrt option
 */
export const monteCarlo = monteCarloPrice;
