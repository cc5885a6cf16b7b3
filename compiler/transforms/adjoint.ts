/**
 * Adjoint (reverse) mode: IR → IR.
 *
 * The generated function runs the original code forward (the forward sweep), then walks it
 * backwards (the reverse sweep), propagating `x_b` = ∂out/∂x with the partials of the primitives (compiler/primitives/).
 *
 * What the reverse sweep needs is recorded on the runtime tape, and only that:
 * - an overwritten value (scalar or array element, real or integer) is pushed before it is
 *   overwritten *only* if some earlier statement's partials read it (to-be-recorded analysis);
 *   `s += w * a` in a loop records nothing, `s = s * w` records the old `s`;
 * - which branch an `if` took (one integer), and how many times a `while` loop ran;
 * - `for` loops are replayed backwards from their bounds, which the frontend guarantees fixed;
 *   a loop-local whose definition reads only what the reverse sweep sees unchanged is recomputed
 *   at the top of the reverse loop body instead of taped (adjoint-recompute.ts).
 * Everything else (partials of `exp`, `sigmoid`, ...) is recomputed from restored values.
 *
 * Signature: `f_adjoint(...params, ...a_b for active arrays, out_b, grad)`: returns f's value;
 * adds out_b · ∂f/∂a into each `a_b` and out_b · ∂f/∂p into `grad[k]` for the k-th scalar @wrt
 * parameter (parameter order). Arrays that f overwrites hold unspecified values afterwards (the
 * reverse sweep may restore earlier contents): call f itself when you need them.
 */
import { CompileError } from "../diagnostics.js";
import { add, mul, num, sum } from "../ir/build.js";
import type { Expr, Func, ScalarType, Stmt, Loc } from "../ir/types.js";
import { eachStmt, Names, namesOf, renameExpr, renameStmts } from "../ir/walk.js";
import { primitive } from "../primitives/registry.js";
import { popBranch, popInteger, popReal, pushBranch, pushInteger, pushReal } from "../primitives/tape.js";
import { useful, varied } from "./activity.js";
import { binder, companions, firstNoAdjoint, isEmpty, scaled, terms, usesResult } from "./common.js";
import { checkpointForward, checkpointReverse, type CheckpointSweeps, declareHoisted, stateReads } from "./adjoint-checkpoint.js";
import { recomputable } from "./adjoint-recompute.js";
import { resultName } from "./normalize.js";
import { Signature } from "./signature.js";

export function adjoint(f: Func, wrt: readonly string[], name: string): Func {
  return new AdjointTransform(f, wrt).run(name);
}

interface Info {
  /** The reverse-sweep statements (without restoring pops). */
  adj: Stmt[];
  /** Primal names the reverse statements read. */
  reads: Set<string>;
  /** Must the overwritten value be pushed in the forward sweep? (set by the TBR analysis) */
  push: boolean;
}

class AdjointTransform {
  private readonly names: Names;
  /** The adjoint of a variable or array: `x_b`. */
  private readonly bn: (x: string) => string;
  private readonly primal: Set<string>;
  private readonly active = new Set<string>();
  private readonly info = new Map<Stmt, Info>();
  private readonly types = new Map<string, ScalarType>();
  /** Local arrays allocated in a nested block whose arrays the reverse sweep needs (declared at the top). */
  private readonly hoistedArrays = new Set<string>();
  /** Variables that need zeroing when redefined (defined more than once or inside a loop). */
  private readonly redefined = new Set<string>();

  constructor(private readonly f: Func, private readonly wrt: readonly string[]) {
    this.primal = namesOf(f);
    this.names = new Names(this.primal);
    this.bn = companions(this.names, "_b");
    const blocked = firstNoAdjoint(f.body);
    if (blocked) throw new CompileError(`${f.name} ${blocked.prim.noAdjoint}`, blocked.loc ?? f.loc, "adjoint of adjoint");
    const v = varied(f, wrt);
    const u = useful(f, v);
    for (const x of v) if (u.has(x)) this.active.add(x);
    for (const p of f.params) if (p.ty === "real" || p.ty === "int" || p.ty === "bool") this.types.set(p.name, p.ty);
    const defs = new Map<string, number>();
    eachStmt(f.body, (s, depth) => {
      if (s.k === "let") this.types.set(s.name, s.ty);
      if (s.k === "let" || s.k === "assign") {
        defs.set(s.name, (defs.get(s.name) ?? 0) + 1);
        if (depth > 0) this.redefined.add(s.name);
      }
    });
    for (const [x, n] of defs) if (n > 1 || f.params.some((p) => p.name === x)) this.redefined.add(x);
  }

