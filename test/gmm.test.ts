/**
 * ADBench's GMM objective as ported in bench/gmm/gmm.ts: its committed generated variants are
 * current, and the generated gradient agrees with central differences of the objective at a
 * benchmark-like size (d = 3, K = 4, n = 20, beyond the @domain the verify checks sample).
 */
import { expect, test } from "vitest";
import { gmmObjective } from "../bench/gmm/gmm.js";
import { gmmObjective_adjoint } from "../bench/gmm/generated/gmm.adjoint.js";
import { compileCommand } from "../cli/compile-command.js";
import { expectCentralDifferences, gmmData } from "./helpers/gmm-data.js";

test("bench/gmm/generated is what sobolev compile writes (sobolev compile --check)", () => {
  const errors: string[] = [];
  expect(compileCommand(["bench/gmm/gmm.ts"], { check: true, out: "bench/gmm/generated", runtime: "../../../runtime/index.js" }, () => {}, (m) => errors.push(m))).toBe(0);
  expect(errors).toEqual([]);
});

test("the GMM gradient (d·(d + 1)/2 sizes, local arrays, logsumexp) agrees with central differences", () => {
  const d = 3, k = 4, n = 20;
  const { alpha, mu, q, l, x, grads: [ab, mb, qb, lb] } = gmmData(d, k, n, 5);
  const value = gmmObjective_adjoint(d, k, n, alpha, mu, q, l, x, 1.5, 2, 0.25, ab, mb, qb, lb, 1);
  const f = () => gmmObjective(d, k, n, alpha, mu, q, l, x, 1.5, 2, 0.25);
  expect(value).toBe(f());
  expectCentralDifferences([[alpha, ab], [mu, mb], [q, qb], [l, lb]], f);
});
