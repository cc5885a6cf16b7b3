/**
 * sobolev as a GradBench tool (bench/gradbench/): the committed generated code is what the compiler
 * writes, and — where the offline GradBench copy is (../shared/gradbench, or $GRADBENCH_ROOT) with
 * what its runner needs — every eval the tool answers is approved at the --quick workloads: its
 * outputs checked by GradBench against the hand-differentiated C++ reference (`manual`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { EVALS, gradbenchTable } from "../bench/gradbench/table.js";
import { compileCommand } from "../cli/compile-command.js";

const root = process.env.GRADBENCH_ROOT ?? path.resolve("../shared/gradbench");

test("bench/gradbench/generated is what sobolev compile writes (sobolev compile --check)", () => {
  const sources = readdirSync("bench/gradbench/evals").filter((f) => f.endsWith(".ts")).map((f) => `bench/gradbench/evals/${f}`);
  expect(sources.length).toBeGreaterThanOrEqual(7);
  const errors: string[] = [];
  expect(compileCommand(sources, { check: true, out: "bench/gradbench/generated", runtime: "../../../runtime/index.js" }, () => {}, (m) => errors.push(m))).toBe(0);
  expect(errors).toEqual([]);
});

const runner = path.join(root, "run-eval.sh");
const missing = !existsSync(runner) ? `no GradBench copy at ${root}`
  : spawnSync(runner, ["--check", "gmm"], { encoding: "utf8" }).status !== 0 ? `GradBench's runner lacks a dependency (${runner} --check gmm)` : undefined;
if (missing) console.warn(`test/gradbench.test.ts: the evals are skipped: ${missing}`);

describe.skipIf(missing !== undefined)("GradBench evals, --quick, checked against the manual tool", () => {
  test("every evaluation of every eval sobolev answers is approved", () => {
    const work = mkdtempSync(path.join(tmpdir(), "sobolev-gradbench-test-"));
    try {
      const table = gradbenchTable({ quick: true, evals: Object.keys(EVALS), work, manual: false });
      for (const e of table) {
        expect(e.evaluations, e.eval).toBeGreaterThan(0);
        expect({ eval: e.eval, outcome: e.outcome, approved: e.approved }).toEqual({ eval: e.eval, outcome: "success", approved: e.evaluations });
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 600_000);
});
