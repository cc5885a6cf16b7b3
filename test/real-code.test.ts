/**
 * The real-code suite (test/real-code/): functions of npm packages, differentiated unmodified from
 * node_modules through annotated re-exports, and our own pricing code written the way such
 * libraries are. Every function must pass every check `sobolev verify` runs (tangent against
 * differences of the original function, adjoint against tangent, second order, interval
 * enclosures); where a package has an analytic formula for a derivative, the generated derivative
 * must agree with it too. The functions the compiler rejects are listed with the reasons it gives.
 */
import { createRequire } from "node:module";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { verifyLoaded } from "../cli/verify-command.js";
import { compile } from "../compiler/compile.js";
import { loadCompiled, type Loaded } from "../compiler/integration/load.js";
import { VERIFY_VARIANTS } from "../compiler/modes.js";

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const suite = (name: string) => path.join(here, "real-code", `${name}.ts`);

/** Skips the suite allows, by function: an undecided loop test is the interval checks' honest answer on wide boxes. */
const ALLOWED_SKIPS: Record<string, RegExp> = {
  annuityRate: /undecided while loop/,
  internalRate: /undecided while loop/,
};

async function load(name: string): Promise<{ loaded: Loaded; intervals: Loaded }> {
  const file = suite(name);
  return { loaded: await loadCompiled(file, undefined, VERIFY_VARIANTS.derivatives), intervals: await loadCompiled(file, undefined, VERIFY_VARIANTS.intervals) };
}

const loadedFiles = new Map<string, Promise<{ loaded: Loaded; intervals: Loaded }>>();
const cached = (name: string) => {
  if (!loadedFiles.has(name)) loadedFiles.set(name, load(name));
  return loadedFiles.get(name)!;
};

const FILES: Record<string, string[]> = {
  "black-scholes": ["callPrice", "putPrice", "stdNormCdf", "d1"],
  greeks: ["callDelta", "vega", "gamma", "putTheta", "callRho", "putDelta", "callTheta", "putRho"],
  "special-functions": ["erf", "erfc", "normCdf", "gammaln", "sinpi"],
  "option-pricing": ["europeanPrice", "europeanCall", "exerciseValue"],
  financial: ["futureValue", "payment", "periods", "presentValue", "interestPayment", "principalPayment", "annuityRate", "netPresentValue", "internalRate", "modifiedRate"],
  "own-model": ["europeanPrice", "europeanPut", "binomialPrice", "basketCall"],
};

describe("every function of the suite passes every verify check", () => {
  for (const [file, functions] of Object.entries(FILES)) {
    test(file, async () => {
      const { loaded, intervals } = await cached(file);
      const rows = verifyLoaded(loaded, { samples: 12, seed: 11 }, intervals);
      expect([...new Set(rows.map((r) => r.function))].sort()).toEqual([...functions].sort());
      for (const r of rows) {
        expect(r, `${file} ${r.function} ${r.check}: ${r.note ?? r.skipped ?? ""} worst ${r.worstError}`).toMatchObject({ pass: true });
        if (r.skipped !== undefined) expect(r.skipped, `${r.function} ${r.check} skipped`).toMatch(ALLOWED_SKIPS[r.function] ?? /^$/);
      }
    }, 120_000);
  }
});

/** The gradient of `name` at `args` from its adjoint. */
function gradient(loaded: Loaded, name: string, args: number[], n: number): Float64Array {
  const grad = new Float64Array(n);
  (loaded.variants.adjoint![`${name}_adjoint`] as (...a: unknown[]) => number)(...args, 1, grad);
  return grad;
}

