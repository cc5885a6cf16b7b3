/**
 * Cost of the generated MLP variants relative to the primal, one sample, 7 → 6×128 SiLU → 1
 * (the case study's oversized network). Interleaved in one run so the ratios share the machine's state.
 */
import { mlp } from "../models/mlp.js";
import { mlp_adjoint } from "../models/mlp.adjoint.js";
import { mlp_tangent } from "../models/mlp.tangent.js";
import { activationCount, glorotNormal, mlpSizes, paramCount } from "../runtime/mlp.js";
import { Rng } from "../runtime/random.js";
import { timePerCall } from "./timing.js";

export interface MlpBench {
  primal_us: number;
  tangent_us: number;
  adjoint_us: number;
  tangent_over_primal: number;
  adjoint_over_primal: number;
}

export function benchMlp(width = 128, depth = 6, quick = false): MlpBench {
  const sizes = mlpSizes(7, width, depth);
  const rng = new Rng(1);
  const params = glorotNormal(sizes, rng);
  const x = Float64Array.from({ length: 7 }, () => rng.range(0.5, 1.5));
  const act = new Float64Array(activationCount(sizes)), actD = new Float64Array(act.length), actB = new Float64Array(act.length);
  const xd = Float64Array.from({ length: 7 }, () => rng.normal());
  const pb = new Float64Array(paramCount(sizes)), xb = new Float64Array(7), out = new Float64Array(2);
  let sink = 0;
  const opts = quick ? { blocks: 3, minBlockMs: 5, warmupMs: 20 } : {};
  const primal = () => { sink += mlp(params, x, act, sizes); };
  const tangent = () => { mlp_tangent(params, x, act, sizes, xd, actD, out); sink += out[1]!; };
  const adjoint = () => { sink += mlp_adjoint(params, x, act, sizes, pb, xb, actB, 1); };
  // Two rounds, interleaved; keep the second (warmed) round.
  let p = 0, t = 0, a = 0;
  for (let round = 0; round < 2; round++) {
    p = timePerCall(primal, opts);
    t = timePerCall(tangent, opts);
    a = timePerCall(adjoint, opts);
  }
  if (sink === 42) console.log(""); // keep results alive
  return { primal_us: p * 1e6, tangent_us: t * 1e6, adjoint_us: a * 1e6, tangent_over_primal: t / p, adjoint_over_primal: a / p };
}
