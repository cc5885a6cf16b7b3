/**
 * Compile a file and import its generated variants, for verification and tests.
 * Generated modules go to a fresh temporary directory and import the runtime by absolute path,
 * so nothing is written beside the user's source.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compile, type CompileOutput, type VariantSpec } from "../compile.js";
import { CompileError, CompileErrors } from "../diagnostics.js";
import type { Func } from "../ir/types.js";

export const RUNTIME_ENTRY = fileURLToPath(new URL("../../runtime/index.ts", import.meta.url));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Module = Record<string, any>;

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
    writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n'); // generated modules are ESM
    const variants: Record<string, Module> = {};
    for (const f of output.files) {
      writeFileSync(f.path, f.code);
      variants[f.variant] = await import(pathToFileURL(f.path).href);
    }
    const source = await import(pathToFileURL(abs).href);
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
