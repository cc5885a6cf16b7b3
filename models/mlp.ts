// The annotated MLP surrogate; its generated variants are committed beside it (mlp.*.ts).
import { mark, silu } from "../runtime/index.js";

/**
 * The surrogate: a multilayer perceptron with SiLU hidden layers and one linear output.
 *
 * Architecture: `sizes = [n0, n1, ..., nL]` (Int32Array, nL = 1): layer l maps n_l inputs to
 * n_{l+1} outputs; layers 0..L-2 apply SiLU, the last layer is linear.
 *
 * Parameter layout (one flat Float64Array, layer after layer): for layer l with nIn = n_l and
 * nOut = n_{l+1}, first the weights row by row (W[j][i] at offset + j·nIn + i, j the output
 * neuron), then the nOut biases. Total Σ_l (n_l + 1)·n_{l+1}.
 *
 * Activations (`act`, length Σ_{l<L} n_l): the input x copied to act[0..n0), then each hidden
 * layer's SiLU outputs in order. After a primal call they hold the hidden values.
 *
 * Variants (generated into models/mlp.*.ts, committed):
 * - tangent wrt x: one directional derivative of the prediction (deltas along a direction);
 * - adjoint wrt params and x: the parameter gradient of plain training, and the input gradient;
 * - tangent(x) then adjoint(params): the Sobolev training gradient (reverse over input tangent);
 * - adjoint(x) then tangent(x): Hessian-vector products in input space (basket gamma);
 * - tangent(x), tangent(x) again, then adjoint(params): the parameter gradient of uᵀ∇²ₓf v, the
 *   second-order Sobolev loss's Hessian term (train/second-order.ts);
 * - interval, and adjoint(x) then interval: interval values and interval adjoints over an input box.
 *
 * Hidden neurons are marked (`mark(value, k)`, k counting hidden neurons from 0 in layer order), so
 * every variant records each neuron's value and adjoint (intervals, in the interval variants) in
 * the runtime's `probes`: the inputs of Interval Adjoint Significance Analysis.
 *
 * The domain and length tags below give `sobolev verify` a small network: sizes [3, 3, 3, 3], 28 parameters.
 *
 * @differentiable
 * @wrt params x
 * @variant tangent(x)
 * @variant adjoint(params, x)
 * @variant tangent(x) adjoint(params)
 * @variant adjoint(x) tangent(x)
 * @variant tangent(x) tangent(x) adjoint(params)
 * @variant interval(x)
 * @variant adjoint(x) interval(x)
 * @simd primal tangent adjoint tangent_adjoint adjoint_tangent tangent_tangent_adjoint
 * @simd f32 primal tangent_adjoint adjoint_tangent tangent_tangent_adjoint
 * @shared params
 * @domain sizes 3 3
 * @length sizes 4
 * @length params 28
 * @length x 3
 * @length act 9
 */
export function mlp(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array): number {
  const layers = sizes.length - 1;
  const n0 = sizes[0];
  for (let i = 0; i < n0; i++) {
    act[i] = x[i];
  }
  let pOff = 0; // first parameter of the current layer
  let inOff = 0; // first input of the current layer in act
  let outOff = n0; // first output of the current layer in act
  for (let l = 0; l < layers - 1; l++) {
    const nIn = sizes[l];
    const nOut = sizes[l + 1];
    for (let j = 0; j < nOut; j++) {
      let s = params[pOff + nOut * nIn + j];
      for (let i = 0; i < nIn; i++) {
        s += params[pOff + j * nIn + i] * act[inOff + i];
      }
      act[outOff + j] = mark(silu(s), outOff + j - n0); // hidden neuron number outOff + j - n0
    }
    pOff = pOff + nOut * nIn + nOut;
    inOff = outOff;
    outOff = outOff + nOut;
  }
  const nLast = sizes[layers - 1];
  let y = params[pOff + nLast];
  for (let i = 0; i < nLast; i++) {
    y += params[pOff + i] * act[inOff + i];
  }
  return y;
}

/**
 * One sample's squared error (mlp(x) − target)², the summand of the plain training loss. Its
 * adjoint w.r.t. the parameters is the plain training gradient in one sweep: differentiating the
 * loss rather than the model, the seed 2(f − target) is formed inside the generated code, so the
 * trainer does not run a primal pass first to learn it.
 *
 * @differentiable
 * @wrt params
 * @variant adjoint(params)
 * @simd adjoint
 * @simd f32 adjoint
 * @shared params
 * @domain sizes 3 3
 * @length sizes 4
 * @length params 28
 * @length x 3
 * @length act 9
 */
export function mlpSquaredError(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array, target: number): number {
  const r = mlp(params, x, act, sizes) - target;
  return r * r;
}

/**
 * The network as a function of its input alone (the parameters held fixed): its adjoint is the
 * input gradient ∇ₓf without the parameter gradient that `mlp_adjoint` also accumulates — the
 * first of the Sobolev loss's two sweeps needs only ∇ₓf (train/gradients.ts).
 *
 * @differentiable
 * @wrt x
 * @variant adjoint(x)
 * @simd adjoint
 * @simd f32 adjoint
 * @shared params
 * @domain sizes 3 3
 * @length sizes 4
 * @length params 28
 * @length x 3
 * @length act 9
 */
export function mlpOfInput(params: Float64Array, x: Float64Array, act: Float64Array, sizes: Int32Array): number {
  return mlp(params, x, act, sizes);
}
