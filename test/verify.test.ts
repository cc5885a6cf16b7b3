/** `sobolev verify`: passes on unseen functions in the subset, fails on wrong derivatives, is deterministic. */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { expect, test } from "vitest";
import { withTempProject } from "./helpers/project.js";
import { verifyLoaded } from "../cli/verify-command.js";
import { loadCompiled } from "../compiler/integration/load.js";

const bin = path.resolve("bin/sobolev.js");
function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ALL = [{ steps: [{ mode: "tangent" as const }] }, { steps: [{ mode: "adjoint" as const }] },
  { steps: [{ mode: "tangent" as const }, { mode: "adjoint" as const }] }, { steps: [{ mode: "adjoint" as const }, { mode: "tangent" as const }] }];

test("verify passes on functions it has never seen, with JSON output and exit code 0", () => {
  const r = run("verify", "test/fixtures/unseen.ts", "--json", "--samples", "12");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const rows = JSON.parse(r.out) as Array<{ function: string; check: string; samples: number; worstError: number; pass: boolean | null; skipped?: string }>;
  expect(new Set(rows.map((x) => x.function))).toEqual(new Set(["cumulative", "fixedPoint", "matrixForm"]));
  expect(new Set(rows.map((x) => x.check))).toEqual(new Set(["tangent-vs-fd", "adjoint-vs-tangent", "hvp-vs-fd", "hvp-symmetry", "hvp-two-compositions", "interval-value", "interval-adjoint"]));
  for (const row of rows) {
    expect(Object.keys(row)).toEqual(expect.arrayContaining(["function", "check", "samples", "worstError", "pass"]));
    // fixedPoint's while loop cannot be decided over a box: its interval checks are skipped, with the reason
    if (row.function === "fixedPoint" && row.check.startsWith("interval")) {
      expect(row.pass).toBeNull();
      expect(row.skipped).toMatch(/undecided while loop at test\/fixtures\/unseen\.ts:37/);
    } else {
      expect(row.pass).toBe(true);
    }
  }
});

test("the same seed gives the same numbers; another seed other points", () => {
  const a = run("verify", "test/fixtures/unseen.ts", "--json", "--seed", "7", "--samples", "4").out;
  const b = run("verify", "test/fixtures/unseen.ts", "--json", "--seed", "7", "--samples", "4").out;
  const c = run("verify", "test/fixtures/unseen.ts", "--json", "--seed", "8", "--samples", "4").out;
  expect(a).toBe(b);
  expect(a).not.toBe(c);
});

test("a wrong adjoint, a wrong tangent and a wrong Hessian-vector product are each caught", async () => {
  const loaded = await loadCompiled("test/fixtures/unseen.ts", undefined, ALL);
  // Module namespaces are read-only: replace each module by a copy with one function wrong.
  for (const k of Object.keys(loaded.variants)) loaded.variants[k] = { ...loaded.variants[k] };
  const good = loaded.variants.adjoint!.fixedPoint_adjoint;
  loaded.variants.adjoint!.fixedPoint_adjoint = (c: number, d: number, seed: number, grad: Float64Array) => {
    const v = good(c, d, seed, grad);
    grad[1]! *= 1.001; // a 0.1% error in one partial
    return v;
  };
  const goodT = loaded.variants.tangent!.cumulative_tangent;
  loaded.variants.tangent!.cumulative_tangent = (...args: unknown[]) => {
    goodT(...args);
    (args[4] as Float64Array)[2]! += 1e-4; // out_d[2] slightly off
  };
  const goodH = loaded.variants.adjoint_tangent!.matrixForm_adjoint_tangent;
  loaded.variants.adjoint_tangent!.matrixForm_adjoint_tangent = (...args: unknown[]) => {
    const r = goodH(...args);
    (args[10] as Float64Array)[0]! *= 1.01; // grad_d (a, b, n, a_b, out_b, grad, a_d, b_d, a_b_d, out_b_d, grad_d, out): ∂²/∂b² off by 1%
    return r;
  };
  const rows = verifyLoaded(loaded, { samples: 8, seed: 1 });
  const failed = rows.filter((r) => !r.pass).map((r) => `${r.function} ${r.check}`);
  expect(failed).toEqual(expect.arrayContaining(["fixedPoint adjoint-vs-tangent", "cumulative tangent-vs-fd", "matrixForm hvp-vs-fd"]));
  expect(failed).not.toContain("fixedPoint tangent-vs-fd");
});

test("a file that does not compile exits non-zero with the diagnostic; bad arguments exit 2", () => {
  const r = run("verify", "test/fixtures/helpers.ts", "--samples", "0");
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/expected an integer >= 1, got '0'/);
  expect(run("verify", "x.ts", "--seed", "abc").code).toBe(2);
  expect(run("verify").code).toBe(2);
  const bad = run("verify", "test/fixtures/bad-syntax.ts");
  expect(bad.code).toBe(1);
  expect(bad.err).toMatch(/bad-syntax\.ts:5:5: error: 'try' is not supported/);
});

test("default exports are checked; a file with no function to check, or an annotated function it cannot call, is an error (#16)", async () => {
  await withTempProject("verify", async (p) => {
    const dir = p.dir;
    const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
    const here = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir });
    write("default-fn.ts", "/**\n * @differentiable\n * @domain x 0.5 2\n */\nexport default function cube(x: number): number {\n  return x * x * x;\n}\n");
    write("default-name.ts", "/**\n * @differentiable\n * @domain x 0.5 2\n */\nfunction square(x: number): number {\n  return x * x;\n}\nexport default square;\n");
    for (const f of ["default-fn.ts", "default-name.ts"]) {
      const r = here("verify", f);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/pass\s+(cube|square)\s+tangent-vs-fd/);
      expect(r.stdout).toMatch(/all 7 checks passed/);
    }
    write("none.ts", "export function plain(x: number): number {\n  return x;\n}\n");
    const none = here("verify", "none.ts");
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/none\.ts has no @differentiable function to check/);
    expect(here("verify", "none.ts", "--json").status).toBe(1);
    write("private.ts", "/** @differentiable */\nfunction hidden(x: number): number {\n  return x * x;\n}\nexport const y = 1;\n");
    const hidden = here("verify", "private.ts", "--json");
    expect(hidden.status).toBe(1);
    expect(hidden.stderr).toMatch(/private\.ts has no @differentiable function to check .*not exported are checked through their exported callers/);
  }, { module: true });
});

test("a failing check whose worst error is not a number says why", async () => {
  const { whyNoNumber: whyNoNumberForTest } = await import("../cli/verify-command.js");
  expect(whyNoNumberForTest({ function: "f", check: "interval-value", samples: 3, worstError: Infinity, pass: false })).toMatch(/infinite/);
  expect(whyNoNumberForTest({ function: "f", check: "tangent-vs-fd", samples: 3, worstError: NaN, pass: false })).toMatch(/NaN/);
  expect(whyNoNumberForTest({ function: "f", check: "tangent-vs-fd", samples: 3, worstError: 1e-3, pass: false })).toBeUndefined();
});
