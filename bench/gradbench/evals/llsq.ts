// GradBench `llsq` (linear least squares of a polynomial fit to the sign function at n points of
// [-1, 1]), written from its C++ reference (cpp/gradbench/evals/llsq.hpp).

/**
 * @differentiable
 * @variant adjoint
 * @wrt x
 * @length x 5
 * @domain n 7 7
 */
export function llsq(x: Float64Array, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const ti = -1 + (i * 2) / (n - 1);
    let inner = ti > 0 ? 1 : ti < 0 ? -1 : 0;
    let mul = 1;
    for (let j = 0; j < x.length; j++) {
      inner -= x[j]! * mul;
      mul *= ti;
    }
    sum += inner * inner;
  }
  return sum / 2;
}
