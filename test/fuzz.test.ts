/**
 * Property-based fuzzing of the compiler: random programs from the subset (nested intrinsics, for
 * loops with overwritten accumulators, data-dependent while loops, branches, calls, array outputs)
 * are compiled and checked like `sobolev verify` does. Seeded and bounded here; `npm run fuzz`
 * runs longer. A failure shrinks to a minimal program, printed as TypeScript.
 */
import fc from "fast-check";
import { test } from "vitest";
import { RUNTIME_ENTRY } from "../compiler/integration/load.js";
import { checkProgram } from "./fuzz/check.js";
import { program } from "./fuzz/programs.js";

test("random programs: derivatives agree with differences and across modes", async () => {
  await fc.assert(
    fc.asyncProperty(program(RUNTIME_ENTRY), async (p) => {
      const failure = await checkProgram(p.source);
      if (failure) throw new Error(`${failure}\n--- program ---\n${p.source}`);
    }),
    { numRuns: 25, seed: 20261126 },
  );
}, 300_000);
