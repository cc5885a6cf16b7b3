/**
 * `sobolev verify <file.ts>`: compile every annotated function of a file and check its derivatives
 * at random points of its @domain box — tangent vs central differences, adjoint vs tangent
 * (dot-product test), and both second-order compositions (Hessian-vector products vs differences
 * of the adjoint, symmetry, and agreement with each other).
 */
import { inputFile } from "./errors.js";
import { CompileError, CompileErrors, formatDiagnostic } from "../compiler/diagnostics.js";
import { loadCompiled, primalOf, type Loaded } from "../compiler/integration/load.js";
import { checkFirstOrder, type AnyFn, type CheckResult, type FnSpec } from "../runtime/checks/index.js";
import { checkSecondOrder } from "../runtime/checks/index.js";
import { checkEnclosure } from "../runtime/checks/index.js";
import { VERIFY_VARIANTS } from "../compiler/modes.js";

export interface VerifyOptions {
  json?: boolean;
  seed?: number;
  samples?: number;
}

export interface VerifyRow extends CheckResult {
  function: string;
}

/** `intervals`: the interval variants, or why they could not be compiled. */
export function verifyLoaded(loaded: Loaded, opts: VerifyOptions, intervals?: Loaded | string): VerifyRow[] {
  const rows: VerifyRow[] = [];
  const fn = (variant: string, name: string) => {
    const file = loaded.output.files.find((f) => f.variant === variant);
    const spec = file?.functions.find((f) => f.name === name);
    return { fn: loaded.variants[variant]![name] as AnyFn, spec: spec as FnSpec };
  };
  for (const f of loaded.output.functions) {
    const source = primalOf(loaded, f);
    if (!source) continue; // not exported (a helper): checked through its exported callers
    const primal = { fn: source as AnyFn, spec: f as FnSpec };
    try {
      const first = checkFirstOrder({ primal, tangent: fn("tangent", `${f.name}_tangent`), adjoint: fn("adjoint", `${f.name}_adjoint`) },
        { samples: opts.samples, seed: opts.seed });
      const second = checkSecondOrder({
        primal, adjoint: fn("adjoint", `${f.name}_adjoint`),
        adjointTangent: fn("adjoint_tangent", `${f.name}_adjoint_tangent`),
        tangentAdjoint: fn("tangent_adjoint", `${f.name}_tangent_adjoint`),
      }, { samples: opts.samples === undefined ? undefined : Math.max(1, Math.ceil(opts.samples / 2)), seed: opts.seed });
      for (const r of [...first, ...second]) rows.push({ function: f.name, ...r });
      if (typeof intervals === "string") {
        for (const check of ["interval-value", "interval-adjoint"]) rows.push({ function: f.name, check, samples: 0, worstError: NaN, pass: true, skipped: intervals });
      } else if (intervals) {
        const iv = (variant: string, name: string) => {
          const file = intervals.output.files.find((g) => g.variant === variant);
          return { fn: intervals.variants[variant]![name] as AnyFn, spec: file!.functions.find((g) => g.name === name) as FnSpec };
        };
        const enclosure = checkEnclosure({
          primal, adjoint: fn("adjoint", `${f.name}_adjoint`),
          interval: iv("interval", `${f.name}_interval`), adjointInterval: iv("adjoint_interval", `${f.name}_adjoint_interval`),
        }, { samples: opts.samples === undefined ? undefined : Math.max(1, Math.ceil(opts.samples / 2)), seed: opts.seed });
        for (const r of enclosure) rows.push({ function: f.name, ...r });
      }
    } catch (e) {
      rows.push({ function: f.name, check: "run", samples: 0, worstError: NaN, pass: false, note: e instanceof Error ? e.message : String(e) });
    }
  }
  return rows;
}

/** A failing row whose worst error is not a number says why (JSON prints it as null). */
export function whyNoNumber(r: VerifyRow): string | undefined {
  if (r.pass || r.skipped || Number.isFinite(r.worstError)) return undefined;
  return Number.isNaN(r.worstError) ? "no sample gave a comparable value (NaN)" : "the error is infinite (a value or a derivative overflowed, or an enclosure is empty)";
}

function fmt(x: number): string {
  return Number.isNaN(x) ? "NaN" : x === 0 ? "0" : x.toExponential(1);
}

export async function verifyCommand(file: string, opts: VerifyOptions, log = console.log, error = console.error): Promise<number> {
  inputFile(file); // a bad path is a UserError: main prints it as one line, exit 1
  let loaded: Loaded;
  try {
    loaded = await loadCompiled(file, undefined, VERIFY_VARIANTS.derivatives);
  } catch (e) {
    if (e instanceof CompileError) {
      for (const x of e instanceof CompileErrors ? e.all : [e]) error(formatDiagnostic(x.diagnostic));
      return 1;
    }
    throw e;
  }
  let intervals: Loaded | string;
  try {
    intervals = await loadCompiled(file, undefined, VERIFY_VARIANTS.intervals);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    intervals = `interval variant not compiled: ${formatDiagnostic(e.diagnostic)}`;
  }
  const rows = verifyLoaded(loaded, opts, intervals);
  if (rows.length === 0) {
    error(`sobolev verify: ${file} has no @differentiable function to check (annotate an exported function, or an \`export const name = f\`; annotated functions that are not exported are checked through their exported callers)`);
    return 1;
  }
  for (const r of rows) r.note ??= whyNoNumber(r);
  if (opts.json) {
    log(JSON.stringify(rows.map((r) => ({
      function: r.function, check: r.check, samples: r.samples, worstError: Number.isFinite(r.worstError) ? r.worstError : null,
      pass: r.skipped ? null : r.pass,
      ...(r.skipped ? { skipped: r.skipped } : {}), ...(r.nonSmooth ? { nonSmooth: r.nonSmooth } : {}), ...(r.note ? { note: r.note } : {}),
    })), null, 2));
  } else {
    const w = Math.max(8, ...rows.map((r) => r.function.length));
    const c = Math.max(5, ...rows.map((r) => r.check.length));
    for (const r of rows) {
      const extra = [r.nonSmooth ? `${r.nonSmooth} non-smooth sample(s) left out` : "", r.note ?? "", r.skipped ? `skipped: ${r.skipped}` : ""].filter(Boolean).join("; ");
      log(`${r.skipped ? "skip" : r.pass ? "pass" : "FAIL"}  ${r.function.padEnd(w)}  ${r.check.padEnd(c)}  ${String(r.samples).padStart(3)} samples  worst ${fmt(r.worstError).padStart(7)}${extra ? `  (${extra})` : ""}`);
    }
    const failed = rows.filter((r) => !r.pass).length, skipped = rows.filter((r) => r.skipped).length;
    const ran = rows.length - skipped;
    log((failed === 0 ? `all ${ran} checks passed` : `${failed} of ${ran} checks FAILED`) + (skipped ? `, ${skipped} skipped` : ""));
  }
  return rows.every((r) => r.pass) ? 0 : 1;
}
