/**
 * ADBench's GMM objective as ported in bench/gmm/gmm.ts: its committed generated variants are
 * current, and the generated gradient agrees with central differences of the objective at a
 * benchmark-like size (d = 3, K = 4, n = 20, beyond the @domain the verify checks sample).
 */
import { expect, test } from "vitest";
import { gmmObjective } from "../bench/gmm/gmm.js";
import { gmmObjective_adjoint } from "../bench/gmm/generated/gmm.adjoint.js";
import { compileCommand } from "../cli/compile-command.js";
import { Rng } from "../runtime/random.js";

test("bench/gmm/generated is what sobolev compile writes (sobolev compile --check)", () => {
  const errors: string[] = [];
  expect(compileCommand(["bench/gmm/gmm.ts"], { check: true, out: "bench/gmm/generated", runtime: "../../../runtime/index.js" }, () => {}, (m) => errors.push(m))).toBe(0);
  expect(errors).toEqual([]);
});

test("the GMM gradient (d·(d + 1)/2 sizes, local arrays, logsumexp) agrees with central differences", () => {
  const d = 3, k = 4, n = 20, lSize = (d * (d - 1)) / 2, rng = new Rng(5);
  const alpha = Float64Array.from({ length: k }, () => rng.normal());
  const mu = Float64Array.from({ length: k * d }, () => rng.uniform());
  const q = Float64Array.from({ length: k * d }, () => 0.3 * rng.normal());
  const l = Float64Array.from({ length: k * lSize }, () => 0.3 * rng.normal());
  const x = Float64Array.from({ length: n * d }, () => rng.normal());
  const ab = new Float64Array(k), mb = new Float64Array(k * d), qb = new Float64Array(k * d), lb = new Float64Array(k * lSize);
  const value = gmmObjective_adjoint(d, k, n, alpha, mu, q, l, x, 1.5, 2, 0.25, ab, mb, qb, lb, 1);
  const f = () => gmmObjective(d, k, n, alpha, mu, q, l, x, 1.5, 2, 0.25);
  expect(value).toBe(f());
  for (const [a, grad] of [[alpha, ab], [mu, mb], [q, qb], [l, lb]] as const) {
    for (let i = 0; i < a.length; i++) {
      const h = 1e-6, keep = a[i]!;
      a[i] = keep + h; const up = f();
      a[i] = keep - h; const down = f();
      a[i] = keep;
      expect(Math.abs(grad[i]! - (up - down) / (2 * h))).toBeLessThan(1e-6 * Math.max(1, Math.abs(grad[i]!)));
    }
  }
});
