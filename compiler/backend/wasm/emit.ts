/**
 * IR → WebAssembly text (WAT) for one function, several samples per call (see lanes.ts).
 *
 * Every real of the IR becomes `groups` vector locals (`$s.0`, `$s.1`, …): f64x2 in a double build
 * (group g holds lanes 2g, 2g + 1), f32x4 in a single-precision build (lanes 4g … 4g + 3); see
 * shape.ts. Every int and bool is one i32 local. A statement is emitted once per group, so one load
 * of a shared weight (`v128.load64_splat`) feeds all the samples of the call: the matrix-vector loops of a
 * model become register-blocked matrix-matrix loops. Before a statement's groups, its array
 * addresses, shared loads and tape pops are taken once into temporaries (`$a0`, `$w0`, `$p0.g`).
 *
 * The tape (runtime/tape.ts in the TypeScript variants) is two stacks in linear memory, set up by
 * the caller through the module's `tape` export: reals as one v128 per group, ints as i32. A push past
 * the end or a pop below the start stops the call with the module's `fault` global set.
 *
 * The output is folded WAT, one statement per line group, with `;; file:line` comments pointing at
 * the source, so it can be read beside the TypeScript variant it mirrors.
 */
import { CompileError } from "../../diagnostics.js";
import { exprType } from "../../ir/build.js";
import type { CompareOp, Expr, Func, Loc, ScalarType, Stmt } from "../../ir/types.js";
import { someExpr, stmtExprs, subExprs, varsOf } from "../../ir/walk.js";
import { affine } from "../../transforms/affine.js";
import { primitive, primitives } from "../../primitives/registry.js";
import { isPop } from "../../primitives/tape.js";
import type { WasmContext, WasmHelper } from "../../primitives/types.js";
import type { LaneKind } from "../../../runtime/simd/instance.js";
import { accumulated, type LaneParam } from "./lanes.js";
import { F64, type Shape } from "./shape.js";

