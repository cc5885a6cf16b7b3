// Generated from bench/gradbench/evals/saddle.ts by the sobolev compiler (tangent). Do not edit.
/**
 * Tangent of innerMaxR (bench/gradbench/evals/saddle.ts:23).
 * @differentiable
 * @wrt x0 x1 x0_d x1_d out
 * @domain x0 0.5 1.5
 * @domain x1 0.5 1.5
 * @domain s0 1 1
 * @domain s1 1 1
 * @length out 2
 */
export function innerMaxR_tangent(x0: number, x1: number, s0: number, s1: number, x0_d: number, x1_d: number, out: Float64Array): void {
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
    let x0_5_d = x0_d; // saddle.ts:62
    let x1_5 = x1; // saddle.ts:62
    let x1_5_d = x1_d; // saddle.ts:62
    let y0_5 = y0; // saddle.ts:62
    let y1_5 = y1; // saddle.ts:62
    const t1_4 = x0_5 * x0_5; // saddle-objective.ts:14
    const t1_4_d = x0_5 * x0_5_d + x0_5 * x0_5_d; // saddle-objective.ts:14
    const t2_4 = t1_4 + x1_5 * x1_5; // saddle-objective.ts:14
    const t2_4_d = t1_4_d + x1_5 * x1_5_d + x1_5 * x1_5_d; // saddle-objective.ts:14
    const t3_4 = y0_5 * y0_5; // saddle-objective.ts:14
    const t4_4 = t3_4 + y1_5 * y1_5; // saddle-objective.ts:14
    const ret_5 = t2_4 - t4_4; // saddle-objective.ts:14
    const ret_5_d = t2_4_d; // saddle-objective.ts:14
    const ret = ret_5; // saddle.ts:62
    const ret_d = ret_5_d; // saddle.ts:62
    out[0] = ret;
    out[1] = ret_d;
}

/**
 * Tangent of innerMaxF (bench/gradbench/evals/saddle.ts:76).
 * @differentiable
 * @wrt x0 x1 x0_d x1_d out
 * @domain x0 0.5 1.5
 * @domain x1 0.5 1.5
 * @domain s0 1 1
 * @domain s1 1 1
 * @length out 2
 */
