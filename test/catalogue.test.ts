/**
 * The catalogue: named functions with closed-form derivatives. Tangent and adjoint are each
 * compared with the closed form (an independent reference), and every function also passes the
 * generic checks (tangent vs finite differences, adjoint vs tangent dot product).
 */
import { beforeAll, describe, expect, test } from "vitest";
import { checkFirstOrder } from "../runtime/checks/index.js";
import { Rng } from "../runtime/random.js";
import { sigmoid } from "../runtime/intrinsics.js";
import { loadFixture, type Fixture } from "./helpers/load.js";

let cat: Fixture;
beforeAll(async () => {
  cat = await loadFixture("test/fixtures/catalogue.ts");
}, 60_000);

/** Gradient of a function of scalars, by adjoint (grad) and by tangent (unit directions). */
function bothGradients(name: string, args: number[]): { adjoint: number[]; tangent: number[]; value: number } {
  const v = cat.variants(name);
  const grad = new Float64Array(args.length);
  const value = v.adjoint.fn(...args, 1, grad) as number;
  const tangent = args.map((_, i) => {
    const out = new Float64Array(2);
    v.tangent.fn(...args, ...args.map((_, j) => (i === j ? 1 : 0)), out);
    return out[1]!;
  });
  return { adjoint: [...grad], tangent, value };
}

const scalarCases: Array<{ name: string; dom: Array<[number, number]>; f: (...x: number[]) => number; df: (...x: number[]) => number[] }> = [
  { name: "poly", dom: [[-1, 1], [-1, 1]], f: (x, y) => x * x * y + 3 * x - y / 2, df: (x, y) => [2 * x * y + 3, x * x - 0.5] },
  {
    name: "trig", dom: [[-1, 1], [-1, 1]], f: (x, y) => Math.sin(x) * Math.cos(y) + Math.atan(x * y),
    df: (x, y) => [Math.cos(x) * Math.cos(y) + y / (1 + x * x * y * y), -Math.sin(x) * Math.sin(y) + x / (1 + x * x * y * y)],
  },
  {
    name: "explog", dom: [[-1, 1]], f: (x) => Math.exp(x) * Math.log(1 + x * x),
    df: (x) => [Math.exp(x) * Math.log(1 + x * x) + Math.exp(x) * (2 * x) / (1 + x * x)],
  },
  {
    name: "roots", dom: [[0.5, 2], [0.5, 2]],
    f: (x, y) => Math.sqrt(1 + x * x) + Math.hypot(x, y) + x ** 3 + x ** y + x ** 2,
    df: (x, y) => [x / Math.sqrt(1 + x * x) + x / Math.hypot(x, y) + 3 * x * x + y * x ** (y - 1) + 2 * x, y / Math.hypot(x, y) + x ** y * Math.log(x)],
  },
  {
    name: "activations", dom: [[-3, 3]], f: (x) => 0,
    df: (x) => {
      const s = sigmoid(x);
      return [1 - Math.tanh(x) ** 2 + s * (1 - s) + s * (1 + x * (1 - s)) + s];
    },
  },
  { name: "kinks", dom: [[0.1, 1], [-1, -0.1]], f: () => 0, df: (x, y) => [1 - 0.5, -1 + 2 + 0.5] },
  { name: "piecewise", dom: [[-1, 1]], f: () => 0, df: (x) => [x > 0 ? 2 * x : -3 * x * x] },
  {
    name: "overwrite", dom: [[-1, 1], [-1, 1]], f: () => 0,
    df: (x, y) => [4 * x * y * y * Math.sin(x * x) * Math.cos(x * x) + 2 * x, 2 * y * Math.sin(x * x) ** 2],
  },
];

describe("closed forms, scalar functions", () => {
  for (const c of scalarCases) {
    test(c.name, () => {
      const rng = new Rng(7);
      for (let s = 0; s < 25; s++) {
        const x = c.dom.map(([lo, hi]) => rng.range(lo, hi));
        const g = bothGradients(c.name, x);
        const want = c.df(...x);
        for (let i = 0; i < want.length; i++) {
          expect(g.adjoint[i]).toBeCloseTo(want[i]!, 12);
          expect(g.tangent[i]).toBeCloseTo(want[i]!, 12);
        }
      }
    });
  }
});

