/**
 * Interval Adjoint Significance Analysis (seed slides): over an input box, the generated
 * interval-adjoint of the network encloses each hidden neuron's value [n] and the adjoint
 * ∇_[n][y] of the output with respect to it; the neuron's significance is
 *   S = width([n]) · max |∇_[n][y]|
 * (an upper bound of how much the output can move through that neuron over the box). The values
 * come from the `mark` probes the model sets on its hidden neurons.
 *
 * Subdivision: the box is split into k sub-boxes (repeatedly halving the widest side of the widest
 * box); each neuron takes its worst case (largest S) over them, and the hull of its values.
 * Smaller boxes give tighter intervals, so subdivision sharpens the ranking.
 */
import { mag, width } from "../runtime/interval/index.js";
import { divDown, divUp, subDown, subUp } from "../runtime/interval/round.js";
import { activationCount } from "./mlp.js";
import { probes } from "../runtime/probes.js";
import type { SurrogateModel } from "./model.js";

/** The generated interval adjoint of the MLP (models/generated/mlp.adjoint_interval.ts): point weights, interval inputs. */
export type IntervalAdjointFn = (
  params: Float64Array, xLo: Float64Array, xHi: Float64Array, aLo: Float64Array, aHi: Float64Array, sizes: Int32Array,
  xbLo: Float64Array, xbHi: Float64Array, abLo: Float64Array, abHi: Float64Array, seed: number, out: Float64Array,
) => void;

export interface Box {
  lo: Float64Array;
  hi: Float64Array;
}

export interface NeuronSignificance {
  /** Hidden layer (1 = first hidden layer) and position in it. */
  layer: number;
  index: number;
  /** Number among all hidden neurons (the model's mark slot). */
  slot: number;
  valueLo: number;
  valueHi: number;
  adjointLo: number;
  adjointHi: number;
  significance: number;
}

/** The input box of a data set (count × n inputs), per coordinate. */
export function dataBox(x: Float64Array, n: number): Box {
  const lo = new Float64Array(n).fill(Infinity), hi = new Float64Array(n).fill(-Infinity);
  for (let s = 0; s < x.length / n; s++) for (let i = 0; i < n; i++) {
    const v = x[s * n + i]!;
    if (v < lo[i]!) lo[i] = v;
    if (v > hi[i]!) hi[i] = v;
  }
  return { lo, hi };
}

/** Split a box into k sub-boxes by halving the widest side of the widest box. */
export function subdivide(box: Box, k: number): Box[] {
  const boxes = [box];
  while (boxes.length < k) {
    let bi = 0, bw = -1;
    boxes.forEach((b, i) => {
      const w = Math.max(...b.hi.map((h, j) => h - b.lo[j]!));
      if (w > bw) { bw = w; bi = i; }
    });
    const b = boxes.splice(bi, 1)[0]!;
    let d = 0;
    for (let j = 1; j < b.lo.length; j++) if (b.hi[j]! - b.lo[j]! > b.hi[d]! - b.lo[d]!) d = j;
    const mid = 0.5 * (b.lo[d]! + b.hi[d]!);
    const left = { lo: b.lo.slice(), hi: b.hi.slice() }, right = { lo: b.lo.slice(), hi: b.hi.slice() };
    left.hi[d] = mid;
    right.lo[d] = mid;
    boxes.push(left, right);
  }
  return boxes;
}

export function hiddenLayout(sizes: Int32Array): Array<{ layer: number; index: number }> {
  const out: Array<{ layer: number; index: number }> = [];
  for (let l = 1; l < sizes.length - 1; l++) for (let j = 0; j < sizes[l]!; j++) out.push({ layer: l, index: j });
  return out;
}

/** Significance of every hidden neuron over `box` (original input units), worst case over `subdivisions` sub-boxes. */
export function significance(fIA: IntervalAdjointFn, model: SurrogateModel, box: Box, subdivisions = 1): NeuronSignificance[] {
  const { sizes, params, norm } = model;
  const n = sizes[0]!;
  const layout = hiddenLayout(sizes);
  const H = layout.length, nAct = activationCount(sizes);
  const res: NeuronSignificance[] = layout.map((p, slot) => ({ ...p, slot, valueLo: Infinity, valueHi: -Infinity, adjointLo: Infinity, adjointHi: -Infinity, significance: 0 }));
  const aLo = new Float64Array(nAct), aHi = new Float64Array(nAct), abLo = new Float64Array(nAct), abHi = new Float64Array(nAct);
  const xbLo = new Float64Array(n), xbHi = new Float64Array(n), out = new Float64Array(2);
  const xLo = new Float64Array(n), xHi = new Float64Array(n);
  for (const b of subdivide(box, subdivisions)) {
    // standardise the box, rounding outward
    for (let i = 0; i < n; i++) {
      xLo[i] = divDown(subDown(b.lo[i]!, norm.xMean[i]!), norm.xStd[i]!);
      xHi[i] = divUp(subUp(b.hi[i]!, norm.xMean[i]!), norm.xStd[i]!);
    }
    abLo.fill(0); abHi.fill(0); xbLo.fill(0); xbHi.fill(0);
    probes.ensure(H);
    fIA(params, xLo, xHi, aLo, aHi, sizes, xbLo, xbHi, abLo, abHi, 1, out);
    for (let k = 0; k < H; k++) {
      const v = { lo: probes.valueLo[k]!, hi: probes.valueHi[k]! }, g = { lo: probes.adjointLo[k]!, hi: probes.adjointHi[k]! };
      const r = res[k]!;
      r.valueLo = Math.min(r.valueLo, v.lo);
      r.valueHi = Math.max(r.valueHi, v.hi);
      r.adjointLo = Math.min(r.adjointLo, g.lo);
      r.adjointHi = Math.max(r.adjointHi, g.hi);
      r.significance = Math.max(r.significance, width(v) * mag(g));
    }
  }
  return res;
}
