/**
 * The primitive registry: every operation the compiler knows, each declared in one module of this
 * folder (types.ts says what a declaration holds). The frontend finds a call's primitive here by how
 * it is spelled; the transforms and backends dispatch on it. Adding an intrinsic is a new module
 * here, its line in `ALL`, and its interval enclosure in the runtime (runtime/interval/pairs.ts).
 */
import type { Expr } from "../ir/types.js";
import { sameExpr } from "../ir/walk.js";
import { sigmoid, silu, softplus } from "./activations.js";
import { add, divPrim, fma, mulPrim, negPrim, sub } from "./arithmetic.js";
import { asinh } from "./asinh.js";
import { cbrt } from "./cbrt.js";
import { exp } from "./exp.js";
import { expm1 } from "./expm1.js";
import { cosh, sinh } from "./hyperbolic.js";
import { hypot } from "./hypot.js";
import { log } from "./log.js";
import { log10, log2 } from "./log-bases.js";
import { log1p } from "./log1p.js";
import { abs, max, min } from "./piecewise.js";
import { copysign, fromWords, getHighWord, getLowWord, setLowWord } from "./libraries.js";
import { pow } from "./pow.js";
import { remainder } from "./remainder.js";
import { isFinitePrim, isIntegerPrim, isNaNPrim } from "./predicates.js";
import { ceil, floor, round, sign, trunc } from "./rounding.js";
import { pown } from "./pown.js";
import { mark, markAdjoint } from "./probes.js";
import { sqrt } from "./sqrt.js";
import { pop, popBranch_, popInt, push, pushBranch_, pushInt } from "./tape.js";
import { tanh } from "./tanh.js";
import { acos, asin, atan, atan2, cos, sin, tan } from "./trig.js";
import type { Primitive } from "./types.js";

const ALL: readonly Primitive[] = [
  add, sub, mulPrim, divPrim, negPrim, fma, remainder,
  exp, log, sqrt, pow, pown, abs, max, min, tanh, sin, cos, tan, atan, atan2, hypot,
  asinh, expm1, log1p, cbrt, log10, log2, sinh, cosh, asin, acos,
  floor, ceil, round, trunc, sign,
  isNaNPrim, isFinitePrim, isIntegerPrim, setLowWord, getHighWord, getLowWord, fromWords, copysign,
  sigmoid, silu, softplus,
  mark, markAdjoint,
  push, pushInt, pop, popInt, pushBranch_, popBranch_,
];

const BY_NAME: ReadonlyMap<string, Primitive> = new Map(ALL.map((p) => [p.name, p]));

/** The primitive named `name` (an IR intrinsic or effect, or an operator: "+", "-", "*", "/", "neg"). */
export function primitive(name: string): Primitive {
  const p = BY_NAME.get(name);
  if (!p) throw new Error(`internal: no primitive ${name}`);
  return p;
}

/** Every primitive, in registry order. */
export function primitives(): readonly Primitive[] {
  return ALL;
}

/** `Math.<name>`'s primitive. */
export function mathPrimitive(name: string): Primitive | undefined {
  return ALL.find((p) => "math" in p.spelling && p.spelling.math === name);
}

/** A global function's primitive (`isNaN`), or one written `Number.isNaN` and the like. */
export function globalPrimitive(name: string): Primitive | undefined {
  return ALL.find((p) => ("global" in p.spelling && p.spelling.global === name) || p.aliases?.includes(name));
}

/** The primitive a runtime export is, or that `<on>.<method>` of a runtime export is. */
export function runtimePrimitive(name: string, method?: string): Primitive | undefined {
  return ALL.find((p) => (method === undefined ? "runtime" in p.spelling && p.spelling.runtime === name
    : "on" in p.spelling && p.spelling.on === name && p.spelling.method === method));
}

/** The names the runtime exports for primitives (for imports of generated code, and to recognise them in source). */
export function runtimeNames(): string[] {
  return [...new Set(ALL.flatMap((p) => ("runtime" in p.spelling ? [p.spelling.runtime] : "on" in p.spelling ? [p.spelling.on] : [])))];
}

/** The `Math.*` functions the compiler supports, for messages. */
export function mathNames(): string[] {
  return [...new Set(ALL.flatMap((p) => ("math" in p.spelling ? [`Math.${p.spelling.math}`] : [])))];
}

/**
 * If `value` is `target + e` or a primitive that accumulates into `target` (fma(target, b, c)),
 * the increment (e, b·c); else undefined. `target` is a variable or an array element.
 */
export function incrementOf(value: Expr, target: Expr): Expr | undefined {
  if (value.k === "binary" && value.op === "+" && value.ty === "real" && sameTarget(value.left, target)) return value.right;
  if (value.k !== "intrinsic") return undefined;
  const acc = BY_NAME.get(value.fn)?.accumulates;
  return acc && sameTarget(value.args[acc.arg]!, target) ? acc.increment(value.args) : undefined;
}

/** `accumulates`' increment when `value` accumulates into `target` by a primitive (fma), not by `+`. */
export function primitiveIncrementOf(value: Expr, target: Expr): Expr | undefined {
  return value.k === "intrinsic" ? incrementOf(value, target) : undefined;
}

function sameTarget(e: Expr, target: Expr): boolean {
  if (e.k === "var" && target.k === "var") return e.name === target.name;
  if (e.k === "index" && target.k === "index") return e.array === target.array && sameExpr(e.index, target.index);
  return false;
}
