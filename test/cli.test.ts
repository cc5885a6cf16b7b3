/** The `sobolev` command: exit codes, located errors, nothing written on failure. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { expect, test } from "vitest";
import { tempProject } from "./helpers/project.js";

const bin = path.resolve("bin/sobolev.js");
const dir = tempProject("cli").dir;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("compile writes the variants beside the source", () => {
  writeFileSync(path.join(dir, "good.ts"), "/** @differentiable */\nexport function sq(x: number): number {\n  return x * x;\n}\n");
  const r = run("compile", "good.ts");
  expect(r.code).toBe(0);
  expect(r.out).toContain("wrote good.tangent.ts");
  expect(readFileSync(path.join(dir, "good.adjoint.ts"), "utf8")).toMatch(/^\/\/ Generated from good\.ts by the sobolev compiler \(adjoint\)\. Do not edit\./);
  expect(run("compile", "good.ts", "--check").code).toBe(0);
});

test("compile rejects unsupported code with file:line:col, exit 1, and writes nothing", () => {
  writeFileSync(path.join(dir, "bad.ts"), "/** @differentiable */\nexport function g(x: number): number {\n  let y = x;\n  while (y > 1) { y = y / 2; try { y = 1; } finally { } }\n  return y;\n}\n");
  const before = readdirSync(dir).sort();
  const r = run("compile", "good.ts", "bad.ts", "--out", "gen");
  expect(r.code).toBe(1);
  expect(r.err).toContain("bad.ts:4:30: error: 'try' is not supported inside a differentiated function");
  expect(r.err).toContain("nothing written");
  expect(readdirSync(dir).sort()).toEqual(before);
  expect(existsSync(path.join(dir, "gen"))).toBe(false);
});

test("--check reports stale generated files", () => {
  writeFileSync(path.join(dir, "good.tangent.ts"), "// edited by hand\n");
  const r = run("compile", "good.ts", "--check");
  expect(r.code).toBe(1);
  expect(r.err).toContain("out of date: good.tangent.ts");
});

test("bad arguments give usage and exit code 2; --help works for every command", () => {
  expect(run("frobnicate").code).toBe(2);
  expect(run("compile").code).toBe(2);
  expect(run("compile", "--bogus", "x.ts").code).toBe(2);
  const help = run("compile", "--help");
  expect(help.code).toBe(0);
  expect(help.out).toContain("Usage: sobolev compile");
  expect(run("--help").code).toBe(0);
});

test("a missing file is an error naming it", () => {
  const r = run("compile", "nope.ts");
  expect(r.code).toBe(1);
  expect(r.err).toContain("no such file: nope.ts");
});

test("npx sobolev is the package's bin", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8"));
  expect(pkg.bin.sobolev).toBe("./bin/sobolev.js");
  expect(execFileSync(process.execPath, [bin, "--help"], { encoding: "utf8" })).toContain("compile");
});

test("train: a tiny run prints the R² triple as JSON and writes a loadable model; bad options exit 2", async () => {
  const r = run("train", "--width", "8", "--depth", "1", "--epochs", "2", "--batches", "2", "--batch", "32", "--samples", "128", "--test", "64", "--json", "--out", "m.json");
  expect(r.code).toBe(0);
  const res = JSON.parse(r.out);
  expect(Object.keys(res.r2).sort()).toEqual(["deltaByInput", "deltas", "gammas", "values"]);
  expect(res.sizes).toEqual([7, 8, 1]);
  const { loadModel } = await import("../train/model.js");
  const m = loadModel(path.join(dir, "m.json"));
  expect(m.meta.loss).toBe("sobolev");
  expect(run("train", "--loss", "bogus").code).toBe(2);
  expect(run("train", "--lr", "-1").code).toBe(2);
  const bad = run("train", "--backend", "gpu");
  expect(bad.code).toBe(2);
  expect(bad.err).toMatch(/expected simd or js, got 'gpu'/);
  const js = run("train", "--backend", "js", "--width", "8", "--depth", "1", "--epochs", "2", "--batches", "2", "--batch", "32", "--samples", "128", "--test", "64", "--json");
  expect(js.code).toBe(0);
  // the same training on the TypeScript variants: equal up to rounding in the sums
  const rj = JSON.parse(js.out).r2;
  for (const k of ["values", "deltas", "gammas"]) expect(Math.abs(rj[k] - res.r2[k])).toBeLessThan(1e-6);
});

