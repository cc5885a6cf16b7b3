/**
 * The SIMD backend's output for one source file: one WebAssembly module (as WAT) holding every
 * function the file lists in `@simd`, and the TypeScript module a program imports it from
 * (`<file>.simd.ts`: the signatures, and the WAT itself, which runtime/simd/instance.ts assembles).
 */
import type { Func } from "../../ir/types.js";
import { TAPE_WAT } from "../../primitives/tape.js";
import type { WasmHelper } from "../../primitives/types.js";
import type { SimdSignature } from "../../../runtime/simd/instance.js";
import { FuncEmitter } from "./emit.js";
import { laneParams } from "./lanes.js";

/** f64x2 vectors per real: each call runs 2·GROUPS samples. Four samples measured fastest on the MLP (bench/simd.ts). */
export const GROUPS = 2;

export interface SimdFunction {
  /** The generated function (IR), and the annotated function it is a variant of. */
  fn: Func;
  source: Func;
}

const generatedFrom = (sourcePath: string) => `Generated from ${sourcePath} by the sobolev compiler (WebAssembly SIMD build). Do not edit.`;

/** The module's WAT and each function's signature. */
export function simdModule(fns: SimdFunction[], sourcePath: string): { wat: string; signatures: Record<string, SimdSignature> } {
  const signatures: Record<string, SimdSignature> = {};
  const bodies: string[] = [];
  const helpers = new Set<WasmHelper>();
  for (const { fn, source } of fns) {
    const params = laneParams(fn, source);
    const e = new FuncEmitter(fn, params, GROUPS);
    bodies.push(`  ;; ${fn.origin ?? `${fn.name}, the primal`}: ${2 * GROUPS} samples per call\n${e.emit()}`);
    for (const h of e.helpers) helpers.add(h);
    signatures[fn.name] = { params, ret: fn.ret === "real" ? "real" : "void" };
  }
  // each helper after the ones it calls (the order a reader expects: exp, then sigmoid, then silu)
  const ordered: WasmHelper[] = [];
  const place = (h: WasmHelper): void => { if (ordered.includes(h)) return; h.uses.forEach(place); ordered.push(h); };
  [...helpers].forEach(place);
  return { wat: [`;; ${generatedFrom(sourcePath)}`, "(module", '  (memory (export "memory") 1)', TAPE_WAT, ...ordered.map((h) => h.wat), ...bodies, ")", ""].join("\n"), signatures };
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
