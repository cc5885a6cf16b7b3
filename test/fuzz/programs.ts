/**
 * Random programs from the supported subset, as fast-check arbitraries of TypeScript source.
 *
 * A program is a fixed skeleton whose parts are optional and whose expressions are random:
 * straight-line code, a `for` loop overwriting an accumulator and writing an array output, a
 * data-dependent `while` loop, a branch, and a call of an annotated helper. Expressions nest every
 * intrinsic through forms that stay finite on the domain (log(1 + e²), e / (2 + e²), ...). Because
 * fast-check shrinks the choices the source is built from, a failing program shrinks to a small one,
 * printed as TypeScript.
 */
import fc from "fast-check";

type Arb = fc.Arbitrary<string>;

const CONSTS = ["0.5", "1.5", "2", "0.25", "3"];

/** Unary forms: each keeps its argument's value finite and the function smooth (or kinked, for abs). */
const UNARY: Array<(e: string) => string> = [
  (e) => `Math.sin(${e})`,
  (e) => `Math.cos(${e})`,
  (e) => `Math.tanh(${e})`,
  (e) => `Math.atan(${e})`,
  (e) => `Math.exp(-(${e}) * (${e}))`,
  (e) => `Math.exp(0.3 * Math.sin(${e}))`,
  (e) => `Math.log(1 + (${e}) * (${e}))`,
  (e) => `Math.sqrt(1 + (${e}) * (${e}))`,
  (e) => `Math.pow(1.5 + Math.sin(${e}), 2.5)`,
  (e) => `Math.hypot(${e}, 0.5)`,
  (e) => `sigmoid(${e})`,
  (e) => `silu(${e})`,
  (e) => `softplus(${e})`,
  (e) => `Math.abs(${e})`,
  (e) => `-(${e})`,
  (e) => `(${e}) ** 2`,
];

const BINARY: Array<(a: string, b: string) => string> = [
  (a, b) => `${a} + ${b}`,
  (a, b) => `${a} - ${b}`,
  (a, b) => `${a} * ${b}`,
  (a, b) => `(${a}) / (2 + (${b}) * (${b}))`,
  (a, b) => `Math.max(${a}, ${b})`,
  (a, b) => `Math.min(${a}, ${b})`,
  (a, b) => `Math.hypot(${a}, ${b}, 0.1)`,
  (a, b) => `(${a} > ${b} ? ${a} * 0.5 : ${b} * 0.5)`,
];

/** Expressions over the given variables, depth at most `depth`. */
export function expr(vars: string[], depth: number): Arb {
  const leaf: Arb = fc.oneof(fc.constantFrom(...vars), fc.constantFrom(...CONSTS));
  if (depth <= 0) return leaf;
  const sub = expr(vars, depth - 1);
  return fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(fc.nat(UNARY.length - 1), sub).map(([k, e]) => UNARY[k]!(e)),
    fc.tuple(fc.nat(BINARY.length - 1), sub, sub).map(([k, a, b]) => `(${BINARY[k]!(a, b)})`),
  );
}

export interface Program {
  source: string;
}

const indent = (s: string, n = 2) => s.split("\n").map((l) => (l ? " ".repeat(n) + l : l)).join("\n");

/** One whole module: an annotated helper and the annotated `main`. */
export function program(runtimeImport: string): fc.Arbitrary<Program> {
  const d = 2;
  return fc.record({
    helper: expr(["p", "q"], d),
    init: expr(["x", "y"], d),
    loop: fc.option(fc.record({ acc: expr(["v", "a[i]", "x", "u"], d), out: expr(["v", "a[i]", "y"], 1), overwrite: fc.boolean() }), { nil: undefined }),
    whileLoop: fc.option(fc.record({ start: expr(["x", "u"], 1), rate: expr(["y", "z"], 1) }), { nil: undefined }),
    branch: fc.option(fc.record({ test: expr(["x", "y"], 1), then: expr(["u", "v"], d), else: expr(["u", "x"], d) }), { nil: undefined }),
    call: fc.option(fc.tuple(expr(["u", "y"], 1), expr(["v", "x"], 1)), { nil: undefined }),
    ret: expr(["u", "v", "z"], d),
  }).map((p) => {
    const body: string[] = [];
    body.push(`let u = ${p.init};`);
    body.push(`let v = 0.5 * x;`);
    body.push(`let z = y;`);
    if (p.loop) {
      const update = p.loop.overwrite ? `v = ${p.loop.acc};` : `v += ${p.loop.acc};`;
      body.push(`for (let i = 0; i < n; i++) {\n${indent(`${update}\nv = Math.tanh(v);\nout[i] = ${p.loop.out};`)}\n}`);
    }
    if (p.whileLoop) {
      body.push(`let w = 1 + Math.abs(${p.whileLoop.start});\nlet k = 0;\nwhile (w > 0.05 && k < 40) {\n${indent(`w = w * (0.3 + 0.4 * sigmoid(${p.whileLoop.rate}));\nk++;`)}\n}\nz = z + w;`);
    }
    if (p.branch) {
      body.push(`if (${p.branch.test} > 0.2) {\n${indent(`u = ${p.branch.then};`)}\n} else {\n${indent(`u = ${p.branch.else};`)}\n}`);
    }
    if (p.call) body.push(`u = u + helper(${p.call[0]}, ${p.call[1]});`);
    body.push(`return ${p.ret};`);
    const source = [
      `import { sigmoid, silu, softplus } from "${runtimeImport}";`,
      ``,
      `/** @differentiable */`,
      `function helper(p: number, q: number): number {`,
      `  return ${p.helper};`,
      `}`,
      ``,
      `/**`,
      ` * @differentiable`,
      ` * @wrt x y a`,
      ` * @domain n 3 3`,
      ` * @length a n`,
      ` * @length out n`,
      ` */`,
      `export function main(x: number, y: number, a: Float64Array, out: Float64Array, n: number): number {`,
      indent(body.join("\n")),
      `}`,
      ``,
    ].join("\n");
    return { source };
  });
}
