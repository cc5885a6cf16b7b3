/**
 * The case study of the seed slides (shared/CASE-STUDY.md): the 7-asset Bachelier basket
 * (models/bachelier.ts) through the surrogate pipeline of the training API (train/pipeline.ts:
 * oversized → pruned by interval adjoint significance → Sobolev on NN data → Sobolev on the
 * reference), with the seed slides' R² beside ours. This file holds only what is the case study's:
 * its scales, the published numbers, the market and its analytic test set and validation line.
 */
import { SEEDS } from "../../train/pipeline-run.js";
import { basketPayoff_adjoint } from "../../models/generated/bachelier.adjoint.js";
import { smoothBasketPayoff_adjoint_tangent } from "../../models/generated/bachelier.adjoint_tangent.js";
import { bachelier, makeMarket, simulate, SMOOTHING_WIDTH, smoothedGamma, testSet, type Market } from "../../models/bachelier.js";
import { r2 } from "../../train/metrics.js";
import type { R2 } from "../../train/model.js";
import { DEFAULT_DIRECTIONS } from "../../train/second-order.js";
import { runPipeline, type PipelineOptions, type Problem, type Report, type Scale, type StageTraining } from "../../train/pipeline.js";
import type { Slice } from "../../train/report.js";

export type { Report, Scale, StageTraining };

