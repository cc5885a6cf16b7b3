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
  test("break", () => expectError(`for (let i = 0; i < n; i++) { ${MARK}break; }\nreturn x;`, /'break' is not supported/, "break"));
  test("continue", () => expectError(`for (let i = 0; i < n; i++) { ${MARK}continue; }\nreturn x;`, /'continue' is not supported/, "continue"));
  test("switch", () => expectError(`${MARK}switch (n) { default: }\nreturn x;`, /'switch' is not supported/, "switch"));
  test("do-while", () => expectError(`${MARK}do { x = x * 2; } while (x < 1);\nreturn x;`, /'do-while' is not supported/, "do-while"));
  test("for-of", () => expectError(`let s = 0;\n${MARK}for (const v of a) { s += v; }\nreturn s;`, /'for-of' is not supported/, "for-of"));
  test("try", () => expectError(`${MARK}try { x = 1; } catch { x = 2; }\nreturn x;`, /'try' is not supported/, "try"));
  test("throw", () => expectError(`if (x > 1) { ${MARK}throw 1; }\nreturn x;`, /'throw' is not supported/, "throw"));
  test("nested function", () => expectError(`${MARK}function g() {}\nreturn x;`, /'nested function' is not supported/, "nested function"));
  test("class", () => expectError(`${MARK}class C {}\nreturn x;`, /'class' is not supported/, "class"));
  test("var", () => expectError(`${MARK}var y = x;\nreturn y;`, /'var' is not supported/, "var"));
  test("unreachable code", () => expectError(`${MARK}return x;\nx = 2;`, /unreachable code after return/));
});

describe("syntax errors", () => {
  test("a syntax error inside the function is a located error, not a guessed program", () =>
    expectError(`const y = (x + 1${MARK};\nreturn y;`, /syntax error: '\)' expected/, "syntax error"));
  test("a syntax error elsewhere in the file does not make the annotated function disappear", () => {
    const r = compile("/** @differentiable */\nexport function f(x: number): number {\n  return x * 2;\n}\nfunction g( {\n", { fileName: "bad.ts", cwd: "/nonexistent" });
    expect(r.files).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ message: expect.stringMatching(/syntax error/), loc: { line: 6, col: 1 } });
  });
});

describe("unsupported expressions", () => {
  test("arrow function", () => expectError(`const g = ${MARK}(y: number) => y;\nreturn x;`, /'arrow function' is not supported/, "arrow function"));
  test("object literal", () => expectError(`const o = ${MARK}{ y: 1 };\nreturn x;`, /'object literal' is not supported/, "object literal"));
  test("new", () => expectError(`const b = ${MARK}new Float64Array(3);\nreturn x;`, /local arrays are not supported/, "local array"));
  test("string", () => expectError(`const s = ${MARK}"a";\nreturn x;`, /'string' is not supported/, "string"));
  test("Math.floor", () => expectError(`return ${MARK}Math.floor(x);`, /Math\.floor is not supported/, "Math.floor"));
  test("call of a plain function", () => expectError(`return ${MARK}g(x);`, /call of 'g', which is not an annotated/, "call", "function g(y: number) { return y; }"));
  test("free variable", () => expectError(`return x * ${MARK}k;`, /'k' is not a parameter or local/, "free variable", "let k = 2;"));
  test("loose equality", () => expectError(`if (x ${MARK}== 1) { x = 2; }\nreturn x;`, /'==' is not supported; use '==='/));
  test("assignment inside an expression", () => expectError(`let y = 0;\nconst z = ${MARK}(y = x);\nreturn z;`.replace(`${MARK}(y = x)`, `(${MARK}y = x)`), /assignment inside an expression/, "assignment expression"));
  test("real value used as an index", () => expectError(`const k = ${MARK}Math.exp(x);\nreturn a[k];`, /'k' is used as an index or loop bound, so it must be an integer/, "real in integer context"));
  test("division in an index", () => expectError(`return a[${MARK}n / 2];`, /must be an integer/, "real in integer context"));
  test("property access", () => expectError(`return ${MARK}Number.EPSILON;`, /property access 'Number.EPSILON' is not supported/, "property access"));
  test("bitwise operator", () => expectError(`return x ${MARK}| 0;`, /operator '\|' is not supported/, "|"));
});

describe("unsupported loops", () => {
  test("step other than one", () => expectError(`let s = 0;\nfor (let i = 0; i < n; ${MARK}i += 2) { s += a[i]; }\nreturn s;`, /steps other than 1/, "for"));
  test("bound assigned in the body", () => expectError(`let m = n;\nlet s = 0;\nfor (let i = 0; i < ${MARK}m; i++) { m = m - 1; s += a[i]; }\nreturn s;`, /the loop bound uses 'm', which the loop body assigns/, "for"));
  test("counter assigned in the body", () => expectError(`let s = 0;\n${MARK}for (let i = 0; i < n; i++) { i = i + 1; s += a[i]; }\nreturn s;`, /the loop body assigns the counter 'i'/, "for"));
  test("wrong direction", () => expectError(`let s = 0;\nfor (let i = 0; ${MARK}i < n; i--) { s += x; }\nreturn s;`, /must move towards the bound/, "for"));
});

describe("declarations and annotations", () => {
  const top = (sig: string, body: string, doc = "/** @differentiable */") => `${doc}\nexport function f(${sig}): number {\n${body}\n}\n`;
  const one = (src: string) => compile(src, { fileName: "bad.ts", cwd: "/nonexistent" }).diagnostics;
  test("untyped parameter", () => {
    const d = one(top("x", "return 1;"));
    expect(d[0]?.message).toMatch(/parameter 'x' needs a type annotation/);
    expect(d[0]?.loc.line).toBe(2);
  });
  test("recursion", () => {
    const d = one(top("x: number", "return x > 1 ? f(x - 1) : x;"));
    expect(d[0]?.message).toMatch(/recursive call of f/);
  });
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
    expect(d[0]?.message).toMatch(/return type 'boolean' is not supported/);
  });
});