  run(name: string): Func {
    const f = this.f;
    const ret = resultName(f);
    const body = ret !== undefined ? f.body.slice(0, -1) : f.body;

    // Parameters: primal, then array adjoints, then the seed, then the scalar gradient.
    const sig = new Signature(f);
    for (const p of f.params) sig.primal(p);
    for (const p of f.params) if ((p.ty === "array" || p.ty === "record") && this.active.has(p.name)) sig.companion(p, "adjoint", this.bn(p.name));
    const scalarWrt = f.params.filter((p) => p.ty === "real" && this.wrt.includes(p.name));
    for (const p of scalarWrt) this.names.reserve(p.name);
    const outB = f.ret === "real" ? this.names.fresh("out_b") : undefined;
    if (outB) sig.seed(outB);
    const grad = scalarWrt.length > 0 ? this.names.fresh("grad") : undefined;
    if (grad) sig.grad(grad, scalarWrt.map((p) => p.name));

    // Phase A: reverse fragments; phase B: what to record.
    this.analyse(body);
    this.pending(body, new Set());
    this.recompute = recomputable(f, (s) => this.info.get(s)?.push === true);
    for (const lets of this.recompute.values()) for (const l of lets) this.info.get(l)!.push = false;

    // Phase C: assemble. A local declared in a nested block of the forward sweep that the reverse
    // sweep uses (in a partial, a restore, a loop bound or a branch) moves to function scope.
    // Top-level variables that get restored must be mutable.
    const restored = this.restoredLocals;
    for (const [s, i] of this.info) if (i.push && (s.k === "let" || s.k === "assign")) restored.add(s.name);
    // local arrays allocated inside a loop (a helper's, inlined there): each allocation replaces the last
    const inLoops = (ss: Stmt[], loop: boolean): void => {
      for (const t of ss) {
        if (t.k === "alloc" && loop && !t.values) this.reallocated.add(t.name);
        if (t.k === "if") { inLoops(t.then, loop); inLoops(t.else, loop); }
        if (t.k === "for" || t.k === "while") inLoops(t.body, true);
      }
    };
    inLoops(body, false);
    const reverse = this.reverse(body);
    const reverseRefs = new Set<string>();
    renameStmts(reverse, (n) => (reverseRefs.add(n), n));
    const hoisted = this.hoistedLocals;
    const collectHoisted = (ss: Stmt[], nested: boolean) => {
      for (const s of ss) {
        if (s.k === "let" && nested && reverseRefs.has(s.name)) hoisted.set(s.name, s.ty);
        // (a module constant array is declared at module level: nothing to hoist)
        if (s.k === "alloc" && !s.values && nested && (reverseRefs.has(s.name) || this.active.has(s.name))) this.hoistedArrays.add(s.name);
        if (s.k === "if") { collectHoisted(s.then, true); collectHoisted(s.else, true); }
        if (s.k === "for" || s.k === "while") collectHoisted(s.body, true);
      }
    };
    collectHoisted(body, false);
    // checkpointed loops re-run their bodies in the reverse sweep: there, too, hoisted locals are assigned
    const hoistedArrays = new Set([...this.hoistedArrays].flatMap((a) => (this.active.has(a) ? [a, this.bn(a)] : [a])));
    const rev = declareHoisted(reverse, hoisted, hoistedArrays);

    const out: Stmt[] = [];
    for (const [x, ty] of hoisted) out.push({ k: "let", name: x, ty, init: zero(ty), mutable: true });
    // a local array allocated in a branch or loop that the reverse sweep uses: declared empty at the top
    for (const a of this.hoistedArrays) {
      out.push({ k: "alloc", name: a, length: num(0, "int") });
      if (this.active.has(a)) out.push({ k: "alloc", name: this.bn(a), length: num(0, "int") });
    }
    out.push(...this.forward(body, hoisted, restored));

    // The reverse sweep may restore the result variable to earlier values: keep the primal result.
    let retOut = ret;
    if (ret !== undefined && restored.has(ret)) {
      retOut = this.names.fresh("value");
      out.push({ k: "let", name: retOut, ty: "real", init: { k: "var", name: ret, ty: "real" }, mutable: false });
    }

    const adjDecls: Stmt[] = [];
    const scalarActive = [...this.active].filter((x) => this.types.get(x) === "real");
    for (const x of scalarActive) {
      const seed: Expr = x === ret && outB ? { k: "var", name: outB, ty: "real" } : num(0);
      adjDecls.push({ k: "let", name: this.bn(x), ty: "real", init: seed, mutable: true });
    }
    if (adjDecls.length > 0 || !isEmpty(rev)) out.push({ k: "comment", text: "reverse sweep" });
    out.push(...adjDecls, ...rev);
    scalarWrt.forEach((p, k) => {
      if (!this.active.has(p.name)) return;
      const g = { k: "index", array: grad!, index: num(k, "int") } as const;
      out.push({ k: "store", array: grad!, index: num(k, "int"), value: add(g, { k: "var", name: this.bn(p.name), ty: "real" }) });
    });
    if (retOut !== undefined) out.push({ k: "return", value: { k: "var", name: retOut, ty: "real" } });

    return sig.func(name, f.ret === "real" ? "real" : "void", out, "adjoint", new Set([...this.wrt, ...this.active]));
  }

