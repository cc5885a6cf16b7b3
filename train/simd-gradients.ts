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
import type { Region, SimdCall, SimdInstance } from "../runtime/simd/instance.js";
import type { Batch } from "./gradients.js";
import { SobolevTerms } from "./sobolev-terms.js";

/** Which functions of a SIMD build are the surrogate's (names as in `<model>.simd.ts`). */
export interface SimdSurrogate {
  instance: SimdInstance;
  /** (params, x, act, sizes, target, params_b, act_b, out_b) → (f − target)² */
  squaredErrorAdjoint: string;
  /** (params, x, act, sizes, x_b, act_b, out_b) → f, x_b += out_b·∇ₓf */
  inputAdjoint: string;
  /** (params, x, act, sizes, x_d, act_d, out, params_b, act_b, act_d_b, out_b) */
  tangentAdjoint: string;
}

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

  /** Sobolev loss (gradients.ts): mean gradient into `grad`, returns [total, value part, derivative part]. */
  sobolev(params: Float64Array, b: Batch, grad: Float64Array): [number, number, number] {
    this.begin(params);
    const { L, n } = this;
    const terms = new SobolevTerms(n, b.size ?? b.index.length);
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
        for (let j = 0; j < n; j++) v[j * L + l] = terms.derivative(xB[j * L + l]! - b.d![s * n + j]!);
        outB[L + l] = 1;
      }
      this.actB.data.fill(0);
      this.actDB.data.fill(0);
      this.tanAdj([this.params, this.x, this.act, this.sizes, this.v, this.actD, this.out, this.paramsB, this.actB, this.actDB, this.outB]);
    }
    this.s.instance.sumInto(this.paramsB, grad);
    return terms.totals();
  }
}
