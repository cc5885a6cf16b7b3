// Generated from bench/gradbench/evals/particle.ts by the sobolev compiler (tangent). Do not edit.
/**
 * Tangent of naiveEulerR (bench/gradbench/evals/particle.ts:19).
 * @differentiable
 * @wrt w w_d out
 * @domain w -0.2 0.2
 * @length out 2
 */
export function naiveEulerR_tangent(w: number, w_d: number, out: Float64Array): void {
    let x0 = 0; // particle.ts:20
    let x0_d = 0; // particle.ts:20
    let x1 = 8; // particle.ts:20
    let x1_d = 0; // particle.ts:20
    let v0 = 0.75; // particle.ts:20
    let v0_d = 0; // particle.ts:20
    let v1 = 0; // particle.ts:20
    let v1_d = 0; // particle.ts:20
    const dt = 0.1; // particle.ts:21
    let g = new Float64Array(2); // particle.ts:22
    let g_d = new Float64Array(2); // particle.ts:22
    let go = true; // particle.ts:23
    while (go) {
        g_d[0] = 0; // particle.ts:25
        g[0] = 0; // particle.ts:25
        g_d[1] = 0; // particle.ts:26
        g[1] = 0; // particle.ts:26
        // inlined potential_adjoint (bench/gradbench/generated/particle-potential.adjoint.ts:11)
        let x0_1 = x0; // particle.ts:27
        let x0_1_d = x0_d; // particle.ts:27
        let x1_1 = x1; // particle.ts:27
        let x1_1_d = x1_d; // particle.ts:27
        let w_1 = w; // particle.ts:27
        let w_1_d = w_d; // particle.ts:27
        let out_b = 1; // particle.ts:27
        const t1 = x0_1 - 10; // particle-potential.adjoint.ts:12
        const t1_d = x0_1_d; // particle-potential.adjoint.ts:12
        const t2 = x0_1 - 10; // particle-potential.adjoint.ts:13
        const t2_d = x0_1_d; // particle-potential.adjoint.ts:13
        const t3 = t1 * t2; // particle-potential.adjoint.ts:14
        const t3_d = t2 * t1_d + t1 * t2_d; // particle-potential.adjoint.ts:14
        const t4 = 10 - w_1; // particle-potential.adjoint.ts:15
        const t4_d = -w_1_d; // particle-potential.adjoint.ts:15
        const t5 = x1_1 - t4; // particle-potential.adjoint.ts:16
        const t5_d = x1_1_d - t4_d; // particle-potential.adjoint.ts:16
        const t6 = 10 - w_1; // particle-potential.adjoint.ts:17
        const t6_d = -w_1_d; // particle-potential.adjoint.ts:17
        const t7 = x1_1 - t6; // particle-potential.adjoint.ts:18
        const t7_d = x1_1_d - t6_d; // particle-potential.adjoint.ts:18
        const t8 = t3 + t5 * t7; // particle-potential.adjoint.ts:19
        const t8_d = t3_d + t7 * t5_d + t5 * t7_d; // particle-potential.adjoint.ts:19
        const t9 = Math.sqrt(t8); // particle-potential.adjoint.ts:20
        const t9_d = t8_d === 0 ? 0 : 0.5 / t9 * t8_d; // particle-potential.adjoint.ts:20
        const t11 = x0_1 - 10; // particle-potential.adjoint.ts:22
        const t11_d = x0_1_d; // particle-potential.adjoint.ts:22
        const t12 = x0_1 - 10; // particle-potential.adjoint.ts:23
        const t12_d = x0_1_d; // particle-potential.adjoint.ts:23
        const t13 = t11 * t12; // particle-potential.adjoint.ts:24
        const t13_d = t12 * t11_d + t11 * t12_d; // particle-potential.adjoint.ts:24
        const t14 = t13 + x1_1 * x1_1; // particle-potential.adjoint.ts:25
        const t14_d = t13_d + x1_1 * x1_1_d + x1_1 * x1_1_d; // particle-potential.adjoint.ts:25
        const t15 = Math.sqrt(t14); // particle-potential.adjoint.ts:26
        const t15_d = t14_d === 0 ? 0 : 0.5 / t15 * t14_d; // particle-potential.adjoint.ts:26
        let x0_b = 0; // particle-potential.adjoint.ts:30
        let x0_b_d = 0; // particle-potential.adjoint.ts:30
        let x1_b = 0; // particle-potential.adjoint.ts:31
        let x1_b_d = 0; // particle-potential.adjoint.ts:31
        let t1_b = 0; // particle-potential.adjoint.ts:32
        let t1_b_d = 0; // particle-potential.adjoint.ts:32
        let t2_b = 0; // particle-potential.adjoint.ts:33
        let t2_b_d = 0; // particle-potential.adjoint.ts:33
        let t3_b = 0; // particle-potential.adjoint.ts:34
        let t3_b_d = 0; // particle-potential.adjoint.ts:34
        let t5_b = 0; // particle-potential.adjoint.ts:35
        let t5_b_d = 0; // particle-potential.adjoint.ts:35
        let t7_b = 0; // particle-potential.adjoint.ts:36
        let t7_b_d = 0; // particle-potential.adjoint.ts:36
        let t8_b = 0; // particle-potential.adjoint.ts:37
        let t8_b_d = 0; // particle-potential.adjoint.ts:37
        let t9_b = 0; // particle-potential.adjoint.ts:38
        let t9_b_d = 0; // particle-potential.adjoint.ts:38
        let t10_b = 0; // particle-potential.adjoint.ts:39
        let t11_b = 0; // particle-potential.adjoint.ts:40
        let t11_b_d = 0; // particle-potential.adjoint.ts:40
        let t12_b = 0; // particle-potential.adjoint.ts:41
        let t12_b_d = 0; // particle-potential.adjoint.ts:41
        let t13_b = 0; // particle-potential.adjoint.ts:42
        let t13_b_d = 0; // particle-potential.adjoint.ts:42
        let t14_b = 0; // particle-potential.adjoint.ts:43
        let t14_b_d = 0; // particle-potential.adjoint.ts:43
        let t15_b = 0; // particle-potential.adjoint.ts:44
        let t15_b_d = 0; // particle-potential.adjoint.ts:44
        let t16_b = 0; // particle-potential.adjoint.ts:45
        let ret_b = out_b; // particle-potential.adjoint.ts:46
        t10_b += ret_b; // particle-potential.adjoint.ts:47
        t16_b += ret_b; // particle-potential.adjoint.ts:48
        const t17 = t15 * t15; // particle-potential.adjoint.ts:49
        const t17_d = t15 * t15_d + t15 * t15_d; // particle-potential.adjoint.ts:49
        const t18 = 1 / t17; // particle-potential.adjoint.ts:49
        const t18_d = -(1 / (t17 * t17) * t17_d); // particle-potential.adjoint.ts:49
        const t19 = t16_b * t18; // particle-potential.adjoint.ts:49
        const t19_d = t16_b * t18_d; // particle-potential.adjoint.ts:49
        t15_b_d -= t19_d; // particle-potential.adjoint.ts:49
        t15_b -= t19; // particle-potential.adjoint.ts:49
        let t20 = 0; // particle-potential.adjoint.ts:50
        let t20_d = 0; // particle-potential.adjoint.ts:50
        if (t15_b === 0) {
            t20 = 0; // particle-potential.adjoint.ts:50
            t20_d = 0; // particle-potential.adjoint.ts:50
        }
        else {
            const t21 = 0.5 / t15; // particle-potential.adjoint.ts:50
            const t21_d = -(0.5 / (t15 * t15) * t15_d); // particle-potential.adjoint.ts:50
            t20 = t15_b * t21; // particle-potential.adjoint.ts:50
            t20_d = t21 * t15_b_d + t15_b * t21_d; // particle-potential.adjoint.ts:50
        }
        t14_b_d += t20_d; // particle-potential.adjoint.ts:50
        t14_b += t20; // particle-potential.adjoint.ts:50
        t13_b_d += t14_b_d; // particle-potential.adjoint.ts:51
        t13_b += t14_b; // particle-potential.adjoint.ts:51
        x1_b_d = x1_b_d + x1_1 * t14_b_d + t14_b * x1_1_d; // particle-potential.adjoint.ts:52
        x1_b += t14_b * x1_1; // particle-potential.adjoint.ts:52
        x1_b_d = x1_b_d + x1_1 * t14_b_d + t14_b * x1_1_d; // particle-potential.adjoint.ts:53
        x1_b += t14_b * x1_1; // particle-potential.adjoint.ts:53
        t11_b_d = t11_b_d + t12 * t13_b_d + t13_b * t12_d; // particle-potential.adjoint.ts:54
        t11_b += t13_b * t12; // particle-potential.adjoint.ts:54
        t12_b_d = t12_b_d + t11 * t13_b_d + t13_b * t11_d; // particle-potential.adjoint.ts:55
        t12_b += t13_b * t11; // particle-potential.adjoint.ts:55
        x0_b_d += t12_b_d; // particle-potential.adjoint.ts:56
        x0_b += t12_b; // particle-potential.adjoint.ts:56
        x0_b_d += t11_b_d; // particle-potential.adjoint.ts:57
        x0_b += t11_b; // particle-potential.adjoint.ts:57
        const t22 = t9 * t9; // particle-potential.adjoint.ts:58
        const t22_d = t9 * t9_d + t9 * t9_d; // particle-potential.adjoint.ts:58
        const t23 = 1 / t22; // particle-potential.adjoint.ts:58
        const t23_d = -(1 / (t22 * t22) * t22_d); // particle-potential.adjoint.ts:58
        const t24 = t10_b * t23; // particle-potential.adjoint.ts:58
        const t24_d = t10_b * t23_d; // particle-potential.adjoint.ts:58
        t9_b_d -= t24_d; // particle-potential.adjoint.ts:58
        t9_b -= t24; // particle-potential.adjoint.ts:58
        let t25 = 0; // particle-potential.adjoint.ts:59
        let t25_d = 0; // particle-potential.adjoint.ts:59
        if (t9_b === 0) {
            t25 = 0; // particle-potential.adjoint.ts:59
            t25_d = 0; // particle-potential.adjoint.ts:59
        }
        else {
            const t26 = 0.5 / t9; // particle-potential.adjoint.ts:59
            const t26_d = -(0.5 / (t9 * t9) * t9_d); // particle-potential.adjoint.ts:59
            t25 = t9_b * t26; // particle-potential.adjoint.ts:59
            t25_d = t26 * t9_b_d + t9_b * t26_d; // particle-potential.adjoint.ts:59
        }
        t8_b_d += t25_d; // particle-potential.adjoint.ts:59
        t8_b += t25; // particle-potential.adjoint.ts:59
        t3_b_d += t8_b_d; // particle-potential.adjoint.ts:60
        t3_b += t8_b; // particle-potential.adjoint.ts:60
        t5_b_d = t5_b_d + t7 * t8_b_d + t8_b * t7_d; // particle-potential.adjoint.ts:61
        t5_b += t8_b * t7; // particle-potential.adjoint.ts:61
        t7_b_d = t7_b_d + t5 * t8_b_d + t8_b * t5_d; // particle-potential.adjoint.ts:62
        t7_b += t8_b * t5; // particle-potential.adjoint.ts:62
        x1_b_d += t7_b_d; // particle-potential.adjoint.ts:63
        x1_b += t7_b; // particle-potential.adjoint.ts:63
        x1_b_d += t5_b_d; // particle-potential.adjoint.ts:64
        x1_b += t5_b; // particle-potential.adjoint.ts:64
        t1_b_d = t1_b_d + t2 * t3_b_d + t3_b * t2_d; // particle-potential.adjoint.ts:65
        t1_b += t3_b * t2; // particle-potential.adjoint.ts:65
        t2_b_d = t2_b_d + t1 * t3_b_d + t3_b * t1_d; // particle-potential.adjoint.ts:66
        t2_b += t3_b * t1; // particle-potential.adjoint.ts:66
        x0_b_d += t2_b_d; // particle-potential.adjoint.ts:67
        x0_b += t2_b; // particle-potential.adjoint.ts:67
        x0_b_d += t1_b_d; // particle-potential.adjoint.ts:68
        x0_b += t1_b; // particle-potential.adjoint.ts:68
        g_d[0]! += x0_b_d; // particle-potential.adjoint.ts:69
        g[0]! += x0_b; // particle-potential.adjoint.ts:69
        g_d[1]! += x1_b_d; // particle-potential.adjoint.ts:70
        g[1]! += x1_b; // particle-potential.adjoint.ts:70
        const a0 = -g[0]!; // particle.ts:28
        const a0_d = -g_d[0]!; // particle.ts:28
        const a1 = -g[1]!; // particle.ts:28
        const a1_d = -g_d[1]!; // particle.ts:28
        const n0 = x0 + dt * v0; // particle.ts:29
        const n0_d = x0_d + dt * v0_d; // particle.ts:29
        const n1 = x1 + dt * v1; // particle.ts:29
        const n1_d = x1_d + dt * v1_d; // particle.ts:29
        if (n1 > 0) {
            x0 = n0; // particle.ts:31
            x0_d = n0_d; // particle.ts:31
            x1 = n1; // particle.ts:32
            x1_d = n1_d; // particle.ts:32
            v0_d += dt * a0_d; // particle.ts:33
            v0 += dt * a0; // particle.ts:33
            v1_d += dt * a1_d; // particle.ts:34
            v1 += dt * a1; // particle.ts:34
        }
        else {
            go = false; // particle.ts:35
        }
    }
    const t27 = -x1; // particle.ts:37
    const t27_d = -x1_d; // particle.ts:37
    const tf = t27 / v1; // particle.ts:37
    const tf_d = 1 / v1 * t27_d - t27 / (v1 * v1) * v1_d; // particle.ts:37
    const xf = x0 + tf * v0; // particle.ts:38
    const xf_d = x0_d + v0 * tf_d + tf * v0_d; // particle.ts:38
    const ret = xf * xf; // particle.ts:39
    const ret_d = xf * xf_d + xf * xf_d; // particle.ts:39
    out[0] = ret;
    out[1] = ret_d;
}

