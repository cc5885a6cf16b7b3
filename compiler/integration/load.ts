/**
 * Compile a file and import its generated variants and the file itself, for verification and tests.
 * Generated modules go to a fresh temporary directory and import the runtime by absolute path,
 * so nothing is written beside the user's source; every module is bundled first (import-module.ts),
 * so that this works from plain Node, in any folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { compile, type CompileOutput, type VariantSpec } from "../compile.js";
import { CompileError, CompileErrors } from "../diagnostics.js";
import type { Func } from "../ir/types.js";
import { importBundled, type Module } from "./import-module.js";

/** The runtime's entry beside this module: the TypeScript source here, the compiled JavaScript in the package (dist/). */
export const RUNTIME_ENTRY = fileURLToPath(new URL(`../../runtime/index${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url));

export type { Module };

export interface Loaded {
  /** The user's module itself (the primal functions). */
  source: Module;
  /** Generated modules by variant name ("tangent", "adjoint", "tangent_adjoint", ...). */
  variants: Record<string, Module>;
  output: CompileOutput;
}

export async function loadCompiled(fileName: string, sourceText?: string, variantSpecs?: VariantSpec[], functions?: string[]): Promise<Loaded> {
  const abs = path.resolve(fileName);
  const text = sourceText ?? readFileSync(abs, "utf8");
  const dir = mkdtempSync(path.join(tmpdir(), "sobolev-"));
  try {
    const output = compile(text, { fileName: abs, outDir: dir, runtimeImport: RUNTIME_ENTRY, cwd: process.cwd(), variants: variantSpecs, functions });
    if (output.diagnostics.length > 0) {
      const all = output.diagnostics.map((d) => new CompileError(d.message, d.loc, d.construct));
      throw all.length === 1 ? all[0]! : new CompileErrors(all);
    }
    const variants: Record<string, Module> = {};
    for (const f of output.files) {
      writeFileSync(f.path, f.code);
      variants[f.variant] = await importBundled(f.path, dir, RUNTIME_ENTRY);
    }
    const source = await importBundled(abs, dir, RUNTIME_ENTRY);
    return { source, variants, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The source's function for an annotated function, callable with the annotated function's
 * parameters: the values `@specialize` fixed are put back in their places (the generated variants
 * do not take them), and an export's own name or `default` is looked up.
 */
export function primalOf(loaded: Loaded, f: Func): ((...args: unknown[]) => unknown) | undefined {
  // an annotated `export default function f` is the module's default export
  const fn = (loaded.source[f.name] ?? (f.defaultExport ? loaded.source.default : undefined)) as ((...args: unknown[]) => unknown) | undefined;
  if (typeof fn !== "function") return undefined;
  const fixed = f.specialized;
  if (!fixed || fixed.length === 0) return fn;
  return (...args: unknown[]) => {
    const all = [...args];
    for (const { index, value } of [...fixed].sort((a, b) => a.index - b.index)) all.splice(index, 0, value);
    return fn(...all);
  };
}
