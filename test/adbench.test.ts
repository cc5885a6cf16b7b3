/**
 * ADBench's objectives written as the C++ is written (test/adbench/): they compile unmodified, every
 * verify check passes, and the gradient agrees with central differences of the source itself at a
 * benchmark-like size (beyond the @domain the checks sample).
 */
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { verifyLoaded } from "../cli/verify-command.js";
import { loadCompiled } from "../compiler/integration/load.js";
import { VERIFY_VARIANTS } from "../compiler/modes.js";
import { Rng } from "../runtime/random.js";
import { objective, type Wishart } from "./adbench/gmm.js";

const here = path.dirname(fileURLToPath(import.meta.url));

test("GMM as written (subarray pointer arithmetic, d·(d − 1)/2 sizes, a Wishart struct, stdlib's lgamma): compiles, verifies, and its gradient is the central differences'", async () => {
  const file = path.join(here, "adbench", "gmm.ts");
  const loaded = await loadCompiled(file, undefined, VERIFY_VARIANTS.derivatives);
  const intervals = await loadCompiled(file, undefined, VERIFY_VARIANTS.intervals);
  for (const r of verifyLoaded(loaded, { samples: 8, seed: 7 }, intervals)) expect(r, `${r.check}: ${r.note ?? r.skipped ?? ""}`).toMatchObject({ pass: true });

  const d = 3, k = 4, n = 20, lSize = (d * (d - 1)) / 2, rng = new Rng(5);
  const alpha = Float64Array.from({ length: k }, () => rng.normal());
  const mu = Float64Array.from({ length: k * d }, () => rng.uniform());
  const q = Float64Array.from({ length: k * d }, () => 0.3 * rng.normal());
  const l = Float64Array.from({ length: k * lSize }, () => 0.3 * rng.normal());
  const x = Float64Array.from({ length: n * d }, () => rng.normal());
  const wishart: Wishart = { gamma: 1.5, m: 2 };
  const grads = [new Float64Array(k), new Float64Array(k * d), new Float64Array(k * d), new Float64Array(k * lSize)] as const;
  const adjoint = loaded.variants.adjoint!.objective_adjoint as (...a: unknown[]) => number;
  const value = adjoint(d, k, n, alpha, mu, q, l, x, wishart, ...grads, 1);
  const f = () => objective(d, k, n, alpha, mu, q, l, x, wishart);
  expect(value).toBe(f());
  for (const [a, grad] of [[alpha, grads[0]], [mu, grads[1]], [q, grads[2]], [l, grads[3]]] as const) {
    for (let i = 0; i < a.length; i++) {
      const h = 1e-6, keep = a[i]!;
      a[i] = keep + h; const up = f();
      a[i] = keep - h; const down = f();
      a[i] = keep;
      expect(Math.abs(grad[i]! - (up - down) / (2 * h))).toBeLessThan(1e-6 * Math.max(1, Math.abs(grad[i]!)));
    }
  }
}, 120_000);
