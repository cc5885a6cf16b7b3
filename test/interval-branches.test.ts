/**
 * Interval adjoints through undecided branches (issue #21): on random boxes of each function's
 * domain (most straddle its switch point) and on boxes where one branch is taken only on a sliver,
 * the interval value and interval adjoint contain the point values and point adjoints at random
 * points of the box, for ?:, if/else, nested branches, branches in loops and writing arrays, and
 * boolean flags set in branches. A planted narrowing (both ways run, but one way's result kept
 * instead of the hull) is caught.
 */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTempProject } from "./helpers/project.js";
import { compile } from "../compiler/compile.js";
import { loadCompiled, RUNTIME_ENTRY, type Loaded } from "../compiler/integration/load.js";
import { VERIFY_VARIANTS } from "../compiler/modes.js";
import type { AnyFn, FnSpec } from "../runtime/checks/index.js";
import { checkEnclosure } from "../runtime/checks/index.js";

const FILE = "test/fixtures/branches.ts";
const NAMES = ["choice", "nested", "erfcLike", "piecewise", "clipLoop", "flagged"];
let points: Loaded, intervals: Loaded;
beforeAll(async () => {
  points = await loadCompiled(FILE, undefined, VERIFY_VARIANTS.derivatives);
  intervals = await loadCompiled(FILE, undefined, VERIFY_VARIANTS.intervals);
});

const spec = (l: Loaded, variant: string, name: string) => l.output.files.find((f) => f.variant === variant)!.functions.find((f) => f.name === name) as FnSpec;
function variants(name: string, adjointInterval?: AnyFn) {
  return {
    primal: { fn: points.source[name] as AnyFn, spec: points.output.functions.find((f) => f.name === name) as FnSpec },
    adjoint: { fn: points.variants.adjoint![`${name}_adjoint`] as AnyFn, spec: spec(points, "adjoint", `${name}_adjoint`) },
    interval: { fn: intervals.variants.interval![`${name}_interval`] as AnyFn, spec: spec(intervals, "interval", `${name}_interval`) },
    adjointInterval: { fn: adjointInterval ?? (intervals.variants.adjoint_interval![`${name}_adjoint_interval`] as AnyFn), spec: spec(intervals, "adjoint_interval", `${name}_adjoint_interval`) },
  };
}

describe("enclosures through undecided branches", () => {
  for (const name of NAMES) {
    test(name, () => {
      const rows = checkEnclosure(variants(name), { samples: 100, seed: 11, points: 8 });
      expect(rows.map((r) => r.check)).toEqual(["interval-value", "interval-adjoint"]);
      for (const r of rows) {
        expect(r.skipped, `${name} ${r.check}`).toBeUndefined();
        expect(r, `${name} ${r.check}: worst ${r.worstError}`).toMatchObject({ pass: true, samples: 100 });
      }
    });
  }

  test("one branch taken only on a sliver of the box: both contribute", () => {
    const iv = intervals.variants.adjoint_interval!.piecewise_adjoint_interval as AnyFn;
    const adj = points.variants.adjoint!.piecewise_adjoint as AnyFn;
    for (const [lo, hi] of [[0.3 - 1e-12, 0.9], [-0.4, 0.3 + 1e-13], [0.3, 0.3 + 1e-9]] as const) {
      const glo = new Float64Array(1), ghi = new Float64Array(1), out = new Float64Array(2);
      iv(lo, hi, 1, 1, glo, ghi, out);
      for (const x of [lo, hi, (lo + hi) / 2]) {
        const g = new Float64Array(1);
        adj(x, 1, g);
        expect(g[0]).toBeGreaterThanOrEqual(glo[0]!);
        expect(g[0]).toBeLessThanOrEqual(ghi[0]!);
      }
      // the enclosure holds the line's slope 0.6 and 2x on the other side
      expect(glo[0]).toBeLessThanOrEqual(0.6);
      expect(ghi[0]).toBeGreaterThanOrEqual(Math.min(2 * hi, 0.6));
    }
  });

  test("a planted narrowing (one way's result kept, not the hull) is caught", async () => {
    const out = compile(await import("node:fs").then((fs) => fs.readFileSync(FILE, "utf8")), {
      fileName: path.resolve(FILE), runtimeImport: RUNTIME_ENTRY, variants: VERIFY_VARIANTS.intervals, functions: ["nested"],
    });
    const code = out.files.find((f) => f.variant === "adjoint_interval")!.code;
    const narrowed = code.replace(/= hullLo\((\w+), \w+_other\)/g, "= $1").replace(/= hullHi\((\w+), \w+_other\)/g, "= $1");
    expect(narrowed).not.toBe(code);
    await withTempProject("narrowed", async (p) => {
      const dir = p.dir;
      writeFileSync(path.join(dir, "m.ts"), narrowed);
      const m = await import(pathToFileURL(path.join(dir, "m.ts")).href);
      const rows = checkEnclosure(variants("nested", m.nested_adjoint_interval), { samples: 100, seed: 11, points: 8 });
      expect(rows.find((r) => r.check === "interval-adjoint")).toMatchObject({ pass: false });
    }, { module: true });
  });
});

afterAll(() => undefined);
