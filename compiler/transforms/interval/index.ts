/**
 * Interval mode: IR → IR. Every real that can hold an interval becomes a pair of bounds (`x_lo`,
 * `x_hi`; arrays `a_lo`, `a_hi`); every operation takes its primitive's interval rule (compiler/
 * primitives/: inline templates, or rounding-safe runtime rules from runtime/interval/pairs.ts).
 * Applied to an adjoint it gives the interval adjoint (interval∘adjoint, by composition).
 *
 * This file is the interval semantics: bounds, three-valued tests, hulls. Which reals stay points is
 * points.ts; how rules are called (V8's conventions) is primitives/interval-calls.ts; the loop
 * rewrites are peephole.ts.
 *
 * Control flow: comparisons are three-valued. A branch whose condition is undecided runs both ways
 * and takes the hull (branches.ts); a `while` loop whose condition becomes undecided stops the
 * generated code with an error naming the source line. Integer code (indices, trip counts, the
 * tape's flags) stays exact.
 *
 * Signature: each interval parameter p becomes p_lo, p_hi in place; for a number-returning f,
 * `out[0]`, `out[1]` receive the bounds of the result.
 */
import { CompileError } from "../../diagnostics.js";
import { exprType, isBitOp, num, variable } from "../../ir/build.js";
import type { Expr, Func, Loc, ScalarType, Stmt } from "../../ir/types.js";
import { eachStmt, mapStmtExprs, Names, namesOf, sameExpr, someExpr } from "../../ir/walk.js";
import { BOUNDS, isIntExpr, rt } from "../../primitives/interval-calls.js";
import { primitive } from "../../primitives/registry.js";
import type { Pair } from "../../primitives/types.js";
import { resultName } from "../normalize.js";
import { Signature } from "../signature.js";
import { decidable, intervalBranch, type BranchContext } from "./branches.js";
import { liveAfterBranches } from "./liveness.js";
import { dotProduct, scatter, type LoopContext } from "./peephole.js";
import { intervalValued } from "./points.js";


/** The interval version of `f`; `only` (default: every real parameter) are the interval inputs. */
export function interval(f: Func, name: string, only?: readonly string[]): Func {
  return new IntervalTransform(f, only).run(name);
}

class IntervalTransform implements LoopContext, BranchContext {
  readonly names: Names;
  readonly types = new Map<string, ScalarType | "array" | "intarray" | "record">();
  private readonly lo = new Map<string, string>();
  private readonly hi = new Map<string, string>();
  private readonly boolParams = new Set<string>();
  /** Variables and arrays holding intervals; other reals are exact points. */
  private readonly iv: Set<string>;
  /** The location of the statement being transformed. */
  loc: Loc | undefined;

  private readonly f: Func;

  constructor(f: Func, only: readonly string[] | undefined) {
    const used = namesOf(f);
    if (used.has(BOUNDS)) throw new CompileError(`interval mode: '${BOUNDS}' names the runtime's bound pair in generated interval code; rename the variable '${BOUNDS}' in ${f.name}`, f.loc, "interval");
    this.names = new Names(used);
    for (const p of f.params) this.types.set(p.name, p.ty);
    eachStmt(f.body, (s) => {
      if (s.k === "let") this.types.set(s.name, s.ty);
      if (s.k === "for") this.types.set(s.v, "int");
      if (s.k === "alloc") this.types.set(s.name, "array");
    });
    this.iv = intervalValued(f, this.types, only);
    for (const [x, ty] of this.types) {
      if ((ty === "real" || ty === "array" || ty === "record") && this.iv.has(x)) {
        this.lo.set(x, this.names.fresh(`${x}_lo`));
        this.hi.set(x, this.names.fresh(`${x}_hi`));
      }
    }
    for (const p of f.params) if (p.ty === "bool") this.boolParams.add(p.name);
    // an interval array's length is its lower bounds' length; an interval record's string fields are read from its lower bounds
    const length = (e: Expr): Expr => (e.k === "length" && this.lo.has(e.array) ? { ...e, array: this.lo.get(e.array)! }
      : e.k === "field" && e.ty !== "real" && this.lo.has(e.record) ? { ...e, record: this.lo.get(e.record)! } : e);
    this.f = { ...f, body: mapStmtExprs(f.body, length) };
    this.live = liveAfterBranches(this.f.body);
  }

  private readonly live: Map<Extract<Stmt, { k: "if" }>, Set<string>>;

  /** Names that may be read after this branch (liveness.ts). */
  liveAfter(s: Extract<Stmt, { k: "if" }>): ReadonlySet<string> | undefined {
    return this.live.get(s);
  }