  // ---- phase A: reverse fragments ----------------------------------------------------------------

  private analyse(ss: Stmt[]): void {
    eachStmt(ss, (s) => {
      if (s.k === "let" || s.k === "assign") {
        const rhs = s.k === "let" ? s.init : s.value;
        const isReal = (this.types.get(s.name) ?? "real") === "real";
        const adj = isReal && this.active.has(s.name) ? this.assignAdjoint(s.name, rhs) : [];
        this.info.set(s, { adj, reads: this.readsOf(adj), push: false });
      } else if (s.k === "store") {
        const adj = this.active.has(s.array) ? this.storeAdjoint(s) : [];
        this.info.set(s, { adj, reads: this.readsOf(adj), push: false });
      }
    });
  }

  /** `arg_b += g * partial` for an atomic argument. */
  private accumulate(arg: Expr, contrib: Expr): Stmt {
    if (arg.k === "var") {
      const xb = this.bn(arg.name);
      return { k: "assign", name: xb, value: add({ k: "var", name: xb, ty: "real" }, contrib) };
    }
    if (arg.k === "index") {
      const ab = this.bn(arg.array);
      return { k: "store", array: ab, index: arg.index, value: add({ k: "index", array: ab, index: arg.index }, contrib) };
    }
    if (arg.k === "field") {
      const rb = this.bn(arg.record);
      return { k: "setfield", record: rb, field: arg.field, value: add({ ...arg, record: rb }, contrib) };
    }
    throw new Error(`internal: cannot accumulate into ${arg.k}`);
  }

  /** What a primitive adds after its reverse step, given the adjoint of its result (a probe records it). */
  private afterAdjoint(rhs: Expr, adjointOfResult: Expr): Stmt[] {
    if (rhs.k !== "intrinsic") return [];
    return primitive(rhs.fn).afterAdjoint?.(rhs.args, adjointOfResult) ?? [];
  }

  private assignAdjoint(x: string, rhs: Expr): Stmt[] {
    const out: Stmt[] = this.afterAdjoint(rhs, { k: "var", name: this.bn(x), ty: "real" });
    const y: Expr = { k: "var", name: x, ty: "real" };
    const ts = terms(rhs, y, this.active, binder(this.names, out));
    const xb: Expr = { k: "var", name: this.bn(x), ty: "real" };
    // x = op(x, ...): all occurrences of x itself combine into one partial.
    const selfTerms = ts.filter((t) => t.arg.k === "var" && t.arg.name === x);
    const others = ts.filter((t) => !selfTerms.includes(t));
    for (const t of others) out.push(this.accumulate(t.arg, scaled(t, xb, true)));
    if (selfTerms.length > 0) {
      const pSelf = sum(selfTerms.map((t) => t.partial));
      // An increment (x = x + e) leaves x_b as it is; otherwise x_b is scaled in place.
      if (!(pSelf.k === "num" && pSelf.value === 1)) out.push({ k: "assign", name: this.bn(x), value: mul(xb, pSelf) });
    } else if (this.redefined.has(x)) {
      out.push({ k: "assign", name: this.bn(x), value: num(0) });
    }
    return out;
  }

