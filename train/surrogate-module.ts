/**
 * A trained MLP as code: a standalone annotated TypeScript module with its weights inlined as
 * straight-line arithmetic (no arrays, no imports), so that a pricing app can drop it in and the
 * compiler can differentiate it like any other function (`sobolev fit` writes it beside its
 * generated tangent, adjoint, tangent-over-adjoint and interval variants). Evaluation order and SiLU's formula are the runtime's, so the
 * module reproduces the model's predictions to rounding.
 */
import type { SurrogateModel } from "./model.js";
import { isUniform, type InputBox } from "./reference.js";

export interface SurrogateSourceOptions {
  /** The exported function's name. */
  name: string;
  /** Where it came from, for the header. */
  origin: string;
  /** The input box, for @domain tags (verification samples there). */
  box: InputBox;
}

const lit = (v: number) => (Object.is(v, -0) ? "-0" : String(v));
const term = (w: number, x: string) => (w < 0 ? ` - ${lit(-w)} * ${x}` : ` + ${lit(w)} * ${x}`);

export function surrogateSource(m: SurrogateModel, o: SurrogateSourceOptions): string {
  const sizes = [...m.sizes], n = sizes[0]!, L = sizes.length - 1;
  const params = m.params, { xMean, xStd, yMean, yStd } = m.norm;
  const domain = isUniform(o.box) ? [` * @domain x ${lit(o.box.lo[0]!)} ${lit(o.box.hi[0]!)}`]
    : Array.from(o.box.lo, (lo, i) => ` * @domain x[${i}] ${lit(lo)} ${lit(o.box.hi[i]!)}`);
  const body: string[] = [];
  body.push("  // inputs, standardised: (x[i] − mean) / standard deviation of the training inputs");
  for (let i = 0; i < n; i++) body.push(`  const u${i} = (x[${i}]! - ${lit(xMean[i]!)}) / ${lit(xStd[i]!)};`);
  let inputs = Array.from({ length: n }, (_, i) => `u${i}`);
  let off = 0;
  for (let l = 0; l < L; l++) {
    const nIn = sizes[l]!, nOut = sizes[l + 1]!;
    const last = l === L - 1;
    body.push("", last ? "  // output layer (linear)" : `  // hidden layer ${l + 1}: ${nOut} SiLU neurons`);
    const next: string[] = [];
    for (let j = 0; j < nOut; j++) {
      // as the MLP computes it: the bias, then each weight times its input in order
      let s = lit(params[off + nOut * nIn + j]!);
      for (let i = 0; i < nIn; i++) s += term(params[off + j * nIn + i]!, inputs[i]!);
      const v = last ? "y" : `h${l + 1}_${j}`;
      body.push(last ? `  const ${v} = ${s};` : `  const ${v} = silu(${s});`);
      next.push(v);
    }
    off += (nIn + 1) * nOut;
    inputs = next;
  }
  body.push("", `  return ${lit(yMean)} + ${lit(yStd)} * y;`);
  return [
    `// ${o.origin}`,
    `// An MLP ${sizes.join("-")} (${params.length} parameters) with its weights inlined: no imports, no state.`,
    `// Its derivatives are generated beside it (\`sobolev compile\`): ${o.name}.tangent.ts (a directional derivative),`,
    `// ${o.name}.adjoint.ts (the deltas, all at once), ${o.name}.adjoint_tangent.ts (the tangent of the adjoint: gammas)`,
    `// and ${o.name}.interval.ts (an enclosure of the price over a box of inputs).`,
    "",
    "/** SiLU x·σ(x), as the sobolev runtime evaluates it. */",
    "function silu(x: number): number {",
    "  if (x >= 0) return x * (1 / (1 + Math.exp(-x)));",
    "  const e = Math.exp(x);",
    "  return x * (e / (1 + e));",
    "}",
    "",
    "/**",
    ` * The surrogate's price at inputs x (original units).`,
    " * @differentiable",
    " * @variant tangent",
    " * @variant adjoint",
    " * @variant adjoint tangent",
    " * @variant interval",
    ` * @length x ${n}`,
    ...domain,
    " */",
    `export function ${o.name}(x: Float64Array): number {`,
    ...body,
    "}",
    "",
  ].join("\n");
}
