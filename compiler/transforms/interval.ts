/**
 * Interval mode: IR → IR. Every real becomes a pair of bounds (`x_lo`, `x_hi`; arrays `a_lo`,
 * `a_hi`), every operation a call of its rounding-safe pair functions (runtime/interval/pairs.ts,
 * named by the rule table's `interval` field). Applied to an adjoint it gives the interval adjoint
 * (interval∘adjoint, by composition).
 *
 * Control flow: comparisons are three-valued. A branch whose condition is undecided runs both ways
 * and takes the hull of the real variables it assigns (when it assigns nothing else); otherwise,
 * and for a `while` loop whose condition becomes undecided, the generated code stops with an error
 * naming the source line. Integer code (indices, trip counts, the tape's flags) stays exact.
 *
 * Signature: each real parameter p becomes p_lo, p_hi in place; for a number-returning f,
 * `out[0]`, `out[1]` receive the bounds of the result.
 *
 * Point parameters: `interval(x)` makes only the listed parameters intervals. The others (a
 * network's weights, an adjoint seed) stay single numbers, and so does every variable that only
 * ever holds an exact copy of a point (anything computed is rounded, hence an interval). A product
 * or fused multiply-add with one point factor takes the cheaper point rules, one product per bound
 * instead of four, written inline (interval-templates.ts).
 */
import { CompileError } from "../diagnostics.js";
import { num } from "../ir/build.js";
import type { Expr, Func, Param, ParamRole, ScalarType, Stmt } from "../ir/types.js";
import { eachStmt, Names, namesOf, readsVar } from "../ir/walk.js";
import { rule } from "../rules.js";
import { resultName } from "./normalize.js";
import { dotLoop, intervalProduct, intervalQuotient, intervalSum, pointProduct, scatterLoop } from "./interval-templates.js";

interface Pair {
  lo: Expr;
  hi: Expr;
}

const rt = (fn: string, args: Expr[], ty: "real" | "int" = "real"): Expr => ({ k: "runtime", fn, args, ty });
const v = (name: string, ty: ScalarType = "real"): Expr => ({ k: "var", name, ty });

/** The interval version of `f`; `only` (default: every real parameter) are the interval inputs. */
/**
 * Operations whose bounds are computed by one runtime call, `<op>Pair()`, that reads its
 * arguments' bounds from the runtime's `bounds` array and stores the result's there: their code is
 * too large for V8 to inline into a big generated function, and a call that is not inlined passes
 * and returns doubles boxed (heap allocations per call). Float64Array slots allocate nothing, and
 * one call instead of two halves the work. (The probes' `markInterval` calls work the same way.)
 * The cheap rules (+, −, products with a point factor, min, max, abs) stay inline-able `Lo`/`Hi` calls.
 */
const PAIRED = new Set(["mul", "div", "fma", "sqrt", "exp", "log", "tanh", "sigmoid", "silu", "softplus", "pow", "hypot", "atan", "sin", "cos"]);
/** The runtime's array through which `<op>Pair` calls take and give bounds (runtime/interval/pairs.ts). */
export const BOUNDS = "bounds";
const boundsAt = (i: number): Expr => ({ k: "index", array: BOUNDS, index: num(i, "int") });

export function interval(f: Func, name = `${f.name}_interval`, only?: readonly string[]): Func {
  return new IntervalTransform(f, only).run(name);
}

/**
 * Variables and arrays that hold intervals: the interval inputs, and every real that is assigned
 * anything but an exact copy of a point (a number, an integer, a point variable or array element,
 * or its negation), or assigned inside a branch (which may need the hull of both ways). Fixpoint.
 */
