/**
 * A first derivative with sobolev, end to end: compile an annotated function, then print its value,
 * its gradient by the generated adjoint, its directional derivative by the generated tangent, and
 * a central finite-difference check of both.
 *
 *   npx tsx examples/first-derivative.ts
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatDiagnostic } from "../compiler/diagnostics.js";
import { loadCompiled } from "../compiler/integration/load.js";

const source = fileURLToPath(new URL("./first-derivative/option.ts", import.meta.url));
const { source: mod, variants, output } = await loadCompiled(source).catch((e) => {
  console.error(e.diagnostic ? formatDiagnostic(e.diagnostic) : e);
  process.exit(1);
});

console.log(`compiled ${output.functions.map((f) => f.name).join(", ")} from ${source.replace(process.cwd() + "/", "")}:`);
for (const f of output.files) console.log(`  ${f.variant.padEnd(8)} → ${f.functions.map((g) => g.name).join(", ")}`);
console.log("");
console.log(readFileSync(source, "utf8").split("\n").filter((l) => l.startsWith("export function") || l.startsWith("  ")).slice(0, 12).join("\n"));
console.log("");

const [spot, strike, vol] = [1.05, 1.0, 0.2];
const value = mod.smoothCall(spot, strike, vol) as number;
const grad = new Float64Array(3);
variants.adjoint!.smoothCall_adjoint(spot, strike, vol, 1, grad);
const out = new Float64Array(2);
variants.tangent!.smoothCall_tangent(spot, strike, vol, 1, 0, 0, out);

const h = 1e-5;
const fd = [0, 1, 2].map((i) => {
  const p = [spot, strike, vol], m = [spot, strike, vol];
  p[i]! += h;
  m[i]! -= h;
  return ((mod.smoothCall(...p) as number) - (mod.smoothCall(...m) as number)) / (2 * h);
});

console.log(`smoothCall(spot=${spot}, strike=${strike}, vol=${vol}) = ${value.toFixed(10)}`);
console.log("");
console.log("               adjoint (generated)   tangent (generated)   central difference    |adjoint − fd|");
const names = ["∂/∂spot", "∂/∂strike", "∂/∂vol"];
for (let i = 0; i < 3; i++) {
  const t = i === 0 ? out[1]!.toFixed(12).padStart(18) : "".padStart(18);
  console.log(`${names[i]!.padEnd(12)} ${grad[i]!.toFixed(12).padStart(18)}    ${t}    ${fd[i]!.toFixed(12).padStart(18)}    ${Math.abs(grad[i]! - fd[i]!).toExponential(1)}`);
}
const worst = Math.max(...[0, 1, 2].map((i) => Math.abs(grad[i]! - fd[i]!)), Math.abs(out[1]! - grad[0]!));
console.log("");
console.log(worst < 1e-8 ? `check passed: adjoint, tangent and differences agree (worst ${worst.toExponential(1)})` : `CHECK FAILED (worst ${worst})`);
process.exitCode = worst < 1e-8 ? 0 : 1;