export function innerMaxF_tangent(x0: number, x1: number, s0: number, s1: number, x0_d: number, x1_d: number, out: Float64Array): void {
    let y0 = s0; // saddle.ts:77
    let y0_d_4 = 0; // saddle.ts:77
    let y1 = s1; // saddle.ts:77
    let y1_d_4 = 0; // saddle.ts:77
    let t = new Float64Array(2); // saddle.ts:78
    let t_d = new Float64Array(2); // saddle.ts:78
    // inlined saddleF_tangent (bench/gradbench/generated/saddle-objective.tangent.ts:12)
    let x0_1 = x0; // saddle.ts:79
    let x0_1_d = x0_d; // saddle.ts:79
    let x1_1 = x1; // saddle.ts:79
    let x1_1_d = x1_d; // saddle.ts:79
    let y0_1 = y0; // saddle.ts:79
    let y0_1_d = y0_d_4; // saddle.ts:79
    let y1_1 = y1; // saddle.ts:79
    let y1_1_d = y1_d_4; // saddle.ts:79
    let y0_d = 1; // saddle.ts:79
    let y1_d = 0; // saddle.ts:79
    const t1 = x0_1 * x0_1; // saddle-objective.tangent.ts:13
    const t1_d = x0_1 * x0_1_d + x0_1 * x0_1_d; // saddle-objective.tangent.ts:13
    const t2 = t1 + x1_1 * x1_1; // saddle-objective.tangent.ts:14
    const t2_d = t1_d + x1_1 * x1_1_d + x1_1 * x1_1_d; // saddle-objective.tangent.ts:14
    const t3 = y0_1 * y0_1; // saddle-objective.tangent.ts:15
    const t3_d_4 = y0_1 * y0_1_d + y0_1 * y0_1_d; // saddle-objective.tangent.ts:15
    const t5 = y0_1 * y0_d; // saddle-objective.tangent.ts:16
    const t5_d = y0_d * y0_1_d; // saddle-objective.tangent.ts:16
    const t3_d = t5 + y0_1 * y0_d; // saddle-objective.tangent.ts:16
    const t3_d_d = t5_d + y0_d * y0_1_d; // saddle-objective.tangent.ts:16
    const t4 = t3 + y1_1 * y1_1; // saddle-objective.tangent.ts:17
    const t4_d_4 = t3_d_4 + y1_1 * y1_1_d + y1_1 * y1_1_d; // saddle-objective.tangent.ts:17
    const t6 = t3_d + y1_1 * y1_d; // saddle-objective.tangent.ts:18
    const t6_d = t3_d_d + y1_d * y1_1_d; // saddle-objective.tangent.ts:18
    const t4_d = t6 + y1_1 * y1_d; // saddle-objective.tangent.ts:18
    const t4_d_d = t6_d + y1_d * y1_1_d; // saddle-objective.tangent.ts:18
    const ret_1 = t2 - t4; // saddle-objective.tangent.ts:19
    const ret_1_d = t2_d - t4_d_4; // saddle-objective.tangent.ts:19
    const ret_d = -t4_d; // saddle-objective.tangent.ts:20
    const ret_d_d = -t4_d_d; // saddle-objective.tangent.ts:20
    t_d[0] = ret_1_d; // saddle-objective.tangent.ts:21
    t[0] = ret_1; // saddle-objective.tangent.ts:21
    t_d[1] = ret_d_d; // saddle-objective.tangent.ts:22
    t[1] = ret_d; // saddle-objective.tangent.ts:22
    let d0 = -t[1]!; // saddle.ts:80
    let d0_d = -t_d[1]!; // saddle.ts:80
    // inlined saddleF_tangent (bench/gradbench/generated/saddle-objective.tangent.ts:12)
    let x0_2 = x0; // saddle.ts:81
    let x0_2_d = x0_d; // saddle.ts:81
    let x1_2 = x1; // saddle.ts:81
    let x1_2_d = x1_d; // saddle.ts:81
    let y0_2 = y0; // saddle.ts:81
    let y0_2_d = y0_d_4; // saddle.ts:81
    let y1_2 = y1; // saddle.ts:81
    let y1_2_d = y1_d_4; // saddle.ts:81
    let y0_d_1 = 0; // saddle.ts:81
    let y1_d_1 = 1; // saddle.ts:81
    const t1_1 = x0_2 * x0_2; // saddle-objective.tangent.ts:13
    const t1_1_d = x0_2 * x0_2_d + x0_2 * x0_2_d; // saddle-objective.tangent.ts:13
    const t2_1 = t1_1 + x1_2 * x1_2; // saddle-objective.tangent.ts:14
    const t2_1_d = t1_1_d + x1_2 * x1_2_d + x1_2 * x1_2_d; // saddle-objective.tangent.ts:14
    const t3_1 = y0_2 * y0_2; // saddle-objective.tangent.ts:15
    const t3_1_d = y0_2 * y0_2_d + y0_2 * y0_2_d; // saddle-objective.tangent.ts:15
    const t5_1 = y0_2 * y0_d_1; // saddle-objective.tangent.ts:16
    const t5_1_d = y0_d_1 * y0_2_d; // saddle-objective.tangent.ts:16
    const t3_d_1 = t5_1 + y0_2 * y0_d_1; // saddle-objective.tangent.ts:16
    const t3_d_1_d = t5_1_d + y0_d_1 * y0_2_d; // saddle-objective.tangent.ts:16
    const t4_1 = t3_1 + y1_2 * y1_2; // saddle-objective.tangent.ts:17
    const t4_1_d = t3_1_d + y1_2 * y1_2_d + y1_2 * y1_2_d; // saddle-objective.tangent.ts:17
    const t6_1 = t3_d_1 + y1_2 * y1_d_1; // saddle-objective.tangent.ts:18
    const t6_1_d = t3_d_1_d + y1_d_1 * y1_2_d; // saddle-objective.tangent.ts:18
    const t4_d_1 = t6_1 + y1_2 * y1_d_1; // saddle-objective.tangent.ts:18
    const t4_d_1_d = t6_1_d + y1_d_1 * y1_2_d; // saddle-objective.tangent.ts:18
    const ret_2 = t2_1 - t4_1; // saddle-objective.tangent.ts:19
    const ret_2_d = t2_1_d - t4_1_d; // saddle-objective.tangent.ts:19
    const ret_d_1 = -t4_d_1; // saddle-objective.tangent.ts:20
    const ret_d_1_d = -t4_d_1_d; // saddle-objective.tangent.ts:20
    t_d[0] = ret_2_d; // saddle-objective.tangent.ts:21
    t[0] = ret_2; // saddle-objective.tangent.ts:21
    t_d[1] = ret_d_1_d; // saddle-objective.tangent.ts:22
    t[1] = ret_d_1; // saddle-objective.tangent.ts:22
    let d1 = -t[1]!; // saddle.ts:82
    let d1_d = -t_d[1]!; // saddle.ts:82
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
    while (go) {
        if (Math.sqrt(d0 * d0 + d1 * d1) <= 0.00001) {
            go = false; // saddle.ts:88
        }
        else if (i === 10) {
            eta = 2 * eta; // saddle.ts:90
            i = 0; // saddle.ts:91
        }
        else {
            const t7 = eta * d0; // saddle.ts:93
            const t7_d = eta * d0_d; // saddle.ts:93
            const n0 = y0 - t7; // saddle.ts:93
            const n0_d = y0_d_4 - t7_d; // saddle.ts:93
            const t8 = eta * d1; // saddle.ts:93
            const t8_d = eta * d1_d; // saddle.ts:93
            const n1 = y1 - t8; // saddle.ts:93
            const n1_d = y1_d_4 - t8_d; // saddle.ts:93
            if (Math.sqrt((y0 - n0) * (y0 - n0) + (y1 - n1) * (y1 - n1)) <= 0.00001) {
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
                if (fn < fy) {
                    y0 = n0; // saddle.ts:98
                    y0_d_4 = n0_d; // saddle.ts:98
                    y1 = n1; // saddle.ts:99
                    y1_d_4 = n1_d; // saddle.ts:99
                    fy = fn; // saddle.ts:100
                    // inlined saddleF_tangent (bench/gradbench/generated/saddle-objective.tangent.ts:12)
                    let x0_5 = x0; // saddle.ts:101
                    let x0_5_d = x0_d; // saddle.ts:101
                    let x1_5 = x1; // saddle.ts:101
                    let x1_5_d = x1_d; // saddle.ts:101
                    let y0_5 = y0; // saddle.ts:101
                    let y0_5_d = y0_d_4; // saddle.ts:101
                    let y1_5 = y1; // saddle.ts:101
                    let y1_5_d = y1_d_4; // saddle.ts:101
                    let y0_d_2 = 1; // saddle.ts:101
                    let y1_d_2 = 0; // saddle.ts:101
                    const t1_4 = x0_5 * x0_5; // saddle-objective.tangent.ts:13
                    const t1_4_d = x0_5 * x0_5_d + x0_5 * x0_5_d; // saddle-objective.tangent.ts:13
                    const t2_4 = t1_4 + x1_5 * x1_5; // saddle-objective.tangent.ts:14
                    const t2_4_d = t1_4_d + x1_5 * x1_5_d + x1_5 * x1_5_d; // saddle-objective.tangent.ts:14
                    const t3_4 = y0_5 * y0_5; // saddle-objective.tangent.ts:15
                    const t3_4_d = y0_5 * y0_5_d + y0_5 * y0_5_d; // saddle-objective.tangent.ts:15
                    const t5_2 = y0_5 * y0_d_2; // saddle-objective.tangent.ts:16
                    const t5_2_d = y0_d_2 * y0_5_d; // saddle-objective.tangent.ts:16
                    const t3_d_2 = t5_2 + y0_5 * y0_d_2; // saddle-objective.tangent.ts:16
                    const t3_d_2_d = t5_2_d + y0_d_2 * y0_5_d; // saddle-objective.tangent.ts:16
                    const t4_4 = t3_4 + y1_5 * y1_5; // saddle-objective.tangent.ts:17
                    const t4_4_d = t3_4_d + y1_5 * y1_5_d + y1_5 * y1_5_d; // saddle-objective.tangent.ts:17
                    const t6_2 = t3_d_2 + y1_5 * y1_d_2; // saddle-objective.tangent.ts:18
                    const t6_2_d = t3_d_2_d + y1_d_2 * y1_5_d; // saddle-objective.tangent.ts:18
                    const t4_d_2 = t6_2 + y1_5 * y1_d_2; // saddle-objective.tangent.ts:18
                    const t4_d_2_d = t6_2_d + y1_d_2 * y1_5_d; // saddle-objective.tangent.ts:18
                    const ret_5 = t2_4 - t4_4; // saddle-objective.tangent.ts:19
                    const ret_5_d = t2_4_d - t4_4_d; // saddle-objective.tangent.ts:19
                    const ret_d_2 = -t4_d_2; // saddle-objective.tangent.ts:20
                    const ret_d_2_d = -t4_d_2_d; // saddle-objective.tangent.ts:20
                    t_d[0] = ret_5_d; // saddle-objective.tangent.ts:21
                    t[0] = ret_5; // saddle-objective.tangent.ts:21
                    t_d[1] = ret_d_2_d; // saddle-objective.tangent.ts:22
                    t[1] = ret_d_2; // saddle-objective.tangent.ts:22
                    d0 = -t[1]!; // saddle.ts:102
                    d0_d = -t_d[1]!; // saddle.ts:102
                    // inlined saddleF_tangent (bench/gradbench/generated/saddle-objective.tangent.ts:12)
                    let x0_6 = x0; // saddle.ts:103
                    let x0_6_d = x0_d; // saddle.ts:103
                    let x1_6 = x1; // saddle.ts:103
                    let x1_6_d = x1_d; // saddle.ts:103
                    let y0_6 = y0; // saddle.ts:103
                    let y0_6_d = y0_d_4; // saddle.ts:103
                    let y1_6 = y1; // saddle.ts:103
                    let y1_6_d = y1_d_4; // saddle.ts:103
                    let y0_d_3 = 0; // saddle.ts:103
                    let y1_d_3 = 1; // saddle.ts:103
                    const t1_5 = x0_6 * x0_6; // saddle-objective.tangent.ts:13
                    const t1_5_d = x0_6 * x0_6_d + x0_6 * x0_6_d; // saddle-objective.tangent.ts:13
                    const t2_5 = t1_5 + x1_6 * x1_6; // saddle-objective.tangent.ts:14
                    const t2_5_d = t1_5_d + x1_6 * x1_6_d + x1_6 * x1_6_d; // saddle-objective.tangent.ts:14
                    const t3_5 = y0_6 * y0_6; // saddle-objective.tangent.ts:15
                    const t3_5_d = y0_6 * y0_6_d + y0_6 * y0_6_d; // saddle-objective.tangent.ts:15
                    const t5_3 = y0_6 * y0_d_3; // saddle-objective.tangent.ts:16
                    const t5_3_d = y0_d_3 * y0_6_d; // saddle-objective.tangent.ts:16
                    const t3_d_3 = t5_3 + y0_6 * y0_d_3; // saddle-objective.tangent.ts:16
                    const t3_d_3_d = t5_3_d + y0_d_3 * y0_6_d; // saddle-objective.tangent.ts:16
                    const t4_5 = t3_5 + y1_6 * y1_6; // saddle-objective.tangent.ts:17
                    const t4_5_d = t3_5_d + y1_6 * y1_6_d + y1_6 * y1_6_d; // saddle-objective.tangent.ts:17
                    const t6_3 = t3_d_3 + y1_6 * y1_d_3; // saddle-objective.tangent.ts:18
                    const t6_3_d = t3_d_3_d + y1_d_3 * y1_6_d; // saddle-objective.tangent.ts:18
                    const t4_d_3 = t6_3 + y1_6 * y1_d_3; // saddle-objective.tangent.ts:18
                    const t4_d_3_d = t6_3_d + y1_d_3 * y1_6_d; // saddle-objective.tangent.ts:18
                    const ret_6 = t2_5 - t4_5; // saddle-objective.tangent.ts:19
                    const ret_6_d = t2_5_d - t4_5_d; // saddle-objective.tangent.ts:19
                    const ret_d_3 = -t4_d_3; // saddle-objective.tangent.ts:20
                    const ret_d_3_d = -t4_d_3_d; // saddle-objective.tangent.ts:20
                    t_d[0] = ret_6_d; // saddle-objective.tangent.ts:21
                    t[0] = ret_6; // saddle-objective.tangent.ts:21
                    t_d[1] = ret_d_3_d; // saddle-objective.tangent.ts:22
                    t[1] = ret_d_3; // saddle-objective.tangent.ts:22
                    d1 = -t[1]!; // saddle.ts:104
                    d1_d = -t_d[1]!; // saddle.ts:104
                    i += 1; // saddle.ts:105
                }
                else {
                    eta /= 2; // saddle.ts:107
                    i = 0; // saddle.ts:108
                }
            }
        }
    }
    // inlined saddleF (bench/gradbench/evals/saddle-objective.ts:13)
    let x0_7 = x0; // saddle.ts:113
    let x0_7_d = x0_d; // saddle.ts:113
    let x1_7 = x1; // saddle.ts:113
    let x1_7_d = x1_d; // saddle.ts:113
    let y0_7 = y0; // saddle.ts:113
    let y0_7_d = y0_d_4; // saddle.ts:113
    let y1_7 = y1; // saddle.ts:113
    let y1_7_d = y1_d_4; // saddle.ts:113
    const t1_6 = x0_7 * x0_7; // saddle-objective.ts:14
    const t1_6_d = x0_7 * x0_7_d + x0_7 * x0_7_d; // saddle-objective.ts:14
    const t2_6 = t1_6 + x1_7 * x1_7; // saddle-objective.ts:14
    const t2_6_d = t1_6_d + x1_7 * x1_7_d + x1_7 * x1_7_d; // saddle-objective.ts:14
    const t3_6 = y0_7 * y0_7; // saddle-objective.ts:14
    const t3_6_d = y0_7 * y0_7_d + y0_7 * y0_7_d; // saddle-objective.ts:14
    const t4_6 = t3_6 + y1_7 * y1_7; // saddle-objective.ts:14
    const t4_6_d = t3_6_d + y1_7 * y1_7_d + y1_7 * y1_7_d; // saddle-objective.ts:14
    const ret_7 = t2_6 - t4_6; // saddle-objective.ts:14
    const ret_7_d = t2_6_d - t4_6_d; // saddle-objective.ts:14
    const ret = ret_7; // saddle.ts:113
    const ret_d_4 = ret_7_d; // saddle.ts:113
    out[0] = ret;
    out[1] = ret_d_4;
}
