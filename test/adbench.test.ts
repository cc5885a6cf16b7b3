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
import { objective as ba } from "./adbench/ba.js";
import { expectCentralDifferences, gmmData } from "./helpers/gmm-data.js";
import { objective, type Wishart } from "./adbench/gmm.js";

const here = path.dirname(fileURLToPath(import.meta.url));

test("GMM as written (subarray pointer arithmetic, d·(d − 1)/2 sizes, a Wishart struct, stdlib's lgamma): compiles, verifies, and its gradient is the central differences'", async () => {
  const file = path.join(here, "adbench", "gmm.ts");
  const loaded = await loadCompiled(file, undefined, VERIFY_VARIANTS.derivatives);
  const intervals = await loadCompiled(file, undefined, VERIFY_VARIANTS.intervals);
  for (const r of verifyLoaded(loaded, { samples: 8, seed: 7 }, intervals)) expect(r, `${r.check}: ${r.note ?? r.skipped ?? ""}`).toMatchObject({ pass: true });

  const d = 3, k = 4, n = 20;
  const { alpha, mu, q, l, x, grads } = gmmData(d, k, n, 5);
  const wishart: Wishart = { gamma: 1.5, m: 2 };
  const adjoint = loaded.variants.adjoint!.objective_adjoint as (...a: unknown[]) => number;
  const value = adjoint(d, k, n, alpha, mu, q, l, x, wishart, ...grads, 1);
  const f = () => objective(d, k, n, alpha, mu, q, l, x, wishart);
  expect(value).toBe(f());
  expectCentralDifferences([[alpha, grads[0]], [mu, grads[1]], [q, grads[2]], [l, grads[3]]], f);
}, 120_000);

test("bundle adjustment as written (&cams[camIdx * 11] as subarrays, T w[3] local arrays in a helper called per observation, *w as w[0]): compiles, verifies, and its Jacobian-vector products are the central differences'", async () => {
  const file = path.join(here, "adbench", "ba.ts");
  const loaded = await loadCompiled(file, undefined, VERIFY_VARIANTS.derivatives);
  const intervals = await loadCompiled(file, undefined, VERIFY_VARIANTS.intervals);
  for (const r of verifyLoaded(loaded, { samples: 8, seed: 7 }, intervals)) expect(r, `${r.check}: ${r.note ?? r.skipped ?? ""}`).toMatchObject({ pass: true });

  // two cameras, three points, five observations; one camera with a zero rotation (the other branch)
  const rng = new Rng(9), n = 2, m = 3, p = 5;
  const cams = Float64Array.from({ length: 11 * n }, () => 0.1 * rng.normal());
  for (let c = 0; c < n; c++) { cams[11 * c + 5] = 4; cams[11 * c + 6] = 1.2; }
  cams.fill(0, 11, 14);
  const X = Float64Array.from({ length: 3 * m }, () => rng.normal());
  const w = Float64Array.from({ length: p }, () => 1 + 0.1 * rng.normal());
  const obs = Int32Array.of(0, 0, 1, 0, 0, 1, 1, 2, 0, 2);
  const feats = Float64Array.from({ length: 2 * p }, () => rng.normal());
  const f = (c: Float64Array) => { const re = new Float64Array(2 * p), we = new Float64Array(p); ba(n, m, p, c, X, w, obs, feats, re, we); return re; };
  const seed = Float64Array.from({ length: 2 * p }, () => rng.normal());
  const cb = new Float64Array(11 * n);
  const adjoint = loaded.variants.adjoint!.objective_adjoint as (...a: unknown[]) => void;
  adjoint(n, m, p, cams, X, w, obs, feats, new Float64Array(2 * p), new Float64Array(p), cb, new Float64Array(3 * m), new Float64Array(p), Float64Array.from(seed), new Float64Array(p));
  // seedᵀ · ∂reproj/∂cams[i] against central differences of the source
  for (let i = 0; i < cams.length; i++) {
    const h = 1e-6, up = Float64Array.from(cams), down = Float64Array.from(cams);
    up[i]! += h; down[i]! -= h;
    const [a, b] = [f(up), f(down)];
    let fd = 0;
    for (let j = 0; j < 2 * p; j++) fd += seed[j]! * (a[j]! - b[j]!) / (2 * h);
    expect(Math.abs(cb[i]! - fd), `cams[${i}]`).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
  }
}, 120_000);