function intervalValued(f: Func, types: ReadonlyMap<string, ScalarType | "array" | "intarray">, only: readonly string[] | undefined): Set<string> {
  const iv = new Set<string>();
  for (const [x, ty] of types) if ((ty === "real" || ty === "array") && (!only || only.includes(x))) iv.add(x);
  if (!only) return iv;
  const isPointCopy = (e: Expr): boolean =>
    e.k === "num" || exprIsInt(e) || (e.k === "var" && !iv.has(e.name)) || (e.k === "index" && !iv.has(e.array)) ||
    (e.k === "neg" && isPointCopy(e.arg));
  let changed = true;
  const mark = (x: string, value: Expr, inIf: boolean) => {
    if (!iv.has(x) && (inIf || !isPointCopy(value))) { iv.add(x); changed = true; }
  };
  const visit = (ss: Stmt[], inIf: boolean): void => {
    for (const s of ss) {
      if (s.k === "let" && s.ty === "real") mark(s.name, s.init, inIf);
      else if (s.k === "assign" && types.get(s.name) === "real") mark(s.name, s.value, inIf);
      else if (s.k === "store") mark(s.array, s.value, inIf);
      else if (s.k === "if") { visit(s.then, true); visit(s.else, true); }
      else if (s.k === "for" || s.k === "while") visit(s.body, inIf);
    }
  };
  while (changed) {
    changed = false;
    visit(f.body, false);
  }
  return iv;
}

class IntervalTransform {
  private readonly names: Names;
  private readonly types = new Map<string, ScalarType | "array" | "intarray">();
  private readonly lo = new Map<string, string>();
  private readonly hi = new Map<string, string>();
  private readonly boolParams = new Set<string>();
  /** Variables and arrays holding intervals; other reals are exact points. */
  private readonly iv: Set<string>;

  constructor(private readonly f: Func, only: readonly string[] | undefined) {
    const used = namesOf(f);
    if (used.has(BOUNDS)) throw new CompileError(`interval mode: '${BOUNDS}' names the runtime's bound pair in generated interval code; rename the variable '${BOUNDS}' in ${f.name}`, f.loc, "interval");
    this.names = new Names(used);
    for (const p of f.params) this.types.set(p.name, p.ty);
    eachStmt(f.body, (s) => {
      if (s.k === "let") this.types.set(s.name, s.ty);
      if (s.k === "for") this.types.set(s.v, "int");
    });
    this.iv = intervalValued(f, this.types, only);
    for (const [x, ty] of this.types) {
      if ((ty === "real" || ty === "array") && this.iv.has(x)) {
        this.lo.set(x, this.names.fresh(`${x}_lo`));
        this.hi.set(x, this.names.fresh(`${x}_hi`));
      }
    }
    for (const p of f.params) if (p.ty === "bool") this.boolParams.add(p.name);
  }

  run(name: string): Func {
    const f = this.f;
    const params: Param[] = [];
    const roles: Record<string, ParamRole> = {};
    for (const p of f.params) {
      if (this.iv.has(p.name)) {
        params.push({ name: this.lo.get(p.name)!, ty: p.ty }, { name: this.hi.get(p.name)!, ty: p.ty });
        roles[this.lo.get(p.name)!] = { role: "lower", of: p.name };
        roles[this.hi.get(p.name)!] = { role: "upper", of: p.name };
      } else {
        params.push(p);
        roles[p.name] = { role: "primal", of: p.name };
      }
    }
    let out: string | undefined;
    if (f.ret === "real") {
      out = this.names.fresh("out");
      params.push({ name: out, ty: "array" });
      roles[out] = { role: "out" };
    }
    const body = this.stmts(f.body, out);
    return {
      name, params, ret: "void", body, loc: f.loc, roles, inner: f, terminal: true,
      ann: { wrt: [], domain: {}, length: {}, variants: [], simd: [], shared: [] },
      origin: `interval version of ${f.origin ?? f.name}`,
    };
  }

  // ---- expressions ---------------------------------------------------------------------------

