// financial (MIT): numpy-financial ported to TypeScript; its source ships in the package
// (src/index.ts) and is differentiated from there, as written: string enums, default parameters,
// real exponents, a Newton iteration (rate), array callbacks (npv), local arrays and do-while (irr).
import { fv, ipmt, nper, pmt, ppmt, pv, rate } from "financial/src/index.js";

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
