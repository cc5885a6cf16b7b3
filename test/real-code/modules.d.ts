// The real-code suite's packages that ship no types (CommonJS JavaScript): declared here as a
// user of them would, so that the suite's TypeScript files type-check.
declare module "black-scholes";
declare module "greeks";
declare module "implied-volatility";
declare module "option-pricing/src/utils/MathUtils.js";
declare module "option-pricing/src/pricing-models/BlackScholes.js";
declare module "option-pricing/src/utils/OptionUtils.js";
declare module "option-pricing/src/pricing-models/BinomialTree.js";
declare module "option-pricing/src/pricing-models/MonteCarloSimulation.js";
