// GradBench `hello`: square, and its derivative (`double`) by the generated adjoint.

/**
 * @differentiable
 * @variant adjoint
 */
export function square(x: number): number {
  return x * x;
}
