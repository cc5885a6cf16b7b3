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
  const d = 3, k = 4, n = 20, icfSize = (d * (d + 1)) / 2, rng = new Rng(5);
  const alphas = Float64Array.from({ length: k }, () => rng.normal());
  const means = Float64Array.from({ length: k * d }, () => rng.uniform());
  const icf = Float64Array.from({ length: k * icfSize }, () => 0.3 * rng.normal());
  const x = Float64Array.from({ length: n * d }, () => rng.normal());
  const ab = new Float64Array(k), mb = new Float64Array(k * d), ib = new Float64Array(k * icfSize);
  const value = gmmObjective_adjoint(d, k, n, alphas, means, icf, x, 1.5, 2, 0.25, ab, mb, ib, 1);
  const f = () => gmmObjective(d, k, n, alphas, means, icf, x, 1.5, 2, 0.25);
  expect(value).toBe(f());
  for (const [a, grad] of [[alphas, ab], [means, mb], [icf, ib]] as const) {
    for (let i = 0; i < a.length; i++) {
      const h = 1e-6, keep = a[i]!;
      a[i] = keep + h; const up = f();
      a[i] = keep - h; const down = f();
      a[i] = keep;
      expect(Math.abs(grad[i]! - (up - down) / (2 * h))).toBeLessThan(1e-6 * Math.max(1, Math.abs(grad[i]!)));
    }
  }
});
