// Generated from models/mlp.ts by the sobolev compiler (WebAssembly SIMD build). Do not edit.
import type { SimdModule } from "../runtime/index.js";

/** The WebAssembly SIMD build of models/mlp.ts's @simd variants (4 samples per call); load it with `instantiateSimd`. */
export const mlpSimd: SimdModule = {
  source: "models/mlp.ts",
  lanes: 4,
  functions: {
    mlp_tangent: {
      params: [{ name: "params", kind: "shared" }, { name: "x", kind: "sample" }, { name: "act", kind: "sample" }, { name: "sizes", kind: "intarray" }, { name: "x_d", kind: "sample" }, { name: "act_d", kind: "sample" }, { name: "out", kind: "sample" }],
      ret: "void",
    },
    mlp_adjoint: {
      params: [{ name: "params", kind: "shared" }, { name: "x", kind: "sample" }, { name: "act", kind: "sample" }, { name: "sizes", kind: "intarray" }, { name: "params_b", kind: "accumulate" }, { name: "x_b", kind: "sample" }, { name: "act_b", kind: "sample" }, { name: "out_b", kind: "real" }],
      ret: "real",
    },
    mlp_tangent_adjoint: {
      params: [{ name: "params", kind: "shared" }, { name: "x", kind: "sample" }, { name: "act", kind: "sample" }, { name: "sizes", kind: "intarray" }, { name: "x_d", kind: "sample" }, { name: "act_d", kind: "sample" }, { name: "out", kind: "sample" }, { name: "params_b", kind: "accumulate" }, { name: "act_b", kind: "sample" }, { name: "act_d_b", kind: "sample" }, { name: "out_b", kind: "sample" }],
      ret: "void",
    },
    mlp: {
      params: [{ name: "params", kind: "shared" }, { name: "x", kind: "sample" }, { name: "act", kind: "sample" }, { name: "sizes", kind: "intarray" }],
      ret: "real",
    },
    mlpSquaredError_adjoint: {
      params: [{ name: "params", kind: "shared" }, { name: "x", kind: "sample" }, { name: "act", kind: "sample" }, { name: "sizes", kind: "intarray" }, { name: "target", kind: "real" }, { name: "params_b", kind: "accumulate" }, { name: "act_b", kind: "sample" }, { name: "out_b", kind: "real" }],
      ret: "real",
    },
    mlpOfInput_adjoint: {
      params: [{ name: "params", kind: "shared" }, { name: "x", kind: "sample" }, { name: "act", kind: "sample" }, { name: "sizes", kind: "intarray" }, { name: "x_b", kind: "sample" }, { name: "act_b", kind: "sample" }, { name: "out_b", kind: "real" }],
      ret: "real",
    },
  },
  wat: `;; Generated from models/mlp.ts by the sobolev compiler (WebAssembly SIMD build). Do not edit.
(module
  (memory (export "memory") 1)
  ;; The tape: reals (f64x2 per group) from $fbase up, integers (i32) from $ibase up; set by the "tape" export.
  (global $fault (export "fault") (mut i32) (i32.const 0))
  (global $fbase (mut i32) (i32.const 0)) (global $ftop (mut i32) (i32.const 0)) (global $fend (mut i32) (i32.const 0))
  (global $ibase (mut i32) (i32.const 0)) (global $itop (mut i32) (i32.const 0)) (global $iend (mut i32) (i32.const 0))
  (func (export "tape") (param $f i32) (param $fe i32) (param $i i32) (param $ie i32)
    (global.set $fbase (local.get $f)) (global.set $ftop (local.get $f)) (global.set $fend (local.get $fe))
    (global.set $ibase (local.get $i)) (global.set $itop (local.get $i)) (global.set $iend (local.get $ie))
    (global.set $fault (i32.const 0)))
  (func $push_int (param $v i32)
    (if (i32.gt_u (i32.add (global.get $itop) (i32.const 4)) (global.get $iend)) (then (global.set $fault (i32.const 3)) (unreachable)))
    (i32.store (global.get $itop) (local.get $v))
    (global.set $itop (i32.add (global.get $itop) (i32.const 4))))
  (func $pop_int (result i32)
    (global.set $itop (i32.sub (global.get $itop) (i32.const 4)))
    (if (i32.lt_u (global.get $itop) (global.get $ibase)) (then (global.set $fault (i32.const 4)) (unreachable)))
    (i32.load (global.get $itop)))
  ;; exp(x) = 2^k · e^r with k = round(x / ln 2), r = x − k·ln 2 (ln 2 split in two, so k·ln2hi is exact),
  ;; |r| ≤ 0.347, e^r by its Taylor polynomial to degree 13 (remainder < 2^-57). 2^k is applied as
  ;; 2^(k>>1) · 2^(k − k>>1), so that both factors are normal over the clamped range [−746, 710].
  (func $exp (param $x v128) (result v128)
    (local $k v128) (local $r v128) (local $p v128) (local $ki v128) (local $k1 v128)
    (local.set $x (f64x2.min (f64x2.max (local.get $x) (v128.const f64x2 -746 -746)) (v128.const f64x2 710 710)))
    (local.set $k (f64x2.nearest (f64x2.mul (local.get $x) (v128.const f64x2 1.4426950408889634 1.4426950408889634))))
    (local.set $r (f64x2.sub (f64x2.sub (local.get $x) (f64x2.mul (local.get $k) (v128.const f64x2 0.6931471803691238 0.6931471803691238)))
      (f64x2.mul (local.get $k) (v128.const f64x2 1.9082149292705877e-10 1.9082149292705877e-10))))
    (local.set $p (v128.const f64x2 1.6059043836821613e-10 1.6059043836821613e-10))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 2.08767569878681e-9 2.08767569878681e-9)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 2.505210838544172e-8 2.505210838544172e-8)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 2.755731922398589e-7 2.755731922398589e-7)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 0.0000027557319223985893 0.0000027557319223985893)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 0.0000248015873015873 0.0000248015873015873)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 0.0001984126984126984 0.0001984126984126984)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 0.001388888888888889 0.001388888888888889)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 0.008333333333333333 0.008333333333333333)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 0.041666666666666664 0.041666666666666664)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 0.16666666666666666 0.16666666666666666)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 0.5 0.5)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 1 1)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $r)) (v128.const f64x2 1 1)))
    (local.set $ki (i64x2.extend_low_i32x4_s (i32x4.trunc_sat_f64x2_s_zero (local.get $k))))
    (local.set $k1 (i64x2.shr_s (local.get $ki) (i32.const 1)))
    (f64x2.mul
      (f64x2.mul (local.get $p) (i64x2.shl (i64x2.add (local.get $k1) (v128.const i64x2 1023 1023)) (i32.const 52)))
      (i64x2.shl (i64x2.add (i64x2.sub (local.get $ki) (local.get $k1)) (v128.const i64x2 1023 1023)) (i32.const 52))))
  ;; sigmoid(x) = 1/(1 + e^-x) for x ≥ 0, e^x/(1 + e^x) below: e = e^-|x| never overflows.
  (func $sigmoid (param $x v128) (result v128)
    (local $e v128) (local $d v128)
    (local.set $e (call $exp (f64x2.neg (f64x2.abs (local.get $x)))))
    (local.set $d (f64x2.add (v128.const f64x2 1 1) (local.get $e)))
    (v128.bitselect (f64x2.div (v128.const f64x2 1 1) (local.get $d)) (f64x2.div (local.get $e) (local.get $d))
      (f64x2.ge (local.get $x) (v128.const f64x2 0 0))))
  ;; silu(x) = x · sigmoid(x)
  (func $silu (param $x v128) (result v128)
    (f64x2.mul (local.get $x) (call $sigmoid (local.get $x))))
  ;; tangent of mlp: 4 samples per call
  (func $mlp_tangent (export "mlp_tangent") (param $params i32) (param $params.length i32) (param $x i32) (param $x.length i32) (param $act i32) (param $act.length i32) (param $sizes i32) (param $sizes.length i32) (param $x_d i32) (param $x_d.length i32) (param $act_d i32) (param $act_d.length i32) (param $out i32) (param $out.length i32)
    (local $layers i32) (local $n0 i32) (local $i i32) (local $to0 i32) (local $a0 i32) (local $a1 i32)
    (local $pOff i32) (local $inOff i32) (local $outOff i32) (local $l i32) (local $to1 i32) (local $nIn i32)
    (local $nOut i32) (local $j i32) (local $to2 i32) (local $w0 v128) (local $s.0 v128) (local $s.1 v128)
    (local $s_d.0 v128) (local $s_d.1 v128) (local $to3 i32) (local $w1 v128) (local $t1.0 v128) (local $t1.1 v128)
    (local $t2.0 v128) (local $t2.1 v128) (local $t1_d.0 v128) (local $t1_d.1 v128) (local $nLast i32) (local $w2 v128)
    (local $y.0 v128) (local $y.1 v128) (local $y_d.0 v128) (local $y_d.1 v128) (local $to4 i32) (local $w3 v128)
    ;; mlp.ts:47
    (local.set $layers (i32.sub (local.get $sizes.length) (i32.const 1)))
    ;; mlp.ts:48
    (local.set $n0 (i32.load (i32.add (local.get $sizes) (i32.shl (i32.const 0) (i32.const 2)))))
    ;; mlp.ts:49
    (local.set $i (i32.const 0))
    (local.set $to0 (local.get $n0))
    (block $break0 (loop $loop0
      (br_if $break0 (i32.eqz (i32.lt_s (local.get $i) (local.get $to0))))
      ;; mlp.ts:50
      (local.set $a0 (i32.add (local.get $x_d) (i32.shl (local.get $i) (i32.const 5))))
      (local.set $a1 (i32.add (local.get $act_d) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (v128.load offset=0 (local.get $a0)))
      (v128.store offset=16 (local.get $a1) (v128.load offset=16 (local.get $a0)))
      (local.set $a0 (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 5))))
      (local.set $a1 (i32.add (local.get $act) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (v128.load offset=0 (local.get $a0)))
      (v128.store offset=16 (local.get $a1) (v128.load offset=16 (local.get $a0)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $loop0)
    ))
    ;; mlp.ts:52
    (local.set $pOff (i32.const 0))
    ;; mlp.ts:53
    (local.set $inOff (i32.const 0))
    ;; mlp.ts:54
    (local.set $outOff (local.get $n0))
    ;; mlp.ts:55
    (local.set $l (i32.const 0))
    (local.set $to1 (i32.sub (local.get $layers) (i32.const 1)))
    (block $break1 (loop $loop1
      (br_if $break1 (i32.eqz (i32.lt_s (local.get $l) (local.get $to1))))
      ;; mlp.ts:56
      (local.set $nIn (i32.load (i32.add (local.get $sizes) (i32.shl (local.get $l) (i32.const 2)))))
      ;; mlp.ts:57
      (local.set $nOut (i32.load (i32.add (local.get $sizes) (i32.shl (i32.add (local.get $l) (i32.const 1)) (i32.const 2)))))
      ;; mlp.ts:58
      (local.set $j (i32.const 0))
      (local.set $to2 (local.get $nOut))
      (block $break2 (loop $loop2
        (br_if $break2 (i32.eqz (i32.lt_s (local.get $j) (local.get $to2))))
        ;; mlp.ts:59
        (local.set $w0 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $j)) (i32.const 3)))))
        (local.set $s.0 (local.get $w0))
        (local.set $s.1 (local.get $w0))
        (local.set $s_d.0 (v128.const f64x2 0.0 0.0))
        (local.set $s_d.1 (v128.const f64x2 0.0 0.0))
        ;; mlp.ts:60
        (local.set $i (i32.const 0))
        (local.set $to3 (local.get $nIn))
        (block $break3 (loop $loop3
          (br_if $break3 (i32.eqz (i32.lt_s (local.get $i) (local.get $to3))))
          ;; mlp.ts:61
          (local.set $w1 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 3)))))
          (local.set $a0 (i32.add (local.get $act_d) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $s_d.0 (f64x2.add (local.get $s_d.0) (f64x2.mul (local.get $w1) (v128.load offset=0 (local.get $a0)))))
          (local.set $s_d.1 (f64x2.add (local.get $s_d.1) (f64x2.mul (local.get $w1) (v128.load offset=16 (local.get $a0)))))
          (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $s.0 (f64x2.add (local.get $s.0) (f64x2.mul (local.get $w1) (v128.load offset=0 (local.get $a0)))))
          (local.set $s.1 (f64x2.add (local.get $s.1) (f64x2.mul (local.get $w1) (v128.load offset=16 (local.get $a0)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $loop3)
        ))
        ;; mlp.ts:63
        (local.set $t1.0 (call $silu (local.get $s.0)))
        (local.set $t1.1 (call $silu (local.get $s.1)))
        (local.set $t2.0 (call $sigmoid (local.get $s.0)))
        (local.set $t2.1 (call $sigmoid (local.get $s.1)))
        (local.set $t1_d.0 (f64x2.mul (f64x2.mul (local.get $t2.0) (f64x2.add (v128.const f64x2 1.0 1.0) (f64x2.mul (local.get $s.0) (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t2.0))))) (local.get $s_d.0)))
        (local.set $t1_d.1 (f64x2.mul (f64x2.mul (local.get $t2.1) (f64x2.add (v128.const f64x2 1.0 1.0) (f64x2.mul (local.get $s.1) (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t2.1))))) (local.get $s_d.1)))
        (local.set $a0 (i32.add (local.get $act_d) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (local.get $t1_d.0))
        (v128.store offset=16 (local.get $a0) (local.get $t1_d.1))
        (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (local.get $t1.0))
        (v128.store offset=16 (local.get $a0) (local.get $t1.1))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $loop2)
      ))
      ;; mlp.ts:65
      (local.set $pOff (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $nOut)))
      ;; mlp.ts:66
      (local.set $inOff (local.get $outOff))
      ;; mlp.ts:67
      (local.set $outOff (i32.add (local.get $outOff) (local.get $nOut)))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $loop1)
    ))
    ;; mlp.ts:69
    (local.set $nLast (i32.load (i32.add (local.get $sizes) (i32.shl (i32.sub (local.get $layers) (i32.const 1)) (i32.const 2)))))
    ;; mlp.ts:70
    (local.set $w2 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $nLast)) (i32.const 3)))))
    (local.set $y.0 (local.get $w2))
    (local.set $y.1 (local.get $w2))
    (local.set $y_d.0 (v128.const f64x2 0.0 0.0))
    (local.set $y_d.1 (v128.const f64x2 0.0 0.0))
    ;; mlp.ts:71
    (local.set $i (i32.const 0))
    (local.set $to4 (local.get $nLast))
    (block $break4 (loop $loop4
      (br_if $break4 (i32.eqz (i32.lt_s (local.get $i) (local.get $to4))))
      ;; mlp.ts:72
      (local.set $w3 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 3)))))
      (local.set $a0 (i32.add (local.get $act_d) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $y_d.0 (f64x2.add (local.get $y_d.0) (f64x2.mul (local.get $w3) (v128.load offset=0 (local.get $a0)))))
      (local.set $y_d.1 (f64x2.add (local.get $y_d.1) (f64x2.mul (local.get $w3) (v128.load offset=16 (local.get $a0)))))
      (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $y.0 (f64x2.add (local.get $y.0) (f64x2.mul (local.get $w3) (v128.load offset=0 (local.get $a0)))))
      (local.set $y.1 (f64x2.add (local.get $y.1) (f64x2.mul (local.get $w3) (v128.load offset=16 (local.get $a0)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $loop4)
    ))
    (local.set $a0 (i32.add (local.get $out) (i32.shl (i32.const 0) (i32.const 5))))
    (v128.store offset=0 (local.get $a0) (local.get $y.0))
    (v128.store offset=16 (local.get $a0) (local.get $y.1))
    (local.set $a0 (i32.add (local.get $out) (i32.shl (i32.const 1) (i32.const 5))))
    (v128.store offset=0 (local.get $a0) (local.get $y_d.0))
    (v128.store offset=16 (local.get $a0) (local.get $y_d.1))
  )
  ;; adjoint of mlp: 4 samples per call
  (func $mlp_adjoint (export "mlp_adjoint") (param $params i32) (param $params.length i32) (param $x i32) (param $x.length i32) (param $act i32) (param $act.length i32) (param $sizes i32) (param $sizes.length i32) (param $params_b i32) (param $params_b.length i32) (param $x_b i32) (param $x_b.length i32) (param $act_b i32) (param $act_b.length i32) (param $out_b.ptr i32) (param $ret.ptr i32)
    (local $out_b.0 v128) (local $out_b.1 v128) (local $nIn i32) (local $nOut i32) (local $s.0 v128) (local $s.1 v128)
    (local $layers i32) (local $n0 i32) (local $i i32) (local $to0 i32) (local $a0 i32) (local $a1 i32)
    (local $pOff i32) (local $inOff i32) (local $outOff i32) (local $l i32) (local $to1 i32) (local $j i32)
    (local $to2 i32) (local $w0 v128) (local $to3 i32) (local $w1 v128) (local $t1.0 v128) (local $t1.1 v128)
    (local $nLast i32) (local $w2 v128) (local $y.0 v128) (local $y.1 v128) (local $to4 i32) (local $w3 v128)
    (local $s_b.0 v128) (local $s_b.1 v128) (local $t1_b.0 v128) (local $t1_b.1 v128) (local $y_b.0 v128) (local $y_b.1 v128)
    (local $to5 i32) (local $acc4 v128) (local $acc4.addr i32) (local $w5 v128) (local $acc6 v128) (local $acc6.addr i32)
    (local $to6 i32) (local $to7 i32) (local $p0.0 v128) (local $p0.1 v128) (local $t2.0 v128) (local $t2.1 v128)
    (local $to8 i32) (local $acc7 v128) (local $acc7.addr i32) (local $w8 v128) (local $acc9 v128) (local $acc9.addr i32)
    (local $to9 i32) (local $a2 i32)
    (local.set $out_b.0 (v128.load offset=0 (local.get $out_b.ptr)))
    (local.set $out_b.1 (v128.load offset=16 (local.get $out_b.ptr)))
    (local.set $nIn (i32.const 0))
    (local.set $nOut (i32.const 0))
    (local.set $s.0 (v128.const f64x2 0.0 0.0))
    (local.set $s.1 (v128.const f64x2 0.0 0.0))
    ;; mlp.ts:47
    (local.set $layers (i32.sub (local.get $sizes.length) (i32.const 1)))
    ;; mlp.ts:48
    (local.set $n0 (i32.load (i32.add (local.get $sizes) (i32.shl (i32.const 0) (i32.const 2)))))
    ;; mlp.ts:49
    (local.set $i (i32.const 0))
    (local.set $to0 (local.get $n0))
    (block $break0 (loop $loop0
      (br_if $break0 (i32.eqz (i32.lt_s (local.get $i) (local.get $to0))))
      ;; mlp.ts:50
      (local.set $a0 (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 5))))
      (local.set $a1 (i32.add (local.get $act) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (v128.load offset=0 (local.get $a0)))
      (v128.store offset=16 (local.get $a1) (v128.load offset=16 (local.get $a0)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $loop0)
    ))
    ;; mlp.ts:52
    (local.set $pOff (i32.const 0))
    ;; mlp.ts:53
    (local.set $inOff (i32.const 0))
    ;; mlp.ts:54
    (local.set $outOff (local.get $n0))
    ;; mlp.ts:55
    (local.set $l (i32.const 0))
    (local.set $to1 (i32.sub (local.get $layers) (i32.const 1)))
    (block $break1 (loop $loop1
      (br_if $break1 (i32.eqz (i32.lt_s (local.get $l) (local.get $to1))))
      ;; mlp.ts:56
      (call $push_int (local.get $nIn))
      (local.set $nIn (i32.load (i32.add (local.get $sizes) (i32.shl (local.get $l) (i32.const 2)))))
      ;; mlp.ts:57
      (call $push_int (local.get $nOut))
      (local.set $nOut (i32.load (i32.add (local.get $sizes) (i32.shl (i32.add (local.get $l) (i32.const 1)) (i32.const 2)))))
      ;; mlp.ts:58
      (local.set $j (i32.const 0))
      (local.set $to2 (local.get $nOut))
      (block $break2 (loop $loop2
        (br_if $break2 (i32.eqz (i32.lt_s (local.get $j) (local.get $to2))))
        ;; mlp.ts:59
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (local.get $s.0))
        (v128.store offset=16 (global.get $ftop) (local.get $s.1))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $w0 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $j)) (i32.const 3)))))
        (local.set $s.0 (local.get $w0))
        (local.set $s.1 (local.get $w0))
        ;; mlp.ts:60
        (local.set $i (i32.const 0))
        (local.set $to3 (local.get $nIn))
        (block $break3 (loop $loop3
          (br_if $break3 (i32.eqz (i32.lt_s (local.get $i) (local.get $to3))))
          ;; mlp.ts:61
          (local.set $w1 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 3)))))
          (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $s.0 (f64x2.add (local.get $s.0) (f64x2.mul (local.get $w1) (v128.load offset=0 (local.get $a0)))))
          (local.set $s.1 (f64x2.add (local.get $s.1) (f64x2.mul (local.get $w1) (v128.load offset=16 (local.get $a0)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $loop3)
        ))
        ;; mlp.ts:63
        (local.set $t1.0 (call $silu (local.get $s.0)))
        (local.set $t1.1 (call $silu (local.get $s.1)))
        (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (v128.load offset=0 (local.get $a0)))
        (v128.store offset=16 (global.get $ftop) (v128.load offset=16 (local.get $a0)))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (local.get $t1.0))
        (v128.store offset=16 (local.get $a0) (local.get $t1.1))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $loop2)
      ))
      ;; mlp.ts:65
      (call $push_int (local.get $pOff))
      (local.set $pOff (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $nOut)))
      ;; mlp.ts:66
      (call $push_int (local.get $inOff))
      (local.set $inOff (local.get $outOff))
      ;; mlp.ts:67
      (call $push_int (local.get $outOff))
      (local.set $outOff (i32.add (local.get $outOff) (local.get $nOut)))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $loop1)
    ))
    ;; mlp.ts:69
    (local.set $nLast (i32.load (i32.add (local.get $sizes) (i32.shl (i32.sub (local.get $layers) (i32.const 1)) (i32.const 2)))))
    ;; mlp.ts:70
    (local.set $w2 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $nLast)) (i32.const 3)))))
    (local.set $y.0 (local.get $w2))
    (local.set $y.1 (local.get $w2))
    ;; mlp.ts:71
    (local.set $i (i32.const 0))
    (local.set $to4 (local.get $nLast))
    (block $break4 (loop $loop4
      (br_if $break4 (i32.eqz (i32.lt_s (local.get $i) (local.get $to4))))
      ;; mlp.ts:72
      (local.set $w3 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 3)))))
      (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $y.0 (f64x2.add (local.get $y.0) (f64x2.mul (local.get $w3) (v128.load offset=0 (local.get $a0)))))
      (local.set $y.1 (f64x2.add (local.get $y.1) (f64x2.mul (local.get $w3) (v128.load offset=16 (local.get $a0)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $loop4)
    ))
    ;; reverse sweep
    (local.set $s_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $s_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $t1_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $t1_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $y_b.0 (local.get $out_b.0))
    (local.set $y_b.1 (local.get $out_b.1))
    ;; mlp.ts:71
    (local.set $i (i32.sub (local.get $nLast) (i32.const 1)))
    (local.set $to5 (i32.const 0))
    (block $break5 (loop $loop5
      (br_if $break5 (i32.eqz (i32.ge_s (local.get $i) (local.get $to5))))
      ;; mlp.ts:72
      (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $acc4.addr (i32.add (local.get $params_b) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 4))))
      (local.set $acc4 (f64x2.add (f64x2.mul (local.get $y_b.0) (v128.load offset=0 (local.get $a0))) (f64x2.mul (local.get $y_b.1) (v128.load offset=16 (local.get $a0)))))
      (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $w5 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 3)))))
      (local.set $a1 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (f64x2.add (v128.load offset=0 (local.get $a0)) (f64x2.mul (local.get $y_b.0) (local.get $w5))))
      (v128.store offset=16 (local.get $a1) (f64x2.add (v128.load offset=16 (local.get $a0)) (f64x2.mul (local.get $y_b.1) (local.get $w5))))
      (v128.store (local.get $acc4.addr) (f64x2.add (v128.load (local.get $acc4.addr)) (local.get $acc4)))
      (local.set $i (i32.add (local.get $i) (i32.const -1)))
      (br $loop5)
    ))
    ;; mlp.ts:70
    (local.set $acc6.addr (i32.add (local.get $params_b) (i32.shl (i32.add (local.get $pOff) (local.get $nLast)) (i32.const 4))))
    (local.set $acc6 (f64x2.add (local.get $y_b.0) (local.get $y_b.1)))
    (local.set $y_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $y_b.1 (v128.const f64x2 0.0 0.0))
    ;; mlp.ts:55
    (v128.store (local.get $acc6.addr) (f64x2.add (v128.load (local.get $acc6.addr)) (local.get $acc6)))
    (local.set $l (i32.sub (i32.sub (local.get $layers) (i32.const 1)) (i32.const 1)))
    (local.set $to6 (i32.const 0))
    (block $break6 (loop $loop6
      (br_if $break6 (i32.eqz (i32.ge_s (local.get $l) (local.get $to6))))
      ;; mlp.ts:67
      (local.set $outOff (call $pop_int))
      ;; mlp.ts:66
      (local.set $inOff (call $pop_int))
      ;; mlp.ts:65
      (local.set $pOff (call $pop_int))
      ;; mlp.ts:58
      (local.set $j (i32.sub (local.get $nOut) (i32.const 1)))
      (local.set $to7 (i32.const 0))
      (block $break7 (loop $loop7
        (br_if $break7 (i32.eqz (i32.ge_s (local.get $j) (local.get $to7))))
        ;; mlp.ts:63
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (local.get $p0.0))
        (v128.store offset=16 (local.get $a0) (local.get $p0.1))
        ;; markAdjoint: the SIMD build records no probes
        (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (local.set $t1_b.0 (f64x2.add (local.get $t1_b.0) (v128.load offset=0 (local.get $a0))))
        (local.set $t1_b.1 (f64x2.add (local.get $t1_b.1) (v128.load offset=16 (local.get $a0))))
        (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (v128.const f64x2 0.0 0.0))
        (v128.store offset=16 (local.get $a0) (v128.const f64x2 0.0 0.0))
        (local.set $t2.0 (call $sigmoid (local.get $s.0)))
        (local.set $t2.1 (call $sigmoid (local.get $s.1)))
        (local.set $s_b.0 (f64x2.add (local.get $s_b.0) (f64x2.mul (local.get $t1_b.0) (f64x2.mul (local.get $t2.0) (f64x2.add (v128.const f64x2 1.0 1.0) (f64x2.mul (local.get $s.0) (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t2.0))))))))
        (local.set $s_b.1 (f64x2.add (local.get $s_b.1) (f64x2.mul (local.get $t1_b.1) (f64x2.mul (local.get $t2.1) (f64x2.add (v128.const f64x2 1.0 1.0) (f64x2.mul (local.get $s.1) (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t2.1))))))))
        (local.set $t1_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $t1_b.1 (v128.const f64x2 0.0 0.0))
        ;; mlp.ts:60
        (local.set $i (i32.sub (local.get $nIn) (i32.const 1)))
        (local.set $to8 (i32.const 0))
        (block $break8 (loop $loop8
          (br_if $break8 (i32.eqz (i32.ge_s (local.get $i) (local.get $to8))))
          ;; mlp.ts:61
          (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $acc7.addr (i32.add (local.get $params_b) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 4))))
          (local.set $acc7 (f64x2.add (f64x2.mul (local.get $s_b.0) (v128.load offset=0 (local.get $a0))) (f64x2.mul (local.get $s_b.1) (v128.load offset=16 (local.get $a0)))))
          (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $w8 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 3)))))
          (local.set $a1 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (v128.store offset=0 (local.get $a1) (f64x2.add (v128.load offset=0 (local.get $a0)) (f64x2.mul (local.get $s_b.0) (local.get $w8))))
          (v128.store offset=16 (local.get $a1) (f64x2.add (v128.load offset=16 (local.get $a0)) (f64x2.mul (local.get $s_b.1) (local.get $w8))))
          (v128.store (local.get $acc7.addr) (f64x2.add (v128.load (local.get $acc7.addr)) (local.get $acc7)))
          (local.set $i (i32.add (local.get $i) (i32.const -1)))
          (br $loop8)
        ))
        ;; mlp.ts:59
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $s.0 (local.get $p0.0))
        (local.set $s.1 (local.get $p0.1))
        (local.set $acc9.addr (i32.add (local.get $params_b) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $j)) (i32.const 4))))
        (local.set $acc9 (f64x2.add (local.get $s_b.0) (local.get $s_b.1)))
        (local.set $s_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $s_b.1 (v128.const f64x2 0.0 0.0))
        (v128.store (local.get $acc9.addr) (f64x2.add (v128.load (local.get $acc9.addr)) (local.get $acc9)))
        (local.set $j (i32.add (local.get $j) (i32.const -1)))
        (br $loop7)
      ))
      ;; mlp.ts:57
      (local.set $nOut (call $pop_int))
      ;; mlp.ts:56
      (local.set $nIn (call $pop_int))
      (local.set $l (i32.add (local.get $l) (i32.const -1)))
      (br $loop6)
    ))
    ;; mlp.ts:49
    (local.set $i (i32.sub (local.get $n0) (i32.const 1)))
    (local.set $to9 (i32.const 0))
    (block $break9 (loop $loop9
      (br_if $break9 (i32.eqz (i32.ge_s (local.get $i) (local.get $to9))))
      ;; mlp.ts:50
      (local.set $a0 (i32.add (local.get $x_b) (i32.shl (local.get $i) (i32.const 5))))
      (local.set $a1 (i32.add (local.get $act_b) (i32.shl (local.get $i) (i32.const 5))))
      (local.set $a2 (i32.add (local.get $x_b) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a2) (f64x2.add (v128.load offset=0 (local.get $a0)) (v128.load offset=0 (local.get $a1))))
      (v128.store offset=16 (local.get $a2) (f64x2.add (v128.load offset=16 (local.get $a0)) (v128.load offset=16 (local.get $a1))))
      (local.set $a0 (i32.add (local.get $act_b) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a0) (v128.const f64x2 0.0 0.0))
      (v128.store offset=16 (local.get $a0) (v128.const f64x2 0.0 0.0))
      (local.set $i (i32.add (local.get $i) (i32.const -1)))
      (br $loop9)
    ))
    (v128.store offset=0 (local.get $ret.ptr) (local.get $y.0))
    (v128.store offset=16 (local.get $ret.ptr) (local.get $y.1))
    (return)
  )
  ;; adjoint of tangent of mlp: 4 samples per call
  (func $mlp_tangent_adjoint (export "mlp_tangent_adjoint") (param $params i32) (param $params.length i32) (param $x i32) (param $x.length i32) (param $act i32) (param $act.length i32) (param $sizes i32) (param $sizes.length i32) (param $x_d i32) (param $x_d.length i32) (param $act_d i32) (param $act_d.length i32) (param $out i32) (param $out.length i32) (param $params_b i32) (param $params_b.length i32) (param $act_b i32) (param $act_b.length i32) (param $act_d_b i32) (param $act_d_b.length i32) (param $out_b i32) (param $out_b.length i32)
    (local $nIn i32) (local $nOut i32) (local $s.0 v128) (local $s.1 v128) (local $s_d.0 v128) (local $s_d.1 v128)
    (local $t2.0 v128) (local $t2.1 v128) (local $t3.0 v128) (local $t3.1 v128) (local $t4.0 v128) (local $t4.1 v128)
    (local $t5.0 v128) (local $t5.1 v128) (local $layers i32) (local $n0 i32) (local $i i32) (local $to0 i32)
    (local $a0 i32) (local $a1 i32) (local $pOff i32) (local $inOff i32) (local $outOff i32) (local $l i32)
    (local $to1 i32) (local $j i32) (local $to2 i32) (local $w0 v128) (local $to3 i32) (local $w1 v128)
    (local $t1.0 v128) (local $t1.1 v128) (local $t1_d.0 v128) (local $t1_d.1 v128) (local $nLast i32) (local $w2 v128)
    (local $y.0 v128) (local $y.1 v128) (local $y_d.0 v128) (local $y_d.1 v128) (local $to4 i32) (local $w3 v128)
    (local $s_b.0 v128) (local $s_b.1 v128) (local $s_d_b.0 v128) (local $s_d_b.1 v128) (local $t1_b.0 v128) (local $t1_b.1 v128)
    (local $t2_b.0 v128) (local $t2_b.1 v128) (local $t3_b.0 v128) (local $t3_b.1 v128) (local $t4_b.0 v128) (local $t4_b.1 v128)
    (local $t5_b.0 v128) (local $t5_b.1 v128) (local $t1_d_b.0 v128) (local $t1_d_b.1 v128) (local $y_b.0 v128) (local $y_b.1 v128)
    (local $y_d_b.0 v128) (local $y_d_b.1 v128) (local $to5 i32) (local $acc4 v128) (local $acc4.addr i32) (local $w5 v128)
    (local $acc6 v128) (local $acc6.addr i32) (local $to6 i32) (local $to7 i32) (local $p0.0 v128) (local $p0.1 v128)
    (local $t6.0 v128) (local $t6.1 v128) (local $to8 i32) (local $acc7 v128) (local $acc7.addr i32) (local $w8 v128)
    (local $acc9 v128) (local $acc9.addr i32) (local $to9 i32)
    (local.set $nIn (i32.const 0))
    (local.set $nOut (i32.const 0))
    (local.set $s.0 (v128.const f64x2 0.0 0.0))
    (local.set $s.1 (v128.const f64x2 0.0 0.0))
    (local.set $s_d.0 (v128.const f64x2 0.0 0.0))
    (local.set $s_d.1 (v128.const f64x2 0.0 0.0))
    (local.set $t2.0 (v128.const f64x2 0.0 0.0))
    (local.set $t2.1 (v128.const f64x2 0.0 0.0))
    (local.set $t3.0 (v128.const f64x2 0.0 0.0))
    (local.set $t3.1 (v128.const f64x2 0.0 0.0))
    (local.set $t4.0 (v128.const f64x2 0.0 0.0))
    (local.set $t4.1 (v128.const f64x2 0.0 0.0))
    (local.set $t5.0 (v128.const f64x2 0.0 0.0))
    (local.set $t5.1 (v128.const f64x2 0.0 0.0))
    ;; mlp.ts:47
    (local.set $layers (i32.sub (local.get $sizes.length) (i32.const 1)))
    ;; mlp.ts:48
    (local.set $n0 (i32.load (i32.add (local.get $sizes) (i32.shl (i32.const 0) (i32.const 2)))))
    ;; mlp.ts:49
    (local.set $i (i32.const 0))
    (local.set $to0 (local.get $n0))
    (block $break0 (loop $loop0
      (br_if $break0 (i32.eqz (i32.lt_s (local.get $i) (local.get $to0))))
      ;; mlp.ts:50
      (local.set $a0 (i32.add (local.get $x_d) (i32.shl (local.get $i) (i32.const 5))))
      (local.set $a1 (i32.add (local.get $act_d) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (v128.load offset=0 (local.get $a0)))
      (v128.store offset=16 (local.get $a1) (v128.load offset=16 (local.get $a0)))
      (local.set $a0 (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 5))))
      (local.set $a1 (i32.add (local.get $act) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (v128.load offset=0 (local.get $a0)))
      (v128.store offset=16 (local.get $a1) (v128.load offset=16 (local.get $a0)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $loop0)
    ))
    ;; mlp.ts:52
    (local.set $pOff (i32.const 0))
    ;; mlp.ts:53
    (local.set $inOff (i32.const 0))
    ;; mlp.ts:54
    (local.set $outOff (local.get $n0))
    ;; mlp.ts:55
    (local.set $l (i32.const 0))
    (local.set $to1 (i32.sub (local.get $layers) (i32.const 1)))
    (block $break1 (loop $loop1
      (br_if $break1 (i32.eqz (i32.lt_s (local.get $l) (local.get $to1))))
      ;; mlp.ts:56
      (call $push_int (local.get $nIn))
      (local.set $nIn (i32.load (i32.add (local.get $sizes) (i32.shl (local.get $l) (i32.const 2)))))
      ;; mlp.ts:57
      (call $push_int (local.get $nOut))
      (local.set $nOut (i32.load (i32.add (local.get $sizes) (i32.shl (i32.add (local.get $l) (i32.const 1)) (i32.const 2)))))
      ;; mlp.ts:58
      (local.set $j (i32.const 0))
      (local.set $to2 (local.get $nOut))
      (block $break2 (loop $loop2
        (br_if $break2 (i32.eqz (i32.lt_s (local.get $j) (local.get $to2))))
        ;; mlp.ts:59
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (local.get $s.0))
        (v128.store offset=16 (global.get $ftop) (local.get $s.1))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $w0 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $j)) (i32.const 3)))))
        (local.set $s.0 (local.get $w0))
        (local.set $s.1 (local.get $w0))
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (local.get $s_d.0))
        (v128.store offset=16 (global.get $ftop) (local.get $s_d.1))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $s_d.0 (v128.const f64x2 0.0 0.0))
        (local.set $s_d.1 (v128.const f64x2 0.0 0.0))
        ;; mlp.ts:60
        (local.set $i (i32.const 0))
        (local.set $to3 (local.get $nIn))
        (block $break3 (loop $loop3
          (br_if $break3 (i32.eqz (i32.lt_s (local.get $i) (local.get $to3))))
          ;; mlp.ts:61
          (local.set $w1 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 3)))))
          (local.set $a0 (i32.add (local.get $act_d) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $s_d.0 (f64x2.add (local.get $s_d.0) (f64x2.mul (local.get $w1) (v128.load offset=0 (local.get $a0)))))
          (local.set $s_d.1 (f64x2.add (local.get $s_d.1) (f64x2.mul (local.get $w1) (v128.load offset=16 (local.get $a0)))))
          (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $s.0 (f64x2.add (local.get $s.0) (f64x2.mul (local.get $w1) (v128.load offset=0 (local.get $a0)))))
          (local.set $s.1 (f64x2.add (local.get $s.1) (f64x2.mul (local.get $w1) (v128.load offset=16 (local.get $a0)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $loop3)
        ))
        ;; mlp.ts:63
        (local.set $t1.0 (call $silu (local.get $s.0)))
        (local.set $t1.1 (call $silu (local.get $s.1)))
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (local.get $t2.0))
        (v128.store offset=16 (global.get $ftop) (local.get $t2.1))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $t2.0 (call $sigmoid (local.get $s.0)))
        (local.set $t2.1 (call $sigmoid (local.get $s.1)))
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (local.get $t3.0))
        (v128.store offset=16 (global.get $ftop) (local.get $t3.1))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $t3.0 (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t2.0)))
        (local.set $t3.1 (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t2.1)))
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (local.get $t4.0))
        (v128.store offset=16 (global.get $ftop) (local.get $t4.1))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $t4.0 (f64x2.add (v128.const f64x2 1.0 1.0) (f64x2.mul (local.get $s.0) (local.get $t3.0))))
        (local.set $t4.1 (f64x2.add (v128.const f64x2 1.0 1.0) (f64x2.mul (local.get $s.1) (local.get $t3.1))))
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (local.get $t5.0))
        (v128.store offset=16 (global.get $ftop) (local.get $t5.1))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $t5.0 (f64x2.mul (local.get $t2.0) (local.get $t4.0)))
        (local.set $t5.1 (f64x2.mul (local.get $t2.1) (local.get $t4.1)))
        (local.set $t1_d.0 (f64x2.mul (local.get $t5.0) (local.get $s_d.0)))
        (local.set $t1_d.1 (f64x2.mul (local.get $t5.1) (local.get $s_d.1)))
        (local.set $a0 (i32.add (local.get $act_d) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (v128.load offset=0 (local.get $a0)))
        (v128.store offset=16 (global.get $ftop) (v128.load offset=16 (local.get $a0)))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $a0 (i32.add (local.get $act_d) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (local.get $t1_d.0))
        (v128.store offset=16 (local.get $a0) (local.get $t1_d.1))
        (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (v128.load offset=0 (local.get $a0)))
        (v128.store offset=16 (global.get $ftop) (v128.load offset=16 (local.get $a0)))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (local.get $t1.0))
        (v128.store offset=16 (local.get $a0) (local.get $t1.1))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $loop2)
      ))
      ;; mlp.ts:65
      (call $push_int (local.get $pOff))
      (local.set $pOff (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $nOut)))
      ;; mlp.ts:66
      (call $push_int (local.get $inOff))
      (local.set $inOff (local.get $outOff))
      ;; mlp.ts:67
      (call $push_int (local.get $outOff))
      (local.set $outOff (i32.add (local.get $outOff) (local.get $nOut)))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $loop1)
    ))
    ;; mlp.ts:69
    (local.set $nLast (i32.load (i32.add (local.get $sizes) (i32.shl (i32.sub (local.get $layers) (i32.const 1)) (i32.const 2)))))
    ;; mlp.ts:70
    (local.set $w2 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $nLast)) (i32.const 3)))))
    (local.set $y.0 (local.get $w2))
    (local.set $y.1 (local.get $w2))
    (local.set $y_d.0 (v128.const f64x2 0.0 0.0))
    (local.set $y_d.1 (v128.const f64x2 0.0 0.0))
    ;; mlp.ts:71
    (local.set $i (i32.const 0))
    (local.set $to4 (local.get $nLast))
    (block $break4 (loop $loop4
      (br_if $break4 (i32.eqz (i32.lt_s (local.get $i) (local.get $to4))))
      ;; mlp.ts:72
      (local.set $w3 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 3)))))
      (local.set $a0 (i32.add (local.get $act_d) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $y_d.0 (f64x2.add (local.get $y_d.0) (f64x2.mul (local.get $w3) (v128.load offset=0 (local.get $a0)))))
      (local.set $y_d.1 (f64x2.add (local.get $y_d.1) (f64x2.mul (local.get $w3) (v128.load offset=16 (local.get $a0)))))
      (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $y.0 (f64x2.add (local.get $y.0) (f64x2.mul (local.get $w3) (v128.load offset=0 (local.get $a0)))))
      (local.set $y.1 (f64x2.add (local.get $y.1) (f64x2.mul (local.get $w3) (v128.load offset=16 (local.get $a0)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $loop4)
    ))
    (local.set $a0 (i32.add (local.get $out) (i32.shl (i32.const 0) (i32.const 5))))
    (v128.store offset=0 (local.get $a0) (local.get $y.0))
    (v128.store offset=16 (local.get $a0) (local.get $y.1))
    (local.set $a0 (i32.add (local.get $out) (i32.shl (i32.const 1) (i32.const 5))))
    (v128.store offset=0 (local.get $a0) (local.get $y_d.0))
    (v128.store offset=16 (local.get $a0) (local.get $y_d.1))
    ;; reverse sweep
    (local.set $s_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $s_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $s_d_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $s_d_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $t1_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $t1_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $t2_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $t2_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $t3_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $t3_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $t4_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $t4_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $t5_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $t5_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $t1_d_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $t1_d_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $y_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $y_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $y_d_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $y_d_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $a0 (i32.add (local.get $out_b) (i32.shl (i32.const 1) (i32.const 5))))
    (local.set $y_d_b.0 (f64x2.add (local.get $y_d_b.0) (v128.load offset=0 (local.get $a0))))
    (local.set $y_d_b.1 (f64x2.add (local.get $y_d_b.1) (v128.load offset=16 (local.get $a0))))
    (local.set $a0 (i32.add (local.get $out_b) (i32.shl (i32.const 1) (i32.const 5))))
    (v128.store offset=0 (local.get $a0) (v128.const f64x2 0.0 0.0))
    (v128.store offset=16 (local.get $a0) (v128.const f64x2 0.0 0.0))
    (local.set $a0 (i32.add (local.get $out_b) (i32.shl (i32.const 0) (i32.const 5))))
    (local.set $y_b.0 (f64x2.add (local.get $y_b.0) (v128.load offset=0 (local.get $a0))))
    (local.set $y_b.1 (f64x2.add (local.get $y_b.1) (v128.load offset=16 (local.get $a0))))
    (local.set $a0 (i32.add (local.get $out_b) (i32.shl (i32.const 0) (i32.const 5))))
    (v128.store offset=0 (local.get $a0) (v128.const f64x2 0.0 0.0))
    (v128.store offset=16 (local.get $a0) (v128.const f64x2 0.0 0.0))
    ;; mlp.ts:71
    (local.set $i (i32.sub (local.get $nLast) (i32.const 1)))
    (local.set $to5 (i32.const 0))
    (block $break5 (loop $loop5
      (br_if $break5 (i32.eqz (i32.ge_s (local.get $i) (local.get $to5))))
      ;; mlp.ts:72
      (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $acc4.addr (i32.add (local.get $params_b) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 4))))
      (local.set $acc4 (f64x2.add (f64x2.mul (local.get $y_b.0) (v128.load offset=0 (local.get $a0))) (f64x2.mul (local.get $y_b.1) (v128.load offset=16 (local.get $a0)))))
      (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $w5 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 3)))))
      (local.set $a1 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (f64x2.add (v128.load offset=0 (local.get $a0)) (f64x2.mul (local.get $y_b.0) (local.get $w5))))
      (v128.store offset=16 (local.get $a1) (f64x2.add (v128.load offset=16 (local.get $a0)) (f64x2.mul (local.get $y_b.1) (local.get $w5))))
      (local.set $a0 (i32.add (local.get $act_d) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $acc4 (f64x2.add (local.get $acc4) (f64x2.add (f64x2.mul (local.get $y_d_b.0) (v128.load offset=0 (local.get $a0))) (f64x2.mul (local.get $y_d_b.1) (v128.load offset=16 (local.get $a0))))))
      (local.set $a0 (i32.add (local.get $act_d_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $a1 (i32.add (local.get $act_d_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (f64x2.add (v128.load offset=0 (local.get $a0)) (f64x2.mul (local.get $y_d_b.0) (local.get $w5))))
      (v128.store offset=16 (local.get $a1) (f64x2.add (v128.load offset=16 (local.get $a0)) (f64x2.mul (local.get $y_d_b.1) (local.get $w5))))
      (v128.store (local.get $acc4.addr) (f64x2.add (v128.load (local.get $acc4.addr)) (local.get $acc4)))
      (local.set $i (i32.add (local.get $i) (i32.const -1)))
      (br $loop5)
    ))
    ;; mlp.ts:70
    (local.set $y_d_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $y_d_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $acc6.addr (i32.add (local.get $params_b) (i32.shl (i32.add (local.get $pOff) (local.get $nLast)) (i32.const 4))))
    (local.set $acc6 (f64x2.add (local.get $y_b.0) (local.get $y_b.1)))
    (local.set $y_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $y_b.1 (v128.const f64x2 0.0 0.0))
    ;; mlp.ts:55
    (v128.store (local.get $acc6.addr) (f64x2.add (v128.load (local.get $acc6.addr)) (local.get $acc6)))
    (local.set $l (i32.sub (i32.sub (local.get $layers) (i32.const 1)) (i32.const 1)))
    (local.set $to6 (i32.const 0))
    (block $break6 (loop $loop6
      (br_if $break6 (i32.eqz (i32.ge_s (local.get $l) (local.get $to6))))
      ;; mlp.ts:67
      (local.set $outOff (call $pop_int))
      ;; mlp.ts:66
      (local.set $inOff (call $pop_int))
      ;; mlp.ts:65
      (local.set $pOff (call $pop_int))
      ;; mlp.ts:58
      (local.set $j (i32.sub (local.get $nOut) (i32.const 1)))
      (local.set $to7 (i32.const 0))
      (block $break7 (loop $loop7
        (br_if $break7 (i32.eqz (i32.ge_s (local.get $j) (local.get $to7))))
        ;; mlp.ts:63
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (local.get $p0.0))
        (v128.store offset=16 (local.get $a0) (local.get $p0.1))
        ;; markAdjoint: the SIMD build records no probes
        (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (local.set $t1_b.0 (f64x2.add (local.get $t1_b.0) (v128.load offset=0 (local.get $a0))))
        (local.set $t1_b.1 (f64x2.add (local.get $t1_b.1) (v128.load offset=16 (local.get $a0))))
        (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (v128.const f64x2 0.0 0.0))
        (v128.store offset=16 (local.get $a0) (v128.const f64x2 0.0 0.0))
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $a0 (i32.add (local.get $act_d) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (local.get $p0.0))
        (v128.store offset=16 (local.get $a0) (local.get $p0.1))
        (local.set $a0 (i32.add (local.get $act_d_b) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (local.set $t1_d_b.0 (f64x2.add (local.get $t1_d_b.0) (v128.load offset=0 (local.get $a0))))
        (local.set $t1_d_b.1 (f64x2.add (local.get $t1_d_b.1) (v128.load offset=16 (local.get $a0))))
        (local.set $a0 (i32.add (local.get $act_d_b) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (v128.const f64x2 0.0 0.0))
        (v128.store offset=16 (local.get $a0) (v128.const f64x2 0.0 0.0))
        (local.set $t5_b.0 (f64x2.add (local.get $t5_b.0) (f64x2.mul (local.get $t1_d_b.0) (local.get $s_d.0))))
        (local.set $t5_b.1 (f64x2.add (local.get $t5_b.1) (f64x2.mul (local.get $t1_d_b.1) (local.get $s_d.1))))
        (local.set $s_d_b.0 (f64x2.add (local.get $s_d_b.0) (f64x2.mul (local.get $t1_d_b.0) (local.get $t5.0))))
        (local.set $s_d_b.1 (f64x2.add (local.get $s_d_b.1) (f64x2.mul (local.get $t1_d_b.1) (local.get $t5.1))))
        (local.set $t1_d_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $t1_d_b.1 (v128.const f64x2 0.0 0.0))
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $t5.0 (local.get $p0.0))
        (local.set $t5.1 (local.get $p0.1))
        (local.set $t2_b.0 (f64x2.add (local.get $t2_b.0) (f64x2.mul (local.get $t5_b.0) (local.get $t4.0))))
        (local.set $t2_b.1 (f64x2.add (local.get $t2_b.1) (f64x2.mul (local.get $t5_b.1) (local.get $t4.1))))
        (local.set $t4_b.0 (f64x2.add (local.get $t4_b.0) (f64x2.mul (local.get $t5_b.0) (local.get $t2.0))))
        (local.set $t4_b.1 (f64x2.add (local.get $t4_b.1) (f64x2.mul (local.get $t5_b.1) (local.get $t2.1))))
        (local.set $t5_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $t5_b.1 (v128.const f64x2 0.0 0.0))
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $t4.0 (local.get $p0.0))
        (local.set $t4.1 (local.get $p0.1))
        (local.set $s_b.0 (f64x2.add (local.get $s_b.0) (f64x2.mul (local.get $t4_b.0) (local.get $t3.0))))
        (local.set $s_b.1 (f64x2.add (local.get $s_b.1) (f64x2.mul (local.get $t4_b.1) (local.get $t3.1))))
        (local.set $t3_b.0 (f64x2.add (local.get $t3_b.0) (f64x2.mul (local.get $t4_b.0) (local.get $s.0))))
        (local.set $t3_b.1 (f64x2.add (local.get $t3_b.1) (f64x2.mul (local.get $t4_b.1) (local.get $s.1))))
        (local.set $t4_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $t4_b.1 (v128.const f64x2 0.0 0.0))
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $t3.0 (local.get $p0.0))
        (local.set $t3.1 (local.get $p0.1))
        (local.set $t2_b.0 (f64x2.sub (local.get $t2_b.0) (local.get $t3_b.0)))
        (local.set $t2_b.1 (f64x2.sub (local.get $t2_b.1) (local.get $t3_b.1)))
        (local.set $t3_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $t3_b.1 (v128.const f64x2 0.0 0.0))
        (local.set $s_b.0 (f64x2.add (local.get $s_b.0) (f64x2.mul (local.get $t2_b.0) (f64x2.mul (local.get $t2.0) (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t2.0))))))
        (local.set $s_b.1 (f64x2.add (local.get $s_b.1) (f64x2.mul (local.get $t2_b.1) (f64x2.mul (local.get $t2.1) (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t2.1))))))
        (local.set $t2_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $t2_b.1 (v128.const f64x2 0.0 0.0))
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $t2.0 (local.get $p0.0))
        (local.set $t2.1 (local.get $p0.1))
        (local.set $t6.0 (call $sigmoid (local.get $s.0)))
        (local.set $t6.1 (call $sigmoid (local.get $s.1)))
        (local.set $s_b.0 (f64x2.add (local.get $s_b.0) (f64x2.mul (local.get $t1_b.0) (f64x2.mul (local.get $t6.0) (f64x2.add (v128.const f64x2 1.0 1.0) (f64x2.mul (local.get $s.0) (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t6.0))))))))
        (local.set $s_b.1 (f64x2.add (local.get $s_b.1) (f64x2.mul (local.get $t1_b.1) (f64x2.mul (local.get $t6.1) (f64x2.add (v128.const f64x2 1.0 1.0) (f64x2.mul (local.get $s.1) (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t6.1))))))))
        (local.set $t1_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $t1_b.1 (v128.const f64x2 0.0 0.0))
        ;; mlp.ts:60
        (local.set $i (i32.sub (local.get $nIn) (i32.const 1)))
        (local.set $to8 (i32.const 0))
        (block $break8 (loop $loop8
          (br_if $break8 (i32.eqz (i32.ge_s (local.get $i) (local.get $to8))))
          ;; mlp.ts:61
          (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $acc7.addr (i32.add (local.get $params_b) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 4))))
          (local.set $acc7 (f64x2.add (f64x2.mul (local.get $s_b.0) (v128.load offset=0 (local.get $a0))) (f64x2.mul (local.get $s_b.1) (v128.load offset=16 (local.get $a0)))))
          (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $w8 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 3)))))
          (local.set $a1 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (v128.store offset=0 (local.get $a1) (f64x2.add (v128.load offset=0 (local.get $a0)) (f64x2.mul (local.get $s_b.0) (local.get $w8))))
          (v128.store offset=16 (local.get $a1) (f64x2.add (v128.load offset=16 (local.get $a0)) (f64x2.mul (local.get $s_b.1) (local.get $w8))))
          (local.set $a0 (i32.add (local.get $act_d) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $acc7 (f64x2.add (local.get $acc7) (f64x2.add (f64x2.mul (local.get $s_d_b.0) (v128.load offset=0 (local.get $a0))) (f64x2.mul (local.get $s_d_b.1) (v128.load offset=16 (local.get $a0))))))
          (local.set $a0 (i32.add (local.get $act_d_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $a1 (i32.add (local.get $act_d_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (v128.store offset=0 (local.get $a1) (f64x2.add (v128.load offset=0 (local.get $a0)) (f64x2.mul (local.get $s_d_b.0) (local.get $w8))))
          (v128.store offset=16 (local.get $a1) (f64x2.add (v128.load offset=16 (local.get $a0)) (f64x2.mul (local.get $s_d_b.1) (local.get $w8))))
          (v128.store (local.get $acc7.addr) (f64x2.add (v128.load (local.get $acc7.addr)) (local.get $acc7)))
          (local.set $i (i32.add (local.get $i) (i32.const -1)))
          (br $loop8)
        ))
        ;; mlp.ts:59
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $s_d.0 (local.get $p0.0))
        (local.set $s_d.1 (local.get $p0.1))
        (local.set $s_d_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $s_d_b.1 (v128.const f64x2 0.0 0.0))
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $s.0 (local.get $p0.0))
        (local.set $s.1 (local.get $p0.1))
        (local.set $acc9.addr (i32.add (local.get $params_b) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $j)) (i32.const 4))))
        (local.set $acc9 (f64x2.add (local.get $s_b.0) (local.get $s_b.1)))
        (local.set $s_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $s_b.1 (v128.const f64x2 0.0 0.0))
        (v128.store (local.get $acc9.addr) (f64x2.add (v128.load (local.get $acc9.addr)) (local.get $acc9)))
        (local.set $j (i32.add (local.get $j) (i32.const -1)))
        (br $loop7)
      ))
      ;; mlp.ts:57
      (local.set $nOut (call $pop_int))
      ;; mlp.ts:56
      (local.set $nIn (call $pop_int))
      (local.set $l (i32.add (local.get $l) (i32.const -1)))
      (br $loop6)
    ))
    ;; mlp.ts:49
    (local.set $i (i32.sub (local.get $n0) (i32.const 1)))
    (local.set $to9 (i32.const 0))
    (block $break9 (loop $loop9
      (br_if $break9 (i32.eqz (i32.ge_s (local.get $i) (local.get $to9))))
      ;; mlp.ts:50
      (local.set $a0 (i32.add (local.get $act_b) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a0) (v128.const f64x2 0.0 0.0))
      (v128.store offset=16 (local.get $a0) (v128.const f64x2 0.0 0.0))
      (local.set $a0 (i32.add (local.get $act_d_b) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a0) (v128.const f64x2 0.0 0.0))
      (v128.store offset=16 (local.get $a0) (v128.const f64x2 0.0 0.0))
      (local.set $i (i32.add (local.get $i) (i32.const -1)))
      (br $loop9)
    ))
  )
  ;; mlp, the primal: 4 samples per call
  (func $mlp (export "mlp") (param $params i32) (param $params.length i32) (param $x i32) (param $x.length i32) (param $act i32) (param $act.length i32) (param $sizes i32) (param $sizes.length i32) (param $ret.ptr i32)
    (local $layers i32) (local $n0 i32) (local $i i32) (local $to0 i32) (local $a0 i32) (local $a1 i32)
    (local $pOff i32) (local $inOff i32) (local $outOff i32) (local $l i32) (local $to1 i32) (local $nIn i32)
    (local $nOut i32) (local $j i32) (local $to2 i32) (local $w0 v128) (local $s.0 v128) (local $s.1 v128)
    (local $to3 i32) (local $w1 v128) (local $t1.0 v128) (local $t1.1 v128) (local $nLast i32) (local $w2 v128)
    (local $y.0 v128) (local $y.1 v128) (local $to4 i32) (local $w3 v128)
    ;; mlp.ts:47
    (local.set $layers (i32.sub (local.get $sizes.length) (i32.const 1)))
    ;; mlp.ts:48
    (local.set $n0 (i32.load (i32.add (local.get $sizes) (i32.shl (i32.const 0) (i32.const 2)))))
    ;; mlp.ts:49
    (local.set $i (i32.const 0))
    (local.set $to0 (local.get $n0))
    (block $break0 (loop $loop0
      (br_if $break0 (i32.eqz (i32.lt_s (local.get $i) (local.get $to0))))
      ;; mlp.ts:50
      (local.set $a0 (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 5))))
      (local.set $a1 (i32.add (local.get $act) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (v128.load offset=0 (local.get $a0)))
      (v128.store offset=16 (local.get $a1) (v128.load offset=16 (local.get $a0)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $loop0)
    ))
    ;; mlp.ts:52
    (local.set $pOff (i32.const 0))
    ;; mlp.ts:53
    (local.set $inOff (i32.const 0))
    ;; mlp.ts:54
    (local.set $outOff (local.get $n0))
    ;; mlp.ts:55
    (local.set $l (i32.const 0))
    (local.set $to1 (i32.sub (local.get $layers) (i32.const 1)))
    (block $break1 (loop $loop1
      (br_if $break1 (i32.eqz (i32.lt_s (local.get $l) (local.get $to1))))
      ;; mlp.ts:56
      (local.set $nIn (i32.load (i32.add (local.get $sizes) (i32.shl (local.get $l) (i32.const 2)))))
      ;; mlp.ts:57
      (local.set $nOut (i32.load (i32.add (local.get $sizes) (i32.shl (i32.add (local.get $l) (i32.const 1)) (i32.const 2)))))
      ;; mlp.ts:58
      (local.set $j (i32.const 0))
      (local.set $to2 (local.get $nOut))
      (block $break2 (loop $loop2
        (br_if $break2 (i32.eqz (i32.lt_s (local.get $j) (local.get $to2))))
        ;; mlp.ts:59
        (local.set $w0 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $j)) (i32.const 3)))))
        (local.set $s.0 (local.get $w0))
        (local.set $s.1 (local.get $w0))
        ;; mlp.ts:60
        (local.set $i (i32.const 0))
        (local.set $to3 (local.get $nIn))
        (block $break3 (loop $loop3
          (br_if $break3 (i32.eqz (i32.lt_s (local.get $i) (local.get $to3))))
          ;; mlp.ts:61
          (local.set $w1 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 3)))))
          (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $s.0 (f64x2.add (local.get $s.0) (f64x2.mul (local.get $w1) (v128.load offset=0 (local.get $a0)))))
          (local.set $s.1 (f64x2.add (local.get $s.1) (f64x2.mul (local.get $w1) (v128.load offset=16 (local.get $a0)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $loop3)
        ))
        ;; mlp.ts:63
        (local.set $t1.0 (call $silu (local.get $s.0)))
        (local.set $t1.1 (call $silu (local.get $s.1)))
        (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (local.get $t1.0))
        (v128.store offset=16 (local.get $a0) (local.get $t1.1))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $loop2)
      ))
      ;; mlp.ts:65
      (local.set $pOff (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $nOut)))
      ;; mlp.ts:66
      (local.set $inOff (local.get $outOff))
      ;; mlp.ts:67
      (local.set $outOff (i32.add (local.get $outOff) (local.get $nOut)))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $loop1)
    ))
    ;; mlp.ts:69
    (local.set $nLast (i32.load (i32.add (local.get $sizes) (i32.shl (i32.sub (local.get $layers) (i32.const 1)) (i32.const 2)))))
    ;; mlp.ts:70
    (local.set $w2 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $nLast)) (i32.const 3)))))
    (local.set $y.0 (local.get $w2))
    (local.set $y.1 (local.get $w2))
    ;; mlp.ts:71
    (local.set $i (i32.const 0))
    (local.set $to4 (local.get $nLast))
    (block $break4 (loop $loop4
      (br_if $break4 (i32.eqz (i32.lt_s (local.get $i) (local.get $to4))))
      ;; mlp.ts:72
      (local.set $w3 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 3)))))
      (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $y.0 (f64x2.add (local.get $y.0) (f64x2.mul (local.get $w3) (v128.load offset=0 (local.get $a0)))))
      (local.set $y.1 (f64x2.add (local.get $y.1) (f64x2.mul (local.get $w3) (v128.load offset=16 (local.get $a0)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $loop4)
    ))
    (v128.store offset=0 (local.get $ret.ptr) (local.get $y.0))
    (v128.store offset=16 (local.get $ret.ptr) (local.get $y.1))
    (return)
  )
  ;; adjoint of mlpSquaredError: 4 samples per call
  (func $mlpSquaredError_adjoint (export "mlpSquaredError_adjoint") (param $params i32) (param $params.length i32) (param $x i32) (param $x.length i32) (param $act i32) (param $act.length i32) (param $sizes i32) (param $sizes.length i32) (param $target.ptr i32) (param $params_b i32) (param $params_b.length i32) (param $act_b i32) (param $act_b.length i32) (param $out_b.ptr i32) (param $ret.ptr i32)
    (local $target.0 v128) (local $target.1 v128) (local $out_b.0 v128) (local $out_b.1 v128) (local $nIn i32) (local $nOut i32)
    (local $s.0 v128) (local $s.1 v128) (local $layers i32) (local $n0 i32) (local $i i32) (local $to0 i32)
    (local $a0 i32) (local $a1 i32) (local $pOff i32) (local $inOff i32) (local $outOff i32) (local $l i32)
    (local $to1 i32) (local $j i32) (local $to2 i32) (local $w0 v128) (local $to3 i32) (local $w1 v128)
    (local $t1.0 v128) (local $t1.1 v128) (local $nLast i32) (local $w2 v128) (local $y.0 v128) (local $y.1 v128)
    (local $to4 i32) (local $w3 v128) (local $r.0 v128) (local $r.1 v128) (local $ret.0 v128) (local $ret.1 v128)
    (local $s_b.0 v128) (local $s_b.1 v128) (local $t1_b.0 v128) (local $t1_b.1 v128) (local $y_b.0 v128) (local $y_b.1 v128)
    (local $r_b.0 v128) (local $r_b.1 v128) (local $ret_b.0 v128) (local $ret_b.1 v128) (local $to5 i32) (local $acc4 v128)
    (local $acc4.addr i32) (local $w5 v128) (local $acc6 v128) (local $acc6.addr i32) (local $to6 i32) (local $to7 i32)
    (local $p0.0 v128) (local $p0.1 v128) (local $t2.0 v128) (local $t2.1 v128) (local $to8 i32) (local $acc7 v128)
    (local $acc7.addr i32) (local $w8 v128) (local $acc9 v128) (local $acc9.addr i32) (local $to9 i32)
    (local.set $target.0 (v128.load offset=0 (local.get $target.ptr)))
    (local.set $target.1 (v128.load offset=16 (local.get $target.ptr)))
    (local.set $out_b.0 (v128.load offset=0 (local.get $out_b.ptr)))
    (local.set $out_b.1 (v128.load offset=16 (local.get $out_b.ptr)))
    (local.set $nIn (i32.const 0))
    (local.set $nOut (i32.const 0))
    (local.set $s.0 (v128.const f64x2 0.0 0.0))
    (local.set $s.1 (v128.const f64x2 0.0 0.0))
    ;; inlined mlp (models/mlp.ts:46)
    ;; mlp.ts:47
    (local.set $layers (i32.sub (local.get $sizes.length) (i32.const 1)))
    ;; mlp.ts:48
    (local.set $n0 (i32.load (i32.add (local.get $sizes) (i32.shl (i32.const 0) (i32.const 2)))))
    ;; mlp.ts:49
    (local.set $i (i32.const 0))
    (local.set $to0 (local.get $n0))
    (block $break0 (loop $loop0
      (br_if $break0 (i32.eqz (i32.lt_s (local.get $i) (local.get $to0))))
      ;; mlp.ts:50
      (local.set $a0 (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 5))))
      (local.set $a1 (i32.add (local.get $act) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (v128.load offset=0 (local.get $a0)))
      (v128.store offset=16 (local.get $a1) (v128.load offset=16 (local.get $a0)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $loop0)
    ))
    ;; mlp.ts:52
    (local.set $pOff (i32.const 0))
    ;; mlp.ts:53
    (local.set $inOff (i32.const 0))
    ;; mlp.ts:54
    (local.set $outOff (local.get $n0))
    ;; mlp.ts:55
    (local.set $l (i32.const 0))
    (local.set $to1 (i32.sub (local.get $layers) (i32.const 1)))
    (block $break1 (loop $loop1
      (br_if $break1 (i32.eqz (i32.lt_s (local.get $l) (local.get $to1))))
      ;; mlp.ts:56
      (call $push_int (local.get $nIn))
      (local.set $nIn (i32.load (i32.add (local.get $sizes) (i32.shl (local.get $l) (i32.const 2)))))
      ;; mlp.ts:57
      (call $push_int (local.get $nOut))
      (local.set $nOut (i32.load (i32.add (local.get $sizes) (i32.shl (i32.add (local.get $l) (i32.const 1)) (i32.const 2)))))
      ;; mlp.ts:58
      (local.set $j (i32.const 0))
      (local.set $to2 (local.get $nOut))
      (block $break2 (loop $loop2
        (br_if $break2 (i32.eqz (i32.lt_s (local.get $j) (local.get $to2))))
        ;; mlp.ts:59
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (local.get $s.0))
        (v128.store offset=16 (global.get $ftop) (local.get $s.1))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $w0 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $j)) (i32.const 3)))))
        (local.set $s.0 (local.get $w0))
        (local.set $s.1 (local.get $w0))
        ;; mlp.ts:60
        (local.set $i (i32.const 0))
        (local.set $to3 (local.get $nIn))
        (block $break3 (loop $loop3
          (br_if $break3 (i32.eqz (i32.lt_s (local.get $i) (local.get $to3))))
          ;; mlp.ts:61
          (local.set $w1 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 3)))))
          (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $s.0 (f64x2.add (local.get $s.0) (f64x2.mul (local.get $w1) (v128.load offset=0 (local.get $a0)))))
          (local.set $s.1 (f64x2.add (local.get $s.1) (f64x2.mul (local.get $w1) (v128.load offset=16 (local.get $a0)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $loop3)
        ))
        ;; mlp.ts:63
        (local.set $t1.0 (call $silu (local.get $s.0)))
        (local.set $t1.1 (call $silu (local.get $s.1)))
        (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (v128.load offset=0 (local.get $a0)))
        (v128.store offset=16 (global.get $ftop) (v128.load offset=16 (local.get $a0)))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (local.get $t1.0))
        (v128.store offset=16 (local.get $a0) (local.get $t1.1))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $loop2)
      ))
      ;; mlp.ts:65
      (call $push_int (local.get $pOff))
      (local.set $pOff (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $nOut)))
      ;; mlp.ts:66
      (call $push_int (local.get $inOff))
      (local.set $inOff (local.get $outOff))
      ;; mlp.ts:67
      (call $push_int (local.get $outOff))
      (local.set $outOff (i32.add (local.get $outOff) (local.get $nOut)))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $loop1)
    ))
    ;; mlp.ts:69
    (local.set $nLast (i32.load (i32.add (local.get $sizes) (i32.shl (i32.sub (local.get $layers) (i32.const 1)) (i32.const 2)))))
    ;; mlp.ts:70
    (local.set $w2 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $nLast)) (i32.const 3)))))
    (local.set $y.0 (local.get $w2))
    (local.set $y.1 (local.get $w2))
    ;; mlp.ts:71
    (local.set $i (i32.const 0))
    (local.set $to4 (local.get $nLast))
    (block $break4 (loop $loop4
      (br_if $break4 (i32.eqz (i32.lt_s (local.get $i) (local.get $to4))))
      ;; mlp.ts:72
      (local.set $w3 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 3)))))
      (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $y.0 (f64x2.add (local.get $y.0) (f64x2.mul (local.get $w3) (v128.load offset=0 (local.get $a0)))))
      (local.set $y.1 (f64x2.add (local.get $y.1) (f64x2.mul (local.get $w3) (v128.load offset=16 (local.get $a0)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $loop4)
    ))
    ;; mlp.ts:95
    (local.set $r.0 (f64x2.sub (local.get $y.0) (local.get $target.0)))
    (local.set $r.1 (f64x2.sub (local.get $y.1) (local.get $target.1)))
    ;; mlp.ts:96
    (local.set $ret.0 (f64x2.mul (local.get $r.0) (local.get $r.0)))
    (local.set $ret.1 (f64x2.mul (local.get $r.1) (local.get $r.1)))
    ;; reverse sweep
    (local.set $s_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $s_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $t1_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $t1_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $y_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $y_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $r_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $r_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $ret_b.0 (local.get $out_b.0))
    (local.set $ret_b.1 (local.get $out_b.1))
    (local.set $r_b.0 (f64x2.add (local.get $r_b.0) (f64x2.mul (local.get $ret_b.0) (local.get $r.0))))
    (local.set $r_b.1 (f64x2.add (local.get $r_b.1) (f64x2.mul (local.get $ret_b.1) (local.get $r.1))))
    (local.set $r_b.0 (f64x2.add (local.get $r_b.0) (f64x2.mul (local.get $ret_b.0) (local.get $r.0))))
    (local.set $r_b.1 (f64x2.add (local.get $r_b.1) (f64x2.mul (local.get $ret_b.1) (local.get $r.1))))
    ;; mlp.ts:95
    (local.set $y_b.0 (f64x2.add (local.get $y_b.0) (local.get $r_b.0)))
    (local.set $y_b.1 (f64x2.add (local.get $y_b.1) (local.get $r_b.1)))
    ;; mlp.ts:71
    (local.set $i (i32.sub (local.get $nLast) (i32.const 1)))
    (local.set $to5 (i32.const 0))
    (block $break5 (loop $loop5
      (br_if $break5 (i32.eqz (i32.ge_s (local.get $i) (local.get $to5))))
      ;; mlp.ts:72
      (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $acc4.addr (i32.add (local.get $params_b) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 4))))
      (local.set $acc4 (f64x2.add (f64x2.mul (local.get $y_b.0) (v128.load offset=0 (local.get $a0))) (f64x2.mul (local.get $y_b.1) (v128.load offset=16 (local.get $a0)))))
      (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $w5 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 3)))))
      (local.set $a1 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (f64x2.add (v128.load offset=0 (local.get $a0)) (f64x2.mul (local.get $y_b.0) (local.get $w5))))
      (v128.store offset=16 (local.get $a1) (f64x2.add (v128.load offset=16 (local.get $a0)) (f64x2.mul (local.get $y_b.1) (local.get $w5))))
      (v128.store (local.get $acc4.addr) (f64x2.add (v128.load (local.get $acc4.addr)) (local.get $acc4)))
      (local.set $i (i32.add (local.get $i) (i32.const -1)))
      (br $loop5)
    ))
    ;; mlp.ts:70
    (local.set $acc6.addr (i32.add (local.get $params_b) (i32.shl (i32.add (local.get $pOff) (local.get $nLast)) (i32.const 4))))
    (local.set $acc6 (f64x2.add (local.get $y_b.0) (local.get $y_b.1)))
    (local.set $y_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $y_b.1 (v128.const f64x2 0.0 0.0))
    ;; mlp.ts:55
    (v128.store (local.get $acc6.addr) (f64x2.add (v128.load (local.get $acc6.addr)) (local.get $acc6)))
    (local.set $l (i32.sub (i32.sub (local.get $layers) (i32.const 1)) (i32.const 1)))
    (local.set $to6 (i32.const 0))
    (block $break6 (loop $loop6
      (br_if $break6 (i32.eqz (i32.ge_s (local.get $l) (local.get $to6))))
      ;; mlp.ts:67
      (local.set $outOff (call $pop_int))
      ;; mlp.ts:66
      (local.set $inOff (call $pop_int))
      ;; mlp.ts:65
      (local.set $pOff (call $pop_int))
      ;; mlp.ts:58
      (local.set $j (i32.sub (local.get $nOut) (i32.const 1)))
      (local.set $to7 (i32.const 0))
      (block $break7 (loop $loop7
        (br_if $break7 (i32.eqz (i32.ge_s (local.get $j) (local.get $to7))))
        ;; mlp.ts:63
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (local.get $p0.0))
        (v128.store offset=16 (local.get $a0) (local.get $p0.1))
        ;; markAdjoint: the SIMD build records no probes
        (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (local.set $t1_b.0 (f64x2.add (local.get $t1_b.0) (v128.load offset=0 (local.get $a0))))
        (local.set $t1_b.1 (f64x2.add (local.get $t1_b.1) (v128.load offset=16 (local.get $a0))))
        (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (v128.const f64x2 0.0 0.0))
        (v128.store offset=16 (local.get $a0) (v128.const f64x2 0.0 0.0))
        (local.set $t2.0 (call $sigmoid (local.get $s.0)))
        (local.set $t2.1 (call $sigmoid (local.get $s.1)))
        (local.set $s_b.0 (f64x2.add (local.get $s_b.0) (f64x2.mul (local.get $t1_b.0) (f64x2.mul (local.get $t2.0) (f64x2.add (v128.const f64x2 1.0 1.0) (f64x2.mul (local.get $s.0) (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t2.0))))))))
        (local.set $s_b.1 (f64x2.add (local.get $s_b.1) (f64x2.mul (local.get $t1_b.1) (f64x2.mul (local.get $t2.1) (f64x2.add (v128.const f64x2 1.0 1.0) (f64x2.mul (local.get $s.1) (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t2.1))))))))
        (local.set $t1_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $t1_b.1 (v128.const f64x2 0.0 0.0))
        ;; mlp.ts:60
        (local.set $i (i32.sub (local.get $nIn) (i32.const 1)))
        (local.set $to8 (i32.const 0))
        (block $break8 (loop $loop8
          (br_if $break8 (i32.eqz (i32.ge_s (local.get $i) (local.get $to8))))
          ;; mlp.ts:61
          (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $acc7.addr (i32.add (local.get $params_b) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 4))))
          (local.set $acc7 (f64x2.add (f64x2.mul (local.get $s_b.0) (v128.load offset=0 (local.get $a0))) (f64x2.mul (local.get $s_b.1) (v128.load offset=16 (local.get $a0)))))
          (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $w8 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 3)))))
          (local.set $a1 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (v128.store offset=0 (local.get $a1) (f64x2.add (v128.load offset=0 (local.get $a0)) (f64x2.mul (local.get $s_b.0) (local.get $w8))))
          (v128.store offset=16 (local.get $a1) (f64x2.add (v128.load offset=16 (local.get $a0)) (f64x2.mul (local.get $s_b.1) (local.get $w8))))
          (v128.store (local.get $acc7.addr) (f64x2.add (v128.load (local.get $acc7.addr)) (local.get $acc7)))
          (local.set $i (i32.add (local.get $i) (i32.const -1)))
          (br $loop8)
        ))
        ;; mlp.ts:59
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $s.0 (local.get $p0.0))
        (local.set $s.1 (local.get $p0.1))
        (local.set $acc9.addr (i32.add (local.get $params_b) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $j)) (i32.const 4))))
        (local.set $acc9 (f64x2.add (local.get $s_b.0) (local.get $s_b.1)))
        (local.set $s_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $s_b.1 (v128.const f64x2 0.0 0.0))
        (v128.store (local.get $acc9.addr) (f64x2.add (v128.load (local.get $acc9.addr)) (local.get $acc9)))
        (local.set $j (i32.add (local.get $j) (i32.const -1)))
        (br $loop7)
      ))
      ;; mlp.ts:57
      (local.set $nOut (call $pop_int))
      ;; mlp.ts:56
      (local.set $nIn (call $pop_int))
      (local.set $l (i32.add (local.get $l) (i32.const -1)))
      (br $loop6)
    ))
    ;; mlp.ts:49
    (local.set $i (i32.sub (local.get $n0) (i32.const 1)))
    (local.set $to9 (i32.const 0))
    (block $break9 (loop $loop9
      (br_if $break9 (i32.eqz (i32.ge_s (local.get $i) (local.get $to9))))
      ;; mlp.ts:50
      (local.set $a0 (i32.add (local.get $act_b) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a0) (v128.const f64x2 0.0 0.0))
      (v128.store offset=16 (local.get $a0) (v128.const f64x2 0.0 0.0))
      (local.set $i (i32.add (local.get $i) (i32.const -1)))
      (br $loop9)
    ))
    (v128.store offset=0 (local.get $ret.ptr) (local.get $ret.0))
    (v128.store offset=16 (local.get $ret.ptr) (local.get $ret.1))
    (return)
  )
  ;; adjoint of mlpOfInput: 4 samples per call
  (func $mlpOfInput_adjoint (export "mlpOfInput_adjoint") (param $params i32) (param $params.length i32) (param $x i32) (param $x.length i32) (param $act i32) (param $act.length i32) (param $sizes i32) (param $sizes.length i32) (param $x_b i32) (param $x_b.length i32) (param $act_b i32) (param $act_b.length i32) (param $out_b.ptr i32) (param $ret.ptr i32)
    (local $out_b.0 v128) (local $out_b.1 v128) (local $nIn i32) (local $nOut i32) (local $s.0 v128) (local $s.1 v128)
    (local $layers i32) (local $n0 i32) (local $i i32) (local $to0 i32) (local $a0 i32) (local $a1 i32)
    (local $pOff i32) (local $inOff i32) (local $outOff i32) (local $l i32) (local $to1 i32) (local $j i32)
    (local $to2 i32) (local $w0 v128) (local $to3 i32) (local $w1 v128) (local $t1.0 v128) (local $t1.1 v128)
    (local $nLast i32) (local $w2 v128) (local $y.0 v128) (local $y.1 v128) (local $to4 i32) (local $w3 v128)
    (local $ret.0 v128) (local $ret.1 v128) (local $s_b.0 v128) (local $s_b.1 v128) (local $t1_b.0 v128) (local $t1_b.1 v128)
    (local $y_b.0 v128) (local $y_b.1 v128) (local $ret_b.0 v128) (local $ret_b.1 v128) (local $to5 i32) (local $w4 v128)
    (local $to6 i32) (local $to7 i32) (local $t2.0 v128) (local $t2.1 v128) (local $to8 i32) (local $w5 v128)
    (local $p0.0 v128) (local $p0.1 v128) (local $to9 i32) (local $a2 i32)
    (local.set $out_b.0 (v128.load offset=0 (local.get $out_b.ptr)))
    (local.set $out_b.1 (v128.load offset=16 (local.get $out_b.ptr)))
    (local.set $nIn (i32.const 0))
    (local.set $nOut (i32.const 0))
    (local.set $s.0 (v128.const f64x2 0.0 0.0))
    (local.set $s.1 (v128.const f64x2 0.0 0.0))
    ;; inlined mlp (models/mlp.ts:46)
    ;; mlp.ts:47
    (local.set $layers (i32.sub (local.get $sizes.length) (i32.const 1)))
    ;; mlp.ts:48
    (local.set $n0 (i32.load (i32.add (local.get $sizes) (i32.shl (i32.const 0) (i32.const 2)))))
    ;; mlp.ts:49
    (local.set $i (i32.const 0))
    (local.set $to0 (local.get $n0))
    (block $break0 (loop $loop0
      (br_if $break0 (i32.eqz (i32.lt_s (local.get $i) (local.get $to0))))
      ;; mlp.ts:50
      (local.set $a0 (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 5))))
      (local.set $a1 (i32.add (local.get $act) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (v128.load offset=0 (local.get $a0)))
      (v128.store offset=16 (local.get $a1) (v128.load offset=16 (local.get $a0)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $loop0)
    ))
    ;; mlp.ts:52
    (local.set $pOff (i32.const 0))
    ;; mlp.ts:53
    (local.set $inOff (i32.const 0))
    ;; mlp.ts:54
    (local.set $outOff (local.get $n0))
    ;; mlp.ts:55
    (local.set $l (i32.const 0))
    (local.set $to1 (i32.sub (local.get $layers) (i32.const 1)))
    (block $break1 (loop $loop1
      (br_if $break1 (i32.eqz (i32.lt_s (local.get $l) (local.get $to1))))
      ;; mlp.ts:56
      (call $push_int (local.get $nIn))
      (local.set $nIn (i32.load (i32.add (local.get $sizes) (i32.shl (local.get $l) (i32.const 2)))))
      ;; mlp.ts:57
      (call $push_int (local.get $nOut))
      (local.set $nOut (i32.load (i32.add (local.get $sizes) (i32.shl (i32.add (local.get $l) (i32.const 1)) (i32.const 2)))))
      ;; mlp.ts:58
      (local.set $j (i32.const 0))
      (local.set $to2 (local.get $nOut))
      (block $break2 (loop $loop2
        (br_if $break2 (i32.eqz (i32.lt_s (local.get $j) (local.get $to2))))
        ;; mlp.ts:59
        (if (i32.gt_u (i32.add (global.get $ftop) (i32.const 32)) (global.get $fend)) (then (global.set $fault (i32.const 1)) (unreachable)))
        (v128.store offset=0 (global.get $ftop) (local.get $s.0))
        (v128.store offset=16 (global.get $ftop) (local.get $s.1))
        (global.set $ftop (i32.add (global.get $ftop) (i32.const 32)))
        (local.set $w0 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $j)) (i32.const 3)))))
        (local.set $s.0 (local.get $w0))
        (local.set $s.1 (local.get $w0))
        ;; mlp.ts:60
        (local.set $i (i32.const 0))
        (local.set $to3 (local.get $nIn))
        (block $break3 (loop $loop3
          (br_if $break3 (i32.eqz (i32.lt_s (local.get $i) (local.get $to3))))
          ;; mlp.ts:61
          (local.set $w1 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 3)))))
          (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $s.0 (f64x2.add (local.get $s.0) (f64x2.mul (local.get $w1) (v128.load offset=0 (local.get $a0)))))
          (local.set $s.1 (f64x2.add (local.get $s.1) (f64x2.mul (local.get $w1) (v128.load offset=16 (local.get $a0)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $loop3)
        ))
        ;; mlp.ts:63
        (local.set $t1.0 (call $silu (local.get $s.0)))
        (local.set $t1.1 (call $silu (local.get $s.1)))
        (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (local.get $t1.0))
        (v128.store offset=16 (local.get $a0) (local.get $t1.1))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $loop2)
      ))
      ;; mlp.ts:65
      (call $push_int (local.get $pOff))
      (local.set $pOff (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $nOut) (local.get $nIn))) (local.get $nOut)))
      ;; mlp.ts:66
      (call $push_int (local.get $inOff))
      (local.set $inOff (local.get $outOff))
      ;; mlp.ts:67
      (call $push_int (local.get $outOff))
      (local.set $outOff (i32.add (local.get $outOff) (local.get $nOut)))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $loop1)
    ))
    ;; mlp.ts:69
    (local.set $nLast (i32.load (i32.add (local.get $sizes) (i32.shl (i32.sub (local.get $layers) (i32.const 1)) (i32.const 2)))))
    ;; mlp.ts:70
    (local.set $w2 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $nLast)) (i32.const 3)))))
    (local.set $y.0 (local.get $w2))
    (local.set $y.1 (local.get $w2))
    ;; mlp.ts:71
    (local.set $i (i32.const 0))
    (local.set $to4 (local.get $nLast))
    (block $break4 (loop $loop4
      (br_if $break4 (i32.eqz (i32.lt_s (local.get $i) (local.get $to4))))
      ;; mlp.ts:72
      (local.set $w3 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 3)))))
      (local.set $a0 (i32.add (local.get $act) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $y.0 (f64x2.add (local.get $y.0) (f64x2.mul (local.get $w3) (v128.load offset=0 (local.get $a0)))))
      (local.set $y.1 (f64x2.add (local.get $y.1) (f64x2.mul (local.get $w3) (v128.load offset=16 (local.get $a0)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $loop4)
    ))
    ;; mlp.ts:116
    (local.set $ret.0 (local.get $y.0))
    (local.set $ret.1 (local.get $y.1))
    ;; reverse sweep
    (local.set $s_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $s_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $t1_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $t1_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $y_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $y_b.1 (v128.const f64x2 0.0 0.0))
    (local.set $ret_b.0 (local.get $out_b.0))
    (local.set $ret_b.1 (local.get $out_b.1))
    (local.set $y_b.0 (f64x2.add (local.get $y_b.0) (local.get $ret_b.0)))
    (local.set $y_b.1 (f64x2.add (local.get $y_b.1) (local.get $ret_b.1)))
    ;; mlp.ts:71
    (local.set $i (i32.sub (local.get $nLast) (i32.const 1)))
    (local.set $to5 (i32.const 0))
    (block $break5 (loop $loop5
      (br_if $break5 (i32.eqz (i32.ge_s (local.get $i) (local.get $to5))))
      ;; mlp.ts:72
      (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (local.set $w4 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (local.get $pOff) (local.get $i)) (i32.const 3)))))
      (local.set $a1 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
      (v128.store offset=0 (local.get $a1) (f64x2.add (v128.load offset=0 (local.get $a0)) (f64x2.mul (local.get $y_b.0) (local.get $w4))))
      (v128.store offset=16 (local.get $a1) (f64x2.add (v128.load offset=16 (local.get $a0)) (f64x2.mul (local.get $y_b.1) (local.get $w4))))
      (local.set $i (i32.add (local.get $i) (i32.const -1)))
      (br $loop5)
    ))
    ;; mlp.ts:70
    (local.set $y_b.0 (v128.const f64x2 0.0 0.0))
    (local.set $y_b.1 (v128.const f64x2 0.0 0.0))
    ;; mlp.ts:55
    (local.set $l (i32.sub (i32.sub (local.get $layers) (i32.const 1)) (i32.const 1)))
    (local.set $to6 (i32.const 0))
    (block $break6 (loop $loop6
      (br_if $break6 (i32.eqz (i32.ge_s (local.get $l) (local.get $to6))))
      ;; mlp.ts:67
      (local.set $outOff (call $pop_int))
      ;; mlp.ts:66
      (local.set $inOff (call $pop_int))
      ;; mlp.ts:65
      (local.set $pOff (call $pop_int))
      ;; mlp.ts:58
      (local.set $j (i32.sub (local.get $nOut) (i32.const 1)))
      (local.set $to7 (i32.const 0))
      (block $break7 (loop $loop7
        (br_if $break7 (i32.eqz (i32.ge_s (local.get $j) (local.get $to7))))
        ;; mlp.ts:63
        ;; markAdjoint: the SIMD build records no probes
        (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (local.set $t1_b.0 (f64x2.add (local.get $t1_b.0) (v128.load offset=0 (local.get $a0))))
        (local.set $t1_b.1 (f64x2.add (local.get $t1_b.1) (v128.load offset=16 (local.get $a0))))
        (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $outOff) (local.get $j)) (i32.const 5))))
        (v128.store offset=0 (local.get $a0) (v128.const f64x2 0.0 0.0))
        (v128.store offset=16 (local.get $a0) (v128.const f64x2 0.0 0.0))
        (local.set $t2.0 (call $sigmoid (local.get $s.0)))
        (local.set $t2.1 (call $sigmoid (local.get $s.1)))
        (local.set $s_b.0 (f64x2.add (local.get $s_b.0) (f64x2.mul (local.get $t1_b.0) (f64x2.mul (local.get $t2.0) (f64x2.add (v128.const f64x2 1.0 1.0) (f64x2.mul (local.get $s.0) (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t2.0))))))))
        (local.set $s_b.1 (f64x2.add (local.get $s_b.1) (f64x2.mul (local.get $t1_b.1) (f64x2.mul (local.get $t2.1) (f64x2.add (v128.const f64x2 1.0 1.0) (f64x2.mul (local.get $s.1) (f64x2.sub (v128.const f64x2 1.0 1.0) (local.get $t2.1))))))))
        (local.set $t1_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $t1_b.1 (v128.const f64x2 0.0 0.0))
        ;; mlp.ts:60
        (local.set $i (i32.sub (local.get $nIn) (i32.const 1)))
        (local.set $to8 (i32.const 0))
        (block $break8 (loop $loop8
          (br_if $break8 (i32.eqz (i32.ge_s (local.get $i) (local.get $to8))))
          ;; mlp.ts:61
          (local.set $a0 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (local.set $w5 (v128.load64_splat (i32.add (local.get $params) (i32.shl (i32.add (i32.add (local.get $pOff) (i32.mul (local.get $j) (local.get $nIn))) (local.get $i)) (i32.const 3)))))
          (local.set $a1 (i32.add (local.get $act_b) (i32.shl (i32.add (local.get $inOff) (local.get $i)) (i32.const 5))))
          (v128.store offset=0 (local.get $a1) (f64x2.add (v128.load offset=0 (local.get $a0)) (f64x2.mul (local.get $s_b.0) (local.get $w5))))
          (v128.store offset=16 (local.get $a1) (f64x2.add (v128.load offset=16 (local.get $a0)) (f64x2.mul (local.get $s_b.1) (local.get $w5))))
          (local.set $i (i32.add (local.get $i) (i32.const -1)))
          (br $loop8)
        ))
        ;; mlp.ts:59
        (global.set $ftop (i32.sub (global.get $ftop) (i32.const 32)))
        (if (i32.lt_u (global.get $ftop) (global.get $fbase)) (then (global.set $fault (i32.const 2)) (unreachable)))
        (local.set $p0.0 (v128.load offset=0 (global.get $ftop)))
        (local.set $p0.1 (v128.load offset=16 (global.get $ftop)))
        (local.set $s.0 (local.get $p0.0))
        (local.set $s.1 (local.get $p0.1))
        (local.set $s_b.0 (v128.const f64x2 0.0 0.0))
        (local.set $s_b.1 (v128.const f64x2 0.0 0.0))
        (local.set $j (i32.add (local.get $j) (i32.const -1)))
        (br $loop7)
      ))
      ;; mlp.ts:57
      (local.set $nOut (call $pop_int))
      ;; mlp.ts:56
      (local.set $nIn (call $pop_int))
      (local.set $l (i32.add (local.get $l) (i32.const -1)))
      (br $loop6)
    ))
    ;; mlp.ts:49
    (local.set $i (i32.sub (local.get $n0) (i32.const 1)))
    (local.set $to9 (i32.const 0))
    (block $break9 (loop $loop9
      (br_if $break9 (i32.eqz (i32.ge_s (local.get $i) (local.get $to9))))
      ;; mlp.ts:50
      (local.set $a0 (i32.add (local.get $x_b) (i32.shl (local.get $i) (i32.const 5))))
      (local.set $a1 (i32.add (local.get $act_b) (i32.shl (local.get $i) (i32.const 5))))
      (local.set $a2 (i32.add (local.get $x_b) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a2) (f64x2.add (v128.load offset=0 (local.get $a0)) (v128.load offset=0 (local.get $a1))))
      (v128.store offset=16 (local.get $a2) (f64x2.add (v128.load offset=16 (local.get $a0)) (v128.load offset=16 (local.get $a1))))
      (local.set $a0 (i32.add (local.get $act_b) (i32.shl (local.get $i) (i32.const 5))))
      (v128.store offset=0 (local.get $a0) (v128.const f64x2 0.0 0.0))
      (v128.store offset=16 (local.get $a0) (v128.const f64x2 0.0 0.0))
      (local.set $i (i32.add (local.get $i) (i32.const -1)))
      (br $loop9)
    ))
    (v128.store offset=0 (local.get $ret.ptr) (local.get $ret.0))
    (v128.store offset=16 (local.get $ret.ptr) (local.get $ret.1))
    (return)
  )
)
`,
};
