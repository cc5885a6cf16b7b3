/** The sobolev runtime: what generated code and its drivers import. */
export { sigmoid, silu, softplus, setLowWord, getHighWord, getLowWord, fromWords, copysign } from "./intrinsics.js";
export { mark, markAdjoint, markAdjointInterval, markInterval, probes, Probes } from "./probes.js";
export { Tape, tape } from "./tape.js";
// Pair functions called by generated interval code (runtime/interval/pairs.ts).
export * from "./interval/pairs.js";
// Types only: loading a SIMD build is `sobolev/runtime/simd` (it brings the assembler; this entry stays
// free of Node built-ins, so a browser bundle of generated TypeScript variants needs none).
export type { SimdCall, SimdModule, SimdOptions, SimdSignature, LaneKind } from "./simd/instance.js";
