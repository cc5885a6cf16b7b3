/**
 * Temporary projects for tests: a folder that is not ours (in the system's temporary directory),
 * for a user's files, a generated module's neighbours or a command's output, removed afterwards.
 * `tempProject` at a test file's top level lasts for the file's tests; `withTempProject` for one.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll } from "vitest";

export class TempProject {
  readonly dir: string;
  private count = 0;

  /** `module`: a package.json of `"type": "module"` in it (an ES module project). */
  constructor(name: string, o: { module?: boolean } = {}) {
    this.dir = mkdtempSync(path.join(tmpdir(), `sobolev-${name}-`));
    if (o.module) writeFileSync(path.join(this.dir, "package.json"), '{ "type": "module" }\n');
  }

  /** A path inside. */
  path(...rel: string[]): string {
    return path.join(this.dir, ...rel);
  }

  /** `text` written to `rel` inside; its path. */
  file(rel: string, text: string): string {
    const f = this.path(rel);
    writeFileSync(f, text);
    return f;
  }

  /** `text` in a fresh numbered file, `case<k>.<ext>`; its path. */
  next(text: string, ext = "ts"): string {
    return this.file(`case${this.count++}.${ext}`, text);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A temporary project for a test file's tests, removed after them (call at the file's top level). */
export function tempProject(name: string, o: { module?: boolean } = {}): TempProject {
  const p = new TempProject(name, o);
  afterAll(() => p.remove());
  return p;
}

/** `f` with a fresh temporary project, removed when it is done (also when it fails). */
export async function withTempProject<T>(name: string, f: (p: TempProject) => T | Promise<T>, o: { module?: boolean } = {}): Promise<T> {
  const p = new TempProject(name, o);
  try {
    return await f(p);
  } finally {
    p.remove();
  }
}
