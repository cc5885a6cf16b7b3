/** The esbuild plugin generates variants at build time, byte-identical to `sobolev compile`. */
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import { withTempProject } from "./helpers/project.js";
import { compile } from "../compiler/compile.js";
import { sobolev } from "../compiler/integration/plugins/esbuild.js";

/** Bundle dir/main.ts with the plugin and import the bundle. */
async function bundleAndImport(dir: string): Promise<Record<string, any>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const result = await build({
    entryPoints: [path.join(dir, "main.ts")], bundle: true, format: "esm", platform: "node", write: false,
    plugins: [sobolev()],
    logLevel: "silent",
  });
  const out = path.join(dir, "bundle.mjs");
  writeFileSync(out, result.outputFiles[0]!.text);
  return import(pathToFileURL(out).href);
}

test("import './model.adjoint.js' builds from model.ts and runs", async () => {
  await withTempProject("esb", async (p) => {
    const dir = p.dir;
    const model = "/** @differentiable */\nexport function cube(x: number): number {\n  return x * x * x;\n}\n";
    writeFileSync(path.join(dir, "model.ts"), model);
    writeFileSync(path.join(dir, "main.ts"), 'import { cube_adjoint } from "./model.adjoint.js";\nconst g = new Float64Array(1);\nexport const value = cube_adjoint(2, 1, g);\nexport const grad = g[0];\n');
    const m = await bundleAndImport(dir);
    expect(m.value).toBe(8);
    expect(m.grad).toBe(12);
    // byte-identical to the CLI's output for the same input: tap what the plugin hands esbuild
    const cli = compile(model, { fileName: path.join(dir, "model.ts") }).files.find((f) => f.variant === "adjoint")!;
    const generated = await (async () => {
      let code = "";
      await build({
        entryPoints: [path.join(dir, "main.ts")], bundle: true, write: false, logLevel: "silent",
        plugins: [{ name: "tap", setup(b) {
          const inner = sobolev();
          inner.setup({ ...b, onLoad: (o, cb) => b.onLoad(o, async (args) => { const r = await cb(args); if (r && typeof r.contents === "string") code = r.contents; return r; }) } as typeof b);
        } }],
      });
      return code;
    })();
    expect(generated).toBe(cli.code);
    expect(readFileSync(path.join(dir, "model.ts"), "utf8")).toBe(model);
  });
});

test("a model with errors fails the build with the located diagnostic", async () => {
  await withTempProject("esb", async (p) => {
    const dir = p.dir;
    writeFileSync(path.join(dir, "bad.ts"), "/** @differentiable */\nexport function h(x: number): number {\n  return Math.clz32(x);\n}\n");
    writeFileSync(path.join(dir, "main.ts"), 'import { h_tangent } from "./bad.tangent.js";\nexport { h_tangent };\n');
    await expect(build({ entryPoints: [path.join(dir, "main.ts")], bundle: true, write: false, logLevel: "silent", plugins: [sobolev()] }))
      .rejects.toThrow(/Math\.clz32 is not supported/);
  });
});

test("import './model.simd.js' builds the SIMD module from model.ts (the same text as sobolev compile)", async () => {
  await withTempProject("esb", async (p) => {
    const dir = p.dir;
    const model = "/**\n * @differentiable\n * @simd primal adjoint\n */\nexport function cube(x: number): number {\n  return x * x * x;\n}\n";
    writeFileSync(path.join(dir, "model.ts"), model);
    writeFileSync(path.join(dir, "main.ts"), 'import { modelSimd } from "./model.simd.js";\nexport const mod = modelSimd;\n');
    const m = await bundleAndImport(dir);
    expect(Object.keys(m.mod.functions).sort()).toEqual(["cube", "cube_adjoint"]);
    const cli = compile(model, { fileName: path.join(dir, "model.ts") }).files.find((f) => f.variant === "simd")!;
    expect(cli.code).toContain(m.mod.wat);
  });
});
