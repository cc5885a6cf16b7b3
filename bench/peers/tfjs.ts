/**
 * Peer: TensorFlow.js 4.22 with the WebAssembly backend (SIMD; one thread — wasm threads do not
 * work in Node), the same network (7 → 6×128 SiLU → 1), batch and losses as our trainer, float32,
 * Adam. The Sobolev step differentiates a hand-written input-gradient pass, because tfjs's nested
 * gradients drop second-order terms of sigmoid/exp/tanh (tfjs#3252) and give wrong parameter
 * gradients. Prints one JSON line: { plain_step_ms, sobolev_step_ms } (medians after warm-up).
 *   npx tsx bench/peers/tfjs.ts [--quick]
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { median } from "../timing.js";

const quick = process.argv.includes("--quick");
const [width, depth, batch, nIn] = quick ? [32, 2, 64, 7] : [128, 6, 256, 7];
const warmup = quick ? 2 : 5, reps = quick ? 3 : 15;

await tf.setBackend("wasm");
await tf.ready();

// Glorot-normal weights, zero biases
const sizes = [nIn, ...Array.from({ length: depth }, () => width), 1];
const W: tf.Variable[] = [], b: tf.Variable[] = [];
for (let l = 0; l + 1 < sizes.length; l++) {
  const std = Math.sqrt(2 / (sizes[l]! + sizes[l + 1]!));
  W.push(tf.variable(tf.randomNormal([sizes[l]!, sizes[l + 1]!], 0, std, "float32", 1 + l)));
  b.push(tf.variable(tf.zeros([sizes[l + 1]!])));
}
const vars = [...W, ...b];
const x = tf.randomNormal([batch, nIn], 0, 1, "float32", 11);
const y = tf.randomNormal([batch, 1], 0, 1, "float32", 12);
const d = tf.randomNormal([batch, nIn], 0, 1, "float32", 13);
const alpha = 1 / (1 + nIn), beta = nIn / (1 + nIn);

/** Forward pass keeping the pre-activations for the input-gradient pass. */
function forward(): { out: tf.Tensor; pre: tf.Tensor[] } {
  let h: tf.Tensor = x;
  const pre: tf.Tensor[] = [];
  for (let l = 0; l < W.length - 1; l++) {
    const z = tf.add(tf.matMul(h, W[l]!), b[l]!);
    pre.push(z);
    h = tf.mul(z, tf.sigmoid(z));
  }
  return { out: tf.add(tf.matMul(h, W[W.length - 1]!), b[b.length - 1]!), pre };
}

/** ∂f/∂x by hand: back through the layers with silu'(z) = σ(z)(1 + z(1 − σ(z))). */
function inputGradient(pre: tf.Tensor[]): tf.Tensor {
  let g: tf.Tensor = tf.transpose(W[W.length - 1]!).tile([batch, 1]); // batch × width
  for (let l = W.length - 2; l >= 0; l--) {
    const s = tf.sigmoid(pre[l]!);
    const dsilu = tf.mul(s, tf.add(1, tf.mul(pre[l]!, tf.sub(1, s))));
    g = tf.matMul(tf.mul(g, dsilu), W[l]!, false, true);
  }
  return g;
}

const opt = tf.train.adam(1e-4);
const plainStep = () => opt.minimize(() => tf.losses.meanSquaredError(y, forward().out) as tf.Scalar, false, vars);
const sobolevStep = () => opt.minimize(() => {
  const { out, pre } = forward();
  const lv = tf.losses.meanSquaredError(y, out);
  const ld = tf.losses.meanSquaredError(d, inputGradient(pre));
  return tf.add(tf.mul(alpha, lv), tf.mul(beta, ld)) as tf.Scalar;
}, false, vars);

function timeStep(step: () => void): number {
  for (let i = 0; i < warmup; i++) tf.tidy(step);
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    tf.tidy(step);
    times.push(performance.now() - t);
  }
  return median(times);
}

const plain = timeStep(plainStep), sobolev = timeStep(sobolevStep);
console.log(JSON.stringify({ backend: tf.getBackend(), plain_step_ms: plain, sobolev_step_ms: sobolev, shape: sizes.join("-"), batch }));
