/**
 * Every construct outside the subset is a located error naming the construct — never silently
 * wrong code. The MARK comment in each source marks where the error must point (the column just after it).
 */
import { describe, expect, test } from "vitest";
import { compile } from "../compiler/compile.js";

const MARK = "/*@*/";

function expectError(body: string, message: RegExp, construct?: string, extraTop = "") {
  const src = `${extraTop}\n/** @differentiable */\nexport function f(x: number, a: Float64Array, n: number): number {\n${body}\n}\n`;
  const at = src.indexOf(MARK);
  if (at < 0) throw new Error("test source needs a marker");
  const before = src.slice(0, at);
  const line = before.split("\n").length;
  const col = at - before.lastIndexOf("\n") - 1 + MARK.length + 1;
  const r = compile(src, { fileName: "bad.ts", cwd: "/nonexistent" });
  expect(r.files).toEqual([]);
  expect(r.diagnostics).toHaveLength(1);
  const d = r.diagnostics[0]!;
  expect(d.message).toMatch(message);
  expect(d.loc).toEqual({ file: expect.stringMatching(/bad\.ts$/), line, col });
  if (construct) expect(d.construct).toBe(construct);
}

describe("unsupported statements", () => {
  test("try", () => expectError(`${MARK}try { x = 1; } catch { x = 2; }\nreturn x;`, /'try' is not supported/, "try"));
  test("for-in", () => expectError(`let s = 0;\n${MARK}for (const k in a) { s += 1; }\nreturn s;`, /'for-in' is not supported/, "for-in"));
  test("nested function", () => expectError(`${MARK}function g() {}\nreturn x;`, /'nested function' is not supported/, "nested function"));
  test("class", () => expectError(`${MARK}class C {}\nreturn x;`, /'class' is not supported/, "class"));
  test("label", () => expectError(`${MARK}outer: for (let i = 0; i < n; i++) { for (let j = 0; j < n; j++) { break outer; } }\nreturn x;`, /'label' is not supported/, "label"));
  test("break outside a loop", () => expectError(`if (x > 0) { ${MARK}break; }\nreturn x;`, /'break' outside a loop or switch/, "break"));
});

describe("unsupported expressions", () => {
  test("a function as a value", () => expectError(`const g = (y: number) => y;\nconst ${MARK}h = g;\nreturn h(x);`, /local 'h' has type '\(y: number\) => number'/, "type"));
  test("a local array allocated in a loop", () => expectError(`let s = 0;\nfor (let i = 0; i < n; i++) { const ${MARK}b = new Float64Array(3); s += b[0]; }\nreturn s;`, /local array 'b' inside a loop/, "local array"));
  test("an array method outside the subset", () => expectError(`return a.${MARK}filter((v) => v > 0).reduce((s, v) => s + v, 0);`, /array method 'filter' is not supported/, "array method"));
  test("writing a module constant array", () => expectError(`${MARK}K[0] = x;\nreturn x * K[1]!;`, /'K' is a module constant array: writing it would change it for every later call/, "module array store", "const K = [1, 2];"));
  test("reduce without an initial value", () => expectError(`return ${MARK}a.reduce((s, v) => s + v);`, /reduce needs its initial value/, "reduce"));
  test("Math function the compiler does not know", () => expectError(`return ${MARK}Math.clz32(x);`, /Math\.clz32 is not supported/, "Math.clz32"));
  test("call of a function without a body", () => expectError(`return ${MARK}g(x);`, /call of 'g': the compiler cannot find its definition/, "call", "declare function g(y: number): number;"));
  test("free variable", () => expectError(`return x * ${MARK}k;`, /'k' is not a parameter or local of the function/, "free variable", "declare const k: number;"));
  test("comparison of a number with a string", () => expectError(`if (${MARK}x === "1") { x = 2; }\nreturn x;`, /comparison of a real with a str/, "comparison"));
  test("real value used as an index", () => expectError(`const k = ${MARK}Math.exp(x);\nreturn a[k];`, /'k' is used as an index or loop bound, so it must be an integer/, "real in integer context"));
  // (an integer quotient, a[n / 2], is an integer checked exact at run time: test/defects.test.ts)
  test("a real function's value in an index", () => expectError(`return a[${MARK}Math.sqrt(n)];`, /must be an integer/, "real in integer context"));
  test("property access", () => expectError(`return ${MARK}a.byteLength;`, /property access 'a.byteLength' is not supported/, "property access"));
  // (bitwise operators are supported: test/defects.test.ts)
  test("a logical assignment operator", () => expectError(`return (x ${MARK}??= 1);`, /operator '\?\?=' is not supported/, "??="));
});

