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

  constructor(capacity = 1024) {
    this.buf = new Float64Array(capacity);
  }

  push(x: number): void {
    if (this.top === this.buf.length) this.grow();
    this.buf[this.top++] = x;
  }

  pop(): number {
    if (this.top === 0) throw new Error("sobolev tape underflow: a reverse sweep popped more than its forward sweep pushed");
    return this.buf[--this.top]!;
  }

  /** Integers (branch flags, trip counts, indices) share the stack; separate names keep them inactive. */
  pushInt(n: number): void {
    this.push(n);
  }

  popInt(): number {
    return this.pop();
  }

  /** Number of values currently on the tape (0 between calls). */
  get size(): number {
    return this.top;
  }

  /** High-water mark of the buffer, for memory reports. */
  get capacity(): number {
    return this.buf.length;
  }

  clear(): void {
    this.top = 0;
  }

  private grow(): void {
    const next = new Float64Array(this.buf.length * 2);
    next.set(this.buf);
    this.buf = next;
  }
}

/** The shared tape used by generated code. */
export const tape = new Tape();
