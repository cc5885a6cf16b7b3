// Generated from bench/gradbench/evals/kmeans.ts by the sobolev compiler (adjoint). Do not edit.
import { tape } from "../../../runtime/index.js";

/**
 * Adjoint of kmeansCost (bench/gradbench/evals/kmeans.ts:15).
 * @differentiable
 * @wrt centroids centroids_b out_b
 * @domain d 2 2
 * @length points 8
 * @length centroids 4
 * @length centroids_b 4
 * @variant tangent
 */
export function kmeansCost_adjoint(d: number, points: Float64Array, centroids: Float64Array, centroids_b: Float64Array, out_b: number): number {
    let closest = 0;
    let dist = 0;
    let diff = 0;
    if (points.length % d !== 0) {
        throw new Error("points.length / d is not an integer (it is used as an index or size)"); // kmeans.ts:16
    }
    if (centroids.length % d !== 0) {
        throw new Error("centroids.length / d is not an integer (it is used as an index or size)"); // kmeans.ts:16
    }
    const n = points.length / d; // kmeans.ts:16
    const k = centroids.length / d; // kmeans.ts:16
    let cost = 0; // kmeans.ts:17
    for (let i = 0; i < n; i++) {
        closest = 0; // kmeans.ts:19
        for (let j = 0; j < k; j++) {
            tape.push(dist); // kmeans.ts:21
            dist = 0; // kmeans.ts:21
            for (let c = 0; c < d; c++) {
                diff = points[i * d + c]! - centroids[j * d + c]!; // kmeans.ts:23
                dist += diff * diff; // kmeans.ts:24
            }
            let t1 = 0; // kmeans.ts:26
            const branch = j === 0; // kmeans.ts:26
            if (branch) {
                t1 = dist; // kmeans.ts:26
            }
            else {
                t1 = Math.min(closest, dist); // kmeans.ts:26
            }
            tape.pushBranch(branch); // kmeans.ts:26
            tape.push(closest); // kmeans.ts:26
            closest = t1; // kmeans.ts:26
        }
        cost += closest; // kmeans.ts:28
    }
    // reverse sweep
    let diff_b = 0;
    let dist_b = 0;
    let t1_b = 0;
    let closest_b = 0;
    let cost_b = out_b;
    for (let i = n - 1; i >= 0; i--) {
        closest_b += cost_b; // kmeans.ts:28
        for (let j = k - 1; j >= 0; j--) {
            closest = tape.pop(); // kmeans.ts:26
            t1_b += closest_b; // kmeans.ts:26
            closest_b = 0; // kmeans.ts:26
            if (tape.popBranch()) {
                dist_b += t1_b; // kmeans.ts:26
                t1_b = 0; // kmeans.ts:26
            }
            else {
                closest_b += closest <= dist ? t1_b : 0; // kmeans.ts:26
                dist_b += closest <= dist ? 0 : t1_b; // kmeans.ts:26
                t1_b = 0; // kmeans.ts:26
            }
            t1_b = 0; // kmeans.ts:26
            for (let c = d - 1; c >= 0; c--) {
                diff = points[i * d + c]! - centroids[j * d + c]!; // kmeans.ts:23
                diff_b += dist_b * diff; // kmeans.ts:24
                diff_b += dist_b * diff; // kmeans.ts:24
                centroids_b[j * d + c]! -= diff_b; // kmeans.ts:23
                diff_b = 0; // kmeans.ts:23
            }
            dist = tape.pop(); // kmeans.ts:21
            dist_b = 0; // kmeans.ts:21
        }
        closest_b = 0; // kmeans.ts:19
    }
    cost_b = 0; // kmeans.ts:17
    return cost;
}
