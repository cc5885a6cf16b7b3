/**
 * The bundler plugin, one for every bundler through unplugin (Vite, Rollup, webpack, Rspack,
 * esbuild: the faces in plugins/): `import { f_adjoint } from "./model.adjoint.js"` is generated at
 * build time from `./model.ts` when no such file is on disk. A thin adapter over the pure `compile`:
 *
 * - one compile per source and content: importing several variants of one model compiles it once
 *   (the cache is keyed by the contents of every file the compiler read);
 * - every file the compiler read is watched (the model and the helper modules it followed);
 * - errors are the compiler's located diagnostics, in the bundler's own error format;
 * - the code is what `sobolev compile` writes: TypeScript where the bundler reads TypeScript
 *   (Vite, esbuild), the same with its types erased where it reads only JavaScript (Rollup,
 *   webpack, Rspack; erasable syntax only, so nothing else changes).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { createUnplugin, type UnpluginFactory } from "unplugin";
import { compile, type CompileOutput } from "../compile.js";
import { formatDiagnostic } from "../diagnostics.js";
import { GENERATED_FILE } from "../modes.js";

export interface SobolevPluginOptions {
  /** Runtime module specifier for generated code (default: as `sobolev compile`). */
  runtimeImport?: string;
}

/** The generated module a specifier asks for, when its source exists and it is not on disk itself. */
export function generatedTarget(specifier: string, importer: string | undefined): { id: string; source: string; variant: string } | undefined {
  if (!importer || !specifier.startsWith(".")) return undefined;
  const full = path.resolve(path.dirname(importer.replace(/\?.*$/, "")), specifier);
  const m = GENERATED_FILE.exec(full);
  if (!m) return undefined;
  const id = full.replace(/\.js$/, ".ts");
  if (existsSync(id) || existsSync(full)) return undefined; // a committed generated file: the bundler reads it
  const source = `${m[1]}.ts`;
  return existsSync(source) ? { id, source, variant: m[2]! } : undefined;
}

/** Compiles once per source and contents of everything it read. */
export class CompileCache {
  private readonly entries = new Map<string, { digest: string; out: CompileOutput }>();

  constructor(private readonly options: SobolevPluginOptions = {}) {}

  get(source: string): CompileOutput {
    const hit = this.entries.get(source);
    if (hit && hit.digest === digest(hit.out.inputs)) return hit.out;
    // (out.inputs always holds the source itself)
    const out = compile(readFileSync(source, "utf8"), { fileName: source, ...(this.options.runtimeImport ? { runtimeImport: this.options.runtimeImport } : {}) });
    this.entries.set(source, { digest: digest(out.inputs), out });
    return out;
  }
}

function digest(files: readonly string[]): string {
  const h = createHash("sha256");
  for (const f of files) h.update(f).update("\0").update(existsSync(f) ? readFileSync(f) : "").update("\0");
  return h.digest("hex");
}

/** TypeScript with erasable syntax only, as JavaScript: the types removed, nothing else. */
function eraseTypes(code: string, fileName: string): string {
  return ts.transpileModule(code, {
    fileName,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true, sourceMap: false },
  }).outputText;
}

export const unpluginFactory: UnpluginFactory<SobolevPluginOptions | undefined> = (options, meta) => {
  const cache = new CompileCache(options);
  const readsTypeScript = meta.framework === "vite" || meta.framework === "esbuild";
  const targets = new Map<string, { source: string; variant: string }>();
  return {
    name: "sobolev",
    enforce: "pre",
    resolveId(specifier, importer) {
      const t = generatedTarget(specifier, importer);
      if (!t) return null;
      targets.set(t.id, t);
      return t.id;
    },
    loadInclude(id) {
      return targets.has(id);
    },
    load(id) {
      const t = targets.get(id);
      if (!t) return null;
      const out = cache.get(t.source);
      for (const f of out.inputs) this.addWatchFile(f);
      if (out.diagnostics.length > 0) {
        const d = out.diagnostics[0]!;
        const more = out.diagnostics.length > 1 ? ` (and ${out.diagnostics.length - 1} more)` : "";
        this.error({ message: `${formatDiagnostic(d)}${more}`, id: d.loc.file, loc: { file: d.loc.file, line: d.loc.line, column: d.loc.col - 1 } } as Parameters<typeof this.error>[0]);
        return ""; // (the esbuild and webpack faces collect the error and go on: an empty module, never run)
      }
      const file = out.files.find((f) => f.variant === t.variant);
      if (!file) {
        const tag = t.variant === "simd" ? "@simd" : `@variant ${t.variant.split("_").join(" ")}`;
        this.error(`${path.basename(t.source)} has no '${t.variant}' variant (add ${tag} to a function)`);
        return "";
      }
      return readsTypeScript ? file.code : eraseTypes(file.code, id);
    },
  };
};

export const unplugin = /* #__PURE__ */ createUnplugin(unpluginFactory);
