// ADBench's bundle adjustment objective written as GradBench's C++ is written (cpp/gradbench/evals/ba.hpp,
// adbench/shared/matrix.h's cross), line by line: &cams[camIdx * BA_NCAMPARAMS] as cams.subarray(…),
// T w[3] as new Float64Array(3), *w as w[0]. test/adbench.test.ts compiles it unmodified (issue #30).
const BA_NCAMPARAMS = 11;
const BA_ROT_IDX = 0;
const BA_C_IDX = 3;
const BA_F_IDX = 6;
const BA_X0_IDX = 7;
const BA_RAD_IDX = 9;

function sqsum(n: number, x: Float64Array): number {
  let res = 0;
  for (let i = 0; i < n; i++) res = res + x[i]! * x[i]!;
  return res;
}

function cross(a: Float64Array, b: Float64Array, out: Float64Array): void {
  out[0] = a[1]! * b[2]! - a[2]! * b[1]!;
  out[1] = a[2]! * b[0]! - a[0]! * b[2]!;
  out[2] = a[0]! * b[1]! - a[1]! * b[0]!;
}

function rodrigues_rotate_point(rot: Float64Array, pt: Float64Array, rotatedPt: Float64Array): void {
  const sqtheta = sqsum(3, rot);
  if (sqtheta !== 0) {
    const w = new Float64Array(3), w_cross_pt = new Float64Array(3);
    const theta = Math.sqrt(sqtheta);
    const costheta = Math.cos(theta);
    const sintheta = Math.sin(theta);
    const theta_inverse = 1.0 / theta;
    for (let i = 0; i < 3; i++) w[i] = rot[i]! * theta_inverse;
    cross(w, pt, w_cross_pt);
    const tmp = (w[0]! * pt[0]! + w[1]! * pt[1]! + w[2]! * pt[2]!) * (1 - costheta);
    for (let i = 0; i < 3; i++) rotatedPt[i] = pt[i]! * costheta + w_cross_pt[i]! * sintheta + w[i]! * tmp;
  } else {
    const rot_cross_pt = new Float64Array(3);
    cross(rot, pt, rot_cross_pt);
    for (let i = 0; i < 3; i++) rotatedPt[i] = pt[i]! + rot_cross_pt[i]!;
  }
}

function radial_distort(rad_params: Float64Array, proj: Float64Array): void {
  const rsq = sqsum(2, proj);
  const L = 1 + rad_params[0]! * rsq + rad_params[1]! * rsq * rsq;
  proj[0] = proj[0]! * L;
  proj[1] = proj[1]! * L;
}

function project(cam: Float64Array, X: Float64Array, proj: Float64Array): void {
  const C = cam.subarray(BA_C_IDX);
  const Xo = new Float64Array(3), Xcam = new Float64Array(3);
  Xo[0] = X[0]! - C[0]!;
  Xo[1] = X[1]! - C[1]!;
  Xo[2] = X[2]! - C[2]!;
  rodrigues_rotate_point(cam.subarray(BA_ROT_IDX), Xo, Xcam);
  proj[0] = Xcam[0]! / Xcam[2]!;
  proj[1] = Xcam[1]! / Xcam[2]!;
  radial_distort(cam.subarray(BA_RAD_IDX), proj);
  proj[0] = proj[0]! * cam[BA_F_IDX]! + cam[BA_X0_IDX]!;
  proj[1] = proj[1]! * cam[BA_F_IDX]! + cam[BA_X0_IDX + 1]!;
}

function computeReprojError(cam: Float64Array, X: Float64Array, w: Float64Array, feat: Float64Array, err: Float64Array): void {
  const proj = new Float64Array(2);
  project(cam, X, proj);
  err[0] = w[0]! * (proj[0]! - feat[0]!);
  err[1] = w[0]! * (proj[1]! - feat[1]!);
}

function computeZachWeightError(w: Float64Array, err: Float64Array): void {
  err[0] = 1 - w[0]! * w[0]!;
}

/**
 * @differentiable
 * @wrt cams X w
 * @domain n 1 1
 * @domain m 2 2
 * @domain p 2 2
 * @length cams 11
 * @length X 6
 * @length w 2
 * @length obs 4
 * @domain obs 0 0
 * @domain obs[3] 1 1
 * @length feats 4
 * @length reproj_err 4
 * @length w_err 2
 * @domain cams[5] 3 4
 */
export function objective(n: number, m: number, p: number, cams: Float64Array, X: Float64Array, w: Float64Array, obs: Int32Array,
  feats: Float64Array, reproj_err: Float64Array, w_err: Float64Array): void {
  for (let i = 0; i < p; i++) {
    const camIdx = obs[i * 2 + 0]!;
    const ptIdx = obs[i * 2 + 1]!;
    computeReprojError(cams.subarray(camIdx * BA_NCAMPARAMS), X.subarray(ptIdx * 3), w.subarray(i), feats.subarray(i * 2), reproj_err.subarray(2 * i));
  }
  for (let i = 0; i < p; i++) computeZachWeightError(w.subarray(i), w_err.subarray(i));
}
