/**
 * The loss gradients of gradients.ts on the compiler's WebAssembly SIMD build: the same
 * generated derivatives (squared-error adjoint, input adjoint, adjoint of the input tangent), run
 * `lanes` samples per call. A batch whose size is not a multiple of `lanes` fills the last call
 * with copies of its last sample, seeded with 0, so they add nothing.
 *
 * The sums over the batch are taken in a different order than the one-sample-at-a-time path
 * (per lane, then across lanes), so the two agree to rounding, not bit for bit; a test checks
 * both against each other. Same seed, same threads: the same numbers.
 */
import type { Region, SimdCall } from "../runtime/simd/instance.js";
import type { Batch } from "./batch.js";
import type { SimdSurrogate } from "./surrogate.js";
import { hessianLabel, SobolevTerms } from "./sobolev-terms.js";


export class SimdGradients {
  private readonly L: number;
  private readonly params: Region;
  private readonly paramsB: Region;
  private readonly sizes: Region;
  private readonly x: Region;
  private readonly act: Region;
  private readonly actB: Region;
  private readonly actD: Region;
  private readonly actDB: Region;
  private readonly xB: Region;
  private readonly v: Region;
  private readonly out: Region;
  private readonly outB: Region;
  private readonly target: Region;
  private readonly seed: Region;
  private readonly sqErr: SimdCall;
  private readonly inAdj: SimdCall;
  private readonly tanAdj: SimdCall;
  /** Sample index of each lane in the current call (−1: padding). */
  private readonly lane: Int32Array;
  private second?: { regions: Record<string, Region>; adjTan: SimdCall; tanTanAdj: SimdCall };

  constructor(private readonly s: SimdSurrogate, nParams: number, nAct: number, private readonly n: number, sizes: Int32Array) {
    const inst = s.instance;
    this.L = inst.lanes;
    this.params = inst.shared(nParams);
    this.paramsB = inst.accumulator(nParams);
    this.sizes = inst.ints(sizes);
    this.x = inst.sample(n);
    this.xB = inst.sample(n);
    this.v = inst.sample(n);
    this.act = inst.sample(nAct);
    this.actB = inst.sample(nAct);
    this.actD = inst.sample(nAct);
    this.actDB = inst.sample(nAct);
    this.out = inst.sample(2);
    this.outB = inst.sample(2);
    this.target = inst.scalar();
    this.seed = inst.scalar();
    this.sqErr = inst.func(s.squaredErrorAdjoint);
    this.inAdj = inst.func(s.inputAdjoint);
    this.tanAdj = inst.func(s.tangentAdjoint);
    this.lane = new Int32Array(this.L);
  }

  /** Lanes ← samples index[from…from+L) of the batch (padding repeats the last; its `lane` is −1). */
  private load(b: Batch, from: number): void {
    const { L, n } = this;
    const count = Math.min(L, b.index.length - from);
    const x = this.x.data;
    for (let l = 0; l < L; l++) {
      const s = b.index[from + Math.min(l, count - 1)]!;
      this.lane[l] = l < count ? s : -1;
      for (let j = 0; j < n; j++) x[j * L + l] = b.x[s * n + j]!;
    }
  }

  private begin(params: Float64Array): void {
    this.params.data.set(params);
    this.paramsB.data.fill(0);
  }

  /** Plain MSE: mean gradient into `grad` (overwritten), returns the summed squared error / B. */
  plain(params: Float64Array, b: Batch, grad: Float64Array): number {
    this.begin(params);
    const L = this.L, B = b.size ?? b.index.length;
    const target = this.target.data, seed = this.seed.data;
    let loss = 0;
    for (let from = 0; from < b.index.length; from += L) {
      this.load(b, from);
      for (let l = 0; l < L; l++) {
        const s = this.lane[l]!;
        target[l] = b.y[s < 0 ? this.lane[0]! : s]!;
        seed[l] = s < 0 ? 0 : 1 / B;
      }
      this.actB.data.fill(0);
      this.sqErr([this.params, this.x, this.act, this.sizes, this.target, this.paramsB, this.actB, this.seed]);
      const r = this.sqErr.ret!.data;
      for (let l = 0; l < L; l++) if (this.lane[l]! >= 0) loss += r[l]!;
    }
    this.s.instance.sumInto(this.paramsB, grad);
    return loss / B;
  }

  /** The second-order loss's functions and buffers, made on first use. */
  private secondOrderParts() {
    if (this.second) return this.second;
    const inst = this.s.instance, n = this.n, nAct = this.act.length;
    if (!this.s.adjointTangent || !this.s.tangentTangentAdjoint) throw new Error("the SIMD build has no second-order variants");
    const regions = {
      xB2: inst.sample(n), xBD: inst.sample(n), u: inst.sample(n), dir: inst.sample(n), actBD: inst.sample(nAct),
      actD1: inst.sample(nAct), actDD: inst.sample(nAct), actD1B: inst.sample(nAct), actDDB: inst.sample(nAct),
      outD: inst.sample(2), outB2: inst.sample(2), outDB: inst.sample(2), outH: inst.sample(2), one: inst.scalar(),
    };
    this.second = { regions, adjTan: inst.func(this.s.adjointTangent), tanTanAdj: inst.func(this.s.tangentTangentAdjoint) };
    return this.second;
  }

