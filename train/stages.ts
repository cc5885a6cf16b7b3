/**
 * The pipeline's stages (pipeline.ts), each a step of one run (pipeline-run.ts): it reads what
 * earlier stages left on the run (the oversized network, the pruned one, the NN data) and leaves
 * its own. A caller composes them (standardStages, or its own list).
 */
import { mlp_adjoint_interval } from "../models/generated/mlp.adjoint_interval.js";
import { CRITERIA, pruningAblation } from "./ablation.js";
import type { Loss } from "./gradients.js";
import { mlpFunctions as F } from "./mlp-surrogate.js";
import { mlpSizes, paramCount } from "./mlp.js";
import { cloneModel, evaluateModel } from "./model.js";
import type { PipelineRun } from "./pipeline-run.js";
import { polish } from "./polish.js";
import type { Report, StageTraining } from "./problem.js";
import { chooseRemovals, dataMeans, pruneNeurons } from "./prune.js";
import { dataBox, significance } from "./significance.js";
import { initModel, train, validateData, type TrainData } from "./trainer.js";

export interface Stage {
  /** Its name, for lists and messages. */
  id: string;
  /** Does it add a stage to the report (and count in "stage k/N")? */
  reports: boolean;
  run(r: PipelineRun): void;
}

const need = <T>(v: T | undefined, what: string, stage: string): T => {
  if (v === undefined) throw new Error(`internal: the ${stage} stage needs ${what} (an earlier stage makes it)`);
  return v;
};

/** 1. The oversized network from scratch (the scale's loss; plain by default). */
const oversized: Stage = {
  id: "oversized", reports: true,
  run(r) {
    const { scale, problem } = r;
    const m = initModel(mlpSizes(problem.n, scale.width, scale.depth), r.data, r.seed("init"), problem.normalization);
    r.oversized = r.train("oversized", m, r.data, scale.oversizedLoss ?? "plain", scale.oversized);
  },
};

/**
 * 2. Interval Adjoint Significance Analysis over the training box, with and without subdivision,
 * and pruning to the target by per-layer ranking (the authors' pruned network is uniform, 6×8);
 * removed neurons fold their mean over the data into the next layer. With pruneSteps k > 1, sizes
 * shrink geometrically with a short plain fine-tuning after each step (an R² floor stops early).
 */
const prune: Stage = {
  id: "prune", reports: false,
  run(r) {
    const { scale, problem, o, log } = r;
    const big = need(r.oversized, "the oversized network", "prune");
    const box = dataBox(r.data.x, problem.n);
    r.report.significance = [];
    let sig = significance(mlp_adjoint_interval, big, box, 1);
    for (const k of [...new Set([1, scale.subdivide])]) {
      if (k > 1) sig = significance(mlp_adjoint_interval, big, box, k);
      r.report.significance.push({
        subdivisions: k,
        meanValueWidth: sig.reduce((a, s) => a + (s.valueHi - s.valueLo), 0) / sig.length,
        meanSignificance: sig.reduce((a, s) => a + s.significance, 0) / sig.length,
      });
    }
    r.significance = sig;
    const steps = Math.max(1, o.pruneSteps ?? 1);
    const H0 = sig.length;
    let pruned = big;
    let sigNow = sig;
    r.report.pruning = [];
    for (let i = 1; i <= steps; i++) {
      const target = i === steps ? scale.target : Math.round(H0 * (scale.target / H0) ** (i / steps));
      if (i > 1) sigNow = significance(mlp_adjoint_interval, pruned, box, scale.subdivide);
      const next = pruneNeurons(pruned, chooseRemovals(sigNow, pruned.sizes, target, "layer"), dataMeans(F.primal, pruned, r.data.x));
      if (i < steps) {
        const short = { ...scale.fineTune, epochs: Math.max(1, Math.round(scale.fineTune.epochs / steps)) };
        train(F, next, r.data, r.schedule("plain", short, r.seed("pruneStep", i)), undefined, o.shouldStop);
      }
      const r2 = r.evaluate(next);
      log(`prune step ${i}/${steps}: ${[...pruned.sizes].join("-")} → ${[...next.sizes].join("-")} (${paramCount(next.sizes)} parameters), R² values ${r2.values.toFixed(6)}`);
      if (o.r2Floor !== undefined && r2.values < o.r2Floor && i > 1) {
        log(`  below the R² floor ${o.r2Floor}: keeping ${[...pruned.sizes].join("-")}`);
        break;
      }
      r.report.pruning.push({ step: i, sizes: [...next.sizes], params: paramCount(next.sizes), r2 });
      pruned = next;
    }
    log(`pruned ${[...big.sizes].join("-")} to ${[...pruned.sizes].join("-")} by significance over the training box (${scale.subdivide} sub-boxes, per-layer ranking, ${steps} step(s))`);
    r.pruned = pruned;
    r.prunedR2 = r.evaluate(pruned);
  },
};

