/**
 * The derivative checks `sobolev verify` and the tests run on generated code, one job a file:
 * values.ts (what they pass around), sampling.ts (points and directions from the annotations),
 * calls.ts (calling variants through their parameter roles), differences.ts (finite differences
 * that know when not to trust themselves), first-order.ts (tangent vs differences, adjoint vs
 * tangent), second-order.ts (both Hessian-vector compositions), interval.ts (enclosures).
 */
export * from "./values.js";
export * from "./sampling.js";
export * from "./calls.js";
export * from "./differences.js";
export * from "./first-order.js";
export * from "./second-order.js";
export * from "./interval.js";
