/**
 * The compiler as a pure function: source text in, generated modules and diagnostics out.
 * The CLI and the esbuild plugin are thin adapters over `compile`.
 *
 * The pass plan, for every annotated function:
 *   lower (frontend/)  →  normalize (transforms/normalize.ts)
 *     → modes (modes.ts: each @variant's steps, innermost first)          → TypeScript (backend/print.ts)
 *     → jam (transforms/jam.ts, the largest factor whose variant still fits the vector registers,
 *            backend/wasm/tiling.ts) → modes                              → WebAssembly (backend/wasm/)
 * The backends receive finished IR: they print, they do not transform.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { Project, ts } from "ts-morph";
import { CompileError, CompileErrors, type Diagnostic } from "./diagnostics.js";
import { Lowerer } from "./frontend/lower.js";
import type { Func, VariantSpec } from "./ir/types.js";
import { printModule } from "./backend/print.js";
import { applyVariant, variantName } from "./modes.js";
import { normalize } from "./transforms/normalize.js";
import { GROUPS, printSimdModule, type SimdBuild } from "./backend/wasm/module.js";
import { fitsRegisters, JAM_FACTORS } from "./backend/wasm/tiling.js";
import { jam, type JamReport } from "./transforms/jam.js";
import { F32, F64 } from "./backend/wasm/shape.js";

export interface CompileOptions {
  /** Path of the source file (used to resolve imports and in diagnostics). */
  fileName: string;
  /** Directory for generated files (default: beside the source). */
  outDir?: string;
  /** Module specifier generated code imports the runtime from (default: the one the source uses, else "sobolev/runtime"). */
  runtimeImport?: string;
  /** Paths in diagnostics and headers are relative to this directory (default: process.cwd()). */
  cwd?: string;
  /** `// file:line` comments in generated code (default true). */
  lineComments?: boolean;
  /** Generate these variants (default wrt) for every function instead of its @variant tags. */
  variants?: VariantSpec[];
  /** Generate variants only for these annotated functions (default: all of the file's). */
  functions?: string[];
}

export interface GeneratedFile {
  path: string;
  code: string;
  /** The variant, e.g. "tangent" or "tangent_adjoint". */
  variant: string;
  /** The generated functions (IR, with parameter roles), in file order. */
  functions: Func[];
}

