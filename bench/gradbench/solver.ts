/**
 * The gradient-descent argmin of GradBench's particle and saddle evals (their tools' shared
 * `multivariate_argmin`, after Pearlmutter and Siskind): from x, step against the gradient with a
 * step size η that starts at 1e-5, doubles after 10 accepted steps and halves on a step that does
 * not decrease f; stop when |∇f| ≤ 1e-5 or a step moves x by at most 1e-5. Plain TypeScript: the
 * gradients it is given are generated code.
 */
export type Objective = (x: Float64Array) => number;
/** Writes ∇f(x) into g. */
export type Gradient = (x: Float64Array, g: Float64Array) => void;

const norm = (v: Float64Array): number => Math.sqrt(v.reduce((s, e) => s + e * e, 0));

export function argmin(f: Objective, grad: Gradient, start: Float64Array): Float64Array {
  const n = start.length;
  let x = Float64Array.from(start), xp = new Float64Array(n), gx = new Float64Array(n);
  const step = new Float64Array(n);
  let fx = f(x);
  grad(x, gx);
  let eta = 1e-5, i = 0;
  for (;;) {
    if (norm(gx) <= 1e-5) return x;
    if (i === 10) {
      eta *= 2;
      i = 0;
      continue;
    }
    for (let k = 0; k < n; k++) xp[k] = x[k]! - eta * gx[k]!;
    for (let k = 0; k < n; k++) step[k] = x[k]! - xp[k]!;
    if (norm(step) <= 1e-5) return x;
    const fxp = f(xp);
    if (fxp < fx) {
      [x, xp] = [xp, x];
      fx = fxp;
      grad(x, gx);
      i++;
    } else {
      eta /= 2;
      i = 0;
    }
  }
}

/** argmax f = argmin −f. */
export function argmax(f: Objective, grad: Gradient, start: Float64Array): Float64Array {
  return argmin((x) => -f(x), (x, g) => {
    grad(x, g);
    for (let k = 0; k < g.length; k++) g[k] = -g[k]!;
  }, start);
}
