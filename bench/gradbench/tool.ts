/**
 * sobolev as a GradBench tool (`npm run --silent gradbench-tool`): one JSON message per line on
 * stdin, one reply per line on stdout (GradBench's protocol: start, define, evaluate, analysis),
 * nothing else on stdout. Each evaluate runs its function `min_runs` times and for at least
 * `min_seconds`, one `evaluate` timing per run; preparing the input (JSON lists into typed
 * arrays) is reported as `prepare`, not scored.
 *
 *   ../shared/gradbench/run-eval.sh --quick gmm -- npm run --silent gradbench-tool
 */
import { createInterface } from "node:readline";
import { modules } from "./modules.js";

interface Message { id: number; kind: string; module?: string; function?: string; input?: { min_runs?: number; min_seconds?: number } }

function evaluate(m: Message): Record<string, unknown> {
  const prepare = modules[m.module ?? ""]?.[m.function ?? ""];
  if (!prepare) return { success: false, error: `sobolev has no function ${m.module}::${m.function}` };
  const t0 = process.hrtime.bigint();
  const run = prepare(m.input);
  const timings = [{ name: "prepare", nanoseconds: Number(process.hrtime.bigint() - t0) }];
  const minRuns = m.input?.min_runs ?? 1, minNs = (m.input?.min_seconds ?? 0) * 1e9;
  let output: unknown, runs = 0, total = 0;
  do {
    const start = process.hrtime.bigint();
    output = run();
    const ns = Number(process.hrtime.bigint() - start);
    timings.push({ name: "evaluate", nanoseconds: ns });
    runs++;
    total += ns;
  } while (runs < minRuns || total < minNs);
  return { success: true, output, timings };
}

function respond(m: Message): Record<string, unknown> {
  switch (m.kind) {
    case "start":
      return { id: m.id, tool: "sobolev" };
    case "define":
      return m.module !== undefined && m.module in modules ? { id: m.id, success: true } : { id: m.id, success: false, error: `sobolev has no module ${m.module}` };
    case "evaluate":
      try {
        return { id: m.id, ...evaluate(m) };
      } catch (e) {
        return { id: m.id, success: false, error: e instanceof Error ? e.message : String(e) };
      }
    default:
      return { id: m.id };
  }
}

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim() === "") continue;
  let m: Message;
  try {
    m = JSON.parse(line) as Message;
  } catch {
    console.error(`sobolev gradbench tool: not a JSON message: ${line.slice(0, 80)}`);
    process.exitCode = 1;
    break;
  }
  process.stdout.write(`${JSON.stringify(respond(m))}\n`);
}
