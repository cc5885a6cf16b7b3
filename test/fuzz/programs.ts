/**
 * Random programs from the supported subset, as fast-check arbitraries of TypeScript source.
 *
 * A program is a fixed skeleton whose parts are optional and whose expressions are random:
 * straight-line code, a `for` loop (to `n` or to `a.length`) overwriting an accumulator and writing
 * an array output, a data-dependent `while` loop, a branch, a call of an annotated helper, an early
 * `return`, and a helper whose integer parameter is a loop bound, inlined inside the branch or after
 * the early return, a `switch` inside a loop (on the counter or an integer parameter; cases falling
 * through, an empty default), a `while` loop that squares an active value until it passes a bound,
 * and a normalisation by a computed norm; the counted loops optionally `@checkpoint`ed (every 1, 2
 * or 5 iterations, or the default ⌈√trips⌉). Expressions nest every intrinsic through forms that stay finite on the domain
 * (log(1 + e²), e / (2 + e²), ...), integer powers (also of a base that is exactly 0, and with the
 * loop counter as exponent), real powers of computed bases, `max`/`min` of equal-valued expressions (a
 * tie at every point), `Int32Array` elements used as numbers, and scalings by 1e±300 (the
 * ends of the range, for the interval rules). Because fast-check shrinks the choices the source is
 * built from, a failing program shrinks to a small one, printed as TypeScript.
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
  // integer powers, also of a base that is exactly 0 (the partial k·b^(k−1) is 0·∞ there for k = 0)
  (e) => `Math.pow(${e}, 3)`,
  (e) => `(${e}) * ((${e}) - (${e})) ** 0`,
  (e) => `(${e}) + ((${e}) - (${e})) ** 1`,
  (e) => `(${e}) + Math.pow((${e}) - (${e}), 2)`,
  // real exponents of computed bases (positive, away from 0)
  (e) => `Math.pow(0.5 + (${e}) * (${e}), 1.01)`,
  (e) => `Math.pow(1 + Math.abs(${e}), 0.7)`,
  // the ends of the range: products near the largest and smallest normal doubles
  (e) => `((${e}) * 1e300) * 1e-300`,
  (e) => `((${e}) * 1e-300) * 1e300`,
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
  // max/min of equal-valued expressions (a tie at every point: both orders must take one side)
  (a, b) => `Math.max(${a}, (${a}) * ((2 + (${b}) * (${b})) / (2 + (${b}) * (${b}))))`,
  (a, b) => `Math.min((${a}) + ((${b}) - (${b})), ${a})`,
];

/** Forms that only `main` can use: an integer element (of its `sizes: Int32Array`) used as a number. */
const MAIN_UNARY: Array<(e: string) => string> = [(e) => `(${e}) * sizes[1]`];

