/**
 * `npm run fuzz -- --runs N [--seed S]`: a longer fuzzing run for humans. Prints progress, and on a
 * failure the shrunk program as TypeScript with the checks it fails.
 */
import fc from "fast-check";
import { parseArgs } from "node:util";
import { RUNTIME_ENTRY } from "../../compiler/integration/load.js";
import { checkProgram } from "./check.js";
import { program } from "./programs.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "200" }, seed: { type: "string" } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error("usage: npm run fuzz -- [--runs N] [--seed S]");
  process.exit(2);
}
let done = 0;
const t0 = Date.now();
console.log(`fuzzing ${runs} random programs (seed ${seed})`);
await fc.assert(
  fc.asyncProperty(program(RUNTIME_ENTRY), async (p) => {
    const failure = await checkProgram(p.source);
    done++;
    const each = `${done}/${runs} programs checked, ${((Date.now() - t0) / done).toFixed(0)} ms each`;
    // a terminal gets one line rewritten; a log gets at most ten lines
    if (process.stdout.isTTY) { if (done % 10 === 0) process.stdout.write(`\r${each}`); }
    else if (done % Math.max(1, Math.ceil(runs / 10)) === 0) console.log(each);
    if (failure) throw new Error(`${failure}\n--- program ---\n${p.source}`);
  }),
  { numRuns: runs, seed, endOnFailure: false },
).then(
  () => console.log(`\nall ${runs} programs passed (seed ${seed}, ${((Date.now() - t0) / 1000).toFixed(0)} s)`),
  (e: Error) => {
    console.log("");
    console.error(e.message);
    if (e.cause instanceof Error) console.error(`\n${e.cause.message}`);
    process.exitCode = 1;
  },
);
