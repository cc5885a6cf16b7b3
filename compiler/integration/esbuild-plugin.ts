/**
 * esbuild plugin: `import { f_adjoint } from "./model.adjoint.js"` is generated at build time from
 * `./model.ts` when no such file exists on disk. A thin adapter over `compile`: the code is
 * byte-identical to what `sobolev compile` writes.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { Plugin } from "esbuild";
import { compile } from "../compile.js";
import { formatLoc } from "../diagnostics.js";
import { GENERATED_FILE } from "../modes.js";

export interface SobolevPluginOptions {
  /** Runtime module specifier for generated code (default: as `sobolev compile`). */
  runtimeImport?: string;
}

export function sobolev(options: SobolevPluginOptions = {}): Plugin {
  return {
    name: "sobolev",
    setup(build) {
      build.onResolve({ filter: GENERATED_FILE }, (args) => {
        const full = path.resolve(args.resolveDir, args.path);
        const m = GENERATED_FILE.exec(full);
        if (!m) return undefined;
        const onDisk = full.replace(/\.js$/, ".ts");
        if (existsSync(onDisk)) return undefined; // committed generated file: let esbuild read it
        const source = `${m[1]}.ts`;
        if (!existsSync(source)) return undefined;
        return { path: onDisk, namespace: "sobolev", pluginData: { source, variant: m[2] } };
      });
      build.onLoad({ filter: /.*/, namespace: "sobolev" }, (args) => {
        const { source, variant } = args.pluginData as { source: string; variant: string };
        const r = compile(readFileSync(source, "utf8"), { fileName: source, runtimeImport: options.runtimeImport });
        if (r.diagnostics.length > 0) {
          return {
            errors: r.diagnostics.map((d) => ({
              text: d.message,
              location: { file: d.loc.file, line: d.loc.line, column: d.loc.col - 1, lineText: "" },
              detail: formatLoc(d.loc),
            })),
            watchFiles: [source],
          };
        }
        const file = r.files.find((f) => f.variant === variant);
        if (!file) {
          return { errors: [{ text: `${path.basename(source)} has no '${variant}' variant (add ${variant === "simd" ? "@simd" : `@variant ${variant.split("_").join(" ")}`} to a function)` }], watchFiles: [source] };
        }
        return { contents: file.code, loader: "ts", resolveDir: path.dirname(source), watchFiles: [source] };
      });
    },
  };
}

export default sobolev;
