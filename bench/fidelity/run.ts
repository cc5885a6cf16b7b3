/**
 * `npm run bench:fidelity -- [--scale quick|paper|tiny] [--json] [--models a,b] [--out dir] [--seed s] [--threads n]`:
 * `sobolev fit`'s defaults on reference models written as users write them (models/), each against
 * its closed form or a documented high-precision reference. One table: per model the final
 * surrogate's parameters, seconds and R² of values / deltas / gammas, the worst single input's
 * delta R², and what the gamma is. Every model's fit output goes to <out>/<model>/.
 */
import { availableParallelism } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "../../runtime/fs.js";
import { benchArgs, usageError } from "../args.js";
import { fit, FIT_SCALES, neuronsFor, type FitResult } from "../../train/fit.js";
import type { Scale } from "../../train/pipeline.js";
import { loadReference } from "../../train/reference.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");

export interface FidelityModel {
  name: string;
  file: string;
  what: string;
}

export const MODELS: FidelityModel[] = [
  { name: "bachelier", file: path.join(here, "models/bachelier.ts"), what: "Bachelier basket call, 7 correlated assets (closed form)" },
  { name: "lognormal-basket", file: path.join(repo, "examples/lognormal-basket/model.ts"), what: "call on a geometric basket of 4 lognormals (closed form)" },
  { name: "asian", file: path.join(here, "models/asian.ts"), what: "arithmetic Asian call, 12 fixings; spot and volatility (conditional QMC reference)" },
  { name: "heston", file: path.join(here, "models/heston.ts"), what: "Heston call, 64 Euler steps; spot and initial variance (semi-closed form)" },
  { name: "worst-of", file: path.join(here, "models/worst-of.ts"), what: "call on the worse of 2 assets (Stulz's closed form)" },
  { name: "barrier", file: path.join(here, "models/barrier.ts"), what: "down-and-out call, Brownian-bridge smoothed; spot and volatility (closed form)" },
];

export interface FidelityRow {
  model: string;
  what: string;
  inputs: number;
  params: number;
  sizes: number[];
  seconds: number;
  values: number;
  deltas: number;
  deltaByInput: number[];
  gammas: number;
  gamma: string;
  stages: Array<{ name: string; params: number; values: number; deltas: number; gammas: number }>;
  testStderr?: { price: number; delta: number; gamma: number };
  /** --scratch: the same shape trained from scratch on the same data, stage by stage. */
  scratch?: FidelityRow["stages"];
  /** Why the model could not be fitted. */
  failed?: string;
}

