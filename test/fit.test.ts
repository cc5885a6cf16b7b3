/**
 * `sobolev fit` on a model written as a user would (examples/lognormal-basket/model.ts): the tiny
 * scale end to end through the command, the files it writes, `surrogate.ts` reproducing the final
 * model and passing `sobolev verify`; the reference contract's checks; the Monte Carlo test truth
 * against the closed form.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { tempProject } from "./helpers/project.js";
import { importBundled } from "../compiler/integration/import-module.js";
import { RUNTIME_ENTRY } from "../compiler/integration/load.js";
import { Rng } from "../runtime/random.js";
import { neuronsFor } from "../train/fit.js";
import { mlpFunctions } from "../train/mlp-surrogate.js";
import { evaluateModel, loadModel } from "../train/model.js";
import { loadReference } from "../train/reference.js";
import { monteCarloPoints, parallelShift, probeReference, referenceTestSet, simulateReference } from "../train/reference-data.js";
import type { Report } from "../train/pipeline.js";

const MODEL = path.resolve("examples/lognormal-basket/model.ts");
const bin = path.resolve("bin/sobolev.js");
const dir = tempProject("fit").dir;

describe("sobolev fit --scale tiny on the lognormal basket", () => {
  const out = path.join(dir, "out");
  let report: Report;
  test("runs end to end and writes the report, the stages, the plots and the surrogate as model, ONNX and code", () => {
    const r = spawnSync(process.execPath, [bin, "fit", MODEL, "--scale", "tiny", "--out", out, "--threads", "1", "--json"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    report = JSON.parse(r.stdout) as Report;
    expect(report.status).toBe("complete");
    expect(report.stages.map((s) => s.name)).toEqual(["oversized", "pruned", "sobolev-nn", "sobolev-reference", "polished"]);
    for (const s of report.stages) expect(Object.keys(s.r2)).toEqual(["values", "deltas", "gammas", "deltaByInput"]);
    expect(report.config).toMatchObject({ function: "payoff", exact: "exact", targetParams: 433 });
    for (const f of ["report.json", "report.md", "price.svg", "delta.svg", "gamma.svg", "loss.svg", "oversized.json", "pruned.json", "sobolev-nn.json", "sobolev-reference.json", "polished.json", "axis-0.svg", "axis-3.svg",
      "surrogate.json", "surrogate.onnx", "surrogate.ts", "surrogate.tangent.ts", "surrogate.adjoint.ts", "surrogate.adjoint_tangent.ts", "surrogate.interval.ts", "report.html"]) {
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

  test("an --out holding that run is refused without --force; one another run is writing is refused; a folder of other files is never emptied (#32)", () => {
    const again = spawnSync(process.execPath, [bin, "fit", MODEL, "--scale", "tiny", "--out", out, "--threads", "1"], { encoding: "utf8" });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/holds an earlier run \(report\.json\); pass --force to replace it, or choose another output folder/);
    expect(existsSync(path.join(out, "surrogate.ts"))).toBe(true); // nothing touched
    const busy = path.join(dir, "busy");
    mkdirSync(busy);
    writeFileSync(path.join(busy, ".sobolev-run.lock"), `${process.pid}\n`); // this test's own process: alive
    const locked = spawnSync(process.execPath, [bin, "fit", MODEL, "--scale", "tiny", "--out", busy, "--force"], { encoding: "utf8" });
    expect(locked.status).toBe(1);
    expect(locked.stderr).toMatch(new RegExp(`is being written by another run \\(process ${process.pid}\\)`));
    const mine = path.join(dir, "mine");
    mkdirSync(mine);
    writeFileSync(path.join(mine, "notes.txt"), "keep me");
    const foreign = spawnSync(process.execPath, [bin, "fit", MODEL, "--scale", "tiny", "--out", mine, "--force"], { encoding: "utf8" });
    expect(foreign.status).toBe(1);
    expect(foreign.stderr).toMatch(/is not empty and holds no earlier sobolev run/);
    expect(readFileSync(path.join(mine, "notes.txt"), "utf8")).toBe("keep me");
    // --force replaces the earlier run whole: none of its files survive beside the new run's
    writeFileSync(path.join(out, "axis-9.svg"), "<svg/>");
    const forced = spawnSync(process.execPath, [bin, "fit", MODEL, "--scale", "tiny", "--out", out, "--threads", "1", "--force"], { encoding: "utf8" });
    expect(forced.status, forced.stderr).toBe(0);
    expect(existsSync(path.join(out, "axis-9.svg"))).toBe(false);
    expect(existsSync(path.join(out, ".sobolev-run.lock"))).toBe(false);
  }, 120_000);

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
  test("helpers annotated @differentiable beside the reference are followed, not refused; only the reference and the closed form are differentiated (#32)", async () => {
    const f = write("helpers.ts", `
/**
 * An erfc of our own, annotated as a user would.
 * @differentiable
 * @domain u -3 3
 */