const close = (a: number, b: number, rel: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

describe("derivatives against the packages' own analytic formulas", () => {
  const greeks = require("greeks") as Record<string, (...a: unknown[]) => number>;
  const points: Array<[number, number, number, number, number]> = [[90, 100, 0.5, 0.2, 0.03], [105, 95, 1.5, 0.35, 0.01], [120, 110, 0.25, 0.15, 0.06]];

  test("black-scholes' price: delta and vega equal greeks' getDelta and getVega (per 1%), rho greeks' getRho", async () => {
    const { loaded } = await cached("black-scholes");
    for (const [s, k, t, v, r] of points) {
      const call = gradient(loaded, "callPrice", [s, k, t, v, r], 5);
      close(call[0]!, greeks.getDelta!(s, k, t, v, r, "call"), 1e-7);
      close(call[3]! / 100, greeks.getVega!(s, k, t, v, r), 1e-7);
      close(call[4]! / 100, greeks.getRho!(s, k, t, v, r, "call"), 1e-7);
      const put = gradient(loaded, "putPrice", [s, k, t, v, r], 5);
      close(put[0]!, greeks.getDelta!(s, k, t, v, r, "put"), 1e-7);
    }
  });

  test("greeks' delta differentiated in the spot is greeks' gamma", async () => {
    const { loaded } = await cached("greeks");
    for (const [s, k, t, v, r] of points) {
      // callDelta is tagged @wrt s v: its parameters are (s, k, t, v, r)
      const g = gradient(loaded, "callDelta", [s, k, t, v, r], 2);
      close(g[0]!, greeks.getGamma!(s, k, t, v, r), 1e-7);
    }
  });

  test("erf, erfc and the normal CDFs: derivatives are the closed-form densities", async () => {
    const { loaded } = await cached("special-functions");
    const bs = await cached("black-scholes");
    // (not at 0 itself: stdlib's erf returns x there, so the code's derivative at exactly 0 is 1; see below)
    for (const x of [-3.1, -1.2, -0.3, -1e-9, 0.01, 0.7, 2.4, 5.5]) {
      const density = (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x);
      const phi = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
      close(gradient(loaded, "erf", [x], 1)[0]!, density, 1e-14);
      close(gradient(loaded, "erfc", [x], 1)[0]!, -density, 1e-14);
      // option-pricing's CDF is an approximation (Abramowitz & Stegun 7.1.26, value error 1.5e-7):
      // its slope differs from φ by up to 2.5e-6 at these points
      close(gradient(loaded, "normCdf", [x], 1)[0]!, phi, 5e-6);
      if (Math.abs(x) < 4) close(gradient(bs.loaded, "stdNormCdf", [x], 1)[0]!, phi, 1e-12);
    }
  });

  test("stdlib's erf at exactly 0 returns x: the derivative of the code there is 1, not 2/√π (a branch on equality)", async () => {
    const { loaded } = await cached("special-functions");
    expect(gradient(loaded, "erf", [0], 1)[0]).toBe(1);
  });

  test("stdlib's gammaln and sinpi (through copysign and stdlib's bit-level sin and cos): lnΓ′ is the digamma function, sinpi′ is π·cos(πx)", async () => {
    const { loaded } = await cached("special-functions");
    // ψ(x), independently: recurrence up to x ≥ 12, then the asymptotic series (Bernoulli numbers)
    const digamma = (x: number): number => {
      let acc = 0;
      for (; x < 12; x++) acc -= 1 / x;
      const r = 1 / (x * x);
      return acc + Math.log(x) - 0.5 / x - r * (1 / 12 - r * (1 / 120 - r * (1 / 252 - r * (1 / 240 - r / 132))));
    };
    for (const x of [0.07, 0.4, 0.999, 1.5, 2.001, 2.7, 3.3, 7.9, 13, 38]) close(gradient(loaded, "gammaln", [x], 1)[0]!, digamma(x), 1e-13);
    // (at exactly 1 and 2 fdlibm's lgamma returns the constant 0: the derivative of that code there is 0, like erf's at 0)
    expect(gradient(loaded, "gammaln", [1], 1)[0]).toBe(0);
    for (const x of [-2.9, -1.3, -0.6, -0.1, 0.2, 0.45, 0.8, 1.1, 1.6, 2.3]) {
      close(gradient(loaded, "sinpi", [x], 1)[0]!, Math.PI * Math.cos(Math.PI * x), 1e-14);
    }
  });

  test("our own European price: delta is greeks' delta, the put–call parity holds for the derivatives", async () => {
    const { loaded } = await cached("own-model");
    for (const [s, k, t, v, r] of points) {
      const market = { spot: s, rate: r, dividend: 0, vol: v };
      const call = new Float64Array(6), put = new Float64Array(6);
      const mb = () => ({ spot: 0, rate: 0, dividend: 0, vol: 0 });
      const cb = mb(), pb = mb();
      (loaded.variants.adjoint!.europeanPrice_adjoint as (...a: unknown[]) => number)(market, k, t, cb, 1, call);
      (loaded.variants.adjoint!.europeanPut_adjoint as (...a: unknown[]) => number)(market, k, t, pb, 1, put);
      // our normCdf is Zelen & Severo's approximation: its slope differs from φ by up to ~3e-6, so
      // Δ = N(d1) holds to that
      close(cb.spot, greeks.getDelta!(s, k, t, v, r, "call"), 5e-6);
      // C − P = S − K e^{−rT}: ∂/∂S (C − P) = 1
      close(cb.spot - pb.spot, 1, 1e-12);
    }
  });
});

describe("implied volatility by bisection: compiles; its derivative is the derivative of the code (zero)", () => {
  test("the bisection's result is piecewise constant in the price, so its tangent is 0 while differences of the function are not", async () => {
    const loaded = await loadCompiled(suite("implied-volatility"), undefined, VERIFY_VARIANTS.derivatives);
    const out = new Float64Array(2);
    (loaded.variants.tangent!.impliedVolatility_tangent as (...a: unknown[]) => void)(10, 100, 100, 1, 0.05, 1, 0, out);
    expect(out[1]).toBe(0);
    expect(out[0]).toBeGreaterThan(0.1);
  });
});

describe("functions the compiler rejects, with the reason it gives", () => {
  test("option-pricing's binomial tree and Monte Carlo", () => {
    const file = suite("rejected");
    const r = compile(require("node:fs").readFileSync(file, "utf8"), { fileName: file, cwd: path.resolve(here, "..") });
    expect(r.files).toEqual([]);
    expect(r.diagnostics.map((d) => [d.loc.file, d.message.replace(/ \(reached from.*/, "")])).toEqual([
      ["node_modules/option-pricing/src/pricing-models/BinomialTree.js", expect.stringMatching(/^createNode returns '\{ i: any; j: any; spotPrice: number; value: number; \}'/)],
      ["node_modules/option-pricing/src/utils/MatrixUtils.js", expect.stringMatching(/^createFilledMatrix returns 'any\[\]'/)],
    ]);
    expect(r.diagnostics.map((d) => d.message.match(/reached from (\w+)/)?.[1])).toEqual(["binomialTree", "monteCarlo"]);
  });
});
