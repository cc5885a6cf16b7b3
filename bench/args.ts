/**
 * Command-line options of the bench scripts (node:util's parseArgs): `--help` prints the script's
 * usage line; an unknown option, a missing value or a bad value is one line naming it, with the
 * usage, and exit status 2 — never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function benchArgs<O extends Options>(usage: string, options: O, argv = process.argv.slice(2)) {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    usageError(usage, (e as Error).message);
  }
}

/** A bad argument: its message and the usage on stderr, exit 2. */
export function usageError(usage: string, message: string): never {
  console.error(`${message}\nusage: ${usage}`);
  process.exit(2);
}
