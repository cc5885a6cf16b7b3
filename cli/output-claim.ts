/**
 * A long run's output folder, claimed before the work starts: one run at a time (a lock file with the
 * writer's pid; a lock left by a process that no longer runs is taken over), and never two runs'
 * files mixed. A folder holding an earlier run (its report.json) is refused unless replacing is
 * asked for (`sobolev fit --force`; `npm start` replaces its own by default); replacing removes the
 * earlier run first, so an interrupted run leaves only its own files. A folder with other contents
 * is never emptied.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { outputDir, UserError } from "./errors.js";

const LOCK = ".sobolev-run.lock";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Claim `dir` for this process; returns the release (call it when the run ends, however it ends). */
export function claimOutputDir(dir: string, o: { replace: boolean; flag: string }): () => void {
  outputDir(dir);
  const lock = path.join(dir, LOCK);
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, "utf8").trim());
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) throw new UserError(`${dir} is being written by another run (process ${pid}); wait for it, or choose another output folder`);
    rmSync(lock, { force: true }); // left by a run that was killed
  }
  const entries = existsSync(dir) ? readdirSync(dir) : [];
  if (entries.length > 0) {
    if (!entries.includes("report.json")) throw new UserError(`${dir} is not empty and holds no earlier sobolev run (no report.json); choose an empty or new output folder`);
    if (!o.replace) throw new UserError(`${dir} holds an earlier run (report.json); pass ${o.flag} to replace it, or choose another output folder`);
    // the earlier run goes first, whole: moved aside, then removed
    const aside = `${dir.replace(/[\\/]+$/, "")}.replaced-${process.pid}`;
    renameSync(dir, aside);
    rmSync(aside, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(lock, `${process.pid}\n`, { flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new UserError(`${dir} is being written by another run (it claimed the folder just now); choose another output folder`);
    throw e;
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    rmSync(lock, { force: true });
  };
  process.once("exit", release);
  return release;
}
