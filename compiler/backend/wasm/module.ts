/**
 * The SIMD backend's output for one source file: per precision, one WebAssembly module (as WAT)
 * holding every function the file lists in `@simd` (`@simd f32 …` for single precision), and the
 * TypeScript module a program imports them from (`<file>.simd.ts`: the signatures, and the WAT
 * itself, which runtime/simd/instance.ts assembles).
 */
import type { Func } from "../../ir/types.js";
import { TAPE_WAT } from "../../primitives/tape.js";
import type { WasmHelper } from "../../primitives/types.js";
import type { SimdSignature } from "../../../runtime/simd/instance.js";
import { FuncEmitter } from "./emit.js";
import { laneParams } from "./lanes.js";
import { F64, type Shape } from "./shape.js";

/** Vectors per real: each call runs GROUPS·(lanes per vector) samples, 4 in f64 and 8 in f32. Two measured fastest on the MLP (bench/simd.ts). */
export const GROUPS = 2;

export interface SimdFunction {
  /** The generated function (IR), and the annotated function it is a variant of. */
  fn: Func;
  source: Func;
}

/** The functions of one precision's build. */
export interface SimdBuild {
  shape: Shape;
  fns: SimdFunction[];
}

const generatedFrom = (sourcePath: string) => `Generated from ${sourcePath} by the sobolev compiler (WebAssembly SIMD build). Do not edit.`;

/**
 * An accumulator's totals (runtime/simd/instance.ts `sumInto`): element i's vector of partial sums
 * (16 bytes at acc + 16i) added in double precision into the double at out + 8i.
 */
function sumIntoWat(shape: Shape): string {
  const total = shape.precision === "f32"
    // (x0 + x2) + (x1 + x3), each float promoted to a double first
    ? `(local.set $w (f64x2.add (f64x2.promote_low_f32x4 (local.get $v)) (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $v) (local.get $v)))))`
    : "(local.set $w (local.get $v))";
  return `  ;; An accumulator's totals: the partial sums of element i (16 bytes at $acc + 16i) added, as a double at $out + 8i.
  (func (export "sum_into") (param $acc i32) (param $n i32) (param $out i32)
    (local $i i32) (local $v v128) (local $w v128)
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $v (v128.load (i32.add (local.get $acc) (i32.shl (local.get $i) (i32.const 4)))))
      ${total}
      (f64.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3)))
        (f64.add (f64x2.extract_lane 0 (local.get $w)) (f64x2.extract_lane 1 (local.get $w))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
  )`;
}

/** Samples per call of a build. */
export const samplesPerCall = (shape: Shape): number => GROUPS * shape.lanes;

/** The module's WAT and each function's signature. */
export function simdModule(fns: SimdFunction[], sourcePath: string, shape: Shape = F64, groups = GROUPS): { wat: string; signatures: Record<string, SimdSignature> } {
  const signatures: Record<string, SimdSignature> = {};
  const bodies: string[] = [];
  const helpers = new Set<WasmHelper>();
  for (const { fn, source } of fns) {
    const params = laneParams(fn, source);
    const e = new FuncEmitter(fn, params, groups, shape);
    bodies.push(`  ;; ${fn.origin ?? `${fn.name}, the primal`}: ${groups * shape.lanes} samples per call, ${shape.v}\n${e.emit()}`);
    for (const h of e.helpers) helpers.add(h);
    signatures[fn.name] = { params, ret: fn.ret === "real" ? "real" : "void" };
  }
  // each helper after the ones it calls (the order a reader expects: exp, then sigmoid, then silu)
  const ordered: WasmHelper[] = [];
  const place = (h: WasmHelper): void => { if (ordered.includes(h)) return; h.uses.forEach(place); ordered.push(h); };
  [...helpers].forEach(place);
  return { wat: [`;; ${generatedFrom(sourcePath)}`, "(module", '  (memory (export "memory") 1)', TAPE_WAT, sumIntoWat(shape), ...ordered.map((h) => h.wat(shape)), ...bodies, ")", ""].join("\n"), signatures };
}

/** The export name of a build in `<file>.simd.ts`: `mlpSimd` (f64), `mlpSimdF32`. */
export const simdExportName = (base: string, shape: Shape): string => `${base.replace(/[^A-Za-z0-9_$]/g, "_")}Simd${shape.precision === "f32" ? "F32" : ""}`;

/** `<file>.simd.ts`: for each precision built, the signatures and the WAT, for runtime/simd/instance.ts. */
export function printSimdModule(base: string, builds: SimdBuild[], runtimeImport: string, sourcePath: string): string {
  const out = [`// ${generatedFrom(sourcePath)}`, `import type { SimdModule } from "${runtimeImport}";`];
  for (const { shape, fns } of builds) {
    const { wat, signatures } = simdModule(fns, sourcePath, shape);
    if (wat.includes("`") || wat.includes("${")) throw new Error("internal: WAT text cannot be quoted in a template literal");
    const sig = Object.entries(signatures).map(([name, s]) =>
      `    ${name}: {\n      params: [${s.params.map((p) => `{ name: "${p.name}", kind: "${p.kind}" }`).join(", ")}],\n      ret: "${s.ret}",\n    },`);
    const precision = shape.precision === "f32" ? "single precision (f32x4)" : "double precision (f64x2)";
    out.push(
      "",
      `/** The WebAssembly SIMD build of ${sourcePath}'s @simd variants in ${precision}, ${samplesPerCall(shape)} samples per call; load it with \`instantiateSimd\`. */`,
      `export const ${simdExportName(base, shape)}: SimdModule = {`,
      `  source: "${sourcePath}",`,
      `  lanes: ${samplesPerCall(shape)},`,
      `  precision: "${shape.precision}",`,
      "  functions: {",
      ...sig,
      "  },",
      `  wat: \`${wat}\`,`,
      "};",
    );
  }
  return [...out, ""].join("\n");
}
