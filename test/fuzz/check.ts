/** Compile one generated program and run the same checks as `sobolev verify` on its `main`. */
import { withTempProject } from "../helpers/project.js";
import { verifyLoaded } from "../../cli/verify-command.js";
import { formatDiagnostic, CompileError } from "../../compiler/diagnostics.js";
import { loadCompiled } from "../../compiler/integration/load.js";
import type { Func } from "../../compiler/ir/types.js";
import type { AnyFn, FnSpec } from "../../runtime/checks/index.js";
import { checkEnclosure } from "../../runtime/checks/index.js";

const ALL = [
  { steps: [{ mode: "tangent" as const }] },
  { steps: [{ mode: "adjoint" as const }] },
  { steps: [{ mode: "tangent" as const }, { mode: "adjoint" as const }] },
  { steps: [{ mode: "adjoint" as const }, { mode: "tangent" as const }] },
];

const INTERVALS = [
  { steps: [{ mode: "interval" as const }] },
  { steps: [{ mode: "adjoint" as const }, { mode: "interval" as const }] },
];

const POINT_INTERVAL = [{ steps: [{ mode: "interval" as const, wrt: ["x"] }] }];

/** Returns undefined when every check passes, else a report naming the failed checks. */
export async function checkProgram(source: string, samples = 6, seed = 1): Promise<string | undefined> {
  return withTempProject("fuzz", async (p) => {
    const file = p.file("main.ts", source);
    let loaded;
    try {
      loaded = await loadCompiled(file, source, ALL);
    } catch (e) {
      if (e instanceof CompileError) return `does not compile: ${formatDiagnostic(e.diagnostic)}`;
      throw e;
    }
    const intervals = await loadCompiled(file, source, INTERVALS).catch((e) => (e instanceof CompileError ? `interval: ${formatDiagnostic(e.diagnostic)}` : Promise.reject(e)));
    if (typeof intervals === "string") return intervals; // the generator stays inside what interval mode accepts
    const rows = verifyLoaded(loaded, { samples, seed }, intervals);
    // interval(x): y and a stay points, so products with them take the inline point rules
    const pointy = await loadCompiled(file, source, POINT_INTERVAL, ["main"]);
    const spec = (fns: Func[], name: string) => fns.find((g) => g.name === name) as FnSpec;
    for (const r of checkEnclosure({
      primal: { fn: loaded.source.main as AnyFn, spec: spec(loaded.output.functions, "main") },
      interval: { fn: pointy.variants.interval!.main_interval as AnyFn, spec: spec(pointy.output.files[0]!.functions, "main_interval") },
    }, { samples: Math.max(1, Math.ceil(samples / 2)), seed })) rows.push({ function: "main (interval(x))", ...r });
    const failed = rows.filter((r) => !r.pass);
    if (failed.length === 0) return undefined;
    return failed.map((r) => `${r.function} ${r.check}: worst ${r.worstError}${r.note ? ` (${r.note})` : ""}`).join("\n");
  }, { module: true });
}
