/**
 * The committed models: their generated variants are current, and the MLP's derivatives (all four
 * variants) pass the independent checks.
 */
import { beforeAll, expect, test } from "vitest";
import { compileCommand } from "../cli/compile-command.js";
import { checkFirstOrder } from "../runtime/checks/index.js";
import { checkSecondOrder } from "../runtime/checks/index.js";
import { activationCount, glorotNormal, mlpSizes, paramCount } from "../train/mlp.js";
import { Rng } from "../runtime/random.js";
import { mlp } from "../models/mlp.js";
import { mlp_adjoint } from "../models/generated/mlp.adjoint.js";
import { mlp_tangent } from "../models/generated/mlp.tangent.js";
import { loadFixture, type Fixture } from "./helpers/load.js";

let fx: Fixture;
beforeAll(async () => {
  fx = await loadFixture("models/mlp.ts");
});

test("generated model files are up to date (sobolev compile --check models/mlp.ts models/bachelier.ts --out models/generated)", () => {
  const errors: string[] = [];
  expect(compileCommand(["models/mlp.ts", "models/bachelier.ts"], { check: true, out: "models/generated" }, () => {}, (m) => errors.push(m))).toBe(0);
  expect(errors).toEqual([]);
});

test("mlp: tangent vs differences, adjoint vs tangent, on the verify-sized network", () => {
  for (const r of checkFirstOrder(fx.variants("mlp"), { samples: 10 })) expect(r, r.check).toMatchObject({ pass: true });
});

test("mlp: both second-order compositions", () => {
  const v = fx.variants("mlp");
  // adjoint(x) tangent(x) is tangent-over-adjoint wrt x; with @wrt narrowed, compare against the x-only adjoint.
  const res = checkSecondOrder({ primal: v.primal, adjoint: v.adjoint, adjointTangent: fx.fn("adjoint_tangent", "mlp_adjoint_tangent") }, { samples: 5 });
  for (const r of res) expect(r, `${r.check} ${r.worstError}`).toMatchObject({ pass: true });
});

test("committed mlp variants at 7 → 3×16 → 1: adjoint input gradient equals tangent columns", () => {
  const sizes = mlpSizes(7, 16, 3);
  const rng = new Rng(11);
  const params = glorotNormal(sizes, rng);
  const x = Float64Array.from({ length: 7 }, () => rng.range(-1, 1));
  const act = new Float64Array(activationCount(sizes));
  const y = mlp(params, x, act, sizes);
  const pb = new Float64Array(paramCount(sizes)), xb = new Float64Array(7), ab = new Float64Array(act.length);
  expect(mlp_adjoint(params, x, act, sizes, pb, xb, ab, 1)).toBe(y);
  for (let i = 0; i < 7; i++) {
    const xd = new Float64Array(7);
    xd[i] = 1;
    const out = new Float64Array(2);
    mlp_tangent(params, x, act, sizes, xd, new Float64Array(act.length), out);
    expect(out[0]).toBe(y);
    expect(out[1]).toBeCloseTo(xb[i]!, 13);
  }
});
