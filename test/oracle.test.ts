/**
 * The fuzzer's programs against an independent oracle (#31): a seeded set of generated programs,
 * each one's Hessian (uᵀHv, both compositions) against mixed differences of the primal alone
 * (test/fuzz/oracle.ts) — no derivative code of ours on the reference side.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { RUNTIME_ENTRY } from "../compiler/integration/load.js";
import { oracleProgram } from "./fuzz/oracle.js";
import { program } from "./fuzz/programs.js";

test("second derivatives of 16 generated programs agree with differences of the primal", async () => {
  let checked = 0, skipped = 0;
  const programs = fc.sample(program(RUNTIME_ENTRY), { numRuns: 16, seed: 31 });
  for (const [k, p] of programs.entries()) {
    const r = await oracleProgram(p.source, 4, k + 1);
    checked += r.checked;
    skipped += r.skipped;
    expect(r.worst, `program ${k}: ${r.where}\n${p.source}`).toBeLessThanOrEqual(1e-5);
  }
  // most stencils are smooth: the oracle compared most samples, it did not skip its way to a pass
  expect(checked).toBeGreaterThanOrEqual(0.5 * (checked + skipped));
}, 300_000);
