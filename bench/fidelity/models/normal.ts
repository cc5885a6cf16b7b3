// The standard normal distribution, as pricing code writes it: Hart's double-precision algorithm
// for Φ (as W. J. West, "Better approximations to cumulative normal functions", Wilmott 2005,
// gives it; absolute error below 1e-14) and the density. The helpers are annotated too, as a user
// would annotate them: `sobolev fit` differentiates only the functions that play a role.

/**
 * Φ(x).
 * @differentiable
 * @domain x -6 6
 */
export function normCdf(x: number): number {
  const a = Math.abs(x);
  let c = 0;
  if (a < 37) {
    const e = Math.exp(-0.5 * a * a);
    if (a < 7.07106781186547) {
      let p = 3.52624965998911e-2 * a + 0.700383064443688;
      p = p * a + 6.37396220353165;
      p = p * a + 33.912866078383;
      p = p * a + 112.079291497871;
      p = p * a + 221.213596169931;
      p = p * a + 220.206867912376;
      let q = 8.83883476483184e-2 * a + 1.75566716318264;
      q = q * a + 16.064177579207;
      q = q * a + 86.7807322029461;
      q = q * a + 296.564248779674;
      q = q * a + 637.333633378831;
      q = q * a + 793.826512519948;
      q = q * a + 440.413735824752;
      c = (e * p) / q;
    } else {
      let b = a + 0.65;
      b = a + 4 / b;
      b = a + 3 / b;
      b = a + 2 / b;
      b = a + 1 / b;
      c = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - c : c;
}

/**
 * φ(x), the standard normal density.
 * @differentiable
 * @domain x -6 6
 */
export function normPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
