/**
 * Loading and calling the compiler's WebAssembly SIMD build (`<model>.simd.ts`, from
 * compiler/backend/wasm/). A module runs `lanes` samples per call, in double (`f64`: f64x2
 * vectors) or single precision (`f32`: f32x4 vectors); its arrays live in its linear memory, in
 * regions this file allocates, whose `data` is a Float64Array or a Float32Array by precision:
 *
 *   sample(n)       a per-sample array of n elements: element i of lane l at data[i·lanes + l]
 *   shared(n)       an array the same for every sample (the parameters)
 *   accumulator(n)  a shared array the function adds to (the parameter gradient): one partial sum
 *                   per vector lane and element (2 in f64, 4 in f32), added by `sumInto`
 *   ints(n)         an Int32Array (layer sizes)
 *   scalar()        a per-sample real (`lanes` reals): a real argument or the returned value
 *
 * The WAT is assembled at load time with wabt (a well-kept assembler; the text is what the
 * compiler writes and a reader reads), once per module text and thread.
 */
export type LaneKind = "sample" | "shared" | "accumulate" | "intarray" | "int" | "real";

export interface SimdSignature {
  params: { name: string; kind: LaneKind }[];
  ret: "real" | "int" | "void";
}

/** The precision of a SIMD build's reals. */
export type Precision = "f64" | "f32";

/** A region's reals: doubles in an f64 build, floats in an f32 build. */
export type Reals = Float64Array | Float32Array;

/** What a generated `<model>.simd.ts` exports. */
export interface SimdModule {
  /** The annotated source file (for messages). */
  source: string;
  /** Samples per call. */
  lanes: number;
  /** The precision of its reals (absent: f64, as builds before float32 ones existed). */
  precision?: Precision;
  functions: Record<string, SimdSignature>;
  wat: string;
}

/** Fault codes a SIMD module sets in its `fault` global before it traps (written by compiler/backend/wasm/). */
export const FAULT = { realOverflow: 1, realUnderflow: 2, intOverflow: 3, intUnderflow: 4 } as const;
const FAULT_TEXT: Record<number, string> = { 1: "real tape overflow", 2: "real tape underflow", 3: "integer tape overflow", 4: "integer tape underflow" };

type RegionKind = "sample" | "shared" | "accumulate" | "ints" | "scalar";

/** A block of the module's memory. `length` counts elements (per lane for per-sample regions); `reals` the reals it holds. */
export class Region {
  constructor(private readonly owner: SimdInstance, readonly kind: RegionKind, readonly ptr: number, readonly length: number, readonly reals: number) {}

  /** The region's reals, doubles or floats by the build's precision (a fresh view if the memory has grown since). */
  get data(): Reals {
    const at = this.ptr / this.owner.realBytes;
    return this.owner.realView().subarray(at, at + this.reals);
  }

  /** The region's ints (ints regions). */
  get ints(): Int32Array {
    return this.owner.i32().subarray(this.ptr / 4, this.ptr / 4 + this.length);
  }
}

const COMPATIBLE: Record<Exclude<LaneKind, "int">, RegionKind> = { sample: "sample", shared: "shared", accumulate: "accumulate", intarray: "ints", real: "scalar" };

let wabt: Promise<{ parseWat: (name: string, text: string, features?: Record<string, boolean>) => { toBinary: (o: object) => { buffer: ArrayLike<number> }; destroy: () => void } }> | undefined;
const compiled = new Map<string, Promise<WebAssembly.Module>>();

async function assemble(mod: SimdModule): Promise<WebAssembly.Module> {
  let m = compiled.get(mod.wat);
  if (!m) {
    m = (async () => {
      wabt ??= import("wabt").then((w) => w.default());
      const parsed = (await wabt).parseWat(`${mod.source}.simd.wat`, mod.wat, { simd: true });
      try {
        const bytes = parsed.toBinary({}).buffer;
        return new WebAssembly.Module(new Uint8Array(bytes));
      } finally {
        parsed.destroy();
      }
    })();
    compiled.set(mod.wat, m);
  }
  return m;
}