  /**
   * Second-order Sobolev loss (second-order.ts) on the SIMD build: the same sweeps, `lanes` samples
   * per call. Returns [total, value part, derivative part] (the Hessian part is in the total).
   */
  secondOrder(params: Float64Array, b: Batch, grad: Float64Array): [number, number, number] {
    if (!b.h || !b.dirs) throw new Error("second-order training needs Hessian labels and the batch's directions");
    const { regions: R, adjTan, tanTanAdj } = this.secondOrderParts();
    const { L, n } = this;
    const K = b.dirs.length / n;
    const terms = new SobolevTerms(n, b.size ?? b.index.length, { directions: K, weight: b.hessianWeight }, b.derivativeWeights);
    this.sobolevPass(params, b, terms);
    R.one.data.fill(1);
    for (let from = 0; from < b.index.length; from += L) {
      this.load(b, from);
      for (let k = 0; k < K; k++) {
        const dir = R.dir.data;
        for (let j = 0; j < n; j++) for (let l = 0; l < L; l++) dir[j * L + l] = b.dirs[k * n + j]!;
        R.xB2.data.fill(0);
        R.xBD.data.fill(0);
        this.actB.data.fill(0);
        R.actBD.data.fill(0);
        adjTan([this.params, this.x, this.act, this.sizes, R.xB2, this.actB, R.one, R.dir, this.actD, R.xBD, R.actBD, R.outH]);
        const hvOut = R.xBD.data, u = R.u.data;
        for (let l = 0; l < L; l++) {
          const s = this.lane[l]!;
          for (let i = 0; i < n; i++) {
            if (s < 0) {
              u[i * L + l] = 0;
              continue;
            }
            u[i * L + l] = terms.hessian(hvOut[i * L + l]! - hessianLabel(b.h, s, n, b.dirs, k, i));
          }
        }
        this.actB.data.fill(0);
        this.actDB.data.fill(0);
        R.actD1B.data.fill(0);
        R.actDDB.data.fill(0);
        R.outB2.data.fill(0);
        const outDB = R.outDB.data;
        for (let l = 0; l < L; l++) {
          outDB[l] = 0;
          outDB[L + l] = 1;
        }
        tanTanAdj([this.params, this.x, this.act, this.sizes, R.u, this.actD, this.out, R.dir, R.actD1, R.actDD, R.outD, this.paramsB, this.actB, this.actDB, R.outB2, R.actD1B, R.actDDB, R.outDB]);
      }
    }
    this.s.instance.sumInto(this.paramsB, grad);
    return terms.totals();
  }

  /** Sobolev loss (gradients.ts): mean gradient into `grad`, returns [total, value part, derivative part]. */
  sobolev(params: Float64Array, b: Batch, grad: Float64Array): [number, number, number] {
    const terms = new SobolevTerms(this.n, b.size ?? b.index.length, undefined, b.derivativeWeights);
    this.sobolevPass(params, b, terms);
    this.s.instance.sumInto(this.paramsB, grad);
    return terms.totals();
  }

  /** The value and first-derivative sweeps, their parameter gradient into paramsB (from zero), their residuals into `terms`. */
  private sobolevPass(params: Float64Array, b: Batch, terms: SobolevTerms): void {
    this.begin(params);
    const { L, n } = this;
    const seed = this.seed.data;
    for (let from = 0; from < b.index.length; from += L) {
      this.load(b, from);
      this.xB.data.fill(0);
      this.actB.data.fill(0);
      seed.fill(1);
      this.inAdj([this.params, this.x, this.act, this.sizes, this.xB, this.actB, this.seed]);
      const y = this.inAdj.ret!.data, xB = this.xB.data, v = this.v.data, outB = this.outB.data;
      for (let l = 0; l < L; l++) {
        const s = this.lane[l]!;
        if (s < 0) {
          for (let j = 0; j < n; j++) v[j * L + l] = 0;
          outB[l] = 0;
          outB[L + l] = 0;
          continue;
        }
        outB[l] = terms.value(y[l]! - b.y[s]!);
        for (let j = 0; j < n; j++) v[j * L + l] = terms.derivative(xB[j * L + l]! - b.d![s * n + j]!, j);
        outB[L + l] = 1;
      }
      this.actB.data.fill(0);
      this.actDB.data.fill(0);
      this.tanAdj([this.params, this.x, this.act, this.sizes, this.v, this.actD, this.out, this.paramsB, this.actB, this.actDB, this.outB]);
    }
  }
}
