/**
 * The surrogate pipeline of the seed slides, for any problem (the case study's Bachelier basket, a
 * user's reference model through `sobolev fit`), as a list of stages (stages.ts) over one run
 * (pipeline-run.ts: the data, the models, the report, the seeds):
 *   1. oversized MLP                                          → stage "oversized";
 *   2. Interval Adjoint Significance Analysis over the training box, pruning to the target size
 *      (optionally compared with other criteria: --ablation);
 *   3. plain fine-tuning of the pruned network                → "pruned";
 *   4. Sobolev fine-tuning on "NN data" (y and dy/dx of the oversized network) → "sobolev-nn";
 *   5. Sobolev fine-tuning on the reference (Monte Carlo with pathwise differentials), continuing
 *      from 4                                                 → "sobolev-reference";
 *      or, within a data budget, second-order Sobolev beside its first-order twin → "sobolev-second-order";
 *   6. a full-batch L-BFGS polish of the final network, where the scale asks for one → "polished";
 *   and the authors' smallest network from scratch beside it (--small).
 * Every stage's model is written (atomically) as it finishes; report.json / report.md / plots are
 * rewritten after every stage (report.ts), so an interruption leaves the finished stages and a
 * partial report.
 */
import type { PipelineOptions, Problem, Report } from "./problem.js";
import { PipelineRun } from "./pipeline-run.js";
import { STANDARD, type Stage } from "./stages.js";

export type { PipelineOptions, Problem, PruneStep, Report, Scale, StageReport, StageTraining } from "./problem.js";
export type { Stage } from "./stages.js";
export { cloneModel } from "./model.js";

/** The stages a run takes by default: the seed slides' pipeline, and what the options add. */
export function standardStages(o: PipelineOptions): Stage[] {
  const s = STANDARD;
  return [
    s.oversized, s.prune, ...(o.ablation ? [s.ablation] : []), s.fineTune, s.nnData,
    ...(o.budget !== undefined ? [s.secondOrder] : [s.reference, ...(o.scale.polish ? [s.polish] : [])]),
    ...(o.small ? [s.small] : []),
  ];
}

/** Run `stages` (default: standardStages) on `problem`; the report as it stands at the end. */
export function runPipeline(problem: Problem, o: PipelineOptions, stages: Stage[] = standardStages(o)): Report {
  const run = new PipelineRun(problem, o, stages.filter((s) => s.reports).length);
  for (const s of stages) s.run(run);
  run.complete();
  return run.report;
}
