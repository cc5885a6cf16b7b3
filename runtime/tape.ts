/**
 * The tape of generated adjoint code: a stack of doubles that the forward sweep pushes values onto
 * (overwritten values the reverse sweep needs, branch flags, trip counts) and the reverse sweep pops.
 *
 * One module-level tape serves every generated function: each adjoint call pops exactly what it
 * pushed, so nested and repeated calls share it safely (JavaScript runs one call at a time per
 * thread; each worker thread has its own module instance). The buffer grows by doubling and is
 * kept, so steady-state calls allocate nothing.
 */
export class Tape {
  private buf: Float64Array;
  private top = 0;
  /**
   * Integers live on their own stack: popped from an Int32Array they come back as small integers, so
   * the offsets the reverse sweep computes with stay integers in optimized code (popped from the
   * Float64Array they were doubles, and every array index built from them needed a conversion:
   * interval-adjoint/primal 21 → 16 on the 6×128 MLP). Each sweep pops each stack in exact reverse,
   * so two stacks keep the same order as one.
   */
  private ints: Int32Array;
  private itop = 0;

  constructor(capacity = 1024) {
    this.buf = new Float64Array(capacity);
    this.ints = new Int32Array(capacity);
  }

  push(x: number): void {
    if (this.top >= this.buf.length || this.top < 0) this.grow();
    this.buf[this.top++] = x;
  }

  pop(): number {
    // Kept tiny: V8 inlines functions this small even into large generated functions whose
    // inlining budget is spent, and a pop that is not inlined returns its double boxed (one heap
    // allocation per pop). An underflow leaves `top` negative, which the next push reports.
    return this.buf[--this.top]!;
  }

  /**
   * push(a[i]) and a[i] = pop(): for generated interval code, which keeps its doubles in typed
   * arrays across calls (a call V8 does not inline boxes the doubles it passes or returns).
   */
  pushFrom(a: Float64Array, i: number): void {
    if (this.top >= this.buf.length || this.top < 0) this.grow();
    this.buf[this.top++] = a[i]!;
  }

  popTo(a: Float64Array, i: number): void {
    a[i] = this.buf[--this.top]!;
  }

  /** Integers (branch flags, trip counts, indices) share the stack; separate names keep them inactive. */
  pushInt(n: number): void {
    if ((n | 0) !== n) throw new RangeError(`sobolev tape: pushInt(${n}): not a 32-bit integer (integer-typed variables of generated code must stay within ±2^31)`);
    if (this.itop === this.ints.length) this.growInts();
    this.ints[this.itop++] = n;
  }

  popInt(): number {
    if (this.itop === 0) underflow("integers");
    return this.ints[--this.itop]!;
  }

  /**
   * Which way a branch went (generated adjoints): 1 or 0, or in generated interval code 2 when both
   * ways ran; `if (tape.popBranch())` in the reverse sweep.
   */
  pushBranch(taken: boolean | number): void {
    this.pushInt(taken === true ? 1 : taken === false ? 0 : taken);
  }

  popBranch(): number {
    return this.popInt();
  }

  /** Number of values currently on the tape, doubles and integers (0 between calls). */
  get size(): number {
    return this.top + this.itop;
  }

  /** High-water mark of the buffers (entries), for memory reports. */
  get capacity(): number {
    return this.buf.length + this.ints.length;
  }

  /** Bytes the buffers hold (their high-water mark rounded up to a power of two), for memory reports. */
  get bytes(): number {
    return this.buf.byteLength + this.ints.byteLength;
  }

  /** Empty the tape and give its grown buffers back (a memory measurement starts from here). */
  release(capacity = 1024): void {
    this.clear();
    this.buf = new Float64Array(capacity);
    this.ints = new Int32Array(capacity);
  }

  clear(): void {
    this.top = 0;
    this.itop = 0;
  }

  private grow(): void {
    if (this.top < 0) underflow("values");
    const next = new Float64Array(this.buf.length * 2);
    next.set(this.buf);
    this.buf = next;
  }

  private growInts(): void {
    const next = new Int32Array(this.ints.length * 2);
    next.set(this.ints);
    this.ints = next;
  }
}

function underflow(what: string): never {
  throw new Error(`sobolev tape underflow: a reverse sweep popped more ${what} than its forward sweep pushed`);
}

/** The shared tape used by generated code. */
export const tape = new Tape();
