/**
 * Worker threads running the package's modules: compiled JavaScript in the package (dist/), the
 * TypeScript sources in this repository (runtime/ts-worker.mjs then registers tsx in the thread).
 */
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

/** The module `name` beside the calling module, with the caller's extension (`.ts` from sources, `.js` from dist/). */
export function sibling(callerUrl: string, name: string): URL {
  const ext = callerUrl.endsWith(".ts") ? ".ts" : ".js";
  return new URL(`./${name}${ext}`, callerUrl);
}
