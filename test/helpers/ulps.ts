/** Distances between doubles in units in the last place, for tests of rounding. */

const f64 = new Float64Array(1), i64 = new BigInt64Array(f64.buffer);

/** Position of a double on the number line of doubles (so differences count ulps; −0 and +0 are one point). */
function ord(x: number): bigint {
  f64[0] = x === 0 ? 0 : x;
  const v = i64[0]!;
  return v < 0n ? -(v & 0x7fffffffffffffffn) : v;
}

/** How many doubles apart a and b are (the infinities count as the doubles next to ±MAX_VALUE). */
export function ulps(a: number, b: number): number {
  return Number(ord(a) > ord(b) ? ord(a) - ord(b) : ord(b) - ord(a));
}

const f32 = new Float32Array(1), i32 = new Int32Array(f32.buffer);

/** Position of a float (x rounded to single precision) on the number line of floats. */
function ord32(x: number): number {
  f32[0] = x === 0 ? 0 : x;
  const v = i32[0]!;
  return v < 0 ? -(v & 0x7fffffff) : v;
}

/** How many floats (single precision) apart a and b are, each rounded to single precision first. */
export function ulps32(a: number, b: number): number {
  return Math.abs(ord32(a) - ord32(b));
}
