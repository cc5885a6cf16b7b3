/** `sobolev compile <files…>`: generate the variants of every annotated function, or check they are current. */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { compile, type GeneratedFile } from "../compiler/compile.js";
import { formatDiagnostic } from "../compiler/diagnostics.js";
import { writeFileAtomic } from "../runtime/fs.js";
import { inputFile, outputDir, UserError } from "./errors.js";

export interface CompileCommandOptions {
  out?: string;
  check?: boolean;
  runtime?: string;
  lineComments?: boolean;
}

/** Returns the process exit code. Nothing is written unless every file compiles. */
export function compileCommand(files: string[], opts: CompileCommandOptions, log = console.log, error = console.error): number {
  const outputs: GeneratedFile[] = [];
  let failed = false;
  if (opts.out && !opts.check) outputDir(opts.out);
  for (const file of files) {
    try {
      inputFile(file);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      error(`sobolev compile: ${e.message}`);
      failed = true;
      continue;
    }
    const r = compile(readFileSync(file, "utf8"), { fileName: file, outDir: opts.out, runtimeImport: opts.runtime, lineComments: opts.lineComments });
    for (const d of r.diagnostics) error(formatDiagnostic(d));
    if (r.diagnostics.length > 0) failed = true;
    else if (r.files.length === 0) log(`${file}: no @differentiable functions`);
    outputs.push(...r.files);
  }
  if (failed) {
    error("sobolev compile: nothing written (fix the errors above)");
    return 1;
  }
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  if (opts.check) {
    const stale = outputs.filter((f) => !existsSync(f.path) || readFileSync(f.path, "utf8") !== f.code);
    for (const f of stale) error(`out of date: ${rel(f.path)} (run sobolev compile ${files.join(" ")}${opts.out ? ` --out ${opts.out}` : ""})`);
    if (stale.length === 0) log(`${outputs.length} generated file(s) up to date`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const f of outputs) {
    writeFileAtomic(f.path, f.code);
    log(`wrote ${rel(f.path)}`);
  }
  return 0;
}
