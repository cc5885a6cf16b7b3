// GradBench `ba` (bundle adjustment): one observation's reprojection error, written from its C++
// reference (cpp/gradbench/evals/ba.hpp: rodrigues_rotate_point, radial_distort, project,
// computeReprojError) with its small arrays as scalars. cam: rotation (3), centre (3), focal (1),
// principal point (2), radial distortion (2); x: the point (3); w: the observation's weight; row
// selects the residual (0: x, 1: y). The Jacobian's two rows are two adjoint calls.

/**
 * @differentiable
 * @variant adjoint
 * @wrt cam x w
 * @length cam 11
 * @length x 3
 * @length feat 2
 * @domain row 0 1
 * @domain cam[0] -0.3 0.3
 * @domain cam[1] -0.3 0.3
 * @domain cam[2] -0.3 0.3
 * @domain cam[6] 1 2
 * @domain cam[9] -0.1 0.1
 * @domain cam[10] -0.1 0.1
 * @domain x[2] 3 4
 */
export function reprojError(cam: Float64Array, x: Float64Array, w: number, feat: Float64Array, row: number): number {
  const xo0 = x[0]! - cam[3]!, xo1 = x[1]! - cam[4]!, xo2 = x[2]! - cam[5]!;
  // rodrigues_rotate_point
  const sqtheta = cam[0]! * cam[0]! + cam[1]! * cam[1]! + cam[2]! * cam[2]!;
  let r0 = 0, r1 = 0, r2 = 0;
  if (sqtheta !== 0) {
    const theta = Math.sqrt(sqtheta);
    const costheta = Math.cos(theta), sintheta = Math.sin(theta), inverse = 1 / theta;
    const w0 = cam[0]! * inverse, w1 = cam[1]! * inverse, w2 = cam[2]! * inverse;
    const tmp = (w0 * xo0 + w1 * xo1 + w2 * xo2) * (1 - costheta);
    r0 = xo0 * costheta + (w1 * xo2 - w2 * xo1) * sintheta + w0 * tmp;
    r1 = xo1 * costheta + (w2 * xo0 - w0 * xo2) * sintheta + w1 * tmp;
    r2 = xo2 * costheta + (w0 * xo1 - w1 * xo0) * sintheta + w2 * tmp;
  } else {
    r0 = xo0 + (cam[1]! * xo2 - cam[2]! * xo1);
    r1 = xo1 + (cam[2]! * xo0 - cam[0]! * xo2);
    r2 = xo2 + (cam[0]! * xo1 - cam[1]! * xo0);
  }
  let p0 = r0 / r2, p1 = r1 / r2;
  // radial_distort
  const rsq = p0 * p0 + p1 * p1;
  const L = 1 + cam[9]! * rsq + cam[10]! * rsq * rsq;
  p0 = p0 * L;
  p1 = p1 * L;
  p0 = p0 * cam[6]! + cam[7]!;
  p1 = p1 * cam[6]! + cam[8]!;
  return row === 0 ? w * (p0 - feat[0]!) : w * (p1 - feat[1]!);
}

/**
 * computeZachWeightError
 * @differentiable
 * @variant adjoint
 */
export function weightError(w: number): number {
  return 1 - w * w;
}
