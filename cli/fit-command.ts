/**
 * `sobolev fit <file.ts>`: a user's reference model (train/reference.ts) through the surrogate
 * pipeline (train/fit.ts), on a worker thread so that Ctrl-C stops after the current batch.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { FIT_SCALES } from "../train/fit.js";
import { inputFile, threadCount, UserError } from "./errors.js";
import { claimOutputDir } from "./output-claim.js";
import type { FitJob } from "./fit-worker.js";
import { sibling } from "../runtime/ts-worker.js";
import { runInWorker } from "./pipeline-runner.js";

export interface FitCommandOptions {
  function?: string;
  exact?: string | false;
  out?: string;
  scale: string;
  target: number;
  activation: string;
  width?: number;
  depth?: number;
  threads: number;
  precision: "f32" | "f64";
  seed: number;
  pruneSteps: number;
  json?: boolean;
  debug?: boolean;
  /** Replace an earlier run in --out. */
  force?: boolean;
}

export async function fitCommand(file: string, o: FitCommandOptions): Promise<number> {
  inputFile(file);
  if (!FIT_SCALES[o.scale]) throw new UserError(`--scale: expected ${Object.keys(FIT_SCALES).join(", ")}, got '${o.scale}'`, 2);
  if (o.activation !== "silu") throw new UserError(`--activation ${o.activation}: the surrogate's generated variants (models/mlp.ts) are built for silu; tanh and softplus are not available yet`, 2);
  const out = o.out ?? path.join("out", `fit-${path.basename(file).replace(/\.[^.]+$/, "")}`);
  const threads = threadCount(o.threads, (m) => console.error(m));
  const release = claimOutputDir(out, { replace: o.force === true, flag: "--force" });
  const job: FitJob = {
    file: path.resolve(file), function: o.function, exact: o.exact, out, scale: o.scale, target: o.target,
    width: o.width, depth: o.depth, threads, precision: o.precision, seed: o.seed, pruneSteps: o.pruneSteps,
  };
  try {
    const code = await runInWorker(sibling(import.meta.url, "fit-worker"), job, { name: "sobolev fit", out, debug: o.debug, quiet: o.json });
    if (o.json && code === 0) console.log(readFileSync(path.join(out, "report.json"), "utf8").trimEnd());
    return code;
  } finally {
    release();
  }
}
