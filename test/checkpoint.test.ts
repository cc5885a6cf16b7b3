/**
 * `@checkpoint [k]` before a counted loop (issue #31): the adjoint tapes the loop's state every k
 * iterations and re-runs segments in its reverse sweep. Each program below passes every check of
 * `sobolev verify` (derivatives against differences, both Hessian compositions, interval adjoints);
 * its gradient equals that of the same program without the tags, bit for bit (the same operations
 * in the same order); and its tape's high-water mark is smaller.
 */
import { describe, expect, test } from "vitest";
import { tempProject } from "./helpers/project.js";
import { verifyLoaded } from "../cli/verify-command.js";
import { loadCompiled } from "../compiler/integration/load.js";
import { VERIFY_VARIANTS } from "../compiler/modes.js";
import { tape } from "../runtime/index.js";
import { Rng } from "../runtime/random.js";

const project = tempProject("checkpoint", { module: true });

const header = (n: number) => `/**
 * @differentiable
 * @wrt x w
 * @length x ${n}
 * @length w 3
 * @domain n ${n} ${n}
 */`;

/** Programs over x (length n) and w (3): each has tagged loops of a different shape. */
const programs: Record<string, { n: number; body: string }> = {
  "a recurrence with branches, a nested loop and a local array, every 3": { n: 7, body: `
  const acc = new Float64Array(3);
  let s = 0.5, c = 0;
  /** @checkpoint 3 */
  for (let i = 0; i < n; i++) {
    const t = Math.sin(x[i]! * s);
    s = s * Math.cos(t) + w[i % 3]!;
    acc[i % 3] = acc[i % 3]! * t + s;
    let q = 1;
    for (let j = 0; j < 3; j++) q = q * (1 + 0.1 * w[j]! * s);
    if (q > 1) c = c + q * t; else c = c - t;
  }
  return s + c + acc[0]! * acc[1]! - acc[2]!;` },
  "counting down, inclusive bounds, the default ⌈√trips⌉": { n: 10, body: `
  let s = 1;
  // @checkpoint
  for (let i = n - 1; i >= 0; i--) s = s * Math.exp(-0.1 * x[i]!) + w[i % 3]! * s * s * 0.01;
  let r = 0;
  /* @checkpoint 4 */
  for (let i = 1; i <= n - 1; i++) r = Math.tanh(r + x[i]! * x[i - 1]! * s);
  return s + r;` },
  "k = 1, k beyond the trip count, and no trips at all": { n: 5, body: `
  let s = 0.3, u = 0.1;
  /** @checkpoint 1 */
  for (let i = 0; i < n; i++) s = Math.sin(s + x[i]!) * w[0]!;
  /** @checkpoint 50 */
  for (let i = 0; i < n; i++) u = u * u + Math.cos(s * x[i]!);
  /** @checkpoint 2 */
  for (let i = n; i < 2; i++) s = s * s;
  return s * u;` },
  "a checkpointed loop inside another, and one inside a checkpointed loop": { n: 6, body: `
  let s = 0.2;
  for (let r = 0; r < 3; r++) {
    const a = w[r]!;
    /** @checkpoint 2 */
    for (let i = 0; i < n; i++) s = Math.sin(s * a + x[i]!);
  }
  /** @checkpoint 2 */
  for (let r = 0; r < 3; r++) {
    /** @checkpoint 4 */
    for (let i = 0; i < n; i++) s = s + Math.atan(s * x[i]! * w[r]!);
  }
  return s;` },
  "a value the loop reads (not in any partial), overwritten after it": { n: 6, body: `
  let c = 0.25, s = 0, r = 1;
  /** @checkpoint 2 */
  for (let i = 0; i < n; i++) {
    s = s + c;
    r = r * Math.sin(s + x[i]! * w[1]!);
  }
  c = 7;
  return r + c;` },
  "a while loop and an overwritten array inside": { n: 6, body: `
  const v = new Float64Array(3);
  let s = 0;
  /** @checkpoint 2 */
  for (let i = 0; i < n; i++) {
    let q = 1.1 + 0.1 * Math.sin(x[i]!);
    let k = 0;
    while (k < i % 3 + 1) { q = q * q * 0.9; k++; }
    v[i % 3] = v[(i + 1) % 3]! * 0.5 + q * w[i % 3]!;
    s = s + v[i % 3]! * x[i]!;
  }
  return s + v[0]! * v[2]!;` },
};