  private storeAdjoint(s: Extract<Stmt, { k: "store" }>): Stmt[] {
    const out: Stmt[] = [];
    const ab = this.bn(s.array);
    const slot: Expr = { k: "index", array: ab, index: s.index };
    const ts = terms(s.value, undefined, this.active, binder(this.names, out));
    out.unshift(...this.afterAdjoint(s.value, slot));
    const readsSame = ts.some((t) => t.arg.k === "index" && t.arg.array === s.array);
    let g: Expr = slot;
    if (readsSame) {
      const gn = this.names.temp("g");
      out.unshift({ k: "let", name: gn, ty: "real", init: slot, mutable: false });
      g = { k: "var", name: gn, ty: "real" };
      out.push({ k: "store", array: ab, index: s.index, value: num(0) });
    }
    for (const t of ts) out.push(this.accumulate(t.arg, scaled(t, g, true)));
    if (!readsSame) out.push({ k: "store", array: ab, index: s.index, value: num(0) });
    return out;
  }

  private readsOf(adj: Stmt[]): Set<string> {
    const r = new Set<string>();
    const visit = (e: Expr) => renameExpr(e, (n) => (this.primal.has(n) && r.add(n), n));
    for (const s of adj) {
      if (s.k === "let") visit(s.init);
      if (s.k === "assign") visit(s.value);
      if (s.k === "effect") s.args.forEach(visit);
      if (s.k === "store") { visit(s.index); visit(s.value); }
      if (s.k === "setfield") visit(s.value);
    }
    return r;
  }

  // ---- phase B: to-be-recorded analysis -----------------------------------------------------------

  /** Forward dataflow: P holds names whose current value some earlier reverse statement reads. */
  private pending(ss: Stmt[], P: Set<string>): Set<string> {
    for (const s of ss) {
      switch (s.k) {
        case "let":
        case "assign": {
          const i = this.info.get(s)!;
          const rhs = s.k === "let" ? s.init : s.value;
          const post = usesResult(rhs) && i.reads.has(s.name);
          for (const r of i.reads) if (!(post && r === s.name)) P.add(r);
          if (P.has(s.name)) i.push = true;
          P.delete(s.name);
          if (post) P.add(s.name);
          break;
        }
        case "store": {
          const i = this.info.get(s)!;
          for (const r of i.reads) P.add(r);
          if (P.has(s.array)) i.push = true;
          break;
        }
        case "if": {
          const a = this.pending(s.then, new Set(P));
          const b = this.pending(s.else, new Set(P));
          P = new Set([...a, ...b]);
          break;
        }
        case "for":
        case "while": {
          if (s.k === "for") for (const n of [...readNames(s.from), ...readNames(s.to)]) P.add(n);
          let entry = new Set(P);
          for (;;) {
            const exit = this.pending(s.body, new Set(entry));
            const merged = new Set([...entry, ...exit]);
            if (merged.size === entry.size) break;
            entry = merged;
          }
          P = entry;
          if (s.k === "for") P.delete(s.v);
          // a checkpointed loop's reverse re-runs its body: all it reads and does not write stays as it was
          if (s.k === "for" && s.checkpoint) for (const n of stateReads(s)) P.add(n);
          break;
        }
        default:
          break;
      }
    }
    return P;
  }

  // ---- phase C: the two sweeps ------------------------------------------------------------------

