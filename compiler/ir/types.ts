/**
 * The intermediate representation: a small, typed, structured language.
 *
 * Every transform (tangent, adjoint, ...) maps IR to IR, and the backend prints IR as TypeScript.
 * The IR is deliberately the same subset the frontend accepts, so generated code can be read back
 * in and transformed again (closure under composition).
 */

/**
 * Scalar and array types. `real` is an IEEE double that may carry derivatives; `int` (indices,
 * sizes, counts), `bool` and `str` (flags such as `callPut === "call"`) never do.
 */
export type ScalarType = "real" | "int" | "bool" | "str";
/**
 * `array` is a Float64Array (or `number[]`) of reals; `intarray` a read-only Int32Array (sizes,
 * indices); `record` a read-only object of scalar fields (market data, an option's terms).
 */
export type Type = ScalarType | "array" | "intarray" | "record";

/** Where a node came from in the user's source, for diagnostics and for comments in generated code. */
export interface Loc {
  file: string;
  line: number;
  col: number;
}

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | IntBitOp;
/** Bitwise operators, on integers only (int32 semantics, as JavaScript computes them). */
export type IntBitOp = "&" | "|" | "^" | "<<" | ">>" | ">>>";
export type CompareOp = "<" | "<=" | ">" | ">=" | "===" | "!==";

export type Expr =
  | { k: "num"; value: number; ty: "real" | "int" }
  | { k: "bool"; value: boolean }
  | { k: "var"; name: string; ty: ScalarType }
  /** `a[i]`: a real read from a Float64Array. */
  | { k: "index"; array: string; index: Expr }
  /** `a[i]`: an integer read from an Int32Array. */
  | { k: "iindex"; array: string; index: Expr }
  /** `a.length` */
  | { k: "length"; array: string }
  /** `r.f`: a field of a record parameter (read-only in source; generated adjoints add to their companions' fields). */
  | { k: "field"; record: string; field: string; ty: ScalarType }
  /** An object literal of scalar fields passed to a function (normalization substitutes its fields for the parameter's). */
  | { k: "record"; fields: Array<[string, Expr]> }
  | { k: "neg"; arg: Expr; ty: "real" | "int" }
  | { k: "not"; arg: Expr }
  | { k: "binary"; op: BinaryOp; left: Expr; right: Expr; ty: "real" | "int" }
  | { k: "compare"; op: CompareOp; left: Expr; right: Expr }
  | { k: "logical"; op: "&&" | "||"; left: Expr; right: Expr }
  | { k: "cond"; test: Expr; then: Expr; else: Expr; ty: ScalarType }
  /**
   * A primitive of the registry (compiler/primitives/): Math.exp, sigmoid, fma, the tape's pop, ...
   * Real unless `ty` says otherwise (an integer or a branch flag popped from the tape).
   */
  | { k: "intrinsic"; fn: string; args: Expr[]; ty?: "int" | "bool" }
  /** A call of another annotated function; removed by inlining before any transform. */
  | { k: "call"; fn: string; args: Expr[]; ty: ScalarType | "void"; loc: Loc }
  /** A call of a runtime helper of generated interval code (not differentiable; see runtime/interval/pairs.ts). */
  | { k: "runtime"; fn: string; args: Expr[]; ty: "real" | "int" }
  /**
   * `a.subarray(k)`, `a.subarray(k, m)` passed to a function (C's `a + k`): `length` elements of `a` from
   * `offset` on, by reference. Only as a call's argument; inlining turns the callee's `p[i]` into `a[k + i]`.
   */
  | { k: "view"; array: string; offset: Expr; length: Expr }
  /** A string literal: a flag value (`"call"`), or a message. */
  | { k: "str"; value: string }
  /** A named constant of generated code, declared once at the top of the module (`const PHI = …`). */
  | { k: "const"; name: string; value: number; doc: string };

export type Stmt =
  /** Declaration of a local. `mutable` prints as `let`, otherwise `const`. */
  | { k: "let"; name: string; ty: ScalarType; init: Expr; mutable: boolean; loc?: Loc }
  /**
   * `declares`: the first assignment of a block-local variable whose declaration a transform hoisted
   * out of its block (the adjoint, for its reverse sweep): the value it overwrites is never read.
   */
  | { k: "assign"; name: string; value: Expr; declares?: boolean; loc?: Loc }
  /** `array[index] = value` */
  | { k: "store"; array: string; index: Expr; value: Expr; loc?: Loc }
  /**
   * A local Float64Array of `length` zeros: `let name = new Float64Array(length)`, or with `assign`
   * the assignment of a new one to an array variable declared earlier (an adjoint's hoisted locals).
   */
  | {
    k: "alloc"; name: string; length: Expr; assign?: boolean; loc?: Loc;
    /**
     * A module constant array of the source (`const COEFFS = [0.3, 1.2, …]`): its values. Never
     * written; printed once at the top of the generated module (`const COEFFS = Float64Array.of(…)`),
     * allocated once, not per call.
     */
    values?: readonly number[];
  }
  /** `record.field = value` (generated code: the adjoint's companion records) */
  | { k: "setfield"; record: string; field: string; value: Expr; loc?: Loc }
  | { k: "if"; test: Expr; then: Stmt[]; else: Stmt[]; loc?: Loc }
  /**
   * `for (let v = from; v < to; v += step)` (or `<=`, or `>`/`>=` with a negative step).
   * `to` is evaluated once: the frontend rejects loops whose body writes the bound's variables.
   */
  | {
    k: "for"; v: string; from: Expr; cmp: "<" | "<=" | ">" | ">="; to: Expr; step: number; body: Stmt[]; loc?: Loc;
    /** `@checkpoint [k]` before the loop: its adjoint tapes the loop's state every k iterations and re-runs them (transforms/adjoint-checkpoint.ts). */
    checkpoint?: { every?: number };
  }
  | { k: "while"; test: Expr; body: Stmt[]; loc?: Loc }
  /**
   * Jumps, as the frontend reads them; the structuring pass (transforms/structure.ts) replaces them
   * with flags before any mode runs. `break` leaves the innermost loop or `block`, `continue` goes
   * to the innermost loop's next iteration (its `update`, then its test).
   */
  | { k: "break"; loc?: Loc }
  | { k: "continue"; loc?: Loc }
  /** A loop with an update run after every iteration, continued ones included (a general `for`, a do-while's test). */
  | { k: "loop"; test: Expr; body: Stmt[]; update: Stmt[]; testFirst: boolean; loc?: Loc }
  /** A block that `break` leaves (a lowered `switch`). */
  | { k: "block"; body: Stmt[]; loc?: Loc }
  /** `throw new Error(message)`: the message's parts (strings and scalars) are printed as a template. */
  | { k: "throw"; parts: Expr[]; loc?: Loc }
  | { k: "return"; value?: Expr; loc?: Loc }
  /** A call of a void annotated function as a statement; removed by inlining. */
  | { k: "callstmt"; call: Extract<Expr, { k: "call" }>; loc?: Loc }
  /** A primitive called for its effect (the tape's push, a probe's markAdjoint; compiler/primitives/). */
  | { k: "effect"; fn: string; args: Expr[]; loc?: Loc }
  /** A runtime helper called for its effect (generated interval code: `expPair()`, `undecided(…)`). */
  | { k: "do"; expr: Expr; loc?: Loc }
  /** A comment line in generated code. */
  | { k: "comment"; text: string; loc?: Loc };

