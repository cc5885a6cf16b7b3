/**
 * Register tiling for the SIMD backend, its one question: does a variant built from a jammed primal
 * still fit the vector registers? compile.ts's pass plan jams the primal (transforms/jam.ts) by the
 * largest factor for which the answer is yes, and uses the primal as written otherwise. (The
 * TypeScript variants are not jammed; their IR is the source's loops.)
 *
 * Two estimates per innermost loop decide:
 * - registers: what the loop keeps in v128 registers across its statements — every real scalar it
 *   uses and every per-sample element it reads or writes (one vector per group each, since the
 *   emitter forwards them between statements), and every shared weight and accumulated gradient
 *   element (one vector each);
 * - chain: how many statements of one iteration add into the same per-sample element (the jammed
 *   rows of a reverse sweep, act_b[i] += …): each waits for the one before.
 * x64 gives WebAssembly 15 vector registers (V8 keeps xmm15 as its scratch register), but measured
 * on the MLP's kernels (f32, 2 groups) a few spilled ones cost less than the loads jamming saves,
 * while a chain of more than two dependent adds costs more than it saves: the budgets below pick
 * the fastest factor of each of the four training kernels (bench/simd.ts; README).
 */
import { exprType } from "../../ir/build.js";
import type { Expr, Func, Stmt } from "../../ir/types.js";
import { subExprs, stmtExprs } from "../../ir/walk.js";
import { laneParams } from "./lanes.js";

export const REGISTER_BUDGET = 20;
export const CHAIN_BUDGET = 2;

/** Factors tried, largest first. */
export const JAM_FACTORS = [4, 2] as const;

/** Do `fn`'s innermost loops (a variant of `source`, `groups` vectors per real) fit the budgets? */
export function fitsRegisters(fn: Func, source: Func, groups: number): boolean {
  const p = pressure(fn, source, groups);
  return p.registers <= REGISTER_BUDGET && p.chain <= CHAIN_BUDGET;
}

/** The largest estimates over `fn`'s innermost loops. */
export function pressure(fn: Func, source: Func, groups: number): { registers: number; chain: number } {
  const kinds = new Map(laneParams(fn, source).map((p) => [p.name, p.kind]));
  const worst = { registers: 0, chain: 0 };
  const visit = (ss: Stmt[]): void => {
    for (const s of ss) {
      if (s.k === "for" || s.k === "while") {
        if (s.body.some((t) => t.k === "for" || t.k === "while")) visit(s.body);
        else {
          const p = loopPressure(s.body, kinds, groups);
          worst.registers = Math.max(worst.registers, p.registers);
          worst.chain = Math.max(worst.chain, p.chain);
        }
      } else if (s.k === "if") {
        visit(s.then);
        visit(s.else);
      }
    }
  };
  visit(fn.body);
  return worst;
}

function loopPressure(body: Stmt[], kinds: ReadonlyMap<string, string>, groups: number): { registers: number; chain: number } {
  const reals = new Set<string>(), perSample = new Set<string>(), single = new Set<string>();
  const stores = new Map<string, number>();
  const element = (array: string, index: Expr) => {
    const key = `${array}[${JSON.stringify(index)}]`;
    (kinds.get(array) === "sample" ? perSample : single).add(key);
  };
  const expr = (e: Expr): void => {
    if (e.k === "var" && e.ty === "real") reals.add(e.name);
    if (e.k === "index") element(e.array, e.index);
    subExprs(e).forEach(expr);
  };
  for (const s of body) {
    if ((s.k === "let" && s.ty === "real") || (s.k === "assign" && exprType(s.value) === "real")) reals.add(s.name);
    if (s.k === "store") {
      element(s.array, s.index);
      if (kinds.get(s.array) === "sample") {
        const key = `${s.array}[${JSON.stringify(s.index)}]`;
        stores.set(key, (stores.get(key) ?? 0) + 1);
      }
    }
    stmtExprs(s).forEach(expr);
  }
  return { registers: groups * (reals.size + perSample.size) + single.size, chain: Math.max(0, ...stores.values()) };
}
