// The start of every worker thread (runtime/ts-worker.ts: tsWorker). A TypeScript module (this
// repository's sources) needs tsx's module hooks, which worker threads do not inherit (Node
// registers them per thread): register them first. Compiled JavaScript (the package) is imported as is. A failure is also flagged in shared memory when the worker asks for it, since a
// calling thread blocked in Atomics.wait cannot see error events.
import { workerData } from "node:worker_threads";

try {
  if (workerData.tsModule.endsWith(".ts")) {
    const { register } = await import("tsx/esm/api");
    register();
  }
  await import(workerData.tsModule);
} catch (e) {
  const f = workerData.failure;
  if (f) {
    Atomics.store(f.words, f.set, 1);
    Atomics.notify(f.words, f.wake);
  }
  throw e;
}
