/**
 * Closure under composition: adjoint∘tangent and tangent∘adjoint of functions with loops, calls,
 * branches and data-dependent loops give Hessian-vector products that agree with central
 * differences of the first-order adjoint, with each other, and are symmetric.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { checkSecondOrder } from "../runtime/checks/index.js";
import { loadFixture, type Fixture } from "./helpers/load.js";

let fx: Fixture;
beforeAll(async () => {
  fx = await loadFixture("test/fixtures/second-order.ts");
}, 60_000);

describe("second order", () => {
  for (const name of ["rosenbrock", "net", "iterate"]) {
    test(name, () => {
      const v = fx.variants(name);
      const results = checkSecondOrder({
        primal: v.primal,
        adjoint: v.adjoint,
        adjointTangent: fx.fn("adjoint_tangent", `${name}_adjoint_tangent`),
        tangentAdjoint: fx.fn("tangent_adjoint", `${name}_tangent_adjoint`),
      }, { samples: 10, seed: 5 });
      expect(results.map((r) => r.check)).toEqual(["hvp-vs-fd", "hvp-symmetry", "hvp-two-compositions"]);
      for (const r of results) expect(r, `${name} ${r.check}: worst ${r.worstError}`).toMatchObject({ pass: true });
    });
  }
});

test("rosenbrock Hessian by tangent-over-adjoint matches the closed form", () => {
  const ta = fx.fn("adjoint_tangent", "rosenbrock_adjoint_tangent");
  const [x, y] = [0.3, -0.7];
  const H = [[2 - 400 * (y - x * x) + 800 * x * x, -400 * x], [-400 * x, 200]];
  for (let j = 0; j < 2; j++) {
    // params: x, y, out_b, grad, x_d, y_d, out_b_d, grad_d, out
    const grad = new Float64Array(2), gradD = new Float64Array(2), out = new Float64Array(2);
    ta.fn(x, y, 1, grad, j === 0 ? 1 : 0, j === 1 ? 1 : 0, 0, gradD, out);
    expect(gradD[0]).toBeCloseTo(H[0]![j]!, 10);
    expect(gradD[1]).toBeCloseTo(H[1]![j]!, 10);
  }
  expect(ta.spec.params.map((p) => p.name)).toEqual(["x", "y", "out_b", "grad", "x_d", "y_d", "out_b_d", "grad_d", "out"]);
});
