/**
 * Register tiling for the SIMD backend: a variant is built from its primal jammed by
 * transforms/jam.ts, by the largest factor whose innermost loops still fit the vector registers,
 * else from the primal as written. (The TypeScript variants are not jammed; their IR is the
 * source's loops.)
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
import type { Expr, Func, ModeStep, Stmt } from "../../ir/types.js";
import { subExprs, stmtExprs } from "../../ir/walk.js";
import { applyVariant } from "../../modes.js";
import { jam, type JamReport } from "../../transforms/jam.js";
import { normalize } from "../../transforms/normalize.js";
import { laneParams } from "./lanes.js";

export const REGISTER_BUDGET = 20;
export const CHAIN_BUDGET = 2;

/** Factors tried, largest first. */
export const JAM_FACTORS = [4, 2] as const;

export interface Tiled {
  fn: Func;
  /** The jam factor used (1: none), and where. */
  factor: number;
  loops: JamReport[];
}

/**
 * The function the SIMD backend builds for `steps` of `source` ("primal": the primal itself):
 * jammed by the first of `factors` that fits `groups` vectors per real, else as `plain` (the
 * variant's IR as the TypeScript backend prints it).
 */
export function tiled(source: Func, steps: readonly ModeStep[] | "primal", all: ReadonlyMap<string, Func>, groups: number, plain: Func, factors: readonly number[] = JAM_FACTORS): Tiled {
  const primal = normalize(source, all);
  for (const factor of factors) {
    const loops: JamReport[] = [];
    const jammed = jam(primal, factor, loops);
    if (loops.length === 0) break; // nothing to jam at any factor
    const fn = steps === "primal" ? jammed : applyVariant(jammed, steps, all);
    const p = pressure(fn, source, groups);
    if (p.registers <= REGISTER_BUDGET && p.chain <= CHAIN_BUDGET) return { fn, factor, loops };
  }
  return { fn: plain, factor: 1, loops: [] };
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
