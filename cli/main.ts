/** The `sobolev` command line. Each command lives in its own module; this file only wires them up. */
import { availableParallelism } from "node:os";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { compileCommand } from "./compile-command.js";
import { verifyCommand } from "./verify-command.js";
import { describeError } from "./errors.js";
import { DEFAULT_PRECISION } from "../train/gradients.js";
// train, prune, import and export load the runtime and the generated models: imported when used,
// so that `sobolev compile` still runs when a generated model file is stale or broken (it is the
// command that regenerates them).

function positive(v: string): number {
  const n = Number(v);
  if (!(n > 0) || !Number.isFinite(n)) throw new InvalidArgumentError(`expected a positive number, got '${v}'`);
  return n;
}

const PRECISION_HELP = "f32 (single-precision SIMD training kernels, 8 samples per call) or f64 (double, 4 per call); the models, Adam and evaluation are double either way";

function precision(v: string): "f32" | "f64" {
  if (v !== "f32" && v !== "f64") throw new InvalidArgumentError(`expected f32 or f64, got '${v}'`);
  return v;
}

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
    .addHelpText("after", "\nAdd --debug to any command to see the stack of an unexpected error.")
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

  program
    .command("train")
    .description("train the MLP surrogate of the case study's Bachelier basket (plain or Sobolev loss) and print R² of values, deltas, gammas")
    .option("--loss <kind>", "plain or sobolev", (v: string) => {
      if (v !== "plain" && v !== "sobolev") throw new InvalidArgumentError(`expected plain or sobolev, got '${v}'`);
      return v;
    }, "sobolev")
    .option("--width <n>", "hidden layer width", integer(1), 128)
    .option("--depth <n>", "number of hidden layers", integer(1), 6)
    .option("--epochs <n>", "epochs", integer(1), 100)
    .option("--batch <n>", "batch size", integer(1), 256)
    .option("--batches <n>", "batches per epoch", integer(1), 64)
    .option("--samples <n>", "Monte Carlo training samples", integer(1), 8192)
    .option("--test <n>", "analytic test points", integer(1), 4096)
    .option("--lr <x>", "Adam learning rate", positive, 1e-4)
    .option("--seed <n>", "random seed (market, data, initialisation, batches)", integer(0), 1)
    .option("--threads <n>", "training threads (same seed and threads, same numbers)", integer(1), availableParallelism())
    .option("--backend <kind>", "simd (the WebAssembly SIMD build, several samples per call) or js (the TypeScript variants)", (v: string) => {
      if (v !== "simd" && v !== "js") throw new InvalidArgumentError(`expected simd or js, got '${v}'`);
      return v;
    }, "simd")
    .option("--precision <p>", PRECISION_HELP, precision, DEFAULT_PRECISION)
    .option("-o, --out <file>", "write the trained model (JSON)")
    .option("--json", "print the result as JSON")
    .action(async (o) => {
      const { trainCommand } = await import("./train-command.js");
      process.exitCode = trainCommand(o);
    });

  program
    .command("fit")
    .description("fit a small surrogate to your reference model (an annotated payoff(x, z)): simulate with its generated adjoint, train, prune by interval adjoint significance, Sobolev fine-tune; writes a report, plots, the models, surrogate.onnx and surrogate.ts")
    .argument("<file>", "TypeScript or JavaScript file with the reference model (tagged @reference) and optionally its closed form exact(x)")
    .option("--function <name>", "the reference function (default: the one tagged @reference)")
    .option("--exact <name>", "the closed form to measure against (default: a function named exact, if any)")
    .option("--no-exact", "measure against Monte Carlo even if the file has a closed form")
    .option("-o, --out <dir>", "output directory (default: out/fit-<file>)")
    .option("--scale <name>", "tiny (seconds), quick (minutes) or paper (the case study's schedule)", "quick")
    .option("--target <n>", "largest parameter count of the final surrogate", integer(2), 433)
    .option("--activation <kind>", "hidden activation (silu)", "silu")
    .option("--width <n>", "width of the oversized network's hidden layers", integer(1))
    .option("--depth <n>", "number of hidden layers", integer(1))
    .option("--prune-steps <n>", "prune in this many steps, fine-tuning briefly in between", integer(1), 1)
    .option("--threads <n>", "training threads (same seed and threads, same numbers)", integer(1), availableParallelism())
    .option("--precision <p>", PRECISION_HELP, precision, DEFAULT_PRECISION)
    .option("--seed <n>", "random seed (data, initialisation, batches)", integer(0), 1)
    .option("--json", "print report.json at the end instead of progress")
    .option("--force", "replace an earlier run in the output directory (without it, a folder holding one is refused)")
    .action(async (file: string, o) => {
      const { fitCommand } = await import("./fit-command.js");
      process.exitCode = await fitCommand(file, { ...o, debug: process.argv.includes("--debug") });
    });

  program
    .command("prune")
    .description("prune a saved MLP by Interval Adjoint Significance Analysis to a target number of hidden neurons")
    .argument("<model>", "model file (JSON, from sobolev train)")
    .requiredOption("--target <n>", "hidden neurons to keep", integer(1))
    .requiredOption("-o, --out <file>", "where to write the pruned model")
    .option("--subdivide <k>", "split the input box into k sub-boxes (worst case per neuron)", integer(1), 1)
    .option("--ranking <kind>", "global or layer", (v: string) => {
      if (v !== "global" && v !== "layer") throw new InvalidArgumentError(`expected global or layer, got '${v}'`);
      return v;
    }, "global")
    .option("--box <lo,hi>", "input box for every input (default: the box stored with the model)", (v: string) => {
      const p = v.split(",").map(Number);
      if (p.length !== 2 || !p.every(Number.isFinite) || !(p[0]! < p[1]!)) throw new InvalidArgumentError(`expected lo,hi with lo < hi, got '${v}'`);
      return p as [number, number];
    })
    .action(async (model: string, o) => {
      const { pruneCommand } = await import("./prune-command.js");
      process.exitCode = pruneCommand(model, o);
    });

  program
    .command("import")
    .description("import a dense MLP from ONNX (Gemm or MatMul+Add layers, SiLU, scalar input/output scaling) as a model file")
    .argument("<model.onnx>", "ONNX file")
    .requiredOption("-o, --out <file>", "where to write the model (JSON)")
    .option("--norm <xMean,xStd,yMean,yStd>", "normalisation, for graphs that take normalised input", (v: string) => {
      const p = v.split(",").map(Number);
      if (p.length !== 4 || !p.every(Number.isFinite) || !(p[1]! > 0 && p[3]! > 0)) throw new InvalidArgumentError(`expected four numbers xMean,xStd,yMean,yStd with positive stds, got '${v}'`);
      return p as [number, number, number, number];
    })
    .action(async (file: string, o) => {
      const { importCommand } = await import("./import-command.js");
      process.exitCode = importCommand(file, o);
    });

  program
    .command("export")
    .description("export a model file as a standard ONNX MLP (normalisation inside the graph)")
    .argument("<model.json>", "model file")
    .requiredOption("-o, --out <file>", "where to write the ONNX model")
    .action(async (file: string, o) => {
      const { exportCommand } = await import("./export-command.js");
      process.exitCode = exportCommand(file, o);
    });

  return program;
}

/**
 * Runs the command; every error ends here as one line (`--debug`, anywhere on the line, adds the
 * stack). Returns the exit code: 0, 1 (inputs, failed checks), 2 (arguments), 70 (internal error).
 */
export async function main(argv: string[], error = console.error): Promise<number> {
  const debug = argv.includes("--debug");
  const program = buildProgram();
  try {
    await program.parseAsync(argv.filter((a) => a !== "--debug"), { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2; // usage errors exit 2 (commander printed them)
    const command = argv.find((a) => !a.startsWith("-"));
    const d = describeError(e);
    error(`sobolev${command ? ` ${command}` : ""}: ${d.message}`);
    if (debug && e instanceof Error && e.stack) error(e.stack);
    return d.exitCode;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (isMain) process.exitCode = await main(process.argv.slice(2));