export interface SimdOptions {
  /** Bytes for the tape of reals (default 16 MiB) and of integers (default 1 MiB). */
  tapeBytes?: number;
  intTapeBytes?: number;
}

/** Assemble and instantiate a SIMD build. */
export async function instantiateSimd(mod: SimdModule, opts: SimdOptions = {}): Promise<SimdInstance> {
  if (typeof WebAssembly !== "object" || !WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))) throw new Error("this JavaScript engine has no WebAssembly");
  const module = await assemble(mod);
  return new SimdInstance(mod, new WebAssembly.Instance(module, {}), opts);
}

export class SimdInstance {
  readonly lanes: number;
  readonly precision: Precision;
  /** Bytes per real: 8 (f64) or 4 (f32). */
  readonly realBytes: 8 | 4;
  /** Reals per v128 vector: 2 (f64) or 4 (f32); an accumulator keeps this many partial sums per element. */
  readonly vectorLanes: 2 | 4;
  private readonly memory: WebAssembly.Memory;
  private readonly exports: Record<string, unknown>;
  private top = 16;
  private realsView: Reals = new Float64Array(0);
  private i32View = new Int32Array(0);
  private readonly tapeArgs: [number, number, number, number];

  constructor(readonly mod: SimdModule, instance: WebAssembly.Instance, opts: SimdOptions) {
    this.lanes = mod.lanes;
    this.precision = mod.precision ?? "f64";
    this.realBytes = this.precision === "f32" ? 4 : 8;
    this.vectorLanes = this.precision === "f32" ? 4 : 2;
    this.exports = instance.exports as Record<string, unknown>;
    this.memory = this.exports.memory as WebAssembly.Memory;
    const fb = opts.tapeBytes ?? 16 << 20, ib = opts.intTapeBytes ?? 1 << 20;
    const f = this.alloc(fb), i = this.alloc(ib);
    this.tapeArgs = [f, f + fb, i, i + ib];
  }

  /** `bytes` of memory, 16-byte aligned, growing the memory as needed; contents are zero. */
  private alloc(bytes: number): number {
    const ptr = this.top;
    this.top = ptr + Math.ceil(bytes / 16) * 16;
    const need = this.top - this.memory.buffer.byteLength;
    if (need > 0) this.memory.grow(Math.ceil(need / 65536));
    return ptr;
  }

  /** The whole memory as reals of the build's precision. */
  realView(): Reals {
    if (this.realsView.buffer !== this.memory.buffer) this.realsView = this.precision === "f32" ? new Float32Array(this.memory.buffer) : new Float64Array(this.memory.buffer);
    return this.realsView;
  }

  i32(): Int32Array {
    if (this.i32View.buffer !== this.memory.buffer) this.i32View = new Int32Array(this.memory.buffer);
    return this.i32View;
  }

  sample(n: number): Region { return new Region(this, "sample", this.alloc(this.realBytes * n * this.lanes), n, n * this.lanes); }
  shared(n: number): Region { return new Region(this, "shared", this.alloc(this.realBytes * n), n, n); }
  accumulator(n: number): Region { return new Region(this, "accumulate", this.alloc(16 * n), n, this.vectorLanes * n); }
  scalar(): Region { return new Region(this, "scalar", this.alloc(this.realBytes * this.lanes), 1, this.lanes); }
  ints(values: ArrayLike<number>): Region {
    const r = new Region(this, "ints", this.alloc(4 * values.length), values.length, 0);
    r.ints.set(values);
    return r;
  }