  /** The forward sweep; `taped` false: the same code recording nothing (a checkpointed loop's first run). */
  private forward(ss: Stmt[], hoisted: Map<string, ScalarType>, restored: Set<string>, taped = true): Stmt[] {
    const out: Stmt[] = [];
    for (const s of ss) {
      const i = taped ? this.info.get(s) : undefined;
      if (s.k === "let" || s.k === "assign") {
        const ty = this.types.get(s.name) ?? "real";
        if (i?.push) out.push((ty === "int" ? pushInteger : pushReal)({ k: "var", name: s.name, ty }, s.loc));
        if (s.k === "let" && hoisted.has(s.name)) out.push({ k: "assign", name: s.name, value: s.init, declares: true, loc: s.loc });
        else if (s.k === "let" && restored.has(s.name)) out.push({ ...s, mutable: true });
        else out.push(s);
      } else if (s.k === "store") {
        if (i?.push) out.push(pushReal({ k: "index", array: s.array, index: s.index }, s.loc));
        out.push(s);
      } else if (s.k === "alloc") {
        // a local array, and (if active) its adjoint array beside it, zero
        const assign = this.hoistedArrays.has(s.name);
        // allocated again in a loop (a helper's local array, inlined there): the array it replaces is
        // what the reverse sweep of the earlier iterations reads, so its elements and length go on the tape
        if (this.reallocated.has(s.name) && taped) out.push(...this.tapeArray(s.name, s.loc));
        out.push({ ...s, assign });
        if (this.active.has(s.name)) out.push({ ...s, name: this.bn(s.name), assign });
      } else if (s.k === "if") {
        const then = this.forward(s.then, hoisted, restored, taped), els = this.forward(s.else, hoisted, restored, taped);
        if (taped && this.needsFlag(s)) {
          // which way the branch went, recorded after it (what the reverse sweep pops first)
          const b = this.names.fresh("branch");
          const taken: Expr = { k: "var", name: b, ty: "bool" };
          out.push({ k: "let", name: b, ty: "bool", init: s.test, mutable: false, loc: s.loc }, { ...s, test: taken, then, else: els }, pushBranch(taken, s.loc));
        } else out.push({ ...s, then, else: els });
      } else if (s.k === "for") {
        if (taped && s.checkpoint && !isEmpty(this.reverse(s.body))) out.push(...checkpointForward(s, this.sweeps(hoisted, restored)));
        else out.push({ ...s, checkpoint: undefined, body: this.forward(s.body, hoisted, restored, taped) });
      } else if (s.k === "while") {
        const body = this.forward(s.body, hoisted, restored, taped);
        if (!taped || isEmpty(this.reverse(s.body))) {
          out.push({ ...s, body });
        } else {
          const n = this.counterName(s);
          out.push({ k: "let", name: n, ty: "int", init: num(0, "int"), mutable: true, loc: s.loc });
          out.push({ ...s, body: [...body, { k: "assign", name: n, value: { k: "binary", op: "+", left: { k: "var", name: n, ty: "int" }, right: num(1, "int"), ty: "int" } }] });
          out.push(pushInteger({ k: "var", name: n, ty: "int" }, s.loc));
        }
      } else {
        out.push(s);
      }
    }
    return out;
  }

  /** What a checkpointed loop's sweeps need of this transform (adjoint-checkpoint.ts). */
  private sweeps(hoisted: Map<string, ScalarType>, restored: Set<string>): CheckpointSweeps {
    return {
      names: this.names,
      typeOf: (x) => this.types.get(x) ?? "real",
      forward: (body, taped) => this.forward(body, hoisted, restored, taped),
      reverse: (body) => this.reverse(body),
    };
  }
  /** Nested locals the reverse sweep uses, declared at function scope; variables the reverse sweep restores. */
  private readonly hoistedLocals = new Map<string, ScalarType>();
  private readonly restoredLocals = new Set<string>();

  private readonly counters = new Map<Stmt, string>();
  private counterName(s: Stmt): string {
    let n = this.counters.get(s);
    if (!n) {
      n = this.names.fresh("iterations");
      this.counters.set(s, n);
    }
    return n;
  }

  private readonly reverseCounters = new Map<Stmt, string>();
  private reverseCounterName(s: Stmt): string {
    let n = this.reverseCounters.get(s);
    if (!n) {
      n = this.names.fresh("iteration");
      this.reverseCounters.set(s, n);
    }
    return n;
  }

  private needsFlag(s: Extract<Stmt, { k: "if" }>): boolean {
    return !isEmpty(this.reverse(s.then)) || !isEmpty(this.reverse(s.else));
  }

  /** Each statement list's reverse sweep, made once: the forward sweep asks of nested branches and loops whether they have one. */
  private readonly reversed = new Map<Stmt[], Stmt[]>();

  /** Push an array's elements, then its length (the reverse sweep pops them back: reverseOf's "alloc"). */
  private tapeArray(name: string, loc: Loc | undefined): Stmt[] {
    const k = this.names.fresh("i");
    return [
      { k: "for", v: k, from: num(0, "int"), cmp: "<", to: { k: "length", array: name }, step: 1, body: [pushReal({ k: "index", array: name, index: { k: "var", name: k, ty: "int" } }, loc)], loc },
      pushInteger({ k: "length", array: name }, loc),
    ];
  }

  /** Local arrays allocated in a loop: the forward sweep tapes the array each allocation replaces (tapeArray). */
  private readonly reallocated = new Set<string>();

  private reverse(ss: Stmt[]): Stmt[] {
    let r = this.reversed.get(ss);
    if (!r) {
      r = this.reverseOf(ss);
      this.reversed.set(ss, r);
    }
    return r;
  }

