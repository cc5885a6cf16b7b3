/**
 * One plugin for every bundler (compiler/integration/plugin.ts through unplugin): a tiny app whose
 * model imports a helper module is built with Vite, Rollup, webpack, Rspack and esbuild; the bundle
 * runs and its adjoint agrees with differences of the model; the helper is among the watched files;
 * a model with an error fails each build with the located diagnostic.
 *
 * The app resolves `sobolev/runtime` as a user's would (node_modules/sobolev, here a link to this
 * package, whose exports point to dist/: `npm ci` builds it).
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { tempProject } from "./helpers/project.js";
import { CompileCache } from "../compiler/integration/plugin.js";
import { sobolev as esbuildPlugin } from "../compiler/integration/plugins/esbuild.js";
import { sobolev as rollupPlugin } from "../compiler/integration/plugins/rollup.js";
import { sobolev as rspackPlugin } from "../compiler/integration/plugins/rspack.js";
import { sobolev as vitePlugin } from "../compiler/integration/plugins/vite.js";
import { sobolev as webpackPlugin } from "../compiler/integration/plugins/webpack.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const project = tempProject("bundlers", { module: true });

const HELPER = `/** @differentiable */
export function smooth(u: number): number {
  return Math.log(1 + Math.exp(u));
}
`;
const MODEL = `import { smooth } from "./helper.js";

/**
 * @differentiable
 * @domain s 80 120
 * @domain v 0.1 0.4
 */
