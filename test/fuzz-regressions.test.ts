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