const CMP_INT: Record<CompareOp, string> = { "<": "i32.lt_s", "<=": "i32.le_s", ">": "i32.gt_s", ">=": "i32.ge_s", "===": "i32.eq", "!==": "i32.ne" };
const CMP_REAL: Record<CompareOp, string> = { "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "===": "eq", "!==": "ne" };
const BIN_INT = {
  "+": "i32.add", "-": "i32.sub", "*": "i32.mul", "%": "i32.rem_s",
  "&": "i32.and", "|": "i32.or", "^": "i32.xor", "<<": "i32.shl", ">>": "i32.shr_s", ">>>": "i32.shr_u",
} as const;

/** A WAT identifier for a TypeScript name (ASCII letters, digits and `_$` pass; others are escaped). */
function ident(name: string): string {
  return name.replace(/[^A-Za-z0-9_$]/g, (c) => `_u${c.codePointAt(0)!.toString(16)}`);
}

interface Scoped {
  wasm: string;
  ty: ScalarType;
}

/** The address bases hoisted out of an innermost loop over IR counter `v` (wasm local `wasm`). */
interface Bases {
  v: string;
  wasm: string;
  varying: Set<string>;
  locals: Map<string, string>;
}

/** A per-sample element held in locals (see FuncEmitter.held). */
interface Held {
  key: string;
  local: string;
  array: string;
  vars: Set<string>;
  dirty: boolean;
}

export class FuncEmitter {
  private readonly lines: string[] = [];
  private depth = 2;
  private readonly locals = new Map<string, "i32" | "v128">();
  private readonly scopes: Map<string, Scoped>[] = [new Map()];
  private readonly kinds = new Map<string, LaneKind>();
  private labels = 0;
  /** Per-statement temporaries (reset per statement; declared once at the largest count): an address, or a loaded value per group. */
  private prepared = new Map<Expr, string | ((g: number) => string)>();
  private tempI = 0;
  private tempP = 0;
  private lastLine = -1;
  /**
   * Within a straight run of statements: shared loads already taken (shared arrays never change
   * during a call), and increments of accumulated shared elements not yet added to memory (nothing
   * reads those arrays, so each element gets one read-modify-write per run instead of one per
   * statement). Both keyed by array and index; dropped when a variable of the index changes, and at
   * every branch or loop.
   */
  private readonly cse = new Map<string, { local: string; vars: Set<string> }>();
  private readonly pending = new Map<string, { local: string; vars: Set<string> }>();
  /**
   * Per-sample elements held in locals within the run (`$eN.g`, address in `$eN.addr`): read once,
   * and when `dirty`, written to memory only at the end of the run, or before the array is accessed
   * at another index (which may be the same element) — so that rows jammed side by side load and
   * store a shared element such as act_b[i] once (transforms/jam.ts).
   */
  private readonly held = new Map<string, Held>();
  /** Inside an innermost counted loop: its hoisted address bases (see hoistBases). */
  private bases: Bases | undefined;
  private kept = 0;
  /** WAT helpers the function calls, with the helpers they call (emitted once per module). */
  readonly helpers = new Set<WasmHelper>();
  private readonly lanes: number;

  constructor(private readonly fn: Func, private readonly params: LaneParam[], private readonly groups: number, private readonly shape: Shape = F64) {
    this.lanes = shape.lanes * groups;
    for (const p of params) this.kinds.set(p.name, p.kind);
  }

  /** The `(func …)` text. */
  emit(): string {
    const head: string[] = [];
    for (const p of this.params) {
      const id = ident(p.name);
      if (p.kind === "int") {
        head.push(`(param $${id} i32)`);
        this.declare(p.name, this.fn.params.find((q) => q.name === p.name)!.ty as ScalarType, false);
      } else if (p.kind === "real") {
        head.push(`(param $${id}.ptr i32)`);
        const w = this.declare(p.name, "real", true);
        for (let g = 0; g < this.groups; g++) this.line(`(local.set $${w}.${g} (v128.load offset=${16 * g} (local.get $${id}.ptr)))`);
      } else head.push(`(param $${id} i32) (param $${id}.length i32)`);
    }
    if (this.fn.ret === "real") head.push("(param $ret.ptr i32)");
    this.stmts(this.fn.body);
    const locals = [...this.locals].map(([n, t]) => `(local $${n} ${t})`);
    const sig = `(func $${ident(this.fn.name)} (export "${this.fn.name}") ${head.join(" ")}`;
    const decl: string[] = [];
    for (let i = 0; i < locals.length; i += 6) decl.push(`    ${locals.slice(i, i + 6).join(" ")}`);
    return [`  ${sig}`, ...decl, ...this.lines, "  )"].join("\n");
  }

  // ---- names and scopes --------------------------------------------------------------------------

  /** Declare IR variable `name` in the current scope; returns its wasm name (a fresh one if it shadows). */
  private declare(name: string, ty: ScalarType, real: boolean): string {
    const base = ident(name), want = real ? "v128" : "i32";
    const key = (w: string) => (real ? `${w}.0` : w);
    const shadows = this.scopes.some((s) => s.has(name));
    let wasm = base;
    const taken = (w: string) => this.locals.has(key(w)) || this.params.some((p) => ident(p.name) === w);
    for (let k = 2; (shadows && taken(wasm)) || (this.locals.has(key(wasm)) && this.locals.get(key(wasm)) !== want); k++) wasm = `${base}~${k}`;
    this.scopes[this.scopes.length - 1]!.set(name, { wasm, ty });
    if (real) for (let g = 0; g < this.groups; g++) this.locals.set(`${wasm}.${g}`, "v128");
    else if (!this.params.some((p) => p.name === name && p.kind === "int")) this.locals.set(wasm, "i32");
    return wasm;
  }

  private lookup(name: string, loc: Loc | undefined): Scoped {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i]!.get(name);
      if (v) return v;
    }
    throw this.error(`internal: '${name}' is not declared before its use`, loc);
  }

  private error(message: string, loc: Loc | undefined): CompileError {
    return new CompileError(`${this.fn.name} (SIMD backend): ${message}`, loc ?? this.fn.loc, "@simd");
  }

  private line(text: string): void {
    this.lines.push(`${"  ".repeat(this.depth)}${text}`);
  }

  private freshLabel(): number {
    return this.labels++;
  }

  // ---- statements --------------------------------------------------------------------------------

  /** A block of statements: its own scope, and its run of statements ends with it. */
  private stmts(ss: Stmt[]): void {
    this.scopes.push(new Map());
    for (const s of ss) this.stmt(s);
    this.endRun();
    this.scopes.pop();
  }

  /** End of a straight run: add the pending increments to memory, write back held elements, forget the shared loads. */
  private endRun(): void {
    for (const { local } of this.pending.values()) this.addToMemory(local);
    this.pending.clear();
    this.cse.clear();
    this.release(() => true);
  }

  /** Integer variable `name` changes: what was keyed by an index that reads it is stale. */
  private changed(name: string): void {
    for (const [k, v] of this.pending) {
      if (!v.vars.has(name)) continue;
      this.addToMemory(v.local);
      this.pending.delete(k);
    }
    for (const [k, v] of this.cse) if (v.vars.has(name)) this.cse.delete(k);
    this.release((h) => h.vars.has(name));
  }

  private stmt(s: Stmt): void {
    if (s.loc && s.loc.line !== this.lastLine && s.k !== "comment") {
      this.lastLine = s.loc.line;
      this.line(`;; ${s.loc.file.split(/[\\/]/).pop()}:${s.loc.line}`);
    }
    this.prepared = new Map();
    this.tempI = this.tempP = 0;
    const loc = s.loc;
    if (s.k === "if" || s.k === "for" || s.k === "while" || s.k === "return") this.endRun();
    switch (s.k) {
      case "comment": this.line(`;; ${s.text}`); return;
      case "let": {
        const real = s.ty === "real";
        if (real) this.prepare(s.init, loc);
        const rhs = real ? undefined : this.int(s.init, loc);
        const w = this.declare(s.name, s.ty, real);
        if (!real) this.changed(s.name);
        this.assign(w, s.ty, s.init, rhs, loc);
        return;
      }
      case "assign": {
        const v = this.lookup(s.name, loc);
        if (v.ty === "real") this.prepare(s.value, loc);
        else this.changed(s.name);
        this.assign(v.wasm, v.ty, s.value, v.ty === "real" ? undefined : this.int(s.value, loc), loc);
        return;
      }
      case "store": return this.store(s);
      case "if": {
        const test = this.uniformTest(s.test, loc, "an if");
        this.line(`(if ${test}`);
        this.block("then", s.then);
        if (s.else.length > 0) this.block("else", s.else);
        this.line(")");
        return;
      }
      case "for": return this.forLoop(s);
      case "while": return this.loop(this.uniformTest(s.test, loc, "a while loop"), s.body);
      case "return": {
        if (s.value) {
          this.prepare(s.value, loc);
          for (let g = 0; g < this.groups; g++) this.line(`(v128.store offset=${16 * g} (local.get $ret.ptr) ${this.real(s.value, g, loc)})`);
        }
        this.line("(return)");
        return;
      }
      case "effect": {
        const rule = primitive(s.fn).wasm;
        if (!rule || !("stmt" in rule)) throw this.error(`cannot build '${s.fn}' as a statement`, loc);
        rule.stmt(s.args, this.context(loc));
        return;
      }
      case "do": {
        const e = s.expr;
        throw this.error(`cannot build '${e.k === "runtime" || e.k === "intrinsic" ? e.fn : e.k}' as a statement`, loc);
      }
      case "callstmt": throw this.error(`internal: call of ${s.call.fn} was not inlined`, loc);
      case "alloc": throw this.error(`a local array ('${s.name}') is not built by the SIMD backend; pass it as a per-sample array parameter`, loc);
      case "throw": throw this.error("a throw (an input guard) is not built by the SIMD backend; check the inputs before the call", loc);
      case "break": case "continue": case "loop": case "block": throw this.error(`internal: ${s.k} after structuring`, loc);
    }
  }

  private block(kind: "then" | "else", ss: Stmt[]): void {
    this.line(`(${kind}`);
    this.depth++;
    this.stmts(ss);
    this.depth--;
    this.line(")");
  }

  private assign(w: string, ty: ScalarType, value: Expr, int: string | undefined, loc: Loc | undefined): void {
    if (ty !== "real") { this.line(`(local.set $${w} ${int})`); return; }
    const vals = Array.from({ length: this.groups }, (_, g) => this.real(value, g, loc));
    for (let g = 0; g < this.groups; g++) this.line(`(local.set $${w}.${g} ${vals[g]})`);
  }

  private store(s: Extract<Stmt, { k: "store" }>): void {
    const loc = s.loc;
    const kind = this.kinds.get(s.array);
    if (kind === "accumulate") {
      const increment = accumulated(s)!;
      this.prepare(increment, loc);
      const inc = (g: number) => this.real(increment, g, loc);
      let sum = inc(0);
      for (let g = 1; g < this.groups; g++) sum = `(${this.shape.v}.add ${sum} ${inc(g)})`;
      const key = `${s.array}[${JSON.stringify(s.index)}]`;
      const open = this.pending.get(key);
      if (open) { this.line(`(local.set $${open.local} (${this.shape.v}.add (local.get $${open.local}) ${sum}))`); return; }
      const local = `acc${this.kept++}`;
      this.locals.set(local, "v128");
      this.locals.set(`${local}.addr`, "i32");
      this.line(`(local.set $${local}.addr ${this.addressOf(s.array, s.index, loc)})`);
      this.line(`(local.set $${local} ${sum})`);
      if (hasPop(s.index)) this.addToMemory(local); // its index cannot be evaluated again
      else this.pending.set(key, { local, vars: varsOf(s.index) });
      return;
    }
    if (kind !== "sample") throw this.error(`cannot store to '${s.array}' (${kind ?? "not a parameter"}): only per-sample arrays and accumulated shared arrays are written`, loc);
    this.prepare(s.value, loc);
    const key = `${s.array}[${JSON.stringify(s.index)}]`;
    // an element of the array held at another index may be this one: write it back and forget it
    this.release((h) => h.array === s.array && h.key !== key);
    if (hasPop(s.index)) { // its index cannot be evaluated again: straight to memory
      const a = this.address(s.array, s.index, loc);
      for (let g = 0; g < this.groups; g++) this.line(`(v128.store offset=${16 * g} (local.get ${a}) ${this.real(s.value, g, loc)})`);
      return;
    }
    const vals = Array.from({ length: this.groups }, (_, g) => this.real(s.value, g, loc));
    const h = this.held.get(key) ?? this.hold(key, s.array, s.index, loc);
    for (let g = 0; g < this.groups; g++) this.line(`(local.set $${h.local}.${g} ${vals[g]})`);
    h.dirty = true;
  }

  /** A new held element of a per-sample array: its address in `$eN.addr`, its value to be set by the caller. */
  private hold(key: string, array: string, index: Expr, loc: Loc | undefined): Held {
    const local = `e${this.kept++}`;
    for (let g = 0; g < this.groups; g++) this.locals.set(`${local}.${g}`, "v128");
    this.locals.set(`${local}.addr`, "i32");
    this.line(`(local.set $${local}.addr ${this.addressOf(array, index, loc)})`);
    const h: Held = { key, local, array, vars: varsOf(index), dirty: false };
    this.held.set(key, h);
    return h;
  }

  /** Write back (if dirty) and forget the held elements `which` selects. */
  private release(which: (h: Held) => boolean): void {
    for (const [k, h] of this.held) {
      if (!which(h)) continue;
      this.writeBack(h);
      this.held.delete(k);
    }
  }

  private writeBack(h: Held): void {
    if (!h.dirty) return;
    for (let g = 0; g < this.groups; g++) this.line(`(v128.store offset=${16 * g} (local.get $${h.local}.addr) (local.get $${h.local}.${g}))`);
    h.dirty = false;
  }

  /** Add a pending increment (local `$acc`, its element's address in `$acc.addr`) to memory. */
  private addToMemory(local: string): void {
    this.line(`(v128.store (local.get $${local}.addr) (${this.shape.v}.add (v128.load (local.get $${local}.addr)) (local.get $${local})))`);
  }

  private forLoop(s: Extract<Stmt, { k: "for" }>): void {
    const loc = s.loc;
    const n = this.freshLabel();
    this.scopes.push(new Map());
    const from = this.int(s.from, loc);
    const v = this.declare(s.v, "int", false);
    const to = `to${n}`;
    this.locals.set(to, "i32");
    this.line(`(local.set $${v} ${from})`);
    this.line(`(local.set $${to} ${this.int(s.to, loc)})`);
    const outer = this.bases;
    this.bases = this.hoistBases(s, v, loc);
    this.loop(`(${CMP_INT[s.cmp]} (local.get $${v}) (local.get $${to}))`, s.body, `(local.set $${v} (i32.add (local.get $${v}) (i32.const ${s.step})))`, n);
    this.bases = outer;
    this.scopes.pop();
  }

  /**
   * In an innermost counted loop, an element address base + (r + c·i)·size with r the same in every
   * iteration is computed as $bN + c·i·size, $bN = base + r·size taken before the loop: WebAssembly
   * engines do not move invariant code out of loops, and the index arithmetic would compete with
   * the vector arithmetic for the same execution ports.
   */
  private hoistBases(s: Extract<Stmt, { k: "for" }>, v: string, loc: Loc | undefined): Bases | undefined {
    if (s.body.some((t) => t.k === "for" || t.k === "while" || t.k === "if")) return undefined;
    const varying = new Set<string>([s.v]);
    for (const t of s.body) if (t.k === "let" || t.k === "assign") varying.add(t.name);
    const bases: Bases = { v: s.v, wasm: v, varying, locals: new Map() };
    const visit = (array: string, index: Expr) => {
      const d = this.split(bases, array, index);
      if (!d || bases.locals.has(d.key)) return;
      const local = `b${this.kept++}`;
      this.locals.set(local, "i32");
      this.line(`(local.set $${local} ${this.rawAddress(array, d.rest, loc)})`);
      bases.locals.set(d.key, local);
    };
    const expr = (e: Expr): void => {
      if (e.k === "index") visit(e.array, e.index);
      subExprs(e).forEach(expr);
    };
    for (const t of s.body) {
      if (t.k === "store") visit(t.array, t.index);
      stmtExprs(t).forEach(expr);
    }
    return bases;
  }

  /** index = rest + c·i (c a constant, rest invariant in the loop): the base's key, rest and c. */
  private split(b: Bases, array: string, index: Expr): { key: string; rest: Expr; c: number } | undefined {
    if (hasPop(index) || this.kinds.get(array) === undefined) return undefined;
    const a = affine(index, { counters: new Set([b.v]), defs: new Map(), varying: b.varying });
    const c = a?.terms.get(b.v);
    if (!a || a.terms.size !== 1 || c?.k !== "num") return undefined;
    return { key: `${array}[${JSON.stringify(a.rest)}]`, rest: a.rest, c: c.value };
  }

  /** `while (test) { body; step }` as a block around a loop. */
  private loop(test: string, body: Stmt[], step?: string, n = this.freshLabel()): void {
    this.line(`(block $break${n} (loop $loop${n}`);
    this.depth++;
    this.line(`(br_if $break${n} (i32.eqz ${test}))`);
    this.stmts(body);
    if (step) this.line(step);
    this.line(`(br $loop${n})`);
    this.depth--;
    this.line("))");
  }

  // ---- per-statement preparation -------------------------------------------------------------------

  /** The address of `array[index]` (of its first lane, for per-sample arrays), as an expression. */
  private addressOf(array: string, index: Expr, loc: Loc | undefined): string {
    const d = this.bases && this.split(this.bases, array, index);
    const base = d && this.bases!.locals.get(d.key);
    if (d && base) {
      const i = `(local.get $${this.bases!.wasm})`;
      return `(i32.add (local.get $${base}) ${scaled(d.c === 1 ? i : `(i32.mul ${i} (i32.const ${d.c}))`, this.elementBytes(array))})`;
    }
    return this.rawAddress(array, index, loc);
  }

  /** Bytes per element of an array parameter, by its layout (lanes.ts). */
  private elementBytes(array: string): number {
    const kind = this.kinds.get(array);
    return kind === "sample" ? this.shape.bytes * this.lanes : kind === "accumulate" ? 16 : kind === "intarray" ? 4 : this.shape.bytes;
  }

  private rawAddress(array: string, index: Expr, loc: Loc | undefined): string {
    return `(i32.add (local.get $${ident(array)}) ${scaled(this.int(index, loc), this.elementBytes(array))})`;
  }

  /** The address of `array[index]` in a fresh i32 temporary. */
  private address(array: string, index: Expr, loc: Loc | undefined): string {
    const t = `$a${this.tempI++}`;
    this.locals.set(t.slice(1), "i32");
    this.line(`(local.set ${t} ${this.addressOf(array, index, loc)})`);
    return t;
  }

  /** Take the addresses, shared loads and pops of a real expression into temporaries, in evaluation order. */
  private prepare(e: Expr, loc: Loc | undefined): void {
    switch (e.k) {
      case "index": {
        const kind = this.kinds.get(e.array);
        if (kind === "accumulate") throw this.error(`reads '${e.array}', a shared array it also accumulates into`, loc);
        if (kind === "shared") {
          const key = `${e.array}[${JSON.stringify(e.index)}]`;
          const hit = this.cse.get(key);
          if (hit) { this.prepared.set(e, `(local.get $${hit.local})`); return; }
          const w = `w${this.kept++}`;
          this.locals.set(w, "v128");
          this.line(`(local.set $${w} (${this.shape.loadSplat} ${this.addressOf(e.array, e.index, loc)}))`);
          this.prepared.set(e, `(local.get $${w})`);
          if (!hasPop(e.index)) this.cse.set(key, { local: w, vars: varsOf(e.index) });
        } else {
          const key = `${e.array}[${JSON.stringify(e.index)}]`;
          let h = this.held.get(key);
          if (!h) {
            // an element of the array written at another index may be this one: memory first
            for (const o of this.held.values()) if (o.array === e.array) this.writeBack(o);
            if (hasPop(e.index)) { this.prepared.set(e, this.address(e.array, e.index, loc)); return; }
            h = this.hold(key, e.array, e.index, loc);
            for (let g = 0; g < this.groups; g++) this.line(`(local.set $${h.local}.${g} (v128.load offset=${16 * g} (local.get $${h.local}.addr)))`);
          }
          const local = h.local;
          this.prepared.set(e, (g) => `(local.get $${local}.${g})`);
        }
        return;
      }
      case "neg": case "not": this.prepare(e.arg, loc); return;
      case "binary": case "compare": case "logical": this.prepare(e.left, loc); this.prepare(e.right, loc); return;
      case "cond": this.prepare(e.test, loc); this.prepare(e.then, loc); this.prepare(e.else, loc); return;
      case "intrinsic": {
        const rule = primitive(e.fn).wasm;
        if (rule && "load" in rule) this.prepared.set(e, rule.load(this.context(loc)));
        else for (const a of e.args) this.prepare(a, loc);
        return;
      }
      default: return;
    }
  }

  /** What a primitive's own WAT code sees of this emitter. */
  private context(loc: Loc | undefined): WasmContext {
    return {
      shape: this.shape,
      groups: this.groups,
      line: (text) => this.line(text),
      real: (e, g) => this.real(e, g, loc),
      int: (e) => this.int(e, loc),
      prepare: (e) => this.prepare(e, loc),
      temp: (prefix) => {
        const p = `${prefix}${this.tempP++}`;
        for (let g = 0; g < this.groups; g++) this.locals.set(`${p}.${g}`, "v128");
        return `$${p}`;
      },
    };
  }

  // ---- expressions ---------------------------------------------------------------------------------

  /** Group g's vector of a real expression (after `prepare`). */
  private real(e: Expr, g: number, loc: Loc | undefined): string {
    const { v, s } = this.shape;
    if (exprType(e) !== "real") return `(${v}.splat (${s}.convert_i32_s ${this.int(e, loc)}))`;
    switch (e.k) {
      case "num": return this.shape.splat(e.value);
      case "var": return `(local.get $${this.lookup(e.name, loc).wasm}.${g})`;
      case "index": {
        const p = this.prepared.get(e);
        if (typeof p === "function") return p(g);
        if (typeof p !== "string") throw this.error(`internal: unprepared read of ${e.array}`, loc);
        return this.kinds.get(e.array) === "shared" ? p : `(v128.load offset=${16 * g} (local.get ${p}))`;
      }
      case "neg": return this.call("neg", [e.arg], g, loc);
      case "binary": {
        if (e.op === "%") throw this.error("real '%' is not built by the SIMD backend", loc);
        return this.call(e.op, [e.left, e.right], g, loc);
      }
      case "cond": {
        const [a, b] = [this.real(e.then, g, loc), this.real(e.else, g, loc)];
        return this.varying(e.test) ? `(v128.bitselect ${a} ${b} ${this.mask(e.test, g, loc)})` : `(select (result v128) ${a} ${b} ${this.int(e.test, loc)})`;
      }
      case "intrinsic": {
        const loaded = this.prepared.get(e);
        if (typeof loaded === "function") return loaded(g);
        return this.call(e.fn, e.args, g, loc);
      }
      default: throw this.error(`cannot build a real '${e.k}' expression`, loc);
    }
  }

  /** Group g of a real primitive applied to `args`, as its WasmRule says. */
  private call(name: string, args: Expr[], g: number, loc: Loc | undefined): string {
    const rule = primitive(name).wasm;
    if (rule && "expand" in rule) return this.real(rule.expand(args), g, loc);
    const vals = () => args.map((a) => this.real(a, g, loc)).join(" ");
    if (rule && "native" in rule) return `(${this.shape.v}.${rule.native} ${vals()})`;
    if (rule && "helper" in rule) {
      const add = (h: WasmHelper): void => { this.helpers.add(h); h.uses.forEach(add); };
      add(rule.helper);
      return `(call $${rule.helper.name} ${vals()})`;
    }
    const available = primitives().filter((p) => p.wasm && ("math" in p.spelling || "runtime" in p.spelling || "internal" in p.spelling)).map((p) => p.name);
    throw this.error(`'${name}' has no SIMD implementation yet (no vector version; available: ${available.join(", ")}); leave this variant out of @simd`, loc);
  }

  /** Does a boolean depend on a per-sample (real) value? */
  private varying(e: Expr): boolean {
    switch (e.k) {
      case "compare": return exprType(e.left) === "real" || exprType(e.right) === "real";
      case "logical": return this.varying(e.left) || this.varying(e.right);
      case "not": return this.varying(e.arg);
      case "cond": return this.varying(e.test) || this.varying(e.then) || this.varying(e.else);
      default: return false;
    }
  }

  /** Group g's lane mask (all ones = true) of a boolean. */
  private mask(e: Expr, g: number, loc: Loc | undefined): string {
    if (!this.varying(e)) {
      const all = `(i32.sub (i32.const 0) ${this.int(e, loc)})`;
      return this.shape.precision === "f32" ? `(i32x4.splat ${all})` : `(i64x2.splat (i64.extend_i32_s ${all}))`;
    }
    switch (e.k) {
      case "compare": return `(${this.shape.v}.${CMP_REAL[e.op]} ${this.real(e.left, g, loc)} ${this.real(e.right, g, loc)})`;
      case "logical": return `(${e.op === "&&" ? "v128.and" : "v128.or"} ${this.mask(e.left, g, loc)} ${this.mask(e.right, g, loc)})`;
      case "not": return `(v128.not ${this.mask(e.arg, g, loc)})`;
      default: throw this.error(`cannot build a per-sample '${e.k}' condition`, loc);
    }
  }

  private uniformTest(e: Expr, loc: Loc | undefined, what: string): string {
    if (this.varying(e)) throw this.error(`${what} tests a per-sample (real) value, so the samples of one call could take different paths; the SIMD backend builds only branches and loops on integers (write the choice as a ?: expression, or leave this variant out of @simd)`, loc);
    return this.int(e, loc);
  }

  /** An int or bool expression (the same for every sample). */
  private int(e: Expr, loc: Loc | undefined): string {
    switch (e.k) {
      case "num": {
        if (!Number.isInteger(e.value) || Math.abs(e.value) > 2 ** 31 - 1) throw this.error(`integer ${e.value} does not fit an i32`, loc);
        return `(i32.const ${e.value})`;
      }
      case "bool": return `(i32.const ${e.value ? 1 : 0})`;
      case "var": {
        const v = this.lookup(e.name, loc);
        if (v.ty === "real") throw this.error(`'${e.name}' is real where an integer is needed`, loc);
        return `(local.get $${v.wasm})`;
      }
      case "iindex": return `(i32.load (i32.add (local.get $${ident(e.array)}) (i32.shl ${this.int(e.index, loc)} (i32.const 2))))`;
      case "length": return `(local.get $${ident(e.array)}.length)`;
      case "neg": return `(i32.sub (i32.const 0) ${this.int(e.arg, loc)})`;
      case "not": return `(i32.eqz ${this.int(e.arg, loc)})`;
      case "binary": {
        if (e.op === "/") throw this.error("integer '/' is not built by the SIMD backend", loc);
        return `(${BIN_INT[e.op]} ${this.int(e.left, loc)} ${this.int(e.right, loc)})`;
      }
      case "compare": {
        if (this.varying(e)) throw this.error("a comparison of per-sample (real) values is used as a boolean the samples share", loc);
        return `(${CMP_INT[e.op]} ${this.int(e.left, loc)} ${this.int(e.right, loc)})`;
      }
      case "logical": {
        const [a, b] = [this.int(e.left, loc), this.int(e.right, loc)];
        return e.op === "&&" ? `(if (result i32) ${a} (then ${b}) (else (i32.const 0)))` : `(if (result i32) ${a} (then (i32.const 1)) (else ${b}))`;
      }
      case "cond": return `(if (result i32) ${this.uniformTest(e.test, loc, "a ?: on integers")} (then ${this.int(e.then, loc)}) (else ${this.int(e.else, loc)}))`;
      case "intrinsic": {
        const rule = primitive(e.fn).wasm;
        if (e.ty !== undefined && rule && "int" in rule) return rule.int(this.context(loc)); // an integer or a branch flag
        throw this.error(`cannot build '${e.fn}' where an integer is needed`, loc);
      }
      default: throw this.error(`cannot build '${e.k === "runtime" ? e.fn : e.k}' where an integer is needed`, loc);
    }
  }
}

const hasPop = (e: Expr): boolean => someExpr(e, isPop);

/** `index · bytes` (a shift when bytes is a power of two). */
function scaled(index: string, bytes: number): string {
  const shift = Math.log2(bytes);
  return Number.isInteger(shift) ? `(i32.shl ${index} (i32.const ${shift}))` : `(i32.mul ${index} (i32.const ${bytes}))`;
}