/** The same oversized network pruned to the same size by every criterion, then the same fine-tuning (ablation.ts). */
const ablation: Stage = {
  id: "ablation", reports: false,
  run(r) {
    const { scale, problem, o, log } = r;
    const a = need(o.ablation, "the ablation's seeds", "ablation");
    log(`ablation: pruning by ${CRITERIA.join(", ")} to ${scale.target} hidden neurons, ${a.seeds.length} seeds, ${a.epochs} epochs of fine-tuning each`);
    r.report.ablation = {
      fineTuneEpochs: a.epochs,
      pruning: pruningAblation({
        f: F, oversized: need(r.oversized, "the oversized network", "ablation"), data: r.data, interval: need(r.significance, "the significance analysis", "ablation"),
        target: scale.target, seeds: a.seeds, test: problem.test, direction: problem.direction, divisor: problem.divisor,
        fineTune: r.schedule("plain", { ...scale.fineTune, epochs: a.epochs }, 0), // each run sets its own seed
        shouldStop: o.shouldStop, log,
      }),
    };
    r.flush();
  },
};

/** 3. Plain fine-tuning of the pruned network. */
const fineTune: Stage = {
  id: "pruned", reports: true,
  run(r) {
    r.train("pruned", need(r.pruned, "the pruned network", "pruned"), r.data, "plain", r.scale.fineTune, { r2BeforeFineTune: r.prunedR2! });
  },
};

/** 4. Sobolev fine-tuning on "NN data": values and deltas of the oversized network at the training inputs. */
const nnData: Stage = {
  id: "sobolev-nn", reports: true,
  run(r) {
    const nn = evaluateModel(F, need(r.oversized, "the oversized network", "sobolev-nn"), r.data.x, r.problem.direction, r.problem.divisor);
    r.nnData = { ...r.data, y: nn.value, dydx: nn.delta };
    r.train("sobolev-nn", cloneModel(need(r.latest, "a fine-tuned network", "sobolev-nn")), r.nnData, "sobolev", r.scale.sobolev);
  },
};

/** 5. Sobolev fine-tuning on the reference: fresh samples when the scale asks for more than the training set (their labels averaging referencePairs path pairs). */
const reference: Stage = {
  id: "sobolev-reference", reports: true,
  run(r) {
    const { scale } = r;
    const count = scale.referenceSamples ?? scale.samples, pairs = scale.referencePairs ?? 1;
    const d = count === scale.samples && pairs === 1 ? r.data : r.problem.simulate(count, r.seed("reference"), pairs);
    if (d !== r.data) {
      validateData(d);
      r.log(`  ${count} fresh Monte Carlo samples for the last stage${pairs > 1 ? ` (each the mean of ${pairs} path pairs)` : ""}`);
    }
    r.referenceData = d;
    r.train("sobolev-reference", cloneModel(need(r.latest, "a network", "sobolev-reference")), d, "sobolev", scale.reference ?? scale.sobolev);
  },
};

/**
 * 5, within a data budget: second-order Sobolev on the same samples (pathwise y, dy/dx, Hessian
 * labels), and for comparison the first-order loss from the same start with the same epochs.
 */
const secondOrder: Stage = {
  id: "sobolev-second-order", reports: true,
  run(r) {
    const how = r.scale.reference ?? r.scale.sobolev;
    const start = need(r.latest, "a network", "sobolev-second-order");
    const c0 = performance.now();
    const first = cloneModel(start);
    train(F, first, r.data, r.schedule("sobolev", how, r.seed("stage", r.report.stages.length)), undefined, r.o.shouldStop);
    const firstR2 = r.evaluate(first), firstSeconds = (performance.now() - c0) / 1000;
    r.log(`  (the same stage with the first-order loss: R² values ${firstR2.values.toFixed(6)}  deltas ${firstR2.deltas.toFixed(6)}  gammas ${firstR2.gammas.toFixed(6)})`);
    r.referenceData = r.data;
    r.train("sobolev-second-order", cloneModel(start), r.data, "second-order", how);
    const last = r.report.stages[r.report.stages.length - 1]!;
    r.report.comparison = { firstOrder: { name: "sobolev (first order)", r2: firstR2, seconds: firstSeconds }, secondOrder: { name: last.name, r2: last.r2, seconds: last.seconds } };
  },
};