  private bindPair(p: Pair, pre: Stmt[]): Pair {
    const atomic = (e: Expr) => e.k === "var" || e.k === "num" || e.k === "index";
    if (atomic(p.lo) && atomic(p.hi)) return p;
    const l = this.names.temp("lo"), h = this.names.temp("hi");
    pre.push({ k: "let", name: l, ty: "real", init: p.lo, mutable: false }, { k: "let", name: h, ty: "real", init: p.hi, mutable: false });
    return { lo: v(l), hi: v(h) };
  }

  /** Bounds of a real (or integer, used as real) expression. */
  private pair(e: Expr, pre: Stmt[]): Pair {
    switch (e.k) {
      case "num": return { lo: e, hi: e };
      case "var":
        if (e.ty !== "real" || !this.iv.has(e.name)) return { lo: e, hi: e };
        return { lo: v(this.lo.get(e.name)!), hi: v(this.hi.get(e.name)!) };
      case "index":
        if (!this.iv.has(e.array)) return { lo: e, hi: e };
        return { lo: { k: "index", array: this.lo.get(e.array)!, index: e.index }, hi: { k: "index", array: this.hi.get(e.array)!, index: e.index } };
      case "iindex": case "length": return { lo: e, hi: e };
      case "neg": {
        if (e.ty === "int") return { lo: e, hi: e };
        const a = this.bindPair(this.pair(e.arg, pre), pre);
        return { lo: { k: "neg", arg: a.hi, ty: "real" }, hi: { k: "neg", arg: a.lo, ty: "real" } };
      }
      case "binary": {
        if (e.ty === "int") return { lo: e, hi: e };
        return this.apply(rule(e.op).interval!, [e.left, e.right], pre);
      }
      case "intrinsic":
        if (e.fn === "mark") {
          // the identity that records its value: a statement, so that nothing is returned (boxed)
          const a = this.bindPair(this.pair(e.args[0]!, pre), pre);
          this.callWithBounds("markInterval", [e.args[1]!], [a.lo, a.hi], pre);
          return a;
        }
        return this.apply(rule(e.fn).interval!, e.args, pre);
      case "cond": {
        // a real ?: left after normalization: hull when undecided
        const t = this.tri(e.test, pre);
        const a = this.bindPair(this.pair(e.then, pre), pre), b = this.bindPair(this.pair(e.else, pre), pre);
        return { lo: rt("condLo", [t, a.lo, b.lo]), hi: rt("condHi", [t, a.hi, b.hi]) };
      }
      default:
        throw new CompileError(`interval mode: unexpected ${e.k} expression`, this.f.loc, "interval");
    }
  }

  /** A point operand read once (an array element is bound to a temporary). */
  private bindPoint(e: Expr, pre: Stmt[]): Expr {
    if (e.k !== "index") return e;
    const w = this.names.temp("w");
    pre.push({ k: "let", name: w, ty: "real", init: e, mutable: false });
    return v(w);
  }

  /** [point, interval] when exactly one of x, y is a point (isPoint), else []. */
  private splitPoint(x: Expr, y: Expr): [Expr, Expr] | [] {
    const px = this.isPoint(x), py = this.isPoint(y);
    return px && !py ? [x, y] : py && !px ? [y, x] : [];
  }

  /** An exact point operand: a number, an integer, a point variable or array element. */
  private isPoint(e: Expr): boolean {
    return e.k === "num" || exprIsInt(e) || (e.k === "var" && !this.iv.has(e.name)) || (e.k === "index" && !this.iv.has(e.array));
  }

