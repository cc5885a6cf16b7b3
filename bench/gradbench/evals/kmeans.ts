// GradBench `kmeans`: the cost Σᵢ minⱼ ‖Cⱼ − Pᵢ‖² of n points P (n×d, row-major) for k centroids C
// (k×d), written from its C++ reference (cpp/gradbench/evals/kmeans.hpp). `dir` = J·H⁻¹ needs the
// gradient (the adjoint) and the Hessian's diagonal: the Hessian is diagonal, so H·1 is its
// diagonal — one tangent-over-adjoint product.

/**
 * @differentiable
 * @variant adjoint(centroids)
 * @variant adjoint(centroids) tangent(centroids)
 * @wrt centroids
 * @domain d 2 2
 * @length points 8
 * @length centroids 4
 */
export function kmeansCost(d: number, points: Float64Array, centroids: Float64Array): number {
  const n = points.length / d, k = centroids.length / d;
  let cost = 0;
  for (let i = 0; i < n; i++) {
    let closest = 0;
    for (let j = 0; j < k; j++) {
      let dist = 0;
      for (let c = 0; c < d; c++) {
        const diff = points[i * d + c]! - centroids[j * d + c]!;
        dist += diff * diff;
      }
      closest = j === 0 ? dist : Math.min(closest, dist);
    }
    cost += closest;
  }
  return cost;
}
