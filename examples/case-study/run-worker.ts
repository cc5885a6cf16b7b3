/** The case study's pipeline on a worker thread (cli/worker-job.ts; started by examples/case-study.ts). */
import { runJob } from "../../cli/worker-job.js";
import { runCaseStudy, type RunOptions } from "./pipeline.js";

await runJob((options: Omit<RunOptions, "shouldStop" | "log" | "onProgress">, hooks) => ({ report: runCaseStudy({ ...options, ...hooks }) }));
