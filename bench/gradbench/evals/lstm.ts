// GradBench `lstm` (ADBench's LSTM text-prediction loss), written from its C++ reference
// (cpp/gradbench/evals/lstm.hpp) with the reference's pointer structs as offsets into flat arrays:
// mainParams is 2l rows of 4b (per layer: weights, then biases, each forget/ingate/outgate/change),
// extraParams is in_weight, out_weight, out_bias; state is per layer hidden, then cell; sequence
// is c characters of b bits.

/**
 * @differentiable
 * @variant adjoint
 */
function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * @differentiable
 * @variant adjoint
 * @wrt mainParams extraParams
 * @domain l 2 2
 * @domain c 3 3
 * @domain b 2 2
 * @length mainParams 32
 * @length extraParams 6
 * @length state 8
 * @length sequence 6
 */
export function lstmObjective(l: number, c: number, b: number, mainParams: Float64Array, extraParams: Float64Array, state: Float64Array, sequence: Float64Array): number {
  const st = new Float64Array(2 * l * b);
  for (let i = 0; i < 2 * l * b; i++) st[i] = state[i]!;
  const ypred = new Float64Array(b), ynorm = new Float64Array(b);
  let total = 0;
  let count = 0;
  for (let t = 0; t < c - 1; t++) {
    // lstm_predict
    for (let i = 0; i < b; i++) ypred[i] = sequence[t * b + i]! * extraParams[i]!;
    for (let layer = 0; layer < l; layer++) {
      const w = 8 * b * layer, h = 2 * b * layer;
      // lstm_model: the first layer reads ypred, the others the hidden state of the layer below
      for (let i = 0; i < b; i++) {
        const input = layer === 0 ? ypred[i]! : st[h - 2 * b + i]!;
        const forget = sigmoid(input * mainParams[w + i]! + mainParams[w + 4 * b + i]!);
        const ingate = sigmoid(st[h + i]! * mainParams[w + b + i]! + mainParams[w + 5 * b + i]!);
        const outgate = sigmoid(input * mainParams[w + 2 * b + i]! + mainParams[w + 6 * b + i]!);
        const change = Math.tanh(st[h + i]! * mainParams[w + 3 * b + i]! + mainParams[w + 7 * b + i]!);
        st[h + b + i] = st[h + b + i]! * forget + ingate * change;
        st[h + i] = outgate * Math.tanh(st[h + b + i]!);
      }
    }
    const top = 2 * b * (l - 1);
    for (let i = 0; i < b; i++) ypred[i] = st[top + i]! * extraParams[b + i]! + extraParams[2 * b + i]!;
    // logsumexp (with ADBench's + 2)
    let sum = 0;
    for (let i = 0; i < b; i++) sum += Math.exp(ypred[i]!);
    const lse = Math.log(sum + 2);
    for (let i = 0; i < b; i++) ynorm[i] = ypred[i]! - lse;
    for (let i = 0; i < b; i++) total += sequence[(t + 1) * b + i]! * ynorm[i]!;
    count += b;
  }
  return -total / count;
}
