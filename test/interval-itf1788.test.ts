/**
 * ITF1788 conformance (../shared/conformance/itf1788/vectors.json, read in place when present):
 * every expected (tightest) result must be contained in ours, and ours must be within a few ulps
 * of it. The per-operation count of exactly tight results is printed.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import * as I from "../runtime/interval/index.js";
import { ulps } from "./helpers/ulps.js";

const FILE = path.resolve("../shared/conformance/itf1788/vectors.json");
const present = existsSync(FILE);
if (!present) console.warn(`SKIPPED: ITF1788 conformance vectors not found at ${FILE} (they live in ../shared/)`);

type Raw = [string, string] | "empty" | "entire";
interface Case { op: string; args: Array<Raw | number>; expected: Raw; source: string }

function parse(r: Raw): I.Interval {
  if (r === "empty") return I.empty;
  if (r === "entire") return I.entire;
  return I.interval(Number(r[0]), Number(r[1]));
}

const OPS: Record<string, (...a: Array<I.Interval | number>) => I.Interval> = {
  add: (x, y) => I.add(x as I.Interval, y as I.Interval),
  sub: (x, y) => I.sub(x as I.Interval, y as I.Interval),
  mul: (x, y) => I.mul(x as I.Interval, y as I.Interval),
  div: (x, y) => I.div(x as I.Interval, y as I.Interval),
  neg: (x) => I.neg(x as I.Interval),
  sqr: (x) => I.sqr(x as I.Interval),
  sqrt: (x) => I.sqrt(x as I.Interval),
  exp: (x) => I.exp(x as I.Interval),
  log: (x) => I.log(x as I.Interval),
  pown: (x, n) => I.pown(x as I.Interval, n as number),
  abs: (x) => I.abs(x as I.Interval),
  min: (x, y) => I.min(x as I.Interval, y as I.Interval),
  max: (x, y) => I.max(x as I.Interval, y as I.Interval),
  tanh: (x) => I.tanh(x as I.Interval),
};

/** The documented tightness: exact for operations with certified rounding, a few ulps otherwise. */
const MAX_ULPS: Record<string, number> = { add: 0, sub: 0, mul: 1, div: 1, neg: 0, sqr: 1, sqrt: 1, abs: 0, min: 0, max: 0, exp: 3, log: 3, tanh: 3, pown: 8 };

describe.skipIf(!present)("ITF1788", () => {
  const data = present ? (JSON.parse(readFileSync(FILE, "utf8")) as { cases: Case[] }) : { cases: [] };
  const byOp = new Map<string, Case[]>();
  for (const c of data.cases) byOp.set(c.op, [...(byOp.get(c.op) ?? []), c]);
  const report: string[] = [];

  for (const [op, cases] of byOp) {
    test(`${op}: ${cases.length} cases contained, within ${MAX_ULPS[op]} ulp(s) of tight`, () => {
      let tight = 0, worst = 0;
      const bad: string[] = [];
      for (const c of cases) {
        const args = c.args.map((a) => (typeof a === "number" ? a : parse(a)));
        const got = OPS[op]!(...args);
        const want = parse(c.expected);
        if (I.isEmpty(want)) {
          if (!I.isEmpty(got)) bad.push(`${c.source}: expected empty, got [${got.lo}, ${got.hi}]`);
          else tight++;
          continue;
        }
        if (I.isEmpty(got) || !(got.lo <= want.lo && want.hi <= got.hi)) {
          bad.push(`${c.source}: ${op}(${JSON.stringify(c.args)}) = [${got.lo}, ${got.hi}] does not contain [${want.lo}, ${want.hi}]`);
          continue;
        }
        const d = Math.max(ulps(got.lo, want.lo), ulps(got.hi, want.hi));
        if (d === 0) tight++;
        worst = Math.max(worst, d);
        if (d > MAX_ULPS[op]!) bad.push(`${c.source}: ${op}(${JSON.stringify(c.args)}) = [${got.lo}, ${got.hi}], ${d} ulps from [${want.lo}, ${want.hi}]`);
      }
      report.push(`${op.padEnd(5)} ${String(cases.length).padStart(4)} cases, ${String(tight).padStart(4)} tight, worst ${worst} ulp`);
      expect(bad.slice(0, 10)).toEqual([]);
    });
  }

  test("report", () => {
    console.log(`ITF1788 conformance (all contained):\n${report.join("\n")}`);
    expect(report.length).toBe(byOp.size);
  });
});
