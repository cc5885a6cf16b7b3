/**
 * The mode registry: each differentiation or enclosure mode with its transform, and what the rest of
 * the house derives from the list (the names @variant accepts, generated file names, the esbuild
 * plugin's resolution of `model.<variant>.js`, the variants `sobolev verify` builds). Adding a mode
 * is its transform (compiler/transforms/) and an entry here.
 */
import { CompileError } from "./diagnostics.js";
import type { Func, Mode, ModeStep, VariantSpec } from "./ir/types.js";
import { normalize } from "./transforms/normalize.js";
import { adjoint } from "./transforms/adjoint.js";
import { interval } from "./transforms/interval/index.js";
import { tangent } from "./transforms/tangent.js";

export interface ModeDef {
  /**
   * The transform, applied to a normalized function: `wrt` are the active parameters of this step
   * (undefined: the mode's default), `name` the generated function's name.
   */
  apply(f: Func, wrt: readonly string[] | undefined, name: string): Func;
}

export const MODES: Readonly<Record<Mode, ModeDef>> = {
  /** Forward mode (tangent.ts); default active parameters: the function's @wrt. */
  tangent: { apply: (f, wrt, name) => tangent(f, wrt ?? f.ann.wrt, name) },
  /** Reverse mode (adjoint.ts); default active parameters: the function's @wrt. */
  adjoint: { apply: (f, wrt, name) => adjoint(f, wrt ?? f.ann.wrt, name) },
  /** Interval version (interval/); `wrt` lists the interval parameters (default: every real parameter). */
  interval: { apply: (f, wrt, name) => interval(f, name, wrt) },
};

export const MODE_NAMES = Object.keys(MODES) as Mode[];

/** A variant's name: its modes, innermost first (`tangent_adjoint` is the adjoint of the tangent). */
export function variantName(v: VariantSpec): string {
  return v.steps.map((s) => s.mode).join("_");
}

/** `<base>.<variant>.(js|ts)` or `<base>.simd.(js|ts)`: a generated module's file name; group 1 the base, group 2 the variant. */
export const GENERATED_FILE = new RegExp(`^(.*)\\.(simd|(?:${MODE_NAMES.join("|")})(?:_(?:${MODE_NAMES.join("|")}))*)\\.(?:js|ts)$`);

const variant = (...modes: Mode[]): VariantSpec => ({ steps: modes.map((mode) => ({ mode })) });

/** What `sobolev verify` builds of every function: first and second derivatives, and interval enclosures. */
export const VERIFY_VARIANTS = {
  derivatives: [variant("tangent"), variant("adjoint"), variant("tangent", "adjoint"), variant("adjoint", "tangent")],
  intervals: [variant("interval"), variant("adjoint", "interval")],
};

/** Apply a pipeline of modes to a function. */
export function applyVariant(fn: Func, steps: readonly ModeStep[], all: ReadonlyMap<string, Func>): Func {
  let g = fn;
  for (const step of steps) {
    const n = normalize(g, all);
    const wrt = step.wrt ?? n.ann.wrt;
    for (const w of wrt) {
      if (!n.params.some((p) => p.name === w)) {
        throw new CompileError(`variant step ${step.mode}(${wrt.join(", ")}): '${w}' is not a parameter of ${n.name} (parameters: ${n.params.map((p) => p.name).join(", ")})`, fn.loc, "@variant");
      }
    }
    if (g.terminal) throw new CompileError(`variant step ${step.mode}: ${g.name} is an interval version and cannot be transformed further (put interval last)`, fn.loc, "@variant");
    g = MODES[step.mode].apply(n, step.wrt, `${n.name}_${step.mode}`);
  }
  return g;
}
