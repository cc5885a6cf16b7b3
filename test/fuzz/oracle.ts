/**
 * An oracle for second derivatives that shares no code with the compiler's derivatives: uᵀ·H·v of
 * ⟨w, F⟩ by mixed central differences of the primal itself (the user's function, evaluated at four
 * points per step, Richardson-extrapolated and settled like the other differences), against both
 * compositions (tangent over adjoint, adjoint over tangent). A stencil that straddles a kink or a
 * branch switch does not settle and the sample is counted as skipped, not compared.
 */
import { withTempProject } from "../helpers/project.js";
import { loadCompiled } from "../../compiler/integration/load.js";
import type { Func } from "../../compiler/ir/types.js";
import { ABSOLUTE_FLOOR, settle } from "../../runtime/checks/differences.js";
import { evalPrimal } from "../../runtime/checks/calls.js";
import { hvpAdjointOverTangent, hvpTangentOverAdjoint, type SecondOrderSeeds } from "../../runtime/checks/second-order.js";
import { displace, sampleDirection, samplePoint } from "../../runtime/checks/sampling.js";
import { dot, type AnyFn, type FnSpec } from "../../runtime/checks/index.js";
import { Rng } from "../../runtime/random.js";

const SECOND_ORDER = [
  { steps: [{ mode: "adjoint" as const }, { mode: "tangent" as const }] },
  { steps: [{ mode: "tangent" as const }, { mode: "adjoint" as const }] },
];

export interface OracleResult {
  /** Samples compared (both compositions each). */
  checked: number;
  /** Samples whose differences did not settle (a kink or branch switch in the stencil). */
  skipped: number;
  /** Worst relative difference (absolute below ABSOLUTE_FLOOR). */
  worst: number;
  /** The worst sample, for a message. */
  where?: string;
}

export async function oracleProgram(source: string, samples = 6, seed = 1, name = "main"): Promise<OracleResult> {
  return withTempProject("oracle", async (p) => {
    const file = p.file("main.ts", source);
    const loaded = await loadCompiled(file, source, SECOND_ORDER, [name]);
    const spec = loaded.output.functions.find((g: Func) => g.name === name) as FnSpec;
    const primal = loaded.source[name] as AnyFn;
    const variant = (v: string) => {
      const f = loaded.output.files.find((g) => g.variant === v)!;
      return { fn: loaded.variants[v]![`${name}_${v}`] as AnyFn, spec: f.functions.find((g) => g.name === `${name}_${v}`) as FnSpec };
    };
    const ta = variant("adjoint_tangent"), at = variant("tangent_adjoint");
    const rng = new Rng(seed);
    const out: OracleResult = { checked: 0, skipped: 0, worst: 0 };
    for (let s = 0; s < samples; s++) {
      const pt = samplePoint(spec, rng);
      const v = sampleDirection(spec, pt, rng), u = sampleDirection(spec, pt, rng);
      const w: SecondOrderSeeds = { ret: spec.ret === "real" ? 1 : 0, arrays: new Map() };
      for (const q of spec.params) if (q.ty === "array") w.arrays.set(q.name, (pt.get(q.name) as Float64Array).map(() => rng.range(-1, 1)));
      // ⟨w, F⟩ at pt + a·v + b·u, from the primal alone
      const G = (a: number, b: number): number => {
        const y = evalPrimal(primal, spec, displace(displace(pt, v, a), u, b));
        let k = 0, g = 0;
        if (spec.ret === "real") g += w.ret * y[k++]!;
        for (const q of spec.params) {
          if (q.ty !== "array") continue;
          for (const c of w.arrays.get(q.name)!) g += c * y[k++]!;
        }
        return g;
      };
      const fd = settle((h) => Float64Array.of((G(h, h) - G(h, -h) - G(-h, h) + G(-h, -h)) / (4 * h * h)));
      if (!fd.smooth) { out.skipped++; continue; }
      const ref = fd.value[0]!;
      for (const [label, hv] of [["tangent over adjoint", hvpTangentOverAdjoint(ta.fn, ta.spec, pt, v, w)], ["adjoint over tangent", hvpAdjointOverTangent(at.fn, at.spec, pt, v, w)]] as const) {
        const ours = dot(hv, u).value;
        const err = Math.abs(ours - ref) / Math.max(Math.abs(ours), Math.abs(ref), ABSOLUTE_FLOOR);
        if (!(err <= out.worst)) { out.worst = Number.isNaN(err) ? Infinity : err; out.where = `sample ${s}, ${label}: uᵀHv ${ours} vs differences of the primal ${ref}`; }
      }
      out.checked++;
    }
    return out;
  }, { module: true });
}
