// Generated from bench/gradbench/evals/particle.ts by the sobolev compiler (adjoint). Do not edit.
import { tape } from "../../../runtime/index.js";

/**
 * Adjoint of naiveEulerR (bench/gradbench/evals/particle.ts:19).
 * @differentiable
 * @wrt w out_b_1 grad
 * @domain w -0.2 0.2
 * @length grad 1
 * @variant tangent
 */
export function naiveEulerR_adjoint(w: number, out_b_1: number, grad: Float64Array): number {
    let x1_1 = 0;
    let t1 = 0;
    let t2 = 0;
    let t5 = 0;
    let t7 = 0;
    let t9 = 0;
    let t11 = 0;
    let t12 = 0;
    let t15 = 0;
    let t3_b = 0;
    let t8_b = 0;
    let t9_b = 0;
    let t10_b = 0;
    let t13_b = 0;
    let t14_b = 0;
    let t15_b = 0;
    let t16_b = 0;
    let t17 = 0;
    let t21 = 0;
    let t22 = 0;
    let t26 = 0;
    let x0 = 0; // particle.ts:20
    let x1 = 8; // particle.ts:20
    let v0 = 0.75; // particle.ts:20
    let v1 = 0; // particle.ts:20
    const dt = 0.1; // particle.ts:21
    let g = new Float64Array(2); // particle.ts:22
    let g_b = new Float64Array(2); // particle.ts:22
    let go = true; // particle.ts:23
    let iterations = 0; // particle.ts:24
    while (go) {
        g[0] = 0; // particle.ts:25
        g[1] = 0; // particle.ts:26
        // inlined potential_adjoint (bench/gradbench/generated/particle-potential.adjoint.ts:11)
        let x0_1 = x0; // particle.ts:27
        tape.push(x1_1); // particle.ts:27
        x1_1 = x1; // particle.ts:27
        let w_1 = w; // particle.ts:27
        let out_b = 1; // particle.ts:27
        tape.push(t1); // particle-potential.adjoint.ts:12
        t1 = x0_1 - 10; // particle-potential.adjoint.ts:12
        tape.push(t2); // particle-potential.adjoint.ts:13
        t2 = x0_1 - 10; // particle-potential.adjoint.ts:13
        const t3 = t1 * t2; // particle-potential.adjoint.ts:14
        const t4 = 10 - w_1; // particle-potential.adjoint.ts:15
        tape.push(t5); // particle-potential.adjoint.ts:16
        t5 = x1_1 - t4; // particle-potential.adjoint.ts:16
        const t6 = 10 - w_1; // particle-potential.adjoint.ts:17
        tape.push(t7); // particle-potential.adjoint.ts:18
        t7 = x1_1 - t6; // particle-potential.adjoint.ts:18
        const t8 = t3 + t5 * t7; // particle-potential.adjoint.ts:19
        tape.push(t9); // particle-potential.adjoint.ts:20
        t9 = Math.sqrt(t8); // particle-potential.adjoint.ts:20
        tape.push(t11); // particle-potential.adjoint.ts:22
        t11 = x0_1 - 10; // particle-potential.adjoint.ts:22
        tape.push(t12); // particle-potential.adjoint.ts:23
        t12 = x0_1 - 10; // particle-potential.adjoint.ts:23
        const t13 = t11 * t12; // particle-potential.adjoint.ts:24
        const t14 = t13 + x1_1 * x1_1; // particle-potential.adjoint.ts:25
        tape.push(t15); // particle-potential.adjoint.ts:26
        t15 = Math.sqrt(t14); // particle-potential.adjoint.ts:26
        let x0_b = 0; // particle-potential.adjoint.ts:30
        let x1_b = 0; // particle-potential.adjoint.ts:31
        let t1_b = 0; // particle-potential.adjoint.ts:32
        let t2_b = 0; // particle-potential.adjoint.ts:33
        tape.push(t3_b); // particle-potential.adjoint.ts:34
        t3_b = 0; // particle-potential.adjoint.ts:34
        let t5_b = 0; // particle-potential.adjoint.ts:35
        let t7_b = 0; // particle-potential.adjoint.ts:36
        tape.push(t8_b); // particle-potential.adjoint.ts:37
        t8_b = 0; // particle-potential.adjoint.ts:37
        tape.push(t9_b); // particle-potential.adjoint.ts:38
        t9_b = 0; // particle-potential.adjoint.ts:38
        tape.push(t10_b); // particle-potential.adjoint.ts:39
        t10_b = 0; // particle-potential.adjoint.ts:39
        let t11_b = 0; // particle-potential.adjoint.ts:40
        let t12_b = 0; // particle-potential.adjoint.ts:41
        tape.push(t13_b); // particle-potential.adjoint.ts:42
        t13_b = 0; // particle-potential.adjoint.ts:42
        tape.push(t14_b); // particle-potential.adjoint.ts:43
        t14_b = 0; // particle-potential.adjoint.ts:43
        tape.push(t15_b); // particle-potential.adjoint.ts:44
        t15_b = 0; // particle-potential.adjoint.ts:44
        tape.push(t16_b); // particle-potential.adjoint.ts:45
        t16_b = 0; // particle-potential.adjoint.ts:45
        let ret_b = out_b; // particle-potential.adjoint.ts:46
        t10_b += ret_b; // particle-potential.adjoint.ts:47
        t16_b += ret_b; // particle-potential.adjoint.ts:48
        tape.push(t17); // particle-potential.adjoint.ts:49
        t17 = t15 * t15; // particle-potential.adjoint.ts:49
        const t18 = 1 / t17; // particle-potential.adjoint.ts:49
        const t19 = t16_b * t18; // particle-potential.adjoint.ts:49
        t15_b -= t19; // particle-potential.adjoint.ts:49
        let t20 = 0; // particle-potential.adjoint.ts:50
        const branch = t15_b === 0; // particle-potential.adjoint.ts:50
        if (branch) {
            t20 = 0; // particle-potential.adjoint.ts:50
        }
        else {
            tape.push(t21); // particle-potential.adjoint.ts:50
            t21 = 0.5 / t15; // particle-potential.adjoint.ts:50
            t20 = t15_b * t21; // particle-potential.adjoint.ts:50
        }
        tape.pushBranch(branch); // particle-potential.adjoint.ts:50
        t14_b += t20; // particle-potential.adjoint.ts:50
        t13_b += t14_b; // particle-potential.adjoint.ts:51
        x1_b += t14_b * x1_1; // particle-potential.adjoint.ts:52
        x1_b += t14_b * x1_1; // particle-potential.adjoint.ts:53
        t11_b += t13_b * t12; // particle-potential.adjoint.ts:54
        t12_b += t13_b * t11; // particle-potential.adjoint.ts:55
        x0_b += t12_b; // particle-potential.adjoint.ts:56
        x0_b += t11_b; // particle-potential.adjoint.ts:57
        tape.push(t22); // particle-potential.adjoint.ts:58
        t22 = t9 * t9; // particle-potential.adjoint.ts:58
        const t23 = 1 / t22; // particle-potential.adjoint.ts:58
        const t24 = t10_b * t23; // particle-potential.adjoint.ts:58
        t9_b -= t24; // particle-potential.adjoint.ts:58
        let t25 = 0; // particle-potential.adjoint.ts:59
        const branch_1 = t9_b === 0; // particle-potential.adjoint.ts:59
        if (branch_1) {
            t25 = 0; // particle-potential.adjoint.ts:59
        }
        else {
            tape.push(t26); // particle-potential.adjoint.ts:59
            t26 = 0.5 / t9; // particle-potential.adjoint.ts:59
            t25 = t9_b * t26; // particle-potential.adjoint.ts:59
        }
        tape.pushBranch(branch_1); // particle-potential.adjoint.ts:59
        t8_b += t25; // particle-potential.adjoint.ts:59
        t3_b += t8_b; // particle-potential.adjoint.ts:60
        t5_b += t8_b * t7; // particle-potential.adjoint.ts:61
        t7_b += t8_b * t5; // particle-potential.adjoint.ts:62
        x1_b += t7_b; // particle-potential.adjoint.ts:63
        x1_b += t5_b; // particle-potential.adjoint.ts:64
        t1_b += t3_b * t2; // particle-potential.adjoint.ts:65
        t2_b += t3_b * t1; // particle-potential.adjoint.ts:66
        x0_b += t2_b; // particle-potential.adjoint.ts:67
        x0_b += t1_b; // particle-potential.adjoint.ts:68
        g[0]! += x0_b; // particle-potential.adjoint.ts:69
        g[1]! += x1_b; // particle-potential.adjoint.ts:70
        const a0 = -g[0]!; // particle.ts:28
        const a1 = -g[1]!; // particle.ts:28
        const n0 = x0 + dt * v0; // particle.ts:29
        const n1 = x1 + dt * v1; // particle.ts:29
        const branch_2 = n1 > 0; // particle.ts:30
        if (branch_2) {
            x0 = n0; // particle.ts:31
            x1 = n1; // particle.ts:32
            v0 += dt * a0; // particle.ts:33
            v1 += dt * a1; // particle.ts:34
        }
        else {
            go = false; // particle.ts:35
        }
        tape.pushBranch(branch_2); // particle.ts:30
        iterations++;
    }
    tape.pushInt(iterations); // particle.ts:24
    const t27 = -x1; // particle.ts:37
    const tf = t27 / v1; // particle.ts:37
    const xf = x0 + tf * v0; // particle.ts:38
    const ret = xf * xf; // particle.ts:39
    // reverse sweep
    let w_b = 0;
    let w_1_b = 0;
    let t4_b = 0;
    let t5_b_1 = 0;
    let t6_b = 0;
    let t7_b_1 = 0;
    let t8_b_1 = 0;
    let t9_b_1 = 0;
    let t22_b = 0;
    let t23_b = 0;
    let t24_b = 0;
    let t9_b_b = 0;
    let t26_b = 0;
    let t25_b = 0;
    let t8_b_b = 0;
    let t3_b_b = 0;
    let t5_b_b = 0;
    let t7_b_b = 0;
    let x1_b_b = 0;
    let t1_b_b = 0;
    let t2_b_b = 0;
    let x0_b_b = 0;
    let a0_b = 0;
    let a1_b = 0;
    let v0_b = 0;
    let v1_b = 0;
    let tf_b = 0;
    let xf_b = 0;
    let ret_b_1 = out_b_1;
    let n0_b = 0;
    let n1_b = 0;
    let x0_b_1 = 0;
    let x1_b_1 = 0;
    let t27_b = 0;
    let x0_1_b = 0;
    let x1_1_b = 0;
    let t1_b_1 = 0;
    let t2_b_1 = 0;
    let t3_b_1 = 0;
    let t11_b_1 = 0;
    let t12_b_1 = 0;
    let t13_b_1 = 0;
    let t14_b_1 = 0;
    let t15_b_1 = 0;
    let t17_b = 0;
    let t18_b = 0;
    let t19_b = 0;
    let t15_b_b = 0;
    let t21_b = 0;
    let t20_b = 0;
    let t14_b_b = 0;
    let t13_b_b = 0;
    let t11_b_b = 0;
    let t12_b_b = 0;
    xf_b += ret_b_1 * xf; // particle.ts:39
    xf_b += ret_b_1 * xf; // particle.ts:39
    x0_b_1 += xf_b; // particle.ts:38
    tf_b += xf_b * v0; // particle.ts:38
    v0_b += xf_b * tf; // particle.ts:38
    t27_b += tf_b * (1 / v1); // particle.ts:37
    v1_b -= tf_b * (t27 / (v1 * v1)); // particle.ts:37
    x1_b_1 -= t27_b; // particle.ts:37
    for (let iteration = tape.popInt(); iteration > 0; iteration--) {
        if (tape.popBranch()) {
            a1_b += v1_b * dt; // particle.ts:34
            a0_b += v0_b * dt; // particle.ts:33
            n1_b += x1_b_1; // particle.ts:32
            x1_b_1 = 0; // particle.ts:32
            n0_b += x0_b_1; // particle.ts:31
            x0_b_1 = 0; // particle.ts:31
        }
        x1_b_1 += n1_b; // particle.ts:29
        v1_b += n1_b * dt; // particle.ts:29
        n1_b = 0; // particle.ts:29
        x0_b_1 += n0_b; // particle.ts:29
        v0_b += n0_b * dt; // particle.ts:29
        n0_b = 0; // particle.ts:29
        g_b[1]! -= a1_b; // particle.ts:28
        a1_b = 0; // particle.ts:28
        g_b[0]! -= a0_b; // particle.ts:28
        a0_b = 0; // particle.ts:28
        const g2 = g_b[1]!; // particle-potential.adjoint.ts:70
        g_b[1] = 0; // particle-potential.adjoint.ts:70
        g_b[1]! += g2; // particle-potential.adjoint.ts:70
        x1_b_b += g2; // particle-potential.adjoint.ts:70
        const g1 = g_b[0]!; // particle-potential.adjoint.ts:69
        g_b[0] = 0; // particle-potential.adjoint.ts:69
        g_b[0]! += g1; // particle-potential.adjoint.ts:69
        x0_b_b += g1; // particle-potential.adjoint.ts:69
        t1_b_b += x0_b_b; // particle-potential.adjoint.ts:68
        t2_b_b += x0_b_b; // particle-potential.adjoint.ts:67
        t3_b_b += t2_b_b * t1; // particle-potential.adjoint.ts:66
        t1_b_1 += t2_b_b * t3_b; // particle-potential.adjoint.ts:66
        t3_b_b += t1_b_b * t2; // particle-potential.adjoint.ts:65
        t2_b_1 += t1_b_b * t3_b; // particle-potential.adjoint.ts:65
        t5_b_b += x1_b_b; // particle-potential.adjoint.ts:64
        t7_b_b += x1_b_b; // particle-potential.adjoint.ts:63
        t8_b_b += t7_b_b * t5; // particle-potential.adjoint.ts:62
        t5_b_1 += t7_b_b * t8_b; // particle-potential.adjoint.ts:62
        t8_b_b += t5_b_b * t7; // particle-potential.adjoint.ts:61
        t7_b_1 += t5_b_b * t8_b; // particle-potential.adjoint.ts:61
        t8_b_b += t3_b_b; // particle-potential.adjoint.ts:60
        t25_b += t8_b_b; // particle-potential.adjoint.ts:59
        if (tape.popBranch()) {
            t25_b = 0; // particle-potential.adjoint.ts:59
        }
        else {
            t9_b_b += t25_b * t26; // particle-potential.adjoint.ts:59
            t26_b += t25_b * t9_b; // particle-potential.adjoint.ts:59
            t25_b = 0; // particle-potential.adjoint.ts:59
            t26 = tape.pop(); // particle-potential.adjoint.ts:59
            t9_b_1 -= t26_b * (0.5 / (t9 * t9)); // particle-potential.adjoint.ts:59
            t26_b = 0; // particle-potential.adjoint.ts:59
        }
        t25_b = 0; // particle-potential.adjoint.ts:59
        t24_b -= t9_b_b; // particle-potential.adjoint.ts:58
        t23_b += t24_b * t10_b; // particle-potential.adjoint.ts:58
        t24_b = 0; // particle-potential.adjoint.ts:58
        t22_b -= t23_b * (1 / (t22 * t22)); // particle-potential.adjoint.ts:58
        t23_b = 0; // particle-potential.adjoint.ts:58
        t22 = tape.pop(); // particle-potential.adjoint.ts:58
        t9_b_1 += t22_b * t9; // particle-potential.adjoint.ts:58
        t9_b_1 += t22_b * t9; // particle-potential.adjoint.ts:58
        t22_b = 0; // particle-potential.adjoint.ts:58
        t11_b_b += x0_b_b; // particle-potential.adjoint.ts:57
        t12_b_b += x0_b_b; // particle-potential.adjoint.ts:56
        t13_b_b += t12_b_b * t11; // particle-potential.adjoint.ts:55
        t11_b_1 += t12_b_b * t13_b; // particle-potential.adjoint.ts:55
        t13_b_b += t11_b_b * t12; // particle-potential.adjoint.ts:54
        t12_b_1 += t11_b_b * t13_b; // particle-potential.adjoint.ts:54
        t14_b_b += x1_b_b * x1_1; // particle-potential.adjoint.ts:53
        x1_1_b += x1_b_b * t14_b; // particle-potential.adjoint.ts:53
        t14_b_b += x1_b_b * x1_1; // particle-potential.adjoint.ts:52
        x1_1_b += x1_b_b * t14_b; // particle-potential.adjoint.ts:52
        t14_b_b += t13_b_b; // particle-potential.adjoint.ts:51
        t20_b += t14_b_b; // particle-potential.adjoint.ts:50
        if (tape.popBranch()) {
            t20_b = 0; // particle-potential.adjoint.ts:50
        }
        else {
            t15_b_b += t20_b * t21; // particle-potential.adjoint.ts:50
            t21_b += t20_b * t15_b; // particle-potential.adjoint.ts:50
            t20_b = 0; // particle-potential.adjoint.ts:50
            t21 = tape.pop(); // particle-potential.adjoint.ts:50
            t15_b_1 -= t21_b * (0.5 / (t15 * t15)); // particle-potential.adjoint.ts:50
            t21_b = 0; // particle-potential.adjoint.ts:50
        }
        t20_b = 0; // particle-potential.adjoint.ts:50
        t19_b -= t15_b_b; // particle-potential.adjoint.ts:49
        t18_b += t19_b * t16_b; // particle-potential.adjoint.ts:49
        t19_b = 0; // particle-potential.adjoint.ts:49
        t17_b -= t18_b * (1 / (t17 * t17)); // particle-potential.adjoint.ts:49
        t18_b = 0; // particle-potential.adjoint.ts:49
        t17 = tape.pop(); // particle-potential.adjoint.ts:49
        t15_b_1 += t17_b * t15; // particle-potential.adjoint.ts:49
        t15_b_1 += t17_b * t15; // particle-potential.adjoint.ts:49
        t17_b = 0; // particle-potential.adjoint.ts:49
        t16_b = tape.pop(); // particle-potential.adjoint.ts:45
        t15_b = tape.pop(); // particle-potential.adjoint.ts:44
        t15_b_b = 0; // particle-potential.adjoint.ts:44
        t14_b = tape.pop(); // particle-potential.adjoint.ts:43
        t14_b_b = 0; // particle-potential.adjoint.ts:43
        t13_b = tape.pop(); // particle-potential.adjoint.ts:42
        t13_b_b = 0; // particle-potential.adjoint.ts:42
        t12_b_b = 0; // particle-potential.adjoint.ts:41
        t11_b_b = 0; // particle-potential.adjoint.ts:40
        t10_b = tape.pop(); // particle-potential.adjoint.ts:39
        t9_b = tape.pop(); // particle-potential.adjoint.ts:38
        t9_b_b = 0; // particle-potential.adjoint.ts:38
        t8_b = tape.pop(); // particle-potential.adjoint.ts:37
        t8_b_b = 0; // particle-potential.adjoint.ts:37
        t7_b_b = 0; // particle-potential.adjoint.ts:36
        t5_b_b = 0; // particle-potential.adjoint.ts:35
        t3_b = tape.pop(); // particle-potential.adjoint.ts:34
        t3_b_b = 0; // particle-potential.adjoint.ts:34
        t2_b_b = 0; // particle-potential.adjoint.ts:33
        t1_b_b = 0; // particle-potential.adjoint.ts:32
        x1_b_b = 0; // particle-potential.adjoint.ts:31
        x0_b_b = 0; // particle-potential.adjoint.ts:30
        t14_b_1 += t15_b_1 === 0 ? 0 : t15_b_1 * (0.5 / t15); // particle-potential.adjoint.ts:26
        t15_b_1 = 0; // particle-potential.adjoint.ts:26
        t15 = tape.pop(); // particle-potential.adjoint.ts:26
        t13_b_1 += t14_b_1; // particle-potential.adjoint.ts:25
        x1_1_b += t14_b_1 * x1_1; // particle-potential.adjoint.ts:25
        x1_1_b += t14_b_1 * x1_1; // particle-potential.adjoint.ts:25
        t14_b_1 = 0; // particle-potential.adjoint.ts:25
        t11_b_1 += t13_b_1 * t12; // particle-potential.adjoint.ts:24
        t12_b_1 += t13_b_1 * t11; // particle-potential.adjoint.ts:24
        t13_b_1 = 0; // particle-potential.adjoint.ts:24
        t12 = tape.pop(); // particle-potential.adjoint.ts:23
        x0_1_b += t12_b_1; // particle-potential.adjoint.ts:23
        t12_b_1 = 0; // particle-potential.adjoint.ts:23
        t11 = tape.pop(); // particle-potential.adjoint.ts:22
        x0_1_b += t11_b_1; // particle-potential.adjoint.ts:22
        t11_b_1 = 0; // particle-potential.adjoint.ts:22
        t8_b_1 += t9_b_1 === 0 ? 0 : t9_b_1 * (0.5 / t9); // particle-potential.adjoint.ts:20
        t9_b_1 = 0; // particle-potential.adjoint.ts:20
        t9 = tape.pop(); // particle-potential.adjoint.ts:20
        t3_b_1 += t8_b_1; // particle-potential.adjoint.ts:19
        t5_b_1 += t8_b_1 * t7; // particle-potential.adjoint.ts:19
        t7_b_1 += t8_b_1 * t5; // particle-potential.adjoint.ts:19
        t8_b_1 = 0; // particle-potential.adjoint.ts:19
        t7 = tape.pop(); // particle-potential.adjoint.ts:18
        x1_1_b += t7_b_1; // particle-potential.adjoint.ts:18
        t6_b -= t7_b_1; // particle-potential.adjoint.ts:18
        t7_b_1 = 0; // particle-potential.adjoint.ts:18
        w_1_b -= t6_b; // particle-potential.adjoint.ts:17
        t6_b = 0; // particle-potential.adjoint.ts:17
        t5 = tape.pop(); // particle-potential.adjoint.ts:16
        x1_1_b += t5_b_1; // particle-potential.adjoint.ts:16
        t4_b -= t5_b_1; // particle-potential.adjoint.ts:16
        t5_b_1 = 0; // particle-potential.adjoint.ts:16
        w_1_b -= t4_b; // particle-potential.adjoint.ts:15
        t4_b = 0; // particle-potential.adjoint.ts:15
        t1_b_1 += t3_b_1 * t2; // particle-potential.adjoint.ts:14
        t2_b_1 += t3_b_1 * t1; // particle-potential.adjoint.ts:14
        t3_b_1 = 0; // particle-potential.adjoint.ts:14
        t2 = tape.pop(); // particle-potential.adjoint.ts:13
        x0_1_b += t2_b_1; // particle-potential.adjoint.ts:13
        t2_b_1 = 0; // particle-potential.adjoint.ts:13
        t1 = tape.pop(); // particle-potential.adjoint.ts:12
        x0_1_b += t1_b_1; // particle-potential.adjoint.ts:12
        t1_b_1 = 0; // particle-potential.adjoint.ts:12
        w_b += w_1_b; // particle.ts:27
        w_1_b = 0; // particle.ts:27
        x1_1 = tape.pop(); // particle.ts:27
        x1_b_1 += x1_1_b; // particle.ts:27
        x1_1_b = 0; // particle.ts:27
        x0_b_1 += x0_1_b; // particle.ts:27
        x0_1_b = 0; // particle.ts:27
        g_b[1] = 0; // particle.ts:26
        g_b[0] = 0; // particle.ts:25
    }
    v1_b = 0; // particle.ts:20
    v0_b = 0; // particle.ts:20
    x1_b_1 = 0; // particle.ts:20
    x0_b_1 = 0; // particle.ts:20
    grad[0]! += w_b;
    return ret;
}