export const SCALES: Record<string, Scale> = {
  /** Seconds: for tests. */
  tiny: {
    width: 16, depth: 2, samples: 512, test: 512, target: 8, subdivide: 2,
    oversized: { epochs: 20, batches: 8, batch: 64, lr: 1e-2 },
    fineTune: { epochs: 10, batches: 8, batch: 64, lr: 3e-3 },
    sobolev: { epochs: 10, batches: 8, batch: 64, lr: 3e-3 },
  },
  /**
   * About half of `paper` (3.5 minutes here on 2 cores): the authors' network, data and batches;
   * 40 oversized epochs; learning rates decaying as in `paper`.
   */
  quick: {
    width: 128, depth: 6, samples: 8192, test: 4096, target: 48, subdivide: 8,
    oversized: { epochs: 40, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-5 },
    fineTune: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    sobolev: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    reference: { epochs: 300, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    referenceSamples: 262144,
  },
  /**
   * `npm start`. The authors' network, data and batches (6×128, 100 epochs × 64 batches of 256, 8192 samples);
   * learning rates decay exponentially (1e-3 → 1e-5, and → 1e-6 for the 433-parameter stages)
   * where the authors keep 1e-4, and the last stage runs 300 epochs of the small network (40 s)
   * on 262,144 fresh Monte Carlo samples (a simulator's samples are free; 8192 cap R² by their noise).
   */
  paper: {
    width: 128, depth: 6, samples: 8192, test: 4096, target: 48, subdivide: 8,
    oversized: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-5 },
    fineTune: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    sobolev: { epochs: 100, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    reference: { epochs: 300, batches: 64, batch: 256, lr: 1e-3, lrEnd: 1e-6 },
    referenceSamples: 262144,
  },
};

/** The seed slides' R² (values, deltas, gammas) for the same stages. */
export const SEED: Record<string, R2> = {
  oversized: { values: 0.999545, deltas: 0.9987, gammas: 0.997033 },
  pruned: { values: 0.999296, deltas: 0.996718, gammas: 0.90247 },
  "sobolev-nn": { values: 0.999805, deltas: 0.999479, gammas: 0.987393 },
  "sobolev-reference": { values: 0.999962, deltas: 0.999863, gammas: 0.997374 },
};

/** The pipeline's options (train/pipeline.ts), with the case study's scale by name and its flags. */
export interface RunOptions extends Pick<PipelineOptions, "out" | "seed" | "onProgress" | "shouldStop" | "log" | "pruneSteps" | "r2Floor" | "threads" | "precision" | "budget"> {
  scale: string;
  /** The pruning-criterion ablation, over seeds 1–3. */
  ablation?: boolean;
  /** Also the authors' smallest network, 7 → 3 → 3 → 1 (40 parameters). */
  small?: boolean;
  /** The second-order loss's directions: "pca" (default) or "random". */
  directions?: "pca" | "random";
}



export function runCaseStudy(o: RunOptions): Report {
  const scale = SCALES[o.scale];
  if (!scale) throw new Error(`unknown scale '${o.scale}' (${Object.keys(SCALES).join(", ")})`);
  const market = makeMarket(o.seed);
  const ts = testSet(market, scale.test, o.seed + SEEDS.test);
  const problem: Problem = {
    title: "Case study: Sobolev-pruned surrogate of a 7-asset Bachelier basket option",
    n: market.n,
    simulate: (count, seed, _pairs, hessian) => simulate(market, count, seed, basketPayoff_adjoint, hessian ? smoothBasketPayoff_adjoint_tangent : undefined),
    hessianLabels: `the pathwise Hessian of the smoothed payoff (width ${SMOOTHING_WIDTH})`,
    test: ts,
    // the basket gamma d²V/db² of V(w·S): wᵀHw/|w|⁴
    direction: market.w,
    divisor: market.w.reduce((a, v) => a + v * v, 0) ** 2,
    truth: "the analytic test set",
    // the authors' standardisation: one mean and deviation over all the (alike) spots
    normalization: "shared",
    baseline: { name: "seed", r2: SEED },
    slice: diagonal(market),
    config: {
      strike: market.strike, basketVol: market.basketVol, weights: [...market.w],
      ...(o.budget !== undefined ? { smoothing: smoothingBias(market, ts) } : {}),
    },
  };
  return runPipeline(problem, {
    scale, scaleName: o.scale, out: o.out, seed: o.seed, onProgress: o.onProgress, shouldStop: o.shouldStop, log: o.log,
    pruneSteps: o.pruneSteps, r2Floor: o.r2Floor, threads: o.threads, precision: o.precision, budget: o.budget,
    ...(o.directions ? { directions: { ...DEFAULT_DIRECTIONS, kind: o.directions } } : {}),
    // each ablation run gets the pipeline's own fine-tuning schedule
    ...(o.ablation ? { ablation: { seeds: [1, 2, 3], epochs: scale.fineTune.epochs } } : {}),
    ...(o.small ? { small: [market.n, 3, 3, 1] } : {}),
  });
}

/** The smoothed payoff's bias on the test set's gammas: R² and largest error of its expected gamma against the exact one. */
function smoothingBias(m: Market, ts: { x: Float64Array; gamma: Float64Array }): { width: number; gammaR2: number; maxAbsError: number } {
  const n = m.n, count = ts.gamma.length;
  const smooth = new Float64Array(count);
  let maxAbsError = 0;
  for (let s = 0; s < count; s++) {
    let b = 0;
    for (let i = 0; i < n; i++) b += m.w[i]! * ts.x[s * n + i]!;
    smooth[s] = smoothedGamma(b, m.strike, m.basketVol, m.t2 - m.t1);
    maxAbsError = Math.max(maxAbsError, Math.abs(smooth[s]! - ts.gamma[s]!));
  }
  return { width: SMOOTHING_WIDTH, gammaR2: r2(smooth, ts.gamma), maxAbsError };
}

/** The authors' validation line: spots S = b·1 (the basket value b, since Σw = 1), against the closed form. */
function diagonal(m: Market): Slice {
  const n = m.n, B = 121;
  const axis = Float64Array.from({ length: B }, (_, i) => 0.4 + (1.4 * i) / (B - 1));
  const points = new Float64Array(B * n);
  for (let i = 0; i < B; i++) points.fill(axis[i]!, i * n, (i + 1) * n);
  const exact = Array.from(axis, (v) => bachelier(v, m.strike, m.basketVol, m.t2 - m.t1));
  return {
    label: "basket value b (spots S = b·1)", axis, points,
    deltaDirection: new Float64Array(n).fill(1), deltaLabel: "Σ ∂V/∂S_i", gammaLabel: "basket gamma",
    truth: { name: "closed form", price: exact.map((e) => e.price), delta: exact.map((e) => e.cdf), gamma: exact.map((e) => e.gamma) },
  };
}