  run(name: string): Func {
    const f = this.f;
    const sig = new Signature(f);
    for (const p of f.params) {
      if (this.iv.has(p.name)) sig.bounds(p, this.lo.get(p.name)!, this.hi.get(p.name)!);
      else sig.primal(p);
    }
    const out = f.ret === "real" ? this.names.fresh("out") : undefined;
    if (out) sig.out(out);
    return sig.func(name, "void", this.stmts(f.body, out), "interval version", "terminal");
  }

  // ---- the context primitives' interval rules see ------------------------------------------------

  bounds(x: string): { lo: string; hi: string } | undefined {
    const lo = this.lo.get(x), hi = this.hi.get(x);
    return lo !== undefined && hi !== undefined ? { lo, hi } : undefined;
  }

  bindPair(p: Pair, pre: Stmt[]): Pair {
    const atomic = (e: Expr) => e.k === "var" || e.k === "num" || e.k === "index";
    if (atomic(p.lo) && atomic(p.hi)) return p;
    const l = this.names.temp("lo"), h = this.names.temp("hi");
    pre.push({ k: "let", name: l, ty: "real", init: p.lo, mutable: false }, { k: "let", name: h, ty: "real", init: p.hi, mutable: false });
    return { lo: variable(l), hi: variable(h) };
  }