export async function runFidelity(models: FidelityModel[], o: { scale: string; out: string; seed: number; threads: number; overrides?: Partial<Scale>; scratch?: boolean; pruneSteps?: number; log?: (s: string) => void }): Promise<FidelityRow[]> {
  const rows: FidelityRow[] = [];
  for (const m of models) {
    const t0 = performance.now();
    o.log?.(`fidelity: ${m.name} (${m.what})`);
    let result: { ref: Awaited<ReturnType<typeof loadReference>>; report: FitResult["report"]; final: FitResult["final"] };
    try {
      const ref = await loadReference(m.file);
      // --scratch: the final network's shape also trained from scratch on the same data (report.small)
      const base = { ...FIT_SCALES[o.scale]!, ...o.overrides };
      const k = neuronsFor(ref.n, base.depth, base.width, 433) / base.depth;
      const small = o.scratch ? [ref.n, ...Array<number>(base.depth).fill(k), 1] : undefined;
      result = { ref, ...fit(ref, { scale: o.scale, out: path.join(o.out, m.name), seed: o.seed, threads: o.threads, overrides: o.overrides, ...(small ? { small } : {}), ...(o.pruneSteps ? { pruneSteps: o.pruneSteps } : {}), log: (s) => o.log?.(`  ${s}`) }) };
    } catch (e) {
      // one model's failure is a row of the table, not the end of the suite
      o.log?.(`  failed: ${e instanceof Error ? e.message : String(e)}`);
      rows.push({ model: m.name, what: m.what, inputs: 0, params: 0, sizes: [], seconds: (performance.now() - t0) / 1000, values: NaN, deltas: NaN, deltaByInput: [], gammas: NaN, gamma: "", stages: [], failed: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const { ref, report, final } = result;
    const last = report.stages[report.stages.length - 1]!;
    rows.push({
      model: m.name, what: m.what, inputs: ref.n, params: last.params, sizes: [...final.sizes], seconds: (performance.now() - t0) / 1000,
      values: last.r2.values, deltas: last.r2.deltas, deltaByInput: last.r2.deltaByInput ?? [], gammas: last.r2.gammas, gamma: ref.gamma.label,
      stages: report.stages.map((s) => ({ name: s.name, params: s.params, values: s.r2.values, deltas: s.r2.deltas, gammas: s.r2.gammas })),
      ...(report.small ? { scratch: report.small.stages.map((s) => ({ name: s.name, params: report.small!.params, values: s.r2.values, deltas: s.r2.deltas, gammas: s.r2.gammas })) } : {}),
      ...(report.config.testStderr ? { testStderr: report.config.testStderr as FidelityRow["testStderr"] } : {}),
    });
  }
  return rows;
}

export function fidelityTable(rows: FidelityRow[]): string {
  const f = (x: number) => x.toFixed(6);
  return [
    "| model | inputs | parameters | seconds | R² values | deltas | worst input's delta | gammas | gamma |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => r.failed ? `| ${r.model} | failed: ${r.failed.replace(/\|/g, "\\|")} | | | | | | | |` : `| ${r.model} | ${r.inputs} | ${r.params} | ${r.seconds.toFixed(0)} | ${f(r.values)} | ${f(r.deltas)} | ${r.deltaByInput.length ? f(Math.min(...r.deltaByInput)) : "–"} | ${f(r.gammas)} | ${r.gamma} |`),
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const usage = "npm run bench:fidelity -- [--scale quick|paper|tiny] [--json] [--models a,b] [--out dir] [--seed s] [--threads n] [--override json] [--scratch] [--prune-steps n]";
  const a = benchArgs(usage, {
    scale: { type: "string", default: "quick" }, json: { type: "boolean", default: false }, models: { type: "string" },
    out: { type: "string", default: "out/fidelity" }, override: { type: "string" }, scratch: { type: "boolean", default: false }, "prune-steps": { type: "string" }, seed: { type: "string", default: "1" }, threads: { type: "string", default: String(availableParallelism()) },
  });
  if (!FIT_SCALES[a.scale!]) usageError(usage, `--scale: expected ${Object.keys(FIT_SCALES).join(", ")}, got '${a.scale}'`);
  const wanted = a.models ? a.models.split(",") : MODELS.map((m) => m.name);
  const unknown = wanted.filter((w) => !MODELS.some((m) => m.name === w));
  if (unknown.length > 0) usageError(usage, `--models: unknown ${unknown.join(", ")} (models: ${MODELS.map((m) => m.name).join(", ")})`);
  for (const [k, v] of [["seed", a.seed], ["threads", a.threads], ["prune-steps", a["prune-steps"]]] as const) if (v !== undefined && !Number.isFinite(Number(v))) usageError(usage, `--${k}: expected a number, got '${v}'`);
  let overrides: Partial<Scale> | undefined;
  try {
    overrides = a.override ? (JSON.parse(a.override) as Partial<Scale>) : undefined;
  } catch (e) {
    usageError(usage, `--override: not JSON (${(e as Error).message})`);
  }
  const rows = await runFidelity(MODELS.filter((m) => wanted.includes(m.name)), {
    scale: a.scale!, out: a.out!, seed: Number(a.seed), threads: Number(a.threads), log: (s) => process.stderr.write(`${s}\n`),
    ...(overrides ? { overrides } : {}), scratch: a.scratch, ...(a["prune-steps"] ? { pruneSteps: Number(a["prune-steps"]) } : {}),
  });
  const summary = { scale: a.scale, seed: Number(a.seed), node: process.version, rows };
  writeFileAtomic(path.join(a.out!, "summary.json"), JSON.stringify(summary, null, 2) + "\n");
  console.log(a.json ? JSON.stringify(summary, null, 2) : fidelityTable(rows));
}