export interface Param {
  name: string;
  ty: Type;
  /** The value a call that leaves the parameter out passes (a default in source, `x = 1`). */
  default?: Expr;
  /** The source's type where the IR type prints differently (`number[]` for an array). */
  text?: string;
  /** A record's fields. */
  fields?: Array<{ name: string; ty: ScalarType }>;
  /** A result of a tuple-returning helper: written, and bound to the caller's variable (not copied) when inlined. */
  out?: boolean;
}

/** Annotation data carried with a function (from JSDoc tags; see frontend/annotations.ts). */
export interface Annotations {
  /** Names of the active (differentiated) parameters. */
  wrt: string[];
  /** Sampling box per parameter (or record field, `p.f`, or array element, `p[k]`) for verification: [lo, hi]. */
  domain: Record<string, [number, number]>;
  /** Values a string or boolean parameter (or record field) takes in verification. */
  values?: Record<string, Array<string | boolean>>;
  /** Lengths of array parameters for verification (a number, or the name of an int parameter). */
  length: Record<string, number | string>;
  /** Which variants to generate: each a pipeline of modes, innermost first, with optional wrt lists. */
  variants: VariantSpec[];
  /** Variants (by name: `primal`, `adjoint`, `tangent_adjoint`, ...) also built by the WebAssembly SIMD backend. */
  simd: string[];
  /** Variants also built by the SIMD backend in single precision (`@simd f32 …`). */
  simdF32?: string[];
  /** Array parameters that are the same for every sample of a batch (the SIMD backend's shared arrays). */
  shared: string[];
  /** Tagged `@reference`: the reference model of `sobolev fit`. */
  reference?: boolean;
  /**
   * `@gamma p[k]…` or `@gamma p w₀ w₁ …`: the second derivative `sobolev fit` reports as gamma, dᵀ∇²f d
   * along a direction d of the array parameter p (the named elements moving together, or the weights given).
   */
  gamma?: { param: string; elements?: number[]; weights?: number[] };
}

export type Mode = "tangent" | "adjoint" | "interval";

export interface ModeStep {
  mode: Mode;
  /** Active parameters of this step (names in the function it is applied to); undefined = default. */
  wrt?: string[];
}

export interface VariantSpec {
  steps: ModeStep[];
}

/**
 * What a parameter of a generated function is, relative to the function it was generated from:
 * a primal parameter, the tangent or adjoint companion of one, the `out` pair of a tangent
 * (value, derivative), the adjoint seed `out_b`, or the `grad` array of scalar adjoints.
 */
export type ParamRole =
  | { role: "primal"; of: string }
  | { role: "tangent"; of: string }
  | { role: "adjoint"; of: string }
  | { role: "out" }
  | { role: "seed" }
  | { role: "grad"; of: string[] }
  | { role: "lower"; of: string }
  | { role: "upper"; of: string };

export interface Func {
  name: string;
  params: Param[];
  /** Type of the returned value, or "void" (differentiated functions: real or void; helpers, which are inlined, any scalar). */
  ret: ScalarType | "void";
  body: Stmt[];
  ann: Annotations;
  loc: Loc;
  /** What this function was generated from, for the header comment ("adjoint of f"). */
  origin?: string;
  /** For generated functions: the role of each parameter (see ParamRole). */
  roles?: Record<string, ParamRole>;
  /** For generated functions: the function the transform was applied to (roles refer to its parameters). */
  inner?: Func;
  /** Generated code that cannot be transformed again (interval variants call non-differentiable helpers). */
  terminal?: boolean;
  /** A helper returning a tuple of this many numbers through its `out` parameters. */
  tuple?: number;
  /** Parameters of the source function fixed by @specialize (their positions there, and values): not parameters here. */
  specialized?: Array<{ index: number; value: number | string | boolean }>;
  /** The entry is its module's default export (`export default function f`, or `export default f`). */
  defaultExport?: boolean;
}
