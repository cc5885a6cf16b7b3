// Generated from bench/gradbench/evals/ba.ts by the sobolev compiler (adjoint). Do not edit.
import { tape } from "../../../runtime/index.js";

/**
 * Adjoint of reprojError (bench/gradbench/evals/ba.ts:23).
 * @differentiable
 * @wrt cam x w cam_b x_b out_b grad
 * @domain row 0 1
 * @domain cam[0] -0.3 0.3
 * @domain cam[1] -0.3 0.3
 * @domain cam[2] -0.3 0.3
 * @domain cam[6] 1 2
 * @domain cam[9] -0.1 0.1
 * @domain cam[10] -0.1 0.1
 * @domain x[2] 3 4
 * @length cam 11
 * @length x 3
 * @length feat 2
 * @length cam_b 11
 * @length x_b 3
 * @length grad 1
 * @variant tangent
 */
export function reprojError_adjoint(cam: Float64Array, x: Float64Array, w: number, feat: Float64Array, row: number, cam_b: Float64Array, x_b: Float64Array, out_b: number, grad: Float64Array): number {
    let theta = 0;
    let costheta = 0;
    let sintheta = 0;
    let inverse = 0;
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    let t5 = 0;
    let t6 = 0;
    let tmp = 0;
    let t10 = 0;
    let t15 = 0;
    let t20 = 0;
    let t35 = 0;
    let t36 = 0;
    const xo0 = x[0]! - cam[3]!; // ba.ts:24
    const xo1 = x[1]! - cam[4]!; // ba.ts:24
    const xo2 = x[2]! - cam[5]!; // ba.ts:24
    const t1 = cam[0]! * cam[0]!; // ba.ts:26
    const t2 = t1 + cam[1]! * cam[1]!; // ba.ts:26
    const sqtheta = t2 + cam[2]! * cam[2]!; // ba.ts:26
    let r0 = 0; // ba.ts:27
    let r1 = 0; // ba.ts:27
    let r2 = 0; // ba.ts:27
    const branch = sqtheta !== 0; // ba.ts:28
    if (branch) {
        theta = Math.sqrt(sqtheta); // ba.ts:29
        costheta = Math.cos(theta); // ba.ts:30
        sintheta = Math.sin(theta); // ba.ts:30
        inverse = 1 / theta; // ba.ts:30
        w0 = cam[0]! * inverse; // ba.ts:31
        w1 = cam[1]! * inverse; // ba.ts:31
        w2 = cam[2]! * inverse; // ba.ts:31
        const t3 = w0 * xo0; // ba.ts:32
        const t4 = t3 + w1 * xo1; // ba.ts:32
        t5 = t4 + w2 * xo2; // ba.ts:32
        t6 = 1 - costheta; // ba.ts:32
        tmp = t5 * t6; // ba.ts:32
        const t7 = xo0 * costheta; // ba.ts:33
        const t8 = w1 * xo2; // ba.ts:33
        const t9 = w2 * xo1; // ba.ts:33
        t10 = t8 - t9; // ba.ts:33
        const t11 = t7 + t10 * sintheta; // ba.ts:33
        r0 = t11 + w0 * tmp; // ba.ts:33
        const t12 = xo1 * costheta; // ba.ts:34
        const t13 = w2 * xo0; // ba.ts:34
        const t14 = w0 * xo2; // ba.ts:34
        t15 = t13 - t14; // ba.ts:34
        const t16 = t12 + t15 * sintheta; // ba.ts:34
        r1 = t16 + w1 * tmp; // ba.ts:34
        const t17 = xo2 * costheta; // ba.ts:35
        const t18 = w0 * xo1; // ba.ts:35
        const t19 = w1 * xo0; // ba.ts:35
        t20 = t18 - t19; // ba.ts:35
        const t21 = t17 + t20 * sintheta; // ba.ts:35
        r2 = t21 + w2 * tmp; // ba.ts:35
    }
    else {
        const t22 = cam[1]! * xo2; // ba.ts:37
        const t23 = cam[2]! * xo1; // ba.ts:37
        const t24 = t22 - t23; // ba.ts:37
        r0 = xo0 + t24; // ba.ts:37
        const t25 = cam[2]! * xo0; // ba.ts:38
        const t26 = cam[0]! * xo2; // ba.ts:38
        const t27 = t25 - t26; // ba.ts:38
        r1 = xo1 + t27; // ba.ts:38
        const t28 = cam[0]! * xo1; // ba.ts:39
        const t29 = cam[1]! * xo0; // ba.ts:39
        const t30 = t28 - t29; // ba.ts:39
        r2 = xo2 + t30; // ba.ts:39
    }
    tape.pushBranch(branch); // ba.ts:28
    let p0 = r0 / r2; // ba.ts:41
    let p1 = r1 / r2; // ba.ts:41
    const t31 = p0 * p0; // ba.ts:43
    const rsq = t31 + p1 * p1; // ba.ts:43
    const t32 = 1 + cam[9]! * rsq; // ba.ts:44
    const t33 = cam[10]! * rsq; // ba.ts:44
    const L = t32 + t33 * rsq; // ba.ts:44
    tape.push(p0); // ba.ts:45
    p0 *= L; // ba.ts:45
    tape.push(p1); // ba.ts:46
    p1 *= L; // ba.ts:46
    tape.push(p0); // ba.ts:47
    p0 = cam[7]! + p0 * cam[6]!; // ba.ts:47
    tape.push(p1); // ba.ts:48
    p1 = cam[8]! + p1 * cam[6]!; // ba.ts:48
    let t34 = 0; // ba.ts:49
    const branch_1 = row === 0; // ba.ts:49
    if (branch_1) {
        t35 = p0 - feat[0]!; // ba.ts:49
        t34 = w * t35; // ba.ts:49
    }
    else {
        t36 = p1 - feat[1]!; // ba.ts:49
        t34 = w * t36; // ba.ts:49
    }
    tape.pushBranch(branch_1); // ba.ts:49
    const ret = t34; // ba.ts:49
    // reverse sweep
    let w_b = 0;
    let xo0_b = 0;
    let xo1_b = 0;
    let xo2_b = 0;
    let t1_b = 0;
    let t2_b = 0;
    let sqtheta_b = 0;
    let theta_b = 0;
    let costheta_b = 0;
    let sintheta_b = 0;
    let inverse_b = 0;
    let w0_b = 0;
    let w1_b = 0;
    let w2_b = 0;
    let t3_b = 0;
    let t4_b = 0;
    let t5_b = 0;
    let t6_b = 0;
    let tmp_b = 0;
    let t7_b = 0;
    let t8_b = 0;
    let t9_b = 0;
    let t10_b = 0;
    let t11_b = 0;
    let r0_b = 0;
    let t12_b = 0;
    let t13_b = 0;
    let t14_b = 0;
    let t15_b = 0;
    let t16_b = 0;
    let r1_b = 0;
    let t17_b = 0;
    let t18_b = 0;
    let t19_b = 0;
    let t20_b = 0;
    let t21_b = 0;
    let r2_b = 0;
    let t22_b = 0;
    let t23_b = 0;
    let t24_b = 0;
    let t25_b = 0;
    let t26_b = 0;
    let t27_b = 0;
    let t28_b = 0;
    let t29_b = 0;
    let t30_b = 0;
    let p0_b = 0;
    let p1_b = 0;
    let t31_b = 0;
    let rsq_b = 0;
    let t32_b = 0;
    let t33_b = 0;
    let L_b = 0;
    let t35_b = 0;
    let t34_b = 0;
    let t36_b = 0;
    let ret_b = out_b;
    t34_b += ret_b; // ba.ts:49
    if (tape.popBranch()) {
        w_b += t34_b * t35; // ba.ts:49
        t35_b += t34_b * w; // ba.ts:49
        t34_b = 0; // ba.ts:49
        p0_b += t35_b; // ba.ts:49
    }
    else {
        w_b += t34_b * t36; // ba.ts:49
        t36_b += t34_b * w; // ba.ts:49
        t34_b = 0; // ba.ts:49
        p1_b += t36_b; // ba.ts:49
    }
    t34_b = 0; // ba.ts:49
    p1 = tape.pop(); // ba.ts:48
    cam_b[8]! += p1_b; // ba.ts:48
    cam_b[6]! += p1_b * p1; // ba.ts:48
    p1_b *= cam[6]!; // ba.ts:48
    p0 = tape.pop(); // ba.ts:47
    cam_b[7]! += p0_b; // ba.ts:47
    cam_b[6]! += p0_b * p0; // ba.ts:47
    p0_b *= cam[6]!; // ba.ts:47
    p1 = tape.pop(); // ba.ts:46
    L_b += p1_b * p1; // ba.ts:46
    p1_b *= L; // ba.ts:46
    p0 = tape.pop(); // ba.ts:45
    L_b += p0_b * p0; // ba.ts:45
    p0_b *= L; // ba.ts:45
    t32_b += L_b; // ba.ts:44
    t33_b += L_b * rsq; // ba.ts:44
    rsq_b += L_b * t33; // ba.ts:44
    cam_b[10]! += t33_b * rsq; // ba.ts:44
    rsq_b += t33_b * cam[10]!; // ba.ts:44
    cam_b[9]! += t32_b * rsq; // ba.ts:44
    rsq_b += t32_b * cam[9]!; // ba.ts:44
    t31_b += rsq_b; // ba.ts:43
    p1_b += rsq_b * p1; // ba.ts:43
    p1_b += rsq_b * p1; // ba.ts:43
    p0_b += t31_b * p0; // ba.ts:43
    p0_b += t31_b * p0; // ba.ts:43
    r1_b += p1_b * (1 / r2); // ba.ts:41
    r2_b -= p1_b * (r1 / (r2 * r2)); // ba.ts:41
    p1_b = 0; // ba.ts:41
    r0_b += p0_b * (1 / r2); // ba.ts:41
    r2_b -= p0_b * (r0 / (r2 * r2)); // ba.ts:41
    p0_b = 0; // ba.ts:41
    if (tape.popBranch()) {
        t21_b += r2_b; // ba.ts:35
        w2_b += r2_b * tmp; // ba.ts:35
        tmp_b += r2_b * w2; // ba.ts:35
        r2_b = 0; // ba.ts:35
        t17_b += t21_b; // ba.ts:35
        t20_b += t21_b * sintheta; // ba.ts:35
        sintheta_b += t21_b * t20; // ba.ts:35
        t18_b += t20_b; // ba.ts:35
        t19_b -= t20_b; // ba.ts:35
        w1_b += t19_b * xo0; // ba.ts:35
        xo0_b += t19_b * w1; // ba.ts:35
        w0_b += t18_b * xo1; // ba.ts:35
        xo1_b += t18_b * w0; // ba.ts:35
        xo2_b += t17_b * costheta; // ba.ts:35
        costheta_b += t17_b * xo2; // ba.ts:35
        t16_b += r1_b; // ba.ts:34
        w1_b += r1_b * tmp; // ba.ts:34
        tmp_b += r1_b * w1; // ba.ts:34
        r1_b = 0; // ba.ts:34
        t12_b += t16_b; // ba.ts:34
        t15_b += t16_b * sintheta; // ba.ts:34
        sintheta_b += t16_b * t15; // ba.ts:34
        t13_b += t15_b; // ba.ts:34
        t14_b -= t15_b; // ba.ts:34
        w0_b += t14_b * xo2; // ba.ts:34
        xo2_b += t14_b * w0; // ba.ts:34
        w2_b += t13_b * xo0; // ba.ts:34
        xo0_b += t13_b * w2; // ba.ts:34
        xo1_b += t12_b * costheta; // ba.ts:34
        costheta_b += t12_b * xo1; // ba.ts:34
        t11_b += r0_b; // ba.ts:33
        w0_b += r0_b * tmp; // ba.ts:33
        tmp_b += r0_b * w0; // ba.ts:33
        r0_b = 0; // ba.ts:33
        t7_b += t11_b; // ba.ts:33
        t10_b += t11_b * sintheta; // ba.ts:33
        sintheta_b += t11_b * t10; // ba.ts:33
        t8_b += t10_b; // ba.ts:33
        t9_b -= t10_b; // ba.ts:33
        w2_b += t9_b * xo1; // ba.ts:33
        xo1_b += t9_b * w2; // ba.ts:33
        w1_b += t8_b * xo2; // ba.ts:33
        xo2_b += t8_b * w1; // ba.ts:33
        xo0_b += t7_b * costheta; // ba.ts:33
        costheta_b += t7_b * xo0; // ba.ts:33
        t5_b += tmp_b * t6; // ba.ts:32
        t6_b += tmp_b * t5; // ba.ts:32
        costheta_b -= t6_b; // ba.ts:32
        t4_b += t5_b; // ba.ts:32
        w2_b += t5_b * xo2; // ba.ts:32
        xo2_b += t5_b * w2; // ba.ts:32
        t3_b += t4_b; // ba.ts:32
        w1_b += t4_b * xo1; // ba.ts:32
        xo1_b += t4_b * w1; // ba.ts:32
        w0_b += t3_b * xo0; // ba.ts:32
        xo0_b += t3_b * w0; // ba.ts:32
        cam_b[2]! += w2_b * inverse; // ba.ts:31
        inverse_b += w2_b * cam[2]!; // ba.ts:31
        cam_b[1]! += w1_b * inverse; // ba.ts:31
        inverse_b += w1_b * cam[1]!; // ba.ts:31
        cam_b[0]! += w0_b * inverse; // ba.ts:31
        inverse_b += w0_b * cam[0]!; // ba.ts:31
        theta_b -= inverse_b * (1 / (theta * theta)); // ba.ts:30
        theta_b += sintheta_b * Math.cos(theta); // ba.ts:30
        theta_b -= costheta_b * Math.sin(theta); // ba.ts:30
        sqtheta_b += theta_b === 0 ? 0 : theta_b * (0.5 / theta); // ba.ts:29
    }
    else {
        xo2_b += r2_b; // ba.ts:39
        t30_b += r2_b; // ba.ts:39
        r2_b = 0; // ba.ts:39
        t28_b += t30_b; // ba.ts:39
        t29_b -= t30_b; // ba.ts:39
        cam_b[1]! += t29_b * xo0; // ba.ts:39
        xo0_b += t29_b * cam[1]!; // ba.ts:39
        cam_b[0]! += t28_b * xo1; // ba.ts:39
        xo1_b += t28_b * cam[0]!; // ba.ts:39
        xo1_b += r1_b; // ba.ts:38
        t27_b += r1_b; // ba.ts:38
        r1_b = 0; // ba.ts:38
        t25_b += t27_b; // ba.ts:38
        t26_b -= t27_b; // ba.ts:38
        cam_b[0]! += t26_b * xo2; // ba.ts:38
        xo2_b += t26_b * cam[0]!; // ba.ts:38
        cam_b[2]! += t25_b * xo0; // ba.ts:38
        xo0_b += t25_b * cam[2]!; // ba.ts:38
        xo0_b += r0_b; // ba.ts:37
        t24_b += r0_b; // ba.ts:37
        r0_b = 0; // ba.ts:37
        t22_b += t24_b; // ba.ts:37
        t23_b -= t24_b; // ba.ts:37
        cam_b[2]! += t23_b * xo1; // ba.ts:37
        xo1_b += t23_b * cam[2]!; // ba.ts:37
        cam_b[1]! += t22_b * xo2; // ba.ts:37
        xo2_b += t22_b * cam[1]!; // ba.ts:37
    }
    r2_b = 0; // ba.ts:27
    r1_b = 0; // ba.ts:27
    r0_b = 0; // ba.ts:27
    t2_b += sqtheta_b; // ba.ts:26
    cam_b[2]! += sqtheta_b * cam[2]!; // ba.ts:26
    cam_b[2]! += sqtheta_b * cam[2]!; // ba.ts:26
    t1_b += t2_b; // ba.ts:26
    cam_b[1]! += t2_b * cam[1]!; // ba.ts:26
    cam_b[1]! += t2_b * cam[1]!; // ba.ts:26
    cam_b[0]! += t1_b * cam[0]!; // ba.ts:26
    cam_b[0]! += t1_b * cam[0]!; // ba.ts:26
    x_b[2]! += xo2_b; // ba.ts:24
    cam_b[5]! -= xo2_b; // ba.ts:24
    x_b[1]! += xo1_b; // ba.ts:24
    cam_b[4]! -= xo1_b; // ba.ts:24
    x_b[0]! += xo0_b; // ba.ts:24
    cam_b[3]! -= xo0_b; // ba.ts:24
    grad[0]! += w_b;
    return ret;
}

/**
 * Adjoint of weightError (bench/gradbench/evals/ba.ts:57).
 * @differentiable
 * @wrt w out_b grad
 * @length grad 1
 */
export function weightError_adjoint(w: number, out_b: number, grad: Float64Array): number {
    const t1 = w * w; // ba.ts:58
    const ret = 1 - t1; // ba.ts:58
    // reverse sweep
    let w_b = 0;
    let t1_b = 0;
    let ret_b = out_b;
    t1_b -= ret_b; // ba.ts:58
    w_b += t1_b * w; // ba.ts:58
    w_b += t1_b * w; // ba.ts:58
    grad[0]! += w_b;
    return ret;
}
