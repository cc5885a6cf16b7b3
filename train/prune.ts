/**
 * Pruning: remove hidden neurons, folding each removed neuron's mean contribution (outgoing weight
 * × its mean value) into the next layer's bias. Two means are offered: the neuron's mean over the
 * training data (dataMeans; used by the case study), and the midpoint of its interval value over
 * the box (midValues; needs no data, so `sobolev prune` uses it, and it is exact for neurons that
 * are constant over the box, but wide intervals bias it). The result is a smaller dense MLP.
 */
import { activationCount, paramCount } from "./mlp.js";
import { probes } from "../runtime/probes.js";
import type { NeuronSignificance } from "./significance.js";
import type { SurrogateModel } from "./model.js";

/** Remove the neurons in `remove` (slots); `mean[slot]` is each removed neuron's folded value. */
export function pruneNeurons(model: SurrogateModel, remove: ReadonlySet<number>, mean: ArrayLike<number>): SurrogateModel {
  const { sizes, params } = model;
  const L = sizes.length - 1;
  // kept indices per hidden layer
  const keep: number[][] = [];
  let slot = 0;
  for (let l = 1; l < L; l++) {
    const k: number[] = [];
    for (let j = 0; j < sizes[l]!; j++, slot++) if (!remove.has(slot)) k.push(j);
    if (k.length === 0) throw new Error(`pruning would remove every neuron of hidden layer ${l}`);
    keep.push(k);
  }
  const newSizes = Int32Array.from([sizes[0]!, ...keep.map((k) => k.length), 1]);
  const out = new Float64Array(paramCount(newSizes));
  let src = 0, dst = 0, firstSlot = 0;
  for (let l = 0; l < L; l++) {
    const nIn = sizes[l]!, nOut = sizes[l + 1]!;
    const rows = l < L - 1 ? keep[l]! : [0];
    const cols = l === 0 ? Array.from({ length: nIn }, (_, i) => i) : keep[l - 1]!;
    const prevFirst = l === 0 ? 0 : firstSlot - sizes[l]!; // slot of neuron 0 of the input layer (hidden)
    const W = (j: number, i: number) => params[src + j * nIn + i]!;
    const b = (j: number) => params[src + nOut * nIn + j]!;
    const newIn = cols.length;
    rows.forEach((j, r) => {
      cols.forEach((i, c) => { out[dst + r * newIn + c] = W(j, i); });
      let bias = b(j);
      if (l > 0) for (let i = 0; i < nIn; i++) if (!cols.includes(i)) bias += W(j, i) * mean[prevFirst + i]!; // fold
      out[dst + rows.length * newIn + r] = bias;
    });
    src += (nIn + 1) * nOut;
    dst += (newIn + 1) * rows.length;
    if (l < L - 1) firstSlot += nOut;
  }
  return { sizes: newSizes, params: out, norm: { ...model.norm }, meta: { ...model.meta, prunedFrom: [...sizes] } };
}

/**
 * Choose the least significant neurons to remove so that `target` hidden neurons remain
 * (global ranking, or per layer keeping each layer's share), never emptying a layer.
 */
export function chooseRemovals(sig: NeuronSignificance[], sizes: Int32Array, target: number, ranking: "global" | "layer" = "global"): Set<number> {
  const H = sig.length;
  if (target >= H) return new Set();
  if (target < sizes.length - 2) throw new Error(`cannot keep ${target} hidden neurons: every one of the ${sizes.length - 2} hidden layers needs at least one`);
  const remove = new Set<number>();
  if (ranking === "layer") {
    for (let l = 1; l < sizes.length - 1; l++) {
      const layer = sig.filter((s) => s.layer === l).sort((a, b) => a.significance - b.significance);
      const keepN = Math.max(1, Math.round((sizes[l]! * target) / H));
      layer.slice(0, layer.length - keepN).forEach((s) => remove.add(s.slot));
    }
    return remove;
  }
  const left = new Map<number, number>();
  for (let l = 1; l < sizes.length - 1; l++) left.set(l, sizes[l]!);
  for (const s of [...sig].sort((a, b) => a.significance - b.significance || a.slot - b.slot)) {
    if (H - remove.size <= target) break;
    if (left.get(s.layer)! <= 1) continue;
    remove.add(s.slot);
    left.set(s.layer, left.get(s.layer)! - 1);
  }
  return remove;
}

/** Midpoints of the neurons' interval values, by slot. */
export function midValues(sig: NeuronSignificance[]): Float64Array {
  const m = new Float64Array(sig.length);
  for (const s of sig) m[s.slot] = 0.5 * s.valueLo + 0.5 * s.valueHi;
  return m;
}

/**
 * Each hidden neuron's mean value over data (original-unit inputs, count × n), read from the
 * model's `mark` probes during ordinary forward passes (at most `maxSamples`, evenly spaced).
 * Over a wide box the interval midpoint is pulled by interval overestimation; the data mean is the
 * constant that replaces the neuron with the least squared error where the model is used.
 */
export function dataMeans(primal: (p: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array) => number, m: SurrogateModel, x: Float64Array, maxSamples = 2048): Float64Array {
  const n = m.sizes[0]!, count = x.length / n;
  let H = 0;
  for (let l = 1; l < m.sizes.length - 1; l++) H += m.sizes[l]!;
  const sum = new Float64Array(H), xn = new Float64Array(n), act = new Float64Array(activationCount(m.sizes));
  const stride = Math.max(1, Math.floor(count / maxSamples));
  let used = 0;
  for (let s = 0; s < count; s += stride) {
    for (let i = 0; i < n; i++) xn[i] = (x[s * n + i]! - m.norm.xMean[i]!) / m.norm.xStd[i]!;
    primal(m.params, xn, act, m.sizes);
    for (let k = 0; k < H; k++) sum[k]! += probes.value[k]!;
    used++;
  }
  return sum.map((v) => v / used);
}