/** Expressions over the given variables, depth at most `depth` (`inMain`: main's own forms too). */
export function expr(vars: string[], depth: number, inMain = vars.some((v) => ["x", "y", "u", "v"].includes(v))): Arb {
  const leaf: Arb = fc.oneof(fc.constantFrom(...vars), fc.constantFrom(...CONSTS));
  if (depth <= 0) return leaf;
  const sub = expr(vars, depth - 1, inMain);
  const unary = inMain ? [...UNARY, ...MAIN_UNARY] : UNARY;
  return fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(fc.nat(unary.length - 1), sub).map(([k, e]) => unary[k]!(e)),
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
    loop: fc.option(fc.record({
      acc: expr(["v", "a[i]", "x", "u"], d), out: expr(["v", "a[i]", "y"], 1), overwrite: fc.boolean(),
      overLength: fc.boolean(), power: fc.boolean(),
    }), { nil: undefined }),
    early: fc.option(fc.record({ test: expr(["x", "y"], 1), value: expr(["u", "x"], 1) }), { nil: undefined }),
    sumTo: fc.option(fc.record({ term: expr(["p", "q"], 1), inBranch: fc.boolean() }), { nil: undefined }),
    whileLoop: fc.option(fc.record({ start: expr(["x", "u"], 1), rate: expr(["y", "z"], 1) }), { nil: undefined }),
    branch: fc.option(fc.record({ test: expr(["x", "y"], 1), then: expr(["u", "v"], d), else: expr(["u", "x"], d) }), { nil: undefined }),
    call: fc.option(fc.tuple(expr(["u", "y"], 1), expr(["v", "x"], 1)), { nil: undefined }),
    // a switch inside a loop: on the counter or on an integer parameter, cases falling through, an empty default
    switchLoop: fc.option(fc.record({
      onParam: fc.boolean(), first: expr(["v", "a[i]", "x"], 1), fallThrough: fc.boolean(), second: expr(["u", "y"], 1),
      emptyDefault: fc.boolean(), last: expr(["z", "x"], 1),
    }), { nil: undefined }),
    // a while loop whose test reads an active value it changes each trip (the trip count depends on x)
    squaring: fc.option(expr(["x", "y"], 1), { nil: undefined }),
    // a normalisation by a computed norm
    normalise: fc.option(fc.boolean(), { nil: undefined }),
    // the counted loops' adjoints checkpointed: every k iterations ("" for the default)
    checkpoint: fc.option(fc.constantFrom("", " 1", " 2", " 5"), { nil: undefined }),
    ret: expr(["u", "v", "z"], d),
  }).map((p) => {
    const body: string[] = [];
    const cp = p.checkpoint === undefined ? "" : `/** @checkpoint${p.checkpoint} */\n`;
    body.push(`let u = ${p.init};`);
    body.push(`let v = 0.5 * x;`);
    body.push(`let z = y;`);
    if (p.loop) {
      const update = p.loop.overwrite ? `v = ${p.loop.acc};` : `v += ${p.loop.acc};`;
      const power = p.loop.power ? `\nv = v + 0.1 * Math.pow(a[i], i);` : "";
      body.push(`${cp}for (let i = 0; i < ${p.loop.overLength ? "a.length" : "n"}; i++) {\n${indent(`${update}\nv = Math.tanh(v);${power}\nout[i] = ${p.loop.out};`)}\n}`);
    }
    // a helper whose integer parameter is a loop bound, inlined inside a branch or after an early return
    const sumTo = p.sumTo ? `u = u + sumTo(0.5 * u + 0.1, x, sizes[0]);` : "";
    if (p.early) body.push(`if (${p.early.test} > 0.6) {\n${indent(`${p.sumTo && !p.sumTo.inBranch ? `${sumTo}\n` : ""}return ${p.early.value};`)}\n}`);
    if (p.whileLoop) {
      body.push(`let w = 1 + Math.abs(${p.whileLoop.start});\nlet k = 0;\nwhile (w > 0.05 && k < 40) {\n${indent(`w = w * (0.3 + 0.4 * sigmoid(${p.whileLoop.rate}));\nk++;`)}\n}\nz = z + w;`);
    }
    if (p.branch) {
      const inBranch = p.sumTo?.inBranch ? `\n${sumTo}` : "";
      body.push(`if (${p.branch.test} > 0.2) {\n${indent(`u = ${p.branch.then};${inBranch}`)}\n} else {\n${indent(`u = ${p.branch.else};`)}\n}`);
    } else if (p.sumTo?.inBranch) {
      body.push(`if (x > 0) {\n${indent(sumTo)}\n}`);
    }
    if (p.sumTo && !p.sumTo.inBranch) body.push(sumTo);
    if (p.call) body.push(`u = u + helper(${p.call[0]}, ${p.call[1]});`);
    if (p.switchLoop) {
      const q = p.switchLoop;
      const dflt = q.emptyDefault ? `default:` : `default:\n  z = Math.min(z, ${q.last});`;
      body.push(`${cp}for (let i = 0; i < n; i++) {\n${indent(`switch (${q.onParam ? "sizes[0]" : "i % 3"}) {\n${indent(
        `case 1:\n  v = ${q.first};${q.fallThrough ? "" : "\n  break;"}\ncase 2:\n  u = u + 0.25 * ${q.second};\n  break;\n${dflt}`)}\n}`)}\n}`);
    }
    if (p.squaring !== undefined) {
      body.push(`let q = 1.2 + 0.3 * sigmoid(${p.squaring});\nlet t = 0;\nwhile (q < 3 && t < 8) {\n${indent(`q = q * q;\nu = u + 0.1 * Math.sin(q);\nt++;`)}\n}`);
    }
    if (p.normalise !== undefined) {
      body.push(`let norm = 1e-3;\n${cp}for (let i = 0; i < n; i++) norm += a[i] * a[i];\n${cp}for (let i = 0; i < n; i++) out[i] = a[i] / Math.sqrt(norm);`);
      body.push(p.normalise ? `u = u + out[0] * out[1];` : `v = v + Math.sin(out[2]);`);
    }
    body.push(`return ${p.ret};`);
    const source = [
      `import { sigmoid, silu, softplus } from "${runtimeImport}";`,
      ``,
      `/** @differentiable */`,
      `function helper(p: number, q: number): number {`,
      `  return ${p.helper};`,
      `}`,
      ``,
      `/** @differentiable */`,
      `function sumTo(p: number, q: number, m: number): number {`,
      `  let s = 0;`,
      `  ${cp.trim()}`,
      `  for (let j = 0; j < m; j++) {`,
      `    s = s + ${p.sumTo?.term ?? "p"} * 0.5;`,
      `  }`,
      `  return s;`,
      `}`,
      ``,
      `/**`,
      ` * @differentiable`,
      ` * @wrt x y a`,
      ` * @domain n 3 3`,
      ` * @domain sizes 1 3`,
      ` * @length a n`,
      ` * @length out n`,
      ` * @length sizes 2`,
      ` */`,
      `export function main(x: number, y: number, a: Float64Array, out: Float64Array, n: number, sizes: Int32Array): number {`,
      indent(body.join("\n")),
      `}`,
      ``,
    ].join("\n");
    return { source };
  });
}
