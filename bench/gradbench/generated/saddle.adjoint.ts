// Generated from bench/gradbench/evals/saddle.ts by the sobolev compiler (adjoint). Do not edit.
import { tape } from "../../../runtime/index.js";

/**
 * Adjoint of innerMaxR (bench/gradbench/evals/saddle.ts:23).
 * @differentiable
 * @wrt x0 x1 out_b_2 grad
 * @domain x0 0.5 1.5
 * @domain x1 0.5 1.5
 * @domain s0 1 1
 * @domain s1 1 1
 * @length grad 2
 */
export function innerMaxR_adjoint(x0: number, x1: number, s0: number, s1: number, out_b_2: number, grad: Float64Array): number {
    let y0 = s0; // saddle.ts:24
    let y1 = s1; // saddle.ts:24
    let g = new Float64Array(2); // saddle.ts:25
    g[0] = 0; // saddle.ts:26
    g[1] = 0; // saddle.ts:27
    // inlined saddleF_adjoint (bench/gradbench/generated/saddle-objective.adjoint.ts:12)
    let y0_1 = y0; // saddle.ts:28
    let y1_1 = y1; // saddle.ts:28
    let out_b = 1; // saddle.ts:28
    let y0_b = 0; // saddle-objective.adjoint.ts:19
    let y1_b = 0; // saddle-objective.adjoint.ts:20
    let t3_b = 0; // saddle-objective.adjoint.ts:21
    let t4_b = 0; // saddle-objective.adjoint.ts:22
    let ret_b = out_b; // saddle-objective.adjoint.ts:23
    t4_b -= ret_b; // saddle-objective.adjoint.ts:24
    t3_b += t4_b; // saddle-objective.adjoint.ts:25
    y1_b += t4_b * y1_1; // saddle-objective.adjoint.ts:26
    y1_b += t4_b * y1_1; // saddle-objective.adjoint.ts:27
    y0_b += t3_b * y0_1; // saddle-objective.adjoint.ts:28
    y0_b += t3_b * y0_1; // saddle-objective.adjoint.ts:29
    g[0]! += y0_b; // saddle-objective.adjoint.ts:30
    g[1]! += y1_b; // saddle-objective.adjoint.ts:31
    let d0 = -g[0]!; // saddle.ts:30
    let d1 = -g[1]!; // saddle.ts:30
    // inlined saddleF (bench/gradbench/evals/saddle-objective.ts:13)
    let x0_2 = x0; // saddle.ts:31
    let x1_2 = x1; // saddle.ts:31
    let y0_2 = y0; // saddle.ts:31
    let y1_2 = y1; // saddle.ts:31
    const t1_1 = x0_2 * x0_2; // saddle-objective.ts:14
    const t2_1 = t1_1 + x1_2 * x1_2; // saddle-objective.ts:14
    const t3_1 = y0_2 * y0_2; // saddle-objective.ts:14
    const t4_1 = t3_1 + y1_2 * y1_2; // saddle-objective.ts:14
    const ret_2 = t2_1 - t4_1; // saddle-objective.ts:14
    let fy = -ret_2; // saddle.ts:31
    let eta = 0.00001; // saddle.ts:32
    let i = 0; // saddle.ts:33
    let go = true; // saddle.ts:34
    while (go) {
        if (Math.sqrt(d0 * d0 + d1 * d1) <= 0.00001) {
            go = false; // saddle.ts:36
        }
        else if (i === 10) {
            eta = 2 * eta; // saddle.ts:38
            i = 0; // saddle.ts:39
        }
        else {
            const t5 = eta * d0; // saddle.ts:41
            const n0 = y0 - t5; // saddle.ts:41
            const t6 = eta * d1; // saddle.ts:41
            const n1 = y1 - t6; // saddle.ts:41
            if (Math.sqrt((y0 - n0) * (y0 - n0) + (y1 - n1) * (y1 - n1)) <= 0.00001) {
                go = false; // saddle.ts:42
            }
            else {
                // inlined saddleF (bench/gradbench/evals/saddle-objective.ts:13)
                let x0_3 = x0; // saddle.ts:44
                let x1_3 = x1; // saddle.ts:44
                let y0_3 = n0; // saddle.ts:44
                let y1_3 = n1; // saddle.ts:44
                const t1_2 = x0_3 * x0_3; // saddle-objective.ts:14
                const t2_2 = t1_2 + x1_3 * x1_3; // saddle-objective.ts:14
                const t3_2 = y0_3 * y0_3; // saddle-objective.ts:14
                const t4_2 = t3_2 + y1_3 * y1_3; // saddle-objective.ts:14
                const ret_3 = t2_2 - t4_2; // saddle-objective.ts:14
                const fn = -ret_3; // saddle.ts:44
                if (fn < fy) {
                    y0 = n0; // saddle.ts:46
                    y1 = n1; // saddle.ts:47
                    fy = fn; // saddle.ts:48
                    g[0] = 0; // saddle.ts:49
                    g[1] = 0; // saddle.ts:50
                    // inlined saddleF_adjoint (bench/gradbench/generated/saddle-objective.adjoint.ts:12)
                    let y0_4 = y0; // saddle.ts:51
                    let y1_4 = y1; // saddle.ts:51
                    let out_b_1 = 1; // saddle.ts:51
                    let y0_b_1 = 0; // saddle-objective.adjoint.ts:19
                    let y1_b_1 = 0; // saddle-objective.adjoint.ts:20
                    let t3_b_1 = 0; // saddle-objective.adjoint.ts:21
                    let t4_b_1 = 0; // saddle-objective.adjoint.ts:22
                    let ret_b_1 = out_b_1; // saddle-objective.adjoint.ts:23
                    t4_b_1 -= ret_b_1; // saddle-objective.adjoint.ts:24
                    t3_b_1 += t4_b_1; // saddle-objective.adjoint.ts:25
                    y1_b_1 += t4_b_1 * y1_4; // saddle-objective.adjoint.ts:26
                    y1_b_1 += t4_b_1 * y1_4; // saddle-objective.adjoint.ts:27
                    y0_b_1 += t3_b_1 * y0_4; // saddle-objective.adjoint.ts:28
                    y0_b_1 += t3_b_1 * y0_4; // saddle-objective.adjoint.ts:29
                    g[0]! += y0_b_1; // saddle-objective.adjoint.ts:30
                    g[1]! += y1_b_1; // saddle-objective.adjoint.ts:31
                    d0 = -g[0]!; // saddle.ts:52
                    d1 = -g[1]!; // saddle.ts:53
                    i += 1; // saddle.ts:54
                }
                else {
                    eta /= 2; // saddle.ts:56
                    i = 0; // saddle.ts:57
                }
            }
        }
    }
    // inlined saddleF (bench/gradbench/evals/saddle-objective.ts:13)
    let x0_5 = x0; // saddle.ts:62
    let x1_5 = x1; // saddle.ts:62
    let y0_5 = y0; // saddle.ts:62
    let y1_5 = y1; // saddle.ts:62
    const t1_4 = x0_5 * x0_5; // saddle-objective.ts:14
    const t2_4 = t1_4 + x1_5 * x1_5; // saddle-objective.ts:14
    const t3_4 = y0_5 * y0_5; // saddle-objective.ts:14
    const t4_4 = t3_4 + y1_5 * y1_5; // saddle-objective.ts:14
    const ret_5 = t2_4 - t4_4; // saddle-objective.ts:14
    const ret = ret_5; // saddle.ts:62
    // reverse sweep
    let x0_b = 0;
    let x1_b = 0;
    let x0_5_b = 0;
    let x1_5_b = 0;
    let t1_4_b = 0;
    let t2_4_b = 0;
    let ret_5_b = 0;
    let ret_b_2 = out_b_2;
    ret_5_b += ret_b_2; // saddle.ts:62
    t2_4_b += ret_5_b; // saddle-objective.ts:14
    t1_4_b += t2_4_b; // saddle-objective.ts:14
    x1_5_b += t2_4_b * x1_5; // saddle-objective.ts:14
    x1_5_b += t2_4_b * x1_5; // saddle-objective.ts:14
    x0_5_b += t1_4_b * x0_5; // saddle-objective.ts:14
    x0_5_b += t1_4_b * x0_5; // saddle-objective.ts:14
    x1_b += x1_5_b; // saddle.ts:62
    x0_b += x0_5_b; // saddle.ts:62
    grad[0]! += x0_b;
    grad[1]! += x1_b;
    return ret;
}

