// Generated from examples/browser/surrogate.ts by the sobolev compiler (adjoint). Do not edit.
import { tape } from "sobolev/runtime";

/**
 * Adjoint of surrogate (examples/browser/surrogate.ts:25).
 * @differentiable
 * @wrt x x_b out_b
 * @domain x[0] 80 120
 * @domain x[1] 0.1 0.4
 * @length x 2
 * @length x_b 2
 * @variant tangent
 */
export function surrogate_adjoint(x: Float64Array, x_b: Float64Array, out_b: number): number {
    let t2_1 = 0;
    let t3_1 = 0;
    let t4_1 = 0;
    let e = 0;
    let t5 = 0;
    let t6 = 0;
    let t2_2 = 0;
    let t3_2 = 0;
    let t4_2 = 0;
    let e_1 = 0;
    let t5_1 = 0;
    let t6_1 = 0;
    let t2_3 = 0;
    let t3_3 = 0;
    let t4_3 = 0;
    let e_2 = 0;
    let t5_2 = 0;
    let t6_2 = 0;
    let t2_4 = 0;
    let t3_4 = 0;
    let t4_4 = 0;
    let e_3 = 0;
    let t5_3 = 0;
    let t6_3 = 0;
    let t2_5 = 0;
    let t3_5 = 0;
    let t4_5 = 0;
    let e_4 = 0;
    let t5_4 = 0;
    let t6_4 = 0;
    let t2_6 = 0;
    let t3_6 = 0;
    let t4_6 = 0;
    let e_5 = 0;
    let t5_5 = 0;
    let t6_5 = 0;
    let t2_7 = 0;
    let t3_7 = 0;
    let t4_7 = 0;
    let e_6 = 0;
    let t5_6 = 0;
    let t6_6 = 0;
    let t2_8 = 0;
    let t3_8 = 0;
    let t4_8 = 0;
    let e_7 = 0;
    let t5_7 = 0;
    let t6_7 = 0;
    let t2_9 = 0;
    let t3_9 = 0;
    let t4_9 = 0;
    let e_8 = 0;
    let t5_8 = 0;
    let t6_8 = 0;
    let t2_10 = 0;
    let t3_10 = 0;
    let t4_10 = 0;
    let e_9 = 0;
    let t5_9 = 0;
    let t6_9 = 0;
    let t2_11 = 0;
    let t3_11 = 0;
    let t4_11 = 0;
    let e_10 = 0;
    let t5_10 = 0;
    let t6_10 = 0;
    let t2_12 = 0;
    let t3_12 = 0;
    let t4_12 = 0;
    let e_11 = 0;
    let t5_11 = 0;
    let t6_11 = 0;
    let t2_13 = 0;
    let t3_13 = 0;
    let t4_13 = 0;
    let e_12 = 0;
    let t5_12 = 0;
    let t6_12 = 0;
    let t2_14 = 0;
    let t3_14 = 0;
    let t4_14 = 0;
    let e_13 = 0;
    let t5_13 = 0;
    let t6_13 = 0;
    let t2_15 = 0;
    let t3_15 = 0;
    let t4_15 = 0;
    let e_14 = 0;
    let t5_14 = 0;
    let t6_14 = 0;
    let t2_16 = 0;
    let t3_16 = 0;
    let t4_16 = 0;
    let e_15 = 0;
    let t5_15 = 0;
    let t6_15 = 0;
    let t2_17 = 0;
    let t3_17 = 0;
    let t4_17 = 0;
    let e_16 = 0;
    let t5_16 = 0;
    let t6_16 = 0;
    let t2_18 = 0;
    let t3_18 = 0;
    let t4_18 = 0;
    let e_17 = 0;
    let t5_17 = 0;
    let t6_17 = 0;
    let t2_19 = 0;
    let t3_19 = 0;
    let t4_19 = 0;
    let e_18 = 0;
    let t5_18 = 0;
    let t6_18 = 0;
    let t2_20 = 0;
    let t3_20 = 0;
    let t4_20 = 0;
    let e_19 = 0;
    let t5_19 = 0;
    let t6_19 = 0;
    let t2_21 = 0;
    let t3_21 = 0;
    let t4_21 = 0;
    let e_20 = 0;
    let t5_20 = 0;
    let t6_20 = 0;
    let t2_22 = 0;
    let t3_22 = 0;
    let t4_22 = 0;
    let e_21 = 0;
    let t5_21 = 0;
    let t6_21 = 0;
    let t2_23 = 0;
    let t3_23 = 0;
    let t4_23 = 0;
    let e_22 = 0;
    let t5_22 = 0;
    let t6_22 = 0;
    let t2_24 = 0;
    let t3_24 = 0;
    let t4_24 = 0;
    let e_23 = 0;
    let t5_23 = 0;
    let t6_23 = 0;
    let t2_25 = 0;
    let t3_25 = 0;
    let t4_25 = 0;
    let e_24 = 0;
    let t5_24 = 0;
    let t6_24 = 0;
    let t2_26 = 0;
    let t3_26 = 0;
    let t4_26 = 0;
    let e_25 = 0;
    let t5_25 = 0;
    let t6_25 = 0;
    let t2_27 = 0;
    let t3_27 = 0;
    let t4_27 = 0;
    let e_26 = 0;
    let t5_26 = 0;
    let t6_26 = 0;
    let t2_28 = 0;
    let t3_28 = 0;
    let t4_28 = 0;
    let e_27 = 0;
    let t5_27 = 0;
    let t6_27 = 0;
    let t2_29 = 0;
    let t3_29 = 0;
    let t4_29 = 0;
    let e_28 = 0;
    let t5_28 = 0;
    let t6_28 = 0;
    let t2_30 = 0;
    let t3_30 = 0;
    let t4_30 = 0;
    let e_29 = 0;
    let t5_29 = 0;
    let t6_29 = 0;
    let t2_31 = 0;
    let t3_31 = 0;
    let t4_31 = 0;
    let e_30 = 0;
    let t5_30 = 0;
    let t6_30 = 0;
    let t2_32 = 0;
    let t3_32 = 0;
    let t4_32 = 0;
    let e_31 = 0;
    let t5_31 = 0;
    let t6_31 = 0;
    let t2_33 = 0;
    let t3_33 = 0;
    let t4_33 = 0;
    let e_32 = 0;
    let t5_32 = 0;
    let t6_32 = 0;
    let t2_34 = 0;
    let t3_34 = 0;
    let t4_34 = 0;
    let e_33 = 0;
    let t5_33 = 0;
    let t6_33 = 0;
    let t2_35 = 0;
    let t3_35 = 0;
    let t4_35 = 0;
    let e_34 = 0;
    let t5_34 = 0;
    let t6_34 = 0;
    let t2_36 = 0;
    let t3_36 = 0;
    let t4_36 = 0;
    let e_35 = 0;
    let t5_35 = 0;
    let t6_35 = 0;
    let t2_37 = 0;
    let t3_37 = 0;
    let t4_37 = 0;
    let e_36 = 0;
    let t5_36 = 0;
    let t6_36 = 0;
    let t2_38 = 0;
    let t3_38 = 0;
    let t4_38 = 0;
    let e_37 = 0;
    let t5_37 = 0;
    let t6_37 = 0;
    let t2_39 = 0;
    let t3_39 = 0;
    let t4_39 = 0;
    let e_38 = 0;
    let t5_38 = 0;
    let t6_38 = 0;
    let t2_40 = 0;
    let t3_40 = 0;
    let t4_40 = 0;
    let e_39 = 0;
    let t5_39 = 0;
    let t6_39 = 0;
    let t2_41 = 0;
    let t3_41 = 0;
    let t4_41 = 0;
    let e_40 = 0;
    let t5_40 = 0;
    let t6_40 = 0;
    let t2_42 = 0;
    let t3_42 = 0;
    let t4_42 = 0;
    let e_41 = 0;
    let t5_41 = 0;
    let t6_41 = 0;
    let t2_43 = 0;
    let t3_43 = 0;
    let t4_43 = 0;
    let e_42 = 0;
    let t5_42 = 0;
    let t6_42 = 0;
    let t2_44 = 0;
    let t3_44 = 0;
    let t4_44 = 0;
    let e_43 = 0;
    let t5_43 = 0;
    let t6_43 = 0;
    let t2_45 = 0;
    let t3_45 = 0;
    let t4_45 = 0;
    let e_44 = 0;
    let t5_44 = 0;
    let t6_44 = 0;
    let t2_46 = 0;
    let t3_46 = 0;
    let t4_46 = 0;
    let e_45 = 0;
    let t5_45 = 0;
    let t6_45 = 0;
    let t2_47 = 0;
    let t3_47 = 0;
    let t4_47 = 0;
    let e_46 = 0;
    let t5_46 = 0;
    let t6_46 = 0;
    let t2_48 = 0;
    let t3_48 = 0;
    let t4_48 = 0;
    let e_47 = 0;
    let t5_47 = 0;
    let t6_47 = 0;
    const t1 = x[0]! - 99.9819275928181; // surrogate.ts:27
    const u0 = t1 / 11.557822268336034; // surrogate.ts:27
    const t2 = x[1]! - 0.24953317715692855; // surrogate.ts:28
    const u1 = t2 / 0.08672094360756195; // surrogate.ts:28
    const t3 = -0.444343041625739 + 0.19763708184646503 * u0; // surrogate.ts:31
    const t4 = 0.6767751349391941 * u1; // surrogate.ts:31
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_1 = t3 - t4; // surrogate.ts:31
    let ret_1 = 0;
    const branch = x_1 >= 0; // surrogate.ts:9
    if (branch) {
        const t1_1 = -x_1; // surrogate.ts:9
        t2_1 = Math.exp(t1_1); // surrogate.ts:9
        t3_1 = 1 + t2_1; // surrogate.ts:9
        t4_1 = 1 / t3_1; // surrogate.ts:9
        ret_1 = x_1 * t4_1; // surrogate.ts:9
    }
    else {
        e = Math.exp(x_1); // surrogate.ts:10
        t5 = 1 + e; // surrogate.ts:11
        t6 = e / t5; // surrogate.ts:11
        ret_1 = x_1 * t6; // surrogate.ts:11
    }
    tape.pushBranch(branch); // surrogate.ts:9
    const h1_0 = ret_1; // surrogate.ts:31
    const t7 = 0.41319353797377123 + 0.5730535353945405 * u0; // surrogate.ts:32
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_2 = t7 + 0.37997221318122565 * u1; // surrogate.ts:32
    let ret_2 = 0;
    const branch_1 = x_2 >= 0; // surrogate.ts:9
    if (branch_1) {
        const t1_2 = -x_2; // surrogate.ts:9
        t2_2 = Math.exp(t1_2); // surrogate.ts:9
        t3_2 = 1 + t2_2; // surrogate.ts:9
        t4_2 = 1 / t3_2; // surrogate.ts:9
        ret_2 = x_2 * t4_2; // surrogate.ts:9
    }
    else {
        e_1 = Math.exp(x_2); // surrogate.ts:10
        t5_1 = 1 + e_1; // surrogate.ts:11
        t6_1 = e_1 / t5_1; // surrogate.ts:11
        ret_2 = x_2 * t6_1; // surrogate.ts:11
    }
    tape.pushBranch(branch_1); // surrogate.ts:9
    const h1_1 = ret_2; // surrogate.ts:32
    const t8 = 0.08427485164379533 * u0; // surrogate.ts:33
    const t9 = -0.04538029713855956 - t8; // surrogate.ts:33
    const t10 = 0.497200485465725 * u1; // surrogate.ts:33
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_3 = t9 - t10; // surrogate.ts:33
    let ret_3 = 0;
    const branch_2 = x_3 >= 0; // surrogate.ts:9
    if (branch_2) {
        const t1_3 = -x_3; // surrogate.ts:9
        t2_3 = Math.exp(t1_3); // surrogate.ts:9
        t3_3 = 1 + t2_3; // surrogate.ts:9
        t4_3 = 1 / t3_3; // surrogate.ts:9
        ret_3 = x_3 * t4_3; // surrogate.ts:9
    }
    else {
        e_2 = Math.exp(x_3); // surrogate.ts:10
        t5_2 = 1 + e_2; // surrogate.ts:11
        t6_2 = e_2 / t5_2; // surrogate.ts:11
        ret_3 = x_3 * t6_2; // surrogate.ts:11
    }
    tape.pushBranch(branch_2); // surrogate.ts:9
    const h1_2 = ret_3; // surrogate.ts:33
    const t11 = 0.6082409457451009 * u0; // surrogate.ts:34
    const t12 = 0.04425817436170307 - t11; // surrogate.ts:34
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_4 = t12 + 0.047326491463088705 * u1; // surrogate.ts:34
    let ret_4 = 0;
    const branch_3 = x_4 >= 0; // surrogate.ts:9
    if (branch_3) {
        const t1_4 = -x_4; // surrogate.ts:9
        t2_4 = Math.exp(t1_4); // surrogate.ts:9
        t3_4 = 1 + t2_4; // surrogate.ts:9
        t4_4 = 1 / t3_4; // surrogate.ts:9
        ret_4 = x_4 * t4_4; // surrogate.ts:9
    }
    else {
        e_3 = Math.exp(x_4); // surrogate.ts:10
        t5_3 = 1 + e_3; // surrogate.ts:11
        t6_3 = e_3 / t5_3; // surrogate.ts:11
        ret_4 = x_4 * t6_3; // surrogate.ts:11
    }
    tape.pushBranch(branch_3); // surrogate.ts:9
    const h1_3 = ret_4; // surrogate.ts:34
    const t13 = 0.2112459180433236 + 0.44519845580946665 * u0; // surrogate.ts:35
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_5 = t13 + 0.20181942527258306 * u1; // surrogate.ts:35
    let ret_5 = 0;
    const branch_4 = x_5 >= 0; // surrogate.ts:9
    if (branch_4) {
        const t1_5 = -x_5; // surrogate.ts:9
        t2_5 = Math.exp(t1_5); // surrogate.ts:9
        t3_5 = 1 + t2_5; // surrogate.ts:9
        t4_5 = 1 / t3_5; // surrogate.ts:9
        ret_5 = x_5 * t4_5; // surrogate.ts:9
    }
    else {
        e_4 = Math.exp(x_5); // surrogate.ts:10
        t5_4 = 1 + e_4; // surrogate.ts:11
        t6_4 = e_4 / t5_4; // surrogate.ts:11
        ret_5 = x_5 * t6_4; // surrogate.ts:11
    }
    tape.pushBranch(branch_4); // surrogate.ts:9
    const h1_4 = ret_5; // surrogate.ts:35
    const t14 = 0.5124172095091823 + 0.46919620212832536 * u0; // surrogate.ts:36
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_6 = t14 + 0.6729656326166581 * u1; // surrogate.ts:36
    let ret_6 = 0;
    const branch_5 = x_6 >= 0; // surrogate.ts:9
    if (branch_5) {
        const t1_6 = -x_6; // surrogate.ts:9
        t2_6 = Math.exp(t1_6); // surrogate.ts:9
        t3_6 = 1 + t2_6; // surrogate.ts:9
        t4_6 = 1 / t3_6; // surrogate.ts:9
        ret_6 = x_6 * t4_6; // surrogate.ts:9
    }
    else {
        e_5 = Math.exp(x_6); // surrogate.ts:10
        t5_5 = 1 + e_5; // surrogate.ts:11
        t6_5 = e_5 / t5_5; // surrogate.ts:11
        ret_6 = x_6 * t6_5; // surrogate.ts:11
    }
    tape.pushBranch(branch_5); // surrogate.ts:9
    const h1_5 = ret_6; // surrogate.ts:36
    const t15 = 0.8723417023044147 * u0; // surrogate.ts:37
    const t16 = -0.15198956054272222 - t15; // surrogate.ts:37
    const t17 = 0.4602475017863799 * u1; // surrogate.ts:37
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_7 = t16 - t17; // surrogate.ts:37
    let ret_7 = 0;
    const branch_6 = x_7 >= 0; // surrogate.ts:9
    if (branch_6) {
        const t1_7 = -x_7; // surrogate.ts:9
        t2_7 = Math.exp(t1_7); // surrogate.ts:9
        t3_7 = 1 + t2_7; // surrogate.ts:9
        t4_7 = 1 / t3_7; // surrogate.ts:9
        ret_7 = x_7 * t4_7; // surrogate.ts:9
    }
    else {
        e_6 = Math.exp(x_7); // surrogate.ts:10
        t5_6 = 1 + e_6; // surrogate.ts:11
        t6_6 = e_6 / t5_6; // surrogate.ts:11
        ret_7 = x_7 * t6_6; // surrogate.ts:11
    }
    tape.pushBranch(branch_6); // surrogate.ts:9
    const h1_6 = ret_7; // surrogate.ts:37
    const t18 = 0.054972776600355565 + 0.5209583222666226 * u0; // surrogate.ts:38
    const t19 = 0.13564801440832513 * u1; // surrogate.ts:38
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_8 = t18 - t19; // surrogate.ts:38
    let ret_8 = 0;
    const branch_7 = x_8 >= 0; // surrogate.ts:9
    if (branch_7) {
        const t1_8 = -x_8; // surrogate.ts:9
        t2_8 = Math.exp(t1_8); // surrogate.ts:9
        t3_8 = 1 + t2_8; // surrogate.ts:9
        t4_8 = 1 / t3_8; // surrogate.ts:9
        ret_8 = x_8 * t4_8; // surrogate.ts:9
    }
    else {
        e_7 = Math.exp(x_8); // surrogate.ts:10
        t5_7 = 1 + e_7; // surrogate.ts:11
        t6_7 = e_7 / t5_7; // surrogate.ts:11
        ret_8 = x_8 * t6_7; // surrogate.ts:11
    }
    tape.pushBranch(branch_7); // surrogate.ts:9
    const h1_7 = ret_8; // surrogate.ts:38
    const t20 = 0.06677495899306952 + 0.21290638061687203 * h1_0; // surrogate.ts:41
    const t21 = 0.02268002181611926 * h1_1; // surrogate.ts:41
    const t22 = t20 - t21; // surrogate.ts:41
    const t23 = t22 + 0.18675963247547459 * h1_2; // surrogate.ts:41
    const t24 = 0.3971779726944101 * h1_3; // surrogate.ts:41
    const t25 = t23 - t24; // surrogate.ts:41
    const t26 = 0.13565315230214164 * h1_4; // surrogate.ts:41
    const t27 = t25 - t26; // surrogate.ts:41
    const t28 = t27 + 0.196132489183866 * h1_5; // surrogate.ts:41
    const t29 = 0.31866996021738253 * h1_6; // surrogate.ts:41
    const t30 = t28 - t29; // surrogate.ts:41
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_9 = t30 + 0.4797473461487186 * h1_7; // surrogate.ts:41
    let ret_9 = 0;
    const branch_8 = x_9 >= 0; // surrogate.ts:9
    if (branch_8) {
        const t1_9 = -x_9; // surrogate.ts:9
        t2_9 = Math.exp(t1_9); // surrogate.ts:9
        t3_9 = 1 + t2_9; // surrogate.ts:9
        t4_9 = 1 / t3_9; // surrogate.ts:9
        ret_9 = x_9 * t4_9; // surrogate.ts:9
    }
    else {
        e_8 = Math.exp(x_9); // surrogate.ts:10
        t5_8 = 1 + e_8; // surrogate.ts:11
        t6_8 = e_8 / t5_8; // surrogate.ts:11
        ret_9 = x_9 * t6_8; // surrogate.ts:11
    }
    tape.pushBranch(branch_8); // surrogate.ts:9
    const h2_0 = ret_9; // surrogate.ts:41
    const t31 = -0.23259494700075353 + 0.42935792152060176 * h1_0; // surrogate.ts:42
    const t32 = 0.01451956970485955 * h1_1; // surrogate.ts:42
    const t33 = t31 - t32; // surrogate.ts:42
    const t34 = t33 + 0.16904239389007536 * h1_2; // surrogate.ts:42
    const t35 = 0.2763813833167075 * h1_3; // surrogate.ts:42
    const t36 = t34 - t35; // surrogate.ts:42
    const t37 = 0.24577656287115698 * h1_4; // surrogate.ts:42
    const t38 = t36 - t37; // surrogate.ts:42
    const t39 = t38 + 0.10883647381350384 * h1_5; // surrogate.ts:42
    const t40 = 0.1632360706879201 * h1_6; // surrogate.ts:42
    const t41 = t39 - t40; // surrogate.ts:42
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_10 = t41 + 0.5808484731216593 * h1_7; // surrogate.ts:42
    let ret_10 = 0;
    const branch_9 = x_10 >= 0; // surrogate.ts:9
    if (branch_9) {
        const t1_10 = -x_10; // surrogate.ts:9
        t2_10 = Math.exp(t1_10); // surrogate.ts:9
        t3_10 = 1 + t2_10; // surrogate.ts:9
        t4_10 = 1 / t3_10; // surrogate.ts:9
        ret_10 = x_10 * t4_10; // surrogate.ts:9
    }
    else {
        e_9 = Math.exp(x_10); // surrogate.ts:10
        t5_9 = 1 + e_9; // surrogate.ts:11
        t6_9 = e_9 / t5_9; // surrogate.ts:11
        ret_10 = x_10 * t6_9; // surrogate.ts:11
    }
    tape.pushBranch(branch_9); // surrogate.ts:9
    const h2_1 = ret_10; // surrogate.ts:42
    const t42 = 0.1265837642344123 + 0.1256559603312547 * h1_0; // surrogate.ts:43
    const t43 = t42 + 0.19724434875300406 * h1_1; // surrogate.ts:43
    const t44 = 0.05951283173075206 * h1_2; // surrogate.ts:43
    const t45 = t43 - t44; // surrogate.ts:43
    const t46 = 0.45885287585245116 * h1_3; // surrogate.ts:43
    const t47 = t45 - t46; // surrogate.ts:43
    const t48 = t47 + 0.08064662187277905 * h1_4; // surrogate.ts:43
    const t49 = t48 + 0.22448636617763995 * h1_5; // surrogate.ts:43
    const t50 = 0.04723134685438631 * h1_6; // surrogate.ts:43
    const t51 = t49 - t50; // surrogate.ts:43
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_11 = t51 + 0.5705559464452867 * h1_7; // surrogate.ts:43
    let ret_11 = 0;
    const branch_10 = x_11 >= 0; // surrogate.ts:9
    if (branch_10) {
        const t1_11 = -x_11; // surrogate.ts:9
        t2_11 = Math.exp(t1_11); // surrogate.ts:9
        t3_11 = 1 + t2_11; // surrogate.ts:9
        t4_11 = 1 / t3_11; // surrogate.ts:9
        ret_11 = x_11 * t4_11; // surrogate.ts:9
    }
    else {
        e_10 = Math.exp(x_11); // surrogate.ts:10
        t5_10 = 1 + e_10; // surrogate.ts:11
        t6_10 = e_10 / t5_10; // surrogate.ts:11
        ret_11 = x_11 * t6_10; // surrogate.ts:11
    }
    tape.pushBranch(branch_10); // surrogate.ts:9
    const h2_2 = ret_11; // surrogate.ts:43
    const t52 = -0.23572016669912813 + 0.8732472750718895 * h1_0; // surrogate.ts:44
    const t53 = 0.1103817137779842 * h1_1; // surrogate.ts:44
    const t54 = t52 - t53; // surrogate.ts:44
    const t55 = t54 + 0.29328695760077506 * h1_2; // surrogate.ts:44
    const t56 = 0.5998692980999986 * h1_3; // surrogate.ts:44
    const t57 = t55 - t56; // surrogate.ts:44
    const t58 = t57 + 0.21663855452250375 * h1_4; // surrogate.ts:44
    const t59 = t58 + 0.06230151373359957 * h1_5; // surrogate.ts:44
    const t60 = t59 + 0.30719315650184215 * h1_6; // surrogate.ts:44
    const t61 = 0.006119679187044733 * h1_7; // surrogate.ts:44
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_12 = t60 - t61; // surrogate.ts:44
    let ret_12 = 0;
    const branch_11 = x_12 >= 0; // surrogate.ts:9
    if (branch_11) {
        const t1_12 = -x_12; // surrogate.ts:9
        t2_12 = Math.exp(t1_12); // surrogate.ts:9
        t3_12 = 1 + t2_12; // surrogate.ts:9
        t4_12 = 1 / t3_12; // surrogate.ts:9
        ret_12 = x_12 * t4_12; // surrogate.ts:9
    }
    else {
        e_11 = Math.exp(x_12); // surrogate.ts:10
        t5_11 = 1 + e_11; // surrogate.ts:11
        t6_11 = e_11 / t5_11; // surrogate.ts:11
        ret_12 = x_12 * t6_11; // surrogate.ts:11
    }
    tape.pushBranch(branch_11); // surrogate.ts:9
    const h2_3 = ret_12; // surrogate.ts:44
    const t62 = -0.02678946964702412 + 0.1995199816815469 * h1_0; // surrogate.ts:45
    const t63 = 0.18637165274338954 * h1_1; // surrogate.ts:45
    const t64 = t62 - t63; // surrogate.ts:45
    const t65 = t64 + 0.18670582395465773 * h1_2; // surrogate.ts:45
    const t66 = 0.1627619525482785 * h1_3; // surrogate.ts:45
    const t67 = t65 - t66; // surrogate.ts:45
    const t68 = 0.10658439928757653 * h1_4; // surrogate.ts:45
    const t69 = t67 - t68; // surrogate.ts:45
    const t70 = 0.44134966649575297 * h1_5; // surrogate.ts:45
    const t71 = t69 - t70; // surrogate.ts:45
    const t72 = t71 + 0.5799802447372983 * h1_6; // surrogate.ts:45
    const t73 = 0.4527178555713764 * h1_7; // surrogate.ts:45
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_13 = t72 - t73; // surrogate.ts:45
    let ret_13 = 0;
    const branch_12 = x_13 >= 0; // surrogate.ts:9
    if (branch_12) {
        const t1_13 = -x_13; // surrogate.ts:9
        t2_13 = Math.exp(t1_13); // surrogate.ts:9
        t3_13 = 1 + t2_13; // surrogate.ts:9
        t4_13 = 1 / t3_13; // surrogate.ts:9
        ret_13 = x_13 * t4_13; // surrogate.ts:9
    }
    else {
        e_12 = Math.exp(x_13); // surrogate.ts:10
        t5_12 = 1 + e_12; // surrogate.ts:11
        t6_12 = e_12 / t5_12; // surrogate.ts:11
        ret_13 = x_13 * t6_12; // surrogate.ts:11
    }
    tape.pushBranch(branch_12); // surrogate.ts:9
    const h2_4 = ret_13; // surrogate.ts:45
    const t74 = 0.5118850895187416 * h1_0; // surrogate.ts:46
    const t75 = 0.32702094623127376 - t74; // surrogate.ts:46
    const t76 = t75 + 0.5670325725146504 * h1_1; // surrogate.ts:46
    const t77 = 0.5944162258159317 * h1_2; // surrogate.ts:46
    const t78 = t76 - t77; // surrogate.ts:46
    const t79 = 0.20248623321934806 * h1_3; // surrogate.ts:46
    const t80 = t78 - t79; // surrogate.ts:46
    const t81 = t80 + 0.4383180005140749 * h1_4; // surrogate.ts:46
    const t82 = t81 + 0.3996406583089443 * h1_5; // surrogate.ts:46
    const t83 = 0.24033970886293288 * h1_6; // surrogate.ts:46
    const t84 = t82 - t83; // surrogate.ts:46
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_14 = t84 + 0.04976160524362224 * h1_7; // surrogate.ts:46
    let ret_14 = 0;
    const branch_13 = x_14 >= 0; // surrogate.ts:9
    if (branch_13) {
        const t1_14 = -x_14; // surrogate.ts:9
        t2_14 = Math.exp(t1_14); // surrogate.ts:9
        t3_14 = 1 + t2_14; // surrogate.ts:9
        t4_14 = 1 / t3_14; // surrogate.ts:9
        ret_14 = x_14 * t4_14; // surrogate.ts:9
    }
    else {
        e_13 = Math.exp(x_14); // surrogate.ts:10
        t5_13 = 1 + e_13; // surrogate.ts:11
        t6_13 = e_13 / t5_13; // surrogate.ts:11
        ret_14 = x_14 * t6_13; // surrogate.ts:11
    }
    tape.pushBranch(branch_13); // surrogate.ts:9
    const h2_5 = ret_14; // surrogate.ts:46
    const t85 = 0.18346271047859544 + 0.10656165455672714 * h1_0; // surrogate.ts:47
    const t86 = t85 + 0.1402080294902757 * h1_1; // surrogate.ts:47
    const t87 = t86 + 0.11028522464064544 * h1_2; // surrogate.ts:47
    const t88 = 0.4701435876576152 * h1_3; // surrogate.ts:47
    const t89 = t87 - t88; // surrogate.ts:47
    const t90 = t89 + 0.08152229300131149 * h1_4; // surrogate.ts:47
    const t91 = t90 + 0.09969261369864812 * h1_5; // surrogate.ts:47
    const t92 = 0.14413353825410247 * h1_6; // surrogate.ts:47
    const t93 = t91 - t92; // surrogate.ts:47
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_15 = t93 + 0.4289515686872059 * h1_7; // surrogate.ts:47
    let ret_15 = 0;
    const branch_14 = x_15 >= 0; // surrogate.ts:9
    if (branch_14) {
        const t1_15 = -x_15; // surrogate.ts:9
        t2_15 = Math.exp(t1_15); // surrogate.ts:9
        t3_15 = 1 + t2_15; // surrogate.ts:9
        t4_15 = 1 / t3_15; // surrogate.ts:9
        ret_15 = x_15 * t4_15; // surrogate.ts:9
    }
    else {
        e_14 = Math.exp(x_15); // surrogate.ts:10
        t5_14 = 1 + e_14; // surrogate.ts:11
        t6_14 = e_14 / t5_14; // surrogate.ts:11
        ret_15 = x_15 * t6_14; // surrogate.ts:11
    }
    tape.pushBranch(branch_14); // surrogate.ts:9
    const h2_6 = ret_15; // surrogate.ts:47
    const t94 = 0.08594209590544559 + 0.21883791724902113 * h1_0; // surrogate.ts:48
    const t95 = t94 + 0.3022365252029206 * h1_1; // surrogate.ts:48
    const t96 = t95 + 0.02774479505580065 * h1_2; // surrogate.ts:48
    const t97 = 0.3114754398100837 * h1_3; // surrogate.ts:48
    const t98 = t96 - t97; // surrogate.ts:48
    const t99 = t98 + 0.10866549664951795 * h1_4; // surrogate.ts:48
    const t100 = t99 + 0.10037950872568355 * h1_5; // surrogate.ts:48
    const t101 = 0.11489851167408606 * h1_6; // surrogate.ts:48
    const t102 = t100 - t101; // surrogate.ts:48
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_16 = t102 + 0.6312219096608137 * h1_7; // surrogate.ts:48
    let ret_16 = 0;
    const branch_15 = x_16 >= 0; // surrogate.ts:9
    if (branch_15) {
        const t1_16 = -x_16; // surrogate.ts:9
        t2_16 = Math.exp(t1_16); // surrogate.ts:9
        t3_16 = 1 + t2_16; // surrogate.ts:9
        t4_16 = 1 / t3_16; // surrogate.ts:9
        ret_16 = x_16 * t4_16; // surrogate.ts:9
    }
    else {
        e_15 = Math.exp(x_16); // surrogate.ts:10
        t5_15 = 1 + e_15; // surrogate.ts:11
        t6_15 = e_15 / t5_15; // surrogate.ts:11
        ret_16 = x_16 * t6_15; // surrogate.ts:11
    }
    tape.pushBranch(branch_15); // surrogate.ts:9
    const h2_7 = ret_16; // surrogate.ts:48
    const t103 = 0.1537497201925118 * h2_0; // surrogate.ts:51
    const t104 = 0.15518784249476517 - t103; // surrogate.ts:51
    const t105 = t104 + 0.02740419097282764 * h2_1; // surrogate.ts:51
    const t106 = 0.2645388511631792 * h2_2; // surrogate.ts:51
    const t107 = t105 - t106; // surrogate.ts:51
    const t108 = t107 + 0.46048836570403434 * h2_3; // surrogate.ts:51
    const t109 = t108 + 0.3447650024728048 * h2_4; // surrogate.ts:51
    const t110 = 0.3458059201066317 * h2_5; // surrogate.ts:51
    const t111 = t109 - t110; // surrogate.ts:51
    const t112 = 0.023458385264148188 * h2_6; // surrogate.ts:51
    const t113 = t111 - t112; // surrogate.ts:51
    const t114 = 0.23426118299238868 * h2_7; // surrogate.ts:51
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_17 = t113 - t114; // surrogate.ts:51
    let ret_17 = 0;
    const branch_16 = x_17 >= 0; // surrogate.ts:9
    if (branch_16) {
        const t1_17 = -x_17; // surrogate.ts:9
        t2_17 = Math.exp(t1_17); // surrogate.ts:9
        t3_17 = 1 + t2_17; // surrogate.ts:9
        t4_17 = 1 / t3_17; // surrogate.ts:9
        ret_17 = x_17 * t4_17; // surrogate.ts:9
    }
    else {
        e_16 = Math.exp(x_17); // surrogate.ts:10
        t5_16 = 1 + e_16; // surrogate.ts:11
        t6_16 = e_16 / t5_16; // surrogate.ts:11
        ret_17 = x_17 * t6_16; // surrogate.ts:11
    }
    tape.pushBranch(branch_16); // surrogate.ts:9
    const h3_0 = ret_17; // surrogate.ts:51
    const t115 = 0.08175434489303397 + 0.16932779093500663 * h2_0; // surrogate.ts:52
    const t116 = t115 + 0.3356827719590377 * h2_1; // surrogate.ts:52
    const t117 = t116 + 0.2803486590890107 * h2_2; // surrogate.ts:52
    const t118 = t117 + 0.19529672219171046 * h2_3; // surrogate.ts:52
    const t119 = 0.1804714004313033 * h2_4; // surrogate.ts:52
    const t120 = t118 - t119; // surrogate.ts:52
    const t121 = t120 + 0.16894059080029616 * h2_5; // surrogate.ts:52
    const t122 = t121 + 0.20209494611315215 * h2_6; // surrogate.ts:52
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_18 = t122 + 0.3693261284714944 * h2_7; // surrogate.ts:52
    let ret_18 = 0;
    const branch_17 = x_18 >= 0; // surrogate.ts:9
    if (branch_17) {
        const t1_18 = -x_18; // surrogate.ts:9
        t2_18 = Math.exp(t1_18); // surrogate.ts:9
        t3_18 = 1 + t2_18; // surrogate.ts:9
        t4_18 = 1 / t3_18; // surrogate.ts:9
        ret_18 = x_18 * t4_18; // surrogate.ts:9
    }
    else {
        e_17 = Math.exp(x_18); // surrogate.ts:10
        t5_17 = 1 + e_17; // surrogate.ts:11
        t6_17 = e_17 / t5_17; // surrogate.ts:11
        ret_18 = x_18 * t6_17; // surrogate.ts:11
    }
    tape.pushBranch(branch_17); // surrogate.ts:9
    const h3_1 = ret_18; // surrogate.ts:52
    const t123 = 0.09779899883641116 * h2_0; // surrogate.ts:53
    const t124 = 0.20338714753367945 - t123; // surrogate.ts:53
    const t125 = 0.04211072273299397 * h2_1; // surrogate.ts:53
    const t126 = t124 - t125; // surrogate.ts:53
    const t127 = 0.016815381446234533 * h2_2; // surrogate.ts:53
    const t128 = t126 - t127; // surrogate.ts:53
    const t129 = t128 + 0.21040999259454113 * h2_3; // surrogate.ts:53
    const t130 = t129 + 0.2543012847639124 * h2_4; // surrogate.ts:53
    const t131 = 0.5159121603196455 * h2_5; // surrogate.ts:53
    const t132 = t130 - t131; // surrogate.ts:53
    const t133 = 0.005644051112129956 * h2_6; // surrogate.ts:53
    const t134 = t132 - t133; // surrogate.ts:53
    const t135 = 0.07026744557714883 * h2_7; // surrogate.ts:53
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_19 = t134 - t135; // surrogate.ts:53
    let ret_19 = 0;
    const branch_18 = x_19 >= 0; // surrogate.ts:9
    if (branch_18) {
        const t1_19 = -x_19; // surrogate.ts:9
        t2_19 = Math.exp(t1_19); // surrogate.ts:9
        t3_19 = 1 + t2_19; // surrogate.ts:9
        t4_19 = 1 / t3_19; // surrogate.ts:9
        ret_19 = x_19 * t4_19; // surrogate.ts:9
    }
    else {
        e_18 = Math.exp(x_19); // surrogate.ts:10
        t5_18 = 1 + e_18; // surrogate.ts:11
        t6_18 = e_18 / t5_18; // surrogate.ts:11
        ret_19 = x_19 * t6_18; // surrogate.ts:11
    }
    tape.pushBranch(branch_18); // surrogate.ts:9
    const h3_2 = ret_19; // surrogate.ts:53
    const t136 = 0.3920111199570636 * h2_0; // surrogate.ts:54
    const t137 = -0.04074282906528182 - t136; // surrogate.ts:54
    const t138 = 0.22347295222255065 * h2_1; // surrogate.ts:54
    const t139 = t137 - t138; // surrogate.ts:54
    const t140 = 0.08320416756933305 * h2_2; // surrogate.ts:54
    const t141 = t139 - t140; // surrogate.ts:54
    const t142 = t141 + 0.5935921879695831 * h2_3; // surrogate.ts:54
    const t143 = t142 + 0.6937516659489892 * h2_4; // surrogate.ts:54
    const t144 = 0.23451954517846943 * h2_5; // surrogate.ts:54
    const t145 = t143 - t144; // surrogate.ts:54
    const t146 = 0.23511249499384193 * h2_6; // surrogate.ts:54
    const t147 = t145 - t146; // surrogate.ts:54
    const t148 = 0.09609678404088173 * h2_7; // surrogate.ts:54
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_20 = t147 - t148; // surrogate.ts:54
    let ret_20 = 0;
    const branch_19 = x_20 >= 0; // surrogate.ts:9
    if (branch_19) {
        const t1_20 = -x_20; // surrogate.ts:9
        t2_20 = Math.exp(t1_20); // surrogate.ts:9
        t3_20 = 1 + t2_20; // surrogate.ts:9
        t4_20 = 1 / t3_20; // surrogate.ts:9
        ret_20 = x_20 * t4_20; // surrogate.ts:9
    }
    else {
        e_19 = Math.exp(x_20); // surrogate.ts:10
        t5_19 = 1 + e_19; // surrogate.ts:11
        t6_19 = e_19 / t5_19; // surrogate.ts:11
        ret_20 = x_20 * t6_19; // surrogate.ts:11
    }
    tape.pushBranch(branch_19); // surrogate.ts:9
    const h3_3 = ret_20; // surrogate.ts:54
    const t149 = 0.055776259745480145 + 0.22459871690563912 * h2_0; // surrogate.ts:55
    const t150 = t149 + 0.3257107770909811 * h2_1; // surrogate.ts:55
    const t151 = t150 + 0.30531033412987274 * h2_2; // surrogate.ts:55
    const t152 = t151 + 0.2653677860111262 * h2_3; // surrogate.ts:55
    const t153 = 0.026685677018869303 * h2_4; // surrogate.ts:55
    const t154 = t152 - t153; // surrogate.ts:55
    const t155 = t154 + 0.15150190368606786 * h2_5; // surrogate.ts:55
    const t156 = t155 + 0.5985034650518212 * h2_6; // surrogate.ts:55
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_21 = t156 + 0.13838159824286655 * h2_7; // surrogate.ts:55
    let ret_21 = 0;
    const branch_20 = x_21 >= 0; // surrogate.ts:9
    if (branch_20) {
        const t1_21 = -x_21; // surrogate.ts:9
        t2_21 = Math.exp(t1_21); // surrogate.ts:9
        t3_21 = 1 + t2_21; // surrogate.ts:9
        t4_21 = 1 / t3_21; // surrogate.ts:9
        ret_21 = x_21 * t4_21; // surrogate.ts:9
    }
    else {
        e_20 = Math.exp(x_21); // surrogate.ts:10
        t5_20 = 1 + e_20; // surrogate.ts:11
        t6_20 = e_20 / t5_20; // surrogate.ts:11
        ret_21 = x_21 * t6_20; // surrogate.ts:11
    }
    tape.pushBranch(branch_20); // surrogate.ts:9
    const h3_4 = ret_21; // surrogate.ts:55
    const t157 = 0.1309425347887439 * h2_0; // surrogate.ts:56
    const t158 = 0.10308610473101301 - t157; // surrogate.ts:56
    const t159 = 0.137022970387359 * h2_1; // surrogate.ts:56
    const t160 = t158 - t159; // surrogate.ts:56
    const t161 = 0.28632813035673277 * h2_2; // surrogate.ts:56
    const t162 = t160 - t161; // surrogate.ts:56
    const t163 = t162 + 0.412438724095472 * h2_3; // surrogate.ts:56
    const t164 = t163 + 0.2060006363857168 * h2_4; // surrogate.ts:56
    const t165 = 0.29309863281406234 * h2_5; // surrogate.ts:56
    const t166 = t164 - t165; // surrogate.ts:56
    const t167 = 0.04424550871309652 * h2_6; // surrogate.ts:56
    const t168 = t166 - t167; // surrogate.ts:56
    const t169 = 0.16881007415474542 * h2_7; // surrogate.ts:56
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_22 = t168 - t169; // surrogate.ts:56
    let ret_22 = 0;
    const branch_21 = x_22 >= 0; // surrogate.ts:9
    if (branch_21) {
        const t1_22 = -x_22; // surrogate.ts:9
        t2_22 = Math.exp(t1_22); // surrogate.ts:9
        t3_22 = 1 + t2_22; // surrogate.ts:9
        t4_22 = 1 / t3_22; // surrogate.ts:9
        ret_22 = x_22 * t4_22; // surrogate.ts:9
    }
    else {
        e_21 = Math.exp(x_22); // surrogate.ts:10
        t5_21 = 1 + e_21; // surrogate.ts:11
        t6_21 = e_21 / t5_21; // surrogate.ts:11
        ret_22 = x_22 * t6_21; // surrogate.ts:11
    }
    tape.pushBranch(branch_21); // surrogate.ts:9
    const h3_5 = ret_22; // surrogate.ts:56
    const t170 = 0.17071802608716896 * h2_0; // surrogate.ts:57
    const t171 = 0.0950397412715479 - t170; // surrogate.ts:57
    const t172 = 0.031354530211177234 * h2_1; // surrogate.ts:57
    const t173 = t171 - t172; // surrogate.ts:57
    const t174 = 0.1781874997139388 * h2_2; // surrogate.ts:57
    const t175 = t173 - t174; // surrogate.ts:57
    const t176 = t175 + 0.4450736182852337 * h2_3; // surrogate.ts:57
    const t177 = t176 + 0.30820084262608777 * h2_4; // surrogate.ts:57
    const t178 = 0.27612801204691084 * h2_5; // surrogate.ts:57
    const t179 = t177 - t178; // surrogate.ts:57
    const t180 = t179 + 0.06410693898461073 * h2_6; // surrogate.ts:57
    const t181 = 0.14314313174493892 * h2_7; // surrogate.ts:57
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_23 = t180 - t181; // surrogate.ts:57
    let ret_23 = 0;
    const branch_22 = x_23 >= 0; // surrogate.ts:9
    if (branch_22) {
        const t1_23 = -x_23; // surrogate.ts:9
        t2_23 = Math.exp(t1_23); // surrogate.ts:9
        t3_23 = 1 + t2_23; // surrogate.ts:9
        t4_23 = 1 / t3_23; // surrogate.ts:9
        ret_23 = x_23 * t4_23; // surrogate.ts:9
    }
    else {
        e_22 = Math.exp(x_23); // surrogate.ts:10
        t5_22 = 1 + e_22; // surrogate.ts:11
        t6_22 = e_22 / t5_22; // surrogate.ts:11
        ret_23 = x_23 * t6_22; // surrogate.ts:11
    }
    tape.pushBranch(branch_22); // surrogate.ts:9
    const h3_6 = ret_23; // surrogate.ts:57
    const t182 = 0.09584716709280264 + 0.28463805614678067 * h2_0; // surrogate.ts:58
    const t183 = t182 + 0.5109038075383702 * h2_1; // surrogate.ts:58
    const t184 = t183 + 0.3701397108284762 * h2_2; // surrogate.ts:58
    const t185 = t184 + 0.24281885190577474 * h2_3; // surrogate.ts:58
    const t186 = t185 + 0.03145085766811346 * h2_4; // surrogate.ts:58
    const t187 = t186 + 0.43041816945845035 * h2_5; // surrogate.ts:58
    const t188 = t187 + 0.27142579097025465 * h2_6; // surrogate.ts:58
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_24 = t188 + 0.4049729991321096 * h2_7; // surrogate.ts:58
    let ret_24 = 0;
    const branch_23 = x_24 >= 0; // surrogate.ts:9
    if (branch_23) {
        const t1_24 = -x_24; // surrogate.ts:9
        t2_24 = Math.exp(t1_24); // surrogate.ts:9
        t3_24 = 1 + t2_24; // surrogate.ts:9
        t4_24 = 1 / t3_24; // surrogate.ts:9
        ret_24 = x_24 * t4_24; // surrogate.ts:9
    }
    else {
        e_23 = Math.exp(x_24); // surrogate.ts:10
        t5_23 = 1 + e_23; // surrogate.ts:11
        t6_23 = e_23 / t5_23; // surrogate.ts:11
        ret_24 = x_24 * t6_23; // surrogate.ts:11
    }
    tape.pushBranch(branch_23); // surrogate.ts:9
    const h3_7 = ret_24; // surrogate.ts:58
    const t189 = 0.10876973565622124 * h3_0; // surrogate.ts:61
    const t190 = 0.09039803114735662 - t189; // surrogate.ts:61
    const t191 = t190 + 0.2383871757480698 * h3_1; // surrogate.ts:61
    const t192 = 0.16267179987751634 * h3_2; // surrogate.ts:61
    const t193 = t191 - t192; // surrogate.ts:61
    const t194 = t193 + 0.1285428947689884 * h3_3; // surrogate.ts:61
    const t195 = t194 + 0.27842367399657 * h3_4; // surrogate.ts:61
    const t196 = 0.34775309038475294 * h3_5; // surrogate.ts:61
    const t197 = t195 - t196; // surrogate.ts:61
    const t198 = 0.09038382798079073 * h3_6; // surrogate.ts:61
    const t199 = t197 - t198; // surrogate.ts:61
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_25 = t199 + 0.3718971899834952 * h3_7; // surrogate.ts:61
    let ret_25 = 0;
    const branch_24 = x_25 >= 0; // surrogate.ts:9
    if (branch_24) {
        const t1_25 = -x_25; // surrogate.ts:9
        t2_25 = Math.exp(t1_25); // surrogate.ts:9
        t3_25 = 1 + t2_25; // surrogate.ts:9
        t4_25 = 1 / t3_25; // surrogate.ts:9
        ret_25 = x_25 * t4_25; // surrogate.ts:9
    }
    else {
        e_24 = Math.exp(x_25); // surrogate.ts:10
        t5_24 = 1 + e_24; // surrogate.ts:11
        t6_24 = e_24 / t5_24; // surrogate.ts:11
        ret_25 = x_25 * t6_24; // surrogate.ts:11
    }
    tape.pushBranch(branch_24); // surrogate.ts:9
    const h4_0 = ret_25; // surrogate.ts:61
    const t200 = 0.23089679120416579 * h3_0; // surrogate.ts:62
    const t201 = 0.01120320627953265 - t200; // surrogate.ts:62
    const t202 = t201 + 0.2549325714255577 * h3_1; // surrogate.ts:62
    const t203 = 0.24022655278509514 * h3_2; // surrogate.ts:62
    const t204 = t202 - t203; // surrogate.ts:62
    const t205 = 0.21449248249072322 * h3_3; // surrogate.ts:62
    const t206 = t204 - t205; // surrogate.ts:62
    const t207 = t206 + 0.26945860935086985 * h3_4; // surrogate.ts:62
    const t208 = 0.13533749650551494 * h3_5; // surrogate.ts:62
    const t209 = t207 - t208; // surrogate.ts:62
    const t210 = 0.0458954220195824 * h3_6; // surrogate.ts:62
    const t211 = t209 - t210; // surrogate.ts:62
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_26 = t211 + 0.18905957566867787 * h3_7; // surrogate.ts:62
    let ret_26 = 0;
    const branch_25 = x_26 >= 0; // surrogate.ts:9
    if (branch_25) {
        const t1_26 = -x_26; // surrogate.ts:9
        t2_26 = Math.exp(t1_26); // surrogate.ts:9
        t3_26 = 1 + t2_26; // surrogate.ts:9
        t4_26 = 1 / t3_26; // surrogate.ts:9
        ret_26 = x_26 * t4_26; // surrogate.ts:9
    }
    else {
        e_25 = Math.exp(x_26); // surrogate.ts:10
        t5_25 = 1 + e_25; // surrogate.ts:11
        t6_25 = e_25 / t5_25; // surrogate.ts:11
        ret_26 = x_26 * t6_25; // surrogate.ts:11
    }
    tape.pushBranch(branch_25); // surrogate.ts:9
    const h4_1 = ret_26; // surrogate.ts:62
    const t212 = 0.17108911345588387 * h3_0; // surrogate.ts:63
    const t213 = 0.0323064210691235 - t212; // surrogate.ts:63
    const t214 = t213 + 0.4394542897245069 * h3_1; // surrogate.ts:63
    const t215 = 0.17277971988012197 * h3_2; // surrogate.ts:63
    const t216 = t214 - t215; // surrogate.ts:63
    const t217 = 0.22915830131340698 * h3_3; // surrogate.ts:63
    const t218 = t216 - t217; // surrogate.ts:63
    const t219 = t218 + 0.2807741283504928 * h3_4; // surrogate.ts:63
    const t220 = 0.08053244805924624 * h3_5; // surrogate.ts:63
    const t221 = t219 - t220; // surrogate.ts:63
    const t222 = 0.18541979185643645 * h3_6; // surrogate.ts:63
    const t223 = t221 - t222; // surrogate.ts:63
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_27 = t223 + 0.10445327297875476 * h3_7; // surrogate.ts:63
    let ret_27 = 0;
    const branch_26 = x_27 >= 0; // surrogate.ts:9
    if (branch_26) {
        const t1_27 = -x_27; // surrogate.ts:9
        t2_27 = Math.exp(t1_27); // surrogate.ts:9
        t3_27 = 1 + t2_27; // surrogate.ts:9
        t4_27 = 1 / t3_27; // surrogate.ts:9
        ret_27 = x_27 * t4_27; // surrogate.ts:9
    }
    else {
        e_26 = Math.exp(x_27); // surrogate.ts:10
        t5_26 = 1 + e_26; // surrogate.ts:11
        t6_26 = e_26 / t5_26; // surrogate.ts:11
        ret_27 = x_27 * t6_26; // surrogate.ts:11
    }
    tape.pushBranch(branch_26); // surrogate.ts:9
    const h4_2 = ret_27; // surrogate.ts:63
    const t224 = 0.13218518966857914 + 0.3959084159424314 * h3_0; // surrogate.ts:64
    const t225 = 0.20259789273268608 * h3_1; // surrogate.ts:64
    const t226 = t224 - t225; // surrogate.ts:64
    const t227 = t226 + 0.41541773529941856 * h3_2; // surrogate.ts:64
    const t228 = t227 + 0.33200530606297285 * h3_3; // surrogate.ts:64
    const t229 = 0.22864496308341936 * h3_4; // surrogate.ts:64
    const t230 = t228 - t229; // surrogate.ts:64
    const t231 = t230 + 0.24761614175719435 * h3_5; // surrogate.ts:64
    const t232 = t231 + 0.23636988714786067 * h3_6; // surrogate.ts:64
    const t233 = 0.0942858763978512 * h3_7; // surrogate.ts:64
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_28 = t232 - t233; // surrogate.ts:64
    let ret_28 = 0;
    const branch_27 = x_28 >= 0; // surrogate.ts:9
    if (branch_27) {
        const t1_28 = -x_28; // surrogate.ts:9
        t2_28 = Math.exp(t1_28); // surrogate.ts:9
        t3_28 = 1 + t2_28; // surrogate.ts:9
        t4_28 = 1 / t3_28; // surrogate.ts:9
        ret_28 = x_28 * t4_28; // surrogate.ts:9
    }
    else {
        e_27 = Math.exp(x_28); // surrogate.ts:10
        t5_27 = 1 + e_27; // surrogate.ts:11
        t6_27 = e_27 / t5_27; // surrogate.ts:11
        ret_28 = x_28 * t6_27; // surrogate.ts:11
    }
    tape.pushBranch(branch_27); // surrogate.ts:9
    const h4_3 = ret_28; // surrogate.ts:64
    const t234 = 0.11240261242576582 + 0.2821822083604103 * h3_0; // surrogate.ts:65
    const t235 = 0.22066955469116495 * h3_1; // surrogate.ts:65
    const t236 = t234 - t235; // surrogate.ts:65
    const t237 = t236 + 0.17076030306622272 * h3_2; // surrogate.ts:65
    const t238 = t237 + 0.5822492953675855 * h3_3; // surrogate.ts:65
    const t239 = 0.08558767134991037 * h3_4; // surrogate.ts:65
    const t240 = t238 - t239; // surrogate.ts:65
    const t241 = t240 + 0.1537077625163083 * h3_5; // surrogate.ts:65
    const t242 = t241 + 0.3340996437511509 * h3_6; // surrogate.ts:65
    const t243 = 0.19128611757089495 * h3_7; // surrogate.ts:65
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_29 = t242 - t243; // surrogate.ts:65
    let ret_29 = 0;
    const branch_28 = x_29 >= 0; // surrogate.ts:9
    if (branch_28) {
        const t1_29 = -x_29; // surrogate.ts:9
        t2_29 = Math.exp(t1_29); // surrogate.ts:9
        t3_29 = 1 + t2_29; // surrogate.ts:9
        t4_29 = 1 / t3_29; // surrogate.ts:9
        ret_29 = x_29 * t4_29; // surrogate.ts:9
    }
    else {
        e_28 = Math.exp(x_29); // surrogate.ts:10
        t5_28 = 1 + e_28; // surrogate.ts:11
        t6_28 = e_28 / t5_28; // surrogate.ts:11
        ret_29 = x_29 * t6_28; // surrogate.ts:11
    }
    tape.pushBranch(branch_28); // surrogate.ts:9
    const h4_4 = ret_29; // surrogate.ts:65
    const t244 = 0.07442662258779756 + 0.2918756918451654 * h3_0; // surrogate.ts:66
    const t245 = 0.33003199657358484 * h3_1; // surrogate.ts:66
    const t246 = t244 - t245; // surrogate.ts:66
    const t247 = t246 + 0.3123994097160346 * h3_2; // surrogate.ts:66
    const t248 = t247 + 0.5312976044174634 * h3_3; // surrogate.ts:66
    const t249 = 0.15972021685771556 * h3_4; // surrogate.ts:66
    const t250 = t248 - t249; // surrogate.ts:66
    const t251 = t250 + 0.3357642613380852 * h3_5; // surrogate.ts:66
    const t252 = t251 + 0.3545156221693232 * h3_6; // surrogate.ts:66
    const t253 = 0.31233326593869837 * h3_7; // surrogate.ts:66
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_30 = t252 - t253; // surrogate.ts:66
    let ret_30 = 0;
    const branch_29 = x_30 >= 0; // surrogate.ts:9
    if (branch_29) {
        const t1_30 = -x_30; // surrogate.ts:9
        t2_30 = Math.exp(t1_30); // surrogate.ts:9
        t3_30 = 1 + t2_30; // surrogate.ts:9
        t4_30 = 1 / t3_30; // surrogate.ts:9
        ret_30 = x_30 * t4_30; // surrogate.ts:9
    }
    else {
        e_29 = Math.exp(x_30); // surrogate.ts:10
        t5_29 = 1 + e_29; // surrogate.ts:11
        t6_29 = e_29 / t5_29; // surrogate.ts:11
        ret_30 = x_30 * t6_29; // surrogate.ts:11
    }
    tape.pushBranch(branch_29); // surrogate.ts:9
    const h4_5 = ret_30; // surrogate.ts:66
    const t254 = 0.24814998920741754 * h3_0; // surrogate.ts:67
    const t255 = 0.03974104640095518 - t254; // surrogate.ts:67
    const t256 = t255 + 0.30717887669942023 * h3_1; // surrogate.ts:67
    const t257 = 0.24645347491118005 * h3_2; // surrogate.ts:67
    const t258 = t256 - t257; // surrogate.ts:67
    const t259 = 0.2329931962616688 * h3_3; // surrogate.ts:67
    const t260 = t258 - t259; // surrogate.ts:67
    const t261 = t260 + 0.3162153647282045 * h3_4; // surrogate.ts:67
    const t262 = 0.05482040944615682 * h3_5; // surrogate.ts:67
    const t263 = t261 - t262; // surrogate.ts:67
    const t264 = 0.15855134136192067 * h3_6; // surrogate.ts:67
    const t265 = t263 - t264; // surrogate.ts:67
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_31 = t265 + 0.1253024812601342 * h3_7; // surrogate.ts:67
    let ret_31 = 0;
    const branch_30 = x_31 >= 0; // surrogate.ts:9
    if (branch_30) {
        const t1_31 = -x_31; // surrogate.ts:9
        t2_31 = Math.exp(t1_31); // surrogate.ts:9
        t3_31 = 1 + t2_31; // surrogate.ts:9
        t4_31 = 1 / t3_31; // surrogate.ts:9
        ret_31 = x_31 * t4_31; // surrogate.ts:9
    }
    else {
        e_30 = Math.exp(x_31); // surrogate.ts:10
        t5_30 = 1 + e_30; // surrogate.ts:11
        t6_30 = e_30 / t5_30; // surrogate.ts:11
        ret_31 = x_31 * t6_30; // surrogate.ts:11
    }
    tape.pushBranch(branch_30); // surrogate.ts:9
    const h4_6 = ret_31; // surrogate.ts:67
    const t266 = 0.16181951718255927 + 0.2133641109153772 * h3_0; // surrogate.ts:68
    const t267 = 0.1898515122024729 * h3_1; // surrogate.ts:68
    const t268 = t266 - t267; // surrogate.ts:68
    const t269 = t268 + 0.4801596385572646 * h3_2; // surrogate.ts:68
    const t270 = t269 + 0.47499319663472567 * h3_3; // surrogate.ts:68
    const t271 = 0.2668473979819399 * h3_4; // surrogate.ts:68
    const t272 = t270 - t271; // surrogate.ts:68
    const t273 = t272 + 0.1481073504068709 * h3_5; // surrogate.ts:68
    const t274 = t273 + 0.14722787409979204 * h3_6; // surrogate.ts:68
    const t275 = 0.47610650776855157 * h3_7; // surrogate.ts:68
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_32 = t274 - t275; // surrogate.ts:68
    let ret_32 = 0;
    const branch_31 = x_32 >= 0; // surrogate.ts:9
    if (branch_31) {
        const t1_32 = -x_32; // surrogate.ts:9
        t2_32 = Math.exp(t1_32); // surrogate.ts:9
        t3_32 = 1 + t2_32; // surrogate.ts:9
        t4_32 = 1 / t3_32; // surrogate.ts:9
        ret_32 = x_32 * t4_32; // surrogate.ts:9
    }
    else {
        e_31 = Math.exp(x_32); // surrogate.ts:10
        t5_31 = 1 + e_31; // surrogate.ts:11
        t6_31 = e_31 / t5_31; // surrogate.ts:11
        ret_32 = x_32 * t6_31; // surrogate.ts:11
    }
    tape.pushBranch(branch_31); // surrogate.ts:9
    const h4_7 = ret_32; // surrogate.ts:68
    const t276 = -0.04299075961703467 + 0.06877636265388896 * h4_0; // surrogate.ts:71
    const t277 = t276 + 0.21334655731154512 * h4_1; // surrogate.ts:71
    const t278 = t277 + 0.02951332923981891 * h4_2; // surrogate.ts:71
    const t279 = 0.3322283772129091 * h4_3; // surrogate.ts:71
    const t280 = t278 - t279; // surrogate.ts:71
    const t281 = 0.2605553410972543 * h4_4; // surrogate.ts:71
    const t282 = t280 - t281; // surrogate.ts:71
    const t283 = 0.37535621720475587 * h4_5; // surrogate.ts:71
    const t284 = t282 - t283; // surrogate.ts:71
    const t285 = t284 + 0.09693705601438361 * h4_6; // surrogate.ts:71
    const t286 = 0.37568926388807433 * h4_7; // surrogate.ts:71
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_33 = t285 - t286; // surrogate.ts:71
    let ret_33 = 0;
    const branch_32 = x_33 >= 0; // surrogate.ts:9
    if (branch_32) {
        const t1_33 = -x_33; // surrogate.ts:9
        t2_33 = Math.exp(t1_33); // surrogate.ts:9
        t3_33 = 1 + t2_33; // surrogate.ts:9
        t4_33 = 1 / t3_33; // surrogate.ts:9
        ret_33 = x_33 * t4_33; // surrogate.ts:9
    }
    else {
        e_32 = Math.exp(x_33); // surrogate.ts:10
        t5_32 = 1 + e_32; // surrogate.ts:11
        t6_32 = e_32 / t5_32; // surrogate.ts:11
        ret_33 = x_33 * t6_32; // surrogate.ts:11
    }
    tape.pushBranch(branch_32); // surrogate.ts:9
    const h5_0 = ret_33; // surrogate.ts:71
    const t287 = -0.024213720552944386 + 0.23614381793851447 * h4_0; // surrogate.ts:72
    const t288 = t287 + 0.2675079949471627 * h4_1; // surrogate.ts:72
    const t289 = t288 + 0.046282803111729894 * h4_2; // surrogate.ts:72
    const t290 = 0.3316301159777194 * h4_3; // surrogate.ts:72
    const t291 = t289 - t290; // surrogate.ts:72
    const t292 = 0.1852948064805691 * h4_4; // surrogate.ts:72
    const t293 = t291 - t292; // surrogate.ts:72
    const t294 = 0.35119977515098766 * h4_5; // surrogate.ts:72
    const t295 = t293 - t294; // surrogate.ts:72
    const t296 = t295 + 0.2613509830295337 * h4_6; // surrogate.ts:72
    const t297 = 0.3975972123789892 * h4_7; // surrogate.ts:72
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_34 = t296 - t297; // surrogate.ts:72
    let ret_34 = 0;
    const branch_33 = x_34 >= 0; // surrogate.ts:9
    if (branch_33) {
        const t1_34 = -x_34; // surrogate.ts:9
        t2_34 = Math.exp(t1_34); // surrogate.ts:9
        t3_34 = 1 + t2_34; // surrogate.ts:9
        t4_34 = 1 / t3_34; // surrogate.ts:9
        ret_34 = x_34 * t4_34; // surrogate.ts:9
    }
    else {
        e_33 = Math.exp(x_34); // surrogate.ts:10
        t5_33 = 1 + e_33; // surrogate.ts:11
        t6_33 = e_33 / t5_33; // surrogate.ts:11
        ret_34 = x_34 * t6_33; // surrogate.ts:11
    }
    tape.pushBranch(branch_33); // surrogate.ts:9
    const h5_1 = ret_34; // surrogate.ts:72
    const t298 = -0.06256043915639041 + 0.14970760524882656 * h4_0; // surrogate.ts:73
    const t299 = t298 + 0.19877225484471797 * h4_1; // surrogate.ts:73
    const t300 = t299 + 0.2650534654283041 * h4_2; // surrogate.ts:73
    const t301 = 0.3983188031502818 * h4_3; // surrogate.ts:73
    const t302 = t300 - t301; // surrogate.ts:73
    const t303 = 0.21955286666343135 * h4_4; // surrogate.ts:73
    const t304 = t302 - t303; // surrogate.ts:73
    const t305 = 0.32210212338591115 * h4_5; // surrogate.ts:73
    const t306 = t304 - t305; // surrogate.ts:73
    const t307 = t306 + 0.0977309743846667 * h4_6; // surrogate.ts:73
    const t308 = 0.26863971211855847 * h4_7; // surrogate.ts:73
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_35 = t307 - t308; // surrogate.ts:73
    let ret_35 = 0;
    const branch_34 = x_35 >= 0; // surrogate.ts:9
    if (branch_34) {
        const t1_35 = -x_35; // surrogate.ts:9
        t2_35 = Math.exp(t1_35); // surrogate.ts:9
        t3_35 = 1 + t2_35; // surrogate.ts:9
        t4_35 = 1 / t3_35; // surrogate.ts:9
        ret_35 = x_35 * t4_35; // surrogate.ts:9
    }
    else {
        e_34 = Math.exp(x_35); // surrogate.ts:10
        t5_34 = 1 + e_34; // surrogate.ts:11
        t6_34 = e_34 / t5_34; // surrogate.ts:11
        ret_35 = x_35 * t6_34; // surrogate.ts:11
    }
    tape.pushBranch(branch_34); // surrogate.ts:9
    const h5_2 = ret_35; // surrogate.ts:73
    const t309 = 0.12121589279435048 + 0.05535255015163704 * h4_0; // surrogate.ts:74
    const t310 = 0.33174619639961384 * h4_1; // surrogate.ts:74
    const t311 = t309 - t310; // surrogate.ts:74
    const t312 = 0.2177293080380568 * h4_2; // surrogate.ts:74
    const t313 = t311 - t312; // surrogate.ts:74
    const t314 = t313 + 0.27376611443478066 * h4_3; // surrogate.ts:74
    const t315 = t314 + 0.31699032493669954 * h4_4; // surrogate.ts:74
    const t316 = t315 + 0.2623175120626498 * h4_5; // surrogate.ts:74
    const t317 = 0.25969099579232896 * h4_6; // surrogate.ts:74
    const t318 = t316 - t317; // surrogate.ts:74
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_36 = t318 + 0.017065471823066766 * h4_7; // surrogate.ts:74
    let ret_36 = 0;
    const branch_35 = x_36 >= 0; // surrogate.ts:9
    if (branch_35) {
        const t1_36 = -x_36; // surrogate.ts:9
        t2_36 = Math.exp(t1_36); // surrogate.ts:9
        t3_36 = 1 + t2_36; // surrogate.ts:9
        t4_36 = 1 / t3_36; // surrogate.ts:9
        ret_36 = x_36 * t4_36; // surrogate.ts:9
    }
    else {
        e_35 = Math.exp(x_36); // surrogate.ts:10
        t5_35 = 1 + e_35; // surrogate.ts:11
        t6_35 = e_35 / t5_35; // surrogate.ts:11
        ret_36 = x_36 * t6_35; // surrogate.ts:11
    }
    tape.pushBranch(branch_35); // surrogate.ts:9
    const h5_3 = ret_36; // surrogate.ts:74
    const t319 = -0.02278982328955987 + 0.23350013248132914 * h4_0; // surrogate.ts:75
    const t320 = t319 + 0.29567845735329706 * h4_1; // surrogate.ts:75
    const t321 = t320 + 0.10257930642362292 * h4_2; // surrogate.ts:75
    const t322 = 0.2373837343595819 * h4_3; // surrogate.ts:75
    const t323 = t321 - t322; // surrogate.ts:75
    const t324 = 0.24805618589196518 * h4_4; // surrogate.ts:75
    const t325 = t323 - t324; // surrogate.ts:75
    const t326 = 0.3689953943235639 * h4_5; // surrogate.ts:75
    const t327 = t325 - t326; // surrogate.ts:75
    const t328 = t327 + 0.3456628066449529 * h4_6; // surrogate.ts:75
    const t329 = 0.2972006467457642 * h4_7; // surrogate.ts:75
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_37 = t328 - t329; // surrogate.ts:75
    let ret_37 = 0;
    const branch_36 = x_37 >= 0; // surrogate.ts:9
    if (branch_36) {
        const t1_37 = -x_37; // surrogate.ts:9
        t2_37 = Math.exp(t1_37); // surrogate.ts:9
        t3_37 = 1 + t2_37; // surrogate.ts:9
        t4_37 = 1 / t3_37; // surrogate.ts:9
        ret_37 = x_37 * t4_37; // surrogate.ts:9
    }
    else {
        e_36 = Math.exp(x_37); // surrogate.ts:10
        t5_36 = 1 + e_36; // surrogate.ts:11
        t6_36 = e_36 / t5_36; // surrogate.ts:11
        ret_37 = x_37 * t6_36; // surrogate.ts:11
    }
    tape.pushBranch(branch_36); // surrogate.ts:9
    const h5_4 = ret_37; // surrogate.ts:75
    const t330 = -0.005396344572226947 + 0.30566478955352433 * h4_0; // surrogate.ts:76
    const t331 = t330 + 0.20483211500381873 * h4_1; // surrogate.ts:76
    const t332 = t331 + 0.13663438312579407 * h4_2; // surrogate.ts:76
    const t333 = 0.27087044411595224 * h4_3; // surrogate.ts:76
    const t334 = t332 - t333; // surrogate.ts:76
    const t335 = 0.2642006429059247 * h4_4; // surrogate.ts:76
    const t336 = t334 - t335; // surrogate.ts:76
    const t337 = 0.47396806911659944 * h4_5; // surrogate.ts:76
    const t338 = t336 - t337; // surrogate.ts:76
    const t339 = t338 + 0.16365450372758414 * h4_6; // surrogate.ts:76
    const t340 = 0.5158220846822715 * h4_7; // surrogate.ts:76
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_38 = t339 - t340; // surrogate.ts:76
    let ret_38 = 0;
    const branch_37 = x_38 >= 0; // surrogate.ts:9
    if (branch_37) {
        const t1_38 = -x_38; // surrogate.ts:9
        t2_38 = Math.exp(t1_38); // surrogate.ts:9
        t3_38 = 1 + t2_38; // surrogate.ts:9
        t4_38 = 1 / t3_38; // surrogate.ts:9
        ret_38 = x_38 * t4_38; // surrogate.ts:9
    }
    else {
        e_37 = Math.exp(x_38); // surrogate.ts:10
        t5_37 = 1 + e_37; // surrogate.ts:11
        t6_37 = e_37 / t5_37; // surrogate.ts:11
        ret_38 = x_38 * t6_37; // surrogate.ts:11
    }
    tape.pushBranch(branch_37); // surrogate.ts:9
    const h5_5 = ret_38; // surrogate.ts:76
    const t341 = -0.0514607084443913 + 0.07513401185914198 * h4_0; // surrogate.ts:77
    const t342 = t341 + 0.2879697343832415 * h4_1; // surrogate.ts:77
    const t343 = t342 + 0.23686717965824816 * h4_2; // surrogate.ts:77
    const t344 = 0.26243288161754 * h4_3; // surrogate.ts:77
    const t345 = t343 - t344; // surrogate.ts:77
    const t346 = 0.2462616769819881 * h4_4; // surrogate.ts:77
    const t347 = t345 - t346; // surrogate.ts:77
    const t348 = 0.1928267620741992 * h4_5; // surrogate.ts:77
    const t349 = t347 - t348; // surrogate.ts:77
    const t350 = t349 + 0.19498491428571982 * h4_6; // surrogate.ts:77
    const t351 = 0.2553682782294686 * h4_7; // surrogate.ts:77
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_39 = t350 - t351; // surrogate.ts:77
    let ret_39 = 0;
    const branch_38 = x_39 >= 0; // surrogate.ts:9
    if (branch_38) {
        const t1_39 = -x_39; // surrogate.ts:9
        t2_39 = Math.exp(t1_39); // surrogate.ts:9
        t3_39 = 1 + t2_39; // surrogate.ts:9
        t4_39 = 1 / t3_39; // surrogate.ts:9
        ret_39 = x_39 * t4_39; // surrogate.ts:9
    }
    else {
        e_38 = Math.exp(x_39); // surrogate.ts:10
        t5_38 = 1 + e_38; // surrogate.ts:11
        t6_38 = e_38 / t5_38; // surrogate.ts:11
        ret_39 = x_39 * t6_38; // surrogate.ts:11
    }
    tape.pushBranch(branch_38); // surrogate.ts:9
    const h5_6 = ret_39; // surrogate.ts:77
    const t352 = -0.03058703951314057 + 0.2625776233690217 * h4_0; // surrogate.ts:78
    const t353 = t352 + 0.19209671918650223 * h4_1; // surrogate.ts:78
    const t354 = t353 + 0.07625443956686044 * h4_2; // surrogate.ts:78
    const t355 = 0.22429309698183997 * h4_3; // surrogate.ts:78
    const t356 = t354 - t355; // surrogate.ts:78
    const t357 = 0.3277128123330349 * h4_4; // surrogate.ts:78
    const t358 = t356 - t357; // surrogate.ts:78
    const t359 = 0.3900295248805468 * h4_5; // surrogate.ts:78
    const t360 = t358 - t359; // surrogate.ts:78
    const t361 = t360 + 0.19196075581551378 * h4_6; // surrogate.ts:78
    const t362 = 0.5361968282860233 * h4_7; // surrogate.ts:78
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_40 = t361 - t362; // surrogate.ts:78
    let ret_40 = 0;
    const branch_39 = x_40 >= 0; // surrogate.ts:9
    if (branch_39) {
        const t1_40 = -x_40; // surrogate.ts:9
        t2_40 = Math.exp(t1_40); // surrogate.ts:9
        t3_40 = 1 + t2_40; // surrogate.ts:9
        t4_40 = 1 / t3_40; // surrogate.ts:9
        ret_40 = x_40 * t4_40; // surrogate.ts:9
    }
    else {
        e_39 = Math.exp(x_40); // surrogate.ts:10
        t5_39 = 1 + e_39; // surrogate.ts:11
        t6_39 = e_39 / t5_39; // surrogate.ts:11
        ret_40 = x_40 * t6_39; // surrogate.ts:11
    }
    tape.pushBranch(branch_39); // surrogate.ts:9
    const h5_7 = ret_40; // surrogate.ts:78
    const t363 = 0.28030349314854947 * h5_0; // surrogate.ts:81
    const t364 = 0.0378962251138964 - t363; // surrogate.ts:81
    const t365 = 0.22111944154586025 * h5_1; // surrogate.ts:81
    const t366 = t364 - t365; // surrogate.ts:81
    const t367 = 0.3373733703852832 * h5_2; // surrogate.ts:81
    const t368 = t366 - t367; // surrogate.ts:81
    const t369 = t368 + 0.01635851351163935 * h5_3; // surrogate.ts:81
    const t370 = 0.12564190768951075 * h5_4; // surrogate.ts:81
    const t371 = t369 - t370; // surrogate.ts:81
    const t372 = 0.2061656628833311 * h5_5; // surrogate.ts:81
    const t373 = t371 - t372; // surrogate.ts:81
    const t374 = 0.11262401190577447 * h5_6; // surrogate.ts:81
    const t375 = t373 - t374; // surrogate.ts:81
    const t376 = 0.17867389432376435 * h5_7; // surrogate.ts:81
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_41 = t375 - t376; // surrogate.ts:81
    let ret_41 = 0;
    const branch_40 = x_41 >= 0; // surrogate.ts:9
    if (branch_40) {
        const t1_41 = -x_41; // surrogate.ts:9
        t2_41 = Math.exp(t1_41); // surrogate.ts:9
        t3_41 = 1 + t2_41; // surrogate.ts:9
        t4_41 = 1 / t3_41; // surrogate.ts:9
        ret_41 = x_41 * t4_41; // surrogate.ts:9
    }
    else {
        e_40 = Math.exp(x_41); // surrogate.ts:10
        t5_40 = 1 + e_40; // surrogate.ts:11
        t6_40 = e_40 / t5_40; // surrogate.ts:11
        ret_41 = x_41 * t6_40; // surrogate.ts:11
    }
    tape.pushBranch(branch_40); // surrogate.ts:9
    const h6_0 = ret_41; // surrogate.ts:81
    const t377 = -0.05955437563671764 + 0.14372623016365635 * h5_0; // surrogate.ts:82
    const t378 = t377 + 0.1614553109882529 * h5_1; // surrogate.ts:82
    const t379 = t378 + 0.0366235577137426 * h5_2; // surrogate.ts:82
    const t380 = 0.25010973135878917 * h5_3; // surrogate.ts:82
    const t381 = t379 - t380; // surrogate.ts:82
    const t382 = t381 + 0.02932705871902868 * h5_4; // surrogate.ts:82
    const t383 = t382 + 0.20425374695299262 * h5_5; // surrogate.ts:82
    const t384 = t383 + 0.060148205419601836 * h5_6; // surrogate.ts:82
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_42 = t384 + 0.30663316565168297 * h5_7; // surrogate.ts:82
    let ret_42 = 0;
    const branch_41 = x_42 >= 0; // surrogate.ts:9
    if (branch_41) {
        const t1_42 = -x_42; // surrogate.ts:9
        t2_42 = Math.exp(t1_42); // surrogate.ts:9
        t3_42 = 1 + t2_42; // surrogate.ts:9
        t4_42 = 1 / t3_42; // surrogate.ts:9
        ret_42 = x_42 * t4_42; // surrogate.ts:9
    }
    else {
        e_41 = Math.exp(x_42); // surrogate.ts:10
        t5_41 = 1 + e_41; // surrogate.ts:11
        t6_41 = e_41 / t5_41; // surrogate.ts:11
        ret_42 = x_42 * t6_41; // surrogate.ts:11
    }
    tape.pushBranch(branch_41); // surrogate.ts:9
    const h6_1 = ret_42; // surrogate.ts:82
    const t385 = 0.2644706053245494 * h5_0; // surrogate.ts:83
    const t386 = 0.03952656127824503 - t385; // surrogate.ts:83
    const t387 = 0.23335383844648616 * h5_1; // surrogate.ts:83
    const t388 = t386 - t387; // surrogate.ts:83
    const t389 = 0.32845711758251533 * h5_2; // surrogate.ts:83
    const t390 = t388 - t389; // surrogate.ts:83
    const t391 = t390 + 0.10203808743876772 * h5_3; // surrogate.ts:83
    const t392 = 0.17957517383446223 * h5_4; // surrogate.ts:83
    const t393 = t391 - t392; // surrogate.ts:83
    const t394 = 0.33853209538642465 * h5_5; // surrogate.ts:83
    const t395 = t393 - t394; // surrogate.ts:83
    const t396 = t395 + 0.039907003096081174 * h5_6; // surrogate.ts:83
    const t397 = 0.2979431813926372 * h5_7; // surrogate.ts:83
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_43 = t396 - t397; // surrogate.ts:83
    let ret_43 = 0;
    const branch_42 = x_43 >= 0; // surrogate.ts:9
    if (branch_42) {
        const t1_43 = -x_43; // surrogate.ts:9
        t2_43 = Math.exp(t1_43); // surrogate.ts:9
        t3_43 = 1 + t2_43; // surrogate.ts:9
        t4_43 = 1 / t3_43; // surrogate.ts:9
        ret_43 = x_43 * t4_43; // surrogate.ts:9
    }
    else {
        e_42 = Math.exp(x_43); // surrogate.ts:10
        t5_42 = 1 + e_42; // surrogate.ts:11
        t6_42 = e_42 / t5_42; // surrogate.ts:11
        ret_43 = x_43 * t6_42; // surrogate.ts:11
    }
    tape.pushBranch(branch_42); // surrogate.ts:9
    const h6_2 = ret_43; // surrogate.ts:83
    const t398 = -0.04029103700692707 + 0.13248634362771397 * h5_0; // surrogate.ts:84
    const t399 = t398 + 0.2282523048112955 * h5_1; // surrogate.ts:84
    const t400 = t399 + 0.13675438519979585 * h5_2; // surrogate.ts:84
    const t401 = 0.2951924801269835 * h5_3; // surrogate.ts:84
    const t402 = t400 - t401; // surrogate.ts:84
    const t403 = t402 + 0.2801613106684342 * h5_4; // surrogate.ts:84
    const t404 = t403 + 0.26048334425955477 * h5_5; // surrogate.ts:84
    const t405 = t404 + 0.32524395043336335 * h5_6; // surrogate.ts:84
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_44 = t405 + 0.24989046699683667 * h5_7; // surrogate.ts:84
    let ret_44 = 0;
    const branch_43 = x_44 >= 0; // surrogate.ts:9
    if (branch_43) {
        const t1_44 = -x_44; // surrogate.ts:9
        t2_44 = Math.exp(t1_44); // surrogate.ts:9
        t3_44 = 1 + t2_44; // surrogate.ts:9
        t4_44 = 1 / t3_44; // surrogate.ts:9
        ret_44 = x_44 * t4_44; // surrogate.ts:9
    }
    else {
        e_43 = Math.exp(x_44); // surrogate.ts:10
        t5_43 = 1 + e_43; // surrogate.ts:11
        t6_43 = e_43 / t5_43; // surrogate.ts:11
        ret_44 = x_44 * t6_43; // surrogate.ts:11
    }
    tape.pushBranch(branch_43); // surrogate.ts:9
    const h6_3 = ret_44; // surrogate.ts:84
    const t406 = -0.05110509871178598 + 0.08377992404767792 * h5_0; // surrogate.ts:85
    const t407 = t406 + 0.0320145411278928 * h5_1; // surrogate.ts:85
    const t408 = t407 + 0.05632581595352378 * h5_2; // surrogate.ts:85
    const t409 = 0.2949290646542856 * h5_3; // surrogate.ts:85
    const t410 = t408 - t409; // surrogate.ts:85
    const t411 = t410 + 0.014759221425553536 * h5_4; // surrogate.ts:85
    const t412 = t411 + 0.28497195187344604 * h5_5; // surrogate.ts:85
    const t413 = t412 + 0.03524857406927445 * h5_6; // surrogate.ts:85
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_45 = t413 + 0.05412614615942567 * h5_7; // surrogate.ts:85
    let ret_45 = 0;
    const branch_44 = x_45 >= 0; // surrogate.ts:9
    if (branch_44) {
        const t1_45 = -x_45; // surrogate.ts:9
        t2_45 = Math.exp(t1_45); // surrogate.ts:9
        t3_45 = 1 + t2_45; // surrogate.ts:9
        t4_45 = 1 / t3_45; // surrogate.ts:9
        ret_45 = x_45 * t4_45; // surrogate.ts:9
    }
    else {
        e_44 = Math.exp(x_45); // surrogate.ts:10
        t5_44 = 1 + e_44; // surrogate.ts:11
        t6_44 = e_44 / t5_44; // surrogate.ts:11
        ret_45 = x_45 * t6_44; // surrogate.ts:11
    }
    tape.pushBranch(branch_44); // surrogate.ts:9
    const h6_4 = ret_45; // surrogate.ts:85
    const t414 = 0.19538702694796267 * h5_0; // surrogate.ts:86
    const t415 = 0.03800192274232242 - t414; // surrogate.ts:86
    const t416 = 0.1475127022816055 * h5_1; // surrogate.ts:86
    const t417 = t415 - t416; // surrogate.ts:86
    const t418 = 0.20830749593651815 * h5_2; // surrogate.ts:86
    const t419 = t417 - t418; // surrogate.ts:86
    const t420 = t419 + 0.012556587519584345 * h5_3; // surrogate.ts:86
    const t421 = 0.10737860730463795 * h5_4; // surrogate.ts:86
    const t422 = t420 - t421; // surrogate.ts:86
    const t423 = 0.24417668978623353 * h5_5; // surrogate.ts:86
    const t424 = t422 - t423; // surrogate.ts:86
    const t425 = 0.24174493420347543 * h5_6; // surrogate.ts:86
    const t426 = t424 - t425; // surrogate.ts:86
    const t427 = 0.1856151182285993 * h5_7; // surrogate.ts:86
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_46 = t426 - t427; // surrogate.ts:86
    let ret_46 = 0;
    const branch_45 = x_46 >= 0; // surrogate.ts:9
    if (branch_45) {
        const t1_46 = -x_46; // surrogate.ts:9
        t2_46 = Math.exp(t1_46); // surrogate.ts:9
        t3_46 = 1 + t2_46; // surrogate.ts:9
        t4_46 = 1 / t3_46; // surrogate.ts:9
        ret_46 = x_46 * t4_46; // surrogate.ts:9
    }
    else {
        e_45 = Math.exp(x_46); // surrogate.ts:10
        t5_45 = 1 + e_45; // surrogate.ts:11
        t6_45 = e_45 / t5_45; // surrogate.ts:11
        ret_46 = x_46 * t6_45; // surrogate.ts:11
    }
    tape.pushBranch(branch_45); // surrogate.ts:9
    const h6_5 = ret_46; // surrogate.ts:86
    const t428 = -0.04260434559218503 + 0.16930803414481074 * h5_0; // surrogate.ts:87
    const t429 = t428 + 0.24868794353718032 * h5_1; // surrogate.ts:87
    const t430 = t429 + 0.2161343394610936 * h5_2; // surrogate.ts:87
    const t431 = 0.15702503734373754 * h5_3; // surrogate.ts:87
    const t432 = t430 - t431; // surrogate.ts:87
    const t433 = t432 + 0.3147409148251462 * h5_4; // surrogate.ts:87
    const t434 = t433 + 0.18351771172942574 * h5_5; // surrogate.ts:87
    const t435 = t434 + 0.2489347754440406 * h5_6; // surrogate.ts:87
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_47 = t435 + 0.09407464849997181 * h5_7; // surrogate.ts:87
    let ret_47 = 0;
    const branch_46 = x_47 >= 0; // surrogate.ts:9
    if (branch_46) {
        const t1_47 = -x_47; // surrogate.ts:9
        t2_47 = Math.exp(t1_47); // surrogate.ts:9
        t3_47 = 1 + t2_47; // surrogate.ts:9
        t4_47 = 1 / t3_47; // surrogate.ts:9
        ret_47 = x_47 * t4_47; // surrogate.ts:9
    }
    else {
        e_46 = Math.exp(x_47); // surrogate.ts:10
        t5_46 = 1 + e_46; // surrogate.ts:11
        t6_46 = e_46 / t5_46; // surrogate.ts:11
        ret_47 = x_47 * t6_46; // surrogate.ts:11
    }
    tape.pushBranch(branch_46); // surrogate.ts:9
    const h6_6 = ret_47; // surrogate.ts:87
    const t436 = 0.22242753397285367 * h5_0; // surrogate.ts:88
    const t437 = 0.039743019736295127 - t436; // surrogate.ts:88
    const t438 = 0.023640207530133753 * h5_1; // surrogate.ts:88
    const t439 = t437 - t438; // surrogate.ts:88
    const t440 = 0.18390833908608353 * h5_2; // surrogate.ts:88
    const t441 = t439 - t440; // surrogate.ts:88
    const t442 = 0.07060332435074751 * h5_3; // surrogate.ts:88
    const t443 = t441 - t442; // surrogate.ts:88
    const t444 = 0.14876298471706645 * h5_4; // surrogate.ts:88
    const t445 = t443 - t444; // surrogate.ts:88
    const t446 = 0.21993437121047837 * h5_5; // surrogate.ts:88
    const t447 = t445 - t446; // surrogate.ts:88
    const t448 = 0.2733263607084711 * h5_6; // surrogate.ts:88
    const t449 = t447 - t448; // surrogate.ts:88
    const t450 = 0.23718548016546975 * h5_7; // surrogate.ts:88
    // inlined silu (examples/browser/surrogate.ts:8)
    let x_48 = t449 - t450; // surrogate.ts:88
    let ret_48 = 0;
    const branch_47 = x_48 >= 0; // surrogate.ts:9
    if (branch_47) {
        const t1_48 = -x_48; // surrogate.ts:9
        t2_48 = Math.exp(t1_48); // surrogate.ts:9
        t3_48 = 1 + t2_48; // surrogate.ts:9
        t4_48 = 1 / t3_48; // surrogate.ts:9
        ret_48 = x_48 * t4_48; // surrogate.ts:9
    }
    else {
        e_47 = Math.exp(x_48); // surrogate.ts:10
        t5_47 = 1 + e_47; // surrogate.ts:11
        t6_47 = e_47 / t5_47; // surrogate.ts:11
        ret_48 = x_48 * t6_47; // surrogate.ts:11
    }
    tape.pushBranch(branch_47); // surrogate.ts:9
    const h6_7 = ret_48; // surrogate.ts:88
    const t451 = 0.3821857038448126 * h6_0; // surrogate.ts:91
    const t452 = -0.19870074624808062 - t451; // surrogate.ts:91
    const t453 = t452 + 0.4482576388507321 * h6_1; // surrogate.ts:91
    const t454 = 0.4674525295274374 * h6_2; // surrogate.ts:91
    const t455 = t453 - t454; // surrogate.ts:91
    const t456 = t455 + 0.30074966740342113 * h6_3; // surrogate.ts:91
    const t457 = t456 + 0.3772537889468094 * h6_4; // surrogate.ts:91
    const t458 = 0.37758204738276097 * h6_5; // surrogate.ts:91
    const t459 = t457 - t458; // surrogate.ts:91
    const t460 = t459 + 0.3205678385688003 * h6_6; // surrogate.ts:91
    const t461 = 0.36283263632534535 * h6_7; // surrogate.ts:91
    const y = t460 - t461; // surrogate.ts:91
    const ret = 12.020226379751453 + 12.82818643211018 * y; // surrogate.ts:93
    // reverse sweep
    let t1_b = 0;
    let u0_b = 0;
    let t2_b = 0;
    let u1_b = 0;
    let t3_b = 0;
    let t4_b = 0;
    let x_1_b = 0;
    let t1_1_b = 0;
    let t2_1_b = 0;
    let t3_1_b = 0;
    let t4_1_b = 0;
    let ret_1_b = 0;
    let e_b = 0;
    let t5_b = 0;
    let t6_b = 0;
    let h1_0_b = 0;
    let t7_b = 0;
    let x_2_b = 0;
    let t1_2_b = 0;
    let t2_2_b = 0;
    let t3_2_b = 0;
    let t4_2_b = 0;
    let ret_2_b = 0;
    let e_1_b = 0;
    let t5_1_b = 0;
    let t6_1_b = 0;
    let h1_1_b = 0;
    let t8_b = 0;
    let t9_b = 0;
    let t10_b = 0;
    let x_3_b = 0;
    let t1_3_b = 0;
    let t2_3_b = 0;
    let t3_3_b = 0;
    let t4_3_b = 0;
    let ret_3_b = 0;
    let e_2_b = 0;
    let t5_2_b = 0;
    let t6_2_b = 0;
    let h1_2_b = 0;
    let t11_b = 0;
    let t12_b = 0;
    let x_4_b = 0;
    let t1_4_b = 0;
    let t2_4_b = 0;
    let t3_4_b = 0;
    let t4_4_b = 0;
    let ret_4_b = 0;
    let e_3_b = 0;
    let t5_3_b = 0;
    let t6_3_b = 0;
    let h1_3_b = 0;
    let t13_b = 0;
    let x_5_b = 0;
    let t1_5_b = 0;
    let t2_5_b = 0;
    let t3_5_b = 0;
    let t4_5_b = 0;
    let ret_5_b = 0;
    let e_4_b = 0;
    let t5_4_b = 0;
    let t6_4_b = 0;
    let h1_4_b = 0;
    let t14_b = 0;
    let x_6_b = 0;
    let t1_6_b = 0;
    let t2_6_b = 0;
    let t3_6_b = 0;
    let t4_6_b = 0;
    let ret_6_b = 0;
    let e_5_b = 0;
    let t5_5_b = 0;
    let t6_5_b = 0;
    let h1_5_b = 0;
    let t15_b = 0;
    let t16_b = 0;
    let t17_b = 0;
    let x_7_b = 0;
    let t1_7_b = 0;
    let t2_7_b = 0;
    let t3_7_b = 0;
    let t4_7_b = 0;
    let ret_7_b = 0;
    let e_6_b = 0;
    let t5_6_b = 0;
    let t6_6_b = 0;
    let h1_6_b = 0;
    let t18_b = 0;
    let t19_b = 0;
    let x_8_b = 0;
    let t1_8_b = 0;
    let t2_8_b = 0;
    let t3_8_b = 0;
    let t4_8_b = 0;
    let ret_8_b = 0;
    let e_7_b = 0;
    let t5_7_b = 0;
    let t6_7_b = 0;
    let h1_7_b = 0;
    let t20_b = 0;
    let t21_b = 0;
    let t22_b = 0;
    let t23_b = 0;
    let t24_b = 0;
    let t25_b = 0;
    let t26_b = 0;
    let t27_b = 0;
    let t28_b = 0;
    let t29_b = 0;
    let t30_b = 0;
    let x_9_b = 0;
    let t1_9_b = 0;
    let t2_9_b = 0;
    let t3_9_b = 0;
    let t4_9_b = 0;
    let ret_9_b = 0;
    let e_8_b = 0;
    let t5_8_b = 0;
    let t6_8_b = 0;
    let h2_0_b = 0;
    let t31_b = 0;
    let t32_b = 0;
    let t33_b = 0;
    let t34_b = 0;
    let t35_b = 0;
    let t36_b = 0;
    let t37_b = 0;
    let t38_b = 0;
    let t39_b = 0;
    let t40_b = 0;
    let t41_b = 0;
    let x_10_b = 0;
    let t1_10_b = 0;
    let t2_10_b = 0;
    let t3_10_b = 0;
    let t4_10_b = 0;
    let ret_10_b = 0;
    let e_9_b = 0;
    let t5_9_b = 0;
    let t6_9_b = 0;
    let h2_1_b = 0;
    let t42_b = 0;
    let t43_b = 0;
    let t44_b = 0;
    let t45_b = 0;
    let t46_b = 0;
    let t47_b = 0;
    let t48_b = 0;
    let t49_b = 0;
    let t50_b = 0;
    let t51_b = 0;
    let x_11_b = 0;
    let t1_11_b = 0;
    let t2_11_b = 0;
    let t3_11_b = 0;
    let t4_11_b = 0;
    let ret_11_b = 0;
    let e_10_b = 0;
    let t5_10_b = 0;
    let t6_10_b = 0;
    let h2_2_b = 0;
    let t52_b = 0;
    let t53_b = 0;
    let t54_b = 0;
    let t55_b = 0;
    let t56_b = 0;
    let t57_b = 0;
    let t58_b = 0;
    let t59_b = 0;
    let t60_b = 0;
    let t61_b = 0;
    let x_12_b = 0;
    let t1_12_b = 0;
    let t2_12_b = 0;
    let t3_12_b = 0;
    let t4_12_b = 0;
    let ret_12_b = 0;
    let e_11_b = 0;
    let t5_11_b = 0;
    let t6_11_b = 0;
    let h2_3_b = 0;
    let t62_b = 0;
    let t63_b = 0;
    let t64_b = 0;
    let t65_b = 0;
    let t66_b = 0;
    let t67_b = 0;
    let t68_b = 0;
    let t69_b = 0;
    let t70_b = 0;
    let t71_b = 0;
    let t72_b = 0;
    let t73_b = 0;
    let x_13_b = 0;
    let t1_13_b = 0;
    let t2_13_b = 0;
    let t3_13_b = 0;
    let t4_13_b = 0;
    let ret_13_b = 0;
    let e_12_b = 0;
    let t5_12_b = 0;
    let t6_12_b = 0;
    let h2_4_b = 0;
    let t74_b = 0;
    let t75_b = 0;
    let t76_b = 0;
    let t77_b = 0;
    let t78_b = 0;
    let t79_b = 0;
    let t80_b = 0;
    let t81_b = 0;
    let t82_b = 0;
    let t83_b = 0;
    let t84_b = 0;
    let x_14_b = 0;
    let t1_14_b = 0;
    let t2_14_b = 0;
    let t3_14_b = 0;
    let t4_14_b = 0;
    let ret_14_b = 0;
    let e_13_b = 0;
    let t5_13_b = 0;
    let t6_13_b = 0;
    let h2_5_b = 0;
    let t85_b = 0;
    let t86_b = 0;
    let t87_b = 0;
    let t88_b = 0;
    let t89_b = 0;
    let t90_b = 0;
    let t91_b = 0;
    let t92_b = 0;
    let t93_b = 0;
    let x_15_b = 0;
    let t1_15_b = 0;
    let t2_15_b = 0;
    let t3_15_b = 0;
    let t4_15_b = 0;
    let ret_15_b = 0;
    let e_14_b = 0;
    let t5_14_b = 0;
    let t6_14_b = 0;
    let h2_6_b = 0;
    let t94_b = 0;
    let t95_b = 0;
    let t96_b = 0;
    let t97_b = 0;
    let t98_b = 0;
    let t99_b = 0;
    let t100_b = 0;
    let t101_b = 0;
    let t102_b = 0;
    let x_16_b = 0;
    let t1_16_b = 0;
    let t2_16_b = 0;
    let t3_16_b = 0;
    let t4_16_b = 0;
    let ret_16_b = 0;
    let e_15_b = 0;
    let t5_15_b = 0;
    let t6_15_b = 0;
    let h2_7_b = 0;
    let t103_b = 0;
    let t104_b = 0;
    let t105_b = 0;
    let t106_b = 0;
    let t107_b = 0;
    let t108_b = 0;
    let t109_b = 0;
    let t110_b = 0;
    let t111_b = 0;
    let t112_b = 0;
    let t113_b = 0;
    let t114_b = 0;
    let x_17_b = 0;
    let t1_17_b = 0;
    let t2_17_b = 0;
    let t3_17_b = 0;
    let t4_17_b = 0;
    let ret_17_b = 0;
    let e_16_b = 0;
    let t5_16_b = 0;
    let t6_16_b = 0;
    let h3_0_b = 0;
    let t115_b = 0;
    let t116_b = 0;
    let t117_b = 0;
    let t118_b = 0;
    let t119_b = 0;
    let t120_b = 0;
    let t121_b = 0;
    let t122_b = 0;
    let x_18_b = 0;
    let t1_18_b = 0;
    let t2_18_b = 0;
    let t3_18_b = 0;
    let t4_18_b = 0;
    let ret_18_b = 0;
    let e_17_b = 0;
    let t5_17_b = 0;
    let t6_17_b = 0;
    let h3_1_b = 0;
    let t123_b = 0;
    let t124_b = 0;
    let t125_b = 0;
    let t126_b = 0;
    let t127_b = 0;
    let t128_b = 0;
    let t129_b = 0;
    let t130_b = 0;
    let t131_b = 0;
    let t132_b = 0;
    let t133_b = 0;
    let t134_b = 0;
    let t135_b = 0;
    let x_19_b = 0;
    let t1_19_b = 0;
    let t2_19_b = 0;
    let t3_19_b = 0;
    let t4_19_b = 0;
    let ret_19_b = 0;
    let e_18_b = 0;
    let t5_18_b = 0;
    let t6_18_b = 0;
    let h3_2_b = 0;
    let t136_b = 0;
    let t137_b = 0;
    let t138_b = 0;
    let t139_b = 0;
    let t140_b = 0;
    let t141_b = 0;
    let t142_b = 0;
    let t143_b = 0;
    let t144_b = 0;
    let t145_b = 0;
    let t146_b = 0;
    let t147_b = 0;
    let t148_b = 0;
    let x_20_b = 0;
    let t1_20_b = 0;
    let t2_20_b = 0;
    let t3_20_b = 0;
    let t4_20_b = 0;
    let ret_20_b = 0;
    let e_19_b = 0;
    let t5_19_b = 0;
    let t6_19_b = 0;
    let h3_3_b = 0;
    let t149_b = 0;
    let t150_b = 0;
    let t151_b = 0;
    let t152_b = 0;
    let t153_b = 0;
    let t154_b = 0;
    let t155_b = 0;
    let t156_b = 0;
    let x_21_b = 0;
    let t1_21_b = 0;
    let t2_21_b = 0;
    let t3_21_b = 0;
    let t4_21_b = 0;
    let ret_21_b = 0;
    let e_20_b = 0;
    let t5_20_b = 0;
    let t6_20_b = 0;
    let h3_4_b = 0;
    let t157_b = 0;
    let t158_b = 0;
    let t159_b = 0;
    let t160_b = 0;
    let t161_b = 0;
    let t162_b = 0;
    let t163_b = 0;
    let t164_b = 0;
    let t165_b = 0;
    let t166_b = 0;
    let t167_b = 0;
    let t168_b = 0;
    let t169_b = 0;
    let x_22_b = 0;
    let t1_22_b = 0;
    let t2_22_b = 0;
    let t3_22_b = 0;
    let t4_22_b = 0;
    let ret_22_b = 0;
    let e_21_b = 0;
    let t5_21_b = 0;
    let t6_21_b = 0;
    let h3_5_b = 0;
    let t170_b = 0;
    let t171_b = 0;
    let t172_b = 0;
    let t173_b = 0;
    let t174_b = 0;
    let t175_b = 0;
    let t176_b = 0;
    let t177_b = 0;
    let t178_b = 0;
    let t179_b = 0;
    let t180_b = 0;
    let t181_b = 0;
    let x_23_b = 0;
    let t1_23_b = 0;
    let t2_23_b = 0;
    let t3_23_b = 0;
    let t4_23_b = 0;
    let ret_23_b = 0;
    let e_22_b = 0;
    let t5_22_b = 0;
    let t6_22_b = 0;
    let h3_6_b = 0;
    let t182_b = 0;
    let t183_b = 0;
    let t184_b = 0;
    let t185_b = 0;
    let t186_b = 0;
    let t187_b = 0;
    let t188_b = 0;
    let x_24_b = 0;
    let t1_24_b = 0;
    let t2_24_b = 0;
    let t3_24_b = 0;
    let t4_24_b = 0;
    let ret_24_b = 0;
    let e_23_b = 0;
    let t5_23_b = 0;
    let t6_23_b = 0;
    let h3_7_b = 0;
    let t189_b = 0;
    let t190_b = 0;
    let t191_b = 0;
    let t192_b = 0;
    let t193_b = 0;
    let t194_b = 0;
    let t195_b = 0;
    let t196_b = 0;
    let t197_b = 0;
    let t198_b = 0;
    let t199_b = 0;
    let x_25_b = 0;
    let t1_25_b = 0;
    let t2_25_b = 0;
    let t3_25_b = 0;
    let t4_25_b = 0;
    let ret_25_b = 0;
    let e_24_b = 0;
    let t5_24_b = 0;
    let t6_24_b = 0;
    let h4_0_b = 0;
    let t200_b = 0;
    let t201_b = 0;
    let t202_b = 0;
    let t203_b = 0;
    let t204_b = 0;
    let t205_b = 0;
    let t206_b = 0;
    let t207_b = 0;
    let t208_b = 0;
    let t209_b = 0;
    let t210_b = 0;
    let t211_b = 0;
    let x_26_b = 0;
    let t1_26_b = 0;
    let t2_26_b = 0;
    let t3_26_b = 0;
    let t4_26_b = 0;
    let ret_26_b = 0;
    let e_25_b = 0;
    let t5_25_b = 0;
    let t6_25_b = 0;
    let h4_1_b = 0;
    let t212_b = 0;
    let t213_b = 0;
    let t214_b = 0;
    let t215_b = 0;
    let t216_b = 0;
    let t217_b = 0;
    let t218_b = 0;
    let t219_b = 0;
    let t220_b = 0;
    let t221_b = 0;
    let t222_b = 0;
    let t223_b = 0;
    let x_27_b = 0;
    let t1_27_b = 0;
    let t2_27_b = 0;
    let t3_27_b = 0;
    let t4_27_b = 0;
    let ret_27_b = 0;
    let e_26_b = 0;
    let t5_26_b = 0;
    let t6_26_b = 0;
    let h4_2_b = 0;
    let t224_b = 0;
    let t225_b = 0;
    let t226_b = 0;
    let t227_b = 0;
    let t228_b = 0;
    let t229_b = 0;
    let t230_b = 0;
    let t231_b = 0;
    let t232_b = 0;
    let t233_b = 0;
    let x_28_b = 0;
    let t1_28_b = 0;
    let t2_28_b = 0;
    let t3_28_b = 0;
    let t4_28_b = 0;
    let ret_28_b = 0;
    let e_27_b = 0;
    let t5_27_b = 0;
    let t6_27_b = 0;
    let h4_3_b = 0;
    let t234_b = 0;
    let t235_b = 0;
    let t236_b = 0;
    let t237_b = 0;
    let t238_b = 0;
    let t239_b = 0;
    let t240_b = 0;
    let t241_b = 0;
    let t242_b = 0;
    let t243_b = 0;
    let x_29_b = 0;
    let t1_29_b = 0;
    let t2_29_b = 0;
    let t3_29_b = 0;
    let t4_29_b = 0;
    let ret_29_b = 0;
    let e_28_b = 0;
    let t5_28_b = 0;
    let t6_28_b = 0;
    let h4_4_b = 0;
    let t244_b = 0;
    let t245_b = 0;
    let t246_b = 0;
    let t247_b = 0;
    let t248_b = 0;
    let t249_b = 0;
    let t250_b = 0;
    let t251_b = 0;
    let t252_b = 0;
    let t253_b = 0;
    let x_30_b = 0;
    let t1_30_b = 0;
    let t2_30_b = 0;
    let t3_30_b = 0;
    let t4_30_b = 0;
    let ret_30_b = 0;
    let e_29_b = 0;
    let t5_29_b = 0;
    let t6_29_b = 0;
    let h4_5_b = 0;
    let t254_b = 0;
    let t255_b = 0;
    let t256_b = 0;
    let t257_b = 0;
    let t258_b = 0;
    let t259_b = 0;
    let t260_b = 0;
    let t261_b = 0;
    let t262_b = 0;
    let t263_b = 0;
    let t264_b = 0;
    let t265_b = 0;
    let x_31_b = 0;
    let t1_31_b = 0;
    let t2_31_b = 0;
    let t3_31_b = 0;
    let t4_31_b = 0;
    let ret_31_b = 0;
    let e_30_b = 0;
    let t5_30_b = 0;
    let t6_30_b = 0;
    let h4_6_b = 0;
    let t266_b = 0;
    let t267_b = 0;
    let t268_b = 0;
    let t269_b = 0;
    let t270_b = 0;
    let t271_b = 0;
    let t272_b = 0;
    let t273_b = 0;
    let t274_b = 0;
    let t275_b = 0;
    let x_32_b = 0;
    let t1_32_b = 0;
    let t2_32_b = 0;
    let t3_32_b = 0;
    let t4_32_b = 0;
    let ret_32_b = 0;
    let e_31_b = 0;
    let t5_31_b = 0;
    let t6_31_b = 0;
    let h4_7_b = 0;
    let t276_b = 0;
    let t277_b = 0;
    let t278_b = 0;
    let t279_b = 0;
    let t280_b = 0;
    let t281_b = 0;
    let t282_b = 0;
    let t283_b = 0;
    let t284_b = 0;
    let t285_b = 0;
    let t286_b = 0;
    let x_33_b = 0;
    let t1_33_b = 0;
    let t2_33_b = 0;
    let t3_33_b = 0;
    let t4_33_b = 0;
    let ret_33_b = 0;
    let e_32_b = 0;
    let t5_32_b = 0;
    let t6_32_b = 0;
    let h5_0_b = 0;
    let t287_b = 0;
    let t288_b = 0;
    let t289_b = 0;
    let t290_b = 0;
    let t291_b = 0;
    let t292_b = 0;
    let t293_b = 0;
    let t294_b = 0;
    let t295_b = 0;
    let t296_b = 0;
    let t297_b = 0;
    let x_34_b = 0;
    let t1_34_b = 0;
    let t2_34_b = 0;
    let t3_34_b = 0;
    let t4_34_b = 0;
    let ret_34_b = 0;
    let e_33_b = 0;
    let t5_33_b = 0;
    let t6_33_b = 0;
    let h5_1_b = 0;
    let t298_b = 0;
    let t299_b = 0;
    let t300_b = 0;
    let t301_b = 0;
    let t302_b = 0;
    let t303_b = 0;
    let t304_b = 0;
    let t305_b = 0;
    let t306_b = 0;
    let t307_b = 0;
    let t308_b = 0;
    let x_35_b = 0;
    let t1_35_b = 0;
    let t2_35_b = 0;
    let t3_35_b = 0;
    let t4_35_b = 0;
    let ret_35_b = 0;
    let e_34_b = 0;
    let t5_34_b = 0;
    let t6_34_b = 0;
    let h5_2_b = 0;
    let t309_b = 0;
    let t310_b = 0;
    let t311_b = 0;
    let t312_b = 0;
    let t313_b = 0;
    let t314_b = 0;
    let t315_b = 0;
    let t316_b = 0;
    let t317_b = 0;
    let t318_b = 0;
    let x_36_b = 0;
    let t1_36_b = 0;
    let t2_36_b = 0;
    let t3_36_b = 0;
    let t4_36_b = 0;
    let ret_36_b = 0;
    let e_35_b = 0;
    let t5_35_b = 0;
    let t6_35_b = 0;
    let h5_3_b = 0;
    let t319_b = 0;
    let t320_b = 0;
    let t321_b = 0;
    let t322_b = 0;
    let t323_b = 0;
    let t324_b = 0;
    let t325_b = 0;
    let t326_b = 0;
    let t327_b = 0;
    let t328_b = 0;
    let t329_b = 0;
    let x_37_b = 0;
    let t1_37_b = 0;
    let t2_37_b = 0;
    let t3_37_b = 0;
    let t4_37_b = 0;
    let ret_37_b = 0;
    let e_36_b = 0;
    let t5_36_b = 0;
    let t6_36_b = 0;
    let h5_4_b = 0;
    let t330_b = 0;
    let t331_b = 0;
    let t332_b = 0;
    let t333_b = 0;
    let t334_b = 0;
    let t335_b = 0;
    let t336_b = 0;
    let t337_b = 0;
    let t338_b = 0;
    let t339_b = 0;
    let t340_b = 0;
    let x_38_b = 0;
    let t1_38_b = 0;
    let t2_38_b = 0;
    let t3_38_b = 0;
    let t4_38_b = 0;
    let ret_38_b = 0;
    let e_37_b = 0;
    let t5_37_b = 0;
    let t6_37_b = 0;
    let h5_5_b = 0;
    let t341_b = 0;
    let t342_b = 0;
    let t343_b = 0;
    let t344_b = 0;
    let t345_b = 0;
    let t346_b = 0;
    let t347_b = 0;
    let t348_b = 0;
    let t349_b = 0;
    let t350_b = 0;
    let t351_b = 0;
    let x_39_b = 0;
    let t1_39_b = 0;
    let t2_39_b = 0;
    let t3_39_b = 0;
    let t4_39_b = 0;
    let ret_39_b = 0;
    let e_38_b = 0;
    let t5_38_b = 0;
    let t6_38_b = 0;
    let h5_6_b = 0;
    let t352_b = 0;
    let t353_b = 0;
    let t354_b = 0;
    let t355_b = 0;
    let t356_b = 0;
    let t357_b = 0;
    let t358_b = 0;
    let t359_b = 0;
    let t360_b = 0;
    let t361_b = 0;
    let t362_b = 0;
    let x_40_b = 0;
    let t1_40_b = 0;
    let t2_40_b = 0;
    let t3_40_b = 0;
    let t4_40_b = 0;
    let ret_40_b = 0;
    let e_39_b = 0;
    let t5_39_b = 0;
    let t6_39_b = 0;
    let h5_7_b = 0;
    let t363_b = 0;
    let t364_b = 0;
    let t365_b = 0;
    let t366_b = 0;
    let t367_b = 0;
    let t368_b = 0;
    let t369_b = 0;
    let t370_b = 0;
    let t371_b = 0;
    let t372_b = 0;
    let t373_b = 0;
    let t374_b = 0;
    let t375_b = 0;
    let t376_b = 0;
    let x_41_b = 0;
    let t1_41_b = 0;
    let t2_41_b = 0;
    let t3_41_b = 0;
    let t4_41_b = 0;
    let ret_41_b = 0;
    let e_40_b = 0;
    let t5_40_b = 0;
    let t6_40_b = 0;
    let h6_0_b = 0;
    let t377_b = 0;
    let t378_b = 0;
    let t379_b = 0;
    let t380_b = 0;
    let t381_b = 0;
    let t382_b = 0;
    let t383_b = 0;
    let t384_b = 0;
    let x_42_b = 0;
    let t1_42_b = 0;
    let t2_42_b = 0;
    let t3_42_b = 0;
    let t4_42_b = 0;
    let ret_42_b = 0;
    let e_41_b = 0;
    let t5_41_b = 0;
    let t6_41_b = 0;
    let h6_1_b = 0;
    let t385_b = 0;
    let t386_b = 0;
    let t387_b = 0;
    let t388_b = 0;
    let t389_b = 0;
    let t390_b = 0;
    let t391_b = 0;
    let t392_b = 0;
    let t393_b = 0;
    let t394_b = 0;
    let t395_b = 0;
    let t396_b = 0;
    let t397_b = 0;
    let x_43_b = 0;
    let t1_43_b = 0;
    let t2_43_b = 0;
    let t3_43_b = 0;
    let t4_43_b = 0;
    let ret_43_b = 0;
    let e_42_b = 0;
    let t5_42_b = 0;
    let t6_42_b = 0;
    let h6_2_b = 0;
    let t398_b = 0;
    let t399_b = 0;
    let t400_b = 0;
    let t401_b = 0;
    let t402_b = 0;
    let t403_b = 0;
    let t404_b = 0;
    let t405_b = 0;
    let x_44_b = 0;
    let t1_44_b = 0;
    let t2_44_b = 0;
    let t3_44_b = 0;
    let t4_44_b = 0;
    let ret_44_b = 0;
    let e_43_b = 0;
    let t5_43_b = 0;
    let t6_43_b = 0;
    let h6_3_b = 0;
    let t406_b = 0;
    let t407_b = 0;
    let t408_b = 0;
    let t409_b = 0;
    let t410_b = 0;
    let t411_b = 0;
    let t412_b = 0;
    let t413_b = 0;
    let x_45_b = 0;
    let t1_45_b = 0;
    let t2_45_b = 0;
    let t3_45_b = 0;
    let t4_45_b = 0;
    let ret_45_b = 0;
    let e_44_b = 0;
    let t5_44_b = 0;
    let t6_44_b = 0;
    let h6_4_b = 0;
    let t414_b = 0;
    let t415_b = 0;
    let t416_b = 0;
    let t417_b = 0;
    let t418_b = 0;
    let t419_b = 0;
    let t420_b = 0;
    let t421_b = 0;
    let t422_b = 0;
    let t423_b = 0;
    let t424_b = 0;
    let t425_b = 0;
    let t426_b = 0;
    let t427_b = 0;
    let x_46_b = 0;
    let t1_46_b = 0;
    let t2_46_b = 0;
    let t3_46_b = 0;
    let t4_46_b = 0;
    let ret_46_b = 0;
    let e_45_b = 0;
    let t5_45_b = 0;
    let t6_45_b = 0;
    let h6_5_b = 0;
    let t428_b = 0;
    let t429_b = 0;
    let t430_b = 0;
    let t431_b = 0;
    let t432_b = 0;
    let t433_b = 0;
    let t434_b = 0;
    let t435_b = 0;
    let x_47_b = 0;
    let t1_47_b = 0;
    let t2_47_b = 0;
    let t3_47_b = 0;
    let t4_47_b = 0;
    let ret_47_b = 0;
    let e_46_b = 0;
    let t5_46_b = 0;
    let t6_46_b = 0;
    let h6_6_b = 0;
    let t436_b = 0;
    let t437_b = 0;
    let t438_b = 0;
    let t439_b = 0;
    let t440_b = 0;
    let t441_b = 0;
    let t442_b = 0;
    let t443_b = 0;
    let t444_b = 0;
    let t445_b = 0;
    let t446_b = 0;
    let t447_b = 0;
    let t448_b = 0;
    let t449_b = 0;
    let t450_b = 0;
    let x_48_b = 0;
    let t1_48_b = 0;
    let t2_48_b = 0;
    let t3_48_b = 0;
    let t4_48_b = 0;
    let ret_48_b = 0;
    let e_47_b = 0;
    let t5_47_b = 0;
    let t6_47_b = 0;
    let h6_7_b = 0;
    let t451_b = 0;
    let t452_b = 0;
    let t453_b = 0;
    let t454_b = 0;
    let t455_b = 0;
    let t456_b = 0;
    let t457_b = 0;
    let t458_b = 0;
    let t459_b = 0;
    let t460_b = 0;
    let t461_b = 0;
    let y_b = 0;
    let ret_b = out_b;
    y_b += ret_b * 12.82818643211018; // surrogate.ts:93
    t460_b += y_b; // surrogate.ts:91
    t461_b -= y_b; // surrogate.ts:91
    h6_7_b += t461_b * 0.36283263632534535; // surrogate.ts:91
    t459_b += t460_b; // surrogate.ts:91
    h6_6_b += t460_b * 0.3205678385688003; // surrogate.ts:91
    t457_b += t459_b; // surrogate.ts:91
    t458_b -= t459_b; // surrogate.ts:91
    h6_5_b += t458_b * 0.37758204738276097; // surrogate.ts:91
    t456_b += t457_b; // surrogate.ts:91
    h6_4_b += t457_b * 0.3772537889468094; // surrogate.ts:91
    t455_b += t456_b; // surrogate.ts:91
    h6_3_b += t456_b * 0.30074966740342113; // surrogate.ts:91
    t453_b += t455_b; // surrogate.ts:91
    t454_b -= t455_b; // surrogate.ts:91
    h6_2_b += t454_b * 0.4674525295274374; // surrogate.ts:91
    t452_b += t453_b; // surrogate.ts:91
    h6_1_b += t453_b * 0.4482576388507321; // surrogate.ts:91
    t451_b -= t452_b; // surrogate.ts:91
    h6_0_b += t451_b * 0.3821857038448126; // surrogate.ts:91
    ret_48_b += h6_7_b; // surrogate.ts:88
    if (tape.popBranch()) {
        x_48_b += ret_48_b * t4_48; // surrogate.ts:9
        t4_48_b += ret_48_b * x_48; // surrogate.ts:9
        ret_48_b = 0; // surrogate.ts:9
        t3_48_b -= t4_48_b * (1 / (t3_48 * t3_48)); // surrogate.ts:9
        t2_48_b += t3_48_b; // surrogate.ts:9
        t1_48_b += t2_48_b * t2_48; // surrogate.ts:9
        x_48_b -= t1_48_b; // surrogate.ts:9
    }
    else {
        x_48_b += ret_48_b * t6_47; // surrogate.ts:11
        t6_47_b += ret_48_b * x_48; // surrogate.ts:11
        ret_48_b = 0; // surrogate.ts:11
        e_47_b += t6_47_b * (1 / t5_47); // surrogate.ts:11
        t5_47_b -= t6_47_b * (e_47 / (t5_47 * t5_47)); // surrogate.ts:11
        e_47_b += t5_47_b; // surrogate.ts:11
        x_48_b += e_47_b * e_47; // surrogate.ts:10
    }
    ret_48_b = 0;
    t449_b += x_48_b; // surrogate.ts:88
    t450_b -= x_48_b; // surrogate.ts:88
    h5_7_b += t450_b * 0.23718548016546975; // surrogate.ts:88
    t447_b += t449_b; // surrogate.ts:88
    t448_b -= t449_b; // surrogate.ts:88
    h5_6_b += t448_b * 0.2733263607084711; // surrogate.ts:88
    t445_b += t447_b; // surrogate.ts:88
    t446_b -= t447_b; // surrogate.ts:88
    h5_5_b += t446_b * 0.21993437121047837; // surrogate.ts:88
    t443_b += t445_b; // surrogate.ts:88
    t444_b -= t445_b; // surrogate.ts:88
    h5_4_b += t444_b * 0.14876298471706645; // surrogate.ts:88
    t441_b += t443_b; // surrogate.ts:88
    t442_b -= t443_b; // surrogate.ts:88
    h5_3_b += t442_b * 0.07060332435074751; // surrogate.ts:88
    t439_b += t441_b; // surrogate.ts:88
    t440_b -= t441_b; // surrogate.ts:88
    h5_2_b += t440_b * 0.18390833908608353; // surrogate.ts:88
    t437_b += t439_b; // surrogate.ts:88
    t438_b -= t439_b; // surrogate.ts:88
    h5_1_b += t438_b * 0.023640207530133753; // surrogate.ts:88
    t436_b -= t437_b; // surrogate.ts:88
    h5_0_b += t436_b * 0.22242753397285367; // surrogate.ts:88
    ret_47_b += h6_6_b; // surrogate.ts:87
    if (tape.popBranch()) {
        x_47_b += ret_47_b * t4_47; // surrogate.ts:9
        t4_47_b += ret_47_b * x_47; // surrogate.ts:9
        ret_47_b = 0; // surrogate.ts:9
        t3_47_b -= t4_47_b * (1 / (t3_47 * t3_47)); // surrogate.ts:9
        t2_47_b += t3_47_b; // surrogate.ts:9
        t1_47_b += t2_47_b * t2_47; // surrogate.ts:9
        x_47_b -= t1_47_b; // surrogate.ts:9
    }
    else {
        x_47_b += ret_47_b * t6_46; // surrogate.ts:11
        t6_46_b += ret_47_b * x_47; // surrogate.ts:11
        ret_47_b = 0; // surrogate.ts:11
        e_46_b += t6_46_b * (1 / t5_46); // surrogate.ts:11
        t5_46_b -= t6_46_b * (e_46 / (t5_46 * t5_46)); // surrogate.ts:11
        e_46_b += t5_46_b; // surrogate.ts:11
        x_47_b += e_46_b * e_46; // surrogate.ts:10
    }
    ret_47_b = 0;
    t435_b += x_47_b; // surrogate.ts:87
    h5_7_b += x_47_b * 0.09407464849997181; // surrogate.ts:87
    t434_b += t435_b; // surrogate.ts:87
    h5_6_b += t435_b * 0.2489347754440406; // surrogate.ts:87
    t433_b += t434_b; // surrogate.ts:87
    h5_5_b += t434_b * 0.18351771172942574; // surrogate.ts:87
    t432_b += t433_b; // surrogate.ts:87
    h5_4_b += t433_b * 0.3147409148251462; // surrogate.ts:87
    t430_b += t432_b; // surrogate.ts:87
    t431_b -= t432_b; // surrogate.ts:87
    h5_3_b += t431_b * 0.15702503734373754; // surrogate.ts:87
    t429_b += t430_b; // surrogate.ts:87
    h5_2_b += t430_b * 0.2161343394610936; // surrogate.ts:87
    t428_b += t429_b; // surrogate.ts:87
    h5_1_b += t429_b * 0.24868794353718032; // surrogate.ts:87
    h5_0_b += t428_b * 0.16930803414481074; // surrogate.ts:87
    ret_46_b += h6_5_b; // surrogate.ts:86
    if (tape.popBranch()) {
        x_46_b += ret_46_b * t4_46; // surrogate.ts:9
        t4_46_b += ret_46_b * x_46; // surrogate.ts:9
        ret_46_b = 0; // surrogate.ts:9
        t3_46_b -= t4_46_b * (1 / (t3_46 * t3_46)); // surrogate.ts:9
        t2_46_b += t3_46_b; // surrogate.ts:9
        t1_46_b += t2_46_b * t2_46; // surrogate.ts:9
        x_46_b -= t1_46_b; // surrogate.ts:9
    }
    else {
        x_46_b += ret_46_b * t6_45; // surrogate.ts:11
        t6_45_b += ret_46_b * x_46; // surrogate.ts:11
        ret_46_b = 0; // surrogate.ts:11
        e_45_b += t6_45_b * (1 / t5_45); // surrogate.ts:11
        t5_45_b -= t6_45_b * (e_45 / (t5_45 * t5_45)); // surrogate.ts:11
        e_45_b += t5_45_b; // surrogate.ts:11
        x_46_b += e_45_b * e_45; // surrogate.ts:10
    }
    ret_46_b = 0;
    t426_b += x_46_b; // surrogate.ts:86
    t427_b -= x_46_b; // surrogate.ts:86
    h5_7_b += t427_b * 0.1856151182285993; // surrogate.ts:86
    t424_b += t426_b; // surrogate.ts:86
    t425_b -= t426_b; // surrogate.ts:86
    h5_6_b += t425_b * 0.24174493420347543; // surrogate.ts:86
    t422_b += t424_b; // surrogate.ts:86
    t423_b -= t424_b; // surrogate.ts:86
    h5_5_b += t423_b * 0.24417668978623353; // surrogate.ts:86
    t420_b += t422_b; // surrogate.ts:86
    t421_b -= t422_b; // surrogate.ts:86
    h5_4_b += t421_b * 0.10737860730463795; // surrogate.ts:86
    t419_b += t420_b; // surrogate.ts:86
    h5_3_b += t420_b * 0.012556587519584345; // surrogate.ts:86
    t417_b += t419_b; // surrogate.ts:86
    t418_b -= t419_b; // surrogate.ts:86
    h5_2_b += t418_b * 0.20830749593651815; // surrogate.ts:86
    t415_b += t417_b; // surrogate.ts:86
    t416_b -= t417_b; // surrogate.ts:86
    h5_1_b += t416_b * 0.1475127022816055; // surrogate.ts:86
    t414_b -= t415_b; // surrogate.ts:86
    h5_0_b += t414_b * 0.19538702694796267; // surrogate.ts:86
    ret_45_b += h6_4_b; // surrogate.ts:85
    if (tape.popBranch()) {
        x_45_b += ret_45_b * t4_45; // surrogate.ts:9
        t4_45_b += ret_45_b * x_45; // surrogate.ts:9
        ret_45_b = 0; // surrogate.ts:9
        t3_45_b -= t4_45_b * (1 / (t3_45 * t3_45)); // surrogate.ts:9
        t2_45_b += t3_45_b; // surrogate.ts:9
        t1_45_b += t2_45_b * t2_45; // surrogate.ts:9
        x_45_b -= t1_45_b; // surrogate.ts:9
    }
    else {
        x_45_b += ret_45_b * t6_44; // surrogate.ts:11
        t6_44_b += ret_45_b * x_45; // surrogate.ts:11
        ret_45_b = 0; // surrogate.ts:11
        e_44_b += t6_44_b * (1 / t5_44); // surrogate.ts:11
        t5_44_b -= t6_44_b * (e_44 / (t5_44 * t5_44)); // surrogate.ts:11
        e_44_b += t5_44_b; // surrogate.ts:11
        x_45_b += e_44_b * e_44; // surrogate.ts:10
    }
    ret_45_b = 0;
    t413_b += x_45_b; // surrogate.ts:85
    h5_7_b += x_45_b * 0.05412614615942567; // surrogate.ts:85
    t412_b += t413_b; // surrogate.ts:85
    h5_6_b += t413_b * 0.03524857406927445; // surrogate.ts:85
    t411_b += t412_b; // surrogate.ts:85
    h5_5_b += t412_b * 0.28497195187344604; // surrogate.ts:85
    t410_b += t411_b; // surrogate.ts:85
    h5_4_b += t411_b * 0.014759221425553536; // surrogate.ts:85
    t408_b += t410_b; // surrogate.ts:85
    t409_b -= t410_b; // surrogate.ts:85
    h5_3_b += t409_b * 0.2949290646542856; // surrogate.ts:85
    t407_b += t408_b; // surrogate.ts:85
    h5_2_b += t408_b * 0.05632581595352378; // surrogate.ts:85
    t406_b += t407_b; // surrogate.ts:85
    h5_1_b += t407_b * 0.0320145411278928; // surrogate.ts:85
    h5_0_b += t406_b * 0.08377992404767792; // surrogate.ts:85
    ret_44_b += h6_3_b; // surrogate.ts:84
    if (tape.popBranch()) {
        x_44_b += ret_44_b * t4_44; // surrogate.ts:9
        t4_44_b += ret_44_b * x_44; // surrogate.ts:9
        ret_44_b = 0; // surrogate.ts:9
        t3_44_b -= t4_44_b * (1 / (t3_44 * t3_44)); // surrogate.ts:9
        t2_44_b += t3_44_b; // surrogate.ts:9
        t1_44_b += t2_44_b * t2_44; // surrogate.ts:9
        x_44_b -= t1_44_b; // surrogate.ts:9
    }
    else {
        x_44_b += ret_44_b * t6_43; // surrogate.ts:11
        t6_43_b += ret_44_b * x_44; // surrogate.ts:11
        ret_44_b = 0; // surrogate.ts:11
        e_43_b += t6_43_b * (1 / t5_43); // surrogate.ts:11
        t5_43_b -= t6_43_b * (e_43 / (t5_43 * t5_43)); // surrogate.ts:11
        e_43_b += t5_43_b; // surrogate.ts:11
        x_44_b += e_43_b * e_43; // surrogate.ts:10
    }
    ret_44_b = 0;
    t405_b += x_44_b; // surrogate.ts:84
    h5_7_b += x_44_b * 0.24989046699683667; // surrogate.ts:84
    t404_b += t405_b; // surrogate.ts:84
    h5_6_b += t405_b * 0.32524395043336335; // surrogate.ts:84
    t403_b += t404_b; // surrogate.ts:84
    h5_5_b += t404_b * 0.26048334425955477; // surrogate.ts:84
    t402_b += t403_b; // surrogate.ts:84
    h5_4_b += t403_b * 0.2801613106684342; // surrogate.ts:84
    t400_b += t402_b; // surrogate.ts:84
    t401_b -= t402_b; // surrogate.ts:84
    h5_3_b += t401_b * 0.2951924801269835; // surrogate.ts:84
    t399_b += t400_b; // surrogate.ts:84
    h5_2_b += t400_b * 0.13675438519979585; // surrogate.ts:84
    t398_b += t399_b; // surrogate.ts:84
    h5_1_b += t399_b * 0.2282523048112955; // surrogate.ts:84
    h5_0_b += t398_b * 0.13248634362771397; // surrogate.ts:84
    ret_43_b += h6_2_b; // surrogate.ts:83
    if (tape.popBranch()) {
        x_43_b += ret_43_b * t4_43; // surrogate.ts:9
        t4_43_b += ret_43_b * x_43; // surrogate.ts:9
        ret_43_b = 0; // surrogate.ts:9
        t3_43_b -= t4_43_b * (1 / (t3_43 * t3_43)); // surrogate.ts:9
        t2_43_b += t3_43_b; // surrogate.ts:9
        t1_43_b += t2_43_b * t2_43; // surrogate.ts:9
        x_43_b -= t1_43_b; // surrogate.ts:9
    }
    else {
        x_43_b += ret_43_b * t6_42; // surrogate.ts:11
        t6_42_b += ret_43_b * x_43; // surrogate.ts:11
        ret_43_b = 0; // surrogate.ts:11
        e_42_b += t6_42_b * (1 / t5_42); // surrogate.ts:11
        t5_42_b -= t6_42_b * (e_42 / (t5_42 * t5_42)); // surrogate.ts:11
        e_42_b += t5_42_b; // surrogate.ts:11
        x_43_b += e_42_b * e_42; // surrogate.ts:10
    }
    ret_43_b = 0;
    t396_b += x_43_b; // surrogate.ts:83
    t397_b -= x_43_b; // surrogate.ts:83
    h5_7_b += t397_b * 0.2979431813926372; // surrogate.ts:83
    t395_b += t396_b; // surrogate.ts:83
    h5_6_b += t396_b * 0.039907003096081174; // surrogate.ts:83
    t393_b += t395_b; // surrogate.ts:83
    t394_b -= t395_b; // surrogate.ts:83
    h5_5_b += t394_b * 0.33853209538642465; // surrogate.ts:83
    t391_b += t393_b; // surrogate.ts:83
    t392_b -= t393_b; // surrogate.ts:83
    h5_4_b += t392_b * 0.17957517383446223; // surrogate.ts:83
    t390_b += t391_b; // surrogate.ts:83
    h5_3_b += t391_b * 0.10203808743876772; // surrogate.ts:83
    t388_b += t390_b; // surrogate.ts:83
    t389_b -= t390_b; // surrogate.ts:83
    h5_2_b += t389_b * 0.32845711758251533; // surrogate.ts:83
    t386_b += t388_b; // surrogate.ts:83
    t387_b -= t388_b; // surrogate.ts:83
    h5_1_b += t387_b * 0.23335383844648616; // surrogate.ts:83
    t385_b -= t386_b; // surrogate.ts:83
    h5_0_b += t385_b * 0.2644706053245494; // surrogate.ts:83
    ret_42_b += h6_1_b; // surrogate.ts:82
    if (tape.popBranch()) {
        x_42_b += ret_42_b * t4_42; // surrogate.ts:9
        t4_42_b += ret_42_b * x_42; // surrogate.ts:9
        ret_42_b = 0; // surrogate.ts:9
        t3_42_b -= t4_42_b * (1 / (t3_42 * t3_42)); // surrogate.ts:9
        t2_42_b += t3_42_b; // surrogate.ts:9
        t1_42_b += t2_42_b * t2_42; // surrogate.ts:9
        x_42_b -= t1_42_b; // surrogate.ts:9
    }
    else {
        x_42_b += ret_42_b * t6_41; // surrogate.ts:11
        t6_41_b += ret_42_b * x_42; // surrogate.ts:11
        ret_42_b = 0; // surrogate.ts:11
        e_41_b += t6_41_b * (1 / t5_41); // surrogate.ts:11
        t5_41_b -= t6_41_b * (e_41 / (t5_41 * t5_41)); // surrogate.ts:11
        e_41_b += t5_41_b; // surrogate.ts:11
        x_42_b += e_41_b * e_41; // surrogate.ts:10
    }
    ret_42_b = 0;
    t384_b += x_42_b; // surrogate.ts:82
    h5_7_b += x_42_b * 0.30663316565168297; // surrogate.ts:82
    t383_b += t384_b; // surrogate.ts:82
    h5_6_b += t384_b * 0.060148205419601836; // surrogate.ts:82
    t382_b += t383_b; // surrogate.ts:82
    h5_5_b += t383_b * 0.20425374695299262; // surrogate.ts:82
    t381_b += t382_b; // surrogate.ts:82
    h5_4_b += t382_b * 0.02932705871902868; // surrogate.ts:82
    t379_b += t381_b; // surrogate.ts:82
    t380_b -= t381_b; // surrogate.ts:82
    h5_3_b += t380_b * 0.25010973135878917; // surrogate.ts:82
    t378_b += t379_b; // surrogate.ts:82
    h5_2_b += t379_b * 0.0366235577137426; // surrogate.ts:82
    t377_b += t378_b; // surrogate.ts:82
    h5_1_b += t378_b * 0.1614553109882529; // surrogate.ts:82
    h5_0_b += t377_b * 0.14372623016365635; // surrogate.ts:82
    ret_41_b += h6_0_b; // surrogate.ts:81
    if (tape.popBranch()) {
        x_41_b += ret_41_b * t4_41; // surrogate.ts:9
        t4_41_b += ret_41_b * x_41; // surrogate.ts:9
        ret_41_b = 0; // surrogate.ts:9
        t3_41_b -= t4_41_b * (1 / (t3_41 * t3_41)); // surrogate.ts:9
        t2_41_b += t3_41_b; // surrogate.ts:9
        t1_41_b += t2_41_b * t2_41; // surrogate.ts:9
        x_41_b -= t1_41_b; // surrogate.ts:9
    }
    else {
        x_41_b += ret_41_b * t6_40; // surrogate.ts:11
        t6_40_b += ret_41_b * x_41; // surrogate.ts:11
        ret_41_b = 0; // surrogate.ts:11
        e_40_b += t6_40_b * (1 / t5_40); // surrogate.ts:11
        t5_40_b -= t6_40_b * (e_40 / (t5_40 * t5_40)); // surrogate.ts:11
        e_40_b += t5_40_b; // surrogate.ts:11
        x_41_b += e_40_b * e_40; // surrogate.ts:10
    }
    ret_41_b = 0;
    t375_b += x_41_b; // surrogate.ts:81
    t376_b -= x_41_b; // surrogate.ts:81
    h5_7_b += t376_b * 0.17867389432376435; // surrogate.ts:81
    t373_b += t375_b; // surrogate.ts:81
    t374_b -= t375_b; // surrogate.ts:81
    h5_6_b += t374_b * 0.11262401190577447; // surrogate.ts:81
    t371_b += t373_b; // surrogate.ts:81
    t372_b -= t373_b; // surrogate.ts:81
    h5_5_b += t372_b * 0.2061656628833311; // surrogate.ts:81
    t369_b += t371_b; // surrogate.ts:81
    t370_b -= t371_b; // surrogate.ts:81
    h5_4_b += t370_b * 0.12564190768951075; // surrogate.ts:81
    t368_b += t369_b; // surrogate.ts:81
    h5_3_b += t369_b * 0.01635851351163935; // surrogate.ts:81
    t366_b += t368_b; // surrogate.ts:81
    t367_b -= t368_b; // surrogate.ts:81
    h5_2_b += t367_b * 0.3373733703852832; // surrogate.ts:81
    t364_b += t366_b; // surrogate.ts:81
    t365_b -= t366_b; // surrogate.ts:81
    h5_1_b += t365_b * 0.22111944154586025; // surrogate.ts:81
    t363_b -= t364_b; // surrogate.ts:81
    h5_0_b += t363_b * 0.28030349314854947; // surrogate.ts:81
    ret_40_b += h5_7_b; // surrogate.ts:78
    if (tape.popBranch()) {
        x_40_b += ret_40_b * t4_40; // surrogate.ts:9
        t4_40_b += ret_40_b * x_40; // surrogate.ts:9
        ret_40_b = 0; // surrogate.ts:9
        t3_40_b -= t4_40_b * (1 / (t3_40 * t3_40)); // surrogate.ts:9
        t2_40_b += t3_40_b; // surrogate.ts:9
        t1_40_b += t2_40_b * t2_40; // surrogate.ts:9
        x_40_b -= t1_40_b; // surrogate.ts:9
    }
    else {
        x_40_b += ret_40_b * t6_39; // surrogate.ts:11
        t6_39_b += ret_40_b * x_40; // surrogate.ts:11
        ret_40_b = 0; // surrogate.ts:11
        e_39_b += t6_39_b * (1 / t5_39); // surrogate.ts:11
        t5_39_b -= t6_39_b * (e_39 / (t5_39 * t5_39)); // surrogate.ts:11
        e_39_b += t5_39_b; // surrogate.ts:11
        x_40_b += e_39_b * e_39; // surrogate.ts:10
    }
    ret_40_b = 0;
    t361_b += x_40_b; // surrogate.ts:78
    t362_b -= x_40_b; // surrogate.ts:78
    h4_7_b += t362_b * 0.5361968282860233; // surrogate.ts:78
    t360_b += t361_b; // surrogate.ts:78
    h4_6_b += t361_b * 0.19196075581551378; // surrogate.ts:78
    t358_b += t360_b; // surrogate.ts:78
    t359_b -= t360_b; // surrogate.ts:78
    h4_5_b += t359_b * 0.3900295248805468; // surrogate.ts:78
    t356_b += t358_b; // surrogate.ts:78
    t357_b -= t358_b; // surrogate.ts:78
    h4_4_b += t357_b * 0.3277128123330349; // surrogate.ts:78
    t354_b += t356_b; // surrogate.ts:78
    t355_b -= t356_b; // surrogate.ts:78
    h4_3_b += t355_b * 0.22429309698183997; // surrogate.ts:78
    t353_b += t354_b; // surrogate.ts:78
    h4_2_b += t354_b * 0.07625443956686044; // surrogate.ts:78
    t352_b += t353_b; // surrogate.ts:78
    h4_1_b += t353_b * 0.19209671918650223; // surrogate.ts:78
    h4_0_b += t352_b * 0.2625776233690217; // surrogate.ts:78
    ret_39_b += h5_6_b; // surrogate.ts:77
    if (tape.popBranch()) {
        x_39_b += ret_39_b * t4_39; // surrogate.ts:9
        t4_39_b += ret_39_b * x_39; // surrogate.ts:9
        ret_39_b = 0; // surrogate.ts:9
        t3_39_b -= t4_39_b * (1 / (t3_39 * t3_39)); // surrogate.ts:9
        t2_39_b += t3_39_b; // surrogate.ts:9
        t1_39_b += t2_39_b * t2_39; // surrogate.ts:9
        x_39_b -= t1_39_b; // surrogate.ts:9
    }
    else {
        x_39_b += ret_39_b * t6_38; // surrogate.ts:11
        t6_38_b += ret_39_b * x_39; // surrogate.ts:11
        ret_39_b = 0; // surrogate.ts:11
        e_38_b += t6_38_b * (1 / t5_38); // surrogate.ts:11
        t5_38_b -= t6_38_b * (e_38 / (t5_38 * t5_38)); // surrogate.ts:11
        e_38_b += t5_38_b; // surrogate.ts:11
        x_39_b += e_38_b * e_38; // surrogate.ts:10
    }
    ret_39_b = 0;
    t350_b += x_39_b; // surrogate.ts:77
    t351_b -= x_39_b; // surrogate.ts:77
    h4_7_b += t351_b * 0.2553682782294686; // surrogate.ts:77
    t349_b += t350_b; // surrogate.ts:77
    h4_6_b += t350_b * 0.19498491428571982; // surrogate.ts:77
    t347_b += t349_b; // surrogate.ts:77
    t348_b -= t349_b; // surrogate.ts:77
    h4_5_b += t348_b * 0.1928267620741992; // surrogate.ts:77
    t345_b += t347_b; // surrogate.ts:77
    t346_b -= t347_b; // surrogate.ts:77
    h4_4_b += t346_b * 0.2462616769819881; // surrogate.ts:77
    t343_b += t345_b; // surrogate.ts:77
    t344_b -= t345_b; // surrogate.ts:77
    h4_3_b += t344_b * 0.26243288161754; // surrogate.ts:77
    t342_b += t343_b; // surrogate.ts:77
    h4_2_b += t343_b * 0.23686717965824816; // surrogate.ts:77
    t341_b += t342_b; // surrogate.ts:77
    h4_1_b += t342_b * 0.2879697343832415; // surrogate.ts:77
    h4_0_b += t341_b * 0.07513401185914198; // surrogate.ts:77
    ret_38_b += h5_5_b; // surrogate.ts:76
    if (tape.popBranch()) {
        x_38_b += ret_38_b * t4_38; // surrogate.ts:9
        t4_38_b += ret_38_b * x_38; // surrogate.ts:9
        ret_38_b = 0; // surrogate.ts:9
        t3_38_b -= t4_38_b * (1 / (t3_38 * t3_38)); // surrogate.ts:9
        t2_38_b += t3_38_b; // surrogate.ts:9
        t1_38_b += t2_38_b * t2_38; // surrogate.ts:9
        x_38_b -= t1_38_b; // surrogate.ts:9
    }
    else {
        x_38_b += ret_38_b * t6_37; // surrogate.ts:11
        t6_37_b += ret_38_b * x_38; // surrogate.ts:11
        ret_38_b = 0; // surrogate.ts:11
        e_37_b += t6_37_b * (1 / t5_37); // surrogate.ts:11
        t5_37_b -= t6_37_b * (e_37 / (t5_37 * t5_37)); // surrogate.ts:11
        e_37_b += t5_37_b; // surrogate.ts:11
        x_38_b += e_37_b * e_37; // surrogate.ts:10
    }
    ret_38_b = 0;
    t339_b += x_38_b; // surrogate.ts:76
    t340_b -= x_38_b; // surrogate.ts:76
    h4_7_b += t340_b * 0.5158220846822715; // surrogate.ts:76
    t338_b += t339_b; // surrogate.ts:76
    h4_6_b += t339_b * 0.16365450372758414; // surrogate.ts:76
    t336_b += t338_b; // surrogate.ts:76
    t337_b -= t338_b; // surrogate.ts:76
    h4_5_b += t337_b * 0.47396806911659944; // surrogate.ts:76
    t334_b += t336_b; // surrogate.ts:76
    t335_b -= t336_b; // surrogate.ts:76
    h4_4_b += t335_b * 0.2642006429059247; // surrogate.ts:76
    t332_b += t334_b; // surrogate.ts:76
    t333_b -= t334_b; // surrogate.ts:76
    h4_3_b += t333_b * 0.27087044411595224; // surrogate.ts:76
    t331_b += t332_b; // surrogate.ts:76
    h4_2_b += t332_b * 0.13663438312579407; // surrogate.ts:76
    t330_b += t331_b; // surrogate.ts:76
    h4_1_b += t331_b * 0.20483211500381873; // surrogate.ts:76
    h4_0_b += t330_b * 0.30566478955352433; // surrogate.ts:76
    ret_37_b += h5_4_b; // surrogate.ts:75
    if (tape.popBranch()) {
        x_37_b += ret_37_b * t4_37; // surrogate.ts:9
        t4_37_b += ret_37_b * x_37; // surrogate.ts:9
        ret_37_b = 0; // surrogate.ts:9
        t3_37_b -= t4_37_b * (1 / (t3_37 * t3_37)); // surrogate.ts:9
        t2_37_b += t3_37_b; // surrogate.ts:9
        t1_37_b += t2_37_b * t2_37; // surrogate.ts:9
        x_37_b -= t1_37_b; // surrogate.ts:9
    }
    else {
        x_37_b += ret_37_b * t6_36; // surrogate.ts:11
        t6_36_b += ret_37_b * x_37; // surrogate.ts:11
        ret_37_b = 0; // surrogate.ts:11
        e_36_b += t6_36_b * (1 / t5_36); // surrogate.ts:11
        t5_36_b -= t6_36_b * (e_36 / (t5_36 * t5_36)); // surrogate.ts:11
        e_36_b += t5_36_b; // surrogate.ts:11
        x_37_b += e_36_b * e_36; // surrogate.ts:10
    }
    ret_37_b = 0;
    t328_b += x_37_b; // surrogate.ts:75
    t329_b -= x_37_b; // surrogate.ts:75
    h4_7_b += t329_b * 0.2972006467457642; // surrogate.ts:75
    t327_b += t328_b; // surrogate.ts:75
    h4_6_b += t328_b * 0.3456628066449529; // surrogate.ts:75
    t325_b += t327_b; // surrogate.ts:75
    t326_b -= t327_b; // surrogate.ts:75
    h4_5_b += t326_b * 0.3689953943235639; // surrogate.ts:75
    t323_b += t325_b; // surrogate.ts:75
    t324_b -= t325_b; // surrogate.ts:75
    h4_4_b += t324_b * 0.24805618589196518; // surrogate.ts:75
    t321_b += t323_b; // surrogate.ts:75
    t322_b -= t323_b; // surrogate.ts:75
    h4_3_b += t322_b * 0.2373837343595819; // surrogate.ts:75
    t320_b += t321_b; // surrogate.ts:75
    h4_2_b += t321_b * 0.10257930642362292; // surrogate.ts:75
    t319_b += t320_b; // surrogate.ts:75
    h4_1_b += t320_b * 0.29567845735329706; // surrogate.ts:75
    h4_0_b += t319_b * 0.23350013248132914; // surrogate.ts:75
    ret_36_b += h5_3_b; // surrogate.ts:74
    if (tape.popBranch()) {
        x_36_b += ret_36_b * t4_36; // surrogate.ts:9
        t4_36_b += ret_36_b * x_36; // surrogate.ts:9
        ret_36_b = 0; // surrogate.ts:9
        t3_36_b -= t4_36_b * (1 / (t3_36 * t3_36)); // surrogate.ts:9
        t2_36_b += t3_36_b; // surrogate.ts:9
        t1_36_b += t2_36_b * t2_36; // surrogate.ts:9
        x_36_b -= t1_36_b; // surrogate.ts:9
    }
    else {
        x_36_b += ret_36_b * t6_35; // surrogate.ts:11
        t6_35_b += ret_36_b * x_36; // surrogate.ts:11
        ret_36_b = 0; // surrogate.ts:11
        e_35_b += t6_35_b * (1 / t5_35); // surrogate.ts:11
        t5_35_b -= t6_35_b * (e_35 / (t5_35 * t5_35)); // surrogate.ts:11
        e_35_b += t5_35_b; // surrogate.ts:11
        x_36_b += e_35_b * e_35; // surrogate.ts:10
    }
    ret_36_b = 0;
    t318_b += x_36_b; // surrogate.ts:74
    h4_7_b += x_36_b * 0.017065471823066766; // surrogate.ts:74
    t316_b += t318_b; // surrogate.ts:74
    t317_b -= t318_b; // surrogate.ts:74
    h4_6_b += t317_b * 0.25969099579232896; // surrogate.ts:74
    t315_b += t316_b; // surrogate.ts:74
    h4_5_b += t316_b * 0.2623175120626498; // surrogate.ts:74
    t314_b += t315_b; // surrogate.ts:74
    h4_4_b += t315_b * 0.31699032493669954; // surrogate.ts:74
    t313_b += t314_b; // surrogate.ts:74
    h4_3_b += t314_b * 0.27376611443478066; // surrogate.ts:74
    t311_b += t313_b; // surrogate.ts:74
    t312_b -= t313_b; // surrogate.ts:74
    h4_2_b += t312_b * 0.2177293080380568; // surrogate.ts:74
    t309_b += t311_b; // surrogate.ts:74
    t310_b -= t311_b; // surrogate.ts:74
    h4_1_b += t310_b * 0.33174619639961384; // surrogate.ts:74
    h4_0_b += t309_b * 0.05535255015163704; // surrogate.ts:74
    ret_35_b += h5_2_b; // surrogate.ts:73
    if (tape.popBranch()) {
        x_35_b += ret_35_b * t4_35; // surrogate.ts:9
        t4_35_b += ret_35_b * x_35; // surrogate.ts:9
        ret_35_b = 0; // surrogate.ts:9
        t3_35_b -= t4_35_b * (1 / (t3_35 * t3_35)); // surrogate.ts:9
        t2_35_b += t3_35_b; // surrogate.ts:9
        t1_35_b += t2_35_b * t2_35; // surrogate.ts:9
        x_35_b -= t1_35_b; // surrogate.ts:9
    }
    else {
        x_35_b += ret_35_b * t6_34; // surrogate.ts:11
        t6_34_b += ret_35_b * x_35; // surrogate.ts:11
        ret_35_b = 0; // surrogate.ts:11
        e_34_b += t6_34_b * (1 / t5_34); // surrogate.ts:11
        t5_34_b -= t6_34_b * (e_34 / (t5_34 * t5_34)); // surrogate.ts:11
        e_34_b += t5_34_b; // surrogate.ts:11
        x_35_b += e_34_b * e_34; // surrogate.ts:10
    }
    ret_35_b = 0;
    t307_b += x_35_b; // surrogate.ts:73
    t308_b -= x_35_b; // surrogate.ts:73
    h4_7_b += t308_b * 0.26863971211855847; // surrogate.ts:73
    t306_b += t307_b; // surrogate.ts:73
    h4_6_b += t307_b * 0.0977309743846667; // surrogate.ts:73
    t304_b += t306_b; // surrogate.ts:73
    t305_b -= t306_b; // surrogate.ts:73
    h4_5_b += t305_b * 0.32210212338591115; // surrogate.ts:73
    t302_b += t304_b; // surrogate.ts:73
    t303_b -= t304_b; // surrogate.ts:73
    h4_4_b += t303_b * 0.21955286666343135; // surrogate.ts:73
    t300_b += t302_b; // surrogate.ts:73
    t301_b -= t302_b; // surrogate.ts:73
    h4_3_b += t301_b * 0.3983188031502818; // surrogate.ts:73
    t299_b += t300_b; // surrogate.ts:73
    h4_2_b += t300_b * 0.2650534654283041; // surrogate.ts:73
    t298_b += t299_b; // surrogate.ts:73
    h4_1_b += t299_b * 0.19877225484471797; // surrogate.ts:73
    h4_0_b += t298_b * 0.14970760524882656; // surrogate.ts:73
    ret_34_b += h5_1_b; // surrogate.ts:72
    if (tape.popBranch()) {
        x_34_b += ret_34_b * t4_34; // surrogate.ts:9
        t4_34_b += ret_34_b * x_34; // surrogate.ts:9
        ret_34_b = 0; // surrogate.ts:9
        t3_34_b -= t4_34_b * (1 / (t3_34 * t3_34)); // surrogate.ts:9
        t2_34_b += t3_34_b; // surrogate.ts:9
        t1_34_b += t2_34_b * t2_34; // surrogate.ts:9
        x_34_b -= t1_34_b; // surrogate.ts:9
    }
    else {
        x_34_b += ret_34_b * t6_33; // surrogate.ts:11
        t6_33_b += ret_34_b * x_34; // surrogate.ts:11
        ret_34_b = 0; // surrogate.ts:11
        e_33_b += t6_33_b * (1 / t5_33); // surrogate.ts:11
        t5_33_b -= t6_33_b * (e_33 / (t5_33 * t5_33)); // surrogate.ts:11
        e_33_b += t5_33_b; // surrogate.ts:11
        x_34_b += e_33_b * e_33; // surrogate.ts:10
    }
    ret_34_b = 0;
    t296_b += x_34_b; // surrogate.ts:72
    t297_b -= x_34_b; // surrogate.ts:72
    h4_7_b += t297_b * 0.3975972123789892; // surrogate.ts:72
    t295_b += t296_b; // surrogate.ts:72
    h4_6_b += t296_b * 0.2613509830295337; // surrogate.ts:72
    t293_b += t295_b; // surrogate.ts:72
    t294_b -= t295_b; // surrogate.ts:72
    h4_5_b += t294_b * 0.35119977515098766; // surrogate.ts:72
    t291_b += t293_b; // surrogate.ts:72
    t292_b -= t293_b; // surrogate.ts:72
    h4_4_b += t292_b * 0.1852948064805691; // surrogate.ts:72
    t289_b += t291_b; // surrogate.ts:72
    t290_b -= t291_b; // surrogate.ts:72
    h4_3_b += t290_b * 0.3316301159777194; // surrogate.ts:72
    t288_b += t289_b; // surrogate.ts:72
    h4_2_b += t289_b * 0.046282803111729894; // surrogate.ts:72
    t287_b += t288_b; // surrogate.ts:72
    h4_1_b += t288_b * 0.2675079949471627; // surrogate.ts:72
    h4_0_b += t287_b * 0.23614381793851447; // surrogate.ts:72
    ret_33_b += h5_0_b; // surrogate.ts:71
    if (tape.popBranch()) {
        x_33_b += ret_33_b * t4_33; // surrogate.ts:9
        t4_33_b += ret_33_b * x_33; // surrogate.ts:9
        ret_33_b = 0; // surrogate.ts:9
        t3_33_b -= t4_33_b * (1 / (t3_33 * t3_33)); // surrogate.ts:9
        t2_33_b += t3_33_b; // surrogate.ts:9
        t1_33_b += t2_33_b * t2_33; // surrogate.ts:9
        x_33_b -= t1_33_b; // surrogate.ts:9
    }
    else {
        x_33_b += ret_33_b * t6_32; // surrogate.ts:11
        t6_32_b += ret_33_b * x_33; // surrogate.ts:11
        ret_33_b = 0; // surrogate.ts:11
        e_32_b += t6_32_b * (1 / t5_32); // surrogate.ts:11
        t5_32_b -= t6_32_b * (e_32 / (t5_32 * t5_32)); // surrogate.ts:11
        e_32_b += t5_32_b; // surrogate.ts:11
        x_33_b += e_32_b * e_32; // surrogate.ts:10
    }
    ret_33_b = 0;
    t285_b += x_33_b; // surrogate.ts:71
    t286_b -= x_33_b; // surrogate.ts:71
    h4_7_b += t286_b * 0.37568926388807433; // surrogate.ts:71
    t284_b += t285_b; // surrogate.ts:71
    h4_6_b += t285_b * 0.09693705601438361; // surrogate.ts:71
    t282_b += t284_b; // surrogate.ts:71
    t283_b -= t284_b; // surrogate.ts:71
    h4_5_b += t283_b * 0.37535621720475587; // surrogate.ts:71
    t280_b += t282_b; // surrogate.ts:71
    t281_b -= t282_b; // surrogate.ts:71
    h4_4_b += t281_b * 0.2605553410972543; // surrogate.ts:71
    t278_b += t280_b; // surrogate.ts:71
    t279_b -= t280_b; // surrogate.ts:71
    h4_3_b += t279_b * 0.3322283772129091; // surrogate.ts:71
    t277_b += t278_b; // surrogate.ts:71
    h4_2_b += t278_b * 0.02951332923981891; // surrogate.ts:71
    t276_b += t277_b; // surrogate.ts:71
    h4_1_b += t277_b * 0.21334655731154512; // surrogate.ts:71
    h4_0_b += t276_b * 0.06877636265388896; // surrogate.ts:71
    ret_32_b += h4_7_b; // surrogate.ts:68
    if (tape.popBranch()) {
        x_32_b += ret_32_b * t4_32; // surrogate.ts:9
        t4_32_b += ret_32_b * x_32; // surrogate.ts:9
        ret_32_b = 0; // surrogate.ts:9
        t3_32_b -= t4_32_b * (1 / (t3_32 * t3_32)); // surrogate.ts:9
        t2_32_b += t3_32_b; // surrogate.ts:9
        t1_32_b += t2_32_b * t2_32; // surrogate.ts:9
        x_32_b -= t1_32_b; // surrogate.ts:9
    }
    else {
        x_32_b += ret_32_b * t6_31; // surrogate.ts:11
        t6_31_b += ret_32_b * x_32; // surrogate.ts:11
        ret_32_b = 0; // surrogate.ts:11
        e_31_b += t6_31_b * (1 / t5_31); // surrogate.ts:11
        t5_31_b -= t6_31_b * (e_31 / (t5_31 * t5_31)); // surrogate.ts:11
        e_31_b += t5_31_b; // surrogate.ts:11
        x_32_b += e_31_b * e_31; // surrogate.ts:10
    }
    ret_32_b = 0;
    t274_b += x_32_b; // surrogate.ts:68
    t275_b -= x_32_b; // surrogate.ts:68
    h3_7_b += t275_b * 0.47610650776855157; // surrogate.ts:68
    t273_b += t274_b; // surrogate.ts:68
    h3_6_b += t274_b * 0.14722787409979204; // surrogate.ts:68
    t272_b += t273_b; // surrogate.ts:68
    h3_5_b += t273_b * 0.1481073504068709; // surrogate.ts:68
    t270_b += t272_b; // surrogate.ts:68
    t271_b -= t272_b; // surrogate.ts:68
    h3_4_b += t271_b * 0.2668473979819399; // surrogate.ts:68
    t269_b += t270_b; // surrogate.ts:68
    h3_3_b += t270_b * 0.47499319663472567; // surrogate.ts:68
    t268_b += t269_b; // surrogate.ts:68
    h3_2_b += t269_b * 0.4801596385572646; // surrogate.ts:68
    t266_b += t268_b; // surrogate.ts:68
    t267_b -= t268_b; // surrogate.ts:68
    h3_1_b += t267_b * 0.1898515122024729; // surrogate.ts:68
    h3_0_b += t266_b * 0.2133641109153772; // surrogate.ts:68
    ret_31_b += h4_6_b; // surrogate.ts:67
    if (tape.popBranch()) {
        x_31_b += ret_31_b * t4_31; // surrogate.ts:9
        t4_31_b += ret_31_b * x_31; // surrogate.ts:9
        ret_31_b = 0; // surrogate.ts:9
        t3_31_b -= t4_31_b * (1 / (t3_31 * t3_31)); // surrogate.ts:9
        t2_31_b += t3_31_b; // surrogate.ts:9
        t1_31_b += t2_31_b * t2_31; // surrogate.ts:9
        x_31_b -= t1_31_b; // surrogate.ts:9
    }
    else {
        x_31_b += ret_31_b * t6_30; // surrogate.ts:11
        t6_30_b += ret_31_b * x_31; // surrogate.ts:11
        ret_31_b = 0; // surrogate.ts:11
        e_30_b += t6_30_b * (1 / t5_30); // surrogate.ts:11
        t5_30_b -= t6_30_b * (e_30 / (t5_30 * t5_30)); // surrogate.ts:11
        e_30_b += t5_30_b; // surrogate.ts:11
        x_31_b += e_30_b * e_30; // surrogate.ts:10
    }
    ret_31_b = 0;
    t265_b += x_31_b; // surrogate.ts:67
    h3_7_b += x_31_b * 0.1253024812601342; // surrogate.ts:67
    t263_b += t265_b; // surrogate.ts:67
    t264_b -= t265_b; // surrogate.ts:67
    h3_6_b += t264_b * 0.15855134136192067; // surrogate.ts:67
    t261_b += t263_b; // surrogate.ts:67
    t262_b -= t263_b; // surrogate.ts:67
    h3_5_b += t262_b * 0.05482040944615682; // surrogate.ts:67
    t260_b += t261_b; // surrogate.ts:67
    h3_4_b += t261_b * 0.3162153647282045; // surrogate.ts:67
    t258_b += t260_b; // surrogate.ts:67
    t259_b -= t260_b; // surrogate.ts:67
    h3_3_b += t259_b * 0.2329931962616688; // surrogate.ts:67
    t256_b += t258_b; // surrogate.ts:67
    t257_b -= t258_b; // surrogate.ts:67
    h3_2_b += t257_b * 0.24645347491118005; // surrogate.ts:67
    t255_b += t256_b; // surrogate.ts:67
    h3_1_b += t256_b * 0.30717887669942023; // surrogate.ts:67
    t254_b -= t255_b; // surrogate.ts:67
    h3_0_b += t254_b * 0.24814998920741754; // surrogate.ts:67
    ret_30_b += h4_5_b; // surrogate.ts:66
    if (tape.popBranch()) {
        x_30_b += ret_30_b * t4_30; // surrogate.ts:9
        t4_30_b += ret_30_b * x_30; // surrogate.ts:9
        ret_30_b = 0; // surrogate.ts:9
        t3_30_b -= t4_30_b * (1 / (t3_30 * t3_30)); // surrogate.ts:9
        t2_30_b += t3_30_b; // surrogate.ts:9
        t1_30_b += t2_30_b * t2_30; // surrogate.ts:9
        x_30_b -= t1_30_b; // surrogate.ts:9
    }
    else {
        x_30_b += ret_30_b * t6_29; // surrogate.ts:11
        t6_29_b += ret_30_b * x_30; // surrogate.ts:11
        ret_30_b = 0; // surrogate.ts:11
        e_29_b += t6_29_b * (1 / t5_29); // surrogate.ts:11
        t5_29_b -= t6_29_b * (e_29 / (t5_29 * t5_29)); // surrogate.ts:11
        e_29_b += t5_29_b; // surrogate.ts:11
        x_30_b += e_29_b * e_29; // surrogate.ts:10
    }
    ret_30_b = 0;
    t252_b += x_30_b; // surrogate.ts:66
    t253_b -= x_30_b; // surrogate.ts:66
    h3_7_b += t253_b * 0.31233326593869837; // surrogate.ts:66
    t251_b += t252_b; // surrogate.ts:66
    h3_6_b += t252_b * 0.3545156221693232; // surrogate.ts:66
    t250_b += t251_b; // surrogate.ts:66
    h3_5_b += t251_b * 0.3357642613380852; // surrogate.ts:66
    t248_b += t250_b; // surrogate.ts:66
    t249_b -= t250_b; // surrogate.ts:66
    h3_4_b += t249_b * 0.15972021685771556; // surrogate.ts:66
    t247_b += t248_b; // surrogate.ts:66
    h3_3_b += t248_b * 0.5312976044174634; // surrogate.ts:66
    t246_b += t247_b; // surrogate.ts:66
    h3_2_b += t247_b * 0.3123994097160346; // surrogate.ts:66
    t244_b += t246_b; // surrogate.ts:66
    t245_b -= t246_b; // surrogate.ts:66
    h3_1_b += t245_b * 0.33003199657358484; // surrogate.ts:66
    h3_0_b += t244_b * 0.2918756918451654; // surrogate.ts:66
    ret_29_b += h4_4_b; // surrogate.ts:65
    if (tape.popBranch()) {
        x_29_b += ret_29_b * t4_29; // surrogate.ts:9
        t4_29_b += ret_29_b * x_29; // surrogate.ts:9
        ret_29_b = 0; // surrogate.ts:9
        t3_29_b -= t4_29_b * (1 / (t3_29 * t3_29)); // surrogate.ts:9
        t2_29_b += t3_29_b; // surrogate.ts:9
        t1_29_b += t2_29_b * t2_29; // surrogate.ts:9
        x_29_b -= t1_29_b; // surrogate.ts:9
    }
    else {
        x_29_b += ret_29_b * t6_28; // surrogate.ts:11
        t6_28_b += ret_29_b * x_29; // surrogate.ts:11
        ret_29_b = 0; // surrogate.ts:11
        e_28_b += t6_28_b * (1 / t5_28); // surrogate.ts:11
        t5_28_b -= t6_28_b * (e_28 / (t5_28 * t5_28)); // surrogate.ts:11
        e_28_b += t5_28_b; // surrogate.ts:11
        x_29_b += e_28_b * e_28; // surrogate.ts:10
    }
    ret_29_b = 0;
    t242_b += x_29_b; // surrogate.ts:65
    t243_b -= x_29_b; // surrogate.ts:65
    h3_7_b += t243_b * 0.19128611757089495; // surrogate.ts:65
    t241_b += t242_b; // surrogate.ts:65
    h3_6_b += t242_b * 0.3340996437511509; // surrogate.ts:65
    t240_b += t241_b; // surrogate.ts:65
    h3_5_b += t241_b * 0.1537077625163083; // surrogate.ts:65
    t238_b += t240_b; // surrogate.ts:65
    t239_b -= t240_b; // surrogate.ts:65
    h3_4_b += t239_b * 0.08558767134991037; // surrogate.ts:65
    t237_b += t238_b; // surrogate.ts:65
    h3_3_b += t238_b * 0.5822492953675855; // surrogate.ts:65
    t236_b += t237_b; // surrogate.ts:65
    h3_2_b += t237_b * 0.17076030306622272; // surrogate.ts:65
    t234_b += t236_b; // surrogate.ts:65
    t235_b -= t236_b; // surrogate.ts:65
    h3_1_b += t235_b * 0.22066955469116495; // surrogate.ts:65
    h3_0_b += t234_b * 0.2821822083604103; // surrogate.ts:65
    ret_28_b += h4_3_b; // surrogate.ts:64
    if (tape.popBranch()) {
        x_28_b += ret_28_b * t4_28; // surrogate.ts:9
        t4_28_b += ret_28_b * x_28; // surrogate.ts:9
        ret_28_b = 0; // surrogate.ts:9
        t3_28_b -= t4_28_b * (1 / (t3_28 * t3_28)); // surrogate.ts:9
        t2_28_b += t3_28_b; // surrogate.ts:9
        t1_28_b += t2_28_b * t2_28; // surrogate.ts:9
        x_28_b -= t1_28_b; // surrogate.ts:9
    }
    else {
        x_28_b += ret_28_b * t6_27; // surrogate.ts:11
        t6_27_b += ret_28_b * x_28; // surrogate.ts:11
        ret_28_b = 0; // surrogate.ts:11
        e_27_b += t6_27_b * (1 / t5_27); // surrogate.ts:11
        t5_27_b -= t6_27_b * (e_27 / (t5_27 * t5_27)); // surrogate.ts:11
        e_27_b += t5_27_b; // surrogate.ts:11
        x_28_b += e_27_b * e_27; // surrogate.ts:10
    }
    ret_28_b = 0;
    t232_b += x_28_b; // surrogate.ts:64
    t233_b -= x_28_b; // surrogate.ts:64
    h3_7_b += t233_b * 0.0942858763978512; // surrogate.ts:64
    t231_b += t232_b; // surrogate.ts:64
    h3_6_b += t232_b * 0.23636988714786067; // surrogate.ts:64
    t230_b += t231_b; // surrogate.ts:64
    h3_5_b += t231_b * 0.24761614175719435; // surrogate.ts:64
    t228_b += t230_b; // surrogate.ts:64
    t229_b -= t230_b; // surrogate.ts:64
    h3_4_b += t229_b * 0.22864496308341936; // surrogate.ts:64
    t227_b += t228_b; // surrogate.ts:64
    h3_3_b += t228_b * 0.33200530606297285; // surrogate.ts:64
    t226_b += t227_b; // surrogate.ts:64
    h3_2_b += t227_b * 0.41541773529941856; // surrogate.ts:64
    t224_b += t226_b; // surrogate.ts:64
    t225_b -= t226_b; // surrogate.ts:64
    h3_1_b += t225_b * 0.20259789273268608; // surrogate.ts:64
    h3_0_b += t224_b * 0.3959084159424314; // surrogate.ts:64
    ret_27_b += h4_2_b; // surrogate.ts:63
    if (tape.popBranch()) {
        x_27_b += ret_27_b * t4_27; // surrogate.ts:9
        t4_27_b += ret_27_b * x_27; // surrogate.ts:9
        ret_27_b = 0; // surrogate.ts:9
        t3_27_b -= t4_27_b * (1 / (t3_27 * t3_27)); // surrogate.ts:9
        t2_27_b += t3_27_b; // surrogate.ts:9
        t1_27_b += t2_27_b * t2_27; // surrogate.ts:9
        x_27_b -= t1_27_b; // surrogate.ts:9
    }
    else {
        x_27_b += ret_27_b * t6_26; // surrogate.ts:11
        t6_26_b += ret_27_b * x_27; // surrogate.ts:11
        ret_27_b = 0; // surrogate.ts:11
        e_26_b += t6_26_b * (1 / t5_26); // surrogate.ts:11
        t5_26_b -= t6_26_b * (e_26 / (t5_26 * t5_26)); // surrogate.ts:11
        e_26_b += t5_26_b; // surrogate.ts:11
        x_27_b += e_26_b * e_26; // surrogate.ts:10
    }
    ret_27_b = 0;
    t223_b += x_27_b; // surrogate.ts:63
    h3_7_b += x_27_b * 0.10445327297875476; // surrogate.ts:63
    t221_b += t223_b; // surrogate.ts:63
    t222_b -= t223_b; // surrogate.ts:63
    h3_6_b += t222_b * 0.18541979185643645; // surrogate.ts:63
    t219_b += t221_b; // surrogate.ts:63
    t220_b -= t221_b; // surrogate.ts:63
    h3_5_b += t220_b * 0.08053244805924624; // surrogate.ts:63
    t218_b += t219_b; // surrogate.ts:63
    h3_4_b += t219_b * 0.2807741283504928; // surrogate.ts:63
    t216_b += t218_b; // surrogate.ts:63
    t217_b -= t218_b; // surrogate.ts:63
    h3_3_b += t217_b * 0.22915830131340698; // surrogate.ts:63
    t214_b += t216_b; // surrogate.ts:63
    t215_b -= t216_b; // surrogate.ts:63
    h3_2_b += t215_b * 0.17277971988012197; // surrogate.ts:63
    t213_b += t214_b; // surrogate.ts:63
    h3_1_b += t214_b * 0.4394542897245069; // surrogate.ts:63
    t212_b -= t213_b; // surrogate.ts:63
    h3_0_b += t212_b * 0.17108911345588387; // surrogate.ts:63
    ret_26_b += h4_1_b; // surrogate.ts:62
    if (tape.popBranch()) {
        x_26_b += ret_26_b * t4_26; // surrogate.ts:9
        t4_26_b += ret_26_b * x_26; // surrogate.ts:9
        ret_26_b = 0; // surrogate.ts:9
        t3_26_b -= t4_26_b * (1 / (t3_26 * t3_26)); // surrogate.ts:9
        t2_26_b += t3_26_b; // surrogate.ts:9
        t1_26_b += t2_26_b * t2_26; // surrogate.ts:9
        x_26_b -= t1_26_b; // surrogate.ts:9
    }
    else {
        x_26_b += ret_26_b * t6_25; // surrogate.ts:11
        t6_25_b += ret_26_b * x_26; // surrogate.ts:11
        ret_26_b = 0; // surrogate.ts:11
        e_25_b += t6_25_b * (1 / t5_25); // surrogate.ts:11
        t5_25_b -= t6_25_b * (e_25 / (t5_25 * t5_25)); // surrogate.ts:11
        e_25_b += t5_25_b; // surrogate.ts:11
        x_26_b += e_25_b * e_25; // surrogate.ts:10
    }
    ret_26_b = 0;
    t211_b += x_26_b; // surrogate.ts:62
    h3_7_b += x_26_b * 0.18905957566867787; // surrogate.ts:62
    t209_b += t211_b; // surrogate.ts:62
    t210_b -= t211_b; // surrogate.ts:62
    h3_6_b += t210_b * 0.0458954220195824; // surrogate.ts:62
    t207_b += t209_b; // surrogate.ts:62
    t208_b -= t209_b; // surrogate.ts:62
    h3_5_b += t208_b * 0.13533749650551494; // surrogate.ts:62
    t206_b += t207_b; // surrogate.ts:62
    h3_4_b += t207_b * 0.26945860935086985; // surrogate.ts:62
    t204_b += t206_b; // surrogate.ts:62
    t205_b -= t206_b; // surrogate.ts:62
    h3_3_b += t205_b * 0.21449248249072322; // surrogate.ts:62
    t202_b += t204_b; // surrogate.ts:62
    t203_b -= t204_b; // surrogate.ts:62
    h3_2_b += t203_b * 0.24022655278509514; // surrogate.ts:62
    t201_b += t202_b; // surrogate.ts:62
    h3_1_b += t202_b * 0.2549325714255577; // surrogate.ts:62
    t200_b -= t201_b; // surrogate.ts:62
    h3_0_b += t200_b * 0.23089679120416579; // surrogate.ts:62
    ret_25_b += h4_0_b; // surrogate.ts:61
    if (tape.popBranch()) {
        x_25_b += ret_25_b * t4_25; // surrogate.ts:9
        t4_25_b += ret_25_b * x_25; // surrogate.ts:9
        ret_25_b = 0; // surrogate.ts:9
        t3_25_b -= t4_25_b * (1 / (t3_25 * t3_25)); // surrogate.ts:9
        t2_25_b += t3_25_b; // surrogate.ts:9
        t1_25_b += t2_25_b * t2_25; // surrogate.ts:9
        x_25_b -= t1_25_b; // surrogate.ts:9
    }
    else {
        x_25_b += ret_25_b * t6_24; // surrogate.ts:11
        t6_24_b += ret_25_b * x_25; // surrogate.ts:11
        ret_25_b = 0; // surrogate.ts:11
        e_24_b += t6_24_b * (1 / t5_24); // surrogate.ts:11
        t5_24_b -= t6_24_b * (e_24 / (t5_24 * t5_24)); // surrogate.ts:11
        e_24_b += t5_24_b; // surrogate.ts:11
        x_25_b += e_24_b * e_24; // surrogate.ts:10
    }
    ret_25_b = 0;
    t199_b += x_25_b; // surrogate.ts:61
    h3_7_b += x_25_b * 0.3718971899834952; // surrogate.ts:61
    t197_b += t199_b; // surrogate.ts:61
    t198_b -= t199_b; // surrogate.ts:61
    h3_6_b += t198_b * 0.09038382798079073; // surrogate.ts:61
    t195_b += t197_b; // surrogate.ts:61
    t196_b -= t197_b; // surrogate.ts:61
    h3_5_b += t196_b * 0.34775309038475294; // surrogate.ts:61
    t194_b += t195_b; // surrogate.ts:61
    h3_4_b += t195_b * 0.27842367399657; // surrogate.ts:61
    t193_b += t194_b; // surrogate.ts:61
    h3_3_b += t194_b * 0.1285428947689884; // surrogate.ts:61
    t191_b += t193_b; // surrogate.ts:61
    t192_b -= t193_b; // surrogate.ts:61
    h3_2_b += t192_b * 0.16267179987751634; // surrogate.ts:61
    t190_b += t191_b; // surrogate.ts:61
    h3_1_b += t191_b * 0.2383871757480698; // surrogate.ts:61
    t189_b -= t190_b; // surrogate.ts:61
    h3_0_b += t189_b * 0.10876973565622124; // surrogate.ts:61
    ret_24_b += h3_7_b; // surrogate.ts:58
    if (tape.popBranch()) {
        x_24_b += ret_24_b * t4_24; // surrogate.ts:9
        t4_24_b += ret_24_b * x_24; // surrogate.ts:9
        ret_24_b = 0; // surrogate.ts:9
        t3_24_b -= t4_24_b * (1 / (t3_24 * t3_24)); // surrogate.ts:9
        t2_24_b += t3_24_b; // surrogate.ts:9
        t1_24_b += t2_24_b * t2_24; // surrogate.ts:9
        x_24_b -= t1_24_b; // surrogate.ts:9
    }
    else {
        x_24_b += ret_24_b * t6_23; // surrogate.ts:11
        t6_23_b += ret_24_b * x_24; // surrogate.ts:11
        ret_24_b = 0; // surrogate.ts:11
        e_23_b += t6_23_b * (1 / t5_23); // surrogate.ts:11
        t5_23_b -= t6_23_b * (e_23 / (t5_23 * t5_23)); // surrogate.ts:11
        e_23_b += t5_23_b; // surrogate.ts:11
        x_24_b += e_23_b * e_23; // surrogate.ts:10
    }
    ret_24_b = 0;
    t188_b += x_24_b; // surrogate.ts:58
    h2_7_b += x_24_b * 0.4049729991321096; // surrogate.ts:58
    t187_b += t188_b; // surrogate.ts:58
    h2_6_b += t188_b * 0.27142579097025465; // surrogate.ts:58
    t186_b += t187_b; // surrogate.ts:58
    h2_5_b += t187_b * 0.43041816945845035; // surrogate.ts:58
    t185_b += t186_b; // surrogate.ts:58
    h2_4_b += t186_b * 0.03145085766811346; // surrogate.ts:58
    t184_b += t185_b; // surrogate.ts:58
    h2_3_b += t185_b * 0.24281885190577474; // surrogate.ts:58
    t183_b += t184_b; // surrogate.ts:58
    h2_2_b += t184_b * 0.3701397108284762; // surrogate.ts:58
    t182_b += t183_b; // surrogate.ts:58
    h2_1_b += t183_b * 0.5109038075383702; // surrogate.ts:58
    h2_0_b += t182_b * 0.28463805614678067; // surrogate.ts:58
    ret_23_b += h3_6_b; // surrogate.ts:57
    if (tape.popBranch()) {
        x_23_b += ret_23_b * t4_23; // surrogate.ts:9
        t4_23_b += ret_23_b * x_23; // surrogate.ts:9
        ret_23_b = 0; // surrogate.ts:9
        t3_23_b -= t4_23_b * (1 / (t3_23 * t3_23)); // surrogate.ts:9
        t2_23_b += t3_23_b; // surrogate.ts:9
        t1_23_b += t2_23_b * t2_23; // surrogate.ts:9
        x_23_b -= t1_23_b; // surrogate.ts:9
    }
    else {
        x_23_b += ret_23_b * t6_22; // surrogate.ts:11
        t6_22_b += ret_23_b * x_23; // surrogate.ts:11
        ret_23_b = 0; // surrogate.ts:11
        e_22_b += t6_22_b * (1 / t5_22); // surrogate.ts:11
        t5_22_b -= t6_22_b * (e_22 / (t5_22 * t5_22)); // surrogate.ts:11
        e_22_b += t5_22_b; // surrogate.ts:11
        x_23_b += e_22_b * e_22; // surrogate.ts:10
    }
    ret_23_b = 0;
    t180_b += x_23_b; // surrogate.ts:57
    t181_b -= x_23_b; // surrogate.ts:57
    h2_7_b += t181_b * 0.14314313174493892; // surrogate.ts:57
    t179_b += t180_b; // surrogate.ts:57
    h2_6_b += t180_b * 0.06410693898461073; // surrogate.ts:57
    t177_b += t179_b; // surrogate.ts:57
    t178_b -= t179_b; // surrogate.ts:57
    h2_5_b += t178_b * 0.27612801204691084; // surrogate.ts:57
    t176_b += t177_b; // surrogate.ts:57
    h2_4_b += t177_b * 0.30820084262608777; // surrogate.ts:57
    t175_b += t176_b; // surrogate.ts:57
    h2_3_b += t176_b * 0.4450736182852337; // surrogate.ts:57
    t173_b += t175_b; // surrogate.ts:57
    t174_b -= t175_b; // surrogate.ts:57
    h2_2_b += t174_b * 0.1781874997139388; // surrogate.ts:57
    t171_b += t173_b; // surrogate.ts:57
    t172_b -= t173_b; // surrogate.ts:57
    h2_1_b += t172_b * 0.031354530211177234; // surrogate.ts:57
    t170_b -= t171_b; // surrogate.ts:57
    h2_0_b += t170_b * 0.17071802608716896; // surrogate.ts:57
    ret_22_b += h3_5_b; // surrogate.ts:56
    if (tape.popBranch()) {
        x_22_b += ret_22_b * t4_22; // surrogate.ts:9
        t4_22_b += ret_22_b * x_22; // surrogate.ts:9
        ret_22_b = 0; // surrogate.ts:9
        t3_22_b -= t4_22_b * (1 / (t3_22 * t3_22)); // surrogate.ts:9
        t2_22_b += t3_22_b; // surrogate.ts:9
        t1_22_b += t2_22_b * t2_22; // surrogate.ts:9
        x_22_b -= t1_22_b; // surrogate.ts:9
    }
    else {
        x_22_b += ret_22_b * t6_21; // surrogate.ts:11
        t6_21_b += ret_22_b * x_22; // surrogate.ts:11
        ret_22_b = 0; // surrogate.ts:11
        e_21_b += t6_21_b * (1 / t5_21); // surrogate.ts:11
        t5_21_b -= t6_21_b * (e_21 / (t5_21 * t5_21)); // surrogate.ts:11
        e_21_b += t5_21_b; // surrogate.ts:11
        x_22_b += e_21_b * e_21; // surrogate.ts:10
    }
    ret_22_b = 0;
    t168_b += x_22_b; // surrogate.ts:56
    t169_b -= x_22_b; // surrogate.ts:56
    h2_7_b += t169_b * 0.16881007415474542; // surrogate.ts:56
    t166_b += t168_b; // surrogate.ts:56
    t167_b -= t168_b; // surrogate.ts:56
    h2_6_b += t167_b * 0.04424550871309652; // surrogate.ts:56
    t164_b += t166_b; // surrogate.ts:56
    t165_b -= t166_b; // surrogate.ts:56
    h2_5_b += t165_b * 0.29309863281406234; // surrogate.ts:56
    t163_b += t164_b; // surrogate.ts:56
    h2_4_b += t164_b * 0.2060006363857168; // surrogate.ts:56
    t162_b += t163_b; // surrogate.ts:56
    h2_3_b += t163_b * 0.412438724095472; // surrogate.ts:56
    t160_b += t162_b; // surrogate.ts:56
    t161_b -= t162_b; // surrogate.ts:56
    h2_2_b += t161_b * 0.28632813035673277; // surrogate.ts:56
    t158_b += t160_b; // surrogate.ts:56
    t159_b -= t160_b; // surrogate.ts:56
    h2_1_b += t159_b * 0.137022970387359; // surrogate.ts:56
    t157_b -= t158_b; // surrogate.ts:56
    h2_0_b += t157_b * 0.1309425347887439; // surrogate.ts:56
    ret_21_b += h3_4_b; // surrogate.ts:55
    if (tape.popBranch()) {
        x_21_b += ret_21_b * t4_21; // surrogate.ts:9
        t4_21_b += ret_21_b * x_21; // surrogate.ts:9
        ret_21_b = 0; // surrogate.ts:9
        t3_21_b -= t4_21_b * (1 / (t3_21 * t3_21)); // surrogate.ts:9
        t2_21_b += t3_21_b; // surrogate.ts:9
        t1_21_b += t2_21_b * t2_21; // surrogate.ts:9
        x_21_b -= t1_21_b; // surrogate.ts:9
    }
    else {
        x_21_b += ret_21_b * t6_20; // surrogate.ts:11
        t6_20_b += ret_21_b * x_21; // surrogate.ts:11
        ret_21_b = 0; // surrogate.ts:11
        e_20_b += t6_20_b * (1 / t5_20); // surrogate.ts:11
        t5_20_b -= t6_20_b * (e_20 / (t5_20 * t5_20)); // surrogate.ts:11
        e_20_b += t5_20_b; // surrogate.ts:11
        x_21_b += e_20_b * e_20; // surrogate.ts:10
    }
    ret_21_b = 0;
    t156_b += x_21_b; // surrogate.ts:55
    h2_7_b += x_21_b * 0.13838159824286655; // surrogate.ts:55
    t155_b += t156_b; // surrogate.ts:55
    h2_6_b += t156_b * 0.5985034650518212; // surrogate.ts:55
    t154_b += t155_b; // surrogate.ts:55
    h2_5_b += t155_b * 0.15150190368606786; // surrogate.ts:55
    t152_b += t154_b; // surrogate.ts:55
    t153_b -= t154_b; // surrogate.ts:55
    h2_4_b += t153_b * 0.026685677018869303; // surrogate.ts:55
    t151_b += t152_b; // surrogate.ts:55
    h2_3_b += t152_b * 0.2653677860111262; // surrogate.ts:55
    t150_b += t151_b; // surrogate.ts:55
    h2_2_b += t151_b * 0.30531033412987274; // surrogate.ts:55
    t149_b += t150_b; // surrogate.ts:55
    h2_1_b += t150_b * 0.3257107770909811; // surrogate.ts:55
    h2_0_b += t149_b * 0.22459871690563912; // surrogate.ts:55
    ret_20_b += h3_3_b; // surrogate.ts:54
    if (tape.popBranch()) {
        x_20_b += ret_20_b * t4_20; // surrogate.ts:9
        t4_20_b += ret_20_b * x_20; // surrogate.ts:9
        ret_20_b = 0; // surrogate.ts:9
        t3_20_b -= t4_20_b * (1 / (t3_20 * t3_20)); // surrogate.ts:9
        t2_20_b += t3_20_b; // surrogate.ts:9
        t1_20_b += t2_20_b * t2_20; // surrogate.ts:9
        x_20_b -= t1_20_b; // surrogate.ts:9
    }
    else {
        x_20_b += ret_20_b * t6_19; // surrogate.ts:11
        t6_19_b += ret_20_b * x_20; // surrogate.ts:11
        ret_20_b = 0; // surrogate.ts:11
        e_19_b += t6_19_b * (1 / t5_19); // surrogate.ts:11
        t5_19_b -= t6_19_b * (e_19 / (t5_19 * t5_19)); // surrogate.ts:11
        e_19_b += t5_19_b; // surrogate.ts:11
        x_20_b += e_19_b * e_19; // surrogate.ts:10
    }
    ret_20_b = 0;
    t147_b += x_20_b; // surrogate.ts:54
    t148_b -= x_20_b; // surrogate.ts:54
    h2_7_b += t148_b * 0.09609678404088173; // surrogate.ts:54
    t145_b += t147_b; // surrogate.ts:54
    t146_b -= t147_b; // surrogate.ts:54
    h2_6_b += t146_b * 0.23511249499384193; // surrogate.ts:54
    t143_b += t145_b; // surrogate.ts:54
    t144_b -= t145_b; // surrogate.ts:54
    h2_5_b += t144_b * 0.23451954517846943; // surrogate.ts:54
    t142_b += t143_b; // surrogate.ts:54
    h2_4_b += t143_b * 0.6937516659489892; // surrogate.ts:54
    t141_b += t142_b; // surrogate.ts:54
    h2_3_b += t142_b * 0.5935921879695831; // surrogate.ts:54
    t139_b += t141_b; // surrogate.ts:54
    t140_b -= t141_b; // surrogate.ts:54
    h2_2_b += t140_b * 0.08320416756933305; // surrogate.ts:54
    t137_b += t139_b; // surrogate.ts:54
    t138_b -= t139_b; // surrogate.ts:54
    h2_1_b += t138_b * 0.22347295222255065; // surrogate.ts:54
    t136_b -= t137_b; // surrogate.ts:54
    h2_0_b += t136_b * 0.3920111199570636; // surrogate.ts:54
    ret_19_b += h3_2_b; // surrogate.ts:53
    if (tape.popBranch()) {
        x_19_b += ret_19_b * t4_19; // surrogate.ts:9
        t4_19_b += ret_19_b * x_19; // surrogate.ts:9
        ret_19_b = 0; // surrogate.ts:9
        t3_19_b -= t4_19_b * (1 / (t3_19 * t3_19)); // surrogate.ts:9
        t2_19_b += t3_19_b; // surrogate.ts:9
        t1_19_b += t2_19_b * t2_19; // surrogate.ts:9
        x_19_b -= t1_19_b; // surrogate.ts:9
    }
    else {
        x_19_b += ret_19_b * t6_18; // surrogate.ts:11
        t6_18_b += ret_19_b * x_19; // surrogate.ts:11
        ret_19_b = 0; // surrogate.ts:11
        e_18_b += t6_18_b * (1 / t5_18); // surrogate.ts:11
        t5_18_b -= t6_18_b * (e_18 / (t5_18 * t5_18)); // surrogate.ts:11
        e_18_b += t5_18_b; // surrogate.ts:11
        x_19_b += e_18_b * e_18; // surrogate.ts:10
    }
    ret_19_b = 0;
    t134_b += x_19_b; // surrogate.ts:53
    t135_b -= x_19_b; // surrogate.ts:53
    h2_7_b += t135_b * 0.07026744557714883; // surrogate.ts:53
    t132_b += t134_b; // surrogate.ts:53
    t133_b -= t134_b; // surrogate.ts:53
    h2_6_b += t133_b * 0.005644051112129956; // surrogate.ts:53
    t130_b += t132_b; // surrogate.ts:53
    t131_b -= t132_b; // surrogate.ts:53
    h2_5_b += t131_b * 0.5159121603196455; // surrogate.ts:53
    t129_b += t130_b; // surrogate.ts:53
    h2_4_b += t130_b * 0.2543012847639124; // surrogate.ts:53
    t128_b += t129_b; // surrogate.ts:53
    h2_3_b += t129_b * 0.21040999259454113; // surrogate.ts:53
    t126_b += t128_b; // surrogate.ts:53
    t127_b -= t128_b; // surrogate.ts:53
    h2_2_b += t127_b * 0.016815381446234533; // surrogate.ts:53
    t124_b += t126_b; // surrogate.ts:53
    t125_b -= t126_b; // surrogate.ts:53
    h2_1_b += t125_b * 0.04211072273299397; // surrogate.ts:53
    t123_b -= t124_b; // surrogate.ts:53
    h2_0_b += t123_b * 0.09779899883641116; // surrogate.ts:53
    ret_18_b += h3_1_b; // surrogate.ts:52
    if (tape.popBranch()) {
        x_18_b += ret_18_b * t4_18; // surrogate.ts:9
        t4_18_b += ret_18_b * x_18; // surrogate.ts:9
        ret_18_b = 0; // surrogate.ts:9
        t3_18_b -= t4_18_b * (1 / (t3_18 * t3_18)); // surrogate.ts:9
        t2_18_b += t3_18_b; // surrogate.ts:9
        t1_18_b += t2_18_b * t2_18; // surrogate.ts:9
        x_18_b -= t1_18_b; // surrogate.ts:9
    }
    else {
        x_18_b += ret_18_b * t6_17; // surrogate.ts:11
        t6_17_b += ret_18_b * x_18; // surrogate.ts:11
        ret_18_b = 0; // surrogate.ts:11
        e_17_b += t6_17_b * (1 / t5_17); // surrogate.ts:11
        t5_17_b -= t6_17_b * (e_17 / (t5_17 * t5_17)); // surrogate.ts:11
        e_17_b += t5_17_b; // surrogate.ts:11
        x_18_b += e_17_b * e_17; // surrogate.ts:10
    }
    ret_18_b = 0;
    t122_b += x_18_b; // surrogate.ts:52
    h2_7_b += x_18_b * 0.3693261284714944; // surrogate.ts:52
    t121_b += t122_b; // surrogate.ts:52
    h2_6_b += t122_b * 0.20209494611315215; // surrogate.ts:52
    t120_b += t121_b; // surrogate.ts:52
    h2_5_b += t121_b * 0.16894059080029616; // surrogate.ts:52
    t118_b += t120_b; // surrogate.ts:52
    t119_b -= t120_b; // surrogate.ts:52
    h2_4_b += t119_b * 0.1804714004313033; // surrogate.ts:52
    t117_b += t118_b; // surrogate.ts:52
    h2_3_b += t118_b * 0.19529672219171046; // surrogate.ts:52
    t116_b += t117_b; // surrogate.ts:52
    h2_2_b += t117_b * 0.2803486590890107; // surrogate.ts:52
    t115_b += t116_b; // surrogate.ts:52
    h2_1_b += t116_b * 0.3356827719590377; // surrogate.ts:52
    h2_0_b += t115_b * 0.16932779093500663; // surrogate.ts:52
    ret_17_b += h3_0_b; // surrogate.ts:51
    if (tape.popBranch()) {
        x_17_b += ret_17_b * t4_17; // surrogate.ts:9
        t4_17_b += ret_17_b * x_17; // surrogate.ts:9
        ret_17_b = 0; // surrogate.ts:9
        t3_17_b -= t4_17_b * (1 / (t3_17 * t3_17)); // surrogate.ts:9
        t2_17_b += t3_17_b; // surrogate.ts:9
        t1_17_b += t2_17_b * t2_17; // surrogate.ts:9
        x_17_b -= t1_17_b; // surrogate.ts:9
    }
    else {
        x_17_b += ret_17_b * t6_16; // surrogate.ts:11
        t6_16_b += ret_17_b * x_17; // surrogate.ts:11
        ret_17_b = 0; // surrogate.ts:11
        e_16_b += t6_16_b * (1 / t5_16); // surrogate.ts:11
        t5_16_b -= t6_16_b * (e_16 / (t5_16 * t5_16)); // surrogate.ts:11
        e_16_b += t5_16_b; // surrogate.ts:11
        x_17_b += e_16_b * e_16; // surrogate.ts:10
    }
    ret_17_b = 0;
    t113_b += x_17_b; // surrogate.ts:51
    t114_b -= x_17_b; // surrogate.ts:51
    h2_7_b += t114_b * 0.23426118299238868; // surrogate.ts:51
    t111_b += t113_b; // surrogate.ts:51
    t112_b -= t113_b; // surrogate.ts:51
    h2_6_b += t112_b * 0.023458385264148188; // surrogate.ts:51
    t109_b += t111_b; // surrogate.ts:51
    t110_b -= t111_b; // surrogate.ts:51
    h2_5_b += t110_b * 0.3458059201066317; // surrogate.ts:51
    t108_b += t109_b; // surrogate.ts:51
    h2_4_b += t109_b * 0.3447650024728048; // surrogate.ts:51
    t107_b += t108_b; // surrogate.ts:51
    h2_3_b += t108_b * 0.46048836570403434; // surrogate.ts:51
    t105_b += t107_b; // surrogate.ts:51
    t106_b -= t107_b; // surrogate.ts:51
    h2_2_b += t106_b * 0.2645388511631792; // surrogate.ts:51
    t104_b += t105_b; // surrogate.ts:51
    h2_1_b += t105_b * 0.02740419097282764; // surrogate.ts:51
    t103_b -= t104_b; // surrogate.ts:51
    h2_0_b += t103_b * 0.1537497201925118; // surrogate.ts:51
    ret_16_b += h2_7_b; // surrogate.ts:48
    if (tape.popBranch()) {
        x_16_b += ret_16_b * t4_16; // surrogate.ts:9
        t4_16_b += ret_16_b * x_16; // surrogate.ts:9
        ret_16_b = 0; // surrogate.ts:9
        t3_16_b -= t4_16_b * (1 / (t3_16 * t3_16)); // surrogate.ts:9
        t2_16_b += t3_16_b; // surrogate.ts:9
        t1_16_b += t2_16_b * t2_16; // surrogate.ts:9
        x_16_b -= t1_16_b; // surrogate.ts:9
    }
    else {
        x_16_b += ret_16_b * t6_15; // surrogate.ts:11
        t6_15_b += ret_16_b * x_16; // surrogate.ts:11
        ret_16_b = 0; // surrogate.ts:11
        e_15_b += t6_15_b * (1 / t5_15); // surrogate.ts:11
        t5_15_b -= t6_15_b * (e_15 / (t5_15 * t5_15)); // surrogate.ts:11
        e_15_b += t5_15_b; // surrogate.ts:11
        x_16_b += e_15_b * e_15; // surrogate.ts:10
    }
    ret_16_b = 0;
    t102_b += x_16_b; // surrogate.ts:48
    h1_7_b += x_16_b * 0.6312219096608137; // surrogate.ts:48
    t100_b += t102_b; // surrogate.ts:48
    t101_b -= t102_b; // surrogate.ts:48
    h1_6_b += t101_b * 0.11489851167408606; // surrogate.ts:48
    t99_b += t100_b; // surrogate.ts:48
    h1_5_b += t100_b * 0.10037950872568355; // surrogate.ts:48
    t98_b += t99_b; // surrogate.ts:48
    h1_4_b += t99_b * 0.10866549664951795; // surrogate.ts:48
    t96_b += t98_b; // surrogate.ts:48
    t97_b -= t98_b; // surrogate.ts:48
    h1_3_b += t97_b * 0.3114754398100837; // surrogate.ts:48
    t95_b += t96_b; // surrogate.ts:48
    h1_2_b += t96_b * 0.02774479505580065; // surrogate.ts:48
    t94_b += t95_b; // surrogate.ts:48
    h1_1_b += t95_b * 0.3022365252029206; // surrogate.ts:48
    h1_0_b += t94_b * 0.21883791724902113; // surrogate.ts:48
    ret_15_b += h2_6_b; // surrogate.ts:47
    if (tape.popBranch()) {
        x_15_b += ret_15_b * t4_15; // surrogate.ts:9
        t4_15_b += ret_15_b * x_15; // surrogate.ts:9
        ret_15_b = 0; // surrogate.ts:9
        t3_15_b -= t4_15_b * (1 / (t3_15 * t3_15)); // surrogate.ts:9
        t2_15_b += t3_15_b; // surrogate.ts:9
        t1_15_b += t2_15_b * t2_15; // surrogate.ts:9
        x_15_b -= t1_15_b; // surrogate.ts:9
    }
    else {
        x_15_b += ret_15_b * t6_14; // surrogate.ts:11
        t6_14_b += ret_15_b * x_15; // surrogate.ts:11
        ret_15_b = 0; // surrogate.ts:11
        e_14_b += t6_14_b * (1 / t5_14); // surrogate.ts:11
        t5_14_b -= t6_14_b * (e_14 / (t5_14 * t5_14)); // surrogate.ts:11
        e_14_b += t5_14_b; // surrogate.ts:11
        x_15_b += e_14_b * e_14; // surrogate.ts:10
    }
    ret_15_b = 0;
    t93_b += x_15_b; // surrogate.ts:47
    h1_7_b += x_15_b * 0.4289515686872059; // surrogate.ts:47
    t91_b += t93_b; // surrogate.ts:47
    t92_b -= t93_b; // surrogate.ts:47
    h1_6_b += t92_b * 0.14413353825410247; // surrogate.ts:47
    t90_b += t91_b; // surrogate.ts:47
    h1_5_b += t91_b * 0.09969261369864812; // surrogate.ts:47
    t89_b += t90_b; // surrogate.ts:47
    h1_4_b += t90_b * 0.08152229300131149; // surrogate.ts:47
    t87_b += t89_b; // surrogate.ts:47
    t88_b -= t89_b; // surrogate.ts:47
    h1_3_b += t88_b * 0.4701435876576152; // surrogate.ts:47
    t86_b += t87_b; // surrogate.ts:47
    h1_2_b += t87_b * 0.11028522464064544; // surrogate.ts:47
    t85_b += t86_b; // surrogate.ts:47
    h1_1_b += t86_b * 0.1402080294902757; // surrogate.ts:47
    h1_0_b += t85_b * 0.10656165455672714; // surrogate.ts:47
    ret_14_b += h2_5_b; // surrogate.ts:46
    if (tape.popBranch()) {
        x_14_b += ret_14_b * t4_14; // surrogate.ts:9
        t4_14_b += ret_14_b * x_14; // surrogate.ts:9
        ret_14_b = 0; // surrogate.ts:9
        t3_14_b -= t4_14_b * (1 / (t3_14 * t3_14)); // surrogate.ts:9
        t2_14_b += t3_14_b; // surrogate.ts:9
        t1_14_b += t2_14_b * t2_14; // surrogate.ts:9
        x_14_b -= t1_14_b; // surrogate.ts:9
    }
    else {
        x_14_b += ret_14_b * t6_13; // surrogate.ts:11
        t6_13_b += ret_14_b * x_14; // surrogate.ts:11
        ret_14_b = 0; // surrogate.ts:11
        e_13_b += t6_13_b * (1 / t5_13); // surrogate.ts:11
        t5_13_b -= t6_13_b * (e_13 / (t5_13 * t5_13)); // surrogate.ts:11
        e_13_b += t5_13_b; // surrogate.ts:11
        x_14_b += e_13_b * e_13; // surrogate.ts:10
    }
    ret_14_b = 0;
    t84_b += x_14_b; // surrogate.ts:46
    h1_7_b += x_14_b * 0.04976160524362224; // surrogate.ts:46
    t82_b += t84_b; // surrogate.ts:46
    t83_b -= t84_b; // surrogate.ts:46
    h1_6_b += t83_b * 0.24033970886293288; // surrogate.ts:46
    t81_b += t82_b; // surrogate.ts:46
    h1_5_b += t82_b * 0.3996406583089443; // surrogate.ts:46
    t80_b += t81_b; // surrogate.ts:46
    h1_4_b += t81_b * 0.4383180005140749; // surrogate.ts:46
    t78_b += t80_b; // surrogate.ts:46
    t79_b -= t80_b; // surrogate.ts:46
    h1_3_b += t79_b * 0.20248623321934806; // surrogate.ts:46
    t76_b += t78_b; // surrogate.ts:46
    t77_b -= t78_b; // surrogate.ts:46
    h1_2_b += t77_b * 0.5944162258159317; // surrogate.ts:46
    t75_b += t76_b; // surrogate.ts:46
    h1_1_b += t76_b * 0.5670325725146504; // surrogate.ts:46
    t74_b -= t75_b; // surrogate.ts:46
    h1_0_b += t74_b * 0.5118850895187416; // surrogate.ts:46
    ret_13_b += h2_4_b; // surrogate.ts:45
    if (tape.popBranch()) {
        x_13_b += ret_13_b * t4_13; // surrogate.ts:9
        t4_13_b += ret_13_b * x_13; // surrogate.ts:9
        ret_13_b = 0; // surrogate.ts:9
        t3_13_b -= t4_13_b * (1 / (t3_13 * t3_13)); // surrogate.ts:9
        t2_13_b += t3_13_b; // surrogate.ts:9
        t1_13_b += t2_13_b * t2_13; // surrogate.ts:9
        x_13_b -= t1_13_b; // surrogate.ts:9
    }
    else {
        x_13_b += ret_13_b * t6_12; // surrogate.ts:11
        t6_12_b += ret_13_b * x_13; // surrogate.ts:11
        ret_13_b = 0; // surrogate.ts:11
        e_12_b += t6_12_b * (1 / t5_12); // surrogate.ts:11
        t5_12_b -= t6_12_b * (e_12 / (t5_12 * t5_12)); // surrogate.ts:11
        e_12_b += t5_12_b; // surrogate.ts:11
        x_13_b += e_12_b * e_12; // surrogate.ts:10
    }
    ret_13_b = 0;
    t72_b += x_13_b; // surrogate.ts:45
    t73_b -= x_13_b; // surrogate.ts:45
    h1_7_b += t73_b * 0.4527178555713764; // surrogate.ts:45
    t71_b += t72_b; // surrogate.ts:45
    h1_6_b += t72_b * 0.5799802447372983; // surrogate.ts:45
    t69_b += t71_b; // surrogate.ts:45
    t70_b -= t71_b; // surrogate.ts:45
    h1_5_b += t70_b * 0.44134966649575297; // surrogate.ts:45
    t67_b += t69_b; // surrogate.ts:45
    t68_b -= t69_b; // surrogate.ts:45
    h1_4_b += t68_b * 0.10658439928757653; // surrogate.ts:45
    t65_b += t67_b; // surrogate.ts:45
    t66_b -= t67_b; // surrogate.ts:45
    h1_3_b += t66_b * 0.1627619525482785; // surrogate.ts:45
    t64_b += t65_b; // surrogate.ts:45
    h1_2_b += t65_b * 0.18670582395465773; // surrogate.ts:45
    t62_b += t64_b; // surrogate.ts:45
    t63_b -= t64_b; // surrogate.ts:45
    h1_1_b += t63_b * 0.18637165274338954; // surrogate.ts:45
    h1_0_b += t62_b * 0.1995199816815469; // surrogate.ts:45
    ret_12_b += h2_3_b; // surrogate.ts:44
    if (tape.popBranch()) {
        x_12_b += ret_12_b * t4_12; // surrogate.ts:9
        t4_12_b += ret_12_b * x_12; // surrogate.ts:9
        ret_12_b = 0; // surrogate.ts:9
        t3_12_b -= t4_12_b * (1 / (t3_12 * t3_12)); // surrogate.ts:9
        t2_12_b += t3_12_b; // surrogate.ts:9
        t1_12_b += t2_12_b * t2_12; // surrogate.ts:9
        x_12_b -= t1_12_b; // surrogate.ts:9
    }
    else {
        x_12_b += ret_12_b * t6_11; // surrogate.ts:11
        t6_11_b += ret_12_b * x_12; // surrogate.ts:11
        ret_12_b = 0; // surrogate.ts:11
        e_11_b += t6_11_b * (1 / t5_11); // surrogate.ts:11
        t5_11_b -= t6_11_b * (e_11 / (t5_11 * t5_11)); // surrogate.ts:11
        e_11_b += t5_11_b; // surrogate.ts:11
        x_12_b += e_11_b * e_11; // surrogate.ts:10
    }
    ret_12_b = 0;
    t60_b += x_12_b; // surrogate.ts:44
    t61_b -= x_12_b; // surrogate.ts:44
    h1_7_b += t61_b * 0.006119679187044733; // surrogate.ts:44
    t59_b += t60_b; // surrogate.ts:44
    h1_6_b += t60_b * 0.30719315650184215; // surrogate.ts:44
    t58_b += t59_b; // surrogate.ts:44
    h1_5_b += t59_b * 0.06230151373359957; // surrogate.ts:44
    t57_b += t58_b; // surrogate.ts:44
    h1_4_b += t58_b * 0.21663855452250375; // surrogate.ts:44
    t55_b += t57_b; // surrogate.ts:44
    t56_b -= t57_b; // surrogate.ts:44
    h1_3_b += t56_b * 0.5998692980999986; // surrogate.ts:44
    t54_b += t55_b; // surrogate.ts:44
    h1_2_b += t55_b * 0.29328695760077506; // surrogate.ts:44
    t52_b += t54_b; // surrogate.ts:44
    t53_b -= t54_b; // surrogate.ts:44
    h1_1_b += t53_b * 0.1103817137779842; // surrogate.ts:44
    h1_0_b += t52_b * 0.8732472750718895; // surrogate.ts:44
    ret_11_b += h2_2_b; // surrogate.ts:43
    if (tape.popBranch()) {
        x_11_b += ret_11_b * t4_11; // surrogate.ts:9
        t4_11_b += ret_11_b * x_11; // surrogate.ts:9
        ret_11_b = 0; // surrogate.ts:9
        t3_11_b -= t4_11_b * (1 / (t3_11 * t3_11)); // surrogate.ts:9
        t2_11_b += t3_11_b; // surrogate.ts:9
        t1_11_b += t2_11_b * t2_11; // surrogate.ts:9
        x_11_b -= t1_11_b; // surrogate.ts:9
    }
    else {
        x_11_b += ret_11_b * t6_10; // surrogate.ts:11
        t6_10_b += ret_11_b * x_11; // surrogate.ts:11
        ret_11_b = 0; // surrogate.ts:11
        e_10_b += t6_10_b * (1 / t5_10); // surrogate.ts:11
        t5_10_b -= t6_10_b * (e_10 / (t5_10 * t5_10)); // surrogate.ts:11
        e_10_b += t5_10_b; // surrogate.ts:11
        x_11_b += e_10_b * e_10; // surrogate.ts:10
    }
    ret_11_b = 0;
    t51_b += x_11_b; // surrogate.ts:43
    h1_7_b += x_11_b * 0.5705559464452867; // surrogate.ts:43
    t49_b += t51_b; // surrogate.ts:43
    t50_b -= t51_b; // surrogate.ts:43
    h1_6_b += t50_b * 0.04723134685438631; // surrogate.ts:43
    t48_b += t49_b; // surrogate.ts:43
    h1_5_b += t49_b * 0.22448636617763995; // surrogate.ts:43
    t47_b += t48_b; // surrogate.ts:43
    h1_4_b += t48_b * 0.08064662187277905; // surrogate.ts:43
    t45_b += t47_b; // surrogate.ts:43
    t46_b -= t47_b; // surrogate.ts:43
    h1_3_b += t46_b * 0.45885287585245116; // surrogate.ts:43
    t43_b += t45_b; // surrogate.ts:43
    t44_b -= t45_b; // surrogate.ts:43
    h1_2_b += t44_b * 0.05951283173075206; // surrogate.ts:43
    t42_b += t43_b; // surrogate.ts:43
    h1_1_b += t43_b * 0.19724434875300406; // surrogate.ts:43
    h1_0_b += t42_b * 0.1256559603312547; // surrogate.ts:43
    ret_10_b += h2_1_b; // surrogate.ts:42
    if (tape.popBranch()) {
        x_10_b += ret_10_b * t4_10; // surrogate.ts:9
        t4_10_b += ret_10_b * x_10; // surrogate.ts:9
        ret_10_b = 0; // surrogate.ts:9
        t3_10_b -= t4_10_b * (1 / (t3_10 * t3_10)); // surrogate.ts:9
        t2_10_b += t3_10_b; // surrogate.ts:9
        t1_10_b += t2_10_b * t2_10; // surrogate.ts:9
        x_10_b -= t1_10_b; // surrogate.ts:9
    }
    else {
        x_10_b += ret_10_b * t6_9; // surrogate.ts:11
        t6_9_b += ret_10_b * x_10; // surrogate.ts:11
        ret_10_b = 0; // surrogate.ts:11
        e_9_b += t6_9_b * (1 / t5_9); // surrogate.ts:11
        t5_9_b -= t6_9_b * (e_9 / (t5_9 * t5_9)); // surrogate.ts:11
        e_9_b += t5_9_b; // surrogate.ts:11
        x_10_b += e_9_b * e_9; // surrogate.ts:10
    }
    ret_10_b = 0;
    t41_b += x_10_b; // surrogate.ts:42
    h1_7_b += x_10_b * 0.5808484731216593; // surrogate.ts:42
    t39_b += t41_b; // surrogate.ts:42
    t40_b -= t41_b; // surrogate.ts:42
    h1_6_b += t40_b * 0.1632360706879201; // surrogate.ts:42
    t38_b += t39_b; // surrogate.ts:42
    h1_5_b += t39_b * 0.10883647381350384; // surrogate.ts:42
    t36_b += t38_b; // surrogate.ts:42
    t37_b -= t38_b; // surrogate.ts:42
    h1_4_b += t37_b * 0.24577656287115698; // surrogate.ts:42
    t34_b += t36_b; // surrogate.ts:42
    t35_b -= t36_b; // surrogate.ts:42
    h1_3_b += t35_b * 0.2763813833167075; // surrogate.ts:42
    t33_b += t34_b; // surrogate.ts:42
    h1_2_b += t34_b * 0.16904239389007536; // surrogate.ts:42
    t31_b += t33_b; // surrogate.ts:42
    t32_b -= t33_b; // surrogate.ts:42
    h1_1_b += t32_b * 0.01451956970485955; // surrogate.ts:42
    h1_0_b += t31_b * 0.42935792152060176; // surrogate.ts:42
    ret_9_b += h2_0_b; // surrogate.ts:41
    if (tape.popBranch()) {
        x_9_b += ret_9_b * t4_9; // surrogate.ts:9
        t4_9_b += ret_9_b * x_9; // surrogate.ts:9
        ret_9_b = 0; // surrogate.ts:9
        t3_9_b -= t4_9_b * (1 / (t3_9 * t3_9)); // surrogate.ts:9
        t2_9_b += t3_9_b; // surrogate.ts:9
        t1_9_b += t2_9_b * t2_9; // surrogate.ts:9
        x_9_b -= t1_9_b; // surrogate.ts:9
    }
    else {
        x_9_b += ret_9_b * t6_8; // surrogate.ts:11
        t6_8_b += ret_9_b * x_9; // surrogate.ts:11
        ret_9_b = 0; // surrogate.ts:11
        e_8_b += t6_8_b * (1 / t5_8); // surrogate.ts:11
        t5_8_b -= t6_8_b * (e_8 / (t5_8 * t5_8)); // surrogate.ts:11
        e_8_b += t5_8_b; // surrogate.ts:11
        x_9_b += e_8_b * e_8; // surrogate.ts:10
    }
    ret_9_b = 0;
    t30_b += x_9_b; // surrogate.ts:41
    h1_7_b += x_9_b * 0.4797473461487186; // surrogate.ts:41
    t28_b += t30_b; // surrogate.ts:41
    t29_b -= t30_b; // surrogate.ts:41
    h1_6_b += t29_b * 0.31866996021738253; // surrogate.ts:41
    t27_b += t28_b; // surrogate.ts:41
    h1_5_b += t28_b * 0.196132489183866; // surrogate.ts:41
    t25_b += t27_b; // surrogate.ts:41
    t26_b -= t27_b; // surrogate.ts:41
    h1_4_b += t26_b * 0.13565315230214164; // surrogate.ts:41
    t23_b += t25_b; // surrogate.ts:41
    t24_b -= t25_b; // surrogate.ts:41
    h1_3_b += t24_b * 0.3971779726944101; // surrogate.ts:41
    t22_b += t23_b; // surrogate.ts:41
    h1_2_b += t23_b * 0.18675963247547459; // surrogate.ts:41
    t20_b += t22_b; // surrogate.ts:41
    t21_b -= t22_b; // surrogate.ts:41
    h1_1_b += t21_b * 0.02268002181611926; // surrogate.ts:41
    h1_0_b += t20_b * 0.21290638061687203; // surrogate.ts:41
    ret_8_b += h1_7_b; // surrogate.ts:38
    if (tape.popBranch()) {
        x_8_b += ret_8_b * t4_8; // surrogate.ts:9
        t4_8_b += ret_8_b * x_8; // surrogate.ts:9
        ret_8_b = 0; // surrogate.ts:9
        t3_8_b -= t4_8_b * (1 / (t3_8 * t3_8)); // surrogate.ts:9
        t2_8_b += t3_8_b; // surrogate.ts:9
        t1_8_b += t2_8_b * t2_8; // surrogate.ts:9
        x_8_b -= t1_8_b; // surrogate.ts:9
    }
    else {
        x_8_b += ret_8_b * t6_7; // surrogate.ts:11
        t6_7_b += ret_8_b * x_8; // surrogate.ts:11
        ret_8_b = 0; // surrogate.ts:11
        e_7_b += t6_7_b * (1 / t5_7); // surrogate.ts:11
        t5_7_b -= t6_7_b * (e_7 / (t5_7 * t5_7)); // surrogate.ts:11
        e_7_b += t5_7_b; // surrogate.ts:11
        x_8_b += e_7_b * e_7; // surrogate.ts:10
    }
    ret_8_b = 0;
    t18_b += x_8_b; // surrogate.ts:38
    t19_b -= x_8_b; // surrogate.ts:38
    u1_b += t19_b * 0.13564801440832513; // surrogate.ts:38
    u0_b += t18_b * 0.5209583222666226; // surrogate.ts:38
    ret_7_b += h1_6_b; // surrogate.ts:37
    if (tape.popBranch()) {
        x_7_b += ret_7_b * t4_7; // surrogate.ts:9
        t4_7_b += ret_7_b * x_7; // surrogate.ts:9
        ret_7_b = 0; // surrogate.ts:9
        t3_7_b -= t4_7_b * (1 / (t3_7 * t3_7)); // surrogate.ts:9
        t2_7_b += t3_7_b; // surrogate.ts:9
        t1_7_b += t2_7_b * t2_7; // surrogate.ts:9
        x_7_b -= t1_7_b; // surrogate.ts:9
    }
    else {
        x_7_b += ret_7_b * t6_6; // surrogate.ts:11
        t6_6_b += ret_7_b * x_7; // surrogate.ts:11
        ret_7_b = 0; // surrogate.ts:11
        e_6_b += t6_6_b * (1 / t5_6); // surrogate.ts:11
        t5_6_b -= t6_6_b * (e_6 / (t5_6 * t5_6)); // surrogate.ts:11
        e_6_b += t5_6_b; // surrogate.ts:11
        x_7_b += e_6_b * e_6; // surrogate.ts:10
    }
    ret_7_b = 0;
    t16_b += x_7_b; // surrogate.ts:37
    t17_b -= x_7_b; // surrogate.ts:37
    u1_b += t17_b * 0.4602475017863799; // surrogate.ts:37
    t15_b -= t16_b; // surrogate.ts:37
    u0_b += t15_b * 0.8723417023044147; // surrogate.ts:37
    ret_6_b += h1_5_b; // surrogate.ts:36
    if (tape.popBranch()) {
        x_6_b += ret_6_b * t4_6; // surrogate.ts:9
        t4_6_b += ret_6_b * x_6; // surrogate.ts:9
        ret_6_b = 0; // surrogate.ts:9
        t3_6_b -= t4_6_b * (1 / (t3_6 * t3_6)); // surrogate.ts:9
        t2_6_b += t3_6_b; // surrogate.ts:9
        t1_6_b += t2_6_b * t2_6; // surrogate.ts:9
        x_6_b -= t1_6_b; // surrogate.ts:9
    }
    else {
        x_6_b += ret_6_b * t6_5; // surrogate.ts:11
        t6_5_b += ret_6_b * x_6; // surrogate.ts:11
        ret_6_b = 0; // surrogate.ts:11
        e_5_b += t6_5_b * (1 / t5_5); // surrogate.ts:11
        t5_5_b -= t6_5_b * (e_5 / (t5_5 * t5_5)); // surrogate.ts:11
        e_5_b += t5_5_b; // surrogate.ts:11
        x_6_b += e_5_b * e_5; // surrogate.ts:10
    }
    ret_6_b = 0;
    t14_b += x_6_b; // surrogate.ts:36
    u1_b += x_6_b * 0.6729656326166581; // surrogate.ts:36
    u0_b += t14_b * 0.46919620212832536; // surrogate.ts:36
    ret_5_b += h1_4_b; // surrogate.ts:35
    if (tape.popBranch()) {
        x_5_b += ret_5_b * t4_5; // surrogate.ts:9
        t4_5_b += ret_5_b * x_5; // surrogate.ts:9
        ret_5_b = 0; // surrogate.ts:9
        t3_5_b -= t4_5_b * (1 / (t3_5 * t3_5)); // surrogate.ts:9
        t2_5_b += t3_5_b; // surrogate.ts:9
        t1_5_b += t2_5_b * t2_5; // surrogate.ts:9
        x_5_b -= t1_5_b; // surrogate.ts:9
    }
    else {
        x_5_b += ret_5_b * t6_4; // surrogate.ts:11
        t6_4_b += ret_5_b * x_5; // surrogate.ts:11
        ret_5_b = 0; // surrogate.ts:11
        e_4_b += t6_4_b * (1 / t5_4); // surrogate.ts:11
        t5_4_b -= t6_4_b * (e_4 / (t5_4 * t5_4)); // surrogate.ts:11
        e_4_b += t5_4_b; // surrogate.ts:11
        x_5_b += e_4_b * e_4; // surrogate.ts:10
    }
    ret_5_b = 0;
    t13_b += x_5_b; // surrogate.ts:35
    u1_b += x_5_b * 0.20181942527258306; // surrogate.ts:35
    u0_b += t13_b * 0.44519845580946665; // surrogate.ts:35
    ret_4_b += h1_3_b; // surrogate.ts:34
    if (tape.popBranch()) {
        x_4_b += ret_4_b * t4_4; // surrogate.ts:9
        t4_4_b += ret_4_b * x_4; // surrogate.ts:9
        ret_4_b = 0; // surrogate.ts:9
        t3_4_b -= t4_4_b * (1 / (t3_4 * t3_4)); // surrogate.ts:9
        t2_4_b += t3_4_b; // surrogate.ts:9
        t1_4_b += t2_4_b * t2_4; // surrogate.ts:9
        x_4_b -= t1_4_b; // surrogate.ts:9
    }
    else {
        x_4_b += ret_4_b * t6_3; // surrogate.ts:11
        t6_3_b += ret_4_b * x_4; // surrogate.ts:11
        ret_4_b = 0; // surrogate.ts:11
        e_3_b += t6_3_b * (1 / t5_3); // surrogate.ts:11
        t5_3_b -= t6_3_b * (e_3 / (t5_3 * t5_3)); // surrogate.ts:11
        e_3_b += t5_3_b; // surrogate.ts:11
        x_4_b += e_3_b * e_3; // surrogate.ts:10
    }
    ret_4_b = 0;
    t12_b += x_4_b; // surrogate.ts:34
    u1_b += x_4_b * 0.047326491463088705; // surrogate.ts:34
    t11_b -= t12_b; // surrogate.ts:34
    u0_b += t11_b * 0.6082409457451009; // surrogate.ts:34
    ret_3_b += h1_2_b; // surrogate.ts:33
    if (tape.popBranch()) {
        x_3_b += ret_3_b * t4_3; // surrogate.ts:9
        t4_3_b += ret_3_b * x_3; // surrogate.ts:9
        ret_3_b = 0; // surrogate.ts:9
        t3_3_b -= t4_3_b * (1 / (t3_3 * t3_3)); // surrogate.ts:9
        t2_3_b += t3_3_b; // surrogate.ts:9
        t1_3_b += t2_3_b * t2_3; // surrogate.ts:9
        x_3_b -= t1_3_b; // surrogate.ts:9
    }
    else {
        x_3_b += ret_3_b * t6_2; // surrogate.ts:11
        t6_2_b += ret_3_b * x_3; // surrogate.ts:11
        ret_3_b = 0; // surrogate.ts:11
        e_2_b += t6_2_b * (1 / t5_2); // surrogate.ts:11
        t5_2_b -= t6_2_b * (e_2 / (t5_2 * t5_2)); // surrogate.ts:11
        e_2_b += t5_2_b; // surrogate.ts:11
        x_3_b += e_2_b * e_2; // surrogate.ts:10
    }
    ret_3_b = 0;
    t9_b += x_3_b; // surrogate.ts:33
    t10_b -= x_3_b; // surrogate.ts:33
    u1_b += t10_b * 0.497200485465725; // surrogate.ts:33
    t8_b -= t9_b; // surrogate.ts:33
    u0_b += t8_b * 0.08427485164379533; // surrogate.ts:33
    ret_2_b += h1_1_b; // surrogate.ts:32
    if (tape.popBranch()) {
        x_2_b += ret_2_b * t4_2; // surrogate.ts:9
        t4_2_b += ret_2_b * x_2; // surrogate.ts:9
        ret_2_b = 0; // surrogate.ts:9
        t3_2_b -= t4_2_b * (1 / (t3_2 * t3_2)); // surrogate.ts:9
        t2_2_b += t3_2_b; // surrogate.ts:9
        t1_2_b += t2_2_b * t2_2; // surrogate.ts:9
        x_2_b -= t1_2_b; // surrogate.ts:9
    }
    else {
        x_2_b += ret_2_b * t6_1; // surrogate.ts:11
        t6_1_b += ret_2_b * x_2; // surrogate.ts:11
        ret_2_b = 0; // surrogate.ts:11
        e_1_b += t6_1_b * (1 / t5_1); // surrogate.ts:11
        t5_1_b -= t6_1_b * (e_1 / (t5_1 * t5_1)); // surrogate.ts:11
        e_1_b += t5_1_b; // surrogate.ts:11
        x_2_b += e_1_b * e_1; // surrogate.ts:10
    }
    ret_2_b = 0;
    t7_b += x_2_b; // surrogate.ts:32
    u1_b += x_2_b * 0.37997221318122565; // surrogate.ts:32
    u0_b += t7_b * 0.5730535353945405; // surrogate.ts:32
    ret_1_b += h1_0_b; // surrogate.ts:31
    if (tape.popBranch()) {
        x_1_b += ret_1_b * t4_1; // surrogate.ts:9
        t4_1_b += ret_1_b * x_1; // surrogate.ts:9
        ret_1_b = 0; // surrogate.ts:9
        t3_1_b -= t4_1_b * (1 / (t3_1 * t3_1)); // surrogate.ts:9
        t2_1_b += t3_1_b; // surrogate.ts:9
        t1_1_b += t2_1_b * t2_1; // surrogate.ts:9
        x_1_b -= t1_1_b; // surrogate.ts:9
    }
    else {
        x_1_b += ret_1_b * t6; // surrogate.ts:11
        t6_b += ret_1_b * x_1; // surrogate.ts:11
        ret_1_b = 0; // surrogate.ts:11
        e_b += t6_b * (1 / t5); // surrogate.ts:11
        t5_b -= t6_b * (e / (t5 * t5)); // surrogate.ts:11
        e_b += t5_b; // surrogate.ts:11
        x_1_b += e_b * e; // surrogate.ts:10
    }
    ret_1_b = 0;
    t3_b += x_1_b; // surrogate.ts:31
    t4_b -= x_1_b; // surrogate.ts:31
    u1_b += t4_b * 0.6767751349391941; // surrogate.ts:31
    u0_b += t3_b * 0.19763708184646503; // surrogate.ts:31
    t2_b += u1_b * (1 / 0.08672094360756195); // surrogate.ts:28
    x_b[1]! += t2_b; // surrogate.ts:28
    t1_b += u0_b * (1 / 11.557822268336034); // surrogate.ts:27
    x_b[0]! += t1_b; // surrogate.ts:27
    return ret;
}
