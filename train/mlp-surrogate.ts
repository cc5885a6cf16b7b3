// The MLP's generated variants, gathered for the runtime's trainer and evaluator.
import type { FunctionsModule } from "./parallel.js";
import type { SimdSurrogate, SurrogateFunctions } from "./surrogate.js";
import { mlp } from "../models/mlp.js";
import { mlp_adjoint, mlpOfInput_adjoint, mlpSquaredError_adjoint } from "../models/generated/mlp.adjoint.js";
import { mlp_adjoint_tangent } from "../models/generated/mlp.adjoint_tangent.js";
import { mlp_tangent_adjoint } from "../models/generated/mlp.tangent_adjoint.js";
import { mlp_tangent_tangent_adjoint } from "../models/generated/mlp.tangent_tangent_adjoint.js";
import { mlpSimd, mlpSimdF32 } from "../models/generated/mlp.simd.js";
import { instantiateSimd, type SimdInstance, type SimdModule } from "../runtime/simd/instance.js";

/** A SIMD build of models/mlp.ts, one instance per thread; without WebAssembly SIMD the TypeScript variants serve. */
async function load(mod: SimdModule): Promise<SimdInstance | undefined> {
  return instantiateSimd(mod).catch((e: unknown) => {
    console.error(`sobolev: the ${mod.precision ?? "f64"} SIMD build of models/mlp.ts is not available (${e instanceof Error ? e.message : String(e)}); training runs the TypeScript variants`);
    return undefined;
  });
}
const [simd, simdF32] = await Promise.all([load(mlpSimd), load(mlpSimdF32)]);

/** The names of the surrogate's functions in both builds. */
const names = (instance: SimdInstance): SimdSurrogate => ({
  instance, squaredErrorAdjoint: "mlpSquaredError_adjoint", inputAdjoint: "mlpOfInput_adjoint", tangentAdjoint: "mlp_tangent_adjoint",
  adjointTangent: "mlp_adjoint_tangent", tangentTangentAdjoint: "mlp_tangent_tangent_adjoint",
});

export const mlpFunctions: SurrogateFunctions = {
  primal: mlp,
  adjoint: mlp_adjoint,
  squaredErrorAdjoint: mlpSquaredError_adjoint,
  inputAdjoint: mlpOfInput_adjoint,
  tangentAdjoint: mlp_tangent_adjoint,
  adjointTangent: mlp_adjoint_tangent,
  tangentTangentAdjoint: mlp_tangent_tangent_adjoint,
  ...(simd ? { simd: names(simd) } : {}),
  ...(simdF32 ? { simdF32: names(simdF32) } : {}),
};

/** Where training worker threads import mlpFunctions from (train/parallel.ts). */
export const mlpFunctionsModule: FunctionsModule = { url: import.meta.url, exportName: "mlpFunctions" };
