/**
 * A user's reference model, for `sobolev fit` and the training API: an annotated pathwise function
 * `payoff(x: Float64Array, z: Float64Array): number` (inputs x, one path's standard normal draws z),
 * tagged `@reference` (or named by `--function`), with `@length x n`, `@length z m` and the input box
 * `@domain x lo hi` (and `@domain x[k] lo hi` per element); optionally a closed form
 * `exact(x: Float64Array): number`, annotated too. The compiler differentiates both in-process:
 * the adjoint of `payoff` gives pathwise deltas of the training samples; the adjoint of `exact`
 * gives test deltas and its tangent-over-adjoint test gammas, so the user never writes a derivative.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { compile, type VariantSpec } from "../compiler/compile.js";
import { CompileError, CompileErrors, formatLoc } from "../compiler/diagnostics.js";
import type { Func } from "../compiler/ir/types.js";
import { loadCompiled, type Loaded } from "../compiler/integration/load.js";

export interface InputBox {
  lo: Float64Array;
  hi: Float64Array;
}

/** Is the box the same interval for every input? */
export function isUniform(box: InputBox): boolean {
  return box.lo.every((v) => v === box.lo[0]) && box.hi.every((v) => v === box.hi[0]);
}

export interface ReferenceModel {
  file: string;
  /** The pathwise function's name. */
  name: string;
  /** Where it is defined (file:line:col). */
  loc: string;
  /** The name of the inputs parameter (x), for labels. */
  inputName: string;
  /** Number of inputs (length of x). */
  n: number;
  /** Normal draws per path (length of z). */
  m: number;
  box: InputBox;
  /** The gamma reported: dᵀ∇²V d along `direction` (from @gamma, or the default), and how to name it. */
  gamma: { direction: Float64Array; label: string };
  /** One path's value; adds ∂payoff/∂x into xb. */
  pathwise(x: Float64Array, z: Float64Array, xb: Float64Array): number;
  exact?: ClosedForm;
}

export interface ClosedForm {
  name: string;
  /** Where it is defined (file:line:col). */
  loc: string;
  value(x: Float64Array): number;
  /** The value; adds ∇f into g. */
  gradient(x: Float64Array, g: Float64Array): number;
  /** The value; gradient into g and the Hessian-vector product H·d into hd (both accumulated). */
  hessianVector(x: Float64Array, d: Float64Array, g: Float64Array, hd: Float64Array): number;
}

export class ReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReferenceError";
  }
}

/** The adjoint w.r.t. `x` (pathwise deltas, closed-form gradients) and its tangent (Hessian-vector products). */
const adjointIn = (x: string): VariantSpec => ({ steps: [{ mode: "adjoint", wrt: [x] }] });
const hessianIn = (x: string): VariantSpec => ({ steps: [{ mode: "adjoint", wrt: [x] }, { mode: "tangent", wrt: [x] }] });

/** `f(x: Float64Array, z: Float64Array)` / `f(x: Float64Array)`, real-valued. */
const isPathwise = (f: Func) => f.ret === "real" && f.params.length === 2 && f.params.every((p) => p.ty === "array");
const isClosedForm = (f: Func) => f.ret === "real" && f.params.length === 1 && f.params[0]!.ty === "array";
const signature = (f: Func) => `${f.name}(${f.params.map((p) => `${p.name}: ${p.ty === "array" ? "Float64Array" : p.ty === "real" || p.ty === "int" ? "number" : p.ty}`).join(", ")})${f.ret === "void" ? "" : `: ${f.ret === "real" || f.ret === "int" ? "number" : f.ret}`}`;
const where = (f: Func) => formatLoc(f.loc);

/** The file's annotated functions, lowered (nothing generated yet): the reference and closed form are chosen among them. */
function annotatedFunctions(file: string, text: string): Func[] {
  const out = compile(text, { fileName: path.resolve(file), variants: [] });
  if (out.diagnostics.length > 0) {
    const all = out.diagnostics.map((d) => new CompileError(d.message, d.loc, d.construct));
    throw all.length === 1 ? all[0]! : new CompileErrors(all);
  }
  return out.functions;
}

/**
 * Load the reference of `file`: `opts.function` or the function tagged @reference (or the only
 * pathwise one), and `opts.exact` or a closed form named `exact` (none: `exact: false`). Only these
 * two are differentiated: the file's other functions, annotated or not, are helpers they call.
 */
