// Generated from bench/gradbench/evals/ode.ts by the sobolev compiler (adjoint). Do not edit.
import { tape } from "../../../runtime/index.js";

/**
 * Adjoint of odeFun (bench/gradbench/evals/ode.ts:10).
 * @differentiable
 * @wrt x y z x_b y_b z_b
 */
export function odeFun_adjoint(x: Float64Array, y: Float64Array, z: Float64Array, x_b: Float64Array, y_b: Float64Array, z_b: Float64Array): void {
    z[0] = x[0]!; // ode.ts:11
    for (let i = 1; i < x.length; i++) {
        z[i] = x[i]! * y[i - 1]!; // ode.ts:12
    }
    // reverse sweep
    for (let i = x.length - 1; i >= 1; i--) {
        x_b[i]! += z_b[i]! * y[i - 1]!; // ode.ts:12
        y_b[i - 1]! += z_b[i]! * x[i]!; // ode.ts:12
        z_b[i] = 0; // ode.ts:12
    }
    x_b[0]! += z_b[0]!; // ode.ts:11
    z_b[0] = 0; // ode.ts:11
}

/**
 * Adjoint of ode (bench/gradbench/evals/ode.ts:24).
 * @differentiable
 * @wrt x yf x_b yf_b out_b
 * @domain s 3 3
 * @length x 4
 * @length yf 4
 * @length x_b 4
 * @length yf_b 4
 * @variant tangent
 */
