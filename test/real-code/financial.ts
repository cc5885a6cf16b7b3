// financial (MIT): numpy-financial ported to TypeScript; its source ships in the package
// (src/index.ts) and is differentiated from there, as written: string enums, default parameters,
// real exponents, a Newton iteration (rate), array callbacks (npv), local arrays and do-while (irr).
import { fv, ipmt, irr, mirr, npv, nper, pmt, ppmt, pv, rate } from "financial/src/index.js";

/**
 * Future value of an annuity, payments at the end of each period.
 * @differentiable
 * @wrt rate nper pmt pv
 * @specialize when "end"
 * @domain rate 0.001 0.01
 * @domain nper 12 120
 * @domain pmt -200 -50
 * @domain pv -1000 0
 */
export const futureValue = fv;

/**
 * Payment of a loan.
 * @differentiable
 * @wrt rate nper pv
 * @specialize fv 0
 * @specialize when "begin"
 * @domain rate 0.001 0.01
 * @domain nper 12 120
 * @domain pv 1000 10000
 */
export const payment = pmt;

/**
 * Number of periods.
 * @differentiable
 * @wrt rate pmt pv
 * @specialize fv 0
 * @specialize when "end"
 * @domain rate 0.001 0.01
 * @domain pmt -300 -200
 * @domain pv 5000 10000
 */
export const periods = nper;

/**
 * Present value.
 * @differentiable
 * @wrt rate nper pmt
 * @specialize fv 0
 * @specialize when "end"
 * @domain rate 0.001 0.01
 * @domain nper 12 120
 * @domain pmt -200 -50
 */
export const presentValue = pv;

/**
 * Interest part of the payment in period per.
 * @differentiable
 * @wrt rate pv
 * @specialize fv 0
 * @specialize when "end"
 * @domain rate 0.001 0.01
 * @domain per 3 3
 * @domain nper 24 24
 * @domain pv 1000 10000
 */
export const interestPayment = ipmt;

/**
 * Principal part of the payment in period per.
 * @differentiable
 * @wrt rate pv
 * @specialize fv 0
 * @specialize when "end"
 * @domain rate 0.001 0.01
 * @domain per 3 3
 * @domain nper 24 24
 * @domain pv 1000 10000
 */
export const principalPayment = ppmt;

/**
 * The rate of an annuity (Newton's method): its derivative is the derivative of the iteration.
 * @differentiable
 * @wrt pmt pv
 * @specialize when "end"
 * @specialize guess 0.01
 * @specialize tol 1e-10
 * @specialize maxIter 100
 * @domain nper 24 24
 * @domain pmt -500 -400
 * @domain pv 9000 10000
 * @domain fv 0 0
 */
export const annuityRate = rate;

/**
 * Net present value of cash flows (values.reduce with an index).
 * @differentiable
 * @wrt rate values
 * @domain rate 0.01 0.1
 * @domain values -100 100
 * @length values 6
 */
export const netPresentValue = npv;

/**
 * Internal rate of return (a local array built by index, do-while with ++iteration in its test).
 * @differentiable
 * @wrt values
 * @domain values 10 30
 * @length values 5
 */
export function internalRate(values: number[]): number {
  // the first cash flow an investment, the others returns
  const flows = [-100, values[1]!, values[2]!, values[3]!, values[4]!];
  return irr(flows);
}

/**
 * Modified internal rate of return (for-of, values.map with arrows passed to npv).
 * @differentiable
 * @wrt values financeRate reinvestRate
 * @domain values -50 80
 * @length values 5
 * @domain financeRate 0.02 0.08
 * @domain reinvestRate 0.02 0.08
 */
export function modifiedRate(values: number[], financeRate: number, reinvestRate: number): number {
  return mirr([-100, values[1]!, values[2]!, values[3]!, values[4]!], financeRate, reinvestRate);
}
