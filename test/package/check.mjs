#!/usr/bin/env node
// The package as a user gets it (issue #17): `npm pack`, install the tarball into a fresh project
// that has no tsx, then with plain `node`: import sobolev/runtime, compile a model and run its
// generated adjoint (bundled by the esbuild plugin from a .mjs build script), `npx sobolev verify`
// in a CommonJS folder, and `tsc --noEmit` of the user's code and the generated code under the
// strictest common settings. Run by CI (.ci/run) and by `npm run test:package`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const work = mkdtempSync(path.join(tmpdir(), "sobolev-package-"));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const steps = [];
function step(name, f) {
  const t0 = Date.now();
  try {
    f();
    steps.push(`ok    ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    console.log(steps.at(-1));
  } catch (e) {
    console.error(`FAIL  ${name}\n${e.message}`);
    rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
}
function run(cmd, args, cwd, expectOk = true) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" } });
  if (expectOk && r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} (in ${cwd}) exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}

const project = path.join(work, "project");
let tarball;
step("npm pack", () => {
  run(npm, ["pack", "--pack-destination", work], root);
  tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  expect(tarball, "no tarball");
  const list = execFileSync("tar", ["-tzf", path.join(work, tarball)], { encoding: "utf8" });
  expect(list.includes("package/dist/runtime/index.js") && list.includes("package/dist/runtime/index.d.ts"), "the tarball lacks dist/runtime");
  expect(!/package\/(test|bench|\.ci)\//.test(list), "the tarball ships tests, benchmarks or CI files");
  expect(!/package\/(compiler|runtime|cli)\/.*\.ts\n/.test(list), "the tarball ships TypeScript sources outside dist/");
});

step("install the tarball into a fresh project (no tsx)", () => {
  mkdirSync(project);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "user-project", private: true, type: "module" }, null, 2));
  run(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", path.join(work, tarball), "typescript@6.0.3"], project);
  expect(!existsSync(path.join(project, "node_modules/tsx")), "tsx was installed: the package must not need it");
});

step("plain node imports sobolev/runtime and sobolev/runtime/interval", () => {
  writeFileSync(path.join(project, "runtime.mjs"), `
import { tape, sigmoid } from "sobolev/runtime";
import { interval, exp } from "sobolev/runtime/interval";
tape.push(1.5);
const x = tape.pop();
const e = exp(interval(0, 1));
if (x !== 1.5 || !(e.lo <= 1 && e.hi >= Math.E) || Math.abs(sigmoid(0) - 0.5) > 1e-15) throw new Error("runtime misbehaves");
console.log("runtime ok");
`);
  const r = run("node", ["runtime.mjs"], project);
  expect(r.stdout.includes("runtime ok"), r.stdout + r.stderr);
});

const model = `/**
 * A user's model.
 * @differentiable
 * @domain s 80 120
 * @domain v 0.1 0.4
 * @length w 3
 * @domain w 0.2 0.5
 */
export function price(s: number, v: number, w: Float64Array): number {
  let level = 0;
  for (let i = 0; i < w.length; i++) level += w[i]! * s;
  const d = (level - 100) / (v * 100);
  return (level - 100) * 0.5 * (1 + Math.tanh(d)) + v * Math.exp(-0.5 * d * d);
}
`;

step("sobolev compile, then the esbuild plugin bundles an app importing the generated adjoint; node runs it", () => {
  writeFileSync(path.join(project, "model.ts"), model);
  run("npx", ["sobolev", "compile", "model.ts"], project);
  expect(existsSync(path.join(project, "model.adjoint.ts")), "compile wrote no model.adjoint.ts");
  mkdirSync(path.join(project, "app"));
  writeFileSync(path.join(project, "app/model.ts"), model);
  writeFileSync(path.join(project, "app/main.ts"), `
import { price } from "./model.js";
import { price_adjoint } from "./model.adjoint.js";
const w = new Float64Array([0.3, 0.3, 0.4]), wb = new Float64Array(3), grad = new Float64Array(2);
const value = price_adjoint(101, 0.2, w, wb, 1, grad);
const h = 1e-6, fd = (price(101 + h, 0.2, w) - price(101 - h, 0.2, w)) / (2 * h);
if (Math.abs(value - price(101, 0.2, w)) > 1e-12 || Math.abs(grad[0]! - fd) > 1e-6) throw new Error("adjoint disagrees: " + grad[0] + " vs " + fd);
console.log("adjoint ok", grad[0]);
`);
  writeFileSync(path.join(project, "build.mjs"), `
import { build } from "esbuild";
import { sobolev } from "sobolev/esbuild";
await build({ entryPoints: ["app/main.ts"], bundle: true, platform: "node", format: "esm", outfile: "out/main.mjs", plugins: [sobolev()], logLevel: "error" });
`);
  run("node", ["build.mjs"], project);
  const r = run("node", ["out/main.mjs"], project);
  expect(r.stdout.includes("adjoint ok"), r.stdout + r.stderr);
});

step("a CommonJS project require()s sobolev/runtime and sobolev/runtime/interval", () => {
  writeFileSync(path.join(project, "runtime.cjs"), `
const { tape, sigmoid } = require("sobolev/runtime");
const { interval, exp } = require("sobolev/runtime/interval");
tape.push(2.5);
const e = exp(interval(0, 1));
if (tape.pop() !== 2.5 || !(e.lo <= 1 && e.hi >= Math.E) || Math.abs(sigmoid(0) - 0.5) > 1e-15) throw new Error("runtime misbehaves");
console.log("cjs ok");
`);
  const r = run("node", ["runtime.cjs"], project);
  expect(r.stdout.includes("cjs ok"), r.stdout + r.stderr);
});

step("the generated adjoint bundles for the browser (esbuild, platform browser): no Node built-in", () => {
  writeFileSync(path.join(project, "browser.mjs"), `
import { build } from "esbuild";
import { sobolev } from "sobolev/esbuild";
await build({ entryPoints: ["app/main.ts"], bundle: true, platform: "browser", format: "esm", outfile: "out/browser.js", plugins: [sobolev()], logLevel: "error" });
`);
  run("node", ["browser.mjs"], project);
  expect(existsSync(path.join(project, "out/browser.js")), "no browser bundle");
});

step("npx sobolev verify in a CommonJS folder", () => {
  const cjs = path.join(project, "cjs");
  mkdirSync(cjs);
  writeFileSync(path.join(cjs, "package.json"), JSON.stringify({ name: "cjs-folder", type: "commonjs" }));
  writeFileSync(path.join(cjs, "model.ts"), model);
  const r = run("npx", ["sobolev", "verify", "model.ts"], cjs);
  expect(/all \d+ checks passed/.test(r.stdout), r.stdout + r.stderr);
});

step("sobolev/train from plain node, and sobolev fit --scale tiny on a reference model in the project", () => {
  writeFileSync(path.join(project, "train.mjs"), `
import { paramCount, mlpSizes } from "sobolev/train";
if (paramCount(mlpSizes(4, 8, 6)) !== 409) throw new Error("paramCount");
console.log("train api ok");
`);
  expect(run("node", ["train.mjs"], project).stdout.includes("train api ok"), "sobolev/train did not load");
  writeFileSync(path.join(project, "basket.ts"), readFileSync(path.join(root, "examples/lognormal-basket/model.ts"), "utf8"));
  const r = run("npx", ["sobolev", "fit", "basket.ts", "--scale", "tiny", "--threads", "1", "--out", "fit-out", "--json"], project);
  const report = JSON.parse(r.stdout);
  expect(report.status === "complete" && report.stages.map((s) => s.name).join(" ") === "oversized pruned sobolev-nn sobolev-reference polished", r.stdout + r.stderr);
  expect(existsSync(path.join(project, "fit-out/surrogate.ts")) && existsSync(path.join(project, "fit-out/surrogate.adjoint.ts")), "fit wrote no surrogate.ts");
});

step("a user error is one line, exit 1, no stack", () => {
  const r = run("npx", ["sobolev", "verify", "missing.ts"], project, false);
  expect(r.status === 1 && r.stderr.trim() === "sobolev verify: no such file: missing.ts", `${r.status} ${r.stderr}`);
});

step("tsc --noEmit of the user's code and the generated code under strict settings", () => {
  // the plugin's modules exist only in the bundle: type-checking wants them on disk
  run("npx", ["sobolev", "compile", "app/model.ts"], project);
  writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({
    compilerOptions: {
      target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true,
      noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, erasableSyntaxOnly: true, verbatimModuleSyntax: true,
      types: [],
    },
    include: ["model.ts", "model.*.ts", "app/*.ts", "runtime.mjs", "fit-out/surrogate*.ts"],
  }, null, 2));
  run("npx", ["tsc", "-p", "."], project);
});

rmSync(work, { recursive: true, force: true });
console.log(`package check passed (${steps.length} steps)`);
