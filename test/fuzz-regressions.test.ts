/**
 * Programs the fuzzer shrank to, kept as named regression tests (each once failed).
 */
import { expect, test } from "vitest";
import { RUNTIME_ENTRY } from "../compiler/integration/load.js";
import { checkProgram } from "./fuzz/check.js";

const header = (body: string) => `import { sigmoid, silu, softplus } from "${RUNTIME_ENTRY}";

/**
 * @differentiable
 * @wrt x y a
 * @domain n 3 3
 * @length a n
 * @length out n
 */
export function main(x: number, y: number, a: Float64Array, out: Float64Array, n: number): number {
${body}
}
`;

test("kink near the sample point (fuzz seed 1): finite differences must not straddle it unnoticed", async () => {
  // An abs() kink 0.003 from a sample point; the old difference step was scaled by the integer n = 3
  // and its smoothness test was looser than the tolerance, so the check blamed a correct tangent.
  const src = header(`  let u = y;
  let z = y;
  let w = 1 + Math.abs(((u > x ? u * 0.5 : x * 0.5)));
  let k = 0;
  while (w > 0.05 && k < 40) {
    w = w * (0.3 + 0.4 * sigmoid(2));
    k++;
  }
  z = z + w;
  return z;`);
  expect(await checkProgram(src)).toBeUndefined();
});

test("self-referencing update in a loop (v += v; v = tanh(v)) records v for the reverse sweep", async () => {
  // The shrunk program the fuzzer printed when the to-be-recorded analysis was broken on purpose.
  const src = header(`  let v = 0.5 * x;
  for (let i = 0; i < n; i++) {
    v += v;
    v = Math.tanh(v);
    out[i] = (0.5 + v);
  }
  return 0.5;`);
  expect(await checkProgram(src)).toBeUndefined();
});

test("interval enclosure vs a point value with its own rounding (fuzz seed 777): Math.hypot is not correctly rounded", async () => {
  // The enclosure of hypot(3, 0.5) - 3 is one ulp wide around the exact value; Math.hypot(3, 0.5) is
  // one ulp off it. The check must not blame the (correct) interval code for the point's rounding.
  const src = header(`  let v = 0.5 * x;
  for (let i = 0; i < n; i++) {
    v = (Math.hypot(3, 0.5) - 3);
    v = Math.tanh(v);
    out[i] = 0.5;
  }
  return ((0.5 + v) + Math.sin(0.5));`);
  expect(await checkProgram(src)).toBeUndefined();
});

test("a derivative that is exactly 0 (u + (0.5 − u) through a 1e300·1e-300 helper, fuzz seed 2026): the sides differ only by their rounding", async () => {
  // The tangent rounds (−1·1e300)·1e-300, the adjoint (1·1e-300)·1e300: −2.2e-16 against 0, where the
  // checks divided by the derivative's own size (0) and reported an error of 1.
  const src = `import { sigmoid, silu, softplus } from "${RUNTIME_ENTRY}";

/** @differentiable */
function helper(p: number, q: number): number {
  return ((p) * 1e300) * 1e-300;
}

/**
 * @differentiable
 * @wrt x y a
 * @domain n 3 3
 * @length a n
 * @length out n
 */
export function main(x: number, y: number, a: Float64Array, out: Float64Array, n: number): number {
  let u = (x + 0.5);
  let v = 0.5 * x;
  u = u + helper((0.5 - u), v);
  return Math.sin((u + u)) + sigmoid(0) * silu(0) * softplus(0);
}
`;
  expect(await checkProgram(src)).toBeUndefined();
});
