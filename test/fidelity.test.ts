/**
 * The fidelity suite (bench/fidelity/, #32) at the tiny scale, on two of its models: Heston (the
 * Math.sqrt(Math.max(v, 0)) scheme, a closed form with complex arithmetic through tuple helpers and
 * Math.atan2) and the bridge-smoothed barrier (spot and volatility, a closed form calling an
 * annotated helper): both fit end to end, the table names every model, and the same seed gives
 * the same numbers.
 */
import { expect, test } from "vitest";
import { fidelityTable, MODELS, runFidelity } from "../bench/fidelity/run.js";
import { tempProject } from "./helpers/project.js";

const work = tempProject("fidelity");

test("heston and barrier fit at the tiny scale; the table has their rows; same seed, same numbers", async () => {
  const models = MODELS.filter((m) => m.name === "heston" || m.name === "barrier");
  const rows = await runFidelity(models, { scale: "tiny", out: work.path("a"), seed: 1, threads: 1 });
  expect(rows.map((r) => r.model)).toEqual(["heston", "barrier"]);
  for (const r of rows) {
    expect(r.failed).toBeUndefined();
    expect(r.params).toBeLessThanOrEqual(433);
    expect(r.stages.map((s) => s.name)).toEqual(["oversized", "pruned", "sobolev-nn", "sobolev-reference", "polished"]);
    expect(r.deltaByInput).toHaveLength(2);
    // even tiny learns the value: well above the mean's R² of 0
    expect(r.values).toBeGreaterThan(0.9);
    expect(r.gamma).toBe("∂²V/∂x[0]²");
  }
  const table = fidelityTable(rows);
  expect(table).toMatch(/^\| model \| inputs \| parameters /);
  expect(table).toMatch(/\| heston \| 2 \| \d+ \|/);
  const again = await runFidelity(models.slice(0, 1), { scale: "tiny", out: work.path("b"), seed: 1, threads: 1 });
  expect([again[0]!.values, again[0]!.deltas, again[0]!.gammas]).toEqual([rows[0]!.values, rows[0]!.deltas, rows[0]!.gammas]);
}, 300_000);