  private apply(fn: string, args: Expr[], pre: Stmt[]): Pair {
    // one point factor: fma(a, w, [b]) and w·[b] take the point rules (one product per bound)
    const factors = fn === "fma" ? 1 : fn === "mul" ? 0 : -1;
    if (factors >= 0) {
      const [p, q] = [args[factors]!, args[factors + 1]!];
      const acc = (): Pair | undefined => (fn === "fma" ? this.bindPair(this.pair(args[0]!, pre), pre) : undefined);
      const [wE, bE] = this.splitPoint(p, q);
      if (wE) {
        const b = this.bindPair(this.pair(bE!, pre), pre);
        return pointProduct(this.names, pre, this.bindPoint(wE, pre), b, acc());
      }
      if (this.isPoint(p)) {
        // both factors points: their product is rounded, so it is an interval; [b] = [q, q]
        const w = this.bindPoint(p, pre), b = this.bindPoint(q, pre);
        return pointProduct(this.names, pre, w, { lo: b, hi: b }, acc());
      }
      // both factors intervals: inline too (interval-templates.ts: intervalProduct)
      const a = this.bindPair(this.pair(p, pre), pre), b = this.bindPair(this.pair(q, pre), pre);
      return intervalProduct(this.names, pre, a, b, acc());
    }
    if (fn === "div") return intervalQuotient(this.names, pre, this.bindPair(this.pair(args[0]!, pre), pre), this.bindPair(this.pair(args[1]!, pre), pre));
    if (fn === "add" || fn === "sub") return intervalSum(this.names, pre, fn, this.bindPair(this.pair(args[0]!, pre), pre), this.bindPair(this.pair(args[1]!, pre), pre));
    const bounds: Expr[] = [];
    const paired = PAIRED.has(fn);
    for (const a of args) {
      if (a.k !== "var" && a.k !== "num" && a.k !== "index" && exprIsInt(a)) {
        bounds.push(a, a); // an integer argument (e.g. a slot number) is a point
        continue;
      }
      const p = this.bindPair(this.pair(a, pre), pre);
      bounds.push(p.lo, p.hi);
    }
    if (!paired) return { lo: rt(`${fn}Lo`, bounds), hi: rt(`${fn}Hi`, bounds) };
    // the arguments' bounds go into the runtime's `bounds` array, one call computes the result's
    // bounds into its first two slots (see PAIRED)
    this.callWithBounds(`${fn}Pair`, [], bounds, pre);
    const l = this.names.temp("lo"), h = this.names.temp("hi");
    pre.push({ k: "let", name: l, ty: "real", init: boundsAt(0), mutable: false }, { k: "let", name: h, ty: "real", init: boundsAt(1), mutable: false });
    return { lo: v(l), hi: v(h) };
  }

  /** `bounds[i] = values[i]; fn(ints...)`: a runtime call that takes its doubles through `bounds`. */
  private callWithBounds(fn: string, ints: Expr[], values: Expr[], pre: Stmt[]): void {
    values.forEach((value, i) => pre.push({ k: "store", array: BOUNDS, index: num(i, "int"), value }));
    pre.push({ k: "do", expr: rt(fn, ints, "int") });
  }

  /** A boolean expression as a three-valued number: 1 true, 0 false, 2 undecided. */
  private tri(e: Expr, pre: Stmt[]): Expr {
    switch (e.k) {
      case "bool": return num(e.value ? 1 : 0, "int");
      case "var":
        if (this.boolParams.has(e.name)) return { k: "cond", test: e, then: num(1, "int"), else: num(0, "int"), ty: "int" };
        return v(e.name, "int");
      case "not": return rt("notTri", [this.tri(e.arg, pre)], "int");
      case "logical": return rt(e.op === "&&" ? "andTri" : "orTri", [this.tri(e.left, pre), this.tri(e.right, pre)], "int");
      case "compare": {
        if (exprIsInt(e.left) && exprIsInt(e.right)) return { k: "cond", test: e, then: num(1, "int"), else: num(0, "int"), ty: "int" };
        const a = this.bindPair(this.pair(e.left, pre), pre), b = this.bindPair(this.pair(e.right, pre), pre);
        const fn = { "<": "ltTri", "<=": "leTri", ">": "gtTri", ">=": "geTri", "===": "eqTri", "!==": "neTri" }[e.op];
        return rt(fn, [a.lo, a.hi, b.lo, b.hi], "int");
      }
      case "cond":
        return { k: "cond", test: { k: "compare", op: "===", left: this.tri(e.test, pre), right: num(1, "int") }, then: this.tri(e.then, pre), else: this.tri(e.else, pre), ty: "int" };
      default:
        throw new CompileError(`interval mode: unexpected ${e.k} in a condition`, this.f.loc, "interval");
    }
  }

