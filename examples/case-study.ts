/**
 * `npm start`: the case study end to end (examples/case-study/pipeline.ts).
 *   npm start -- [--scale paper|quick|tiny] [--out out/case-study] [--seed 1] [--threads n]
 * --scale: paper (default: the authors' settings, under 8 minutes on 2 cores), quick (3.5 minutes), tiny (seconds).
 * --threads: training threads (default: the machine's cores; same seed and threads, same numbers).
 * Ctrl-C stops after the current batch, keeping finished stages' models and a partial report.
 */
import { SingleBar } from "cli-progress";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { outputDir, threadCount, UserError } from "../cli/errors.js";
import { tsWorker } from "../runtime/ts-worker.js";
import type { Progress } from "../train/trainer.js";
import { SCALES, type StageTraining } from "./case-study/pipeline.js";

function usage(msg: string): never {
  console.error(`${msg}\nusage: npm start -- [--scale ${Object.keys(SCALES).join("|")}] [--out dir] [--seed N] [--prune-steps k] [--r2-floor x] [--threads n]`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({ options: {
    scale: { type: "string", default: "paper" }, out: { type: "string", default: "out/case-study" }, seed: { type: "string", default: "1" },
    "prune-steps": { type: "string", default: "1" }, "r2-floor": { type: "string" }, threads: { type: "string", default: String(availableParallelism()) },
  } }));
} catch (e) {
  usage((e as Error).message);
}
if (!SCALES[values.scale]) usage(`unknown scale '${values.scale}'`);
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) usage(`--seed must be a non-negative integer, got '${values.seed}'`);
const pruneSteps = Number(values["prune-steps"]);
if (!Number.isInteger(pruneSteps) || pruneSteps < 1) usage(`--prune-steps must be a positive integer, got '${values["prune-steps"]}'`);
const r2Floor = values["r2-floor"] === undefined ? undefined : Number(values["r2-floor"]);
if (r2Floor !== undefined && !Number.isFinite(r2Floor)) usage(`--r2-floor must be a number, got '${values["r2-floor"]}'`);
const requestedThreads = Number(values.threads);
if (!Number.isInteger(requestedThreads) || requestedThreads < 1) usage(`--threads must be a positive integer, got '${values.threads}'`);
const threads = threadCount(requestedThreads, (m) => console.error(m));
try {
  outputDir(values.out); // before the work: an --out that names a file fails now, not after training
} catch (e) {
  if (!(e instanceof UserError)) throw e;
  console.error(`npm start: ${e.message}`);
  process.exit(1);
}

// The pipeline runs on a worker thread (case-study/run-worker.ts): training blocks the thread it
// runs on, and this one must stay free to see Ctrl-C. The shared flag asks it to stop after the batch.
const stopFlag = new Int32Array(new SharedArrayBuffer(4));
let stopping = false;
let firstSigint = 0;
process.on("SIGINT", () => {
  // one Ctrl-C can arrive twice (from the terminal and relayed by npm/tsx): a second one within a
  // second is the same key press
  if (stopping && Date.now() - firstSigint > 1000) process.exit(130);
  if (stopping) return;
  stopping = true;
  firstSigint = Date.now();
  Atomics.store(stopFlag, 0, 1);
  bar?.stop();
  bar = undefined;
  process.stderr.write("\nstopping after this batch (Ctrl-C again to quit now)…\n");
});

const tty = process.stderr.isTTY === true;
let bar: SingleBar | undefined;
let barStage = "";
type Message =
  | { kind: "log"; line: string }
  | { kind: "progress"; stage: string; p: Progress; how: StageTraining; eta: number }
  | { kind: "done"; seconds: number; peakRssMB: number }
  | { kind: "interrupted"; message: string };
const worker = tsWorker(new URL("./case-study/run-worker.ts", import.meta.url), { options: { scale: values.scale, out: values.out, seed, pruneSteps, r2Floor, threads }, stop: stopFlag });
worker.on("message", (m: Message) => {
  if (m.kind === "log") {
    bar?.stop();
    bar = undefined;
    console.log(m.line);
  } else if (m.kind === "progress") {
    const { stage, p, how, eta } = m;
    if (stopping) return;
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
    console.log(`\ndone in ${m.seconds.toFixed(0)} s (peak RSS ${m.peakRssMB} MB); report: ${values.out}/report.md, report.json, plots *.svg`);
  } else {
    bar?.stop();
    console.error(`interrupted (${m.message}); finished stages and a partial report are in ${values.out}/`);
    process.exitCode = 130;
  }
});
worker.on("error", (e) => {
  bar?.stop();
  console.error(`npm start: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
