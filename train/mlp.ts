/** Shapes and initialisation of the MLP in models/mlp.ts (the layout documented there). */
import { Rng } from "../runtime/random.js";

/** Number of parameters: Σ_l (n_l + 1) · n_{l+1}. */
export function paramCount(sizes: ArrayLike<number>): number {
  let n = 0;
  for (let l = 0; l + 1 < sizes.length; l++) n += (sizes[l]! + 1) * sizes[l + 1]!;
  return n;
}

/** Length of the activation buffer: the input and every hidden layer. */
export function activationCount(sizes: ArrayLike<number>): number {
  let n = 0;
  for (let l = 0; l + 1 < sizes.length; l++) n += sizes[l]!;
  return n;
}

/** Offset of layer l's weights in the flat parameter array (its biases follow nIn·nOut later). */
export function layerOffset(sizes: ArrayLike<number>, l: number): number {
  let off = 0;
  for (let k = 0; k < l; k++) off += (sizes[k]! + 1) * sizes[k + 1]!;
  return off;
}

/** `[n0, width × depth, 1]` as the Int32Array the model takes. */
export function mlpSizes(inputs: number, width: number, depth: number): Int32Array {
  return Int32Array.from([inputs, ...Array.from({ length: depth }, () => width), 1]);
}

/** Glorot-normal weights (std √(2 / (fan_in + fan_out))), zero biases. */
export function glorotNormal(sizes: ArrayLike<number>, rng: Rng): Float64Array {
  const p = new Float64Array(paramCount(sizes));
  let off = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const nIn = sizes[l]!, nOut = sizes[l + 1]!;
    const std = Math.sqrt(2 / (nIn + nOut));
    for (let k = 0; k < nIn * nOut; k++) p[off + k] = std * rng.normal();
    off += (nIn + 1) * nOut;
  }
  return p;
}
