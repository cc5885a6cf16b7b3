/** `sobolev fit`'s pipeline on a worker thread (cli/worker-job.ts; started by fit-command.ts). */
import { fit, type FitOptions } from "../train/fit.js";
import { loadReference } from "../train/reference.js";
import { runJob } from "./worker-job.js";

export interface FitJob extends Omit<FitOptions, "shouldStop" | "log" | "onProgress"> {
  file: string;
  function?: string;
  exact?: string | false;
}

await runJob(async (o: FitJob, hooks) => {
  const ref = await loadReference(o.file, { function: o.function, exact: o.exact });
  hooks.log(`${ref.name} of ${o.file}: ${ref.n} inputs in [${[...ref.box.lo].join(", ")}] × [${[...ref.box.hi].join(", ")}], ${ref.m} normal draws per path; test truth: ${ref.exact ? `closed form ${ref.exact.name}` : "Monte Carlo"}`);
  const { report, files, final } = fit(ref, { ...o, ...hooks });
  const last = report.stages[report.stages.length - 1]!;
  return {
    report,
    summary: `final surrogate ${[...final.sizes].join("-")} (${last.params} parameters): R² values ${last.r2.values.toFixed(6)}, deltas ${last.r2.deltas.toFixed(6)}, gammas ${last.r2.gammas.toFixed(6)}\nwrote ${files.map((f) => f.replace(`${o.out}/`, "")).join(", ")} in ${o.out}/`,
  };
});
