/**
 * The vector a real becomes in the SIMD backend, by precision: `f64` is two doubles per v128
 * (f64x2), `f32` four floats (f32x4). The emitter and every primitive's WasmRule build their text
 * from this, so one IR gives either build; integers (i32) and the tape's v128 slots are the same
 * in both.
 */
import type { Precision } from "../../../runtime/simd/instance.js";
import type { Shape } from "../../primitives/types.js";

export type { Precision } from "../../../runtime/simd/instance.js";
export type { Shape } from "../../primitives/types.js";


/** A double as a WAT literal that reads back to the same double (an f32 lane rounds it to nearest). */
export function realLiteral(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (Object.is(v, -0)) return "-0.0";
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

export const F64: Shape = {
  precision: "f64", v: "f64x2", s: "f64", i: "i64x2", lanes: 2, bytes: 8, loadSplat: "v128.load64_splat",
  splat: (c) => `(v128.const f64x2 ${realLiteral(c)} ${realLiteral(c)})`,
};

export const F32: Shape = {
  precision: "f32", v: "f32x4", s: "f32", i: "i32x4", lanes: 4, bytes: 4, loadSplat: "v128.load32_splat",
  // the float nearest c, written as the double it is (so that the assembler cannot round twice)
  splat: (c) => `(v128.const f32x4 ${Array(4).fill(realLiteral(Math.fround(c))).join(" ")})`,
};

export const SHAPES: Readonly<Record<Precision, Shape>> = { f64: F64, f32: F32 };