  /** Loop bodies whose reverse starts by recomputing loop-locals instead of popping them (adjoint-recompute.ts). */
  private recompute = new Map<Stmt[], Array<Extract<Stmt, { k: "let" }>>>();

  private reverseOf(ss: Stmt[]): Stmt[] {
    const out: Stmt[] = (this.recompute.get(ss) ?? []).map((l) => ({ k: "assign", name: l.name, value: l.init, loc: l.loc }) as Stmt);
    for (let j = ss.length - 1; j >= 0; j--) {
      const s = ss[j]!;
      const i = this.info.get(s);
      switch (s.k) {
        case "let":
        case "assign": {
          const ty = this.types.get(s.name) ?? "real";
          const pop: Stmt = { k: "assign", name: s.name, value: ty === "int" ? popInteger() : popReal(), loc: s.loc };
          const rhs = s.k === "let" ? s.init : s.value;
          const adj = i!.adj.map((a) => ({ ...a, loc: s.loc }));
          if (i!.push && !usesResult(rhs)) out.push(pop, ...adj);
          else if (i!.push) out.push(...adj, pop);
          else out.push(...adj);
          break;
        }
        case "alloc": {
          // undo a re-allocation (forward: tapeArray): the earlier array back, its adjoint zero again
          if (!this.reallocated.has(s.name)) break;
          const n = this.names.fresh(`${s.name}_length`), k = this.names.fresh("i");
          const len: Expr = { k: "var", name: n, ty: "int" }, kv: Expr = { k: "var", name: k, ty: "int" };
          out.push({ k: "let", name: n, ty: "int", init: popInteger(), mutable: false, loc: s.loc },
            { k: "alloc", name: s.name, length: len, assign: true, loc: s.loc },
            { k: "for", v: k, from: { k: "binary", op: "-", left: len, right: num(1, "int"), ty: "int" }, cmp: ">=", to: num(0, "int"), step: -1,
              body: [{ k: "store", array: s.name, index: kv, value: popReal(), loc: s.loc }], loc: s.loc });
          if (this.active.has(s.name)) out.push({ k: "alloc", name: this.bn(s.name), length: len, assign: true, loc: s.loc });
          break;
        }
        case "store": {
          if (i!.push) out.push({ k: "store", array: s.array, index: s.index, value: popReal(), loc: s.loc });
          out.push(...i!.adj.map((a) => ({ ...a, loc: s.loc })));
          break;
        }
        case "if": {
          if (!this.needsFlag(s)) break;
          out.push({ k: "if", test: popBranch(), then: this.reverse(s.then), else: this.reverse(s.else), loc: s.loc });
          break;
        }
        case "for": {
          const body = this.reverse(s.body);
          if (isEmpty(body)) break;
          if (s.checkpoint) {
            // (the re-run's locals are declared where it runs; run() turns the hoisted ones into assignments)
            out.push(...checkpointReverse(s, this.sweeps(new Map(), this.restoredLocals)));
            break;
          }
          const one = num(1, "int");
          const int = (op: "+" | "-", a: Expr, b: Expr): Expr => ({ k: "binary", op, left: a, right: b, ty: "int" });
          // Replay the same counter values backwards.
          const rev: Record<typeof s.cmp, [Expr, "<=" | ">="]> = {
            "<": [int("-", s.to, one), ">="],
            "<=": [s.to, ">="],
            ">": [int("+", s.to, one), "<="],
            ">=": [s.to, "<="],
          };
          const [start, cmp] = rev[s.cmp];
          out.push({ k: "for", v: s.v, from: start, cmp, to: s.from, step: -s.step, body, loc: s.loc });
          break;
        }
        case "while": {
          const body = this.reverse(s.body);
          if (isEmpty(body)) break;
          const k = this.reverseCounterName(s);
          out.push({ k: "for", v: k, from: popInteger(), cmp: ">", to: num(0, "int"), step: -1, body, loc: s.loc });
          break;
        }
        default:
          break;
      }
    }
    return out;
  }
}

function zero(ty: ScalarType): Expr {
  return ty === "bool" ? { k: "bool", value: false } : num(0, ty === "int" ? "int" : "real");
}

function readNames(e: Expr): Set<string> {
  const r = new Set<string>();
  renameExpr(e, (n) => (r.add(n), n));
  return r;
}