test("horner: d/dc_i = x^i, d/dx = Σ i c_i x^(i-1)", () => {
  const v = cat.variants("horner");
  const c = Float64Array.from([0.3, -1.2, 0.7, 2.0]);
  const x = 0.8;
  const cb = new Float64Array(4), grad = new Float64Array(1);
  const y = v.adjoint.fn(c, x, 4, cb, 1, grad);
  expect(y).toBeCloseTo(0.3 - 1.2 * x + 0.7 * x * x + 2 * x ** 3, 14);
  [1, x, x * x, x ** 3].forEach((w, i) => expect(cb[i]).toBeCloseTo(w, 14));
  expect(grad[0]).toBeCloseTo(-1.2 + 2 * 0.7 * x + 3 * 2 * x * x, 14);
  const out = new Float64Array(2);
  v.tangent.fn(c, x, 4, new Float64Array(4), 1, out);
  expect(out[1]).toBeCloseTo(grad[0]!, 14);
});

test("newtonSqrt: a data-dependent while loop differentiates to 1/(2√a)", () => {
  const v = cat.variants("newtonSqrt");
  for (const a of [0.5, 1.7, 3.9]) {
    const grad = new Float64Array(1);
    expect(v.adjoint.fn(a, 1, grad)).toBeCloseTo(Math.sqrt(a), 14);
    expect(grad[0]).toBeCloseTo(0.5 / Math.sqrt(a), 12);
    const out = new Float64Array(2);
    v.tangent.fn(a, 1, out);
    expect(out[1]).toBeCloseTo(0.5 / Math.sqrt(a), 12);
  }
});

test("softmax: Jacobian y_i (δ_ij − y_j) by tangent columns and adjoint rows", () => {
  const v = cat.variants("softmax");
  const n = 5;
  const x = Float64Array.from([0.1, -0.4, 0.9, 0.3, -1]);
  const y = new Float64Array(n);
  v.primal.fn(x, y, n);
  for (let j = 0; j < n; j++) {
    const xd = new Float64Array(n);
    xd[j] = 1;
    const yt = new Float64Array(n), yd = new Float64Array(n);
    v.tangent.fn(x, yt, n, xd, yd);
    for (let i = 0; i < n; i++) expect(yd[i]).toBeCloseTo(y[i]! * ((i === j ? 1 : 0) - y[j]!), 14);
  }
  for (let i = 0; i < n; i++) {
    const xb = new Float64Array(n), yb = new Float64Array(n);
    yb[i] = 1;
    v.adjoint.fn(x, new Float64Array(n), n, xb, yb);
    for (let j = 0; j < n; j++) expect(xb[j]).toBeCloseTo(y[i]! * ((i === j ? 1 : 0) - y[j]!), 14);
  }
});

test("scaledNorm: calls of a void array-writing function and of an imported helper", () => {
  const v = cat.variants("scaledNorm");
  const a = Float64Array.from([0.5, -0.25, 0.75]);
  const c = 1.3;
  const ab = new Float64Array(3), tb = new Float64Array(3), grad = new Float64Array(1);
  const s = v.adjoint.fn(a, c, new Float64Array(3), 3, ab, tb, 1, grad);
  const ss = 0.25 + 0.0625 + 0.5625;
  expect(s).toBeCloseTo(c * c * ss, 14);
  for (let i = 0; i < 3; i++) expect(ab[i]).toBeCloseTo(2 * c * c * a[i]!, 14);
  expect(grad[0]).toBeCloseTo(2 * c * ss, 14);
});

describe("generic checks: tangent vs central differences, adjoint vs tangent", () => {
  const names = ["poly", "trig", "explog", "roots", "activations", "kinks", "piecewise", "horner", "newtonSqrt", "softmax", "overwrite", "scaledNorm"];
  for (const name of names) {
    test(name, () => {
      const results = checkFirstOrder(cat.variants(name), { samples: 20, seed: 3 });
      for (const r of results) expect(r, `${name} ${r.check}: worst ${r.worstError}`).toMatchObject({ pass: true });
    });
  }
});