const source = (name: string) => `${header(programs[name]!.n)}\nexport function f(x: Float64Array, w: Float64Array, n: number): number {${programs[name]!.body}\n}\n`;
const untagged = (src: string) => src.replace(/\/\*\*? @checkpoint[^*]*\*\/|\/\/ @checkpoint.*/g, "");

/** The gradient of the program's adjoint at a random point, and the tape's high-water mark (entries). */
async function gradient(src: string, n: number): Promise<{ value: number; grad: number[]; peak: number }> {
  const loaded = await loadCompiled(project.next(src), undefined, [{ steps: [{ mode: "adjoint" }] }]);
  const adjoint = loaded.variants.adjoint!.f_adjoint as (...a: unknown[]) => number;
  const rng = new Rng(11);
  const x = Float64Array.from({ length: n }, () => 2 * rng.uniform() - 1), w = Float64Array.from({ length: 3 }, () => 0.5 + rng.uniform());
  const xb = new Float64Array(n), wb = new Float64Array(3);
  // the high-water mark: the tape's size after every push
  let peak = 0;
  const t = tape as unknown as Record<string, (...a: unknown[]) => void>;
  const spy = (m: string) => {
    const orig = t[m]!;
    t[m] = function (this: unknown, ...a: unknown[]) { orig.apply(this, a); peak = Math.max(peak, tape.size); };
    return () => { t[m] = orig; };
  };
  const undo = ["push", "pushInt"].map(spy);
  try {
    const before = tape.size;
    const value = adjoint(x, w, n, xb, wb, 1);
    expect(tape.size, "what the call leaves on the tape").toBe(before);
    return { value, grad: [...xb, ...wb], peak };
  } finally {
    for (const u of undo) u();
  }
}

describe("@checkpoint: checkpointed loops in the adjoint", () => {
  for (const name of Object.keys(programs)) {
    test(`${name}: every verify check passes`, async () => {
      const f = project.next(source(name));
      const loaded = await loadCompiled(f, undefined, VERIFY_VARIANTS.derivatives);
      const intervals = await loadCompiled(f, undefined, VERIFY_VARIANTS.intervals);
      const rows = verifyLoaded(loaded, { samples: 10, seed: 4 }, intervals);
      expect(rows.length).toBe(7);
      for (const r of rows) {
        expect(r, `${r.check}: ${r.note ?? r.skipped ?? ""} worst ${r.worstError}`).toMatchObject({ pass: true });
        expect(r.skipped).toBeUndefined();
      }
    });
  }

  test("the gradient is the untagged program's, bit for bit, with a smaller tape", async () => {
    for (const name of Object.keys(programs)) {
      const src = source(name), n = programs[name]!.n;
      expect(untagged(src)).not.toContain("@checkpoint");
      const plain = await gradient(untagged(src), n), cp = await gradient(src, n);
      expect(cp.value, name).toBe(plain.value);
      expect(cp.grad, name).toEqual(plain.grad);
      expect(cp.peak, name).toBeLessThan(plain.peak);
    }
  });

  test("a tag on a loop that is not counted, or with a bad count, is an error at the loop", async () => {
    const cases: Array<[string, RegExp]> = [
      [`  let s = 0, i = 0;\n  /** @checkpoint */\n  while (i < n) { s += x[i]!; i++; }\n  return s;`, /:11:3: error: @checkpoint needs a counted loop/],
      [`  let s = 0;\n  /** @checkpoint 0 */\n  for (let i = 0; i < n; i++) s += x[i]!;\n  return s;`, /:11:3: error: @checkpoint takes a whole number of iterations ≥ 1 .* not '0'/],
      [`  let s = 0;\n  // @checkpoint many\n  for (let i = 0; i < n; i++) s += x[i]!;\n  return s;`, /:11:3: error: @checkpoint takes .* not 'many'/],
    ];
    for (const [body, message] of cases) {
      const f = project.next(`${header(4)}\nexport function f(x: Float64Array, w: Float64Array, n: number): number {\n${body}\n}\n`);
      await expect(loadCompiled(f, undefined, [{ steps: [{ mode: "adjoint" }] }])).rejects.toThrow(message);
    }
  });
});
