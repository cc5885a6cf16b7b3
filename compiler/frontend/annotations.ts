/**
 * The annotation contract, read from JSDoc tags on an exported function:
 *
 *   @differentiable           selects the function
 *   @wrt a b                  active parameters (default: every real and Float64Array parameter)
 *   @domain p lo hi           sampling box of p (each element, for arrays; p.f a record's field; p[k] one element) for verification; default [-1, 1]
 *   @domain p "a" "b"         the values a string (or boolean) parameter or field takes in verification
 *   @length p N               length of Float64Array p for verification (a number or an int parameter)
 *   @variant tangent(x) adjoint(params)
 *                             a variant to generate: modes applied left to right (innermost first),
 *                             each with optional active parameters; default variants: tangent, adjoint
 *   @simd primal tangent_adjoint
 *                             variants (by name) also built for the WebAssembly SIMD backend, which runs
 *                             several samples per call (compiler/backend/wasm/)
 *   @simd f32 primal tangent_adjoint
 *                             the same in single precision (f32x4: twice the samples per vector)
 *   @shared params            arrays that are the same for every sample of a batch (for @simd)
 *   @reference                the reference model of `sobolev fit` (a pathwise payoff f(x, z))
 *   @specialize p value       p fixed to a constant (a number, "string" or boolean): it leaves the signatures
 *                             (read by readSpecializations, before the parameters are lowered)
 *   @gamma x[0]               the gamma `sobolev fit` reports: d²f along x[0] (`@gamma x[0] x[2]`: those
 *                             elements moving together; `@gamma x 1 0.5 0`: along that direction)
 *
 * And in a comment just before a counted `for` loop of the body (see checkpointTag):
 *   @checkpoint [k]           the adjoint tapes the loop's state every k iterations (default ⌈√trips⌉)
 *                             and re-runs them in its reverse sweep: less tape, each iteration run twice
 */
import { ts } from "ts-morph";
import { CompileError } from "../diagnostics.js";
import type { Annotations, Loc, Mode, ModeStep, VariantSpec } from "../ir/types.js";
import { MODE_NAMES, variantName } from "../modes.js";

export function isDifferentiable(node: ts.Node): boolean {
  return ts.getJSDocTags(node).some((t) => t.tagName.text === "differentiable");
}

function tagText(tag: ts.JSDocTag): string {
  return (ts.getTextOfJSDocComment(tag.comment) ?? "").trim();
}

/**
 * Parse the tags of `fn`. `locOf` maps a node to a source location; `params` are the parameter names
 * (checked against the tags so a typo is an error, not a silently ignored tag).
 */
