/**
 * Closure: generated code is itself in the accepted subset. The printed tangent (and adjoint)
 * of a function is read back by the frontend and transformed again; the result must equal the
 * composition done inside the compiler.
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { expect, test } from "vitest";
import { withTempProject } from "./helpers/project.js";
import { compile } from "../compiler/compile.js";
import { RUNTIME_ENTRY } from "../compiler/integration/load.js";

const src = path.resolve("test/fixtures/second-order.ts");

function bodyOf(code: string, name: string): string {
  const m = new RegExp(`export function ${name}\\([\\s\\S]*?\\n}`).exec(code);
  if (!m) throw new Error(`no ${name} in\n${code}`);
  return m[0].split("\n").filter((l) => !/^\s*\/\//.test(l)).join("\n"); // comments are not read back

}

test.each([
  ["tangent", "adjoint", "tangent_adjoint"],
  ["adjoint", "tangent", "adjoint_tangent"],
])("re-reading the printed %s and taking its %s equals the built-in composition", async (first, second, composed) => {
  await withTempProject("closure", async (p) => {
    const dir = p.dir;
    const opts = { fileName: src, outDir: dir, runtimeImport: RUNTIME_ENTRY, lineComments: false };
    const direct = compile(readFileSync(src, "utf8"), opts);
    expect(direct.diagnostics).toEqual([]);
    const firstFile = direct.files.find((f) => f.variant === first)!;
    writeFileSync(firstFile.path, firstFile.code);
    const again = compile(firstFile.code, { ...opts, fileName: firstFile.path });
    expect(again.diagnostics).toEqual([]);
    const reread = again.files.find((f) => f.variant === second)!;
    const built = direct.files.find((f) => f.variant === composed)!;
    for (const name of ["rosenbrock", "net", "iterate"]) {
      const fn = `${name}_${composed}`;
      expect(bodyOf(reread.code, fn)).toBe(bodyOf(built.code, fn));
    }
  });
});
