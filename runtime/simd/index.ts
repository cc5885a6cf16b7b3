/**
 * `sobolev/runtime/simd`: loading a generated `<model>.simd.ts` (WebAssembly SIMD). Apart from
 * `sobolev/runtime` so that code importing only the TypeScript variants never pulls in the
 * assembler (wabt, which reads `fs` under Node) — a browser bundle of them needs no Node built-in.
 */
export { instantiateSimd, Region, SimdInstance, type SimdCall, type SimdModule, type SimdOptions, type SimdSignature, type LaneKind } from "./instance.js";