export function readAnnotations(fn: ts.Node, fnName: string, params: string[], locOf: (n: ts.Node) => Loc): Annotations {
  const ann: Annotations = { wrt: [], domain: {}, values: {}, length: {}, variants: [], simd: [], shared: [] };
  let wrtGiven = false;
  let simdTag: ts.JSDocTag | undefined;
  const checkParam = (name: string, tag: ts.JSDocTag) => {
    if (!params.includes(name)) {
      throw new CompileError(`@${tag.tagName.text} names '${name}', which is not a parameter of ${fnName} (parameters: ${params.join(", ") || "none"})`, locOf(tag), `@${tag.tagName.text}`);
    }
  };
  for (const tag of ts.getJSDocTags(fn)) {
    const name = tag.tagName.text;
    const text = tagText(tag);
    const words = text.split(/[\s,]+/).filter((w) => w.length > 0);
    switch (name) {
      case "wrt":
        wrtGiven = true;
        if (words.length === 0) throw new CompileError("@wrt needs at least one parameter name", locOf(tag), "@wrt");
        for (const w of words) {
          checkParam(w, tag);
          if (!ann.wrt.includes(w)) ann.wrt.push(w);
        }
        break;
      case "domain": {
        // `@domain p lo hi`, `@domain option.volatility lo hi` (a record's field), or the values a
        // string or boolean takes: `@domain callPut "call" "put"`, `@domain option.style "european"`
        const m = /^(\S+)\s+(.*)$/.exec(text);
        const p = m?.[1] ?? "", rest = m?.[2]?.trim() ?? "";
        checkParam(p.split(/[.[]/)[0]!, tag);
        if (p.includes("[") && !/^[\w$]+\[\d+\]$/.test(p)) throw new CompileError(`@domain: '${p}' names an element as p[k], k a number`, locOf(tag), "@domain");
        const quoted = [...rest.matchAll(/"([^"]*)"|'([^']*)'|(true|false)(?=\s|$)/g)];
        if (quoted.length > 0 && quoted.map((q) => q[0]).join(" ") === rest.replace(/\s+/g, " ")) {
          ann.values![p] = quoted.map((q) => (q[3] !== undefined ? q[3] === "true" : (q[1] ?? q[2])!));
          break;
        }
        const [lo, hi] = rest.split(/\s+/);
        const l = Number(lo), h = Number(hi);
        if (!m || rest.split(/\s+/).length !== 2 || !Number.isFinite(l) || !Number.isFinite(h) || l > h) {
          throw new CompileError(`@domain expects 'param lo hi' with finite lo <= hi (or quoted string values), got '${text}'`, locOf(tag), "@domain");
        }
        ann.domain[p] = [l, h];
        break;
      }
      case "length": {
        const [p, n] = words;
        if (words.length !== 2) throw new CompileError(`@length expects 'param N', got '${text}'`, locOf(tag), "@length");
        checkParam(p!, tag);
        const v = Number(n);
        if (Number.isInteger(v) && v >= 0) ann.length[p!] = v;
        else {
          checkParam(n!, tag);
          ann.length[p!] = n!;
        }
        break;
      }
      case "variant": {
        const v = parseVariant(text, tag, locOf);
        const same = ann.variants.find((w) => variantName(w) === variantName(v));
        if (same) {
          const show = (x: VariantSpec) => x.steps.map((s) => (s.wrt ? `${s.mode}(${s.wrt.join(", ")})` : s.mode)).join(" ");
          throw new CompileError(`@variant ${show(v)}: same modes as @variant ${show(same)}, so both would be named _${variantName(v)} (one variant per sequence of modes)`, locOf(tag), "@variant");
        }
        ann.variants.push(v);
        break;
      }
      case "simd": {
        // a leading precision word: f64 (the default) or f32
        const precision = words[0] === "f32" || words[0] === "f64" ? words.shift()! : "f64";
        if (words.length === 0) throw new CompileError("@simd needs at least one variant name (e.g. 'primal tangent_adjoint', or 'f32 primal' for single precision)", locOf(tag), "@simd");
        const list = precision === "f32" ? (ann.simdF32 ??= []) : ann.simd;
        for (const w of words) if (!list.includes(w)) list.push(w);
        simdTag = tag;
        break;
      }
      case "shared":
        if (words.length === 0) throw new CompileError("@shared needs at least one array parameter name", locOf(tag), "@shared");
        for (const w of words) {
          checkParam(w, tag);
          if (!ann.shared.includes(w)) ann.shared.push(w);
        }
        break;
      case "reference":
        ann.reference = true;
        break;
      case "gamma":
        ann.gamma = parseGamma(words, tag, locOf, checkParam);
        break;
      default:
        break; // other JSDoc tags (@param, @returns, ...) are documentation
    }
  }
  if (!wrtGiven) ann.wrt = []; // filled with the default once parameter types are known
  if (ann.variants.length === 0) ann.variants = [{ steps: [{ mode: "tangent" }] }, { steps: [{ mode: "adjoint" }] }];
  if (simdTag) {
    const known = ["primal", ...ann.variants.map(variantName)];
    for (const v of [...ann.simd, ...(ann.simdF32 ?? [])]) {
      if (!known.includes(v)) throw new CompileError(`@simd names '${v}', which is not a variant of ${fnName} (variants: ${known.join(", ")})`, locOf(simdTag), "@simd");
    }
  }
  return ann;
}

/** `@gamma x[0] x[2]` (elements moving together) or `@gamma x 1 0.5` (a direction of array x). */
function parseGamma(words: string[], tag: ts.JSDocTag, locOf: (n: ts.Node) => Loc, checkParam: (name: string, tag: ts.JSDocTag) => void): NonNullable<Annotations["gamma"]> {
  const bad = () => new CompileError(`@gamma expects elements 'x[0] x[1]' or a direction 'x 1 0.5 0', got '${words.join(" ")}'`, locOf(tag), "@gamma");
  if (words.length === 0) throw bad();
  const elements = words.map((w) => /^([\w$]+)\[(\d+)\]$/.exec(w));
  if (elements.every((m) => m !== null)) {
    const param = elements[0]![1]!;
    if (elements.some((m) => m![1] !== param)) throw bad();
    checkParam(param, tag);
    return { param, elements: elements.map((m) => Number(m![2])) };
  }
  const [param, ...rest] = words;
  const weights = rest.map(Number);
  if (!/^[\w$]+$/.test(param!) || !weights.every(Number.isFinite)) throw bad();
  checkParam(param!, tag);
  return weights.length > 0 ? { param: param!, weights } : { param: param! };
}

/** `tangent(x) adjoint(params, x)` → steps. */
export function parseVariant(text: string, tag: ts.JSDocTag | undefined, locOf: (n: ts.Node) => Loc, fallback?: Loc): VariantSpec {
  const where = tag ? locOf(tag) : fallback!;
  const steps: ModeStep[] = [];
  const re = /\s*([a-z]+)\s*(?:\(([^)]*)\))?\s*/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < text.length && (m = re.exec(text)) !== null) {
    if (m[0].length === 0) break;
    pos = re.lastIndex;
    const mode = m[1] as Mode;
    if (!MODE_NAMES.includes(mode)) {
      throw new CompileError(`@variant: unknown mode '${m[1]}' (modes: ${MODE_NAMES.join(", ")})`, where, "@variant");
    }
    const wrt = m[2]?.split(/[\s,]+/).filter((w) => w.length > 0);
    steps.push(wrt && wrt.length > 0 ? { mode, wrt } : { mode });
  }
  if (pos < text.length || steps.length === 0) {
    throw new CompileError(`@variant: cannot read '${text}' (write modes innermost first, e.g. 'tangent(x) adjoint(params)')`, where, "@variant");
  }
  return { steps };
}

