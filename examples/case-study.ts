/**
 * `npm start`: the case study end to end (examples/case-study/pipeline.ts).
 *   npm start -- [--scale paper|quick|tiny] [--out out/case-study] [--seed 1] [--threads n]
 * --scale: paper (default: the authors' settings, under 8 minutes on 2 cores), quick (3.5 minutes), tiny (seconds).
 * --threads: training threads (default: the machine's cores; same seed and threads, same numbers).
 * --precision f32|f64: the SIMD training kernels' precision (default f32; the models stay float64).
 * --budget N: at most N reference samples for the whole pipeline; the last stage is second-order Sobolev
 *   (--directions pca|random), beside the same stage with the first-order loss.
 * --ablation: prune by interval significance, magnitude, Taylor saliency and at random, seeds 1–3.
 * --small: also the authors' smallest network, 7 → 3 → 3 → 1 (40 parameters).
 * Ctrl-C stops after the current batch, keeping finished stages' models and a partial report.
 */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { threadCount, UserError } from "../cli/errors.js";
import { claimOutputDir } from "../cli/output-claim.js";
import { runInWorker } from "../cli/pipeline-runner.js";
import { SCALES } from "./case-study/pipeline.js";
import { DEFAULT_PRECISION } from "../train/gradients.js";

function usage(msg: string): never {
  console.error(`${msg}\nusage: npm start -- [--scale ${Object.keys(SCALES).join("|")}] [--out dir] [--seed N] [--prune-steps k] [--r2-floor x] [--threads n] [--precision f32|f64] [--budget N] [--directions pca|random] [--ablation] [--small]`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({ options: {
    scale: { type: "string", default: "paper" }, out: { type: "string", default: "out/case-study" }, seed: { type: "string", default: "1" },
    "prune-steps": { type: "string", default: "1" }, "r2-floor": { type: "string" }, threads: { type: "string", default: String(availableParallelism()) },
    budget: { type: "string" }, ablation: { type: "boolean", default: false }, small: { type: "boolean", default: false }, directions: { type: "string", default: "pca" }, precision: { type: "string", default: DEFAULT_PRECISION },
  } }));
} catch (e) {
  usage((e as Error).message);
}
if (!SCALES[values.scale]) usage(`unknown scale '${values.scale}'`);
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) usage(`--seed must be a non-negative integer, got '${values.seed}'`);
const pruneSteps = Number(values["prune-steps"]);
if (!Number.isInteger(pruneSteps) || pruneSteps < 1) usage(`--prune-steps must be a positive integer, got '${values["prune-steps"]}'`);
const r2Floor = values["r2-floor"] === undefined ? undefined : Number(values["r2-floor"]);
if (r2Floor !== undefined && !Number.isFinite(r2Floor)) usage(`--r2-floor must be a number, got '${values["r2-floor"]}'`);
const budget = values.budget === undefined ? undefined : Number(values.budget);
if (budget !== undefined && (!Number.isInteger(budget) || budget < 64)) usage(`--budget must be an integer of at least 64 samples, got '${values.budget}'`);
if (values.directions !== "pca" && values.directions !== "random") usage(`--directions must be pca or random, got '${values.directions}'`);
if (values.precision !== "f32" && values.precision !== "f64") usage(`--precision must be f32 or f64, got '${values.precision}'`);
const requestedThreads = Number(values.threads);
if (!Number.isInteger(requestedThreads) || requestedThreads < 1) usage(`--threads must be a positive integer, got '${values.threads}'`);
const threads = threadCount(requestedThreads, (m) => console.error(m));
let release: () => void = () => {};
try {
  // before the work: an --out that names a file, or that another run is writing, fails now, not after
  // training; an earlier case study there is replaced whole (its files removed first, never mixed)
  release = claimOutputDir(values.out, { replace: true, flag: "" });
} catch (e) {
  if (!(e instanceof UserError)) throw e;
  console.error(`npm start: ${e.message}`);
  process.exit(1);
}

// The pipeline runs on a worker thread (case-study/run-worker.ts), so that Ctrl-C is seen while training blocks.
process.exitCode = await runInWorker(new URL("./case-study/run-worker.ts", import.meta.url),
  { scale: values.scale, out: values.out, seed, pruneSteps, r2Floor, threads, budget, ablation: values.ablation, small: values.small, directions: values.directions, precision: values.precision },
  { name: "npm start", out: values.out });
release();
