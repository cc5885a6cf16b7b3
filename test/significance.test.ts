/**
 * Interval Adjoint Significance Analysis and pruning: the enclosures bound what sampling sees,
 * subdivision never loosens them, and pruning equals the original network with the removed neurons
 * replaced by their folded means (checked against an independent forward pass written here).
 */
import { expect, test } from "vitest";
import { mlp } from "../models/mlp.js";
import { mlp_adjoint } from "../models/generated/mlp.adjoint.js";
import { mlp_adjoint_interval } from "../models/generated/mlp.adjoint_interval.js";
import { activationCount, glorotNormal, layerOffset, mlpSizes, paramCount } from "../train/mlp.js";
import { probes } from "../runtime/probes.js";
import { chooseRemovals, midValues, pruneNeurons } from "../train/prune.js";
import { Rng } from "../runtime/random.js";
import { significance, type Box } from "../train/significance.js";
import type { SurrogateModel } from "../train/model.js";
import { silu } from "../runtime/intrinsics.js";

const n = 7;
function model(seed = 2): SurrogateModel {
  const sizes = mlpSizes(n, 6, 3);
  return { sizes, params: glorotNormal(sizes, new Rng(seed)), norm: { xMean: Float64Array.from({ length: n }, (_, i) => 1 + 0.02 * i), xStd: Float64Array.from({ length: n }, (_, i) => 0.3 - 0.02 * i), yMean: 0.1, yStd: 0.2 }, meta: {} };
}
const box: Box = { lo: new Float64Array(n).fill(0.8), hi: new Float64Array(n).fill(1.2) };

/** Reference forward pass (original units in, normalised output), with some neurons replaced by constants. */
function forward(m: SurrogateModel, x: Float64Array, constants: Map<number, number> = new Map()): number {
  const { sizes, params, norm } = m;
  let a = Array.from(x, (v, i) => (v - norm.xMean[i]!) / norm.xStd[i]!);
  let slot = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const nIn = sizes[l]!, nOut = sizes[l + 1]!, off = layerOffset(sizes, l);
    const next: number[] = [];
    for (let j = 0; j < nOut; j++) {
      let s = params[off + nOut * nIn + j]!;
      for (let i = 0; i < nIn; i++) s += params[off + j * nIn + i]! * a[i]!;
      if (l + 2 < sizes.length) {
        next.push(constants.has(slot) ? constants.get(slot)! : silu(s));
        slot++;
      } else next.push(s);
    }
    a = next;
  }
  return a[0]!;
}

test("neuron values and adjoints at points of the box lie inside their significance intervals", () => {
  const m = model();
  const sig = significance(mlp_adjoint_interval, m, box);
  const rng = new Rng(1);
  const nAct = activationCount(m.sizes);
  for (let s = 0; s < 100; s++) {
    const x = box.lo.map((l, i) => l + rng.uniform() * (box.hi[i]! - l));
    const xn = x.map((v, i) => (v - m.norm.xMean[i]!) / m.norm.xStd[i]!);
    mlp_adjoint(m.params, xn, new Float64Array(nAct), m.sizes, new Float64Array(paramCount(m.sizes)), new Float64Array(n), new Float64Array(nAct), 1);
    for (const k of sig) {
      expect(probes.value[k.slot]).toBeGreaterThanOrEqual(k.valueLo);
      expect(probes.value[k.slot]).toBeLessThanOrEqual(k.valueHi);
      expect(probes.adjoint[k.slot]).toBeGreaterThanOrEqual(k.adjointLo);
      expect(probes.adjoint[k.slot]).toBeLessThanOrEqual(k.adjointHi);
    }
  }
});

test("subdividing the box never loosens a neuron's intervals or raises its significance", () => {
  const m = model();
  const one = significance(mlp_adjoint_interval, m, box, 1);
  const eight = significance(mlp_adjoint_interval, m, box, 8);
  let tighter = 0;
  one.forEach((a, k) => {
    const b = eight[k]!;
    expect(b.valueLo).toBeGreaterThanOrEqual(a.valueLo);
    expect(b.valueHi).toBeLessThanOrEqual(a.valueHi);
    expect(b.significance).toBeLessThanOrEqual(a.significance);
    if (b.significance < a.significance) tighter++;
  });
  expect(tighter).toBeGreaterThan(one.length / 2);
});

test("a neuron that is constant over the box is least significant, and pruning it changes nothing", () => {
  const m = model();
  // hidden layer 2, neuron 3 (slot 6 + 3 = 9): zero incoming weights, so its value is silu(bias)
  const off = layerOffset(m.sizes, 1);
  for (let i = 0; i < 6; i++) m.params[off + 3 * 6 + i] = 0;
  m.params[off + 6 * 6 + 3] = 0.7; // its bias: the neuron is the constant silu(0.7), which pruning must fold
  const sig = significance(mlp_adjoint_interval, m, box);
  const least = [...sig].sort((a, b) => a.significance - b.significance)[0]!;
  expect(least.slot).toBe(9);
  // rounding level: the interval dot product's a-priori bound widens [n] by about 8·m·u·|bias| per
  // side (m = 7 terms), so the width is a few 1e-15, not 0 — still far below any neuron that varies
  expect(least.significance).toBeLessThan(1e-13);
  const pruned = pruneNeurons(m, chooseRemovals(sig, m.sizes, sig.length - 1), midValues(sig));
  expect([...pruned.sizes]).toEqual([7, 6, 5, 6, 1]);
  const rng = new Rng(3);
  for (let s = 0; s < 50; s++) {
    const x = box.lo.map((l, i) => l + rng.uniform() * (box.hi[i]! - l));
    expect(forward(pruned, x)).toBeCloseTo(forward(m, x), 13);
  }
});

test("pruning equals the original network with removed neurons replaced by their folded means", () => {
  const m = model(5);
  const sig = significance(mlp_adjoint_interval, m, box, 4);
  const remove = chooseRemovals(sig, m.sizes, 8);
  expect(remove.size).toBe(10);
  const mean = midValues(sig);
  const pruned = pruneNeurons(m, remove, mean);
  expect(pruned.params.length).toBe(paramCount(pruned.sizes));
  expect([...pruned.sizes].slice(1, -1).reduce((a, b) => a + b, 0)).toBe(8);
  const constants = new Map([...remove].map((s) => [s, mean[s]!]));
  const rng = new Rng(4);
  const nAct = activationCount(pruned.sizes);
  for (let s = 0; s < 50; s++) {
    const x = box.lo.map((l, i) => l + rng.uniform() * (box.hi[i]! - l));
    const xn = x.map((v, i) => (v - m.norm.xMean[i]!) / m.norm.xStd[i]!);
    const viaGenerated = mlp(pruned.params, xn, new Float64Array(nAct), pruned.sizes);
    expect(viaGenerated).toBeCloseTo(forward(m, x, constants), 12);
  }
});

test("global ranking keeps a neuron in every layer; per-layer ranking keeps each layer's share", () => {
  const m = model();
  const sig = significance(mlp_adjoint_interval, m, box);
  const g = pruneNeurons(m, chooseRemovals(sig, m.sizes, 3), midValues(sig));
  expect([...g.sizes]).toEqual([7, 1, 1, 1, 1]);
  const p = pruneNeurons(m, chooseRemovals(sig, m.sizes, 9, "layer"), midValues(sig));
  expect([...p.sizes]).toEqual([7, 3, 3, 3, 1]);
  expect(() => chooseRemovals(sig, m.sizes, 2)).toThrow(/every one of the 3 hidden layers needs at least one/);
});