  // ---- statements ------------------------------------------------------------------------------

  private stmts(ss: Stmt[], out: string | undefined): Stmt[] {
    const res: Stmt[] = [];
    for (const s of ss) this.stmt(s, res, out);
    return res;
  }

  private where(s: Stmt): string {
    return s.loc ? `${s.loc.file}:${s.loc.line}` : this.f.name;
  }

  private stmt(s: Stmt, res: Stmt[], out: string | undefined): void {
    const loc = s.loc;
    switch (s.k) {
      case "let":
      case "assign": {
        const ty = this.types.get(s.name);
        const rhs = s.k === "let" ? s.init : s.value;
        if (ty === "bool") {
          const t = this.tri(rhs, res);
          return void res.push(s.k === "let" ? { k: "let", name: s.name, ty: "int", init: t, mutable: s.mutable, loc } : { k: "assign", name: s.name, value: t, loc });
        }
        if (ty !== "real" || !this.iv.has(s.name)) return void res.push(s); // integers and exact point copies
        const L = this.lo.get(s.name)!, H = this.hi.get(s.name)!;
        if (rhs.k === "pop") {
          // pushed as (lo, hi) through `bounds` (pushBounds): popped back the same way
          res.push({ k: "do", expr: rt("popBounds", [], "int"), loc });
          if (s.k === "let") res.push({ k: "let", name: L, ty: "real", init: boundsAt(0), mutable: s.mutable, loc }, { k: "let", name: H, ty: "real", init: boundsAt(1), mutable: s.mutable, loc });
          else res.push({ k: "assign", name: L, value: boundsAt(0), loc }, { k: "assign", name: H, value: boundsAt(1), loc });
          return;
        }
        let p = this.pair(rhs, res);
        if (s.k === "assign") p = this.bindPair(p, res); // both bounds read the old values
        if (s.k === "let") res.push({ k: "let", name: L, ty: "real", init: p.lo, mutable: s.mutable, loc }, { k: "let", name: H, ty: "real", init: p.hi, mutable: s.mutable, loc });
        else res.push({ k: "assign", name: L, value: p.lo, loc }, { k: "assign", name: H, value: p.hi, loc });
        return;
      }
      case "store": {
        if (!this.iv.has(s.array)) return void res.push(s);
        const L = this.lo.get(s.array)!, H = this.hi.get(s.array)!;
        if (s.value.k === "pop") {
          res.push({ k: "do", expr: rt("popBounds", [], "int"), loc });
          res.push({ k: "store", array: L, index: s.index, value: boundsAt(0), loc }, { k: "store", array: H, index: s.index, value: boundsAt(1), loc });
          return;
        }
        const p = this.bindPair(this.pair(s.value, res), res);
        res.push({ k: "store", array: L, index: s.index, value: p.lo, loc }, { k: "store", array: H, index: s.index, value: p.hi, loc });
        return;
      }
      case "push": {
        if (s.ty === "int") return void res.push(s);
        // through `bounds`, so that no double crosses a call (see PAIRED)
        const p = this.bindPair(this.pair(s.value, res), res);
        this.callWithBounds("pushBounds", [], [p.lo, p.hi], res);
        return;
      }
      case "if": {
        const c = this.names.temp("decided");
        res.push({ k: "let", name: c, ty: "int", init: this.tri(s.test, res), mutable: false, loc });
        const then = this.stmts(s.then, out), els = this.stmts(s.else, out);
        const both = this.hullable(s) ? this.bothWays(s, then, els) : [this.fail(`undecided branch at ${this.where(s)}`)];
        const is = (k: number): Expr => ({ k: "compare", op: "===", left: v(c, "int"), right: num(k, "int") });
        res.push({ k: "if", test: is(1), then, else: [{ k: "if", test: is(0), then: els, else: both, loc }], loc });
        return;
      }
      case "for": {
        const loop: Stmt = { ...s, body: this.stmts(s.body, out) };
        return void res.push(...(this.dotProduct(s, loop) ?? this.scatter(s, loop) ?? [loop]));
      }
      case "while": {
        const c = this.names.temp("decided");
        const pre: Stmt[] = [];
        const t = this.tri(s.test, pre);
        res.push(...pre, { k: "let", name: c, ty: "int", init: t, mutable: true, loc });
        const again: Stmt[] = [];
        const t2 = this.tri(s.test, again);
        res.push({ k: "while", test: { k: "compare", op: "===", left: v(c, "int"), right: num(1, "int") }, body: [...this.stmts(s.body, out), ...again, { k: "assign", name: c, value: t2 }], loc });
        res.push({ k: "if", test: { k: "compare", op: "===", left: v(c, "int"), right: num(2, "int") }, then: [this.fail(`undecided while loop at ${this.where(s)}`)], else: [], loc });
        return;
      }
      case "return": {
        const ret = resultName(this.f);
        if (out === undefined || ret === undefined) return;
        const r = this.pair(v(ret), res);
        res.push({ k: "store", array: out, index: num(0, "int"), value: r.lo, loc });
        res.push({ k: "store", array: out, index: num(1, "int"), value: r.hi, loc });
        return;
      }
      case "comment":
        return void res.push(s);
      case "do": {
        const e = s.expr;
        if (e.k === "runtime" && e.fn === "markAdjoint") {
          const p = this.bindPair(this.pair(e.args[1]!, res), res);
          return void this.callWithBounds("markAdjointInterval", [e.args[0]!], [p.lo, p.hi], res);
        }
        throw new CompileError(`interval mode: unexpected call of ${e.k === "runtime" ? e.fn : e.k}`, s.loc ?? this.f.loc, "interval");
      }
      default:
        throw new CompileError(`interval mode: unexpected ${s.k} statement`, s.loc ?? this.f.loc, "interval");
    }
  }

