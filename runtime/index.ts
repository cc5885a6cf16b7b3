/** The sobolev runtime: what generated code and its drivers import. */
export { sigmoid, silu, softplus } from "./intrinsics.js";
export { Tape, tape } from "./tape.js";
