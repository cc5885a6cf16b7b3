/**
 * The worker side of a long pipeline run (pipeline-runner.ts starts it): the job runs on a worker
 * thread so that the main thread's event loop stays free to receive Ctrl-C while training blocks;
 * the main thread sets a shared flag, the pipeline checks it between batches. Log lines, progress
 * and the outcome go back as messages; an error is one message, not a stack.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Report, StageTraining } from "../train/pipeline.js";
import { TrainingInterrupted, type Progress } from "../train/trainer.js";

export type JobMessage =
  | { kind: "log"; line: string }
  | { kind: "progress"; stage: string; p: Progress; how: StageTraining; eta: number }
  | { kind: "done"; seconds: number; peakRssMB: number; summary?: string }
  | { kind: "interrupted"; message: string }
  | { kind: "failed"; message: string; stack?: string };

export interface JobHooks {
  shouldStop: () => boolean;
  log: (line: string) => void;
  onProgress: (stage: string, p: Progress, how: StageTraining, eta: number) => void;
}

/** Run `job` with the worker's options and hooks, reporting back to the main thread. */
export async function runJob<O>(job: (options: O, hooks: JobHooks) => Promise<{ report: Report; summary?: string }> | { report: Report; summary?: string }): Promise<void> {
  const { options, stop } = workerData as { options: O; stop: Int32Array };
  const post = (m: JobMessage) => parentPort!.postMessage(m);
  try {
    const { report, summary } = await job(options, {
      shouldStop: () => Atomics.load(stop, 0) !== 0,
      log: (line) => post({ kind: "log", line }),
      onProgress: (stage, p, how, eta) => post({ kind: "progress", stage, p, how, eta }),
    });
    post({ kind: "done", seconds: report.seconds, peakRssMB: report.peakRssMB, ...(summary ? { summary } : {}) });
  } catch (e) {
    if (e instanceof TrainingInterrupted) post({ kind: "interrupted", message: e.message });
    else post({ kind: "failed", message: e instanceof Error ? e.message : String(e), ...(e instanceof Error && e.stack ? { stack: e.stack } : {}) });
  }
}
