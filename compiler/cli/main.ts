/** The `sobolev` command line. Each command lives in its own module; this file only wires them up. */
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { compileCommand } from "./compile-command.js";
import { verifyCommand } from "./verify-command.js";

function integer(min: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}, got '${v}'`);
    return n;
  };
}

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

  program
    .command("verify")
    .description("check the derivatives of every @differentiable function in a file at random points of its @domain")
    .argument("<file>", "TypeScript source file with annotated functions")
    .option("--json", "print an array of { function, check, samples, worstError, pass }")
    .option("--seed <n>", "random seed (same seed, same points)", integer(0), 1)
    .option("--samples <n>", "random points per check", integer(1), 20)
    .action(async (file: string, o: { json?: boolean; seed: number; samples: number }) => {
      process.exitCode = await verifyCommand(file, o);
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