export function price(s: number, v: number): number {
  return v * 100 * smooth((s - 100) / (v * 100));
}
`;
const MAIN = `import { price_adjoint } from "./model.adjoint.js";
import { price_tangent } from "./model.tangent.js";
const grad = new Float64Array(2), out = new Float64Array(2);
export const value = price_adjoint(103, 0.2, 1, grad);
price_tangent(103, 0.2, 0, 1, out);
export const delta = grad[0], vega = grad[1], vegaTangent = out[1];
`;

beforeAll(() => {
  if (!existsSync(path.join(root, "dist/runtime/index.js"))) throw new Error("dist/ is missing: run npm run build (npm ci does)");
  mkdirSync(project.path("node_modules"));
  symlinkSync(root, project.path("node_modules/sobolev"), "dir");
});

/** A fresh app folder with the model, its helper and main.js; its path. */
function app(name: string, model = MODEL): string {
  const dir = project.path(name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, "helper.ts"), HELPER);
  writeFileSync(path.join(dir, "model.ts"), model);
  writeFileSync(path.join(dir, "main.js"), MAIN);
  return dir;
}

/** The bundle's results against the model itself (central differences of price). */
function expectRight(m: { value: number; delta: number; vega: number; vegaTangent: number }): void {
  const sp = (u: number) => Math.log(1 + Math.exp(u));
  const price = (s: number, v: number) => v * 100 * sp((s - 100) / (v * 100));
  const h = 1e-5;
  expect(m.value).toBeCloseTo(price(103, 0.2), 12);
  expect(m.delta).toBeCloseTo((price(103 + h, 0.2) - price(103 - h, 0.2)) / (2 * h), 8);
  expect(m.vega).toBeCloseTo((price(103, 0.2 + h) - price(103, 0.2 - h)) / (2 * h), 6);
  expect(m.vegaTangent).toBeCloseTo(m.vega, 12);
}

const BAD = `/** @differentiable */\nexport function price(s: number, v: number): number {\n  return Math.clz32(s) * v;\n}\n`;
const LOCATED = /model\.ts:3:10.*Math\.clz32 is not supported/s;

type Built = { module: Record<string, number>; watched: string[] };

async function runWebpackLike(bundler: "webpack" | "rspack", dir: string): Promise<Built> {
  const entry = path.join(dir, "main.js"), outDir = path.join(dir, "out");
  const config = {
    mode: "production" as const, entry, target: "node", context: dir, devtool: false as const,
    output: { path: outDir, filename: "main.cjs", library: { type: "commonjs2" } },
    optimization: { minimize: false },
  };
  const stats = await new Promise<{ hasErrors(): boolean; toJson(o: object): { errors?: { message: string }[] }; compilation: { fileDependencies: Iterable<string> } }>((resolve, reject) => {
    const done = (err: Error | null, s?: unknown) => (err ? reject(err) : resolve(s as never));
    if (bundler === "webpack") {
      import("webpack").then(({ default: webpack }) => webpack({ ...config, plugins: [webpackPlugin()] } as never, done as never), reject);
    } else {
      import("@rspack/core").then(({ rspack }) => rspack({ ...config, plugins: [rspackPlugin()] } as never, done as never), reject);
    }
  });
  if (stats.hasErrors()) throw new Error(stats.toJson({ errors: true }).errors!.map((e) => e.message).join("\n"));
  const require = createRequire(import.meta.url);
  return { module: require(path.join(outDir, "main.cjs")), watched: [...stats.compilation.fileDependencies] };
}

const BUNDLERS: Record<string, (dir: string) => Promise<Built>> = {
  async vite(dir) {
    const { build } = await import("vite");
    await build({
      root: dir, configFile: false, logLevel: "silent", plugins: [vitePlugin()],
      build: { lib: { entry: path.join(dir, "main.js"), formats: ["es"], fileName: "main" }, outDir: path.join(dir, "out"), minify: false, write: true },
    });
    const file = path.join(dir, "out", "main.js");
    return { module: await import(pathToFileURL(file).href), watched: [] };
  },
  async rollup(dir) {
    const { rollup } = await import("rollup");
    const bundle = await rollup({ input: path.join(dir, "main.js"), plugins: [rollupPlugin()], external: (id) => id.startsWith("sobolev/") || id.includes("/dist/runtime/"), logLevel: "silent" });
    const file = path.join(dir, "out.mjs");
    await bundle.write({ file, format: "es" });
    return { module: await import(pathToFileURL(file).href), watched: bundle.watchFiles };
  },
  webpack: (dir) => runWebpackLike("webpack", dir),
  rspack: (dir) => runWebpackLike("rspack", dir),
  async esbuild(dir) {
    const { build } = await import("esbuild");
    const file = path.join(dir, "out.mjs");
    const r = await build({ entryPoints: [path.join(dir, "main.js")], bundle: true, format: "esm", platform: "node", outfile: file, plugins: [esbuildPlugin()], logLevel: "silent", metafile: true });
    return { module: await import(pathToFileURL(file).href), watched: Object.keys(r.metafile.inputs).map((f) => path.resolve(f)) };
  },
};

describe.each(Object.keys(BUNDLERS))("%s", (name) => {
  test("builds an app importing two generated variants; the bundle's greeks agree with differences of the model", async () => {
    const dir = app(`${name}-ok`);
    const built = await BUNDLERS[name]!(dir);
    expectRight(built.module as never);
    if (name === "rollup" || name === "webpack" || name === "rspack") expect(built.watched).toContain(path.join(dir, "helper.ts"));
  }, 60_000);

  test("a model with an error fails the build with the located diagnostic", async () => {
    const dir = app(`${name}-bad`, BAD);
    await expect(BUNDLERS[name]!(dir)).rejects.toThrow(LOCATED);
  }, 60_000);
});

test("one compile per source and contents: the second variant is served from the cache; editing the helper recompiles", () => {
  const dir = app("cache");
  const cache = new CompileCache();
  const a = cache.get(path.join(dir, "model.ts"));
  expect(a.inputs).toEqual(expect.arrayContaining([path.join(dir, "model.ts"), path.join(dir, "helper.ts")]));
  expect(cache.get(path.join(dir, "model.ts"))).toBe(a);
  writeFileSync(path.join(dir, "helper.ts"), HELPER.replace("1 + Math.exp(u)", "2 + Math.exp(u)"));
  const b = cache.get(path.join(dir, "model.ts"));
  expect(b).not.toBe(a);
  expect(b.files.find((f) => f.variant === "adjoint")!.code).toContain("2 +");
});