export function ode_adjoint(x: Float64Array, s: number, yf: Float64Array, x_b: Float64Array, yf_b: Float64Array, out_b: number): number {
    let t1 = 0;
    let t2 = 0;
    let t3 = 0;
    let t4 = 0;
    let t5 = 0;
    let t6 = 0;
    let t7 = 0;
    let t8 = 0;
    let t9 = 0;
    const n = x.length; // ode.ts:25
    const h = 2 / s; // ode.ts:26
    let k1 = new Float64Array(n); // ode.ts:27
    let k1_b = new Float64Array(n); // ode.ts:27
    let k2 = new Float64Array(n); // ode.ts:27
    let k2_b = new Float64Array(n); // ode.ts:27
    let k3 = new Float64Array(n); // ode.ts:27
    let k3_b = new Float64Array(n); // ode.ts:27
    let k4 = new Float64Array(n); // ode.ts:27
    let k4_b = new Float64Array(n); // ode.ts:27
    let yTmp = new Float64Array(n); // ode.ts:28
    let yTmp_b = new Float64Array(n); // ode.ts:28
    for (let i = 0; i < n; i++) {
        yf[i] = 0; // ode.ts:29
    }
    // checkpointed loop: its state is taped every ⌈√trips⌉ iterations, the iterations are re-run taped in the reverse sweep
    let trips_1 = s;
    if (trips_1 < 0) {
        trips_1 = 0;
    }
    let every_1 = 1;
    while (every_1 * every_1 < trips_1) {
        every_1++;
    }
    let segments_1 = 0;
    for (let step = 0; step < s; step++) {
        if (step % every_1 === 0) {
            for (let i_11 = 0; i_11 < k1.length; i_11++) {
                tape.push(k1[i_11]!); // ode.ts:31
            }
            for (let i_12 = 0; i_12 < yTmp.length; i_12++) {
                tape.push(yTmp[i_12]!); // ode.ts:31
            }
            for (let i_13 = 0; i_13 < k2.length; i_13++) {
                tape.push(k2[i_13]!); // ode.ts:31
            }
            for (let i_14 = 0; i_14 < k3.length; i_14++) {
                tape.push(k3[i_14]!); // ode.ts:31
            }
            for (let i_15 = 0; i_15 < k4.length; i_15++) {
                tape.push(k4[i_15]!); // ode.ts:31
            }
            for (let i_16 = 0; i_16 < yf.length; i_16++) {
                tape.push(yf[i_16]!); // ode.ts:31
            }
            segments_1++;
        }
        // inlined odeFun (bench/gradbench/evals/ode.ts:10)
        k1[0] = x[0]!; // ode.ts:11
        for (let i_1 = 1; i_1 < x.length; i_1++) {
            k1[i_1] = x[i_1]! * yf[i_1 - 1]!; // ode.ts:12
        }
        for (let i = 0; i < n; i++) {
            t1 = h * k1[i]!; // ode.ts:33
            t2 = t1 / 2; // ode.ts:33
            yTmp[i] = yf[i]! + t2; // ode.ts:33
        }
        // inlined odeFun (bench/gradbench/evals/ode.ts:10)
        k2[0] = x[0]!; // ode.ts:11
        for (let i_2 = 1; i_2 < x.length; i_2++) {
            k2[i_2] = x[i_2]! * yTmp[i_2 - 1]!; // ode.ts:12
        }
        for (let i = 0; i < n; i++) {
            t3 = h * k2[i]!; // ode.ts:35
            t4 = t3 / 2; // ode.ts:35
            yTmp[i] = yf[i]! + t4; // ode.ts:35
        }
        // inlined odeFun (bench/gradbench/evals/ode.ts:10)
        k3[0] = x[0]!; // ode.ts:11
        for (let i_3 = 1; i_3 < x.length; i_3++) {
            k3[i_3] = x[i_3]! * yTmp[i_3 - 1]!; // ode.ts:12
        }
        for (let i = 0; i < n; i++) {
            yTmp[i] = yf[i]! + h * k3[i]!; // ode.ts:37
        }
        // inlined odeFun (bench/gradbench/evals/ode.ts:10)
        k4[0] = x[0]!; // ode.ts:11
        for (let i_4 = 1; i_4 < x.length; i_4++) {
            k4[i_4] = x[i_4]! * yTmp[i_4 - 1]!; // ode.ts:12
        }
        for (let i = 0; i < n; i++) {
            t5 = k1[i]! + 2 * k2[i]!; // ode.ts:39
            t6 = t5 + 2 * k3[i]!; // ode.ts:39
            t7 = t6 + k4[i]!; // ode.ts:39
            t8 = h * t7; // ode.ts:39
            t9 = t8 / 6; // ode.ts:39
            yf[i]! += t9; // ode.ts:39
        }
    }
    tape.pushInt(segments_1); // ode.ts:31
    const ret = yf[n - 1]!; // ode.ts:41
    // reverse sweep
    let t1_b = 0;
    let t2_b = 0;
    let t3_b = 0;
    let t4_b = 0;
    let t5_b = 0;
    let t6_b = 0;
    let t7_b = 0;
    let t8_b = 0;
    let t9_b = 0;
    let ret_b = out_b;
    yf_b[n - 1]! += ret_b; // ode.ts:41
    let trips = s;
    if (trips < 0) {
        trips = 0;
    }
    let every = 1;
    while (every * every < trips) {
        every++;
    }
    const segments = tape.popInt();
    for (let segment = segments - 1; segment >= 0; segment--) {
        const first = segment * every;
        let last = first + every;
        if (last > trips) {
            last = trips;
        }
        for (let i_5 = yf.length - 1; i_5 >= 0; i_5--) {
            yf[i_5] = tape.pop();
        }
        for (let i_6 = k4.length - 1; i_6 >= 0; i_6--) {
            k4[i_6] = tape.pop();
        }
        for (let i_7 = k3.length - 1; i_7 >= 0; i_7--) {
            k3[i_7] = tape.pop();
        }
        for (let i_8 = k2.length - 1; i_8 >= 0; i_8--) {
            k2[i_8] = tape.pop();
        }
        for (let i_9 = yTmp.length - 1; i_9 >= 0; i_9--) {
            yTmp[i_9] = tape.pop();
        }
        for (let i_10 = k1.length - 1; i_10 >= 0; i_10--) {
            k1[i_10] = tape.pop();
        }
        for (let trip = first; trip < last; trip++) {
            // inlined odeFun (bench/gradbench/evals/ode.ts:10)
            k1[0] = x[0]!; // ode.ts:11
            for (let i_1 = 1; i_1 < x.length; i_1++) {
                k1[i_1] = x[i_1]! * yf[i_1 - 1]!; // ode.ts:12
            }
            for (let i = 0; i < n; i++) {
                t1 = h * k1[i]!; // ode.ts:33
                t2 = t1 / 2; // ode.ts:33
                tape.push(yTmp[i]!); // ode.ts:33
                yTmp[i] = yf[i]! + t2; // ode.ts:33
            }
            // inlined odeFun (bench/gradbench/evals/ode.ts:10)
            k2[0] = x[0]!; // ode.ts:11
            for (let i_2 = 1; i_2 < x.length; i_2++) {
                k2[i_2] = x[i_2]! * yTmp[i_2 - 1]!; // ode.ts:12
            }
            for (let i = 0; i < n; i++) {
                t3 = h * k2[i]!; // ode.ts:35
                t4 = t3 / 2; // ode.ts:35
                tape.push(yTmp[i]!); // ode.ts:35
                yTmp[i] = yf[i]! + t4; // ode.ts:35
            }
            // inlined odeFun (bench/gradbench/evals/ode.ts:10)
            k3[0] = x[0]!; // ode.ts:11
            for (let i_3 = 1; i_3 < x.length; i_3++) {
                k3[i_3] = x[i_3]! * yTmp[i_3 - 1]!; // ode.ts:12
            }
            for (let i = 0; i < n; i++) {
                tape.push(yTmp[i]!); // ode.ts:37
                yTmp[i] = yf[i]! + h * k3[i]!; // ode.ts:37
            }
            // inlined odeFun (bench/gradbench/evals/ode.ts:10)
            k4[0] = x[0]!; // ode.ts:11
            for (let i_4 = 1; i_4 < x.length; i_4++) {
                k4[i_4] = x[i_4]! * yTmp[i_4 - 1]!; // ode.ts:12
            }
            for (let i = 0; i < n; i++) {
                t5 = k1[i]! + 2 * k2[i]!; // ode.ts:39
                t6 = t5 + 2 * k3[i]!; // ode.ts:39
                t7 = t6 + k4[i]!; // ode.ts:39
                t8 = h * t7; // ode.ts:39
                t9 = t8 / 6; // ode.ts:39
                tape.push(yf[i]!); // ode.ts:39
                yf[i]! += t9; // ode.ts:39
            }
        }
        for (let trip_b = last - 1; trip_b >= first; trip_b--) {
            for (let i = n - 1; i >= 0; i--) {
                yf[i] = tape.pop(); // ode.ts:39
                const g1 = yf_b[i]!; // ode.ts:39
                yf_b[i] = 0; // ode.ts:39
                yf_b[i]! += g1; // ode.ts:39
                t9_b += g1; // ode.ts:39
                t8_b += t9_b * (1 / 6); // ode.ts:39
                t9_b = 0; // ode.ts:39
                t7_b += t8_b * h; // ode.ts:39
                t8_b = 0; // ode.ts:39
                t6_b += t7_b; // ode.ts:39
                k4_b[i]! += t7_b; // ode.ts:39
                t7_b = 0; // ode.ts:39
                t5_b += t6_b; // ode.ts:39
                k3_b[i]! += t6_b * 2; // ode.ts:39
                t6_b = 0; // ode.ts:39
                k1_b[i]! += t5_b; // ode.ts:39
                k2_b[i]! += t5_b * 2; // ode.ts:39
                t5_b = 0; // ode.ts:39
            }
            for (let i_4 = x.length - 1; i_4 >= 1; i_4--) {
                x_b[i_4]! += k4_b[i_4]! * yTmp[i_4 - 1]!; // ode.ts:12
                yTmp_b[i_4 - 1]! += k4_b[i_4]! * x[i_4]!; // ode.ts:12
                k4_b[i_4] = 0; // ode.ts:12
            }
            x_b[0]! += k4_b[0]!; // ode.ts:11
            k4_b[0] = 0; // ode.ts:11
            for (let i = n - 1; i >= 0; i--) {
                yTmp[i] = tape.pop(); // ode.ts:37
                yf_b[i]! += yTmp_b[i]!; // ode.ts:37
                k3_b[i]! += yTmp_b[i]! * h; // ode.ts:37
                yTmp_b[i] = 0; // ode.ts:37
            }
            for (let i_3 = x.length - 1; i_3 >= 1; i_3--) {
                x_b[i_3]! += k3_b[i_3]! * yTmp[i_3 - 1]!; // ode.ts:12
                yTmp_b[i_3 - 1]! += k3_b[i_3]! * x[i_3]!; // ode.ts:12
                k3_b[i_3] = 0; // ode.ts:12
            }
            x_b[0]! += k3_b[0]!; // ode.ts:11
            k3_b[0] = 0; // ode.ts:11
            for (let i = n - 1; i >= 0; i--) {
                yTmp[i] = tape.pop(); // ode.ts:35
                yf_b[i]! += yTmp_b[i]!; // ode.ts:35
                t4_b += yTmp_b[i]!; // ode.ts:35
                yTmp_b[i] = 0; // ode.ts:35
                t3_b += t4_b * (1 / 2); // ode.ts:35
                t4_b = 0; // ode.ts:35
                k2_b[i]! += t3_b * h; // ode.ts:35
                t3_b = 0; // ode.ts:35
            }
            for (let i_2 = x.length - 1; i_2 >= 1; i_2--) {
                x_b[i_2]! += k2_b[i_2]! * yTmp[i_2 - 1]!; // ode.ts:12
                yTmp_b[i_2 - 1]! += k2_b[i_2]! * x[i_2]!; // ode.ts:12
                k2_b[i_2] = 0; // ode.ts:12
            }
            x_b[0]! += k2_b[0]!; // ode.ts:11
            k2_b[0] = 0; // ode.ts:11
            for (let i = n - 1; i >= 0; i--) {
                yTmp[i] = tape.pop(); // ode.ts:33
                yf_b[i]! += yTmp_b[i]!; // ode.ts:33
                t2_b += yTmp_b[i]!; // ode.ts:33
                yTmp_b[i] = 0; // ode.ts:33
                t1_b += t2_b * (1 / 2); // ode.ts:33
                t2_b = 0; // ode.ts:33
                k1_b[i]! += t1_b * h; // ode.ts:33
                t1_b = 0; // ode.ts:33
            }
            for (let i_1 = x.length - 1; i_1 >= 1; i_1--) {
                x_b[i_1]! += k1_b[i_1]! * yf[i_1 - 1]!; // ode.ts:12
                yf_b[i_1 - 1]! += k1_b[i_1]! * x[i_1]!; // ode.ts:12
                k1_b[i_1] = 0; // ode.ts:12
            }
            x_b[0]! += k1_b[0]!; // ode.ts:11
            k1_b[0] = 0; // ode.ts:11
        }
    }
    for (let i = n - 1; i >= 0; i--) {
        yf_b[i] = 0; // ode.ts:29
    }
    return ret;
}
