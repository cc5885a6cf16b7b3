/**
 * Importing a user's module, TypeScript or JavaScript, ESM or CommonJS, from any folder (with or
 * without a package.json saying "type": "module"): esbuild bundles it into a temporary ES module,
 * which plain Node imports. Imports of the sobolev runtime stay imports of the one runtime this
 * process uses (its tape and bound buffers are shared state), whether written `sobolev/runtime` or
 * as the absolute path generated code uses.
 */
import { build } from "esbuild";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Module = Record<string, any>;

let counter = 0;

/** Bundle `entry` into `outDir` and import it. */
export async function importBundled(entry: string, outDir: string, runtimeEntry: string): Promise<Module> {
  const out = path.join(outDir, `${path.basename(entry).replace(/\.[^.]+$/, "")}.${counter++}.bundle.mjs`);
  const runtime = pathToFileURL(runtimeEntry).href;
  try {
    await build({
      entryPoints: [entry], bundle: true, format: "esm", platform: "node", target: "node20", outfile: out,
      logLevel: "silent", sourcemap: "inline",
      // CommonJS code inside an ES module bundle still needs `require` for Node's built-in modules
      banner: { js: 'import { createRequire as __sobolevCreateRequire } from "node:module"; const require = __sobolevCreateRequire(import.meta.url);' },
      plugins: [{
        name: "sobolev-runtime",
        setup(b) {
          b.onResolve({ filter: /^sobolev\/runtime$/ }, () => ({ path: runtime, external: true }));
          b.onResolve({ filter: /^\// }, (args) => (path.resolve(args.path) === runtimeEntry ? { path: runtime, external: true } : undefined));
        },
      }],
    });
  } catch (e) {
    const errors = (e as { errors?: Array<{ text: string; location?: { file: string; line: number; column: number } | null }> }).errors;
    const first = errors?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}:${first.location.column + 1}: ` : "";
    throw new ModuleLoadError(`cannot load ${entry}: ${where}${first?.text ?? (e as Error).message}`);
  }
  return import(pathToFileURL(out).href);
}

export class ModuleLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ModuleLoadError";
  }
}
