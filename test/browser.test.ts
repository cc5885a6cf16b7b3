/**
 * The browser example (examples/browser/) built with Vite and sobolev's plugin, opened in headless
 * Chromium (Debian's `chromium`, driven by playwright-core): the page's price, delta, vega, gamma and
 * interval enclosure at a dragged spot equal Node's numbers from the same modules, and the
 * surrogate's greeks are close to the closed form's. The generated variants beside surrogate.ts
 * are what `sobolev compile` writes today.
 *
 * Without a Chromium (CHROMIUM, or chromium on the PATH) the browser test is skipped with a message;
 * CI installs it and sets SOBOLEV_REQUIRE_BROWSER=1, which turns the skip into a failure.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { tempProject } from "./helpers/project.js";
import { compileCommand } from "../cli/compile-command.js";
import { exactGreeks, surrogateEnclosure, surrogateGreeks } from "../examples/browser/src/greeks.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const example = path.join(root, "examples/browser");

function findChromium(): string | undefined {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim() || undefined;
    } catch { /* not this one */ }
  }
  return undefined;
}
const chromium = findChromium();
if (!chromium && process.env.SOBOLEV_REQUIRE_BROWSER) throw new Error("no Chromium found (apt-get install chromium, or set CHROMIUM to its path)");
if (!chromium) console.warn("browser.test.ts: no Chromium found (apt-get install chromium, or set CHROMIUM): the browser test is skipped");

test("the surrogate's generated variants are what sobolev compile writes today (sobolev compile --check)", () => {
  const errors: string[] = [];
  expect(compileCommand(["examples/browser/surrogate.ts"], { check: true, runtime: "sobolev/runtime" }, () => {}, (m) => errors.push(m))).toBe(0);
  expect(errors).toEqual([]);
  for (const v of ["adjoint", "adjoint_tangent", "interval", "tangent"]) expect(existsSync(path.join(example, `surrogate.${v}.ts`)), v).toBe(true);
});

test("the surrogate's greeks are close to the closed form's across the box (Node)", () => {
  for (const v of [0.15, 0.25, 0.35]) {
    for (const s of [85, 95, 100, 105, 115]) {
      const ours = surrogateGreeks(s, v), truth = exactGreeks(s, v);
      expect(Math.abs(ours.price - truth.price), `price at ${s}, ${v}`).toBeLessThan(0.05);
      expect(Math.abs(ours.delta - truth.delta), `delta at ${s}, ${v}`).toBeLessThan(0.01);
      expect(Math.abs(ours.gamma - truth.gamma), `gamma at ${s}, ${v}`).toBeLessThan(0.002);
    }
  }
});

describe.skipIf(!chromium)("in headless Chromium", () => {
  const out = tempProject("browser").path("dist");
  let server: Server, url = "";

  beforeAll(async () => {
    const { build } = await import("vite");
    await build({ root: example, configFile: path.join(example, "vite.config.ts"), logLevel: "silent", build: { outDir: out, emptyOutDir: true } });
    server = createServer((req, res) => {
      const rel = decodeURIComponent((req.url ?? "/").split("?")[0]!);
      const file = path.join(out, rel === "/" ? "index.html" : rel);
      if (!file.startsWith(out) || !existsSync(file)) return void res.writeHead(404).end();
      const type = file.endsWith(".js") ? "text/javascript" : file.endsWith(".html") ? "text/html" : "application/octet-stream";
      res.writeHead(200, { "content-type": type }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }, 120_000);
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  test("dragging the spot shows the numbers Node computes from the same modules", async () => {
    const { chromium: pw } = await import("playwright-core");
    const browser = await pw.launch({ executablePath: chromium!, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(url);
      await page.waitForFunction(() => "sobolev" in window);
      for (const [s, v] of [[93.5, 0.2], [110.2, 0.31]] as const) {
        await page.$eval("#vol", (e, x) => { (e as HTMLInputElement).value = String(x); e.dispatchEvent(new Event("input")); }, v);
        await page.$eval("#spot", (e, x) => { (e as HTMLInputElement).value = String(x); e.dispatchEvent(new Event("input")); }, s);
        const shown = await page.evaluate(() => (window as unknown as { sobolev: Record<string, unknown> }).sobolev);
        const node = surrogateGreeks(s, v);
        expect(shown).toMatchObject({ spot: s, vol: v });
        for (const k of ["price", "delta", "vega", "gamma"] as const) {
          expect(Math.abs((shown[k] as number) - node[k]), k).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(node[k])));
        }
        const [lo, hi] = surrogateEnclosure(s - 1, s + 1, v);
        expect(shown.enclosure).toEqual([lo, hi]);
        expect(lo).toBeLessThanOrEqual(node.price);
        expect(hi).toBeGreaterThanOrEqual(node.price);
        expect(await page.textContent("#price")).toBe(node.price.toPrecision(6));
      }
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
