import { describe, expect, it } from "vitest";
import { Tape } from "../runtime/tape.js";

describe("tape", () => {
  it("gives back interleaved doubles and integers in reverse, across growth", () => {
    const t = new Tape(2);
    const pushed: [string, number][] = [];
    for (let k = 0; k < 50; k++) {
      if (k % 3 === 0) { t.pushInt(k - 20); pushed.push(["i", k - 20]); }
      else { t.push(k + 0.25); pushed.push(["d", k + 0.25]); }
    }
    expect(t.size).toBe(50);
    for (const [kind, v] of pushed.reverse()) expect(kind === "i" ? t.popInt() : t.pop()).toBe(v);
    expect(t.size).toBe(0);
  });

  it("refuses integers that would not survive the integer stack, and underflow", () => {
    const t = new Tape();
    expect(() => t.pushInt(2 ** 31)).toThrow(/not a 32-bit integer/);
    expect(() => t.pushInt(0.5)).toThrow(/not a 32-bit integer/);
    expect(() => t.popInt()).toThrow(/underflow/);
    t.pop(); // pop is kept tiny (inlined into generated code): its underflow is reported by the next push
    expect(() => t.push(1)).toThrow(/underflow/);
  });
});