/**
 * Adjoint of naiveEulerF (bench/gradbench/evals/particle.ts:50).
 * @differentiable
 * @wrt w out_b grad
 * @domain w -0.2 0.2
 * @length grad 1
 * @variant tangent
 */
export function naiveEulerF_adjoint(w: number, out_b: number, grad: Float64Array): number {
    let x1_1 = 0;
    let x1_d = 0;
    let t1 = 0;
    let t1_d = 0;
    let t2 = 0;
    let t2_d = 0;
    let t5 = 0;
    let t5_d = 0;
    let t7 = 0;
    let t7_d = 0;
    let t8_d = 0;
    let t9 = 0;
    let t20 = 0;
    let t9_d = 0;
    let t21 = 0;
    let t22 = 0;
    let t11 = 0;
    let t11_d = 0;
    let t12 = 0;
    let t12_d = 0;
    let t14_d = 0;
    let t15 = 0;
    let t27 = 0;
    let t15_d = 0;
    let t28 = 0;
    let t29 = 0;
    let x1_2 = 0;
    let x1_d_1 = 0;
    let t1_1 = 0;
    let t1_d_1 = 0;
    let t2_1 = 0;
    let t2_d_1 = 0;
    let t5_1 = 0;
    let t5_d_1 = 0;
    let t7_1 = 0;
    let t7_d_1 = 0;
    let t8_d_1 = 0;
    let t9_1 = 0;
    let t20_1 = 0;
    let t9_d_1 = 0;
    let t21_1 = 0;
    let t22_1 = 0;
    let t11_1 = 0;
    let t11_d_1 = 0;
    let t12_1 = 0;
    let t12_d_1 = 0;
    let t14_d_1 = 0;
    let t15_1 = 0;
    let t27_1 = 0;
    let t15_d_1 = 0;
    let t28_1 = 0;
    let t29_1 = 0;
    let x0 = 0; // particle.ts:51
    let x1 = 8; // particle.ts:51
    let v0 = 0.75; // particle.ts:51
    let v1 = 0; // particle.ts:51
    const dt = 0.1; // particle.ts:52
    let t = new Float64Array(2); // particle.ts:53
    let t_b = new Float64Array(2); // particle.ts:53
    let go = true; // particle.ts:54
    let iterations = 0; // particle.ts:55
    while (go) {
        // inlined potential_tangent (bench/gradbench/generated/particle-potential.tangent.ts:11)
        let x0_1 = x0; // particle.ts:56
        tape.push(x1_1); // particle.ts:56
        x1_1 = x1; // particle.ts:56
        let w_1 = w; // particle.ts:56
        let x0_d = 1; // particle.ts:56
        tape.push(x1_d); // particle.ts:56
        x1_d = 0; // particle.ts:56
        tape.push(t1); // particle-potential.tangent.ts:12
        t1 = x0_1 - 10; // particle-potential.tangent.ts:12
        tape.push(t1_d); // particle-potential.tangent.ts:13
        t1_d = x0_d; // particle-potential.tangent.ts:13
        tape.push(t2); // particle-potential.tangent.ts:14
        t2 = x0_1 - 10; // particle-potential.tangent.ts:14
        tape.push(t2_d); // particle-potential.tangent.ts:15
        t2_d = x0_d; // particle-potential.tangent.ts:15
        const t3 = t1 * t2; // particle-potential.tangent.ts:16
        const t17 = t2 * t1_d; // particle-potential.tangent.ts:17
        const t3_d = t17 + t1 * t2_d; // particle-potential.tangent.ts:17
        const t4 = 10 - w_1; // particle-potential.tangent.ts:18
        tape.push(t5); // particle-potential.tangent.ts:19
        t5 = x1_1 - t4; // particle-potential.tangent.ts:19
        tape.push(t5_d); // particle-potential.tangent.ts:20
        t5_d = x1_d; // particle-potential.tangent.ts:20
        const t6 = 10 - w_1; // particle-potential.tangent.ts:21
        tape.push(t7); // particle-potential.tangent.ts:22
        t7 = x1_1 - t6; // particle-potential.tangent.ts:22
        tape.push(t7_d); // particle-potential.tangent.ts:23
        t7_d = x1_d; // particle-potential.tangent.ts:23
        const t8 = t3 + t5 * t7; // particle-potential.tangent.ts:24
        const t18 = t3_d + t7 * t5_d; // particle-potential.tangent.ts:25
        tape.push(t8_d); // particle-potential.tangent.ts:25
        t8_d = t18 + t5 * t7_d; // particle-potential.tangent.ts:25
        tape.push(t9); // particle-potential.tangent.ts:26
        t9 = Math.sqrt(t8); // particle-potential.tangent.ts:26
        let t19 = 0; // particle-potential.tangent.ts:27
        const branch = t8_d === 0; // particle-potential.tangent.ts:27
        if (branch) {
            t19 = 0; // particle-potential.tangent.ts:27
        }
        else {
            tape.push(t20); // particle-potential.tangent.ts:27
            t20 = 0.5 / t9; // particle-potential.tangent.ts:27
            t19 = t20 * t8_d; // particle-potential.tangent.ts:27
        }
        tape.pushBranch(branch); // particle-potential.tangent.ts:27
        tape.push(t9_d); // particle-potential.tangent.ts:27
        t9_d = t19; // particle-potential.tangent.ts:27
        const t10 = 1 / t9; // particle-potential.tangent.ts:28
        tape.push(t21); // particle-potential.tangent.ts:29
        t21 = t9 * t9; // particle-potential.tangent.ts:29
        tape.push(t22); // particle-potential.tangent.ts:29
        t22 = 1 / t21; // particle-potential.tangent.ts:29
        const t23 = t22 * t9_d; // particle-potential.tangent.ts:29
        const t10_d = -t23; // particle-potential.tangent.ts:29
        tape.push(t11); // particle-potential.tangent.ts:30
        t11 = x0_1 - 10; // particle-potential.tangent.ts:30
        tape.push(t11_d); // particle-potential.tangent.ts:31
        t11_d = x0_d; // particle-potential.tangent.ts:31
        tape.push(t12); // particle-potential.tangent.ts:32
        t12 = x0_1 - 10; // particle-potential.tangent.ts:32
        tape.push(t12_d); // particle-potential.tangent.ts:33
        t12_d = x0_d; // particle-potential.tangent.ts:33
        const t13 = t11 * t12; // particle-potential.tangent.ts:34
        const t24 = t12 * t11_d; // particle-potential.tangent.ts:35
        const t13_d = t24 + t11 * t12_d; // particle-potential.tangent.ts:35
        const t14 = t13 + x1_1 * x1_1; // particle-potential.tangent.ts:36
        const t25 = t13_d + x1_1 * x1_d; // particle-potential.tangent.ts:37
        tape.push(t14_d); // particle-potential.tangent.ts:37
        t14_d = t25 + x1_1 * x1_d; // particle-potential.tangent.ts:37
        tape.push(t15); // particle-potential.tangent.ts:38
        t15 = Math.sqrt(t14); // particle-potential.tangent.ts:38
        let t26 = 0; // particle-potential.tangent.ts:39
        const branch_1 = t14_d === 0; // particle-potential.tangent.ts:39
        if (branch_1) {
            t26 = 0; // particle-potential.tangent.ts:39
        }
        else {
            tape.push(t27); // particle-potential.tangent.ts:39
            t27 = 0.5 / t15; // particle-potential.tangent.ts:39
            t26 = t27 * t14_d; // particle-potential.tangent.ts:39
        }
        tape.pushBranch(branch_1); // particle-potential.tangent.ts:39
        tape.push(t15_d); // particle-potential.tangent.ts:39
        t15_d = t26; // particle-potential.tangent.ts:39
        const t16 = 1 / t15; // particle-potential.tangent.ts:40
        tape.push(t28); // particle-potential.tangent.ts:41
        t28 = t15 * t15; // particle-potential.tangent.ts:41
        tape.push(t29); // particle-potential.tangent.ts:41
        t29 = 1 / t28; // particle-potential.tangent.ts:41
        const t30 = t29 * t15_d; // particle-potential.tangent.ts:41
        const t16_d = -t30; // particle-potential.tangent.ts:41
        const ret_1 = t10 + t16; // particle-potential.tangent.ts:42
        const ret_d = t10_d + t16_d; // particle-potential.tangent.ts:43
        t[0] = ret_1; // particle-potential.tangent.ts:44
        t[1] = ret_d; // particle-potential.tangent.ts:45
        const a0 = -t[1]!; // particle.ts:57
        // inlined potential_tangent (bench/gradbench/generated/particle-potential.tangent.ts:11)
        let x0_2 = x0; // particle.ts:58
        tape.push(x1_2); // particle.ts:58
        x1_2 = x1; // particle.ts:58
        let w_2 = w; // particle.ts:58
        let x0_d_1 = 0; // particle.ts:58
        tape.push(x1_d_1); // particle.ts:58
        x1_d_1 = 1; // particle.ts:58
        tape.push(t1_1); // particle-potential.tangent.ts:12
        t1_1 = x0_2 - 10; // particle-potential.tangent.ts:12
        tape.push(t1_d_1); // particle-potential.tangent.ts:13
        t1_d_1 = x0_d_1; // particle-potential.tangent.ts:13
        tape.push(t2_1); // particle-potential.tangent.ts:14
        t2_1 = x0_2 - 10; // particle-potential.tangent.ts:14
        tape.push(t2_d_1); // particle-potential.tangent.ts:15
        t2_d_1 = x0_d_1; // particle-potential.tangent.ts:15
        const t3_1 = t1_1 * t2_1; // particle-potential.tangent.ts:16
        const t17_1 = t2_1 * t1_d_1; // particle-potential.tangent.ts:17
        const t3_d_1 = t17_1 + t1_1 * t2_d_1; // particle-potential.tangent.ts:17
        const t4_1 = 10 - w_2; // particle-potential.tangent.ts:18
        tape.push(t5_1); // particle-potential.tangent.ts:19
        t5_1 = x1_2 - t4_1; // particle-potential.tangent.ts:19
        tape.push(t5_d_1); // particle-potential.tangent.ts:20
        t5_d_1 = x1_d_1; // particle-potential.tangent.ts:20
        const t6_1 = 10 - w_2; // particle-potential.tangent.ts:21
        tape.push(t7_1); // particle-potential.tangent.ts:22
        t7_1 = x1_2 - t6_1; // particle-potential.tangent.ts:22
        tape.push(t7_d_1); // particle-potential.tangent.ts:23
        t7_d_1 = x1_d_1; // particle-potential.tangent.ts:23
        const t8_1 = t3_1 + t5_1 * t7_1; // particle-potential.tangent.ts:24
        const t18_1 = t3_d_1 + t7_1 * t5_d_1; // particle-potential.tangent.ts:25
        tape.push(t8_d_1); // particle-potential.tangent.ts:25
        t8_d_1 = t18_1 + t5_1 * t7_d_1; // particle-potential.tangent.ts:25
        tape.push(t9_1); // particle-potential.tangent.ts:26
        t9_1 = Math.sqrt(t8_1); // particle-potential.tangent.ts:26
        let t19_1 = 0; // particle-potential.tangent.ts:27
        const branch_2 = t8_d_1 === 0; // particle-potential.tangent.ts:27
        if (branch_2) {
            t19_1 = 0; // particle-potential.tangent.ts:27
        }
        else {
            tape.push(t20_1); // particle-potential.tangent.ts:27
            t20_1 = 0.5 / t9_1; // particle-potential.tangent.ts:27
            t19_1 = t20_1 * t8_d_1; // particle-potential.tangent.ts:27
        }
        tape.pushBranch(branch_2); // particle-potential.tangent.ts:27
        tape.push(t9_d_1); // particle-potential.tangent.ts:27
        t9_d_1 = t19_1; // particle-potential.tangent.ts:27
        const t10_1 = 1 / t9_1; // particle-potential.tangent.ts:28
        tape.push(t21_1); // particle-potential.tangent.ts:29
        t21_1 = t9_1 * t9_1; // particle-potential.tangent.ts:29
        tape.push(t22_1); // particle-potential.tangent.ts:29
        t22_1 = 1 / t21_1; // particle-potential.tangent.ts:29
        const t23_1 = t22_1 * t9_d_1; // particle-potential.tangent.ts:29
        const t10_d_1 = -t23_1; // particle-potential.tangent.ts:29
        tape.push(t11_1); // particle-potential.tangent.ts:30
        t11_1 = x0_2 - 10; // particle-potential.tangent.ts:30
        tape.push(t11_d_1); // particle-potential.tangent.ts:31
        t11_d_1 = x0_d_1; // particle-potential.tangent.ts:31
        tape.push(t12_1); // particle-potential.tangent.ts:32
        t12_1 = x0_2 - 10; // particle-potential.tangent.ts:32
        tape.push(t12_d_1); // particle-potential.tangent.ts:33
        t12_d_1 = x0_d_1; // particle-potential.tangent.ts:33
        const t13_1 = t11_1 * t12_1; // particle-potential.tangent.ts:34
        const t24_1 = t12_1 * t11_d_1; // particle-potential.tangent.ts:35
        const t13_d_1 = t24_1 + t11_1 * t12_d_1; // particle-potential.tangent.ts:35
        const t14_1 = t13_1 + x1_2 * x1_2; // particle-potential.tangent.ts:36
        const t25_1 = t13_d_1 + x1_2 * x1_d_1; // particle-potential.tangent.ts:37
        tape.push(t14_d_1); // particle-potential.tangent.ts:37
        t14_d_1 = t25_1 + x1_2 * x1_d_1; // particle-potential.tangent.ts:37
        tape.push(t15_1); // particle-potential.tangent.ts:38
        t15_1 = Math.sqrt(t14_1); // particle-potential.tangent.ts:38
        let t26_1 = 0; // particle-potential.tangent.ts:39
        const branch_3 = t14_d_1 === 0; // particle-potential.tangent.ts:39
        if (branch_3) {
            t26_1 = 0; // particle-potential.tangent.ts:39
        }
        else {
            tape.push(t27_1); // particle-potential.tangent.ts:39
            t27_1 = 0.5 / t15_1; // particle-potential.tangent.ts:39
            t26_1 = t27_1 * t14_d_1; // particle-potential.tangent.ts:39
        }
        tape.pushBranch(branch_3); // particle-potential.tangent.ts:39
        tape.push(t15_d_1); // particle-potential.tangent.ts:39
        t15_d_1 = t26_1; // particle-potential.tangent.ts:39
        const t16_1 = 1 / t15_1; // particle-potential.tangent.ts:40
        tape.push(t28_1); // particle-potential.tangent.ts:41
        t28_1 = t15_1 * t15_1; // particle-potential.tangent.ts:41
        tape.push(t29_1); // particle-potential.tangent.ts:41
        t29_1 = 1 / t28_1; // particle-potential.tangent.ts:41
        const t30_1 = t29_1 * t15_d_1; // particle-potential.tangent.ts:41
        const t16_d_1 = -t30_1; // particle-potential.tangent.ts:41
        const ret_2 = t10_1 + t16_1; // particle-potential.tangent.ts:42
        const ret_d_1 = t10_d_1 + t16_d_1; // particle-potential.tangent.ts:43
        t[0] = ret_2; // particle-potential.tangent.ts:44
        t[1] = ret_d_1; // particle-potential.tangent.ts:45
        const a1 = -t[1]!; // particle.ts:59
        const n0 = x0 + dt * v0; // particle.ts:60
        const n1 = x1 + dt * v1; // particle.ts:60
        const branch_4 = n1 > 0; // particle.ts:61
        if (branch_4) {
            x0 = n0; // particle.ts:62
            x1 = n1; // particle.ts:63
            v0 += dt * a0; // particle.ts:64
            v1 += dt * a1; // particle.ts:65
        }
        else {
            go = false; // particle.ts:66
        }
        tape.pushBranch(branch_4); // particle.ts:61
        iterations++;
    }
    tape.pushInt(iterations); // particle.ts:55
    const t31 = -x1; // particle.ts:68
    const tf = t31 / v1; // particle.ts:68
    const xf = x0 + tf * v0; // particle.ts:69
    const ret = xf * xf; // particle.ts:70
    // reverse sweep
    let w_b = 0;
    let w_1_b = 0;
    let t4_b = 0;
    let t5_b = 0;
    let t6_b = 0;
    let t7_b = 0;
    let t8_b = 0;
    let t18_b = 0;
    let t8_d_b = 0;
    let t9_b = 0;
    let t20_b = 0;
    let t19_b = 0;
    let t9_d_b = 0;
    let t10_b = 0;
    let t21_b = 0;
    let t22_b = 0;
    let t23_b = 0;
    let t10_d_b = 0;
    let ret_1_b = 0;
    let ret_d_b = 0;
    let a0_b = 0;
    let w_2_b = 0;
    let t4_1_b = 0;
    let t5_1_b = 0;
    let t6_1_b = 0;
    let t7_1_b = 0;
    let t8_1_b = 0;
    let t18_1_b = 0;
    let t8_d_1_b = 0;
    let t9_1_b = 0;
    let t20_1_b = 0;
    let t19_1_b = 0;
    let t9_d_1_b = 0;
    let t10_1_b = 0;
    let t21_1_b = 0;
    let t22_1_b = 0;
    let t23_1_b = 0;
    let t10_d_1_b = 0;
    let ret_2_b = 0;
    let ret_d_1_b = 0;
    let a1_b = 0;
    let v0_b = 0;
    let v1_b = 0;
    let tf_b = 0;
    let xf_b = 0;
    let ret_b = out_b;
    let n0_b = 0;
    let n1_b = 0;
    let x0_b = 0;
    let x1_b = 0;
    let t31_b = 0;
    let x0_1_b = 0;
    let x1_1_b = 0;
    let t1_b = 0;
    let t2_b = 0;
    let t3_b = 0;
    let t17_b = 0;
    let t3_d_b = 0;
    let t11_b = 0;
    let t12_b = 0;
    let t13_b = 0;
    let t24_b = 0;
    let t13_d_b = 0;
    let t14_b = 0;
    let t25_b = 0;
    let t14_d_b = 0;
    let t15_b = 0;
    let t27_b = 0;
    let t26_b = 0;
    let t15_d_b = 0;
    let t16_b = 0;
    let t28_b = 0;
    let t29_b = 0;
    let t30_b = 0;
    let t16_d_b = 0;
    let x0_2_b = 0;
    let x1_2_b = 0;
    let t1_1_b = 0;
    let t2_1_b = 0;
    let t3_1_b = 0;
    let t17_1_b = 0;
    let t3_d_1_b = 0;
    let t11_1_b = 0;
    let t12_1_b = 0;
    let t13_1_b = 0;
    let t24_1_b = 0;
    let t13_d_1_b = 0;
    let t14_1_b = 0;
    let t25_1_b = 0;
    let t14_d_1_b = 0;
    let t15_1_b = 0;
    let t27_1_b = 0;
    let t26_1_b = 0;
    let t15_d_1_b = 0;
    let t16_1_b = 0;
    let t28_1_b = 0;
    let t29_1_b = 0;
    let t30_1_b = 0;
    let t16_d_1_b = 0;
    xf_b += ret_b * xf; // particle.ts:70
    xf_b += ret_b * xf; // particle.ts:70
    x0_b += xf_b; // particle.ts:69
    tf_b += xf_b * v0; // particle.ts:69
    v0_b += xf_b * tf; // particle.ts:69
    t31_b += tf_b * (1 / v1); // particle.ts:68
    v1_b -= tf_b * (t31 / (v1 * v1)); // particle.ts:68
    x1_b -= t31_b; // particle.ts:68
    for (let iteration = tape.popInt(); iteration > 0; iteration--) {
        if (tape.popBranch()) {
            a1_b += v1_b * dt; // particle.ts:65
            a0_b += v0_b * dt; // particle.ts:64
            n1_b += x1_b; // particle.ts:63
            x1_b = 0; // particle.ts:63
            n0_b += x0_b; // particle.ts:62
            x0_b = 0; // particle.ts:62
        }
        x1_b += n1_b; // particle.ts:60
        v1_b += n1_b * dt; // particle.ts:60
        n1_b = 0; // particle.ts:60
        x0_b += n0_b; // particle.ts:60
        v0_b += n0_b * dt; // particle.ts:60
        n0_b = 0; // particle.ts:60
        t_b[1]! -= a1_b; // particle.ts:59
        a1_b = 0; // particle.ts:59
        ret_d_1_b += t_b[1]!; // particle-potential.tangent.ts:45
        t_b[1] = 0; // particle-potential.tangent.ts:45
        ret_2_b += t_b[0]!; // particle-potential.tangent.ts:44
        t_b[0] = 0; // particle-potential.tangent.ts:44
        t10_d_1_b += ret_d_1_b; // particle-potential.tangent.ts:43
        t16_d_1_b += ret_d_1_b; // particle-potential.tangent.ts:43
        ret_d_1_b = 0; // particle-potential.tangent.ts:43
        t10_1_b += ret_2_b; // particle-potential.tangent.ts:42
        t16_1_b += ret_2_b; // particle-potential.tangent.ts:42
        ret_2_b = 0; // particle-potential.tangent.ts:42
        t30_1_b -= t16_d_1_b; // particle-potential.tangent.ts:41
        t16_d_1_b = 0; // particle-potential.tangent.ts:41
        t29_1_b += t30_1_b * t15_d_1; // particle-potential.tangent.ts:41
        t15_d_1_b += t30_1_b * t29_1; // particle-potential.tangent.ts:41
        t30_1_b = 0; // particle-potential.tangent.ts:41
        t29_1 = tape.pop(); // particle-potential.tangent.ts:41
        t28_1_b -= t29_1_b * (1 / (t28_1 * t28_1)); // particle-potential.tangent.ts:41
        t29_1_b = 0; // particle-potential.tangent.ts:41
        t28_1 = tape.pop(); // particle-potential.tangent.ts:41
        t15_1_b += t28_1_b * t15_1; // particle-potential.tangent.ts:41
        t15_1_b += t28_1_b * t15_1; // particle-potential.tangent.ts:41
        t28_1_b = 0; // particle-potential.tangent.ts:41
        t15_1_b -= t16_1_b * (1 / (t15_1 * t15_1)); // particle-potential.tangent.ts:40
        t16_1_b = 0; // particle-potential.tangent.ts:40
        t15_d_1 = tape.pop(); // particle-potential.tangent.ts:39
        t26_1_b += t15_d_1_b; // particle-potential.tangent.ts:39
        t15_d_1_b = 0; // particle-potential.tangent.ts:39
        if (tape.popBranch()) {
            t26_1_b = 0; // particle-potential.tangent.ts:39
        }
        else {
            t27_1_b += t26_1_b * t14_d_1; // particle-potential.tangent.ts:39
            t14_d_1_b += t26_1_b * t27_1; // particle-potential.tangent.ts:39
            t26_1_b = 0; // particle-potential.tangent.ts:39
            t27_1 = tape.pop(); // particle-potential.tangent.ts:39
            t15_1_b -= t27_1_b * (0.5 / (t15_1 * t15_1)); // particle-potential.tangent.ts:39
            t27_1_b = 0; // particle-potential.tangent.ts:39
        }
        t26_1_b = 0; // particle-potential.tangent.ts:39
        t14_1_b += t15_1_b === 0 ? 0 : t15_1_b * (0.5 / t15_1); // particle-potential.tangent.ts:38
        t15_1_b = 0; // particle-potential.tangent.ts:38
        t15_1 = tape.pop(); // particle-potential.tangent.ts:38
        t14_d_1 = tape.pop(); // particle-potential.tangent.ts:37
        t25_1_b += t14_d_1_b; // particle-potential.tangent.ts:37
        x1_2_b += t14_d_1_b * x1_d_1; // particle-potential.tangent.ts:37
        t14_d_1_b = 0; // particle-potential.tangent.ts:37
        t13_d_1_b += t25_1_b; // particle-potential.tangent.ts:37
        x1_2_b += t25_1_b * x1_d_1; // particle-potential.tangent.ts:37
        t25_1_b = 0; // particle-potential.tangent.ts:37
        t13_1_b += t14_1_b; // particle-potential.tangent.ts:36
        x1_2_b += t14_1_b * x1_2; // particle-potential.tangent.ts:36
        x1_2_b += t14_1_b * x1_2; // particle-potential.tangent.ts:36
        t14_1_b = 0; // particle-potential.tangent.ts:36
        t24_1_b += t13_d_1_b; // particle-potential.tangent.ts:35
        t11_1_b += t13_d_1_b * t12_d_1; // particle-potential.tangent.ts:35
        t13_d_1_b = 0; // particle-potential.tangent.ts:35
        t12_1_b += t24_1_b * t11_d_1; // particle-potential.tangent.ts:35
        t24_1_b = 0; // particle-potential.tangent.ts:35
        t11_1_b += t13_1_b * t12_1; // particle-potential.tangent.ts:34
        t12_1_b += t13_1_b * t11_1; // particle-potential.tangent.ts:34
        t13_1_b = 0; // particle-potential.tangent.ts:34
        t12_d_1 = tape.pop(); // particle-potential.tangent.ts:33
        t12_1 = tape.pop(); // particle-potential.tangent.ts:32
        x0_2_b += t12_1_b; // particle-potential.tangent.ts:32
        t12_1_b = 0; // particle-potential.tangent.ts:32
        t11_d_1 = tape.pop(); // particle-potential.tangent.ts:31
        t11_1 = tape.pop(); // particle-potential.tangent.ts:30
        x0_2_b += t11_1_b; // particle-potential.tangent.ts:30
        t11_1_b = 0; // particle-potential.tangent.ts:30
        t23_1_b -= t10_d_1_b; // particle-potential.tangent.ts:29
        t10_d_1_b = 0; // particle-potential.tangent.ts:29
        t22_1_b += t23_1_b * t9_d_1; // particle-potential.tangent.ts:29
        t9_d_1_b += t23_1_b * t22_1; // particle-potential.tangent.ts:29
        t23_1_b = 0; // particle-potential.tangent.ts:29
        t22_1 = tape.pop(); // particle-potential.tangent.ts:29
        t21_1_b -= t22_1_b * (1 / (t21_1 * t21_1)); // particle-potential.tangent.ts:29
        t22_1_b = 0; // particle-potential.tangent.ts:29
        t21_1 = tape.pop(); // particle-potential.tangent.ts:29
        t9_1_b += t21_1_b * t9_1; // particle-potential.tangent.ts:29
        t9_1_b += t21_1_b * t9_1; // particle-potential.tangent.ts:29
        t21_1_b = 0; // particle-potential.tangent.ts:29
        t9_1_b -= t10_1_b * (1 / (t9_1 * t9_1)); // particle-potential.tangent.ts:28
        t10_1_b = 0; // particle-potential.tangent.ts:28
        t9_d_1 = tape.pop(); // particle-potential.tangent.ts:27
        t19_1_b += t9_d_1_b; // particle-potential.tangent.ts:27
        t9_d_1_b = 0; // particle-potential.tangent.ts:27
        if (tape.popBranch()) {
            t19_1_b = 0; // particle-potential.tangent.ts:27
        }
        else {
            t20_1_b += t19_1_b * t8_d_1; // particle-potential.tangent.ts:27
            t8_d_1_b += t19_1_b * t20_1; // particle-potential.tangent.ts:27
            t19_1_b = 0; // particle-potential.tangent.ts:27
            t20_1 = tape.pop(); // particle-potential.tangent.ts:27
            t9_1_b -= t20_1_b * (0.5 / (t9_1 * t9_1)); // particle-potential.tangent.ts:27
            t20_1_b = 0; // particle-potential.tangent.ts:27
        }
        t19_1_b = 0; // particle-potential.tangent.ts:27
        t8_1_b += t9_1_b === 0 ? 0 : t9_1_b * (0.5 / t9_1); // particle-potential.tangent.ts:26
        t9_1_b = 0; // particle-potential.tangent.ts:26
        t9_1 = tape.pop(); // particle-potential.tangent.ts:26
        t8_d_1 = tape.pop(); // particle-potential.tangent.ts:25
        t18_1_b += t8_d_1_b; // particle-potential.tangent.ts:25
        t5_1_b += t8_d_1_b * t7_d_1; // particle-potential.tangent.ts:25
        t8_d_1_b = 0; // particle-potential.tangent.ts:25
        t3_d_1_b += t18_1_b; // particle-potential.tangent.ts:25
        t7_1_b += t18_1_b * t5_d_1; // particle-potential.tangent.ts:25
        t18_1_b = 0; // particle-potential.tangent.ts:25
        t3_1_b += t8_1_b; // particle-potential.tangent.ts:24
        t5_1_b += t8_1_b * t7_1; // particle-potential.tangent.ts:24
        t7_1_b += t8_1_b * t5_1; // particle-potential.tangent.ts:24
        t8_1_b = 0; // particle-potential.tangent.ts:24
        t7_d_1 = tape.pop(); // particle-potential.tangent.ts:23
        t7_1 = tape.pop(); // particle-potential.tangent.ts:22
        x1_2_b += t7_1_b; // particle-potential.tangent.ts:22
        t6_1_b -= t7_1_b; // particle-potential.tangent.ts:22
        t7_1_b = 0; // particle-potential.tangent.ts:22
        w_2_b -= t6_1_b; // particle-potential.tangent.ts:21
        t6_1_b = 0; // particle-potential.tangent.ts:21
        t5_d_1 = tape.pop(); // particle-potential.tangent.ts:20
        t5_1 = tape.pop(); // particle-potential.tangent.ts:19
        x1_2_b += t5_1_b; // particle-potential.tangent.ts:19
        t4_1_b -= t5_1_b; // particle-potential.tangent.ts:19
        t5_1_b = 0; // particle-potential.tangent.ts:19
        w_2_b -= t4_1_b; // particle-potential.tangent.ts:18
        t4_1_b = 0; // particle-potential.tangent.ts:18
        t17_1_b += t3_d_1_b; // particle-potential.tangent.ts:17
        t1_1_b += t3_d_1_b * t2_d_1; // particle-potential.tangent.ts:17
        t3_d_1_b = 0; // particle-potential.tangent.ts:17
        t2_1_b += t17_1_b * t1_d_1; // particle-potential.tangent.ts:17
        t17_1_b = 0; // particle-potential.tangent.ts:17
        t1_1_b += t3_1_b * t2_1; // particle-potential.tangent.ts:16
        t2_1_b += t3_1_b * t1_1; // particle-potential.tangent.ts:16
        t3_1_b = 0; // particle-potential.tangent.ts:16
        t2_d_1 = tape.pop(); // particle-potential.tangent.ts:15
        t2_1 = tape.pop(); // particle-potential.tangent.ts:14
        x0_2_b += t2_1_b; // particle-potential.tangent.ts:14
        t2_1_b = 0; // particle-potential.tangent.ts:14
        t1_d_1 = tape.pop(); // particle-potential.tangent.ts:13
        t1_1 = tape.pop(); // particle-potential.tangent.ts:12
        x0_2_b += t1_1_b; // particle-potential.tangent.ts:12
        t1_1_b = 0; // particle-potential.tangent.ts:12
        x1_d_1 = tape.pop(); // particle.ts:58
        w_b += w_2_b; // particle.ts:58
        w_2_b = 0; // particle.ts:58
        x1_2 = tape.pop(); // particle.ts:58
        x1_b += x1_2_b; // particle.ts:58
        x1_2_b = 0; // particle.ts:58
        x0_b += x0_2_b; // particle.ts:58
        x0_2_b = 0; // particle.ts:58
        t_b[1]! -= a0_b; // particle.ts:57
        a0_b = 0; // particle.ts:57
        ret_d_b += t_b[1]!; // particle-potential.tangent.ts:45
        t_b[1] = 0; // particle-potential.tangent.ts:45
        ret_1_b += t_b[0]!; // particle-potential.tangent.ts:44
        t_b[0] = 0; // particle-potential.tangent.ts:44
        t10_d_b += ret_d_b; // particle-potential.tangent.ts:43
        t16_d_b += ret_d_b; // particle-potential.tangent.ts:43
        ret_d_b = 0; // particle-potential.tangent.ts:43
        t10_b += ret_1_b; // particle-potential.tangent.ts:42
        t16_b += ret_1_b; // particle-potential.tangent.ts:42
        ret_1_b = 0; // particle-potential.tangent.ts:42
        t30_b -= t16_d_b; // particle-potential.tangent.ts:41
        t16_d_b = 0; // particle-potential.tangent.ts:41
        t29_b += t30_b * t15_d; // particle-potential.tangent.ts:41
        t15_d_b += t30_b * t29; // particle-potential.tangent.ts:41
        t30_b = 0; // particle-potential.tangent.ts:41
        t29 = tape.pop(); // particle-potential.tangent.ts:41
        t28_b -= t29_b * (1 / (t28 * t28)); // particle-potential.tangent.ts:41
        t29_b = 0; // particle-potential.tangent.ts:41
        t28 = tape.pop(); // particle-potential.tangent.ts:41
        t15_b += t28_b * t15; // particle-potential.tangent.ts:41
        t15_b += t28_b * t15; // particle-potential.tangent.ts:41
        t28_b = 0; // particle-potential.tangent.ts:41
        t15_b -= t16_b * (1 / (t15 * t15)); // particle-potential.tangent.ts:40
        t16_b = 0; // particle-potential.tangent.ts:40
        t15_d = tape.pop(); // particle-potential.tangent.ts:39
        t26_b += t15_d_b; // particle-potential.tangent.ts:39
        t15_d_b = 0; // particle-potential.tangent.ts:39
        if (tape.popBranch()) {
            t26_b = 0; // particle-potential.tangent.ts:39
        }
        else {
            t27_b += t26_b * t14_d; // particle-potential.tangent.ts:39
            t14_d_b += t26_b * t27; // particle-potential.tangent.ts:39
            t26_b = 0; // particle-potential.tangent.ts:39
            t27 = tape.pop(); // particle-potential.tangent.ts:39
            t15_b -= t27_b * (0.5 / (t15 * t15)); // particle-potential.tangent.ts:39
            t27_b = 0; // particle-potential.tangent.ts:39
        }
        t26_b = 0; // particle-potential.tangent.ts:39
        t14_b += t15_b === 0 ? 0 : t15_b * (0.5 / t15); // particle-potential.tangent.ts:38
        t15_b = 0; // particle-potential.tangent.ts:38
        t15 = tape.pop(); // particle-potential.tangent.ts:38
        t14_d = tape.pop(); // particle-potential.tangent.ts:37
        t25_b += t14_d_b; // particle-potential.tangent.ts:37
        x1_1_b += t14_d_b * x1_d; // particle-potential.tangent.ts:37
        t14_d_b = 0; // particle-potential.tangent.ts:37
        t13_d_b += t25_b; // particle-potential.tangent.ts:37
        x1_1_b += t25_b * x1_d; // particle-potential.tangent.ts:37
        t25_b = 0; // particle-potential.tangent.ts:37
        t13_b += t14_b; // particle-potential.tangent.ts:36
        x1_1_b += t14_b * x1_1; // particle-potential.tangent.ts:36
        x1_1_b += t14_b * x1_1; // particle-potential.tangent.ts:36
        t14_b = 0; // particle-potential.tangent.ts:36
        t24_b += t13_d_b; // particle-potential.tangent.ts:35
        t11_b += t13_d_b * t12_d; // particle-potential.tangent.ts:35
        t13_d_b = 0; // particle-potential.tangent.ts:35
        t12_b += t24_b * t11_d; // particle-potential.tangent.ts:35
        t24_b = 0; // particle-potential.tangent.ts:35
        t11_b += t13_b * t12; // particle-potential.tangent.ts:34
        t12_b += t13_b * t11; // particle-potential.tangent.ts:34
        t13_b = 0; // particle-potential.tangent.ts:34
        t12_d = tape.pop(); // particle-potential.tangent.ts:33
        t12 = tape.pop(); // particle-potential.tangent.ts:32
        x0_1_b += t12_b; // particle-potential.tangent.ts:32
        t12_b = 0; // particle-potential.tangent.ts:32
        t11_d = tape.pop(); // particle-potential.tangent.ts:31
        t11 = tape.pop(); // particle-potential.tangent.ts:30
        x0_1_b += t11_b; // particle-potential.tangent.ts:30
        t11_b = 0; // particle-potential.tangent.ts:30
        t23_b -= t10_d_b; // particle-potential.tangent.ts:29
        t10_d_b = 0; // particle-potential.tangent.ts:29
        t22_b += t23_b * t9_d; // particle-potential.tangent.ts:29
        t9_d_b += t23_b * t22; // particle-potential.tangent.ts:29
        t23_b = 0; // particle-potential.tangent.ts:29
        t22 = tape.pop(); // particle-potential.tangent.ts:29
        t21_b -= t22_b * (1 / (t21 * t21)); // particle-potential.tangent.ts:29
        t22_b = 0; // particle-potential.tangent.ts:29
        t21 = tape.pop(); // particle-potential.tangent.ts:29
        t9_b += t21_b * t9; // particle-potential.tangent.ts:29
        t9_b += t21_b * t9; // particle-potential.tangent.ts:29
        t21_b = 0; // particle-potential.tangent.ts:29
        t9_b -= t10_b * (1 / (t9 * t9)); // particle-potential.tangent.ts:28
        t10_b = 0; // particle-potential.tangent.ts:28
        t9_d = tape.pop(); // particle-potential.tangent.ts:27
        t19_b += t9_d_b; // particle-potential.tangent.ts:27
        t9_d_b = 0; // particle-potential.tangent.ts:27
        if (tape.popBranch()) {
            t19_b = 0; // particle-potential.tangent.ts:27
        }
        else {
            t20_b += t19_b * t8_d; // particle-potential.tangent.ts:27
            t8_d_b += t19_b * t20; // particle-potential.tangent.ts:27
            t19_b = 0; // particle-potential.tangent.ts:27
            t20 = tape.pop(); // particle-potential.tangent.ts:27
            t9_b -= t20_b * (0.5 / (t9 * t9)); // particle-potential.tangent.ts:27
            t20_b = 0; // particle-potential.tangent.ts:27
        }
        t19_b = 0; // particle-potential.tangent.ts:27
        t8_b += t9_b === 0 ? 0 : t9_b * (0.5 / t9); // particle-potential.tangent.ts:26
        t9_b = 0; // particle-potential.tangent.ts:26
        t9 = tape.pop(); // particle-potential.tangent.ts:26
        t8_d = tape.pop(); // particle-potential.tangent.ts:25
        t18_b += t8_d_b; // particle-potential.tangent.ts:25
        t5_b += t8_d_b * t7_d; // particle-potential.tangent.ts:25
        t8_d_b = 0; // particle-potential.tangent.ts:25
        t3_d_b += t18_b; // particle-potential.tangent.ts:25
        t7_b += t18_b * t5_d; // particle-potential.tangent.ts:25
        t18_b = 0; // particle-potential.tangent.ts:25
        t3_b += t8_b; // particle-potential.tangent.ts:24
        t5_b += t8_b * t7; // particle-potential.tangent.ts:24
        t7_b += t8_b * t5; // particle-potential.tangent.ts:24
        t8_b = 0; // particle-potential.tangent.ts:24
        t7_d = tape.pop(); // particle-potential.tangent.ts:23
        t7 = tape.pop(); // particle-potential.tangent.ts:22
        x1_1_b += t7_b; // particle-potential.tangent.ts:22
        t6_b -= t7_b; // particle-potential.tangent.ts:22
        t7_b = 0; // particle-potential.tangent.ts:22
        w_1_b -= t6_b; // particle-potential.tangent.ts:21
        t6_b = 0; // particle-potential.tangent.ts:21
        t5_d = tape.pop(); // particle-potential.tangent.ts:20
        t5 = tape.pop(); // particle-potential.tangent.ts:19
        x1_1_b += t5_b; // particle-potential.tangent.ts:19
        t4_b -= t5_b; // particle-potential.tangent.ts:19
        t5_b = 0; // particle-potential.tangent.ts:19
        w_1_b -= t4_b; // particle-potential.tangent.ts:18
        t4_b = 0; // particle-potential.tangent.ts:18
        t17_b += t3_d_b; // particle-potential.tangent.ts:17
        t1_b += t3_d_b * t2_d; // particle-potential.tangent.ts:17
        t3_d_b = 0; // particle-potential.tangent.ts:17
        t2_b += t17_b * t1_d; // particle-potential.tangent.ts:17
        t17_b = 0; // particle-potential.tangent.ts:17
        t1_b += t3_b * t2; // particle-potential.tangent.ts:16
        t2_b += t3_b * t1; // particle-potential.tangent.ts:16
        t3_b = 0; // particle-potential.tangent.ts:16
        t2_d = tape.pop(); // particle-potential.tangent.ts:15
        t2 = tape.pop(); // particle-potential.tangent.ts:14
        x0_1_b += t2_b; // particle-potential.tangent.ts:14
        t2_b = 0; // particle-potential.tangent.ts:14
        t1_d = tape.pop(); // particle-potential.tangent.ts:13
        t1 = tape.pop(); // particle-potential.tangent.ts:12
        x0_1_b += t1_b; // particle-potential.tangent.ts:12
        t1_b = 0; // particle-potential.tangent.ts:12
        x1_d = tape.pop(); // particle.ts:56
        w_b += w_1_b; // particle.ts:56
        w_1_b = 0; // particle.ts:56
        x1_1 = tape.pop(); // particle.ts:56
        x1_b += x1_1_b; // particle.ts:56
        x1_1_b = 0; // particle.ts:56
        x0_b += x0_1_b; // particle.ts:56
        x0_1_b = 0; // particle.ts:56
    }
    v1_b = 0; // particle.ts:51
    v0_b = 0; // particle.ts:51
    x1_b = 0; // particle.ts:51
    x0_b = 0; // particle.ts:51
    grad[0]! += w_b;
    return ret;
}
