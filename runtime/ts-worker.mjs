// The start of every TypeScript worker thread (runtime/ts-worker.ts: tsWorker). Worker threads do
// not inherit tsx's module hooks (Node registers them per thread): register them, then import the
// worker's module. A failure is also flagged in shared memory when the worker asks for it, since a
// calling thread blocked in Atomics.wait cannot see error events.
import { workerData } from "node:worker_threads";

try {
  const { register } = await import("tsx/esm/api");
  register();
  await import(workerData.tsModule);
} catch (e) {
  const f = workerData.failure;
  if (f) {
    Atomics.store(f.words, f.set, 1);
    Atomics.notify(f.words, f.wake);
  }
  throw e;
}