  /**
   * A loop whose body is only `s = fma(s, w, b)` with s an interval, w a point and b an interval
   * not reading s: a dot product, given one a-priori rounding bound (interval-templates.ts:
   * dotLoop), with `perStep` (this loop transformed as usual) as its fallback.
   */
  private dotProduct(s: Extract<Stmt, { k: "for" }>, perStep: Stmt): Stmt[] | undefined {
    const body = s.body.filter((t) => t.k !== "comment");
    const a = body[0];
    if (body.length !== 1 || a?.k !== "assign" || !this.iv.has(a.name) || this.types.get(a.name) !== "real") return undefined;
    const e = a.value;
    if (e.k !== "intrinsic" || e.fn !== "fma" || e.args[0]!.k !== "var" || e.args[0]!.name !== a.name) return undefined;
    const [w, b] = this.splitPoint(e.args[1]!, e.args[2]!);
    if (!w || !b || readsVar(b, a.name) || readsVar(w, a.name)) return undefined;
    return dotLoop(this.names, s, { lo: this.lo.get(a.name)!, hi: this.hi.get(a.name)! }, (pre) => {
      const wv = this.bindPoint(w, pre);
      const p = this.pair(b, pre);
      const bl = this.names.temp("b_lo"), bh = this.names.temp("b_hi");
      pre.push({ k: "let", name: bl, ty: "real", init: p.lo, mutable: false }, { k: "let", name: bh, ty: "real", init: p.hi, mutable: false });
      return { w: wv, b: { lo: v(bl), hi: v(bh) } };
    }, perStep);
  }

