/** Worker threads running TypeScript modules (through runtime/ts-worker.mjs, which registers tsx). */
import { Worker } from "node:worker_threads";

/** On failure, words[set] = 1 and waiters on words[wake] are woken. */
export interface FailureFlag {
  words: Int32Array;
  set: number;
  wake: number;
}

/** Start `module` on a worker thread; it reads `data` as its workerData (plus `tsModule`, `failure`). */
export function tsWorker(module: URL, data: Record<string, unknown>, failure?: FailureFlag): Worker {
  return new Worker(new URL("./ts-worker.mjs", import.meta.url), { workerData: { ...data, tsModule: module.href, failure } });
}
