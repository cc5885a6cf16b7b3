/** The `sobolev` command line. Each command lives in its own module; this file only wires them up. */
import { Command, CommanderError } from "commander";
import { compileCommand } from "./compile-command.js";

export function buildProgram(): Command {
  const program = new Command("sobolev")
    .description("Derivatives and interval adjoints for TypeScript, by source transformation")
    .showHelpAfterError()
    .exitOverride();

  program
    .command("compile")
    .description("generate tangent/adjoint variants of the @differentiable functions in each file")
    .argument("<files...>", "TypeScript source files with annotated functions")
    .option("-o, --out <dir>", "directory for generated files (default: beside each source)")
    .option("--check", "write nothing; exit 1 if any generated file is missing or out of date")
    .option("--runtime <specifier>", "module specifier generated code imports the runtime from")
    .option("--no-line-comments", "omit the // file:line comments")
    .action((files: string[], o: { out?: string; check?: boolean; runtime?: string; lineComments: boolean }) => {
      process.exitCode = compileCommand(files, o);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2; // usage errors exit 2
    throw e;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (isMain) process.exitCode = await main(process.argv.slice(2));
