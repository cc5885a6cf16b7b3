/**
 * Arithmetic: the IR's operators (`+ - * /`, unary minus) and `fma`, the multiply-accumulate that
 * normalization makes of `a + b * c` (one statement, so accumulation loops need no temporary and
 * their adjoints no temporary adjoint). fma keeps the source's two roundings: every backend prints
 * it as `a + b * c`, never as a fused operation.
 */
import { div, mul, neg, num } from "../ir/build.js";
import { intervalProduct, intervalQuotient, intervalSum, pointProduct } from "./interval-templates.js";
import type { Expr, Stmt } from "../ir/types.js";
import type { IntervalContext, Pair, Primitive } from "./types.js";

const product = (left: Expr, right: Expr): Expr => ({ k: "binary", op: "*", left, right, ty: "real" });

/** Bounds of [acc] + p·q (acc absent: p·q): the point rules when one factor is a point, else corners. */
function productRule(ctx: IntervalContext, p: Expr, q: Expr, pre: Stmt[], accArg?: Expr): Pair {
  const acc = (): Pair | undefined => (accArg ? ctx.bindPair(ctx.pair(accArg, pre), pre) : undefined);
  const [wE, bE] = ctx.splitPoint(p, q);
  if (wE) {
    const b = ctx.bindPair(ctx.pair(bE!, pre), pre);
    return pointProduct(ctx.names, pre, ctx.bindPoint(wE, pre), b, acc());
  }
  if (ctx.isPoint(p)) {
    // both factors points: their product is rounded, so it is an interval; [b] = [q, q]
    const w = ctx.bindPoint(p, pre), b = ctx.bindPoint(q, pre);
    return pointProduct(ctx.names, pre, w, { lo: b, hi: b }, acc());
  }
  // both factors intervals: inline too (interval-templates.ts: intervalProduct)
  const a = ctx.bindPair(ctx.pair(p, pre), pre), b = ctx.bindPair(ctx.pair(q, pre), pre);
  return intervalProduct(ctx.names, pre, a, b, acc());
}

const operands = (ctx: IntervalContext, args: Expr[], pre: Stmt[]): [Pair, Pair] =>
  [ctx.bindPair(ctx.pair(args[0]!, pre), pre), ctx.bindPair(ctx.pair(args[1]!, pre), pre)];

export const add: Primitive = {
  name: "+", spelling: { operator: "+" }, arity: 2,
  partial: () => num(1),
  interval: (ctx, args, pre) => intervalSum(ctx.names, pre, "add", ...operands(ctx, args, pre)),
  wasm: { native: "add" },
};

export const sub: Primitive = {
  name: "-", spelling: { operator: "-" }, arity: 2,
  partial: (i) => num(i === 0 ? 1 : -1),
  interval: (ctx, args, pre) => intervalSum(ctx.names, pre, "sub", ...operands(ctx, args, pre)),
  wasm: { native: "sub" },
};

export const mulPrim: Primitive = {
  name: "*", spelling: { operator: "*" }, arity: 2,
  partial: (i, [a, b]) => (i === 0 ? b! : a!),
  interval: (ctx, [p, q], pre) => productRule(ctx, p!, q!, pre),
  wasm: { native: "mul" },
};

export const divPrim: Primitive = {
  name: "/", spelling: { operator: "/" }, arity: 2,
  // d(a/b)/da = 1/b, d(a/b)/db = -a/(b*b)
  partial: (i, [a, b]) => (i === 0 ? div(num(1), b!) : neg(div(a!, mul(b!, b!)))),
  interval: (ctx, args, pre) => intervalQuotient(ctx.names, pre, ...operands(ctx, args, pre)),
  wasm: { native: "div" },
  testDomain: [[-1, 1], [0.5, 2]],
};

export const negPrim: Primitive = {
  name: "neg", spelling: { operator: "-" }, arity: 1,
  partial: () => num(-1),
  interval: (ctx, [a], pre) => {
    const p = ctx.bindPair(ctx.pair(a!, pre), pre);
    return { lo: { k: "neg", arg: p.hi, ty: "real" }, hi: { k: "neg", arg: p.lo, ty: "real" } };
  },
  wasm: { native: "neg" },
};

export const fma: Primitive = {
  name: "fma", spelling: { internal: true }, arity: 3,
  partial: (i, [, b, c]) => (i === 0 ? num(1) : i === 1 ? c! : b!),
  interval: (ctx, [a, p, q], pre) => productRule(ctx, p!, q!, pre, a!),
  expand: ([a, b, c]) => ({ k: "binary", op: "+", left: a!, right: product(b!, c!), ty: "real" }),
  accumulates: { arg: 0, increment: ([, b, c]) => product(b!, c!) },
  wasm: { expand: ([a, b, c]) => ({ k: "binary", op: "+", left: a!, right: product(b!, c!), ty: "real" }) },
};

/** a + b·c: the normalizer's fusion of a sum with a product into one fma statement. */
export function fuse(e: Expr, atomize: (x: Expr) => Expr): Expr | undefined {
  if (e.k !== "binary" || e.op !== "+" || e.ty !== "real") return undefined;
  const isProduct = (x: Expr) => x.k === "binary" && x.op === "*" && x.ty === "real";
  if (!isProduct(e.right) && !isProduct(e.left)) return undefined;
  const [acc, prod] = isProduct(e.right) ? [e.left, e.right] : [e.right, e.left];
  const p = prod as Extract<Expr, { k: "binary" }>;
  const a = atomize(acc);
  return { k: "intrinsic", fn: fma.name, args: [a, atomize(p.left), atomize(p.right)] };
}
