/**
 * The SIMD backend's output for one source file: one WebAssembly module (as WAT) holding every
 * function the file lists in `@simd`, and the TypeScript module a program imports it from
 * (`<file>.simd.ts`: the signatures, and the WAT itself, which runtime/simd/instance.ts assembles).
 */
import type { Func } from "../../ir/types.js";
import { FAULT, type SimdSignature } from "../../../runtime/simd/instance.js";
import { FuncEmitter, trap } from "./emit.js";
import { laneParams } from "./lanes.js";
import { MATH, type MathName } from "./math.js";

/** f64x2 vectors per real: each call runs 2·GROUPS samples. Four samples measured fastest on the MLP (bench/simd.ts). */
export const GROUPS = 2;

export interface SimdFunction {
  /** The generated function (IR), and the annotated function it is a variant of. */
  fn: Func;
  source: Func;
}

/** The tape registers and their push/pop of integers (reals are pushed inline, see emit.ts). */
const TAPE = `  (memory (export "memory") 1)
  ;; The tape: reals (f64x2 per group) from $fbase up, integers (i32) from $ibase up; set by the "tape" export.
  (global $fault (export "fault") (mut i32) (i32.const 0))
  (global $fbase (mut i32) (i32.const 0)) (global $ftop (mut i32) (i32.const 0)) (global $fend (mut i32) (i32.const 0))
  (global $ibase (mut i32) (i32.const 0)) (global $itop (mut i32) (i32.const 0)) (global $iend (mut i32) (i32.const 0))
  (func (export "tape") (param $f i32) (param $fe i32) (param $i i32) (param $ie i32)
    (global.set $fbase (local.get $f)) (global.set $ftop (local.get $f)) (global.set $fend (local.get $fe))
    (global.set $ibase (local.get $i)) (global.set $itop (local.get $i)) (global.set $iend (local.get $ie))
    (global.set $fault (i32.const 0)))
  (func $push_int (param $v i32)
    (if (i32.gt_u (i32.add (global.get $itop) (i32.const 4)) (global.get $iend)) ${trap(FAULT.intOverflow)})
    (i32.store (global.get $itop) (local.get $v))
    (global.set $itop (i32.add (global.get $itop) (i32.const 4))))
  (func $pop_int (result i32)
    (global.set $itop (i32.sub (global.get $itop) (i32.const 4)))
    (if (i32.lt_u (global.get $itop) (global.get $ibase)) ${trap(FAULT.intUnderflow)})
    (i32.load (global.get $itop)))`;

const generatedFrom = (sourcePath: string) => `Generated from ${sourcePath} by the sobolev compiler (WebAssembly SIMD build). Do not edit.`;

/** The module's WAT and each function's signature. */
export function simdModule(fns: SimdFunction[], sourcePath: string): { wat: string; signatures: Record<string, SimdSignature> } {
  const signatures: Record<string, SimdSignature> = {};
  const bodies: string[] = [];
  const math = new Set<MathName>();
  for (const { fn, source } of fns) {
    const params = laneParams(fn, source);
    const e = new FuncEmitter(fn, params, GROUPS);
    bodies.push(`  ;; ${fn.origin ?? `${fn.name}, the primal`}: ${2 * GROUPS} samples per call\n${e.emit()}`);
    for (const m of e.math) math.add(m);
    signatures[fn.name] = { params, ret: fn.ret === "bool" ? "int" : fn.ret };
  }
  const helpers = (Object.keys(MATH) as MathName[]).filter((m) => math.has(m)).map((m) => MATH[m].wat);
  return { wat: [`;; ${generatedFrom(sourcePath)}`, "(module", TAPE, ...helpers, ...bodies, ")", ""].join("\n"), signatures };
}

/** `<file>.simd.ts`: the signatures and the WAT, for runtime/simd/instance.ts. */
export function printSimdModule(exportName: string, fns: SimdFunction[], runtimeImport: string, sourcePath: string): string {
  const { wat, signatures } = simdModule(fns, sourcePath);
  if (wat.includes("`") || wat.includes("${")) throw new Error("internal: WAT text cannot be quoted in a template literal");
  const sig = Object.entries(signatures).map(([name, s]) =>
    `    ${name}: {\n      params: [${s.params.map((p) => `{ name: "${p.name}", kind: "${p.kind}" }`).join(", ")}],\n      ret: "${s.ret}",\n    },`);
  return [
    `// ${generatedFrom(sourcePath)}`,
    `import type { SimdModule } from "${runtimeImport}";`,
    "",
    `/** The WebAssembly SIMD build of ${sourcePath}'s @simd variants (${2 * GROUPS} samples per call); load it with \`instantiateSimd\`. */`,
    `export const ${exportName}: SimdModule = {`,
    `  source: "${sourcePath}",`,
    `  lanes: ${2 * GROUPS},`,
    "  functions: {",
    ...sig,
    "  },",
    `  wat: \`${wat}\`,`,
    "};",
    "",
  ].join("\n");
}
