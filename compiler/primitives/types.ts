/**
 * What a primitive is: one operation with all its rules in one place (JAX's primitives), so that
 * adding one is one file under compiler/primitives/ and the transforms and backends dispatch on it.
 *
 * A primitive says how it is written in source (and so printed back), its arity, its local partial
 * derivatives as IR (both differentiation modes read them, and because they are IR built from other
 * primitives, second derivatives come for free), its interval rule and calling convention, how the
 * WebAssembly backend builds it, and hooks for the modes where it has effects (the tape's push/pop,
 * `mark`'s probes). A backend or mode that a primitive does not serve reports a located diagnostic.
 */
import type { Expr, Loc, Stmt } from "../ir/types.js";
import type { Names } from "../ir/walk.js";
import type { Precision } from "../../runtime/simd/instance.js";

/**
 * The vector a real becomes in a SIMD build (the backend's F64 and F32, backend/wasm/shape.ts): what
 * a primitive's WasmRule reads to write its instructions for either precision.
 */
export interface Shape {
  precision: Precision;
  /** The vector shape of a real: `f64x2` or `f32x4` (the prefix of its instructions). */
  v: "f64x2" | "f32x4";
  /** The scalar type of one lane: `f64` or `f32`. */
  s: "f64" | "f32";
  /** The integer vector of the same lane width (masks, exponent bits): `i64x2` or `i32x4`. */
  i: "i64x2" | "i32x4";
  /** Lanes per vector. */
  lanes: 2 | 4;
  /** Bytes per real in memory. */
  bytes: 8 | 4;
  /** The load of one real into every lane. */
  loadSplat: "v128.load64_splat" | "v128.load32_splat";
  /** A constant in every lane: `(v128.const f64x2 c c)`. */
  splat(c: number): string;
}

/** Names a subexpression shared by several partials (it becomes a `const` in generated code). */
export type Bind = (e: Expr) => Expr;

/** The bounds of an interval, as IR. */
export interface Pair {
  lo: Expr;
  hi: Expr;
}

/** How a call is written in source, which is also how the TypeScript backend prints it. */
export type Spelling =
  /** `Math.<name>(…)` */
  | { math: string }
  /** `<name>(…)`, imported from the sobolev runtime */
  | { runtime: string }
  /** `<on>.<method>(…)`, `<on>` imported from the runtime (the tape) */
  | { on: string; method: string }
  /** An IR operator (`+`, unary `-`): printed by the backend as an operator */
  | { operator: string }
  /** A global function: `isNaN(…)` */
  | { global: string }
  /** Made by the compiler only; printed through `expand` */
  | { internal: true };

/** What the interval transform offers a primitive's interval rule (compiler/transforms/interval/). */
export interface IntervalContext {
  readonly names: Names;
  /** Where the statement being transformed came from (for the statements a rule adds). */
  readonly loc: Loc | undefined;
  /** Bounds of a real operand (temporaries go into `pre`). */
  pair(e: Expr, pre: Stmt[]): Pair;
  /** The same bounds, as atoms (bound to temporaries if they are not). */
  bindPair(p: Pair, pre: Stmt[]): Pair;
  /** Is `e` an exact point (a number, an integer, a variable or array element that holds no interval)? */
  isPoint(e: Expr): boolean;
  /** [point, interval] when exactly one of x, y is a point, else []. */
  splitPoint(x: Expr, y: Expr): [Expr, Expr] | [];
  /** A point operand read once (an array element is bound to a temporary). */
  bindPoint(e: Expr, pre: Stmt[]): Expr;
}

/** What the tangent transform offers a primitive with its own tangent rule. */
export interface TangentContext {
  /** The tangent of an atom (0 when it is not varied). */
  dot(e: Expr): Expr;
  /** Does the tape carry varied values (so its pushes need tangents too)? */
  readonly tapeVaried: boolean;
}

/** What the WebAssembly emitter offers a primitive with its own code (compiler/backend/wasm/emit.ts). */
export interface WasmContext {
  /** The vector a real is (f64x2 or f32x4: the build's precision). */
  readonly shape: Shape;
  /** Vectors per real. */
  readonly groups: number;
  line(text: string): void;
  /** Group g's vector of a real expression (after its statement was prepared). */
  real(e: Expr, g: number): string;
  /** An integer expression. */
  int(e: Expr): string;
  /** Take a real expression's memory reads into temporaries before the statement. */
  prepare(e: Expr): void;
  /** A fresh per-statement temporary of `groups` v128 locals; returns its name (`$p0` → `$p0.0`, `$p0.1`). */
  temp(prefix: string): string;
}

/** A WAT function on one vector of reals that the module includes when a primitive uses it. */
export interface WasmHelper {
  name: string;
  /** Other helpers it calls. */
  uses: WasmHelper[];
  /** Its text for a vector shape (a helper without a version for a precision throws a CompileError). */
  wat(shape: Shape): string;
}

