// Generated from bench/gradbench/evals/kmeans.ts by the sobolev compiler (tangent over adjoint). Do not edit.
import { tape } from "../../../runtime/index.js";

/**
 * Tangent of adjoint of kmeansCost (bench/gradbench/evals/kmeans.ts:15).
 * @differentiable
 * @wrt centroids centroids_b centroids_d centroids_b_d out
 * @domain d 2 2
 * @length points 8
 * @length centroids 4
 * @length centroids_b 4
 * @length centroids_d 4
 * @length centroids_b_d 4
 * @length out 2
 * @variant tangent
 */
export function kmeansCost_adjoint_tangent(d: number, points: Float64Array, centroids: Float64Array, centroids_b: Float64Array, out_b: number, centroids_d: Float64Array, centroids_b_d: Float64Array, out: Float64Array): void {
    let closest = 0;
    let closest_d = 0;
    let dist = 0;
    let dist_d = 0;
    let diff = 0;
    let diff_d = 0;
    if (points.length % d !== 0) {
        throw new Error("points.length / d is not an integer (it is used as an index or size)"); // kmeans.ts:16
    }
    if (centroids.length % d !== 0) {
        throw new Error("centroids.length / d is not an integer (it is used as an index or size)"); // kmeans.ts:16
    }
    const n = points.length / d; // kmeans.ts:16
    const k = centroids.length / d; // kmeans.ts:16
    let cost = 0; // kmeans.ts:17
    let cost_d = 0; // kmeans.ts:17
    for (let i = 0; i < n; i++) {
        closest = 0; // kmeans.ts:19
        closest_d = 0; // kmeans.ts:19
        for (let j = 0; j < k; j++) {
            tape.push(dist); // kmeans.ts:21
            tape.push(dist_d); // kmeans.ts:21
            dist = 0; // kmeans.ts:21
            dist_d = 0; // kmeans.ts:21
            for (let c = 0; c < d; c++) {
                diff = points[i * d + c]! - centroids[j * d + c]!; // kmeans.ts:23
                diff_d = -centroids_d[j * d + c]!; // kmeans.ts:23
                dist_d = dist_d + diff * diff_d + diff * diff_d; // kmeans.ts:24
                dist += diff * diff; // kmeans.ts:24
            }
            let t1 = 0; // kmeans.ts:26
            let t1_d = 0; // kmeans.ts:26
            const branch = j === 0; // kmeans.ts:26
            if (branch) {
                t1 = dist; // kmeans.ts:26
                t1_d = dist_d; // kmeans.ts:26
            }
            else {
                t1 = Math.min(closest, dist); // kmeans.ts:26
                t1_d = (closest <= dist ? closest_d : 0) + (closest <= dist ? 0 : dist_d); // kmeans.ts:26
            }
            tape.pushBranch(branch); // kmeans.ts:26
            tape.push(closest); // kmeans.ts:26
            tape.push(closest_d); // kmeans.ts:26
            closest = t1; // kmeans.ts:26
            closest_d = t1_d; // kmeans.ts:26
        }
        cost_d += closest_d; // kmeans.ts:28
        cost += closest; // kmeans.ts:28
    }
    // reverse sweep
    let diff_b = 0;
    let diff_b_d = 0;
    let dist_b = 0;
    let t1_b = 0;
    let closest_b = 0;
    let cost_b = out_b;
    for (let i = n - 1; i >= 0; i--) {
        closest_b += cost_b; // kmeans.ts:28
        for (let j = k - 1; j >= 0; j--) {
            closest_d = tape.pop(); // kmeans.ts:26
            closest = tape.pop(); // kmeans.ts:26
            t1_b += closest_b; // kmeans.ts:26
            closest_b = 0; // kmeans.ts:26
            if (tape.popBranch()) {
                dist_b += t1_b; // kmeans.ts:26
                t1_b = 0; // kmeans.ts:26
            }
            else {
                let t2 = 0; // kmeans.ts:26
                if (closest <= dist) {
                    t2 = t1_b; // kmeans.ts:26
                }
                else {
                    t2 = 0; // kmeans.ts:26
                }
                closest_b += t2; // kmeans.ts:26
                let t3 = 0; // kmeans.ts:26
                if (closest <= dist) {
                    t3 = 0; // kmeans.ts:26
                }
                else {
                    t3 = t1_b; // kmeans.ts:26
                }
                dist_b += t3; // kmeans.ts:26
                t1_b = 0; // kmeans.ts:26
            }
            t1_b = 0; // kmeans.ts:26
            for (let c = d - 1; c >= 0; c--) {
                diff = points[i * d + c]! - centroids[j * d + c]!; // kmeans.ts:23
                diff_d = -centroids_d[j * d + c]!; // kmeans.ts:23
                diff_b_d += dist_b * diff_d; // kmeans.ts:24
                diff_b += dist_b * diff; // kmeans.ts:24
                diff_b_d += dist_b * diff_d; // kmeans.ts:24
                diff_b += dist_b * diff; // kmeans.ts:24
                centroids_b_d[j * d + c]! -= diff_b_d; // kmeans.ts:23
                centroids_b[j * d + c]! -= diff_b; // kmeans.ts:23
                diff_b = 0; // kmeans.ts:23
                diff_b_d = 0; // kmeans.ts:23
            }
            dist_d = tape.pop(); // kmeans.ts:21
            dist = tape.pop(); // kmeans.ts:21
            dist_b = 0; // kmeans.ts:21
        }
        closest_b = 0; // kmeans.ts:19
    }
    cost_b = 0; // kmeans.ts:17
    out[0] = cost;
    out[1] = cost_d;
}
