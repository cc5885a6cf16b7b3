/**
 * Golden output: the generated code of test/golden/example.ts is committed (it is meant to be
 * read) and must be what the compiler produces now. Execution checks make sure the golden text
 * is not the only test: the committed code itself is imported and checked numerically.
 */
import { expect, test } from "vitest";
import { compileCommand } from "../cli/compile-command.js";
import { checkFirstOrder } from "../runtime/checks/index.js";
import * as src from "./golden/example.js";
import * as adj from "./golden/example.adjoint.js";
import * as tan from "./golden/example.tangent.js";
import { loadFixture } from "./helpers/load.js";

test("committed golden files are up to date (sobolev compile --check)", () => {
  const errors: string[] = [];
  const code = compileCommand(["test/golden/example.ts"], { check: true }, () => {}, (m) => errors.push(m));
  expect(errors).toEqual([]);
  expect(code).toBe(0);
});

test("the committed golden code computes the closed-form derivatives", () => {
  const grad = new Float64Array(2);
  expect(adj.f_adjoint(0.7, 1.3, 1, grad)).toBeCloseTo(src.f(0.7, 1.3), 15);
  expect(grad[0]).toBeCloseTo(Math.sin(1.3), 15);
  expect(grad[1]).toBeCloseTo(0.7 * Math.cos(1.3), 15);
  const out = new Float64Array(2);
  tan.halve_tangent(37, 1, out);
  // halve(x) = (x / 2^k)^2 with k fixed near x = 37 (k = 6): derivative 2x / 4^6
  expect(out[1]).toBeCloseTo((2 * 37) / 4 ** 6, 14);
  const w = Float64Array.from([1, 2, 3, 4]), x = Float64Array.from([0.1, -0.2, 0.05, 0.1]);
  const wb = new Float64Array(4), xb = new Float64Array(4);
  adj.energy_adjoint(w, x, 4, wb, xb, 1);
  const s = 0.1 - 0.4 + 0.15 + 0.4;
  for (let i = 0; i < 4; i++) expect(wb[i]).toBeCloseTo((1 - Math.tanh(s) ** 2) * x[i]!, 15);
});

test("golden functions pass the generic checks", async () => {
  const fx = await loadFixture("test/golden/example.ts");
  for (const name of ["f", "energy", "halve"]) {
    for (const r of checkFirstOrder(fx.variants(name), { samples: 20 })) expect(r, `${name} ${r.check}`).toMatchObject({ pass: true });
  }
});
