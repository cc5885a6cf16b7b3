/**
 * The case study's pipeline on a worker thread, so that the main thread's event loop stays free to
 * receive Ctrl-C while training blocks: the main thread sets a shared flag, the pipeline checks it
 * between batches. Progress and log lines come back as messages.
 */
import { parentPort, workerData } from "node:worker_threads";
import { TrainingInterrupted } from "../../train/trainer.js";
import { runCaseStudy, type RunOptions } from "./pipeline.js";

const { options, stop } = workerData as { options: Omit<RunOptions, "shouldStop" | "log" | "onProgress">; stop: Int32Array };
try {
  const report = runCaseStudy({
    ...options,
    shouldStop: () => Atomics.load(stop, 0) !== 0,
    log: (line) => parentPort!.postMessage({ kind: "log", line }),
    onProgress: (stage, p, how, eta) => parentPort!.postMessage({ kind: "progress", stage, p, how, eta }),
  });
  parentPort!.postMessage({ kind: "done", seconds: report.seconds, peakRssMB: report.peakRssMB });
} catch (e) {
  if (e instanceof TrainingInterrupted) parentPort!.postMessage({ kind: "interrupted", message: e.message });
  else throw e;
}
