/**
 * `npm run bench:gmm -- [--quick] [--json]`: ADBench's GMM objective (gmm.ts, ported from GradBench's C++
 * reference) — the objective's time, the generated adjoint's gradient time, their ratio (ADBench's
 * gradient/objective column: manual 1.9–7.2, Tapenade 3.7–15.5, PyTorch ≈ 3 in its published table),
 * and the tape the gradient needs (its buffers' high-water mark in MB), at ADBench's sizes, n points.
 * The generated variants are committed in generated/ (`sobolev compile bench/gmm/gmm.ts --out
 * bench/gmm/generated --runtime ../../../runtime/index.js`).
 *
 * The same for the checkpointed gradient: gmm.ts with `/** @checkpoint *\/` before its loop over the
 * points (compiled here, in a temporary directory), which tapes that loop's state every ⌈√n⌉ points
 * and re-runs them in the reverse sweep: the `checkpointed` columns, and its gradient checked
 * equal to the plain one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { benchArgs } from "../args.js";
import { loadCompiled } from "../../compiler/integration/load.js";
import { tape } from "../../runtime/index.js";
import { timePerCall } from "../timing.js";
import type { gmmObjective_adjoint } from "./generated/gmm.adjoint.js";
import { gmmCase, gmmTimes, gmmTiming, GMM_SIZES } from "./measure.js";

const values = benchArgs("npm run bench:gmm -- [--quick] [--json]", { quick: { type: "boolean", default: false }, json: { type: "boolean", default: false } });
const n = values.quick ? 100 : 1000;

const sourcePath = fileURLToPath(new URL("./gmm.ts", import.meta.url));
const loop = "  for (let ix = 0; ix < n; ix++) {";
const source = readFileSync(sourcePath, "utf8");
if (!source.includes(loop)) throw new Error(`bench/gmm: gmm.ts no longer has the loop over the points ('${loop.trim()}')`);
const tagged = source.replace(loop, `  /** @checkpoint */\n${loop}`);
const dir = mkdtempSync(path.join(tmpdir(), "sobolev-gmm-"));
writeFileSync(path.join(dir, "gmm.ts"), tagged);
const compiled = await loadCompiled(path.join(dir, "gmm.ts"), undefined, [{ steps: [{ mode: "adjoint" }] }]).finally(() => rmSync(dir, { recursive: true, force: true }));
const checkpointed = compiled.variants.adjoint!.gmmObjective_adjoint as typeof gmmObjective_adjoint;

/** The tape's buffers after one call from an empty tape, in MB. */
function tapeMb(call: () => void): number {
  tape.release();
  call();
  const mb = tape.bytes / 2 ** 20;
  tape.release();
  return +mb.toFixed(1);
}
const rows = GMM_SIZES.map(([d, k]) => {
  const c = gmmCase(d, k, n);
  const cpGradients = c.grads();
  const gradientCheckpointed = () => void checkpointed(...c.data, ...cpGradients, 1);
  const tapeMB = tapeMb(c.gradient), checkpointedMB = tapeMb(gradientCheckpointed);
  for (let g = 0; g < 4; g++) {
    if (c.gradients[g]!.some((v, i) => v !== cpGradients[g]![i])) throw new Error(`bench/gmm: the checkpointed gradient differs from the plain one (d = ${d}, K = ${k})`);
  }
  const times = gmmTimes(c, values.quick!);
  const checkpointedMs = timePerCall(gradientCheckpointed, gmmTiming(values.quick!)) * 1e3;
  return {
    d, k, n, ...times, tape_mb: tapeMB,
    checkpointed: { gradient_ms: +checkpointedMs.toPrecision(4), gradient_over_objective: +(checkpointedMs / times.objective_ms).toFixed(2), tape_mb: checkpointedMB },
  };
});
const result = { "node.version": process.version, gmm: rows };
if (values.json) console.log(JSON.stringify(result, null, 2));
else {
  for (const r of rows) {
    console.log(`GMM d=${r.d} K=${r.k} n=${r.n}: objective ${r.objective_ms} ms, gradient ${r.gradient_ms} ms, ratio ${r.gradient_over_objective}, tape ${r.tape_mb} MB; ` +
      `checkpointed: ${r.checkpointed.gradient_ms} ms, ratio ${r.checkpointed.gradient_over_objective}, tape ${r.checkpointed.tape_mb} MB`);
  }
}
