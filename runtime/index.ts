/** The sobolev runtime: what generated code and its drivers import. */
export { sigmoid, silu, softplus, setLowWord } from "./intrinsics.js";
export { mark, markAdjoint, markAdjointInterval, markInterval, probes, Probes } from "./probes.js";
export { Tape, tape } from "./tape.js";
// Pair functions called by generated interval code (runtime/interval/pairs.ts).
export * from "./interval/pairs.js";
export { instantiateSimd, Region, SimdInstance, type SimdCall, type SimdModule, type SimdOptions, type SimdSignature, type LaneKind } from "./simd/instance.js";
