/** Timing helpers for benchmarks: warm-up, repeated blocks, medians. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median seconds per call of `fn`, over `blocks` blocks of calls each lasting at least `minBlockMs`. */
export function timePerCall(fn: () => void, opts: { blocks?: number; minBlockMs?: number; warmupMs?: number } = {}): number {
  const blocks = opts.blocks ?? 9, minBlock = opts.minBlockMs ?? 50, warm = opts.warmupMs ?? 300;
  let reps = 1;
  const t0 = performance.now();
  while (performance.now() - t0 < warm) fn();
  // calibrate reps so one block takes ~minBlock
  for (;;) {
    const s = performance.now();
    for (let i = 0; i < reps; i++) fn();
    const dt = performance.now() - s;
    if (dt >= minBlock) break;
    reps = Math.max(reps * 2, Math.ceil((reps * minBlock) / Math.max(dt, 0.01)));
  }
  const per: number[] = [];
  for (let b = 0; b < blocks; b++) {
    const s = performance.now();
    for (let i = 0; i < reps; i++) fn();
    per.push((performance.now() - s) / 1000 / reps);
  }
  return median(per);
}

/**
 * Two argument holders over the same arrays, handed out in turn (bench/mlp.ts says why): a closure
 * that takes its arguments from `next()` is not specialized by V8 to constant arrays.
 */
export function alternating<T extends object>(holder: T): () => T {
  const holders = [holder, { ...holder }];
  let turn = 0;
  return () => holders[turn++ & 1]!;
}