  /** `into[i]` = the sum of element i's partial sums (in double precision): an accumulator's total. */
  sumInto(acc: Region, into: Float64Array): void {
    const wasm = this.exports.sum_into as ((acc: number, n: number, out: number) => void) | undefined;
    if (wasm) { // the module's own loop (a build's sum_into export): 5× faster than one in JavaScript
      const out = this.totals(acc.length);
      wasm(acc.ptr, acc.length, out);
      into.set(new Float64Array(this.memory.buffer, out, acc.length));
      return;
    }
    if (this.precision === "f32") sumFloats(this.realView() as Float32Array, acc.ptr / 4, acc.length, into);
    else sumDoubles(this.realView() as Float64Array, acc.ptr / 8, acc.length, into);
  }

  /** A scratch block of n doubles for sumInto's results (grown as needed). */
  private totalsAt = 0;
  private totalsLength = 0;
  private totals(n: number): number {
    if (n > this.totalsLength) {
      this.totalsAt = this.alloc(8 * n);
      this.totalsLength = n;
    }
    return this.totalsAt;
  }

  /**
   * A generated function as a call taking its arguments in source order (regions, and numbers for
   * integers). A function returning a real writes it to `ret` (a scalar region: one value per lane).
   */
  func(name: string): SimdCall {
    const sig = this.mod.functions[name];
    if (!sig) throw new Error(`${this.mod.source}: no SIMD function '${name}' (there are: ${Object.keys(this.mod.functions).join(", ")})`);
    const fn = this.exports[name] as (...a: number[]) => number;
    const tape = this.exports.tape as (...a: number[]) => void;
    const ret = sig.ret === "real" ? this.scalar() : undefined;
    const fault = this.exports.fault as WebAssembly.Global;
    const flat: number[] = [];
    const call = (args: (Region | number)[]): number => {
      if (args.length !== sig.params.length) throw new Error(`${name}: expects ${sig.params.length} arguments (${sig.params.map((p) => p.name).join(", ")}), got ${args.length}`);
      flat.length = 0;
      for (let k = 0; k < args.length; k++) {
        const p = sig.params[k]!, a = args[k]!;
        if (p.kind === "int") {
          if (typeof a !== "number") throw new Error(`${name}: argument '${p.name}' is an integer`);
          flat.push(a);
          continue;
        }
        if (typeof a === "number" || a.kind !== COMPATIBLE[p.kind]) throw new Error(`${name}: argument '${p.name}' needs a ${COMPATIBLE[p.kind]} region, got ${typeof a === "number" ? "a number" : `a ${a.kind} region`}`);
        // the build keeps array elements in registers between statements: arrays must not overlap
        for (let q = 0; q < k; q++) if (args[q] === a) throw new Error(`${name}: arguments '${sig.params[q]!.name}' and '${p.name}' are the same region; pass each its own`);
        if (p.kind === "real") flat.push(a.ptr);
        else flat.push(a.ptr, a.length);
      }
      if (ret) flat.push(ret.ptr);
      tape(...this.tapeArgs);
      try {
        return fn(...flat);
      } catch (e) {
        if (!(e instanceof WebAssembly.RuntimeError)) throw e;
        const code = fault.value as number;
        throw new Error(`${this.mod.source}: SIMD ${name} stopped: ${FAULT_TEXT[code] ?? e.message}${code === FAULT.realOverflow ? " (pass a larger tapeBytes to instantiateSimd)" : code === FAULT.intOverflow ? " (pass a larger intTapeBytes to instantiateSimd)" : ""}`);
      }
    };
    return Object.assign(call, { ret });
  }
}

export type SimdCall = ((args: (Region | number)[]) => number) & { ret: Region | undefined };

function sumDoubles(d: Float64Array, base: number, n: number, into: Float64Array): void {
  for (let i = 0; i < n; i++) into[i] = d[base + 2 * i]! + d[base + 2 * i + 1]!;
}

function sumFloats(d: Float32Array, base: number, n: number, into: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const k = base + 4 * i;
    into[i] = (d[k]! + d[k + 1]!) + (d[k + 2]! + d[k + 3]!);
  }
}