/**
 * Adjoint of innerMaxF (bench/gradbench/evals/saddle.ts:76).
 * @differentiable
 * @wrt x0 x1 out_b grad
 * @domain x0 0.5 1.5
 * @domain x1 0.5 1.5
 * @domain s0 1 1
 * @domain s1 1 1
 * @length grad 2
 * @variant tangent
 */
export function innerMaxF_adjoint(x0: number, x1: number, s0: number, s1: number, out_b: number, grad: Float64Array): number {
    let x0_5 = 0;
    let x1_5 = 0;
    let y0_5 = 0;
    let y1_5 = 0;
    let y0_d_2 = 0;
    let y1_d_2 = 0;
    let x0_6 = 0;
    let x1_6 = 0;
    let y0_6 = 0;
    let y1_6 = 0;
    let y0_d_3 = 0;
    let y1_d_3 = 0;
    let y0 = s0; // saddle.ts:77
    let y1 = s1; // saddle.ts:77
    let t = new Float64Array(2); // saddle.ts:78
    let t_b = new Float64Array(2); // saddle.ts:78
    // inlined saddleF_tangent (bench/gradbench/generated/saddle-objective.tangent.ts:12)
    let x0_1 = x0; // saddle.ts:79
    let x1_1 = x1; // saddle.ts:79
    let y0_1 = y0; // saddle.ts:79
    let y1_1 = y1; // saddle.ts:79
    let y0_d = 1; // saddle.ts:79
    let y1_d = 0; // saddle.ts:79
    const t1 = x0_1 * x0_1; // saddle-objective.tangent.ts:13
    const t2 = t1 + x1_1 * x1_1; // saddle-objective.tangent.ts:14
    const t3 = y0_1 * y0_1; // saddle-objective.tangent.ts:15
    const t5 = y0_1 * y0_d; // saddle-objective.tangent.ts:16
    const t3_d = t5 + y0_1 * y0_d; // saddle-objective.tangent.ts:16
    const t4 = t3 + y1_1 * y1_1; // saddle-objective.tangent.ts:17
    const t6 = t3_d + y1_1 * y1_d; // saddle-objective.tangent.ts:18
    const t4_d = t6 + y1_1 * y1_d; // saddle-objective.tangent.ts:18
    const ret_1 = t2 - t4; // saddle-objective.tangent.ts:19
    const ret_d = -t4_d; // saddle-objective.tangent.ts:20
    t[0] = ret_1; // saddle-objective.tangent.ts:21
    t[1] = ret_d; // saddle-objective.tangent.ts:22
    let d0 = -t[1]!; // saddle.ts:80
    // inlined saddleF_tangent (bench/gradbench/generated/saddle-objective.tangent.ts:12)
    let x0_2 = x0; // saddle.ts:81
    let x1_2 = x1; // saddle.ts:81
    let y0_2 = y0; // saddle.ts:81
    let y1_2 = y1; // saddle.ts:81
    let y0_d_1 = 0; // saddle.ts:81
    let y1_d_1 = 1; // saddle.ts:81
    const t1_1 = x0_2 * x0_2; // saddle-objective.tangent.ts:13
    const t2_1 = t1_1 + x1_2 * x1_2; // saddle-objective.tangent.ts:14
    const t3_1 = y0_2 * y0_2; // saddle-objective.tangent.ts:15
    const t5_1 = y0_2 * y0_d_1; // saddle-objective.tangent.ts:16
    const t3_d_1 = t5_1 + y0_2 * y0_d_1; // saddle-objective.tangent.ts:16
    const t4_1 = t3_1 + y1_2 * y1_2; // saddle-objective.tangent.ts:17
    const t6_1 = t3_d_1 + y1_2 * y1_d_1; // saddle-objective.tangent.ts:18
    const t4_d_1 = t6_1 + y1_2 * y1_d_1; // saddle-objective.tangent.ts:18
    const ret_2 = t2_1 - t4_1; // saddle-objective.tangent.ts:19
    const ret_d_1 = -t4_d_1; // saddle-objective.tangent.ts:20
    t[0] = ret_2; // saddle-objective.tangent.ts:21
    t[1] = ret_d_1; // saddle-objective.tangent.ts:22
    let d1 = -t[1]!; // saddle.ts:82
    // inlined saddleF (bench/gradbench/evals/saddle-objective.ts:13)
    let x0_3 = x0; // saddle.ts:83
    let x1_3 = x1; // saddle.ts:83
    let y0_3 = y0; // saddle.ts:83
    let y1_3 = y1; // saddle.ts:83
    const t1_2 = x0_3 * x0_3; // saddle-objective.ts:14
    const t2_2 = t1_2 + x1_3 * x1_3; // saddle-objective.ts:14
    const t3_2 = y0_3 * y0_3; // saddle-objective.ts:14
    const t4_2 = t3_2 + y1_3 * y1_3; // saddle-objective.ts:14
    const ret_3 = t2_2 - t4_2; // saddle-objective.ts:14
    let fy = -ret_3; // saddle.ts:83
    let eta = 0.00001; // saddle.ts:84
    let i = 0; // saddle.ts:85
    let go = true; // saddle.ts:86
    let iterations = 0; // saddle.ts:87
    while (go) {
        const branch_3 = Math.sqrt(d0 * d0 + d1 * d1) <= 0.00001; // saddle.ts:88
        if (branch_3) {
            go = false; // saddle.ts:88
        }
        else {
            const branch_2 = i === 10; // saddle.ts:89
            if (branch_2) {
                tape.push(eta); // saddle.ts:90
                eta = 2 * eta; // saddle.ts:90
                i = 0; // saddle.ts:91
            }
            else {
                const t7 = eta * d0; // saddle.ts:93
                const n0 = y0 - t7; // saddle.ts:93
                const t8 = eta * d1; // saddle.ts:93
                const n1 = y1 - t8; // saddle.ts:93
                const branch_1 = Math.sqrt((y0 - n0) * (y0 - n0) + (y1 - n1) * (y1 - n1)) <= 0.00001; // saddle.ts:94
                if (branch_1) {
                    go = false; // saddle.ts:94
                }
                else {
                    // inlined saddleF (bench/gradbench/evals/saddle-objective.ts:13)
                    let x0_4 = x0; // saddle.ts:96
                    let x1_4 = x1; // saddle.ts:96
                    let y0_4 = n0; // saddle.ts:96
                    let y1_4 = n1; // saddle.ts:96
                    const t1_3 = x0_4 * x0_4; // saddle-objective.ts:14
                    const t2_3 = t1_3 + x1_4 * x1_4; // saddle-objective.ts:14
                    const t3_3 = y0_4 * y0_4; // saddle-objective.ts:14
                    const t4_3 = t3_3 + y1_4 * y1_4; // saddle-objective.ts:14
                    const ret_4 = t2_3 - t4_3; // saddle-objective.ts:14
                    const fn = -ret_4; // saddle.ts:96
                    const branch = fn < fy; // saddle.ts:97
                    if (branch) {
                        y0 = n0; // saddle.ts:98
                        y1 = n1; // saddle.ts:99
                        fy = fn; // saddle.ts:100
                        // inlined saddleF_tangent (bench/gradbench/generated/saddle-objective.tangent.ts:12)
                        tape.push(x0_5); // saddle.ts:101
                        x0_5 = x0; // saddle.ts:101
                        tape.push(x1_5); // saddle.ts:101
                        x1_5 = x1; // saddle.ts:101
                        tape.push(y0_5); // saddle.ts:101
                        y0_5 = y0; // saddle.ts:101
                        tape.push(y1_5); // saddle.ts:101
                        y1_5 = y1; // saddle.ts:101
                        tape.push(y0_d_2); // saddle.ts:101
                        y0_d_2 = 1; // saddle.ts:101
                        tape.push(y1_d_2); // saddle.ts:101
                        y1_d_2 = 0; // saddle.ts:101
                        const t1_4 = x0_5 * x0_5; // saddle-objective.tangent.ts:13
                        const t2_4 = t1_4 + x1_5 * x1_5; // saddle-objective.tangent.ts:14
                        const t3_4 = y0_5 * y0_5; // saddle-objective.tangent.ts:15
                        const t5_2 = y0_5 * y0_d_2; // saddle-objective.tangent.ts:16
                        const t3_d_2 = t5_2 + y0_5 * y0_d_2; // saddle-objective.tangent.ts:16
                        const t4_4 = t3_4 + y1_5 * y1_5; // saddle-objective.tangent.ts:17
                        const t6_2 = t3_d_2 + y1_5 * y1_d_2; // saddle-objective.tangent.ts:18
                        const t4_d_2 = t6_2 + y1_5 * y1_d_2; // saddle-objective.tangent.ts:18
                        const ret_5 = t2_4 - t4_4; // saddle-objective.tangent.ts:19
                        const ret_d_2 = -t4_d_2; // saddle-objective.tangent.ts:20
                        t[0] = ret_5; // saddle-objective.tangent.ts:21
                        t[1] = ret_d_2; // saddle-objective.tangent.ts:22
                        d0 = -t[1]!; // saddle.ts:102
                        // inlined saddleF_tangent (bench/gradbench/generated/saddle-objective.tangent.ts:12)
                        tape.push(x0_6); // saddle.ts:103
                        x0_6 = x0; // saddle.ts:103
                        tape.push(x1_6); // saddle.ts:103
                        x1_6 = x1; // saddle.ts:103
                        tape.push(y0_6); // saddle.ts:103
                        y0_6 = y0; // saddle.ts:103
                        tape.push(y1_6); // saddle.ts:103
                        y1_6 = y1; // saddle.ts:103
                        tape.push(y0_d_3); // saddle.ts:103
                        y0_d_3 = 0; // saddle.ts:103
                        tape.push(y1_d_3); // saddle.ts:103
                        y1_d_3 = 1; // saddle.ts:103
                        const t1_5 = x0_6 * x0_6; // saddle-objective.tangent.ts:13
                        const t2_5 = t1_5 + x1_6 * x1_6; // saddle-objective.tangent.ts:14
                        const t3_5 = y0_6 * y0_6; // saddle-objective.tangent.ts:15
                        const t5_3 = y0_6 * y0_d_3; // saddle-objective.tangent.ts:16
                        const t3_d_3 = t5_3 + y0_6 * y0_d_3; // saddle-objective.tangent.ts:16
                        const t4_5 = t3_5 + y1_6 * y1_6; // saddle-objective.tangent.ts:17
                        const t6_3 = t3_d_3 + y1_6 * y1_d_3; // saddle-objective.tangent.ts:18
                        const t4_d_3 = t6_3 + y1_6 * y1_d_3; // saddle-objective.tangent.ts:18
                        const ret_6 = t2_5 - t4_5; // saddle-objective.tangent.ts:19
                        const ret_d_3 = -t4_d_3; // saddle-objective.tangent.ts:20
                        t[0] = ret_6; // saddle-objective.tangent.ts:21
                        t[1] = ret_d_3; // saddle-objective.tangent.ts:22
                        d1 = -t[1]!; // saddle.ts:104
                        i += 1; // saddle.ts:105
                    }
                    else {
                        tape.push(eta); // saddle.ts:107
                        eta /= 2; // saddle.ts:107
                        i = 0; // saddle.ts:108
                    }
                    tape.pushBranch(branch); // saddle.ts:97
                }
                tape.pushBranch(branch_1); // saddle.ts:94
            }
            tape.pushBranch(branch_2); // saddle.ts:89
        }
        tape.pushBranch(branch_3); // saddle.ts:88
        iterations++;
    }
    tape.pushInt(iterations); // saddle.ts:87
    // inlined saddleF (bench/gradbench/evals/saddle-objective.ts:13)
    let x0_7 = x0; // saddle.ts:113
    let x1_7 = x1; // saddle.ts:113
    let y0_7 = y0; // saddle.ts:113
    let y1_7 = y1; // saddle.ts:113
    const t1_6 = x0_7 * x0_7; // saddle-objective.ts:14
    const t2_6 = t1_6 + x1_7 * x1_7; // saddle-objective.ts:14
    const t3_6 = y0_7 * y0_7; // saddle-objective.ts:14
    const t4_6 = t3_6 + y1_7 * y1_7; // saddle-objective.ts:14
    const ret_7 = t2_6 - t4_6; // saddle-objective.ts:14
    const ret = ret_7; // saddle.ts:113
    // reverse sweep
    let x0_b = 0;
    let x1_b = 0;
    let x0_1_b = 0;
    let x1_1_b = 0;
    let t1_b = 0;
    let t2_b = 0;
    let ret_1_b = 0;
    let d0_b = 0;
    let x0_2_b = 0;
    let x1_2_b = 0;
    let t1_1_b = 0;
    let t2_1_b = 0;
    let ret_2_b = 0;
    let d1_b = 0;
    let t7_b = 0;
    let n0_b = 0;
    let t8_b = 0;
    let n1_b = 0;
    let y0_b = 0;
    let y1_b = 0;
    let x0_5_b = 0;
    let x1_5_b = 0;
    let y0_5_b = 0;
    let y1_5_b = 0;
    let t1_4_b = 0;
    let t2_4_b = 0;
    let t3_4_b = 0;
    let t5_2_b = 0;
    let t3_d_2_b = 0;
    let t4_4_b = 0;
    let t6_2_b = 0;
    let t4_d_2_b = 0;
    let ret_5_b = 0;
    let ret_d_2_b = 0;
    let x0_6_b = 0;
    let x1_6_b = 0;
    let y0_6_b = 0;
    let y1_6_b = 0;
    let t1_5_b = 0;
    let t2_5_b = 0;
    let t3_5_b = 0;
    let t5_3_b = 0;
    let t3_d_3_b = 0;
    let t4_5_b = 0;
    let t6_3_b = 0;
    let t4_d_3_b = 0;
    let ret_6_b = 0;
    let ret_d_3_b = 0;
    let x0_7_b = 0;
    let x1_7_b = 0;
    let y0_7_b = 0;
    let y1_7_b = 0;
    let t1_6_b = 0;
    let t2_6_b = 0;
    let t3_6_b = 0;
    let t4_6_b = 0;
    let ret_7_b = 0;
    let ret_b = out_b;
    let y0_1_b = 0;
    let y1_1_b = 0;
    let t3_b = 0;
    let t5_b = 0;
    let t3_d_b = 0;
    let t4_b = 0;
    let t6_b = 0;
    let t4_d_b = 0;
    let ret_d_b = 0;
    let y0_2_b = 0;
    let y1_2_b = 0;
    let t3_1_b = 0;
    let t5_1_b = 0;
    let t3_d_1_b = 0;
    let t4_1_b = 0;
    let t6_1_b = 0;
    let t4_d_1_b = 0;
    let ret_d_1_b = 0;
    ret_7_b += ret_b; // saddle.ts:113
    t2_6_b += ret_7_b; // saddle-objective.ts:14
    t4_6_b -= ret_7_b; // saddle-objective.ts:14
    t3_6_b += t4_6_b; // saddle-objective.ts:14
    y1_7_b += t4_6_b * y1_7; // saddle-objective.ts:14
    y1_7_b += t4_6_b * y1_7; // saddle-objective.ts:14
    y0_7_b += t3_6_b * y0_7; // saddle-objective.ts:14
    y0_7_b += t3_6_b * y0_7; // saddle-objective.ts:14
    t1_6_b += t2_6_b; // saddle-objective.ts:14
    x1_7_b += t2_6_b * x1_7; // saddle-objective.ts:14
    x1_7_b += t2_6_b * x1_7; // saddle-objective.ts:14
    x0_7_b += t1_6_b * x0_7; // saddle-objective.ts:14
    x0_7_b += t1_6_b * x0_7; // saddle-objective.ts:14
    y1_b += y1_7_b; // saddle.ts:113
    y0_b += y0_7_b; // saddle.ts:113
    x1_b += x1_7_b; // saddle.ts:113
    x0_b += x0_7_b; // saddle.ts:113
    for (let iteration = tape.popInt(); iteration > 0; iteration--) {
        if (tape.popBranch()) {
        }
        else if (tape.popBranch()) {
            eta = tape.pop(); // saddle.ts:90
        }
        else {
            if (tape.popBranch()) {
            }
            else if (tape.popBranch()) {
                t_b[1]! -= d1_b; // saddle.ts:104
                d1_b = 0; // saddle.ts:104
                ret_d_3_b += t_b[1]!; // saddle-objective.tangent.ts:22
                t_b[1] = 0; // saddle-objective.tangent.ts:22
                ret_6_b += t_b[0]!; // saddle-objective.tangent.ts:21
                t_b[0] = 0; // saddle-objective.tangent.ts:21
                t4_d_3_b -= ret_d_3_b; // saddle-objective.tangent.ts:20
                ret_d_3_b = 0; // saddle-objective.tangent.ts:20
                t2_5_b += ret_6_b; // saddle-objective.tangent.ts:19
                t4_5_b -= ret_6_b; // saddle-objective.tangent.ts:19
                ret_6_b = 0; // saddle-objective.tangent.ts:19
                t6_3_b += t4_d_3_b; // saddle-objective.tangent.ts:18
                y1_6_b += t4_d_3_b * y1_d_3; // saddle-objective.tangent.ts:18
                t4_d_3_b = 0; // saddle-objective.tangent.ts:18
                t3_d_3_b += t6_3_b; // saddle-objective.tangent.ts:18
                y1_6_b += t6_3_b * y1_d_3; // saddle-objective.tangent.ts:18
                t6_3_b = 0; // saddle-objective.tangent.ts:18
                t3_5_b += t4_5_b; // saddle-objective.tangent.ts:17
                y1_6_b += t4_5_b * y1_6; // saddle-objective.tangent.ts:17
                y1_6_b += t4_5_b * y1_6; // saddle-objective.tangent.ts:17
                t4_5_b = 0; // saddle-objective.tangent.ts:17
                t5_3_b += t3_d_3_b; // saddle-objective.tangent.ts:16
                y0_6_b += t3_d_3_b * y0_d_3; // saddle-objective.tangent.ts:16
                t3_d_3_b = 0; // saddle-objective.tangent.ts:16
                y0_6_b += t5_3_b * y0_d_3; // saddle-objective.tangent.ts:16
                t5_3_b = 0; // saddle-objective.tangent.ts:16
                y0_6_b += t3_5_b * y0_6; // saddle-objective.tangent.ts:15
                y0_6_b += t3_5_b * y0_6; // saddle-objective.tangent.ts:15
                t3_5_b = 0; // saddle-objective.tangent.ts:15
                t1_5_b += t2_5_b; // saddle-objective.tangent.ts:14
                x1_6_b += t2_5_b * x1_6; // saddle-objective.tangent.ts:14
                x1_6_b += t2_5_b * x1_6; // saddle-objective.tangent.ts:14
                t2_5_b = 0; // saddle-objective.tangent.ts:14
                x0_6_b += t1_5_b * x0_6; // saddle-objective.tangent.ts:13
                x0_6_b += t1_5_b * x0_6; // saddle-objective.tangent.ts:13
                t1_5_b = 0; // saddle-objective.tangent.ts:13
                y1_d_3 = tape.pop(); // saddle.ts:103
                y0_d_3 = tape.pop(); // saddle.ts:103
                y1_6 = tape.pop(); // saddle.ts:103
                y1_b += y1_6_b; // saddle.ts:103
                y1_6_b = 0; // saddle.ts:103
                y0_6 = tape.pop(); // saddle.ts:103
                y0_b += y0_6_b; // saddle.ts:103
                y0_6_b = 0; // saddle.ts:103
                x1_6 = tape.pop(); // saddle.ts:103
                x1_b += x1_6_b; // saddle.ts:103
                x1_6_b = 0; // saddle.ts:103
                x0_6 = tape.pop(); // saddle.ts:103
                x0_b += x0_6_b; // saddle.ts:103
                x0_6_b = 0; // saddle.ts:103
                t_b[1]! -= d0_b; // saddle.ts:102
                d0_b = 0; // saddle.ts:102
                ret_d_2_b += t_b[1]!; // saddle-objective.tangent.ts:22
                t_b[1] = 0; // saddle-objective.tangent.ts:22
                ret_5_b += t_b[0]!; // saddle-objective.tangent.ts:21
                t_b[0] = 0; // saddle-objective.tangent.ts:21
                t4_d_2_b -= ret_d_2_b; // saddle-objective.tangent.ts:20
                ret_d_2_b = 0; // saddle-objective.tangent.ts:20
                t2_4_b += ret_5_b; // saddle-objective.tangent.ts:19
                t4_4_b -= ret_5_b; // saddle-objective.tangent.ts:19
                ret_5_b = 0; // saddle-objective.tangent.ts:19
                t6_2_b += t4_d_2_b; // saddle-objective.tangent.ts:18
                y1_5_b += t4_d_2_b * y1_d_2; // saddle-objective.tangent.ts:18
                t4_d_2_b = 0; // saddle-objective.tangent.ts:18
                t3_d_2_b += t6_2_b; // saddle-objective.tangent.ts:18
                y1_5_b += t6_2_b * y1_d_2; // saddle-objective.tangent.ts:18
                t6_2_b = 0; // saddle-objective.tangent.ts:18
                t3_4_b += t4_4_b; // saddle-objective.tangent.ts:17
                y1_5_b += t4_4_b * y1_5; // saddle-objective.tangent.ts:17
                y1_5_b += t4_4_b * y1_5; // saddle-objective.tangent.ts:17
                t4_4_b = 0; // saddle-objective.tangent.ts:17
                t5_2_b += t3_d_2_b; // saddle-objective.tangent.ts:16
                y0_5_b += t3_d_2_b * y0_d_2; // saddle-objective.tangent.ts:16
                t3_d_2_b = 0; // saddle-objective.tangent.ts:16
                y0_5_b += t5_2_b * y0_d_2; // saddle-objective.tangent.ts:16
                t5_2_b = 0; // saddle-objective.tangent.ts:16
                y0_5_b += t3_4_b * y0_5; // saddle-objective.tangent.ts:15
                y0_5_b += t3_4_b * y0_5; // saddle-objective.tangent.ts:15
                t3_4_b = 0; // saddle-objective.tangent.ts:15
                t1_4_b += t2_4_b; // saddle-objective.tangent.ts:14
                x1_5_b += t2_4_b * x1_5; // saddle-objective.tangent.ts:14
                x1_5_b += t2_4_b * x1_5; // saddle-objective.tangent.ts:14
                t2_4_b = 0; // saddle-objective.tangent.ts:14
                x0_5_b += t1_4_b * x0_5; // saddle-objective.tangent.ts:13
                x0_5_b += t1_4_b * x0_5; // saddle-objective.tangent.ts:13
                t1_4_b = 0; // saddle-objective.tangent.ts:13
                y1_d_2 = tape.pop(); // saddle.ts:101
                y0_d_2 = tape.pop(); // saddle.ts:101
                y1_5 = tape.pop(); // saddle.ts:101
                y1_b += y1_5_b; // saddle.ts:101
                y1_5_b = 0; // saddle.ts:101
                y0_5 = tape.pop(); // saddle.ts:101
                y0_b += y0_5_b; // saddle.ts:101
                y0_5_b = 0; // saddle.ts:101
                x1_5 = tape.pop(); // saddle.ts:101
                x1_b += x1_5_b; // saddle.ts:101
                x1_5_b = 0; // saddle.ts:101
                x0_5 = tape.pop(); // saddle.ts:101
                x0_b += x0_5_b; // saddle.ts:101
                x0_5_b = 0; // saddle.ts:101
                n1_b += y1_b; // saddle.ts:99
                y1_b = 0; // saddle.ts:99
                n0_b += y0_b; // saddle.ts:98
                y0_b = 0; // saddle.ts:98
            }
            else {
                eta = tape.pop(); // saddle.ts:107
            }
            y1_b += n1_b; // saddle.ts:93
            t8_b -= n1_b; // saddle.ts:93
            n1_b = 0; // saddle.ts:93
            d1_b += t8_b * eta; // saddle.ts:93
            t8_b = 0; // saddle.ts:93
            y0_b += n0_b; // saddle.ts:93
            t7_b -= n0_b; // saddle.ts:93
            n0_b = 0; // saddle.ts:93
            d0_b += t7_b * eta; // saddle.ts:93
            t7_b = 0; // saddle.ts:93
        }
    }
    t_b[1]! -= d1_b; // saddle.ts:82
    d1_b = 0; // saddle.ts:82
    ret_d_1_b += t_b[1]!; // saddle-objective.tangent.ts:22
    t_b[1] = 0; // saddle-objective.tangent.ts:22
    ret_2_b += t_b[0]!; // saddle-objective.tangent.ts:21
    t_b[0] = 0; // saddle-objective.tangent.ts:21
    t4_d_1_b -= ret_d_1_b; // saddle-objective.tangent.ts:20
    t2_1_b += ret_2_b; // saddle-objective.tangent.ts:19
    t4_1_b -= ret_2_b; // saddle-objective.tangent.ts:19
    t6_1_b += t4_d_1_b; // saddle-objective.tangent.ts:18
    y1_2_b += t4_d_1_b * y1_d_1; // saddle-objective.tangent.ts:18
    t3_d_1_b += t6_1_b; // saddle-objective.tangent.ts:18
    y1_2_b += t6_1_b * y1_d_1; // saddle-objective.tangent.ts:18
    t3_1_b += t4_1_b; // saddle-objective.tangent.ts:17
    y1_2_b += t4_1_b * y1_2; // saddle-objective.tangent.ts:17
    y1_2_b += t4_1_b * y1_2; // saddle-objective.tangent.ts:17
    t5_1_b += t3_d_1_b; // saddle-objective.tangent.ts:16
    y0_2_b += t3_d_1_b * y0_d_1; // saddle-objective.tangent.ts:16
    y0_2_b += t5_1_b * y0_d_1; // saddle-objective.tangent.ts:16
    y0_2_b += t3_1_b * y0_2; // saddle-objective.tangent.ts:15
    y0_2_b += t3_1_b * y0_2; // saddle-objective.tangent.ts:15
    t1_1_b += t2_1_b; // saddle-objective.tangent.ts:14
    x1_2_b += t2_1_b * x1_2; // saddle-objective.tangent.ts:14
    x1_2_b += t2_1_b * x1_2; // saddle-objective.tangent.ts:14
    x0_2_b += t1_1_b * x0_2; // saddle-objective.tangent.ts:13
    x0_2_b += t1_1_b * x0_2; // saddle-objective.tangent.ts:13
    y1_b += y1_2_b; // saddle.ts:81
    y0_b += y0_2_b; // saddle.ts:81
    x1_b += x1_2_b; // saddle.ts:81
    x0_b += x0_2_b; // saddle.ts:81
    t_b[1]! -= d0_b; // saddle.ts:80
    d0_b = 0; // saddle.ts:80
    ret_d_b += t_b[1]!; // saddle-objective.tangent.ts:22
    t_b[1] = 0; // saddle-objective.tangent.ts:22
    ret_1_b += t_b[0]!; // saddle-objective.tangent.ts:21
    t_b[0] = 0; // saddle-objective.tangent.ts:21
    t4_d_b -= ret_d_b; // saddle-objective.tangent.ts:20
    t2_b += ret_1_b; // saddle-objective.tangent.ts:19
    t4_b -= ret_1_b; // saddle-objective.tangent.ts:19
    t6_b += t4_d_b; // saddle-objective.tangent.ts:18
    y1_1_b += t4_d_b * y1_d; // saddle-objective.tangent.ts:18
    t3_d_b += t6_b; // saddle-objective.tangent.ts:18
    y1_1_b += t6_b * y1_d; // saddle-objective.tangent.ts:18
    t3_b += t4_b; // saddle-objective.tangent.ts:17
    y1_1_b += t4_b * y1_1; // saddle-objective.tangent.ts:17
    y1_1_b += t4_b * y1_1; // saddle-objective.tangent.ts:17
    t5_b += t3_d_b; // saddle-objective.tangent.ts:16
    y0_1_b += t3_d_b * y0_d; // saddle-objective.tangent.ts:16
    y0_1_b += t5_b * y0_d; // saddle-objective.tangent.ts:16
    y0_1_b += t3_b * y0_1; // saddle-objective.tangent.ts:15
    y0_1_b += t3_b * y0_1; // saddle-objective.tangent.ts:15
    t1_b += t2_b; // saddle-objective.tangent.ts:14
    x1_1_b += t2_b * x1_1; // saddle-objective.tangent.ts:14
    x1_1_b += t2_b * x1_1; // saddle-objective.tangent.ts:14
    x0_1_b += t1_b * x0_1; // saddle-objective.tangent.ts:13
    x0_1_b += t1_b * x0_1; // saddle-objective.tangent.ts:13
    y1_b += y1_1_b; // saddle.ts:79
    y0_b += y0_1_b; // saddle.ts:79
    x1_b += x1_1_b; // saddle.ts:79
    x0_b += x0_1_b; // saddle.ts:79
    y1_b = 0; // saddle.ts:77
    y0_b = 0; // saddle.ts:77
    grad[0]! += x0_b;
    grad[1]! += x1_b;
    return ret;
}