export interface CompileOutput {
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
  /** The annotated functions of the file, lowered (empty on error). */
  functions: Func[];
  /** The files the compiler read: the source and every module it followed (what a bundler watches). */
  inputs: string[];
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** `inputs`, when given, receives the files on disk the compiler read (the source, the helpers it followed), also on error. */
export function lowerSource(source: string, opts: CompileOptions, inputs?: string[]): { funcs: Func[]; all: Map<string, Func>; runtimeSpecifier?: string } {
  const cwd = opts.cwd ?? process.cwd();
  const abs = path.resolve(cwd, opts.fileName);
  const project = new Project({ compilerOptions: COMPILER_OPTIONS, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  const sf = project.createSourceFile(abs, source, { overwrite: true });
  try {
    project.resolveSourceFileDependencies();
    const lowerer = new Lowerer(project, cwd);
    const m = lowerer.lowerFile(sf);
    return { funcs: m.funcs, all: m.all, runtimeSpecifier: m.runtimeSpecifier };
  } finally {
    // TypeScript's own lib files are in memory (ts-morph's), not on disk
    if (inputs) for (const f of project.getSourceFiles()) { const p = path.normalize(f.getFilePath()); if (p === abs || existsSync(p)) inputs.push(p); }
  }
}

export function compile(source: string, opts: CompileOptions): CompileOutput {
  const cwd = opts.cwd ?? process.cwd();
  const inputs: string[] = [];
  try {
    const { funcs, all, runtimeSpecifier } = lowerSource(source, opts, inputs);
    const byVariant = new Map<string, Func[]>();
    const simd: SimdBuild[] = [{ shape: F64, fns: [] }, { shape: F32, fns: [] }];
    for (const fn of funcs) {
      if (opts.functions && !opts.functions.includes(fn.name)) continue;
      const wanted = (b: SimdBuild, name: string) => !opts.variants && (b.shape === F32 ? fn.ann.simdF32 ?? [] : fn.ann.simd).includes(name);
      const primal = normalize(fn, all);
      // the SIMD build's IR of a variant, register-tiled (the same for both precisions), made once when a build wants it
      const simdIR = (steps: VariantSpec["steps"] | "primal", plain: Func) => {
        let t: Func | undefined;
        return () => (t ??= tiledVariant(fn, primal, steps, all, plain));
      };
      for (const spec of opts.variants ?? fn.ann.variants) {
        const name = variantName(spec);
        const list = byVariant.get(name) ?? [];
        const g = applyVariant(fn, spec.steps, all);
        list.push(g);
        byVariant.set(name, list);
        const ir = simdIR(spec.steps, g);
        for (const b of simd) if (wanted(b, name)) b.fns.push({ fn: ir(), source: fn });
      }
      const primalIR = simdIR("primal", primal);
      for (const b of simd) if (wanted(b, "primal")) b.fns.push({ fn: primalIR(), source: fn });
    }
    const srcAbs = path.resolve(cwd, opts.fileName);
    const outDir = opts.outDir ? path.resolve(cwd, opts.outDir) : path.dirname(srcAbs);
    const base = path.basename(srcAbs).replace(/\.(m|c)?tsx?$/, "");
    const rel = path.relative(cwd, srcAbs).split(path.sep).join("/");
    const runtimeImport = opts.runtimeImport ?? relocate(runtimeSpecifier, path.dirname(srcAbs), outDir) ?? "sobolev/runtime";
    const files: GeneratedFile[] = [];
    for (const [variant, fns] of byVariant) {
      const code = printModule(fns, {
        runtimeImport,
        header: `// Generated from ${rel} by the sobolev compiler (${variant.split("_").reverse().join(" over ")}). Do not edit.`,
        lineComments: opts.lineComments,
      });
      files.push({ path: path.join(outDir, `${base}.${variant}.ts`), code, variant, functions: fns });
    }
    const builds = simd.filter((b) => b.fns.length > 0);
    if (builds.length > 0) {
      files.push({ path: path.join(outDir, `${base}.simd.ts`), code: printSimdModule(base, builds, runtimeImport, rel), variant: "simd", functions: builds.flatMap((b) => b.fns.map((s) => s.fn)) });
    }
    return { files, diagnostics: [], functions: funcs, inputs };
  } catch (e) {
    if (e instanceof CompileErrors) return { files: [], diagnostics: e.all.map((x) => x.diagnostic), functions: [], inputs };
    if (e instanceof CompileError) return { files: [], diagnostics: [e.diagnostic], functions: [], inputs };
    throw e;
  }
}

/**
 * A SIMD variant's IR: the normalized primal jammed by the largest factor whose variant fits the
 * vector registers, then the variant's modes; `plain` (the unjammed variant) when none fits or
 * there is nothing to jam.
 */
function tiledVariant(source: Func, primal: Func, steps: VariantSpec["steps"] | "primal", all: ReadonlyMap<string, Func>, plain: Func): Func {
  for (const factor of JAM_FACTORS) {
    const loops: JamReport[] = [];
    const jammed = jam(primal, factor, loops);
    if (loops.length === 0) break; // nothing to jam at any factor
    const fn = steps === "primal" ? jammed : applyVariant(jammed, steps, all);
    if (fitsRegisters(fn, source, GROUPS)) return fn;
  }
  return plain;
}

/** A relative runtime specifier written in the source, re-expressed relative to the output directory. */
function relocate(spec: string | undefined, srcDir: string, outDir: string): string | undefined {
  if (!spec || !spec.startsWith(".")) return spec;
  let r = path.relative(outDir, path.resolve(srcDir, spec)).split(path.sep).join("/");
  if (!r.startsWith(".")) r = `./${r}`;
  return r;
}

export type { VariantSpec };
export { applyVariant };
