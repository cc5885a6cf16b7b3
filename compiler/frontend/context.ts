/**
 * What lowering one function needs of the module being lowered (lower.ts's Lowerer): the one
 * interface between the module-level lowerer and the function lowerer's parts (expressions.ts,
 * arrays.ts, function.ts), so that they depend on it and not on each other's files in a circle.
 */
import type { ts } from "ts-morph";
import type { Func, Loc } from "../ir/types.js";
import type { Primitive } from "../primitives/types.js";
import type { FunctionLike, Resolver } from "./resolve.js";

export interface LowerOptions {
  /** Annotated for variants (an entry point), or a helper that is only inlined. */
  entry: boolean;
  /** The generated functions' base name (default: the declaration's). */
  name?: string;
  /** The node whose JSDoc tags annotate the function (default: the declaration; an annotated re-export). */
  tags?: ts.Node;
  /** The function returns a tuple `[a, b, …]` of this many numbers, lowered to result parameters. */
  tuple?: number;
  /**
   * A copy of a function inside its own call (recursion, unrolled): how deep. Past MAX_RECURSION the
   * copy's body only throws (the call nests deeper than the compiler unrolls).
   */
  level?: number;
  /** Called where an integer is wanted (`table[findBin(x)]`): the result is an integer, every return must give one. */
  intResult?: boolean;
}

/**
 * Recursion is unrolled this many levels below the first call (a branch the inputs never take,
 * lgamma's reflection; a short recursion such as f(3) → f(2) → f(1)); a call one level deeper throws.
 */
export const MAX_RECURSION = 2;

export interface ModuleContext {
  /** Where names, callees and constants are defined (ES modules, CommonJS, node_modules). */
  readonly resolver: Resolver;
  locOf(n: ts.Node): Loc;
  /** The primitive a call spells, "unknown" for a `Math.*` or runtime method without one, undefined for other calls. */
  primitiveOf(e: ts.CallExpression): Primitive | "unknown" | undefined;
  /** A function the lowered code calls, lowered once (it is inlined later). */
  lowerFunction(fn: FunctionLike, opts?: LowerOptions): Func;
  /** A helper returning a tuple on every path, lowered with result parameters. */
  lowerTuple(fn: FunctionLike): Func;
  returnsTuple(fn: FunctionLike): boolean;
}
