/**
 * Every primitive of the registry, checked the way `sobolev verify` checks user code: a one-line
 * annotated function `f(a, b) = prim(a, b)` is compiled, and its tangent is compared with central
 * differences of the primal (Math.*, the runtime's functions: an independent reference), its adjoint
 * with its tangent (dot-product test), both second-order compositions with differences of the adjoint,
 * and its interval variants must enclose the point values and adjoints on random boxes. A primitive
 * added to compiler/primitives/ is covered here without writing a test.
 */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { tempProject } from "./helpers/project.js";
import { verifyLoaded } from "../cli/verify-command.js";
import { loadCompiled, RUNTIME_ENTRY } from "../compiler/integration/load.js";
import { VERIFY_VARIANTS } from "../compiler/modes.js";
import { primitives } from "../compiler/primitives/registry.js";

const dir = tempProject("primitives", { module: true }).dir;

/** The primitives a user calls: spelled `Math.f` or imported from the runtime, differentiable, all arguments real. */
const callable = primitives().filter((p) => ("math" in p.spelling || "runtime" in p.spelling) && p.partial && !p.intArgs);

function source(p: (typeof callable)[number]): string {
  const params = Array.from({ length: p.arity }, (_, i) => String.fromCharCode(97 + i));
  const callee = "math" in p.spelling ? `Math.${p.spelling.math}` : (p.spelling as { runtime: string }).runtime;
  const domains = params.map((x, i) => ` * @domain ${x} ${(p.testDomain?.[i] ?? [-1, 1]).join(" ")}`);
  return [
    ...("runtime" in p.spelling ? [`import { ${callee} } from "${RUNTIME_ENTRY}";`] : []),
    "/**", " * @differentiable", ...domains, " */",
    `export function f(${params.map((x) => `${x}: number`).join(", ")}): number {`,
    `  return ${callee}(${params.join(", ")});`,
    "}", "",
  ].join("\n");
}

describe("every primitive: derivatives against differences and across modes, interval enclosures", () => {
  test("the registry has the primitives real code needs", () => {
    expect(callable.map((p) => p.name)).toEqual(expect.arrayContaining(["exp", "log", "sqrt", "pow", "asinh", "expm1", "log1p", "silu"]));
  });
  for (const p of callable) {
    test(p.name, async () => {
      const file = path.join(dir, `${p.name}.ts`);
      writeFileSync(file, source(p));
      const loaded = await loadCompiled(file, undefined, VERIFY_VARIANTS.derivatives);
      const intervals = await loadCompiled(file, undefined, VERIFY_VARIANTS.intervals);
      const rows = verifyLoaded(loaded, { samples: 16, seed: 5 }, intervals);
      expect(rows.map((r) => r.check)).toEqual(expect.arrayContaining(["tangent-vs-fd", "adjoint-vs-tangent", "hvp-vs-fd", "interval-value", "interval-adjoint"]));
      for (const r of rows) expect(r, `${p.name} ${r.check}: worst ${r.worstError} ${r.note ?? ""}`).toMatchObject({ pass: true });
    });
  }
});