export function erfcApprox(u: number): number {
  const a = Math.abs(u);
  const t = 1 / (1 + 0.5 * a);
  const y = t * Math.exp(-a * a - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return u >= 0 ? y : 2 - y;
}
/**
 * @reference
 * @differentiable
 * @length spots 1
 * @length z 1
 * @domain spots 0.5 1.5
 */
export function payoff(spots: Float64Array, z: Float64Array): number {
  return Math.max(spots[0]! + 0.2 * z[0]! - 1, 0);
}
/**
 * @differentiable
 * @length spots 1
 * @domain spots 0.5 1.5
 */
export function exact(spots: Float64Array): number {
  const d = (spots[0]! - 1) / 0.2;
  return 0.2 * (d * 0.5 * erfcApprox(-d / Math.SQRT2) + Math.exp(-0.5 * d * d) / Math.sqrt(2 * Math.PI));
}
`);
    const ref = await loadReference(f);
    expect([ref.name, ref.inputName, ref.exact?.name]).toEqual(["payoff", "spots", "exact"]);
    const g = new Float64Array(1);
    ref.exact!.gradient(Float64Array.of(1), g);
    expect(g[0]).toBeCloseTo(0.5, 6); // Bachelier's delta at the money, Φ(0)
  });
  test("@gamma chooses the gamma; without it, a box of different inputs takes the first input's, one of alike inputs all together", async () => {
    const head = (tags: string) => `/**\n * @reference\n * @differentiable\n * @length x 2\n * @length z 1\n${tags} */\nexport function p(x: Float64Array, z: Float64Array): number {\n  return x[0]! * x[1]! * z[0]!;\n}\n`;
    const tagged = await loadReference(write("g1.ts", head(" * @domain x[0] 80 120\n * @domain x[1] 0.1 0.4\n * @gamma x[1]\n")));
    expect([...tagged.gamma.direction]).toEqual([0, 1]);
    expect(tagged.gamma.label).toMatch(/∂²V\/∂x\[1\]²/);
    const mixed = await loadReference(write("g2.ts", head(" * @domain x[0] 80 120\n * @domain x[1] 0.1 0.4\n")));
    expect([...mixed.gamma.direction]).toEqual([1, 0]);
    const alike = await loadReference(write("g3.ts", head(" * @domain x 80 120\n")));
    expect([...alike.gamma.direction]).toEqual([1, 1]);
    await expect(loadReference(write("g4.ts", head(" * @domain x 80 120\n * @gamma x[5]\n")))).rejects.toThrow(/g4\.ts:\d+:\d+: @gamma x\[5\]: x has 2 elements/);
    await expect(loadReference(write("g5.ts", head(" * @domain x 80 120\n * @gamma y[0]\n")))).rejects.toThrow(/@gamma names 'y', which is not a parameter of p/);
  });
  test("a payoff that is NaN on part of the box is one message naming the function, file:line and x, before any long work", async () => {
    const f = write("nan.ts", "/**\n * @reference\n * @differentiable\n * @length x 1\n * @length z 1\n * @domain x 0 2\n */\nexport function p(x: Float64Array, z: Float64Array): number {\n  return Math.sqrt(x[0]! - 1) * (1 + 0.1 * z[0]!);\n}\n");
    const ref = await loadReference(f);
    expect(() => probeReference(ref, 1)).toThrow(/nan\.ts:8:1: p\(x = \[0\]\) gives the value = NaN on one path/);
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

