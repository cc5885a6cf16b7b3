/**
 * Second-order Sobolev training (train/second-order.ts): the parameter gradient (from the generated
 * adjoint of the tangent-over-tangent and of the tangent) against central differences of the loss
 * (whose value comes from other variants: the input adjoint and the tangent-over-adjoint); the
 * directions reproducible by seed; PCA finding the direction the derivative labels lie along.
 */
import { describe, expect, test } from "vitest";
import { Rng } from "../runtime/random.js";
import { workspace } from "../train/gradients.js";
import { activationCount, glorotNormal, paramCount } from "../train/mlp.js";
import { mlpFunctions } from "../train/mlp-surrogate.js";
import { batchDirections, pcaDirections, randomDirections, secondOrderGradient, secondOrderWorkspace, symmetricEigen } from "../train/second-order.js";

const sizes = Int32Array.from([3, 5, 4, 1]);
const n = 3, count = 6;

function problem(seed: number) {
  const rng = new Rng(seed);
  const params = glorotNormal(sizes, rng);
  for (let i = 0; i < params.length; i++) params[i]! += 0.1 * rng.normal(); // non-zero biases too
  const x = Float64Array.from({ length: count * n }, () => rng.range(-1, 1));
  const y = Float64Array.from({ length: count }, () => rng.normal());
  const d = Float64Array.from({ length: count * n }, () => rng.normal());
  const h = new Float64Array(count * n * n);
  for (let s = 0; s < count; s++) for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
    const v = rng.normal();
    h[s * n * n + i * n + j] = v;
    h[s * n * n + j * n + i] = v;
  }
  const dirs = randomDirections(rng, 2, n);
  return { params, batch: { x, y, d, h, dirs, index: Int32Array.from({ length: count }, (_, i) => i) } };
}

describe("the second-order loss's parameter gradient", () => {
  test("equals central differences of the loss, in every parameter", () => {
    const { params, batch } = problem(1);
    const nP = paramCount(sizes);
    const ws = workspace(nP, activationCount(sizes), n), so = secondOrderWorkspace(activationCount(sizes), n);
    const grad = new Float64Array(nP);
    const [total, , , lh] = secondOrderGradient(mlpFunctions, params, sizes, batch, grad, ws, so);
    expect(lh).toBeGreaterThan(0);
    const loss = (p: Float64Array) => secondOrderGradient(mlpFunctions, p, sizes, batch, new Float64Array(nP), ws, so)[0];
    expect(loss(params)).toBe(total);
    let worst = 0;
    for (let i = 0; i < nP; i++) {
      const h = 1e-5 * Math.max(1, Math.abs(params[i]!));
      const up = params.slice(), down = params.slice();
      up[i]! += h;
      down[i]! -= h;
      const fd = (loss(up) - loss(down)) / (2 * h);
      worst = Math.max(worst, Math.abs(fd - grad[i]!) / Math.max(1e-3, Math.abs(fd)));
    }
    expect(worst).toBeLessThan(1e-6);
  });

  test("a wrong Hessian term is caught: dropping the tangent-tangent-adjoint's part fails the same comparison", () => {
    const { params, batch } = problem(2);
    const nP = paramCount(sizes);
    const ws = workspace(nP, activationCount(sizes), n), so = secondOrderWorkspace(activationCount(sizes), n);
    const broken = { ...mlpFunctions, tangentTangentAdjoint: () => undefined };
    const grad = new Float64Array(nP);
    secondOrderGradient(broken, params, sizes, batch, grad, ws, so);
    const loss = (p: Float64Array) => secondOrderGradient(mlpFunctions, p, sizes, batch, new Float64Array(nP), ws, so)[0];
    let worst = 0;
    for (let i = 0; i < nP; i++) {
      const h = 1e-5 * Math.max(1, Math.abs(params[i]!));
      const up = params.slice(), down = params.slice();
      up[i]! += h;
      down[i]! -= h;
      worst = Math.max(worst, Math.abs((loss(up) - loss(down)) / (2 * h) - grad[i]!));
    }
    expect(worst).toBeGreaterThan(1e-3);
  });
});

describe("directions", () => {
  test("random directions: the same seed gives the same directions, another seed others", () => {
    const a = batchDirections({ kind: "random", count: 3 }, new Rng(5), new Float64Array(0), [], 7);
    const b = batchDirections({ kind: "random", count: 3 }, new Rng(5), new Float64Array(0), [], 7);
    const c = batchDirections({ kind: "random", count: 3 }, new Rng(6), new Float64Array(0), [], 7);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.length).toBe(21);
  });

  test("PCA of derivative labels lying along w finds ±w/|w| first and stops at the variance share", () => {
    const rng = new Rng(3), n = 5, B = 400;
    const w = Float64Array.from([0.1, 0.3, 0.2, 0.25, 0.15]);
    const norm = Math.hypot(...w);
    const d = new Float64Array(B * n);
    for (let s = 0; s < B; s++) {
      const a = rng.range(0, 1);
      for (let i = 0; i < n; i++) d[s * n + i] = a * w[i]! + 1e-4 * rng.normal();
    }
    const index = Array.from({ length: B }, (_, i) => i);
    const one = pcaDirections(d, index, n, 3, 0.99);
    expect(one.length).toBe(n); // one component explains 99 %
    const cos = one.reduce((acc, v, i) => acc + (v * w[i]!) / norm, 0);
    expect(Math.abs(cos)).toBeGreaterThan(0.9999);
    expect(pcaDirections(d, index, n, 3, 1).length).toBe(3 * n); // all the variance: as many as allowed
  });

  test("the symmetric eigensolver reproduces A = V Λ Vᵀ", () => {
    const rng = new Rng(8), n = 6;
    const A = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) A[i * n + j] = A[j * n + i] = rng.normal();
    const { values, vectors } = symmetricEigen(A, n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += vectors[i * n + k]! * values[k]! * vectors[j * n + k]!;
      expect(Math.abs(s - A[i * n + j]!)).toBeLessThan(1e-12);
    }
  });
});
