// GradBench `ode`: s steps of fourth-order Runge-Kutta on y' = (x₀, x₁·y₀, x₂·y₁, …) from y = 0 to
// t = 2, written from its C++ reference (cpp/gradbench/evals/ode.hpp, after cmpad's runge_kutta).
// The gradient is that of the last element of the solution. Its adjoint is checkpointed over the
// steps: the tape holds ⌈√s⌉ states and one segment's records instead of every step's.

/**
 * @differentiable
 * @variant adjoint
 */
function odeFun(x: Float64Array, y: Float64Array, z: Float64Array): void {
  z[0] = x[0]!;
  for (let i = 1; i < x.length; i++) z[i] = x[i]! * y[i - 1]!;
}

/**
 * The solution at t = 2 into yf; returns its last element.
 * @differentiable
 * @variant adjoint
 * @wrt x
 * @length x 4
 * @length yf 4
 * @domain s 3 3
 */
export function ode(x: Float64Array, s: number, yf: Float64Array): number {
  const n = x.length;
  const h = 2 / s;
  const k1 = new Float64Array(n), k2 = new Float64Array(n), k3 = new Float64Array(n), k4 = new Float64Array(n);
  const yTmp = new Float64Array(n);
  for (let i = 0; i < n; i++) yf[i] = 0;
  /** @checkpoint */
  for (let step = 0; step < s; step++) {
    odeFun(x, yf, k1);
    for (let i = 0; i < n; i++) yTmp[i] = yf[i]! + (h * k1[i]!) / 2;
    odeFun(x, yTmp, k2);
    for (let i = 0; i < n; i++) yTmp[i] = yf[i]! + (h * k2[i]!) / 2;
    odeFun(x, yTmp, k3);
    for (let i = 0; i < n; i++) yTmp[i] = yf[i]! + h * k3[i]!;
    odeFun(x, yTmp, k4);
    for (let i = 0; i < n; i++) yf[i] = yf[i]! + (h * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!)) / 6;
  }
  return yf[n - 1]!;
}
