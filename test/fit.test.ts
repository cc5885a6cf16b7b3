/**
 * `sobolev fit` on a model written as a user would (examples/lognormal-basket/model.ts): the tiny
 * scale end to end through the command, the files it writes, `surrogate.ts` reproducing the final
 * model and passing `sobolev verify`; the reference contract's checks; the Monte Carlo test truth
 * against the closed form.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { importBundled } from "../compiler/integration/import-module.js";
import { RUNTIME_ENTRY } from "../compiler/integration/load.js";
import { Rng } from "../runtime/random.js";
import { neuronsFor } from "../train/fit.js";
import { mlpFunctions } from "../train/mlp-surrogate.js";
import { evaluateModel, loadModel } from "../train/model.js";
import { loadReference } from "../train/reference.js";
import { monteCarloPoints, parallelShift, referenceTestSet, simulateReference } from "../train/reference-data.js";
import type { Report } from "../train/pipeline.js";

const MODEL = path.resolve("examples/lognormal-basket/model.ts");
const bin = path.resolve("bin/sobolev.js");
const dir = mkdtempSync(path.join(tmpdir(), "sobolev-fit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sobolev fit --scale tiny on the lognormal basket", () => {
  const out = path.join(dir, "out");
  let report: Report;
  test("runs end to end and writes the report, the stages, the plots and the surrogate as model, ONNX and code", () => {
    const r = spawnSync(process.execPath, [bin, "fit", MODEL, "--scale", "tiny", "--out", out, "--threads", "1", "--json"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    report = JSON.parse(r.stdout) as Report;
    expect(report.status).toBe("complete");
    expect(report.stages.map((s) => s.name)).toEqual(["oversized", "pruned", "sobolev-nn", "sobolev-reference"]);
    for (const s of report.stages) expect(Object.keys(s.r2)).toEqual(["values", "deltas", "gammas"]);
    expect(report.config).toMatchObject({ function: "payoff", exact: "exact", targetParams: 433 });
    for (const f of ["report.json", "report.md", "price.svg", "delta.svg", "gamma.svg", "loss.svg", "oversized.json", "pruned.json", "sobolev-nn.json", "sobolev-reference.json",
      "surrogate.json", "surrogate.onnx", "surrogate.ts", "surrogate.tangent.ts", "surrogate.adjoint.ts"]) {
      expect(existsSync(path.join(out, f)), f).toBe(true);
    }
    expect(report.stages.at(-1)!.params).toBeLessThanOrEqual(433);
    // even tiny learns something: values well above the mean's R² of 0
    expect(report.stages.at(-1)!.r2.values).toBeGreaterThan(0.9);
  }, 120_000);

  test("surrogate.ts, imported by itself, reproduces the final model's predictions to 1e-12", async () => {
    const model = loadModel(path.join(out, "surrogate.json"));
    const m = await importBundled(path.join(out, "surrogate.ts"), dir, RUNTIME_ENTRY);
    const rng = new Rng(9), n = 4, count = 50;
    const x = Float64Array.from({ length: count * n }, () => rng.range(70, 130));
    const e = evaluateModel(mlpFunctions, model, x, parallelShift(n), 1);
    for (let s = 0; s < count; s++) {
      const v = m.surrogate(x.subarray(s * n, (s + 1) * n)) as number;
      expect(Math.abs(v - e.value[s]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(e.value[s]!)));
    }
    expect(readFileSync(path.join(out, "surrogate.ts"), "utf8")).not.toMatch(/^import /m);
  });

  test("surrogate.ts passes sobolev verify", () => {
    const r = spawnSync(process.execPath, [bin, "verify", path.join(out, "surrogate.ts")], { encoding: "utf8" });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/all 7 checks passed/);
  });
});

describe("the reference contract", () => {
  const write = (name: string, text: string) => {
    const f = path.join(dir, name);
    writeFileSync(f, text);
    return f;
  };
  test("the reference is found by @reference; its box, lengths and closed form are read", async () => {
    const ref = await loadReference(MODEL);
    expect([ref.name, ref.n, ref.m, ref.exact?.name]).toEqual(["payoff", 4, 48, "exact"]);
    expect([...ref.box.lo, ...ref.box.hi]).toEqual([70, 70, 70, 70, 130, 130, 130, 130]);
  });
  test("missing or malformed contracts are one clear message each", async () => {
    const none = write("none.ts", "/** @differentiable */\nexport function f(x: number): number {\n  return x;\n}\n");
    await expect(loadReference(none)).rejects.toThrow(/has no reference model: tag a function payoff\(x: Float64Array, z: Float64Array\): number with @reference/);
    const noLength = write("nolen.ts", "/**\n * @reference\n * @differentiable\n * @domain x 0 1\n * @length x 2\n */\nexport function p(x: Float64Array, z: Float64Array): number {\n  return x[0]! * z[0]!;\n}\n");
    await expect(loadReference(noLength)).rejects.toThrow(/p: give the length of 'z' with @length z N/);
    const noBox = write("nobox.ts", "/**\n * @reference\n * @differentiable\n * @length x 2\n * @length z 1\n */\nexport function p(x: Float64Array, z: Float64Array): number {\n  return x[0]! * z[0]!;\n}\n");
    await expect(loadReference(noBox)).rejects.toThrow(/give the input box with @domain x lo hi/);
    const perElement = write("box.ts", "/**\n * @reference\n * @differentiable\n * @length x 2\n * @length z 1\n * @domain x 0 1\n * @domain x[1] 5 6\n */\nexport function p(x: Float64Array, z: Float64Array): number {\n  return x[0]! * z[0]! + x[1]!;\n}\n");
    const ref = await loadReference(perElement);
    expect([...ref.box.lo, ...ref.box.hi]).toEqual([0, 5, 1, 6]);
  });
  test("the parameter budget becomes the widest uniform layers that fit", () => {
    // 4 inputs, 6 layers of 8: 5·8 + 5·9·8 + 9 = 409 ≤ 433 (of 9: 505)
    expect(neuronsFor(4, 6, 128, 433)).toBe(48);
    expect(neuronsFor(7, 6, 128, 433)).toBe(48);
  });
});

describe("data from the reference", () => {
  test("training samples: antithetic pairs, pathwise deltas; Monte Carlo test truth agrees with the closed form within 5 (mean) standard errors", async () => {
    const ref = await loadReference(MODEL);
    const d = simulateReference(ref, 64, 1);
    expect(d.x.every((v) => v >= 70 && v <= 130)).toBe(true);
    expect(d.dydx.some((v) => v !== 0)).toBe(true);
    const exact = referenceTestSet(ref, 4, 2);
    const mc = monteCarloPoints(ref, exact.x, 4, 6000, new Rng(3), parallelShift(4));
    const se = mc.stderr;
    for (let s = 0; s < 4; s++) {
      expect(Math.abs(mc.price[s]! - exact.price[s]!)).toBeLessThan(5 * se.price);
      for (let i = 0; i < 4; i++) expect(Math.abs(mc.delta[s * 4 + i]! - exact.delta[s * 4 + i]!)).toBeLessThan(5 * se.delta);
    }
  }, 60_000);
});

