// The MLP's generated variants, gathered for the runtime's trainer and evaluator.
import type { FunctionsModule } from "./parallel.js";
import type { SurrogateFunctions } from "./surrogate.js";
import { mlp } from "../models/mlp.js";
import { mlp_adjoint, mlpOfInput_adjoint, mlpSquaredError_adjoint } from "../models/mlp.adjoint.js";
import { mlp_adjoint_tangent } from "../models/mlp.adjoint_tangent.js";
import { mlp_tangent_adjoint } from "../models/mlp.tangent_adjoint.js";
import { mlp_tangent_tangent_adjoint } from "../models/mlp.tangent_tangent_adjoint.js";
import { mlpSimd } from "../models/mlp.simd.js";
import { instantiateSimd, type SimdInstance } from "../runtime/simd/instance.js";

/** The SIMD build (models/mlp.simd.ts), one instance per thread; without WebAssembly SIMD the TypeScript variants serve. */
const simd: SimdInstance | undefined = await instantiateSimd(mlpSimd).catch((e: unknown) => {
  console.error(`sobolev: the SIMD build of models/mlp.ts is not available (${e instanceof Error ? e.message : String(e)}); training runs the TypeScript variants`);
  return undefined;
});

export const mlpFunctions: SurrogateFunctions = {
  primal: mlp,
  adjoint: mlp_adjoint,
  squaredErrorAdjoint: mlpSquaredError_adjoint,
  inputAdjoint: mlpOfInput_adjoint,
  tangentAdjoint: mlp_tangent_adjoint,
  adjointTangent: mlp_adjoint_tangent,
  tangentTangentAdjoint: mlp_tangent_tangent_adjoint,
  simd: simd && {
    instance: simd, squaredErrorAdjoint: "mlpSquaredError_adjoint", inputAdjoint: "mlpOfInput_adjoint", tangentAdjoint: "mlp_tangent_adjoint",
    adjointTangent: "mlp_adjoint_tangent", tangentTangentAdjoint: "mlp_tangent_tangent_adjoint",
  },
};

/** Where training worker threads import mlpFunctions from (train/parallel.ts). */
export const mlpFunctionsModule: FunctionsModule = { url: import.meta.url, exportName: "mlpFunctions" };