test("prune: a trained model file prunes to the target size; a missing box or file is a clear error", () => {
  expect(run("train", "--width", "8", "--depth", "2", "--epochs", "1", "--batches", "2", "--batch", "32", "--samples", "128", "--test", "32", "--out", "small.json").code).toBe(0);
  const r = run("prune", "small.json", "--target", "6", "-o", "small-pruned.json", "--subdivide", "2", "--ranking", "layer");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/pruned 7-8-8-1 \(145 parameters\) to 7-3-3-1/);
  expect(run("prune", "nope.json", "--target", "3", "-o", "x.json").err).toMatch(/^sobolev prune: no such model file: nope\.json$/m);
  expect(run("prune", "small.json", "-o", "x.json").code).toBe(2); // --target is required
});

test("verify: a user's JavaScript file, typed by JSDoc, in a folder that is not ours", () => {
  const js = path.join(dir, "js-user");
  mkdirSync(js);
  writeFileSync(path.join(js, "package.json"), '{ "type": "module" }\n');
  writeFileSync(path.join(js, "price.js"), `// plain JavaScript
const SQRT_2PI = Math.sqrt(2 * Math.PI);
/**
 * @differentiable
 * @param {number} s spot
 * @param {number} k strike
 * @param {number} v normal vol
 * @domain s 80 120
 * @domain k 90 110
 * @domain v 5 20
 * @returns {number}
 */
export function bachelierCall(s, k, v) {
  var d = (s - k) / v;
  var density = Math.exp(-0.5 * d * d) / SQRT_2PI;
  var cdf = 0.5 * (1 + Math.tanh(0.7978845608 * (d + 0.044715 * d * d * d)));
  return (s - k) * cdf + v * density;
}
`);
  const r = spawnSync(process.execPath, [bin, "verify", "price.js"], { encoding: "utf8", cwd: js });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/pass\s+bachelierCall\s+tangent-vs-fd/);
  expect(r.stdout).toMatch(/all \d+ checks passed/);
});

test("path mistakes are one line naming the path, before any work, never a stack trace (#17)", () => {
  mkdirSync(path.join(dir, "a-dir"), { recursive: true });
  writeFileSync(path.join(dir, "a-file.txt"), "x\n");
  const probes: Array<[string[], RegExp, number]> = [
    [["compile", "a-dir"], /^sobolev compile: a-dir is a directory; expected a file$/m, 1],
    [["verify", "a-dir"], /^sobolev verify: a-dir is a directory; expected a file$/m, 1],
    [["compile", "good.ts", "--out", "a-file.txt"], /^sobolev compile: a-file\.txt is a file; expected a directory to write into$/m, 1],
    [["prune", "nope.json", "--target", "3", "-o", "a-dir"], /^sobolev prune: no such model file: nope\.json$/m, 1],
    [["export", "a-file.txt", "-o", "a-dir"], /^sobolev export: a-dir is a directory; expected a file name to write$/m, 1],
    [["import", "a-dir", "-o", "x.json"], /^sobolev import: a-dir is a directory; expected an ONNX file$/m, 1],
    [["train", "--epochs", "1", "-o", "a-dir"], /^sobolev train: a-dir is a directory; expected a file name to write$/m, 1],
    [["train", "--epochs", "1", "-o", "a-file.txt/model.json"], /^sobolev train: cannot write a-file\.txt\/model\.json: .*a-file\.txt is a file, not a directory$/m, 1],
  ];
  for (const [args, message, code] of probes) {
    const r = run(...args);
    expect(r.err, args.join(" ")).toMatch(message);
    expect(r.err, args.join(" ")).not.toMatch(/\n\s+at /); // no stack
    expect(r.code, args.join(" ")).toBe(code);
  }
});

test("--threads beyond the machine's cores is capped with a note", () => {
  const r = run("train", "--epochs", "1", "--batches", "1", "--samples", "64", "--test", "64", "--width", "4", "--depth", "1", "--threads", "100", "--json");
  expect(r.code).toBe(0);
  expect(r.err).toMatch(/--threads 100: this machine has \d+ cores; using \d+/);
});
