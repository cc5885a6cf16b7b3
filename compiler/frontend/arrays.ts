/**
 * Arrays inside a function, between its expressions (expressions.ts) and its statements
 * (function.ts): element reads and writes, `.length`, array arguments (parameters, local arrays,
 * array literals, `arr.map(f)`), local arrays (one allocation each, outside loops: `new
 * Float64Array(n)`, `new Array(n).fill(v)`, `[a, b]`, `[]` sized by the counted loop that fills it
 * or by its pushes), and the callbacks of `map`/`reduce`/`forEach` and local arrows, inlined.
 */
import { ts } from "ts-morph";
import { exprType, num } from "../ir/build.js";
import type { Expr, Loc, Param, ScalarType, Stmt } from "../ir/types.js";
import { constant, ExpressionLowerer, type VarInfo } from "./expressions.js";
import { kindOfType } from "./kinds.js";

export abstract class ArrayLowerer extends ExpressionLowerer {
  /** Local functions (`const g = (y) => …`), inlined at their calls. */
  protected readonly localFunctions = new Map<ts.Symbol, ts.ArrowFunction | ts.FunctionExpression>();
  /** Local arrays filled by push: their element count so far (an integer local, which `.length` reads). */
  private readonly pushCounters = new Map<string, string>();
  /** Depth of loops around the statement being lowered (local arrays are allocated outside loops). */
  protected loopDepth = 0;

  /** Module constant arrays read by this function: copied into a local array in its prologue. */
  protected readonly prologue: Stmt[] = [];
  private readonly moduleArrays = new Map<ts.Symbol, VarInfo>();
  /** Names of arrays that must not be written (module constants: a write would change them for every later call). */
  protected readonly readOnlyArrays = new Set<string>();

  /** A name of this function, or else a module constant array (`const COEFFS = [0.3, 1.2, …]`). */
  protected override lookup(id: ts.Identifier): VarInfo | undefined {
    const v = super.lookup(id);
    if (v) return v;
    const sym = this.checker.getSymbolAtLocation(id);
    if (!sym) return undefined;
    const known = this.moduleArrays.get(sym);
    if (known) return known;
    const def = this.owner.resolver.definition(id);
    if (def?.kind !== "constantArray") return undefined;
    const info = this.declareSymbol(sym, id.text, "array");
    this.scopes[0]!.set(sym, info); // visible everywhere in the function
    this.moduleArrays.set(sym, info);
    this.readOnlyArrays.add(info.name);
    this.prologue.push({ k: "alloc", name: info.name, length: num(def.values.length, "int"), values: def.values, loc: this.loc(id) });
    return info;
  }

  protected abstract recordArgument(a: ts.Expression, p: Param, calleeName: string): Expr;
  protected abstract fieldOf(e: ts.Expression, key: string, at: ts.Node): Expr;
  protected abstract block(stmts: ts.NodeArray<ts.Statement> | readonly ts.Statement[]): Stmt[];

  protected elementAccess(e: ts.ElementAccessExpression): { array: string; index: Expr; int: boolean } {
    if (!ts.isIdentifier(e.expression)) this.err(e.expression, "only array parameters can be indexed", "element access");
    const v = this.lookup(e.expression);
    if (!v || (v.ty !== "array" && v.ty !== "intarray")) this.err(e.expression, `'${e.expression.text}' is not an array (a parameter, a local array, or a module \`const\` array of numbers)`, "element access");
    return { array: v.name, index: this.intExpr(e.argumentExpression), int: v.ty === "intarray" };
  }

  protected elementRead(e: ts.ElementAccessExpression): Expr {
    const { array, index, int } = this.elementAccess(e);
    if (this.pointers.has(array)) return this.pointeeRead(array, index);
    return int ? { k: "iindex", array, index } : { k: "index", array, index };
  }

  /** `this` inside a method (its record parameter) or a constructor being evaluated (the fields so far). */
  protected self: VarInfo | undefined;

  /** The record or array an expression names: a local or parameter, or `this`. */
  protected receiver(e: ts.Expression): VarInfo | undefined {
    e = skipParens(e);
    if (e.kind === ts.SyntaxKind.ThisKeyword) {
      if (!this.self) this.err(e, "'this' outside a class's constructor or method", "this");
      return this.self;
    }
    return ts.isIdentifier(e) ? this.lookup(e) : undefined;
  }