/** How the WebAssembly SIMD backend builds a primitive (absent: a located "no vector version" diagnostic). */
export type WasmRule =
  /** One instruction, named without its shape: `sqrt` builds `(f64x2.sqrt x)` or `(f32x4.sqrt x)` */
  | { native: string }
  /** A call of a WAT helper function */
  | { helper: WasmHelper }
  /** Plain IR with the same roundings (fma: a + b·c), or the identity (mark) */
  | { expand(args: Expr[]): Expr }
  /** A value read from memory before the statement (the tape's pop): returns group g's value */
  | { load(ctx: WasmContext): (g: number) => string }
  /** An integer value (the tape's popInt) */
  | { int(ctx: WasmContext): string }
  /** A statement (the tape's push; probes, which the SIMD build does not record) */
  | { stmt(args: Expr[], ctx: WasmContext): void };

export interface Primitive {
  /** The IR name (`Expr.intrinsic.fn`, `Stmt.effect.fn`, or the operator of a `binary`/`neg` node). */
  name: string;
  spelling: Spelling;
  /** Other ways to write it (`Number.isNaN` for isNaN). */
  aliases?: readonly string[];
  arity: number;
  /** `Math.max(a, b, c)` folds left into max(max(a, b), c). */
  fold?: boolean;
  /** Argument positions that are integers (a probe's slot). */
  intArgs?: readonly number[];
  /** Argument positions that are booleans (the tape's pushBranch). */
  boolArgs?: readonly number[];
  /**
   * Integer-valued and non-decreasing (floor, ceil, round, trunc): where an integer is wanted (an index,
   * a size, an integer local) its value is one, of derivative 0; its interval is exact where the box's
   * bounds give the same integer (transforms/interval: otherwise the call stops).
   */
  integral?: boolean;
  /**
   * An integer result computed from a real (floor where an integer is wanted, getHighWord): how the
   * interval modes keep it exact. "ends": the same integer at both bounds means the same throughout
   * (monotone, or monotone on each sign with the sign part of the value); "points": only a point box.
   * Otherwise the call stops (undecided).
   */
  cut?: "ends" | "points";
  /** What a call gives: a real (default), an integer, a boolean, or nothing (a statement). */
  result?: "real" | "int" | "bool" | "void";
  /** The primitive a call with these (lowered) arguments really is (pow with an integer exponent is pown). */
  refine?(args: Expr[]): Primitive | undefined;

  // ---- differentiation ----
  /**
   * Some partial is infinite at points where the value is finite (sqrt and cbrt at 0, asin and acos
   * at ±1, pow at a = 0): a tangent or adjoint of exactly 0 then contributes 0, not 0 · ∞
   * (transforms/common.ts `scaled`).
   */
  singular?: boolean;
  /** True if some partial is written in terms of the result `y`. */
  usesResult?: boolean;
  /**
   * Partial derivative with respect to argument `i`, over the atomic arguments and the result `y`
   * (absent when the statement is an array store: normalization gives such rules a temporary).
   * Absent for primitives that are not differentiable (the tape's operations).
   */
  partial?(i: number, args: Expr[], y: Expr | undefined, bind: Bind): Expr;
  /** Why the adjoint transform refuses code that uses this primitive. */
  noAdjoint?: string;
  /** Statements the adjoint adds after the reverse step of `x = prim(args)`, given x's adjoint (a probe records it). */
  afterAdjoint?(args: Expr[], adjointOfResult: Expr): Stmt[];
  /** Tangent of `target = prim(args)` by a rule of its own (the tape's pop); `write(t, v)` assigns the tangent target or the target. */
  tangent?(ctx: TangentContext, args: Expr[], write: (which: "tangent" | "value", value: Expr) => Stmt): Stmt[];
  /** Tangent of an effect statement (default: the statement itself). */
  tangentEffect?(ctx: TangentContext, args: Expr[], s: Stmt): Stmt[];
  /** Names this primitive reads or writes beyond its arguments, for activity analysis (the tape). */
  reads?: string;
  writes?: string;
  /**
   * Writes one element of runtime state, named `into`, at the integer argument `index` (a probe's
   * slot): loop transformations (transforms/jam.ts) treat the call as a store to into[slot].
   */
  stores?: { into: string; index: number };

  // ---- intervals ----
  /** Bounds of the result (temporaries and calls go into `pre`). */
  interval?(ctx: IntervalContext, args: Expr[], pre: Stmt[]): Pair;
  /** Interval version of an effect statement. */
  intervalEffect?(ctx: IntervalContext, args: Expr[], pre: Stmt[]): void;
  /** Three-valued interval version of a boolean primitive (1 true, 0 false, 2 undecided), as an integer expression. */
  tri?(ctx: IntervalContext, args: Expr[], pre: Stmt[]): Expr;
  /** A test that replays a branch recorded by the forward sweep: undecided, both ways run `else` first. */
  replaysBranch?: boolean;

  // ---- backends ----
  /** The same value as plain IR, for a backend that prints it so (fma: `a + b * c`). */
  expand?(args: Expr[]): Expr;
  /** `acc = prim(acc, …)` is `acc += increment`: the accumulator's position and the increment (fma: b·c). */
  accumulates?: { arg: number; increment(args: Expr[]): Expr };
  wasm?: WasmRule;

  /** Sampling box per argument for the registry-wide derivative test (default [-1, 1]). */
  testDomain?: ReadonlyArray<readonly [number, number]>;
}
