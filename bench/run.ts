/**
 * `npm run bench [-- --json] [-- --quick]`: benchmarks of the generated code. Prints a table, or
 * one JSON object with --json. --quick is the smoke version CI runs (tiny blocks, same code paths).
 */
import { readFileSync } from "node:fs";
import { compile } from "../compiler/compile.js";
import { benchMlp } from "./mlp.js";
import { median } from "./timing.js";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");

function compileModelsMs(): number {
  const src = readFileSync("models/mlp.ts", "utf8");
  const times: number[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const t = performance.now();
    compile(src, { fileName: "models/mlp.ts" });
    times.push(performance.now() - t);
  }
  return median(times);
}

const m = await benchMlp(quick ? 32 : 128, quick ? 2 : 6, quick);
const result = {
  "mlp.shape": quick ? "7-2x32-1" : "7-6x128-1",
  "mlp.primal_us": round(m.primal_us),
  "mlp.tangent_over_primal": round(m.tangent_over_primal),
  "mlp.adjoint_over_primal": round(m.adjoint_over_primal),
  "mlp.interval_over_primal": round(m.interval_over_primal),
  "mlp.interval_adjoint_over_primal": round(m.interval_adjoint_over_primal),
  "mlp.interval_alloc_bytes_per_call": round(m.interval_alloc_bytes_per_call),
  "mlp.interval_adjoint_alloc_bytes_per_call": round(m.interval_adjoint_alloc_bytes_per_call),
  "compile.models_ms": round(compileModelsMs()),
  notes: [
    "ratios are medians of interleaved timing blocks in one run, one sample per call",
    "interval box: each input ±0.05; alloc = heap growth per call over many calls with no GC in between (NaN if a GC ran)",
  ],
};

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (args.has("--json")) {
  console.log(JSON.stringify(result, null, 2));
} else {
  for (const [k, v] of Object.entries(result)) if (k !== "notes") console.log(`${k.padEnd(34)} ${v === null ? "—" : v}`);
  for (const n of result.notes) console.log(`note: ${n}`);
}