  protected property(e: ts.PropertyAccessExpression): Expr {
    if (e.expression.kind === ts.SyntaxKind.ThisKeyword) return this.fieldOf(e.expression, e.name.text, e);
    if (ts.isIdentifier(e.expression)) {
      const v = this.lookup(e.expression);
      if (e.name.text === "length" && (v?.ty === "array" || v?.ty === "intarray")) {
        const counter = this.pushCounters.get(v.name);
        const pointer = this.pointers.get(v.name);
        if (pointer) return { k: "var", name: pointer.length, ty: "int" };
        return counter ? { k: "var", name: counter, ty: "int" } : { k: "length", array: v.name };
      }
      if (v?.ty === "record") return this.fieldOf(e.expression, e.name.text, e);
    }
    const def = this.owner.resolver.definition(e);
    if (def?.kind === "constant") return constant(def.value);
    this.err(e, `property access '${e.getText()}' is not supported`, "property access");
  }

  protected arrayArgument(a: ts.Expression, p: Param, calleeName: string): Expr {
    if (p.ty === "record") return this.recordArgument(a, p, calleeName);
    const inner = skipParens(a);
    if (p.ty === "array" && isMap(inner)) return { k: "var", name: this.temporaryMap(inner, p.name), ty: "real" };
    if (p.ty === "array" && ts.isArrayLiteralExpression(inner)) {
      // [a, b, c] as an argument: a local array, filled before the call
      if (this.loopDepth > 0) this.err(a, "an array literal argument inside a loop: build it in a local array before the loop", "array literal");
      const values = inner.elements.map((x) => {
        if (ts.isSpreadElement(x)) this.err(x, "spread elements are not supported", "spread");
        return this.realExpr(x);
      });
      const name = this.freshInt(`${p.name}_literal`);
      const loc = this.loc(a);
      this.pre.push({ k: "alloc", name, length: num(values.length, "int"), loc }, ...values.map((value, i): Stmt => ({ k: "store", array: name, index: num(i, "int"), value, loc })));
      return { k: "var", name, ty: "real" };
    }
    const want = p.ty === "array" ? "Float64Array or number[]" : "Int32Array";
    if ((p.ty === "array" || p.ty === "intarray") && ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression)
      && inner.expression.name.text === "subarray" && ts.isIdentifier(inner.expression.expression)) return this.subarray(inner, inner.expression.expression, p, want);
    if (!ts.isIdentifier(a)) this.err(a, `argument '${p.name}' of ${calleeName} must be a ${want} (a parameter or a local array${p.ty === "array" ? ", an array literal or arr.map(f)" : ""})`, "array argument");
    const v = this.lookup(a);
    if (!v || v.ty !== p.ty) this.err(a, `'${a.text}' is not a ${want} parameter`, "array argument");
    return { k: "var", name: v.name, ty: "real" }; // an array passed by name (an array variable: the call runs for each array it may point to, inlineCall)
  }

  // ---- array variables that point to other arrays ---------------------------------------------

  /** Array locals that name another array, or views of several (`let cur = input; … cur = state;`), by name. */
  protected readonly pointers = new Map<string, { targets: string[]; which: string; at: string; length: string }>();

  /** The array `x` names (`a`, or `a.subarray(k, m)`), if it is an array of this function. */
  private viewTarget(x: ts.Expression): VarInfo | undefined {
    x = skipParens(x);
    if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && x.expression.name.text === "subarray") x = x.expression.expression;
    const v = ts.isIdentifier(x) ? this.lookup(x) : undefined;
    return v?.ty === "array" ? v : undefined;
  }

  /** Where `x` points: which of the targets, from which element, how many. */
  private pointee(x: ts.Expression, targets: readonly string[]): { which: number; at: Expr; length: Expr } {
    x = skipParens(x);
    const v = this.viewTarget(x)!;
    if (this.pointers.has(v.name)) this.err(x, `'${x.getText()}' is itself an array variable; point to the array it names`, "array variable");
    const which = targets.indexOf(v.name);
    if (ts.isCallExpression(x)) {
      const view = this.subarray(x, (x.expression as ts.PropertyAccessExpression).expression as ts.Identifier, { name: "view", ty: "array" }, "Float64Array");
      if (view.k !== "view") throw new Error("internal: a subarray is a view");
      return { which, at: view.offset, length: view.length };
    }
    return { which, at: num(0, "int"), length: { k: "length", array: v.name } };
  }

  /**
   * `let cur = input;` (or `= a.subarray(k)`), later `cur = state;`: an array variable that points to
   * one of the arrays it is ever given (C's pointer re-pointed). It is which one, from which element
   * and how long: its reads choose among them, its writes go to the one it points to, and a call it
   * is passed to runs for each (the arrays must be declared before it).
   */
  private pointerDecl(d: ts.VariableDeclaration, id: ts.Identifier, init: ts.Expression, loc: Loc): Stmt[] {
    const sym = this.checker.getSymbolAtLocation(id)!;
    const given: ts.Expression[] = [init];
    const visit = (n: ts.Node): void => {
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(n.left) && this.checker.getSymbolAtLocation(n.left) === sym) given.push(n.right);
      ts.forEachChild(n, visit);
    };
    visit(this.fn);
    const targets: string[] = [];
    for (const x of given) {
      const v = this.viewTarget(x);
      if (!v) this.err(x, `'${id.text}' is an array variable: it can be given arrays of this function or their views (a, a.subarray(k, m)), declared before it; not '${x.getText()}'`, "array variable");
      if (!targets.includes(v.name)) targets.push(v.name);
    }
    const info = this.declare(id, "array");
    const p = { targets, which: this.freshInt(`${info.name}_which`), at: this.freshInt(`${info.name}_at`), length: this.freshInt(`${info.name}_length`) };
    const first = this.pointee(init, targets);
    this.pointers.set(info.name, p);
    return [...this.pre.splice(0),
      { k: "let", name: p.which, ty: "int", init: num(first.which, "int"), mutable: true, loc },
      { k: "let", name: p.at, ty: "int", init: first.at, mutable: true, loc },
      { k: "let", name: p.length, ty: "int", init: first.length, mutable: true, loc }];
  }

  /** `cur = state` for an array variable: it points there now. */
  protected repoint(name: string, x: ts.Expression): void {
    const p = this.pointers.get(name)!;
    const to = this.pointee(x, p.targets);
    if (to.which < 0) throw new Error(`internal: '${x.getText()}' is not among the targets of ${name}`);
    this.pre.push({ k: "assign", name: p.which, value: num(to.which, "int") }, { k: "assign", name: p.at, value: to.at }, { k: "assign", name: p.length, value: to.length });
  }

  /** `k`: the statements for each array an array variable may point to, chosen at run time. */
  protected eachPointee(name: string, body: (target: string, at: Expr, length: Expr) => Stmt[]): Stmt[] {
    const p = this.pointers.get(name)!;
    const at: Expr = { k: "var", name: p.at, ty: "int" }, length: Expr = { k: "var", name: p.length, ty: "int" };
    let chain: Stmt[] = body(p.targets[p.targets.length - 1]!, at, length);
    for (let k = p.targets.length - 2; k >= 0; k--) {
      chain = [{ k: "if", test: { k: "compare", op: "===", left: { k: "var", name: p.which, ty: "int" }, right: num(k, "int") }, then: body(p.targets[k]!, at, length), else: chain }];
    }
    return chain;
  }

  /** An element of what an array variable points to. */
  protected pointeeRead(name: string, index: Expr): Expr {
    const p = this.pointers.get(name)!;
    const i = this.twice(index);
    const at: Expr = { k: "var", name: p.at, ty: "int" };
    const read = (t: string): Expr => ({ k: "index", array: t, index: { k: "binary", op: "+", left: at, right: i, ty: "int" } });
    let e = read(p.targets[p.targets.length - 1]!);
    for (let k = p.targets.length - 2; k >= 0; k--) {
      e = { k: "cond", test: { k: "compare", op: "===", left: { k: "var", name: p.which, ty: "int" }, right: num(k, "int") }, then: read(p.targets[k]!), else: e, ty: "real" };
    }
    return e;
  }

  /**
   * `a.subarray(k)` / `a.subarray(k, m)` as an argument: a view of a's elements k…m−1, which the callee
   * reads and writes in place (C's `a + k`). Checked at run time to lie inside `a` (JavaScript would
   * count a negative k from the end and clamp m; here that is an error naming the call).
   */
  private subarray(call: ts.CallExpression, on: ts.Identifier, p: Param, want: string): Expr {
    const v = this.lookup(on);
    if (!v || v.ty !== p.ty) this.err(on, `'${on.text}' is not a ${want}`, "subarray");
    if (call.arguments.length < 1 || call.arguments.length > 2) this.err(call, "subarray takes a start and an optional end", "subarray");
    const { at, end } = this.range(call, v.name, call.arguments[0]!, call.arguments[1], on.text);
    return { k: "view", array: v.name, offset: at, length: { k: "binary", op: "-", left: end, right: at, ty: "int" } };
  }

  /**
   * The elements `from`…`to` − 1 of `array` (`to` absent: to its end), as read once; checked at run time
   * to lie inside it, else the call throws naming `call` (JavaScript would count a negative start from
   * the end and clamp the end).
   */
  private range(call: ts.Node, array: string, from: ts.Expression, to: ts.Expression | undefined, arrayText: string): { at: Expr; end: Expr } {
    const at = this.twice(this.intExpr(from));
    const length: Expr = { k: "length", array };
    const end = to ? this.twice(this.intExpr(to)) : length;
    const cmp = (op: "<" | ">", l: Expr, r: Expr): Expr => ({ k: "compare", op, left: l, right: r });
    const or = (l: Expr, r: Expr): Expr => ({ k: "logical", op: "||", left: l, right: r });
    const outside = or(cmp("<", at, num(0, "int")), to ? or(cmp(">", at, end), cmp(">", end, length)) : cmp(">", at, length));
    this.pre.push({ k: "if", test: outside, then: [{ k: "throw", parts: [{ k: "str", value: `${call.getText()} is not inside ${arrayText}` }], loc: this.loc(call) }], else: [] });
    return { at, end };
  }

  // ---- local arrays ---------------------------------------------------------------------------

  /**
   * A local array: `new Float64Array(n)`, `new Array(n).fill(v)`, `[a, b, c]`, `arr.map(f)`, or
   * `[]` filled by a counted loop (its size is the loop's bound). One allocation, where it is
   * declared, outside any loop.
   */
  protected localArray(d: ts.VariableDeclaration, loc: Loc): Stmt[] {
    const id = d.name as ts.Identifier;
    const init = d.initializer ? skipParens(d.initializer) : undefined;
    if (this.loopDepth > 0) this.err(d, `local array '${id.text}' inside a loop: allocate it once, before the loop`, "local array");
    if (!init) this.err(d, `local array '${id.text}' needs a value (new Float64Array(n), [a, b], …)`, "local array");
    if (this.viewTarget(init)) return this.pointerDecl(d, id, init, loc);
    const out: Stmt[] = [];
    const declareArray = (length: Expr): string => {
      const info = this.declare(id, "array");
      out.push(...this.pre.splice(0), { k: "alloc", name: info.name, length, loc });
      return info.name;
    };
    const fill = (name: string, length: Expr, value: Expr) => {
      if (value.k === "num" && value.value === 0) return;
      const i = this.freshInt("i");
      out.push({ k: "for", v: i, from: num(0, "int"), cmp: "<", to: length, step: 1, body: [{ k: "store", array: name, index: { k: "var", name: i, ty: "int" }, value }], loc });
    };
    // a copy: a.slice(), a.slice(k), a.slice(k, m), Float64Array.from(a), new Float64Array(a), [...a]
    const copied = this.copyOf(init);
    if (copied) {
      const src = this.arrayOf(copied.of);
      const { at, end } = copied.from ? this.range(init, src.name, copied.from, copied.to, copied.of.getText())
        : { at: num(0, "int"), end: { k: "length", array: src.name } as Expr };
      const zero = at.k === "num" && at.value === 0;
      const length = zero ? this.twice(end) : end.k === "num" && at.k === "num" ? num(end.value - at.value, "int") : this.twice({ k: "binary", op: "-", left: end, right: at, ty: "int" });
      const name = declareArray(length);
      const i = this.freshInt("i");
      const iv: Expr = { k: "var", name: i, ty: "int" };
      const read: Expr = { k: src.int ? "iindex" : "index", array: src.name, index: zero ? iv : { k: "binary", op: "+", left: at, right: iv, ty: "int" } };
      out.push({ k: "for", v: i, from: num(0, "int"), cmp: "<", to: length, step: 1, body: [{ k: "store", array: name, index: iv, value: read }], loc });
      return out;
    }
    // new Float64Array(n), new Array(n), Array(n), each optionally .fill(v)
    let filled: Expr = num(0);
    let base = init;
    if (ts.isCallExpression(base) && ts.isPropertyAccessExpression(base.expression) && base.expression.name.text === "fill" && base.arguments.length === 1) {
      filled = this.realExpr(base.arguments[0]!);
      base = base.expression.expression;
    }
    if ((ts.isNewExpression(base) || ts.isCallExpression(base)) && ts.isIdentifier(base.expression) && ["Float64Array", "Array"].includes(base.expression.text) && base.arguments?.length === 1) {
      const length = this.twice(this.intExpr(base.arguments[0]!));
      const name = declareArray(length);
      fill(name, length, filled);
      return out;
    }
    if (ts.isArrayLiteralExpression(init)) {
      if (init.elements.length === 0) {
        const { length, pushed } = this.inferredLength(d, id);
        const name = declareArray(length);
        if (pushed) {
          const counter = this.freshInt(`${name}_count`);
          this.pushCounters.set(name, counter);
          out.push({ k: "let", name: counter, ty: "int", init: num(0, "int"), mutable: true, loc });
        }
        return out;
      }
      const values = init.elements.map((x) => {
        if (ts.isSpreadElement(x)) this.err(x, "spread elements are not supported", "spread");
        return this.realExpr(x);
      });
      const name = declareArray(num(values.length, "int"));
      values.forEach((v, i) => out.push({ k: "store", array: name, index: num(i, "int"), value: v, loc }));
      return out;
    }
    if (isMap(init)) {
      const src = this.arrayOf(init.expression.expression);
      const name = declareArray({ k: "length", array: src.name });
      out.push(...this.mapInto(name, src, init, loc));
      return out;
    }
    this.err(init, `local array '${id.text}': supported values are new Float64Array(n), new Array(n).fill(v), [a, b, …], [] filled by a counted loop, arr.map(f), and copies (a.slice(k, m), Float64Array.from(a), [...a])`, "local array");
  }

  /** `a.slice(k, m)`, `Float64Array.from(a)`, `new Float64Array(a)`, `[...a]` of an array `a`: what is copied. */
  private copyOf(init: ts.Expression): { of: ts.Expression; from?: ts.Expression; to?: ts.Expression } | undefined {
    const isArray = (x: ts.Expression) => {
      const v = ts.isIdentifier(skipParens(x)) ? this.lookup(skipParens(x) as ts.Identifier) : undefined;
      return v?.ty === "array" || v?.ty === "intarray";
    };
    if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && init.expression.name.text === "slice" && isArray(init.expression.expression) && init.arguments.length <= 2) {
      return { of: init.expression.expression, ...(init.arguments[0] ? { from: init.arguments[0] } : {}), ...(init.arguments[1] ? { to: init.arguments[1] } : {}) };
    }
    const callee = ts.isCallExpression(init) || ts.isNewExpression(init) ? init.expression.getText().replace(/\s/g, "") : "";
    if ((ts.isCallExpression(init) || ts.isNewExpression(init)) && ["Float64Array.from", "Float64Array", "Array.from"].includes(callee) && init.arguments?.length === 1 && isArray(init.arguments[0]!)) return { of: init.arguments[0]! };
    if (ts.isArrayLiteralExpression(init) && init.elements.length === 1 && ts.isSpreadElement(init.elements[0]!) && isArray(init.elements[0].expression)) return { of: init.elements[0].expression };
    return undefined;
  }

  /** arr.map(f) used as a value (an argument, the array of a chained reduce): a local array, filled before. */
  private temporaryMap(call: ts.CallExpression & { expression: ts.PropertyAccessExpression }, base = "mapped"): string {
    if (this.loopDepth > 0) this.err(call, "arr.map(f) inside a loop: map into a local array before the loop", "map");
    const src = this.arrayOf(call.expression.expression);
    const name = this.freshInt(base === "mapped" ? base : `${base}_mapped`);
    const loc = this.loc(call);
    this.pre.push({ k: "alloc", name, length: { k: "length", array: src.name }, loc }, ...this.mapInto(name, src, call, loc));
    return name;
  }

  /** `name[i] = f(src[i], i)` for every element. */
  private mapInto(name: string, src: { name: string; int: boolean }, call: ts.CallExpression, loc: Loc): Stmt[] {
    return this.arrayLoop(src, (x, i, body) => {
      const v = this.callback(call.arguments[0], [x, i], body, "real");
      body.push({ k: "store", array: name, index: i, value: v! });
    }, loc);
  }

  /**
   * The size of `const a: number[] = []`: filled by index in a counted loop (the loop's bound), or
   * by `a.push(v)` calls that run unconditionally, each at most inside one counted loop (one element
   * per call, times the loop's trip count where it is in one).
   */
  private inferredLength(d: ts.VariableDeclaration, id: ts.Identifier): { length: Expr; pushed: boolean } {
    const sym = this.checker.getSymbolAtLocation(id);
    const unknown = (why: string): never => this.err(d, `the size of '${id.text}' = [] is not known (${why}): write new Float64Array(n) and fill it by index`, "local array");
    const indexWrites: ts.BinaryExpression[] = [];
    const pushes: Expr[] = [];
    const countedLoop = (n: ts.Node): ts.ForStatement | undefined => {
      let loop: ts.Node | undefined = n.parent;
      while (loop && !ts.isForStatement(loop)) loop = loop.parent;
      return loop && ts.isForStatement(loop) ? loop : undefined;
    };
    const tripCount = (loop: ts.ForStatement, counter?: string): Expr | undefined => {
      const c = loop.condition;
      const init = loop.initializer && ts.isVariableDeclarationList(loop.initializer) && loop.initializer.declarations.length === 1 ? loop.initializer.declarations[0]! : undefined;
      const inc = loop.incrementor;
      if (!c || !init || !ts.isIdentifier(init.name) || !init.initializer || !ts.isBinaryExpression(c) || !ts.isIdentifier(c.left) || c.left.text !== init.name.text) return undefined;
      if (counter !== undefined && counter !== init.name.text) return undefined;
      if (!inc || !((ts.isPostfixUnaryExpression(inc) || ts.isPrefixUnaryExpression(inc)) && inc.operator === ts.SyntaxKind.PlusPlusToken)) return undefined;
      const lt = c.operatorToken.kind === ts.SyntaxKind.LessThanToken, le = c.operatorToken.kind === ts.SyntaxKind.LessThanEqualsToken;
      if (!lt && !le) return undefined;
      const from = this.intExpr(init.initializer), to = this.intExpr(c.right);
      const span: Expr = from.k === "num" && from.value === 0 ? to : { k: "binary", op: "-", left: to, right: from, ty: "int" };
      const count: Expr = le ? { k: "binary", op: "+", left: span, right: num(1, "int"), ty: "int" } : span;
      // a loop whose bound is below its start runs no times
      return from.k === "num" && to.k === "num" ? num(Math.max(0, to.value - from.value + (le ? 1 : 0)), "int")
        : { k: "cond", test: { k: "compare", op: le ? "<=" : "<", left: from, right: to }, then: count, else: num(0, "int"), ty: "int" };
    };
    const visit = (n: ts.Node): void => {
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isElementAccessExpression(n.left) &&
          ts.isIdentifier(n.left.expression) && this.checker.getSymbolAtLocation(n.left.expression) === sym) {
        indexWrites.push(n);
      }
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "push" &&
          ts.isIdentifier(n.expression.expression) && this.checker.getSymbolAtLocation(n.expression.expression) === sym) {
        if (n.arguments.length !== 1) unknown("push takes one value here");
        let loop: ts.ForStatement | undefined;
        for (let up: ts.Node = n.parent; up !== this.fn.body; up = up.parent) {
          if (ts.isForStatement(up) && !loop) loop = up;
          else if (ts.isIterationStatement(up, false) || ts.isIfStatement(up) || ts.isConditionalExpression(up) || ts.isSwitchStatement(up) ||
            ts.isBinaryExpression(up) || ts.isFunctionLike(up) || ts.isCaseClause(up)) unknown(`'${n.getText()}' runs conditionally or in nested loops`);
        }
        if (loop && containsJump(loop.statement)) unknown(`the loop around '${n.getText()}' has break, continue or return`);
        const count = loop ? tripCount(loop) : num(1, "int");
        pushes.push(count ?? unknown(`'${n.getText()}' is not in a loop for (let i = a; i < b; i++)`));
      }
      ts.forEachChild(n, visit);
    };
    visit(this.fn.body!);
    if (pushes.length > 0) {
      // elements written by index after the pushes update them (JavaScript would grow the array past its end)
      const length = pushes.reduce((a, b) => ({ k: "binary", op: "+", left: a, right: b, ty: "int" }));
      return { length: this.twice(length), pushed: true };
    }
    const first = indexWrites[0] ?? unknown("nothing fills it");
    const loop = countedLoop(first);
    const idx = (first.left as ts.ElementAccessExpression).argumentExpression;
    const from = loop?.initializer && ts.isVariableDeclarationList(loop.initializer) ? loop.initializer.declarations[0]?.initializer : undefined;
    const count = loop && ts.isIdentifier(idx) && from && ts.isNumericLiteral(from) && from.text === "0" ? tripCount(loop, idx.text) : undefined;
    return { length: this.twice(count ?? unknown(`'${first.getText()}' is not in a loop for (let i = 0; i < n; i++)`)), pushed: false };
  }

  protected freshInt(base: string): string {
    let name = base;
    for (let k = 1; this.used.has(name); k++) name = `${base}_${k}`;
    this.used.add(name);
    return name;
  }

  /** An array named by an expression (an array parameter or local). */
  protected arrayOf(e: ts.Expression): { name: string; int: boolean } {
    e = skipParens(e);
    const v = ts.isIdentifier(e) ? this.lookup(e) : undefined;
    if (!v || (v.ty !== "array" && v.ty !== "intarray")) this.err(e, `'${e.getText()}' is not an array`, "array method");
    return { name: v.name, int: v.ty === "intarray" };
  }

  /** `for (let i = 0; i < src.length; i++) { x = src[i]; each(x, i, body) }` */
  private arrayLoop(src: { name: string; int: boolean }, each: (x: Expr, i: Expr, body: Stmt[]) => void, loc: Loc): Stmt[] {
    const i = this.freshInt("i");
    const iv: Expr = { k: "var", name: i, ty: "int" };
    const x: Expr = src.int ? { k: "iindex", array: src.name, index: iv } : { k: "index", array: src.name, index: iv };
    const body: Stmt[] = [];
    this.loopDepth++;
    try {
      each(x, iv, body);
    } finally {
      this.loopDepth--;
    }
    return [{ k: "for", v: i, from: num(0, "int"), cmp: "<", to: { k: "length", array: src.name }, step: 1, body, loc }];
  }

  /**
   * A function applied inline (a callback of reduce/map/forEach, or a local arrow called by name):
   * its parameters bound to `args` (locals), its body lowered here, in this function's scopes, so
   * that the variables it closes over are this function's. Its value (undefined for `void`) is
   * returned; its statements go into `body`.
   */
  protected callback(fnNode: ts.Expression | undefined, args: Expr[], body: Stmt[], want: ScalarType | "void"): Expr | undefined {
    const fn = fnNode ? skipParens(fnNode) : undefined;
    const local = fn && ts.isIdentifier(fn) ? this.localFunctions.get(this.checker.getSymbolAtLocation(fn)!) : undefined;
    const f = local ?? fn;
    if (!f || !(ts.isArrowFunction(f) || ts.isFunctionExpression(f))) this.err(fnNode ?? this.fn, "a callback must be an arrow function or a function expression (or a local one)", "callback");
    this.scopes.push(new Map());
    const outer = this.pre;
    this.pre = body;
    try {
      f.parameters.forEach((p, k) => {
        if (!ts.isIdentifier(p.name)) this.err(p, "destructured callback parameters are not supported", "callback");
        let a = args[k];
        if (a === undefined) {
          if (!p.initializer) return;
          a = this.expr(p.initializer);
        }
        const sym = this.checker.getSymbolAtLocation(p.name)!;
        const ty = exprType(a);
        const info = this.declareSymbol(sym, p.name.text, ty);
        body.push({ k: "let", name: info.name, ty, init: a, mutable: true });
      });
      if (!ts.isBlock(f.body)) return want === "void" ? (this.expr(f.body), undefined) : this.typedExpr(f.body, want, "the callback's result");
      // a block body: its returns leave a breakable block with the result assigned
      const result = want === "void" ? undefined : this.mutableTemp(want);
      if (hasReturnInLoop(f.body)) this.err(f.body, "a return inside a loop of a callback is not supported", "callback");
      const saved = this.callbackResult;
      this.callbackResult = { result, want };
      try {
        body.push({ k: "block", body: this.block(f.body.statements), loc: this.loc(f.body) });
      } finally {
        this.callbackResult = saved;
      }
      return result;
    } finally {
      this.pre = outer;
      this.scopes.pop();
    }
  }

  /** Inside an inlined callback's block body: where its `return` puts the value. */
  protected callbackResult: { result: Extract<Expr, { k: "var" }> | undefined; want: ScalarType | "void" } | undefined;

  /** `arr.reduce(f, init)`, `arr.forEach(f)`, `arr.map(f)` (as a local's value), a local function's call. */
  protected special(e: ts.CallExpression): Expr | undefined | "void" {
    const c = e.expression;
    if (ts.isIdentifier(c)) {
      const sym = this.checker.getSymbolAtLocation(c);
      const f = sym ? this.localFunctions.get(sym) : undefined;
      if (!f) return undefined;
      const args = e.arguments.map((a) => this.twice(this.expr(a)));
      const sig = this.checker.getSignatureFromDeclaration(f);
      const rt = sig ? kindOfType(this.checker, this.checker.getReturnTypeOfSignature(sig)) : "number";
      const want: ScalarType | "void" = rt === "void" ? "void" : rt === "boolean" ? "bool" : rt === "string" ? "str" : "real";
      const v = this.callback(c, args, this.pre, want);
      return v ?? "void";
    }
    if (!ts.isPropertyAccessExpression(c)) return undefined;
    const method = c.name.text;
    const target = skipParens(c.expression);
    if (ts.isCallExpression(target) && ts.isPropertyAccessExpression(target.expression) && method !== "map") {
      // a chain: a.map(f).reduce(g, init) maps into a temporary first; other methods are refused there
      if (isMap(target)) {
        const mapped = this.temporaryMap(target);
        return this.arrayMethod(e, method, { name: mapped, int: false });
      }
      this.special(target);
      return undefined;
    }
    const v = ts.isIdentifier(target) ? this.lookup(target) : undefined;
    if (!v || (v.ty !== "array" && v.ty !== "intarray")) return undefined;
    const counter = this.pushCounters.get(v.name);
    if (method === "push" && counter) {
      // a.push(v) on a local sized by its pushes: a[count] = v; count++
      const value = this.realExpr(e.arguments[0]!);
      const at: Expr = { k: "var", name: counter, ty: "int" };
      this.pre.push({ k: "store", array: v.name, index: at, value, loc: this.loc(e) },
        { k: "assign", name: counter, value: { k: "binary", op: "+", left: at, right: num(1, "int"), ty: "int" } });
      return "void";
    }
    if (!["reduce", "forEach", "map"].includes(method)) {
      this.err(c.name, `array method '${method}' is not supported (supported: map, reduce, forEach, length, and loops over the elements)`, "array method");
    }
    return this.arrayMethod(e, method, { name: v.name, int: v.ty === "intarray" });
  }

  private arrayMethod(e: ts.CallExpression, method: string, src: { name: string; int: boolean }): Expr | "void" {
    const loc = this.loc(e);
    if (method === "map") this.err(e, "arr.map(f) is supported as a local's value (const m = arr.map(f)) or as an argument", "map");
    if (method === "forEach") {
      this.pre.push(...this.arrayLoop(src, (x, i, body) => void this.callback(e.arguments[0], [x, i], body, "void"), loc));
      return "void";
    }
    // reduce: an accumulator local, updated by the callback for each element
    if (e.arguments.length !== 2) this.err(e, "reduce needs its initial value: arr.reduce(f, init)", "reduce");
    const init = this.expr(e.arguments[1]!);
    const acc = this.mutableTemp(exprType(init) === "int" ? "real" : exprType(init));
    this.pre.push({ k: "assign", name: acc.name, value: init });
    this.pre.push(...this.arrayLoop(src, (x, i, body) => {
      const r = this.callback(e.arguments[0], [acc, x, i], body, acc.ty);
      body.push({ k: "assign", name: acc.name, value: r! });
    }, loc));
    return acc;
  }
}

/** `arr.map(f)` */
function isMap(e: ts.Expression): e is ts.CallExpression & { expression: ts.PropertyAccessExpression } {
  return ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "map";
}

/** Does a function body return from inside a loop? */
function hasReturnInLoop(body: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node, inLoop: boolean): void => {
    if (ts.isFunctionLike(n) && n !== body.parent) return;
    if (ts.isReturnStatement(n) && inLoop) found = true;
    ts.forEachChild(n, (c) => visit(c, inLoop || ts.isIterationStatement(n, false)));
  };
  visit(body, false);
  return found;
}

/** Does a statement contain break, continue or return (outside nested functions)? */
function containsJump(s: ts.Node): boolean {
  if (ts.isBreakStatement(s) || ts.isContinueStatement(s) || ts.isReturnStatement(s)) return true;
  if (ts.isFunctionLike(s)) return false;
  let found = false;
  ts.forEachChild(s, (c) => { if (!found && containsJump(c)) found = true; });
  return found;
}

export const skipParens = (e: ts.Expression): ts.Expression =>
  ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e) ? skipParens(e.expression) : e;
