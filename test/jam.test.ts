/**
 * Unroll-and-jam (compiler/transforms/jam.ts) and the SIMD backend's register tiling built on it
 * (compiler/backend/wasm/tiling.ts, the emitter's held elements and hoisted addresses).
 *
 * Jamming interleaves rows but keeps every row's operations in their order, so a jammed function
 * must round exactly like its source: the tests compare bit for bit, against the unjammed source
 * and its unjammed adjoint (the reference), on random inputs and trip counts that are and are not
 * multiples of the factor — for the printed TypeScript of the jammed IR at factors 2, 3 and 4, and
 * for the SIMD build lane by lane. Loops that must not be jammed are left alone, and where only a
 * test at run time can tell, overlapping offsets take the row-by-row path.
 */
import { writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { tempProject } from "./helpers/project.js";
import { lowerSource } from "../compiler/compile.js";
import { loadCompiled, RUNTIME_ENTRY, type Loaded } from "../compiler/integration/load.js";
import { importBundled, type Module } from "../compiler/integration/import-module.js";
import { applyVariant } from "../compiler/modes.js";
import { printModule } from "../compiler/backend/print.js";
import { jam, type JamReport } from "../compiler/transforms/jam.js";
import { normalize } from "../compiler/transforms/normalize.js";
import { Rng } from "../runtime/random.js";
import { instantiateSimd, type SimdInstance, type SimdModule } from "../runtime/simd/instance.js";

const FILE = "test/fixtures/jam.ts";
const dir = tempProject("jam").dir;

/** The fixture's functions jammed by `factor`, with their adjoints, printed and imported; and what was jammed. */
async function jammed(factor: number): Promise<{ mod: Module; reports: Record<string, JamReport[]> }> {
  const { funcs, all } = lowerSource(readFileSync(FILE, "utf8"), { fileName: FILE });
  const reports: Record<string, JamReport[]> = {};
  const out = funcs.flatMap((f) => {
    const r: JamReport[] = [];
    const j = jam(normalize(f, all), factor, r);
    reports[f.name] = r;
    return [{ ...j, ann: { ...j.ann, variants: [] } }, applyVariant(j, [{ mode: "adjoint" }], all)];
  });
  const file = path.join(dir, `jammed${factor}.ts`);
  writeFileSync(file, printModule(out, { runtimeImport: RUNTIME_ENTRY, header: "// jammed" }));
  return { mod: await importBundled(file, dir, RUNTIME_ENTRY), reports };
}

let fixture: Loaded;
/** The probes of the runtime instance the loaded modules share (they import it by its file URL). */
let probes: { value: Float64Array; adjoint: Float64Array; ensure(slot: number): void };
beforeAll(async () => {
  fixture = await loadCompiled(FILE);
  probes = (await import(pathToFileURL(RUNTIME_ENTRY).href)).probes;
  probes.ensure(15);
});

const rng = new Rng(2026);
const vec = (n: number) => Float64Array.from({ length: n }, () => rng.normal());

/** Run f on copies of the arrays; the result and the arrays afterwards. */
function run(f: (...a: any[]) => number, args: unknown[]): unknown[] {
  const copies = args.map((a) => (a instanceof Float64Array ? a.slice() : a));
  const r = f(...copies);
  return [r, ...copies.filter((a) => a instanceof Float64Array)];
}

describe("the jammed IR (printed TypeScript) rounds exactly like the source", () => {
  test.each([2, 3, 4])("factor %i: values, arrays, probes and adjoints bit for bit", async (factor) => {
    const { mod, reports } = await jammed(factor);
    const src = fixture.source, adj = fixture.variants.adjoint!;
    let marked = 0;
    expect(reports.layer).toHaveLength(1);
    expect(reports.layer![0]!.guarded).toBe(true); // inOff, outOff: only known at run time
    expect(reports.transposed).toHaveLength(1);
    expect(reports.transposed![0]!.guarded).toBe(false); // rows meet only at the same i
    expect(reports.carried).toHaveLength(0);
    expect(reports.sameElement).toHaveLength(0);
    expect(reports.chained![0]!.guarded).toBe(true);
    for (let trial = 0; trial < 12; trial++) {
      const nIn = rng.int(1, 9), nOut = rng.int(1, 11), n = rng.int(1, 7), m = rng.int(1, 10);
      // disjoint, and (every third trial) overlapping rows of the layer
      const inOff = rng.int(0, 3), outOff = trial % 3 === 2 ? inOff + rng.int(0, nIn) : inOff + nIn + rng.int(0, 2);
      const cases: Array<[string, unknown[], Float64Array[]]> = [
        ["layer", [vec((nIn + 1) * nOut), vec(outOff + nOut + nIn + 4), inOff, outOff, nIn, nOut], [vec((nIn + 1) * nOut), vec(outOff + nOut + nIn + 4)]],
        ["transposed", [vec(n * m), vec(m), vec(n), n, m], [vec(n * m), vec(m), vec(n)]],
        ["carried", [vec(n * m), vec(n), n, m], [vec(n * m), vec(n)]],
        ["sameElement", [vec(n * m), vec(1), n, m], [vec(n * m), vec(1)]],
        ["chained", [vec(n * m).map((v) => v * 0.1), vec(m + 1), n, m], [vec(n * m), vec(m + 1)]],
      ];
      for (const [name, args, bars] of cases) {
        const where = `${name} trial ${trial} (nIn ${nIn}, nOut ${nOut}, n ${n}, m ${m}, inOff ${inOff}, outOff ${outOff})`;
        expect(run(mod[name], args), where).toEqual(run(src[name], args));
        // the adjoint: (primal args, adjoint arrays, seed); both record the probes (marked values and their adjoints)
        const a1 = [...args, ...bars.map((b) => b.slice()), 0.75], a2 = [...args, ...bars.map((b) => b.slice()), 0.75];
        probes.value.fill(NaN);
        probes.adjoint.fill(NaN);
        const want = run(adj[`${name}_adjoint`], a1);
        const wantProbes = [probes.value.slice(0, 16), probes.adjoint.slice(0, 16)];
        probes.value.fill(NaN);
        probes.adjoint.fill(NaN);
        expect(run(mod[`${name}_adjoint`], a2), `${where}: adjoint`).toEqual(want);
        expect([probes.value.slice(0, 16), probes.adjoint.slice(0, 16)], `${where}: probes`).toEqual(wantProbes);
        if (name === "layer") marked += wantProbes[0]!.filter((v) => !Number.isNaN(v)).length;
      }
    }
    expect(marked, "the layer's probes were recorded").toBeGreaterThan(12);
  });
});

test("SIMD: elements held in registers are written back before an index that may alias them is read", async () => {
  const inst = await instantiateSimd(fixture.variants.simd!.jamSimd as SimdModule), L = inst.lanes;
  const f = inst.func("aliased"), g = inst.func("aliased_adjoint");
  for (const [i, k] of [[1, 1], [1, 2], [3, 0], [2, 2]] as const) {
    const a0 = vec(4), xs = vec(L);
    const A = inst.sample(4), X = inst.scalar(), AB = inst.sample(4), seed = inst.scalar();
    const fill = () => { for (let e = 0; e < 4; e++) for (let l = 0; l < L; l++) A.data[e * L + l] = a0[e]! + l; xs.forEach((v, l) => { X.data[l] = v; seed.data[l] = 1; }); AB.data.fill(0); };
    fill();
    f([A, i, k, X]);
    fill();
    g([A, i, k, X, AB, seed]);
    for (let l = 0; l < L; l++) {
      const a = a0.map((v) => v + l), ab = new Float64Array(4);
      expect(f.ret!.data[l], `i ${i}, k ${k}, lane ${l}`).toBe(fixture.source.aliased(a.slice(), i, k, xs[l]!));
      fixture.variants.adjoint!.aliased_adjoint(a.slice(), i, k, xs[l]!, ab, 1);
      expect(Float64Array.from({ length: 4 }, (_, e) => AB.data[e * L + l]!), `adjoint, i ${i}, k ${k}, lane ${l}`).toEqual(ab);
    }
  }
});

describe("the SIMD build (jammed as tiling.ts chooses) rounds exactly like the TypeScript variants, lane by lane", () => {
  let inst: SimdInstance;
  beforeAll(async () => {
    inst = await instantiateSimd(fixture.variants.simd!.jamSimd as SimdModule);
  });

  test("the build's loops are jammed", () => {
    const wat = (fixture.variants.simd!.jamSimd as SimdModule).wat;
    expect(wat).toMatch(/rows j…j\+\d at once/);
  });

  test("layer, transposed, chained: values, per-sample arrays and adjoints", () => {
    const L = inst.lanes;
    for (let trial = 0; trial < 10; trial++) {
      const nIn = rng.int(1, 9), nOut = rng.int(1, 11), n = rng.int(1, 7), m = rng.int(1, 10);
      const inOff = rng.int(0, 3), outOff = trial % 3 === 2 ? inOff + rng.int(0, nIn) : inOff + nIn + rng.int(0, 2);
      const na = outOff + nOut + nIn + 4;
      const specs = [
        { name: "layer", shared: (nIn + 1) * nOut, sample: [na], ints: [inOff, outOff, nIn, nOut] },
        { name: "transposed", shared: n * m, sample: [m, n], ints: [n, m] },
        { name: "chained", shared: n * m, sample: [m + 1], ints: [n, m] },
      ];
      for (const sp of specs) {
        const w = vec(sp.shared).map((v) => v * (sp.name === "chained" ? 0.1 : 1));
        const lanes = Array.from({ length: L }, () => sp.sample.map((len) => vec(len)));
        const W = inst.shared(sp.shared);
        W.data.set(w);
        const S = sp.sample.map((len) => inst.sample(len));
        const put = () => S.forEach((r, k) => lanes.forEach((arrs, l) => arrs[k]!.forEach((v, i) => { r.data[i * L + l] = v; })));
        const lane = (r: { data: ArrayLike<number> }, l: number, len: number) => Float64Array.from({ length: len }, (_, i) => r.data[i * L + l]!);
        // primal
        put();
        const f = inst.func(sp.name);
        f([W, ...S, ...sp.ints]);
        lanes.forEach((arrs, l) => {
          const want = run(fixture.source[sp.name], [w, ...arrs, ...sp.ints]);
          const where = `${sp.name} trial ${trial} lane ${l}`;
          expect(f.ret!.data[l], where).toBe(want[0]);
          // want: [result, w, ...the per-sample arrays]
          S.forEach((r, k) => expect(lane(r, l, sp.sample[k]!), `${where}: array ${k}`).toEqual(want[2 + k]));
        });
        // adjoint, seeded in one lane at a time so that the shared w_b is that lane's alone
        const g = inst.func(`${sp.name}_adjoint`);
        for (const l of [0, L - 1]) {
          put();
          const WB = inst.accumulator(sp.shared), SB = sp.sample.map((len) => inst.sample(len)), seed = inst.scalar();
          seed.data.fill(0);
          seed.data[l] = 0.75;
          g([W, ...S, ...sp.ints, WB, ...SB, seed]);
          const wb = new Float64Array(sp.shared);
          inst.sumInto(WB, wb);
          const refWb = new Float64Array(sp.shared), refSb = sp.sample.map((len) => new Float64Array(len));
          fixture.variants.adjoint![`${sp.name}_adjoint`](w, ...lanes[l]!.map((a) => a.slice()), ...sp.ints, refWb, ...refSb, 0.75);
          const where = `${sp.name} adjoint trial ${trial} lane ${l}`;
          expect(wb, `${where}: w_b`).toEqual(refWb);
          SB.forEach((r, k) => expect(lane(r, l, sp.sample[k]!), `${where}: adjoint array ${k}`).toEqual(refSb[k]));
        }
      }
    }
  });
});
