/**
 * Pruning-criterion ablation: the same oversized network pruned to the same size by four criteria,
 * each followed by the identical fine-tuning, over several seeds. The seed's claim is that interval
 * adjoints give pruning a global, data-free view; the other criteria are the usual baselines:
 *
 *   interval   Interval Adjoint Significance over the training box (significance.ts)
 *   magnitude  the L1 norm of a neuron's incoming weights
 *   taylor     first-order Taylor saliency |mean over the data of a·∂L/∂a|, L the plain loss the
 *              network was trained with (a and ∂L/∂a as the generated adjoint records them: `mark`)
 *   random     a seeded random ranking
 *
 * Every criterion ranks per layer (as the pipeline does) and folds removed neurons' data means.
 */
import { probes } from "../runtime/probes.js";
import { Rng } from "../runtime/random.js";
import { activationCount } from "./mlp.js";
import { evaluateModel, r2Triple, type R2, type SurrogateModel } from "./model.js";
import { chooseRemovals, dataMeans, pruneNeurons } from "./prune.js";
import type { NeuronSignificance } from "./significance.js";
import type { SurrogateFunctions } from "./surrogate.js";
import { train, type TrainData, type TrainOptions } from "./trainer.js";

export const CRITERIA = ["interval", "magnitude", "taylor", "random"] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface AblationRow {
  criterion: Criterion;
  seed: number;
  params: number;
  r2Pruned: R2;
  r2FineTuned: R2;
}

/** The hidden neurons of `sizes` in slot order, as layer/index/slot records with a score. */
function neurons(sizes: Int32Array, score: (layer: number, index: number, slot: number) => number): NeuronSignificance[] {
  const out: NeuronSignificance[] = [];
  let slot = 0;
  for (let l = 1; l < sizes.length - 1; l++) {
    for (let j = 0; j < sizes[l]!; j++, slot++) {
      out.push({ layer: l, index: j, slot, valueLo: 0, valueHi: 0, adjointLo: 0, adjointHi: 0, significance: score(l, j, slot) });
    }
  }
  return out;
}

/** L1 norm of each hidden neuron's incoming weights. */
export function magnitudeScores(m: SurrogateModel): NeuronSignificance[] {
  const { sizes, params } = m;
  const offsets: number[] = [];
  let off = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    offsets.push(off);
    off += (sizes[l]! + 1) * sizes[l + 1]!;
  }
  return neurons(sizes, (l, j) => {
    const nIn = sizes[l - 1]!, o = offsets[l - 1]!;
    let s = 0;
    for (let i = 0; i < nIn; i++) s += Math.abs(params[o + j * nIn + i]!);
    return s;
  });
}

/** |mean over the data of a·∂L/∂a| per hidden neuron, L the mean squared error on `data` (standardised units). */
export function taylorScores(f: SurrogateFunctions, m: SurrogateModel, data: TrainData, maxSamples = 2048): NeuronSignificance[] {
  const { sizes, params, norm } = m;
  const n = sizes[0]!, nAct = activationCount(sizes);
  const act = new Float64Array(nAct), actB = new Float64Array(nAct), x = new Float64Array(n), xB = new Float64Array(n), pB = new Float64Array(params.length);
  const sum = new Float64Array(nAct - n);
  const stride = Math.max(1, Math.floor(data.count / maxSamples));
  let used = 0;
  for (let s = 0; s < data.count; s += stride, used++) {
    for (let i = 0; i < n; i++) x[i] = (data.x[s * n + i]! - norm.xMean[i]!) / norm.xStd[i]!;
    const y = f.primal(params, x, act, sizes);
    const r = y - (data.y[s]! - norm.yMean) / norm.yStd;
    actB.fill(0);
    f.adjoint(params, x, act, sizes, pB, xB, actB, 2 * r);
    // the MLP marks its hidden neurons: the adjoint recorded each one's value and adjoint ∂L/∂a
    for (let k = 0; k < sum.length; k++) sum[k]! += probes.value[k]! * probes.adjoint[k]!;
  }
  return neurons(sizes, (_l, _j, slot) => Math.abs(sum[slot]! / used));
}

export function randomScores(sizes: Int32Array, seed: number): NeuronSignificance[] {
  const rng = new Rng(seed);
  return neurons(sizes, () => rng.uniform());
}

export interface AblationOptions {
  f: SurrogateFunctions;
  oversized: SurrogateModel;
  data: TrainData;
  /** Interval adjoint significance of the oversized network (already computed by the pipeline). */
  interval: NeuronSignificance[];
  target: number;
  seeds: number[];
  /** The fine-tuning every pruned network gets (its seed is replaced per run). */
  fineTune: Omit<TrainOptions, "seed">;
  test: { x: Float64Array; price: Float64Array; delta: Float64Array; gamma: Float64Array };
  direction: Float64Array;
  divisor: number;
  shouldStop?: () => boolean;
  log?: (line: string) => void;
}

export function pruningAblation(o: AblationOptions): AblationRow[] {
  const rows: AblationRow[] = [];
  const means = dataMeans(o.f.primal, o.oversized, o.data.x);
  const evaluate = (m: SurrogateModel) => r2Triple(evaluateModel(o.f, m, o.test.x, o.direction, o.divisor), o.test);
  const fixed: Partial<Record<Criterion, NeuronSignificance[]>> = {
    interval: o.interval,
    magnitude: magnitudeScores(o.oversized),
    taylor: taylorScores(o.f, o.oversized, o.data),
  };
  for (const criterion of CRITERIA) {
    for (const seed of o.seeds) {
      const scores = fixed[criterion] ?? randomScores(o.oversized.sizes, seed);
      const pruned = pruneNeurons(o.oversized, chooseRemovals(scores, o.oversized.sizes, o.target, "layer"), means);
      const r2Pruned = evaluate(pruned);
      train(o.f, pruned, o.data, { ...o.fineTune, seed: 1000 + seed }, undefined, o.shouldStop);
      const r2FineTuned = evaluate(pruned);
      rows.push({ criterion, seed, params: pruned.params.length, r2Pruned, r2FineTuned });
      o.log?.(`  ablation ${criterion.padEnd(9)} seed ${seed}: R² values after pruning ${r2Pruned.values.toFixed(6)}, after fine-tuning ${r2FineTuned.values.toFixed(6)} / ${r2FineTuned.deltas.toFixed(6)} / ${r2FineTuned.gammas.toFixed(6)}`);
    }
  }
  return rows;
}