/**
 * Tangent of naiveEulerF (bench/gradbench/evals/particle.ts:50).
 * @differentiable
 * @wrt w w_d out
 * @domain w -0.2 0.2
 * @length out 2
 */
export function naiveEulerF_tangent(w: number, w_d: number, out: Float64Array): void {
    let x0 = 0; // particle.ts:51
    let x0_d_2 = 0; // particle.ts:51
    let x1 = 8; // particle.ts:51
    let x1_d_2 = 0; // particle.ts:51
    let v0 = 0.75; // particle.ts:51
    let v0_d = 0; // particle.ts:51
    let v1 = 0; // particle.ts:51
    let v1_d = 0; // particle.ts:51
    const dt = 0.1; // particle.ts:52
    let t = new Float64Array(2); // particle.ts:53
    let t_d = new Float64Array(2); // particle.ts:53
    let go = true; // particle.ts:54
    while (go) {
        // inlined potential_tangent (bench/gradbench/generated/particle-potential.tangent.ts:11)
        let x0_1 = x0; // particle.ts:56
        let x0_1_d = x0_d_2; // particle.ts:56
        let x1_1 = x1; // particle.ts:56
        let x1_1_d = x1_d_2; // particle.ts:56
        let w_1 = w; // particle.ts:56
        let w_1_d = w_d; // particle.ts:56
        let x0_d = 1; // particle.ts:56
        let x1_d = 0; // particle.ts:56
        const t1 = x0_1 - 10; // particle-potential.tangent.ts:12
        const t1_d_2 = x0_1_d; // particle-potential.tangent.ts:12
        const t1_d = x0_d; // particle-potential.tangent.ts:13
        const t2 = x0_1 - 10; // particle-potential.tangent.ts:14
        const t2_d_2 = x0_1_d; // particle-potential.tangent.ts:14
        const t2_d = x0_d; // particle-potential.tangent.ts:15
        const t3 = t1 * t2; // particle-potential.tangent.ts:16
        const t3_d_2 = t2 * t1_d_2 + t1 * t2_d_2; // particle-potential.tangent.ts:16
        const t17 = t2 * t1_d; // particle-potential.tangent.ts:17
        const t17_d = t1_d * t2_d_2; // particle-potential.tangent.ts:17
        const t3_d = t17 + t1 * t2_d; // particle-potential.tangent.ts:17
        const t3_d_d = t17_d + t2_d * t1_d_2; // particle-potential.tangent.ts:17
        const t4 = 10 - w_1; // particle-potential.tangent.ts:18
        const t4_d = -w_1_d; // particle-potential.tangent.ts:18
        const t5 = x1_1 - t4; // particle-potential.tangent.ts:19
        const t5_d_2 = x1_1_d - t4_d; // particle-potential.tangent.ts:19
        const t5_d = x1_d; // particle-potential.tangent.ts:20
        const t6 = 10 - w_1; // particle-potential.tangent.ts:21
        const t6_d = -w_1_d; // particle-potential.tangent.ts:21
        const t7 = x1_1 - t6; // particle-potential.tangent.ts:22
        const t7_d_2 = x1_1_d - t6_d; // particle-potential.tangent.ts:22
        const t7_d = x1_d; // particle-potential.tangent.ts:23
        const t8 = t3 + t5 * t7; // particle-potential.tangent.ts:24
        const t8_d_2 = t3_d_2 + t7 * t5_d_2 + t5 * t7_d_2; // particle-potential.tangent.ts:24
        const t18 = t3_d + t7 * t5_d; // particle-potential.tangent.ts:25
        const t18_d = t3_d_d + t5_d * t7_d_2; // particle-potential.tangent.ts:25
        const t8_d = t18 + t5 * t7_d; // particle-potential.tangent.ts:25
        const t8_d_d = t18_d + t7_d * t5_d_2; // particle-potential.tangent.ts:25
        const t9 = Math.sqrt(t8); // particle-potential.tangent.ts:26
        const t9_d_2 = t8_d_2 === 0 ? 0 : 0.5 / t9 * t8_d_2; // particle-potential.tangent.ts:26
        let t19 = 0; // particle-potential.tangent.ts:27
        let t19_d = 0; // particle-potential.tangent.ts:27
        if (t8_d === 0) {
            t19 = 0; // particle-potential.tangent.ts:27
            t19_d = 0; // particle-potential.tangent.ts:27
        }
        else {
            const t20 = 0.5 / t9; // particle-potential.tangent.ts:27
            const t20_d = -(0.5 / (t9 * t9) * t9_d_2); // particle-potential.tangent.ts:27
            t19 = t20 * t8_d; // particle-potential.tangent.ts:27
            t19_d = t8_d * t20_d + t20 * t8_d_d; // particle-potential.tangent.ts:27
        }
        const t9_d = t19; // particle-potential.tangent.ts:27
        const t9_d_d = t19_d; // particle-potential.tangent.ts:27
        const t10 = 1 / t9; // particle-potential.tangent.ts:28
        const t10_d_2 = -(1 / (t9 * t9) * t9_d_2); // particle-potential.tangent.ts:28
        const t21 = t9 * t9; // particle-potential.tangent.ts:29
        const t21_d = t9 * t9_d_2 + t9 * t9_d_2; // particle-potential.tangent.ts:29
        const t22 = 1 / t21; // particle-potential.tangent.ts:29
        const t22_d = -(1 / (t21 * t21) * t21_d); // particle-potential.tangent.ts:29
        const t23 = t22 * t9_d; // particle-potential.tangent.ts:29
        const t23_d = t9_d * t22_d + t22 * t9_d_d; // particle-potential.tangent.ts:29
        const t10_d = -t23; // particle-potential.tangent.ts:29
        const t10_d_d = -t23_d; // particle-potential.tangent.ts:29
        const t11 = x0_1 - 10; // particle-potential.tangent.ts:30
        const t11_d_2 = x0_1_d; // particle-potential.tangent.ts:30
        const t11_d = x0_d; // particle-potential.tangent.ts:31
        const t12 = x0_1 - 10; // particle-potential.tangent.ts:32
        const t12_d_2 = x0_1_d; // particle-potential.tangent.ts:32
        const t12_d = x0_d; // particle-potential.tangent.ts:33
        const t13 = t11 * t12; // particle-potential.tangent.ts:34
        const t13_d_2 = t12 * t11_d_2 + t11 * t12_d_2; // particle-potential.tangent.ts:34
        const t24 = t12 * t11_d; // particle-potential.tangent.ts:35
        const t24_d = t11_d * t12_d_2; // particle-potential.tangent.ts:35
        const t13_d = t24 + t11 * t12_d; // particle-potential.tangent.ts:35
        const t13_d_d = t24_d + t12_d * t11_d_2; // particle-potential.tangent.ts:35
        const t14 = t13 + x1_1 * x1_1; // particle-potential.tangent.ts:36
        const t14_d_2 = t13_d_2 + x1_1 * x1_1_d + x1_1 * x1_1_d; // particle-potential.tangent.ts:36
        const t25 = t13_d + x1_1 * x1_d; // particle-potential.tangent.ts:37
        const t25_d = t13_d_d + x1_d * x1_1_d; // particle-potential.tangent.ts:37
        const t14_d = t25 + x1_1 * x1_d; // particle-potential.tangent.ts:37
        const t14_d_d = t25_d + x1_d * x1_1_d; // particle-potential.tangent.ts:37
        const t15 = Math.sqrt(t14); // particle-potential.tangent.ts:38
        const t15_d_2 = t14_d_2 === 0 ? 0 : 0.5 / t15 * t14_d_2; // particle-potential.tangent.ts:38
        let t26 = 0; // particle-potential.tangent.ts:39
        let t26_d = 0; // particle-potential.tangent.ts:39
        if (t14_d === 0) {
            t26 = 0; // particle-potential.tangent.ts:39
            t26_d = 0; // particle-potential.tangent.ts:39
        }
        else {
            const t27 = 0.5 / t15; // particle-potential.tangent.ts:39
            const t27_d = -(0.5 / (t15 * t15) * t15_d_2); // particle-potential.tangent.ts:39
            t26 = t27 * t14_d; // particle-potential.tangent.ts:39
            t26_d = t14_d * t27_d + t27 * t14_d_d; // particle-potential.tangent.ts:39
        }
        const t15_d = t26; // particle-potential.tangent.ts:39
        const t15_d_d = t26_d; // particle-potential.tangent.ts:39
        const t16 = 1 / t15; // particle-potential.tangent.ts:40
        const t16_d_2 = -(1 / (t15 * t15) * t15_d_2); // particle-potential.tangent.ts:40
        const t28 = t15 * t15; // particle-potential.tangent.ts:41
        const t28_d = t15 * t15_d_2 + t15 * t15_d_2; // particle-potential.tangent.ts:41
        const t29 = 1 / t28; // particle-potential.tangent.ts:41
        const t29_d = -(1 / (t28 * t28) * t28_d); // particle-potential.tangent.ts:41
        const t30 = t29 * t15_d; // particle-potential.tangent.ts:41
        const t30_d = t15_d * t29_d + t29 * t15_d_d; // particle-potential.tangent.ts:41
        const t16_d = -t30; // particle-potential.tangent.ts:41
        const t16_d_d = -t30_d; // particle-potential.tangent.ts:41
        const ret_1 = t10 + t16; // particle-potential.tangent.ts:42
        const ret_1_d = t10_d_2 + t16_d_2; // particle-potential.tangent.ts:42
        const ret_d = t10_d + t16_d; // particle-potential.tangent.ts:43
        const ret_d_d = t10_d_d + t16_d_d; // particle-potential.tangent.ts:43
        t_d[0] = ret_1_d; // particle-potential.tangent.ts:44
        t[0] = ret_1; // particle-potential.tangent.ts:44
        t_d[1] = ret_d_d; // particle-potential.tangent.ts:45
        t[1] = ret_d; // particle-potential.tangent.ts:45
        const a0 = -t[1]!; // particle.ts:57
        const a0_d = -t_d[1]!; // particle.ts:57
        // inlined potential_tangent (bench/gradbench/generated/particle-potential.tangent.ts:11)
        let x0_2 = x0; // particle.ts:58
        let x0_2_d = x0_d_2; // particle.ts:58
        let x1_2 = x1; // particle.ts:58
        let x1_2_d = x1_d_2; // particle.ts:58
        let w_2 = w; // particle.ts:58
        let w_2_d = w_d; // particle.ts:58
        let x0_d_1 = 0; // particle.ts:58
        let x1_d_1 = 1; // particle.ts:58
        const t1_1 = x0_2 - 10; // particle-potential.tangent.ts:12
        const t1_1_d = x0_2_d; // particle-potential.tangent.ts:12
        const t1_d_1 = x0_d_1; // particle-potential.tangent.ts:13
        const t2_1 = x0_2 - 10; // particle-potential.tangent.ts:14
        const t2_1_d = x0_2_d; // particle-potential.tangent.ts:14
        const t2_d_1 = x0_d_1; // particle-potential.tangent.ts:15
        const t3_1 = t1_1 * t2_1; // particle-potential.tangent.ts:16
        const t3_1_d = t2_1 * t1_1_d + t1_1 * t2_1_d; // particle-potential.tangent.ts:16
        const t17_1 = t2_1 * t1_d_1; // particle-potential.tangent.ts:17
        const t17_1_d = t1_d_1 * t2_1_d; // particle-potential.tangent.ts:17
        const t3_d_1 = t17_1 + t1_1 * t2_d_1; // particle-potential.tangent.ts:17
        const t3_d_1_d = t17_1_d + t2_d_1 * t1_1_d; // particle-potential.tangent.ts:17
        const t4_1 = 10 - w_2; // particle-potential.tangent.ts:18
        const t4_1_d = -w_2_d; // particle-potential.tangent.ts:18
        const t5_1 = x1_2 - t4_1; // particle-potential.tangent.ts:19
        const t5_1_d = x1_2_d - t4_1_d; // particle-potential.tangent.ts:19
        const t5_d_1 = x1_d_1; // particle-potential.tangent.ts:20
        const t6_1 = 10 - w_2; // particle-potential.tangent.ts:21
        const t6_1_d = -w_2_d; // particle-potential.tangent.ts:21
        const t7_1 = x1_2 - t6_1; // particle-potential.tangent.ts:22
        const t7_1_d = x1_2_d - t6_1_d; // particle-potential.tangent.ts:22
        const t7_d_1 = x1_d_1; // particle-potential.tangent.ts:23
        const t8_1 = t3_1 + t5_1 * t7_1; // particle-potential.tangent.ts:24
        const t8_1_d = t3_1_d + t7_1 * t5_1_d + t5_1 * t7_1_d; // particle-potential.tangent.ts:24
        const t18_1 = t3_d_1 + t7_1 * t5_d_1; // particle-potential.tangent.ts:25
        const t18_1_d = t3_d_1_d + t5_d_1 * t7_1_d; // particle-potential.tangent.ts:25
        const t8_d_1 = t18_1 + t5_1 * t7_d_1; // particle-potential.tangent.ts:25
        const t8_d_1_d = t18_1_d + t7_d_1 * t5_1_d; // particle-potential.tangent.ts:25
        const t9_1 = Math.sqrt(t8_1); // particle-potential.tangent.ts:26
        const t9_1_d = t8_1_d === 0 ? 0 : 0.5 / t9_1 * t8_1_d; // particle-potential.tangent.ts:26
        let t19_1 = 0; // particle-potential.tangent.ts:27
        let t19_1_d = 0; // particle-potential.tangent.ts:27
        if (t8_d_1 === 0) {
            t19_1 = 0; // particle-potential.tangent.ts:27
            t19_1_d = 0; // particle-potential.tangent.ts:27
        }
        else {
            const t20_1 = 0.5 / t9_1; // particle-potential.tangent.ts:27
            const t20_1_d = -(0.5 / (t9_1 * t9_1) * t9_1_d); // particle-potential.tangent.ts:27
            t19_1 = t20_1 * t8_d_1; // particle-potential.tangent.ts:27
            t19_1_d = t8_d_1 * t20_1_d + t20_1 * t8_d_1_d; // particle-potential.tangent.ts:27
        }
        const t9_d_1 = t19_1; // particle-potential.tangent.ts:27
        const t9_d_1_d = t19_1_d; // particle-potential.tangent.ts:27
        const t10_1 = 1 / t9_1; // particle-potential.tangent.ts:28
        const t10_1_d = -(1 / (t9_1 * t9_1) * t9_1_d); // particle-potential.tangent.ts:28
        const t21_1 = t9_1 * t9_1; // particle-potential.tangent.ts:29
        const t21_1_d = t9_1 * t9_1_d + t9_1 * t9_1_d; // particle-potential.tangent.ts:29
        const t22_1 = 1 / t21_1; // particle-potential.tangent.ts:29
        const t22_1_d = -(1 / (t21_1 * t21_1) * t21_1_d); // particle-potential.tangent.ts:29
        const t23_1 = t22_1 * t9_d_1; // particle-potential.tangent.ts:29
        const t23_1_d = t9_d_1 * t22_1_d + t22_1 * t9_d_1_d; // particle-potential.tangent.ts:29
        const t10_d_1 = -t23_1; // particle-potential.tangent.ts:29
        const t10_d_1_d = -t23_1_d; // particle-potential.tangent.ts:29
        const t11_1 = x0_2 - 10; // particle-potential.tangent.ts:30
        const t11_1_d = x0_2_d; // particle-potential.tangent.ts:30
        const t11_d_1 = x0_d_1; // particle-potential.tangent.ts:31
        const t12_1 = x0_2 - 10; // particle-potential.tangent.ts:32
        const t12_1_d = x0_2_d; // particle-potential.tangent.ts:32
        const t12_d_1 = x0_d_1; // particle-potential.tangent.ts:33
        const t13_1 = t11_1 * t12_1; // particle-potential.tangent.ts:34
        const t13_1_d = t12_1 * t11_1_d + t11_1 * t12_1_d; // particle-potential.tangent.ts:34
        const t24_1 = t12_1 * t11_d_1; // particle-potential.tangent.ts:35
        const t24_1_d = t11_d_1 * t12_1_d; // particle-potential.tangent.ts:35
        const t13_d_1 = t24_1 + t11_1 * t12_d_1; // particle-potential.tangent.ts:35
        const t13_d_1_d = t24_1_d + t12_d_1 * t11_1_d; // particle-potential.tangent.ts:35
        const t14_1 = t13_1 + x1_2 * x1_2; // particle-potential.tangent.ts:36
        const t14_1_d = t13_1_d + x1_2 * x1_2_d + x1_2 * x1_2_d; // particle-potential.tangent.ts:36
        const t25_1 = t13_d_1 + x1_2 * x1_d_1; // particle-potential.tangent.ts:37
        const t25_1_d = t13_d_1_d + x1_d_1 * x1_2_d; // particle-potential.tangent.ts:37
        const t14_d_1 = t25_1 + x1_2 * x1_d_1; // particle-potential.tangent.ts:37
        const t14_d_1_d = t25_1_d + x1_d_1 * x1_2_d; // particle-potential.tangent.ts:37
        const t15_1 = Math.sqrt(t14_1); // particle-potential.tangent.ts:38
        const t15_1_d = t14_1_d === 0 ? 0 : 0.5 / t15_1 * t14_1_d; // particle-potential.tangent.ts:38
        let t26_1 = 0; // particle-potential.tangent.ts:39
        let t26_1_d = 0; // particle-potential.tangent.ts:39
        if (t14_d_1 === 0) {
            t26_1 = 0; // particle-potential.tangent.ts:39
            t26_1_d = 0; // particle-potential.tangent.ts:39
        }
        else {
            const t27_1 = 0.5 / t15_1; // particle-potential.tangent.ts:39
            const t27_1_d = -(0.5 / (t15_1 * t15_1) * t15_1_d); // particle-potential.tangent.ts:39
            t26_1 = t27_1 * t14_d_1; // particle-potential.tangent.ts:39
            t26_1_d = t14_d_1 * t27_1_d + t27_1 * t14_d_1_d; // particle-potential.tangent.ts:39
        }
        const t15_d_1 = t26_1; // particle-potential.tangent.ts:39
        const t15_d_1_d = t26_1_d; // particle-potential.tangent.ts:39
        const t16_1 = 1 / t15_1; // particle-potential.tangent.ts:40
        const t16_1_d = -(1 / (t15_1 * t15_1) * t15_1_d); // particle-potential.tangent.ts:40
        const t28_1 = t15_1 * t15_1; // particle-potential.tangent.ts:41
        const t28_1_d = t15_1 * t15_1_d + t15_1 * t15_1_d; // particle-potential.tangent.ts:41
        const t29_1 = 1 / t28_1; // particle-potential.tangent.ts:41
        const t29_1_d = -(1 / (t28_1 * t28_1) * t28_1_d); // particle-potential.tangent.ts:41
        const t30_1 = t29_1 * t15_d_1; // particle-potential.tangent.ts:41
        const t30_1_d = t15_d_1 * t29_1_d + t29_1 * t15_d_1_d; // particle-potential.tangent.ts:41
        const t16_d_1 = -t30_1; // particle-potential.tangent.ts:41
        const t16_d_1_d = -t30_1_d; // particle-potential.tangent.ts:41
        const ret_2 = t10_1 + t16_1; // particle-potential.tangent.ts:42
        const ret_2_d = t10_1_d + t16_1_d; // particle-potential.tangent.ts:42
        const ret_d_1 = t10_d_1 + t16_d_1; // particle-potential.tangent.ts:43
        const ret_d_1_d = t10_d_1_d + t16_d_1_d; // particle-potential.tangent.ts:43
        t_d[0] = ret_2_d; // particle-potential.tangent.ts:44
        t[0] = ret_2; // particle-potential.tangent.ts:44
        t_d[1] = ret_d_1_d; // particle-potential.tangent.ts:45
        t[1] = ret_d_1; // particle-potential.tangent.ts:45
        const a1 = -t[1]!; // particle.ts:59
        const a1_d = -t_d[1]!; // particle.ts:59
        const n0 = x0 + dt * v0; // particle.ts:60
        const n0_d = x0_d_2 + dt * v0_d; // particle.ts:60
        const n1 = x1 + dt * v1; // particle.ts:60
        const n1_d = x1_d_2 + dt * v1_d; // particle.ts:60
        if (n1 > 0) {
            x0 = n0; // particle.ts:62
            x0_d_2 = n0_d; // particle.ts:62
            x1 = n1; // particle.ts:63
            x1_d_2 = n1_d; // particle.ts:63
            v0_d += dt * a0_d; // particle.ts:64
            v0 += dt * a0; // particle.ts:64
            v1_d += dt * a1_d; // particle.ts:65
            v1 += dt * a1; // particle.ts:65
        }
        else {
            go = false; // particle.ts:66
        }
    }
    const t31 = -x1; // particle.ts:68
    const t31_d = -x1_d_2; // particle.ts:68
    const tf = t31 / v1; // particle.ts:68
    const tf_d = 1 / v1 * t31_d - t31 / (v1 * v1) * v1_d; // particle.ts:68
    const xf = x0 + tf * v0; // particle.ts:69
    const xf_d = x0_d_2 + v0 * tf_d + tf * v0_d; // particle.ts:69
    const ret = xf * xf; // particle.ts:70
    const ret_d_2 = xf * xf_d + xf * xf_d; // particle.ts:70
    out[0] = ret;
    out[1] = ret_d_2;
}
