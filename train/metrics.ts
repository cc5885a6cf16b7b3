/** R² = 1 − SS_res / SS_tot. */
export function r2(pred: ArrayLike<number>, truth: ArrayLike<number>): number {
  let mean = 0;
  for (let i = 0; i < truth.length; i++) mean += truth[i]!;
  mean /= truth.length;
  let res = 0, tot = 0;
  for (let i = 0; i < truth.length; i++) {
    res += (pred[i]! - truth[i]!) ** 2;
    tot += (truth[i]! - mean) ** 2;
  }
  return 1 - res / tot;
}