/** `@specialize p value`: p fixed to a number, a "string" or a boolean. */
export function readSpecializations(node: ts.Node, locOf: (n: ts.Node) => Loc): Map<string, number | string | boolean> {
  const out = new Map<string, number | string | boolean>();
  for (const tag of ts.getJSDocTags(node)) {
    if (tag.tagName.text !== "specialize") continue;
    const text = (ts.getTextOfJSDocComment(tag.comment) ?? "").trim();
    const m = /^([A-Za-z_$][\w$]*)\s+(.+)$/.exec(text);
    const raw = m?.[2]?.trim();
    let value: number | string | boolean | undefined;
    if (raw && /^(["']).*\1$/.test(raw)) value = raw.slice(1, -1);
    else if (raw === "true" || raw === "false") value = raw === "true";
    else if (raw !== undefined && raw !== "" && Number.isFinite(Number(raw))) value = Number(raw);
    if (!m || value === undefined) throw new CompileError(`@specialize expects 'param value' with a number, "string" or boolean value, got '${text}'`, locOf(tag), "@specialize");
    out.set(m[1]!, value);
  }
  return out;
}

/**
 * `@checkpoint` or `@checkpoint k` in a comment just before a loop: its adjoint is checkpointed
 * (compiler/transforms/adjoint-checkpoint.ts). Undefined when the loop has no such comment.
 */
export function checkpointTag(loop: ts.Node, locOf: (n: ts.Node) => Loc): { every?: number } | undefined {
  const text = loop.getSourceFile().getFullText();
  for (const r of ts.getLeadingCommentRanges(text, loop.getFullStart()) ?? []) {
    const m = /@checkpoint\b([^\n*]*)/.exec(text.slice(r.pos, r.end));
    if (!m) continue;
    const arg = m[1]!.trim();
    if (arg === "") return {};
    if (/^[1-9]\d*$/.test(arg)) return { every: Number(arg) };
    throw new CompileError(`@checkpoint takes a whole number of iterations ≥ 1 (or nothing, for ⌈√trips⌉), not '${arg}'`, locOf(loop), "@checkpoint");
  }
  return undefined;
}
