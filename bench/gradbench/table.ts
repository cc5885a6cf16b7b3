/**
 * `npm run bench:gradbench -- [--quick] [--json] [--evals a,b]`: every eval the sobolev tool answers,
 * at GradBench's --quick workloads, run by the offline runner (../shared/gradbench/run-eval.sh, or
 * $GRADBENCH_ROOT) with sobolev's tool and with the hand-differentiated C++ reference (`manual`) in
 * the same run: per eval, whether every evaluation was approved, and per workload the fastest
 * `evaluate` of the function and of its derivative, and their ratio (GradBench's
 * gradient/objective). Exits non-zero when an evaluation is not approved.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { benchArgs, usageError } from "../args.js";

/**
 * Each eval's function and the derivative GradBench times against it; for the nested evals
 * (particle, saddle: four ways to compute one result) their four functions, timed side by side.
 */
export const EVALS: Record<string, string[]> = {
  hello: ["square", "double"], lse: ["primal", "gradient"], llsq: ["primal", "gradient"], ode: ["primal", "gradient"],
  kmeans: ["cost", "dir"], particle: ["ff", "fr", "rf", "rr"], saddle: ["ff", "fr", "rf", "rr"], gmm: ["objective", "jacobian"], lstm: ["objective", "jacobian"], ba: ["objective", "jacobian"],
};

const root = process.env.GRADBENCH_ROOT ?? fileURLToPath(new URL("../../../shared/gradbench", import.meta.url));
const repo = fileURLToPath(new URL("../..", import.meta.url));

interface Summary { outcome: string; evaluations: number; approved: number; records: Array<{ function: string; description: string; evaluate_ns_min: number | null }> }

function run(evalName: string, tool: string[], runsArgs: string[], work: string): Summary & { exit: number } {
  const dir = mkdtempSync(path.join(tmpdir(), "sobolev-gradbench-"));
  try {
    const summary = path.join(dir, "summary.json");
    const r = spawnSync(path.join(root, "run-eval.sh"), ["--quick", "--quiet", "--work", work, "--log", path.join(dir, "log.jsonl"), "--summary", summary, evalName, ...runsArgs, "--", ...tool],
      { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    if (!existsSync(summary)) throw new Error(`run-eval.sh ${evalName} (${tool.join(" ")}) wrote no summary (exit ${r.status}): ${r.stderr.trim().split("\n").slice(-3).join(" / ")}`);
    return { ...(JSON.parse(readFileSync(summary, "utf8")) as Summary), exit: r.status ?? -1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fastest evaluate per (description, function). */
function times(s: Summary): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of s.records) if (r.evaluate_ns_min !== null) m.set(`${r.description} ${r.function}`, r.evaluate_ns_min / 1e6);
  return m;
}

/** With `manual: false` only sobolev's tool runs (the approval check; no manual columns). */
export function gradbenchTable(o: { quick: boolean; evals: string[]; work: string; manual?: boolean }) {
  const runsArgs = o.quick ? ["--min-runs", "1", "--min-seconds", "0"] : ["--min-runs", "10", "--min-seconds", "0.3"];
  return o.evals.map((e) => {
    const [fn, deriv] = EVALS[e]!;
    const ours = run(e, ["npm", "run", "--silent", "gradbench-tool"], runsArgs, o.work);
    // the manual tool has no nested evals
    const manual = o.manual === false || EVALS[e]!.length !== 2 ? { outcome: "not run", evaluations: 0, approved: 0, records: [] } : run(e, ["manual"], runsArgs, o.work);
    const t = times(ours), tm = times(manual);
    const descriptions = [...new Set(ours.records.map((r) => r.description))];
    const rows = descriptions.map((d) => {
      if (EVALS[e]!.length !== 2) return { workload: d, ...Object.fromEntries(EVALS[e]!.map((f) => [`${f}_ms`, t.get(`${d} ${f}`) ?? null])) };
      const f = t.get(`${d} ${fn}`), g = t.get(`${d} ${deriv}`), fm = tm.get(`${d} ${fn}`), gm = tm.get(`${d} ${deriv}`);
      const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined && a > 0 ? +(b / a).toFixed(2) : null);
      return { workload: d, [`${fn}_ms`]: f ?? null, [`${deriv}_ms`]: g ?? null, ratio: ratio(f, g), manual_ratio: ratio(fm, gm), vs_manual: g !== undefined && gm ? +(g / gm).toFixed(2) : null };
    });
    return { eval: e, outcome: ours.outcome, approved: ours.approved, evaluations: ours.evaluations, manual_outcome: manual.outcome, rows };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const usage = "npm run bench:gradbench -- [--quick] [--json] [--evals a,b]";
  const values = benchArgs(usage, { quick: { type: "boolean", default: false }, json: { type: "boolean", default: false }, evals: { type: "string" } });
  if (!existsSync(path.join(root, "run-eval.sh"))) {
    console.error(`bench:gradbench: no GradBench runner at ${root} (set GRADBENCH_ROOT to the offline copy's folder)`);
    process.exit(2);
  }
  const evals = values.evals ? values.evals.split(",") : Object.keys(EVALS);
  const unknown = evals.filter((e) => !(e in EVALS));
  if (unknown.length > 0) {
    usageError(usage, `--evals: sobolev answers ${Object.keys(EVALS).join(", ")}; not ${unknown.join(", ")}`);
  }
  const work = mkdtempSync(path.join(tmpdir(), "sobolev-gradbench-work-"));
  try {
    const table = gradbenchTable({ quick: values.quick, evals, work });
    if (values.json) console.log(JSON.stringify({ "node.version": process.version, gradbench: table }, null, 2));
    else {
      console.log("| eval | approved | workload | function ms | derivative ms | ratio | manual's ratio | derivative vs manual |\n|---|---|---|---|---|---|---|---|");
      for (const e of table) {
        for (const r of e.rows as Array<Record<string, unknown>>) {
          const [fn, deriv] = EVALS[e.eval]!;
          const ms = (v: unknown) => (typeof v === "number" ? v.toPrecision(3) : "–");
          if (EVALS[e.eval]!.length !== 2) {
            console.log(`| ${e.eval} | ${e.approved}/${e.evaluations} | ${r.workload} | ${EVALS[e.eval]!.map((f) => `${f} ${ms(r[`${f}_ms`])}`).join(", ")} | | | | |`);
            continue;
          }
          console.log(`| ${e.eval} | ${e.approved}/${e.evaluations} | ${r.workload} | ${ms(r[`${fn}_ms`])} | ${ms(r[`${deriv}_ms`])} | ${r.ratio ?? "–"} | ${r.manual_ratio ?? "–"} | ${r.vs_manual ?? "–"}× |`);
        }
      }
    }
    if (table.some((e) => e.approved !== e.evaluations)) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
