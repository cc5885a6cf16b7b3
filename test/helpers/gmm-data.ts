/**
 * ADBench GMM test data and the central-difference check of a gradient, shared by the tests of the
 * two GMM ports (test/gmm.test.ts: bench/gmm; test/adbench.test.ts: the port as the C++ is written).
 */
import { expect } from "vitest";
import { Rng } from "../../runtime/random.js";

/** d-dimensional data, k components, n points: weights, means, log-diagonals, lower triangles, points. */
export function gmmData(d: number, k: number, n: number, seed: number) {
  const lSize = (d * (d - 1)) / 2, rng = new Rng(seed);
  const alpha = Float64Array.from({ length: k }, () => rng.normal());
  const mu = Float64Array.from({ length: k * d }, () => rng.uniform());
  const q = Float64Array.from({ length: k * d }, () => 0.3 * rng.normal());
  const l = Float64Array.from({ length: k * lSize }, () => 0.3 * rng.normal());
  const x = Float64Array.from({ length: n * d }, () => rng.normal());
  return { alpha, mu, q, l, x, grads: [new Float64Array(k), new Float64Array(k * d), new Float64Array(k * d), new Float64Array(k * lSize)] as const };
}

/** Every element of each gradient against central differences of `f` in that element (relative 1e-6). */
export function expectCentralDifferences(pairs: ReadonlyArray<readonly [Float64Array, Float64Array]>, f: () => number): void {
  for (const [a, grad] of pairs) {
    for (let i = 0; i < a.length; i++) {
      const h = 1e-6, keep = a[i]!;
      a[i] = keep + h; const up = f();
      a[i] = keep - h; const down = f();
      a[i] = keep;
      expect(Math.abs(grad[i]! - (up - down) / (2 * h))).toBeLessThan(1e-6 * Math.max(1, Math.abs(grad[i]!)));
    }
  }
}