describe("unsupported loops", () => {
  test("bound assigned in the body", () => expectError(`let m = n;\nlet s = 0;\nfor (let i = 0; i < ${MARK}m; i++) { m = m - 1; s += a[i]; }\nreturn s;`, /the loop bound uses 'm', which the loop body assigns/, "for"));
  test("counter assigned in the body", () => expectError(`let s = 0;\n${MARK}for (let i = 0; i < n; i++) { i = i + 1; s += a[i]; }\nreturn s;`, /the loop body assigns the counter 'i'/, "for"));
});

test("unreachable code is legal JavaScript and never runs: left out, not an error", () => {
  const src = `/** @differentiable */\nexport function f(x: number, k: string): number {\n  switch (k) {\n    case "a":\n      return x * x;\n      break;\n    default:\n      return x;\n  }\n  x = 2;\n}\n`;
  const r = compile(src, { fileName: "dead.ts", cwd: "/nonexistent" });
  expect(r.diagnostics).toEqual([]);
  expect(r.files.find((f) => f.variant === "tangent")!.code).not.toMatch(/= 2;/);
});

describe("declarations and annotations", () => {
  const top = (sig: string, body: string, doc = "/** @differentiable */") => `${doc}\nexport function f(${sig}): number {\n${body}\n}\n`;
  const one = (src: string) => compile(src, { fileName: "bad.ts", cwd: "/nonexistent" }).diagnostics;
  test("a parameter of a type the compiler does not take", () => {
    const d = one(top("x: Map<string, number>", "return 1;"));
    expect(d[0]?.message).toMatch(/parameter 'x' has type 'Map<string, number>'/);
    expect(d[0]?.loc.line).toBe(2);
  });
  // (recursion is unrolled, a call deeper than that throws at run time: test/defects.test.ts)
  test("@wrt names a missing parameter", () => {
    const d = one(top("x: number", "return x;", "/**\n * @differentiable\n * @wrt y\n */"));
    expect(d[0]?.message).toMatch(/@wrt names 'y', which is not a parameter of f/);
    expect(d[0]?.loc.line).toBe(3);
  });
  test("@wrt names an integer", () => {
    const d = one(`/**\n * @differentiable\n * @wrt n\n */\nexport function f(a: Float64Array, n: number): number {\n  return a[n];\n}\n`);
    expect(d[0]?.message).toMatch(/'n' is an integer/);
  });
  test("@domain malformed", () => {
    const d = one(top("x: number", "return x;", "/**\n * @differentiable\n * @domain x 2 1\n */"));
    expect(d[0]?.message).toMatch(/@domain expects 'param lo hi'/);
  });
  test("@variant with an unknown mode", () => {
    const d = one(top("x: number", "return x;", "/**\n * @differentiable\n * @variant tangent hessian\n */"));
    expect(d[0]?.message).toMatch(/unknown mode 'hessian'/);
  });
  test("two @variant lines with the same modes (their functions would share a name)", () => {
    const d = one(top("x: number, y: number", "return x * y;", "/**\n * @differentiable\n * @variant adjoint(x, y)\n * @variant adjoint(x)\n */"));
    expect(d[0]?.message).toMatch(/@variant adjoint\(x\): same modes as @variant adjoint\(x, y\)/);
    expect(d[0]?.loc.line).toBe(4);
  });
  test("missing return on some path", () => {
    const d = one(top("x: number", "if (x > 0) {\n  return x;\n}"));
    expect(d[0]?.message).toMatch(/does not return a value on every path/);
  });
  test("unsupported return type", () => {
    const d = one("/** @differentiable */\nexport function f(x: number): boolean {\n  return x > 0;\n}\n");
    expect(d[0]?.message).toMatch(/f returns a boolean; a differentiated function returns a number/);
  });
});

test("an error in a helper names the chain of calls from the entry to it, at the construct's own line and column", () => {
  const src = `function inner(x: number): number[] {\n  return [x];\n}\nfunction middle(x: number): number {\n  return inner(x).length + x;\n}\n/** @differentiable */\nexport function f(x: number): number {\n  return middle(x) * 2;\n}\n`;
  const r = compile(src, { fileName: "chain.ts", cwd: "/nonexistent" });
  expect(r.diagnostics).toHaveLength(1);
  expect(r.diagnostics[0]!.message).toMatch(/is not supported \(reached from f → middle, .*chain\.ts:8\)$/);
  expect(r.diagnostics[0]!.loc).toMatchObject({ line: 5, col: 10 });
});
