// Worker threads do not inherit tsx's module hooks (Node registers them per thread): register
// them here, then load the TypeScript worker. A failure to start is flagged in the control words
// (CTRL.failed in parallel.ts), since the calling thread is blocked and cannot see error events.
import { workerData } from "node:worker_threads";

try {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./worker.ts");
} catch (e) {
  Atomics.store(workerData.ctrl, 5, 1);
  Atomics.notify(workerData.ctrl, 1);
  throw e;
}
