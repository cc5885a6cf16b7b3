/**
 * The main side of a long pipeline run (`npm start`, `sobolev fit`): the job on a worker thread
 * (worker-job.ts), progress bars on a terminal (at most ~20 lines per stage without one), Ctrl-C
 * to stop after the current batch (twice to quit at once), one line for an error.
 */
import { SingleBar } from "cli-progress";
import { tsWorker } from "../runtime/ts-worker.js";
import type { JobMessage } from "./worker-job.js";

export interface RunnerOptions {
  /** The command's name for messages ("npm start", "sobolev fit"). */
  name: string;
  /** Where the report goes (for the closing line). */
  out: string;
  debug?: boolean;
  /** Print only errors (the caller prints a result, e.g. JSON). */
  quiet?: boolean;
}

/** Runs `job` (a module calling runJob) with `options`; resolves to the exit code. */
export function runInWorker(job: URL, options: object, o: RunnerOptions): Promise<number> {
  const stop = new Int32Array(new SharedArrayBuffer(4));
  let stopping = false, firstSigint = 0;
  let bar: SingleBar | undefined, barStage = "";
  const tty = process.stderr.isTTY === true;
  const onSigint = () => {
    // one Ctrl-C can arrive twice (from the terminal and relayed by npm/tsx): a second one within a
    // second is the same key press
    if (stopping && Date.now() - firstSigint > 1000) process.exit(130);
    if (stopping) return;
    stopping = true;
    firstSigint = Date.now();
    Atomics.store(stop, 0, 1);
    bar?.stop();
    bar = undefined;
    process.stderr.write("\nstopping after this batch (Ctrl-C again to quit now)…\n");
  };
  process.on("SIGINT", onSigint);
  return new Promise((resolve) => {
    let code = 1;
    const worker = tsWorker(job, { options, stop });
    worker.on("message", (m: JobMessage) => {
      if (m.kind === "log") {
        if (o.quiet) return;
        bar?.stop();
        bar = undefined;
        console.log(m.line);
      } else if (m.kind === "progress") {
        const { stage, p, how, eta } = m;
        if (stopping || o.quiet) return;
        if (tty) {
          if (!bar || barStage !== stage) {
            bar?.stop();
            bar = new SingleBar({ format: `${stage.padEnd(17)} epoch {epoch}/{epochs} |{bar}| loss {loss} | ETA {eta_formatted}`, hideCursor: true, etaBuffer: 40 });
            bar.start(how.epochs * how.batches, 0, { epoch: 1, epochs: how.epochs, loss: "…" });
            barStage = stage;
          }
          bar.update((p.epoch - 1) * how.batches + p.batch, { epoch: p.epoch, loss: p.epochLoss.toExponential(3) });
        } else if (p.batch === how.batches && (p.epoch === 1 || p.epoch % Math.ceil(how.epochs / 20) === 0 || p.epoch === how.epochs)) {
          // without a terminal: the first epoch, then at most 20 lines per stage
          console.error(`${stage}: epoch ${p.epoch}/${how.epochs}  loss ${p.epochLoss.toExponential(3)}  ETA ${eta.toFixed(0)} s`);
        }
      } else if (m.kind === "done") {
        bar?.stop();
        if (!o.quiet) console.log(`\ndone in ${m.seconds.toFixed(0)} s (peak RSS ${m.peakRssMB} MB); report: ${o.out}/report.md, report.json, plots *.svg${m.summary ? `\n${m.summary}` : ""}`);
        code = 0;
      } else if (m.kind === "interrupted") {
        bar?.stop();
        console.error(`interrupted (${m.message}); finished stages and a partial report are in ${o.out}/`);
        code = 130;
      } else {
        bar?.stop();
        console.error(`${o.name}: ${m.message}`);
        if (o.debug && m.stack) console.error(m.stack);
        code = 1;
      }
    });
    worker.on("error", (e) => {
      bar?.stop();
      console.error(`${o.name}: ${e instanceof Error ? e.message : String(e)}`);
      code = 1;
    });
    worker.on("exit", () => {
      process.off("SIGINT", onSigint);
      resolve(code);
    });
  });
}