/** 6. The last stage's network polished by full-batch L-BFGS on the Sobolev loss over the last stage's data (polish.ts). */
const polished: Stage = {
  id: "polished", reports: true,
  run(r) {
    const iterations = need(r.scale.polish, "polish iterations in the scale", "polished");
    const d = need(r.referenceData, "the last stage's data", "polished");
    const m = cloneModel(need(r.latest, "a network", "polished"));
    r.announce("polished", `full-batch L-BFGS on the sobolev loss, ${d.count} samples, ${iterations} iterations`);
    const s0 = performance.now();
    const hist: number[] = [];
    const res = r.interruptible("polished", () => polish(F, m, d, {
      loss: "sobolev", iterations, ...r.parallel(), precision: "f32", shouldStop: r.o.shouldStop,
      onIteration: (k, v) => {
        if (k % 10 === 0) hist.push(v);
        r.o.onProgress?.("polished", { epoch: k, batch: 1, loss: v, epochLoss: v }, { epochs: iterations, batches: 1, batch: d.count, lr: 0 }, ((performance.now() - s0) / 1000 / k) * (iterations - k));
      },
    }));
    r.finish("polished", m, { seconds: (performance.now() - s0) / 1000, loss: hist }, { polish: { iterations: res.iterations, stopped: res.stopped, lossBefore: res.start, lossAfter: res.f } });
    r.log(`  (${res.iterations} iterations, stopped by ${res.stopped})`);
  },
};

/**
 * The authors' smallest network (PipelineOptions.small) from scratch: plain on the reference,
 * Sobolev on NN data, then the last stage's loss on the reference (and its polish, where the scale
 * has one); within a budget, beside the last stage's first-order twin.
 */
const small: Stage = {
  id: "small", reports: false,
  run(r) {
    const { scale, o, log } = r;
    const sizes = need(o.small, "the small network's sizes", "small");
    const ref = need(r.referenceData, "the last stage's data", "small"), nn = need(r.nnData, "the NN data", "small");
    const last: StageTraining = scale.reference ?? scale.sobolev;
    const m = initModel(Int32Array.from(sizes), ref, r.seed("small"), r.problem.normalization);
    const rep: NonNullable<Report["small"]> = { sizes, params: paramCount(sizes), stages: [] };
    const step = (name: string, d: TrainData, loss: Loss, how: StageTraining) => {
      const s0 = performance.now();
      log(`small network ${sizes.join("-")}: ${name}`);
      train(F, m, d, r.schedule(loss, how, r.seed("smallStage", rep.stages.length)), undefined, o.shouldStop);
      record(name, s0);
    };
    const record = (name: string, s0: number) => {
      const r2 = r.evaluate(m);
      rep.stages.push({ name, r2, seconds: (performance.now() - s0) / 1000 });
      log(`  R² values ${r2.values.toFixed(6)}  deltas ${r2.deltas.toFixed(6)}  gammas ${r2.gammas.toFixed(6)}`);
    };
    step("plain", ref, "plain", scale.fineTune);
    step("sobolev-nn", nn, "sobolev", scale.sobolev);
    if (ref.hessian) {
      // the last stage's first-order twin, from the same start
      const twin = cloneModel(m), s0 = performance.now();
      train(F, twin, ref, r.schedule("sobolev", last, r.seed("smallStage", rep.stages.length)), undefined, o.shouldStop);
      rep.firstOrder = { r2: r.evaluate(twin), seconds: (performance.now() - s0) / 1000 };
      log(`  (small network, last stage with the first-order loss: R² values ${rep.firstOrder.r2.values.toFixed(6)}  deltas ${rep.firstOrder.r2.deltas.toFixed(6)}  gammas ${rep.firstOrder.r2.gammas.toFixed(6)})`);
    }
    step(ref.hessian ? "sobolev-second-order" : "sobolev-reference", ref, ref.hessian ? "second-order" : "sobolev", last);
    if (scale.polish && !ref.hessian) {
      const s0 = performance.now();
      log(`small network ${sizes.join("-")}: polished`);
      polish(F, m, ref, { loss: "sobolev", iterations: scale.polish, ...r.parallel(), precision: "f32", shouldStop: o.shouldStop });
      record("polished", s0);
    }
    r.report.small = rep;
    r.flush();
  },
};

/** Every stage, by what it is. */
export const STANDARD = { oversized, prune, ablation, fineTune, nnData, reference, secondOrder, polish: polished, small } as const;