  /** Bounds of a real (or integer, used as real) expression. */
  pair(e: Expr, pre: Stmt[]): Pair {
    switch (e.k) {
      case "num": return { lo: e, hi: e };
      case "var":
        if (e.ty !== "real" || !this.iv.has(e.name)) return { lo: e, hi: e };
        return { lo: variable(this.lo.get(e.name)!), hi: variable(this.hi.get(e.name)!) };
      case "index":
        if (!this.iv.has(e.array)) return { lo: e, hi: e };
        return { lo: { k: "index", array: this.lo.get(e.array)!, index: e.index }, hi: { k: "index", array: this.hi.get(e.array)!, index: e.index } };
      case "iindex": case "length": return { lo: e, hi: e };
      case "field":
        if (e.ty !== "real" || !this.iv.has(e.record)) return { lo: e, hi: e };
        return { lo: { ...e, record: this.lo.get(e.record)! }, hi: { ...e, record: this.hi.get(e.record)! } };
      case "neg":
        if (e.ty === "int") return { lo: e, hi: e };
        return this.rule("neg", [e.arg], pre);
      case "binary":
        if (e.ty === "int") return { lo: e, hi: e };
        return this.rule(e.op, [e.left, e.right], pre);
      case "intrinsic":
        if (e.ty === "int") return { lo: e, hi: e };
        return this.rule(e.fn, e.args, pre);
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

  private rule(name: string, args: Expr[], pre: Stmt[]): Pair {
    const p = primitive(name);
    if (!p.interval) throw new CompileError(`interval mode: ${name} has no interval rule`, this.f.loc, "interval");
    return p.interval(this, args, pre);
  }

  bindPoint(e: Expr, pre: Stmt[]): Expr {
    if (e.k !== "index") return e;
    const w = this.names.temp("w");
    pre.push({ k: "let", name: w, ty: "real", init: e, mutable: false });
    return variable(w);
  }

  splitPoint(x: Expr, y: Expr): [Expr, Expr] | [] {
    const px = this.isPoint(x), py = this.isPoint(y);
    return px && !py ? [x, y] : py && !px ? [y, x] : [];
  }

  isPoint(e: Expr): boolean {
    return e.k === "num" || isIntExpr(e) || (e.k === "var" && !this.iv.has(e.name)) || (e.k === "index" && !this.iv.has(e.array));
  }

  /** A boolean expression as a three-valued number: 1 true, 0 false, 2 undecided. */
  private tri(e: Expr, pre: Stmt[]): Expr {
    switch (e.k) {
      case "bool": return num(e.value ? 1 : 0, "int");
      case "var":
        if (this.boolParams.has(e.name)) return { k: "cond", test: e, then: num(1, "int"), else: num(0, "int"), ty: "int" };
        return variable(e.name, "int");
      case "not": return rt("notTri", [this.tri(e.arg, pre)], "int");
      case "logical": return rt(e.op === "&&" ? "andTri" : "orTri", [this.tri(e.left, pre), this.tri(e.right, pre)], "int");
      case "compare": {
        // x === x, x !== x: JavaScript's NaN test (isnan), decided by the bounds' NaN-ness
        if ((e.op === "===" || e.op === "!==") && sameExpr(e.left, e.right) && exprType(e.left) === "real") {
          const p = this.bindPair(this.pair(e.left, pre), pre);
          const nan = rt("isNaNTri", [p.lo, p.hi], "int");
          return e.op === "!==" ? nan : rt("notTri", [nan], "int");
        }
        // integers and strings are exact
        if ((isIntExpr(e.left) && isIntExpr(e.right)) || exprType(e.left) === "str") return { k: "cond", test: e, then: num(1, "int"), else: num(0, "int"), ty: "int" };
        const a = this.bindPair(this.pair(e.left, pre), pre), b = this.bindPair(this.pair(e.right, pre), pre);
        const fn = { "<": "ltTri", "<=": "leTri", ">": "gtTri", ">=": "geTri", "===": "eqTri", "!==": "neTri" }[e.op];
        return rt(fn, [a.lo, a.hi, b.lo, b.hi], "int");
      }
      case "cond":
        return { k: "cond", test: { k: "compare", op: "===", left: this.tri(e.test, pre), right: num(1, "int") }, then: this.tri(e.then, pre), else: this.tri(e.else, pre), ty: "int" };
      case "intrinsic": {
        const rule = primitive(e.fn).tri;
        if (!rule) throw new CompileError(`interval mode: ${e.fn} has no three-valued rule`, this.f.loc, "interval");
        return rule(this, e.args, pre);
      }
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
    this.loc = loc;
    switch (s.k) {
      case "let":
      case "assign": {
        const ty = this.types.get(s.name);
        const rhs = s.k === "let" ? s.init : s.value;
        if (ty === "bool") {
          const t = this.tri(rhs, res);
          return void res.push(s.k === "let" ? { k: "let", name: s.name, ty: "int", init: t, mutable: s.mutable, loc } : { k: "assign", name: s.name, value: t, loc });
        }
        if (ty === "int" && this.readsInterval(rhs)) {
          // an integer chosen by a test of reals (`rule = |r| < 0.3 ? 3 : 6`): the test's side where it is
          // decided, either side where both give the same, else the call stops (undecided, at this line)
          const value = this.intChoice(rhs, res, s);
          return void res.push(s.k === "let" ? { ...s, init: value } : { ...s, value });
        }
        if (ty !== "real" || !this.iv.has(s.name)) return void res.push(s); // integers and exact point copies
        const L = this.lo.get(s.name)!, H = this.hi.get(s.name)!;
        let p = this.pair(rhs, res);
        if (s.k === "assign") p = this.bindPair(p, res); // both bounds read the old values
        if (s.k === "let") res.push({ k: "let", name: L, ty: "real", init: p.lo, mutable: s.mutable, loc }, { k: "let", name: H, ty: "real", init: p.hi, mutable: s.mutable, loc });
        else res.push({ k: "assign", name: L, value: p.lo, loc }, { k: "assign", name: H, value: p.hi, loc });
        return;
      }
      case "store": {
        if (!this.iv.has(s.array)) return void res.push(s);
        const L = this.lo.get(s.array)!, H = this.hi.get(s.array)!;
        const p = this.bindPair(this.pair(s.value, res), res);
        res.push({ k: "store", array: L, index: s.index, value: p.lo, loc }, { k: "store", array: H, index: s.index, value: p.hi, loc });
        return;
      }
      case "alloc": {
        if (!this.iv.has(s.name)) return void res.push(s);
        return void res.push({ ...s, name: this.lo.get(s.name)! }, { ...s, name: this.hi.get(s.name)! });
      }
      case "setfield": {
        if (!this.iv.has(s.record)) return void res.push(s);
        const p = this.bindPair(this.pair(s.value, res), res);
        res.push({ ...s, record: this.lo.get(s.record)!, value: p.lo }, { ...s, record: this.hi.get(s.record)!, value: p.hi });
        return;
      }
      case "effect": {
        const rule = primitive(s.fn).intervalEffect;
        if (rule) return void rule(this, s.args, res);
        return void res.push(s); // integer arguments only (the tape's pushInt): exact
      }
      case "if": {
        const tri = this.tri(s.test, res);
        const then = this.stmts(s.then, out), els = this.stmts(s.else, out);
        const replay = s.test.k === "intrinsic" && primitive(s.test.fn).replaysBranch === true;
        return void res.push(...intervalBranch(this, s, tri, then, els, decidable(s.test, this.boolParams), replay, this.where(s)));
      }
      case "for": {
        const loop: Stmt = { ...s, body: this.stmts(s.body, out) };
        return void res.push(...(dotProduct(this, s, loop) ?? scatter(this, s, loop) ?? [loop]));
      }
      case "while": {
        const c = this.names.temp("decided");
        const pre: Stmt[] = [];
        const t = this.tri(s.test, pre);
        res.push(...pre, { k: "let", name: c, ty: "int", init: t, mutable: true, loc });
        const again: Stmt[] = [];
        const t2 = this.tri(s.test, again);
        res.push({ k: "while", test: { k: "compare", op: "===", left: variable(c, "int"), right: num(1, "int") }, body: [...this.stmts(s.body, out), ...again, { k: "assign", name: c, value: t2 }], loc });
        res.push({ k: "if", test: { k: "compare", op: "===", left: variable(c, "int"), right: num(2, "int") }, then: [this.fail(`undecided while loop at ${this.where(s)}`)], else: [], loc });
        return;
      }
      case "return": {
        const ret = resultName(this.f);
        if (out === undefined || ret === undefined) return;
        const r = this.pair(variable(ret), res);
        res.push({ k: "store", array: out, index: num(0, "int"), value: r.lo, loc });
        res.push({ k: "store", array: out, index: num(1, "int"), value: r.hi, loc });
        return;
      }
      case "comment":
        return void res.push(s);
      case "throw":
        // the message's reals as their lower bounds (a guard throws only where its test is decided)
        return void res.push({ ...s, parts: s.parts.map((x) => (exprType(x) === "real" ? this.bindPair(this.pair(x, res), res).lo : x)) });
      default:
        throw new CompileError(`interval mode: unexpected ${s.k} statement`, s.loc ?? this.f.loc, "interval");
    }
  }

  /** Does `e` read a real that holds an interval here? */
  private readsInterval(e: Expr): boolean {
    return someExpr(e, (x) => (x.k === "var" && x.ty === "real" && this.iv.has(x.name)) || (x.k === "index" && this.iv.has(x.array)) || (x.k === "field" && this.iv.has(x.record)));
  }

  /** An integer expression whose choices (?:) test interval reals, as exact integers (see the caller). */
  private intChoice(e: Expr, pre: Stmt[], at: Stmt): Expr {
    if (e.k === "binary" && e.ty === "int" && isBitOp(e.op)) {
      // `x | 0`, `x >> 1` of an interval x: exact where both bounds cut to the same integer (ToInt32 is
      // Math.trunc, modulo 2³², and trunc is non-decreasing), else the call stops
      const operand = (x: Expr): Expr => {
        if (exprType(x) === "int") return this.intChoice(x, pre, at);
        if (!this.readsInterval(x)) return x;
        const p = this.bindPair(this.pair(x, pre), pre);
        const cut = (b: Expr): Expr => ({ k: "intrinsic", fn: "trunc", args: [b] });
        pre.push({ k: "if", test: { k: "compare", op: "!==", left: cut(p.lo), right: cut(p.hi) }, then: [this.fail(`'${e.op}' of a real that is not one integer over the box at ${this.where(at)}`)], else: [], loc: at.loc });
        return p.lo;
      };
      return { ...e, left: operand(e.left), right: operand(e.right) };
    }
    const cut = e.k === "intrinsic" && e.ty === "int" ? primitive(e.fn).cut : undefined;
    if (e.k === "intrinsic" && cut && this.readsInterval(e)) {
      // Math.floor(x) where an integer is wanted, getHighWord(x), x an interval: exact where the box
      // gives one value ("ends": f(lo) = f(hi) means f is that throughout; "points": lo = hi)
      const p = this.bindPair(this.pair(e.args[0]!, pre), pre);
      const at1 = (b: Expr): Expr => ({ ...e, args: [b] });
      const split: Expr = cut === "ends" ? { k: "compare", op: "!==", left: at1(p.lo), right: at1(p.hi) } : { k: "compare", op: "!==", left: p.lo, right: p.hi };
      const what = "math" in primitive(e.fn).spelling ? `Math.${e.fn}` : e.fn;
      pre.push({ k: "if", test: split, then: [this.fail(`${what} of a real that is not one integer over the box at ${this.where(at)}`)], else: [], loc: at.loc });
      return at1(p.lo);
    }
    if (e.k !== "cond" || !this.readsInterval(e.test)) {
      if (this.readsInterval(e)) throw new CompileError("interval mode: an integer computed from a real that holds an interval (only a choice by a test, `c ? 3 : 6`, is enclosed); compute it from points", at.loc ?? this.f.loc, "interval");
      return e;
    }
    const t = this.names.fresh("choice");
    pre.push({ k: "let", name: t, ty: "int", init: this.tri(e.test, pre), mutable: false, loc: at.loc });
    const a = this.intChoice(e.then, pre, at), b = this.intChoice(e.else, pre, at);
    const tv = variable(t, "int");
    // undecided, and the two sides differ: stop
    pre.push({ k: "if", test: { k: "logical", op: "&&", left: { k: "compare", op: "===", left: tv, right: num(2, "int") }, right: { k: "compare", op: "!==", left: a, right: b } },
      then: [this.fail(`undecided integer choice at ${this.where(at)}`)], else: [], loc: at.loc });
    return { k: "cond", test: { k: "compare", op: "!==", left: tv, right: num(0, "int") }, then: a, else: b, ty: "int" };
  }

  fail(message: string): Stmt {
    return { k: "do", expr: rt("undecided", [{ k: "str", value: message }]) };
  }
}
