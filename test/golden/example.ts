/**
 * Golden sources: their generated code is committed beside them (example.tangent.ts,
 * example.adjoint.ts) because it is meant to be read. Regenerate with
 *   npx sobolev compile test/golden/example.ts
 */

/**
 * The DESIGN.md example.
 * @differentiable
 */
export function f(x: number, y: number): number {
  const s = Math.sin(y);
  return x * s;
}

/**
 * A dot product with an overwritten accumulator, then a nonlinearity.
 * @differentiable
 * @wrt w x
 * @domain n 4 4
 * @length w n
 * @length x n
 */
export function energy(w: Float64Array, x: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += w[i] * x[i];
  }
  return Math.tanh(s);
}

/**
 * A data-dependent loop: halve until below 1, counting steps.
 * @differentiable
 * @domain x 1 100
 */
export function halve(x: number): number {
  let z = x;
  while (z > 1) {
    z = z * 0.5;
  }
  return z * z;
}