  /**
   * A loop whose body is only `A[I] = fma(A[I], w, b)` with A an interval array, w a point and b an
   * interval variable (so the same in every step): the reverse sweep of a dot product, written
   * without a data-dependent branch (interval-templates.ts: scatterLoop).
   */
  private scatter(s: Extract<Stmt, { k: "for" }>, perStep: Stmt): Stmt[] | undefined {
    const body = s.body.filter((t) => t.k !== "comment");
    const st = body[0];
    if (body.length !== 1 || st?.k !== "store" || !this.iv.has(st.array)) return undefined;
    const e = st.value;
    if (e.k !== "intrinsic" || e.fn !== "fma") return undefined;
    const [acc, x, y] = e.args as [Expr, Expr, Expr];
    if (acc.k !== "index" || acc.array !== st.array || JSON.stringify(acc.index) !== JSON.stringify(st.index)) return undefined;
    const [w, b] = this.splitPoint(x, y);
    if (!w || b?.k !== "var" || !this.iv.has(b.name) || readsVar(w, st.array) || perStep.k !== "for") return undefined;
    const bl = this.lo.get(b.name)!, bh = this.hi.get(b.name)!;
    return scatterLoop(this.names, s, { lo: this.lo.get(st.array)!, hi: this.hi.get(st.array)! }, st.index, (pre) => this.bindPoint(w, pre), { lo: v(bl), hi: v(bh) });
  }

  private fail(message: string): Stmt {
    return { k: "do", expr: rt("undecided", [{ k: "str", value: message }]) };
  }

  /** Can an undecided branch run both ways? Only if it assigns nothing but real scalars. */
  private hullable(s: Extract<Stmt, { k: "if" }>): boolean {
    let ok = true;
    const declared = new Set<string>();
    eachStmt([...s.then, ...s.else], (t) => {
      if (t.k === "let") declared.add(t.name);
      else if (t.k === "assign") {
        if (!declared.has(t.name) && this.types.get(t.name) !== "real") ok = false;
      } else if (t.k !== "if" && t.k !== "comment") ok = false;
    });
    return ok;
  }

  /** Run `then` on saved copies, restore, run `else`, take the hull of every real it assigned. */
  private bothWays(s: Extract<Stmt, { k: "if" }>, then: Stmt[], els: Stmt[]): Stmt[] {
    const declared = new Set<string>();
    const written = new Set<string>();
    eachStmt([...s.then, ...s.else], (t) => {
      if (t.k === "let") declared.add(t.name);
      if (t.k === "assign" && !declared.has(t.name)) written.add(t.name);
    });
    const out: Stmt[] = [];
    const saved: Array<[string, string, string]> = [];
    for (const x of written) {
      for (const b of [this.lo.get(x)!, this.hi.get(x)!]) {
        const keep = this.names.fresh(`${b}_saved`), alt = this.names.fresh(`${b}_then`);
        saved.push([b, keep, alt]);
        out.push({ k: "let", name: keep, ty: "real", init: v(b), mutable: false });
      }
    }
    out.push(...then);
    for (const [b, keep, alt] of saved) out.push({ k: "let", name: alt, ty: "real", init: v(b), mutable: false }, { k: "assign", name: b, value: v(keep) });
    out.push(...els);
    for (const [b, , alt] of saved) {
      const isLo = b.endsWith("_lo") || [...this.lo.values()].includes(b);
      out.push({ k: "assign", name: b, value: { k: "intrinsic", fn: isLo ? "min" : "max", args: [v(b), v(alt)] } });
    }
    return out;
  }
}

function exprIsInt(e: Expr): boolean {
  return (e.k === "num" && e.ty === "int") || (e.k === "var" && e.ty === "int") || e.k === "length" || e.k === "iindex" ||
    ((e.k === "binary" || e.k === "neg") && e.ty === "int") || (e.k === "pop" && e.ty === "int");
}
