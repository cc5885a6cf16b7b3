/**
 * The model activations the runtime exports (runtime/intrinsics.ts; `import { silu } from
 * "sobolev/runtime"`): sigmoid, silu, softplus. Interval: the runtime's pair rules (silu encloses its
 * interior minimum). SIMD: sigmoid and silu as WAT helpers over `$exp`, branch-free, in either precision.
 */
import { add, intrinsic, mul, num, sub } from "../ir/build.js";
import { expHelper } from "./exp.js";
import { viaBounds } from "./interval-calls.js";
import type { Primitive, WasmHelper } from "./types.js";

const sigmoidHelper: WasmHelper = {
  name: "sigmoid",
  uses: [expHelper],
  wat: ({ v, splat }) => `  ;; sigmoid(x) = 1/(1 + e^-x) for x ≥ 0, e^x/(1 + e^x) below: e = e^-|x| never overflows.
  (func $sigmoid (param $x v128) (result v128)
    (local $e v128) (local $d v128)
    (local.set $e (call $exp (${v}.neg (${v}.abs (local.get $x)))))
    (local.set $d (${v}.add ${splat(1)} (local.get $e)))
    (v128.bitselect (${v}.div ${splat(1)} (local.get $d)) (${v}.div (local.get $e) (local.get $d))
      (${v}.ge (local.get $x) ${splat(0)})))`,
};

const siluHelper: WasmHelper = {
  name: "silu",
  uses: [sigmoidHelper],
  wat: ({ v }) => `  ;; silu(x) = x · sigmoid(x)
  (func $silu (param $x v128) (result v128)
    (${v}.mul (local.get $x) (call $sigmoid (local.get $x))))`,
};

export const sigmoid: Primitive = {
  name: "sigmoid", spelling: { runtime: "sigmoid" }, arity: 1,
  usesResult: true,
  partial: (_i, _a, y) => mul(y!, sub(num(1), y!)),
  interval: viaBounds("sigmoid"),
  wasm: { helper: sigmoidHelper },
};

export const silu: Primitive = {
  name: "silu", spelling: { runtime: "silu" }, arity: 1,
  // silu(a) = a · s with s = sigmoid(a); silu'(a) = s · (1 + a · (1 − s))
  partial: (_i, [a], _y, bind) => {
    const s = bind(intrinsic("sigmoid", a!));
    return mul(s, add(num(1), mul(a!, sub(num(1), s))));
  },
  interval: viaBounds("silu"),
  wasm: { helper: siluHelper },
};

export const softplus: Primitive = {
  name: "softplus", spelling: { runtime: "softplus" }, arity: 1,
  partial: (_i, [a]) => intrinsic("sigmoid", a!),
  interval: viaBounds("softplus"),
};