export async function loadReference(file: string, opts: { function?: string; exact?: string | false } = {}): Promise<ReferenceModel> {
  const text = readFileSync(file, "utf8");
  const fns = annotatedFunctions(file, text);
  const pathwise = fns.filter(isPathwise);
  let ref: Func | undefined;
  if (opts.function) {
    ref = fns.find((f) => f.name === opts.function);
    if (!ref) throw new ReferenceError(`${file} has no @differentiable function '${opts.function}' (it has: ${fns.map((f) => f.name).join(", ") || "none"})`);
    if (!isPathwise(ref)) throw new ReferenceError(`${where(ref)}: ${signature(ref)} must be ${ref.name}(x: Float64Array, z: Float64Array): number (x the inputs, z one path's normal draws)`);
  } else {
    const tagged = fns.filter((f) => f.ann.reference);
    if (tagged.length > 1) throw new ReferenceError(`${file}: ${tagged.map((f) => f.name).join(" and ")} are both tagged @reference; name one with --function`);
    ref = tagged[0] ?? (pathwise.length === 1 ? pathwise[0] : undefined);
    if (!ref) {
      throw new ReferenceError(pathwise.length === 0
        ? `${file} has no reference model: tag a function payoff(x: Float64Array, z: Float64Array): number with @reference`
        : `${file} has several pathwise functions (${pathwise.map((f) => f.name).join(", ")}); tag one @reference or name it with --function`);
    }
    if (!isPathwise(ref)) throw new ReferenceError(`${where(ref)}: ${signature(ref)} is tagged @reference but is not ${ref.name}(x: Float64Array, z: Float64Array): number`);
  }
  const [xName, zName] = ref.params.map((p) => p.name) as [string, string];
  const size = (p: string) => {
    const l = ref!.ann.length[p];
    if (typeof l !== "number" || l < 1) throw new ReferenceError(`${where(ref!)}: ${ref!.name}: give the length of '${p}' with @length ${p} N`);
    return l;
  };
  const n = size(xName), m = size(zName);
  const box: InputBox = { lo: new Float64Array(n), hi: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const d = ref.ann.domain[`${xName}[${i}]`] ?? ref.ann.domain[xName];
    if (!d) throw new ReferenceError(`${where(ref)}: ${ref.name}: give the input box with @domain ${xName} lo hi (or @domain ${xName}[${i}] lo hi per element)`);
    if (!(d[0] < d[1])) throw new ReferenceError(`${where(ref)}: ${ref.name}: the box of ${xName}[${i}] is empty ([${d[0]}, ${d[1]}]): lo < hi`);
    box.lo[i] = d[0];
    box.hi[i] = d[1];
  }
  const gamma = gammaOf(ref, n, box);
  const probe = await loadCompiled(file, text, [adjointIn(xName)], [ref.name]);
  const adjoint = fnOf(probe, "adjoint", `${ref.name}_adjoint`);
  const pathwiseFn = (x: Float64Array, z: Float64Array, xb: Float64Array) => adjoint(x, z, xb, 1) as number;

  let exact: ClosedForm | undefined;
  const exactName = opts.exact === false ? undefined : opts.exact ?? (fns.some((f) => f.name === "exact") ? "exact" : undefined);
  if (exactName) {
    const f = fns.find((g) => g.name === exactName);
    if (!f) throw new ReferenceError(`${file} has no @differentiable function '${exactName}' (it has: ${fns.map((g) => g.name).join(", ")})`);
    if (!isClosedForm(f)) throw new ReferenceError(`${where(f)}: ${signature(f)} must be ${exactName}(x: Float64Array): number (the closed form of ${ref.name}'s expectation)`);
    const ex = f.params[0]!.name;
    const loaded = await loadCompiled(file, text, [adjointIn(ex), hessianIn(ex)], [exactName]);
    const primal = loaded.source[exactName] as (x: Float64Array) => number;
    const adj = fnOf(loaded, "adjoint", `${exactName}_adjoint`);
    const hvp = fnOf(loaded, "adjoint_tangent", `${exactName}_adjoint_tangent`);
    const out = new Float64Array(2);
    exact = {
      name: exactName,
      loc: where(f),
      value: (x) => primal(x),
      gradient: (x, g) => adj(x, g, 1) as number,
      hessianVector: (x, d, g, hd) => {
        hvp(x, g, 1, d, hd, out);
        return out[0]!;
      },
    };
  }
  return { file, name: ref.name, loc: where(ref), inputName: xName, n, m, box, gamma, pathwise: pathwiseFn, ...(exact ? { exact } : {}) };
}

/**
 * The gamma a fit reports, dᵀ∇²V d: `@gamma` on the reference if given; else, for a box that is the
 * same for every input (spots of a basket), all inputs moving together; else the first input alone.
 */
function gammaOf(ref: Func, n: number, box: InputBox): ReferenceModel["gamma"] {
  const g = ref.ann.gamma, x = ref.params[0]!.name;
  const d = new Float64Array(n);
  if (g) {
    if (g.param !== x) throw new ReferenceError(`${where(ref)}: @gamma names '${g.param}': it must be the inputs, ${x}`);
    if (g.elements) {
      for (const k of g.elements) {
        if (k >= n) throw new ReferenceError(`${where(ref)}: @gamma ${x}[${k}]: ${x} has ${n} elements`);
        d[k] = 1;
      }
      return { direction: d, label: g.elements.length === 1 ? `∂²V/∂${x}[${g.elements[0]}]²` : `d²V along ${g.elements.map((k) => `${x}[${k}]`).join(" + ")} (moving together)` };
    }
    if (g.weights) {
      if (g.weights.length !== n) throw new ReferenceError(`${where(ref)}: @gamma ${x} needs ${n} weights, one per input (got ${g.weights.length})`);
      d.set(g.weights);
      return { direction: d, label: `dᵀ∇²V d along d = (${g.weights.join(", ")})` };
    }
    d.fill(1);
    return { direction: d, label: "1ᵀ∇²V 1 (all inputs moving together)" };
  }
  if (isUniform(box)) {
    d.fill(1);
    return { direction: d, label: "1ᵀ∇²V 1 (all inputs moving together)" };
  }
  d[0] = 1;
  return { direction: d, label: `∂²V/∂${x}[0]² (the first input; tag @gamma to choose)` };
}

function fnOf(l: Loaded, variant: string, name: string): (...a: unknown[]) => unknown {
  const f = l.variants[variant]?.[name];
  if (typeof f !== "function") throw new Error(`internal: ${variant} variant ${name} was not generated`);
  return f as (...a: unknown[]) => unknown;
}
