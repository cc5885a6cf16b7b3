/**
 * User errors of the command line: one message naming what and where, never a stack trace (unless
 * --debug). Paths are checked before any work starts, so that a mistake costs a second, not a
 * training run. Exit codes: 2 for arguments, 1 for inputs and failed checks.
 */
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import * as path from "node:path";

export class UserError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
    this.name = "UserError";
  }
}

/** An existing, readable file (not a directory). */
export function inputFile(file: string, what = "file"): string {
  if (!existsSync(file)) throw new UserError(`no such ${what}: ${file}`);
  if (statSync(file).isDirectory()) throw new UserError(`${file} is a directory; expected ${/^[aeiou]/i.test(what) ? "an" : "a"} ${what}`);
  try {
    accessSync(file, constants.R_OK);
  } catch {
    throw new UserError(`cannot read ${file} (permission denied)`);
  }
  return file;
}

/** The nearest existing ancestor of a path. */
function existingAncestor(p: string): string {
  let dir = path.resolve(p);
  while (!existsSync(dir)) dir = path.dirname(dir);
  return dir;
}

function writableDir(dir: string, forPath: string): void {
  const at = existingAncestor(dir);
  if (!statSync(at).isDirectory()) throw new UserError(`cannot write ${forPath}: ${at} is a file, not a directory`);
  try {
    accessSync(at, constants.W_OK);
  } catch {
    throw new UserError(`cannot write ${forPath}: ${at} is not writable`);
  }
}

/** A file the command will write: not a directory, in a directory that exists or can be made. */
export function outputFile(file: string): string {
  if (existsSync(file) && statSync(file).isDirectory()) throw new UserError(`${file} is a directory; expected a file name to write`);
  writableDir(path.dirname(path.resolve(file)), file);
  return file;
}

/** A directory the command will write into: not an existing file, creatable. */
export function outputDir(dir: string): string {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError(`${dir} is a file; expected a directory to write into`);
  writableDir(dir, dir);
  return dir;
}

/** A thread count capped at the machine's cores (with a note when it was higher). */
export function threadCount(requested: number, note: (message: string) => void): number {
  const cores = availableParallelism();
  if (requested <= cores) return requested;
  note(`--threads ${requested}: this machine has ${cores} cores; using ${cores}`);
  return cores;
}

const FS_CODES: Record<string, string> = {
  ENOENT: "no such file or directory",
  EISDIR: "is a directory",
  ENOTDIR: "a parent is not a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EEXIST: "already exists",
  ENOSPC: "no space left on the device",
  EROFS: "read-only file system",
};

/** The one-line message (and exit code) for an error that reached the top of a command. */
export function describeError(e: unknown): { message: string; exitCode: number; internal: boolean } {
  if (e instanceof UserError) return { message: e.message, exitCode: e.exitCode, internal: false };
  const err = e as NodeJS.ErrnoException & { dest?: string };
  if (err && typeof err.code === "string" && FS_CODES[err.code]) {
    const where = err.path ?? err.dest ?? "";
    return { message: `${where ? `${where}: ` : ""}${FS_CODES[err.code]}`, exitCode: 1, internal: false };
  }
  return { message: `internal error: ${e instanceof Error ? e.message : String(e)} (run again with --debug to see where; please report it)`, exitCode: 70, internal: true };
}
