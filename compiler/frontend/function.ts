/**
 * One function, TypeScript or JavaScript as written, to IR: its parameters (typed by TypeScript, by
 * JSDoc, or for untyped JavaScript by their uses; defaults kept for calls that leave them out;
 * `@specialize` fixing some to constants), and its statements: `var`/`let`/`const` (with or
 * without a value), assignments, `if`, every `for` (counted loops stay counted; other steps,
 * conditions and updates become general loops), `for…of` over arrays, `while`, `do…while`,
 * `switch`, `break`, `continue`, `return` anywhere, and `throw` (input guards). Jumps are left to
 * the structuring pass (transforms/structure.ts).
 */
import { ts } from "ts-morph";
import { CompileError } from "../diagnostics.js";
import { exprType, num } from "../ir/build.js";
import type { Annotations, BinaryOp, Expr, Func, Loc, Param, ScalarType, Stmt, Type } from "../ir/types.js";
import { varsOf } from "../ir/walk.js";
import { checkpointTag, isDifferentiable, readAnnotations, readSpecializations } from "./annotations.js";
import { ArrayLowerer, skipParens } from "./arrays.js";
import type { VarInfo } from "./expressions.js";
import { inferIntegers } from "./int-inference.js";
import { kindOfType, type Kind } from "./kinds.js";
import { COMPOUND_OPS } from "./operators.js";
import { MAX_RECURSION, type LowerOptions, type ModuleContext } from "./context.js";
import { functionName, type FunctionLike } from "./resolve.js";

export type FunctionOptions = LowerOptions;

/** A method of a class's instances (not static): it reads `this`. */
const isInstanceMethod = (fn: FunctionLike): fn is ts.MethodDeclaration =>
  ts.isMethodDeclaration(fn) && ts.isClassLike(fn.parent) && !ts.getModifiers(fn)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);

const defaultOf = (ty: ScalarType): Expr =>
  ty === "bool" ? { k: "bool", value: false } : ty === "str" ? { k: "str", value: "" } : ty === "int" ? num(0, "int") : num(NaN);

export class FunctionLowerer extends ArrayLowerer {
  protected readonly ints: Set<ts.Symbol>;
  /** `var` declarations that live at function level (used before or outside the block declaring them). */
  private readonly hoistedVars = new Set<ts.Symbol>();
  /** Fields read of each record parameter (by IR name), with their types. */
  private readonly recordFields = new Map<string, Map<string, ScalarType>>();
  /** A tuple function's result parameters. */
  private readonly results: string[] = [];

  constructor(owner: ModuleContext, fn: FunctionLike, checker: ts.TypeChecker, private readonly opts: FunctionOptions) {
    super(owner, fn, checker);
    this.ints = inferIntegers(fn, checker, (c) => {
      const p = owner.primitiveOf(c);
      return p === "unknown" ? undefined : p;
    }, (c) => {
      if (owner.primitiveOf(c) !== undefined) return [];
      if (opts.level === MAX_RECURSION + 1) return []; // past the last level: it only throws, calls nothing
      const def = owner.resolver.definition(c.expression);
      // a local arrow (inlined where it is called, in this function's scopes) has no parameters of its own
      if (def?.kind !== "function" || (def.decl.pos >= fn.pos && def.decl.end <= fn.end && def.decl.getSourceFile() === fn.getSourceFile())) return [];
      // a tuple is destructured (`const [a, b] = f()`) or returned by another tuple function (`return f()`)
      const callee = owner.returnsTuple(def.decl) ? owner.lowerTuple(def.decl) : owner.lowerFunction(def.decl);
      return callee.params.flatMap((p, i) => (p.ty === "int" ? [i] : []));
    });
  }

  lower(): Func {
    const fn = this.fn;
    const loc = this.loc(fn);
    const name = this.opts.name ?? functionName(fn);
    if (!name) this.err(fn, "a differentiated function needs a name (annotate a named function, or `export const name = …`)", "anonymous function");
    if (fn.typeParameters?.length) this.err(fn.typeParameters[0]!, "generic functions are not supported", "type parameter");
    if (fn.asteriskToken || ts.getModifiers(fn)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) this.err(fn, "generators and async functions are not supported");

    this.scopes.push(new Map());
    const tagged = this.opts.tags ?? fn;
    const specialize = readSpecializations(tagged, (n) => this.loc(n));
    const params: Param[] = [];
    const prelude: Stmt[] = [];
    const specialized: NonNullable<Func["specialized"]> = [];
    if (isInstanceMethod(fn)) {
      // a method's `this`: a record parameter of the fields it reads
      const self = this.freshInt("self");
      this.self = { name: self, ty: "record" };
      this.recordFields.set(self, new Map());
      params.push({ name: self, ty: "record" });
    }
    fn.parameters.forEach((p, index) => {
      if (!ts.isIdentifier(p.name)) this.err(p, "destructured parameters are not supported; take the object and read its fields", "destructuring");
      if (p.dotDotDotToken) this.err(p, "rest parameters are not supported", "rest parameter");
      const fixed = specialize.get(p.name.text);
      if (fixed !== undefined) {
        // a parameter fixed by @specialize: a constant of the function, not a parameter of its variants
        const value: Expr = typeof fixed === "string" ? { k: "str", value: fixed } : typeof fixed === "boolean" ? { k: "bool", value: fixed } : num(fixed, Number.isInteger(fixed) ? "int" : "real");
        const info = this.declare(p.name, exprType(value));
        prelude.push({ k: "let", name: info.name, ty: exprType(value), init: value, mutable: true, loc: this.loc(p) });
        specialized.push({ index, value: fixed });
        specialize.delete(p.name.text);
        return;
      }
      const ty = this.paramType(p);
      const info = this.declare(p.name, ty);
      const param: Param = { name: info.name, ty, ...(this.kindOf(p.name) === "numarray" ? { text: "number[]" } : {}) };
      if (ty === "record") this.recordFields.set(info.name, new Map());
      if (p.initializer && ty !== "array" && ty !== "intarray" && ty !== "record") param.default = this.typedExpr(p.initializer, ty, p.name.text);
      params.push(param);
    });
    for (const [p] of specialize) this.err(tagged, `@specialize names '${p}', which is not a parameter of ${name}`, "@specialize");
    for (let i = 0; i < (this.opts.tuple ?? 0); i++) {
      let r = `${name}_${i}`;
      for (let k = 1; this.used.has(r); k++) r = `${name}_${i}_${k}`;
      this.used.add(r);
      this.results.push(r);
      params.push({ name: r, ty: "real", out: true });
    }
    const ret = this.returnType(fn, name);
    const ann = this.opts.entry || ts.getJSDocTags(tagged).length > 0
      ? readAnnotations(tagged, name, params.map((p) => p.name), (n) => this.loc(n))
      : emptyAnnotations();
    if (ann.wrt.length === 0) ann.wrt = params.filter((p) => p.ty === "real" || p.ty === "array" || p.ty === "record").map((p) => p.name);
    for (const w of ann.wrt) {
      const p = params.find((q) => q.name === w)!;
      if (p.ty === "int") throw new CompileError(`@wrt names '${w}', but '${w}' is an integer (used as an index or loop bound) and cannot be differentiated`, loc, "@wrt");
      if (p.ty === "bool" || p.ty === "str") throw new CompileError(`@wrt names '${w}', but '${w}' is a ${p.ty === "bool" ? "boolean" : "string"}`, loc, "@wrt");
    }
    this.collectHoistedVars();
    const hoisted = this.declareHoistedVars();
    const body = this.opts.level === MAX_RECURSION + 1
      ? [{ k: "throw", parts: [{ k: "str", value: `${name} calls itself more than ${MAX_RECURSION} levels deep (the compiler unrolls recursion ${MAX_RECURSION} levels; write a loop)` }], loc } as Stmt]
      : ts.isBlock(fn.body!) ? this.block(fn.body.statements) : this.withPre(() => [{ k: "return", value: this.typedExpr(fn.body as ts.Expression, ret === "void" ? "real" : ret, "the result"), loc }], fn.body!);
    this.scopes.pop();
    // a record parameter's type: the fields the function reads (and those its callees read of it)
    for (const p of params) if (p.ty === "record") p.fields = [...this.recordFields.get(p.name)!].map(([name, ty]) => ({ name, ty }));
    return {
      name, params, ret, body: [...prelude, ...this.prologue, ...hoisted, ...body], ann, loc,
      ...(specialized.length > 0 ? { specialized } : {}),
    };
  }

  // ---- types ----------------------------------------------------------------------------------

  private paramType(p: ts.ParameterDeclaration): Type {
    const id = p.name as ts.Identifier;
    const kind = this.kindOf(id);
    return this.typeOfKind(kind, id, p, `parameter '${id.text}'`);
  }

  private typeOfKind(kind: Kind, id: ts.Identifier, at: ts.Node, what: string): Type {
    if (kind === "f64array" || kind === "numarray") return "array";
    if (kind === "i32array") return "intarray";
    if (kind === "record") return "record";
    const s = this.scalarOf(kind, id);
    if (s) return s;
    const text = this.checker.typeToString(this.checker.getTypeAtLocation(id));
    this.err(at, `${what} has type '${text}'; supported: number, boolean, string, Float64Array, number[], Int32Array, objects of such fields`, "type");
  }

  private returnType(fn: FunctionLike, name: string): ScalarType | "void" {
    if (this.opts.tuple) return "void"; // a tuple is returned through result parameters
    const sig = this.checker.getSignatureFromDeclaration(fn);
    const t = sig ? this.checker.getReturnTypeOfSignature(sig) : undefined;
    // number | undefined (a function that may return nothing) is a number: undefined is NaN
    const k = !t ? "any" : t.isUnion() && t.types.some((p) => p.flags & ts.TypeFlags.NumberLike) ? "number" : kindOfType(this.checker, t);
    if (k === "boolean" || k === "string") {
      if (this.opts.entry) this.err(fn, `${name} returns a ${k}; a differentiated function returns a number (or writes arrays)`, "return type");
      return k === "boolean" ? "bool" : "str";
    }
    if (k === "void") return "void";
    if (k === "number" || k === "any") return this.opts.intResult ? "int" : "real";
    this.err(fn, `${name} returns '${this.checker.typeToString(t!)}'; a differentiated function returns a number (write array results into a Float64Array parameter)${this.opts.entry ? "" : ", or returns a tuple [a, b, …] to a destructuring"}`, "return type");
  }

  /** The IR type of a local from its declaration (its type, or its initial value's and assignments'). */
  private localType(d: ts.VariableDeclaration): Type {
    const id = d.name as ts.Identifier;
    return this.typeOfKind(this.kindOf(id), id, d, `local '${id.text}'`);
  }

  // ---- var ------------------------------------------------------------------------------------

  /**
   * A `var` used outside the block that declares it, or before its declaration, lives at function
   * level (declared at the top); one used only after it in its own block is a `let` there.
   */
  private collectHoistedVars(): void {
    const fnNode = this.fn;
    const visit = (n: ts.Node): void => {
      if (n !== fnNode && ts.isFunctionLike(n)) return;
      if (ts.isVariableDeclarationList(n) && !(n.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) {
        for (const d of n.declarations) {
          if (!ts.isIdentifier(d.name)) continue;
          const sym = this.checker.getSymbolAtLocation(d.name);
          if (!sym) continue;
          const home = ts.isForStatement(n.parent) || ts.isForOfStatement(n.parent) ? n.parent : n.parent.parent;
          let escapes = false;
          const refs = (m: ts.Node): void => {
            if (ts.isIdentifier(m) && m !== d.name && this.checker.getSymbolAtLocation(m) === sym) {
              let inside = false;
              for (let p: ts.Node | undefined = m; p; p = p.parent) if (p === home) { inside = true; break; }
              if (!inside || m.getStart() < d.getStart()) escapes = true;
            }
            ts.forEachChild(m, refs);
          };
          refs(fnNode.body!);
          // declared twice (var i in two loops): one function-level variable
          if (escapes || (sym.declarations?.length ?? 0) > 1) this.hoistedVars.add(sym);
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(fnNode.body!);
  }

  private declareHoistedVars(): Stmt[] {
    const out: Stmt[] = [];
    for (const sym of this.hoistedVars) {
      const d = sym.declarations!.find(ts.isVariableDeclaration)!;
      const ty = this.localType(d);
      if (ty === "array" || ty === "intarray" || ty === "record") this.err(d, "a var holding an array or an object is not supported", "var");
      const info = this.declareSymbol(sym, sym.getName(), ty);
      out.push({ k: "let", name: info.name, ty, init: defaultOf(ty as ScalarType), mutable: true, loc: this.loc(d) });
    }
    return out;
  }

  // ---- statements -----------------------------------------------------------------------------

  /** Lower with a fresh `pre`, whose statements come first. */
  protected withPre(f: () => Stmt[], at: ts.Node): Stmt[] {
    const outer = this.pre;
    this.pre = [];
    try {
      const out = f();
      const loc = this.loc(at);
      return [...this.pre.map((s) => ({ ...s, loc: s.loc ?? loc })), ...out];
    } finally {
      this.pre = outer;
    }
  }

  protected block(stmts: ts.NodeArray<ts.Statement> | readonly ts.Statement[]): Stmt[] {
    this.scopes.push(new Map());
    const out: Stmt[] = [];
    for (const s of stmts) out.push(...this.withPre(() => this.stmt(s), s));
    this.scopes.pop();
    return out;
  }

  private body(s: ts.Statement): Stmt[] {
    return ts.isBlock(s) ? this.block(s.statements) : this.block([s]);
  }

  private stmt(s: ts.Statement): Stmt[] {
    const loc = this.loc(s);
    if (ts.isVariableStatement(s)) return this.varDecls(s.declarationList, loc);
    if (ts.isExpressionStatement(s)) return this.exprStmt(s.expression, loc);
    if (ts.isBlock(s)) return this.block(s.statements);
    if (ts.isIfStatement(s)) {
      return [{ k: "if", test: this.condition(s.expression), then: this.body(s.thenStatement), else: s.elseStatement ? this.body(s.elseStatement) : [], loc }];
    }
    if (ts.isForStatement(s) || ts.isForOfStatement(s) || ts.isWhileStatement(s) || ts.isDoStatement(s)) return this.loop(s, loc);
    if (ts.isSwitchStatement(s)) return this.switchStmt(s, loc);
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) {
      if (s.label) this.err(s, `labelled ${ts.isBreakStatement(s) ? "break" : "continue"} is not supported`, "label");
      return [{ k: ts.isBreakStatement(s) ? "break" : "continue", loc }];
    }
    if (ts.isReturnStatement(s) && this.callbackResult) {
      const { result, want } = this.callbackResult;
      const out: Stmt[] = [];
      if (result && s.expression && want !== "void") out.push({ k: "assign", name: result.name, value: this.typedExpr(s.expression, want, "the callback's result"), loc });
      out.push({ k: "break", loc });
      return out;
    }
    if (ts.isReturnStatement(s)) {
      if (this.opts.tuple !== undefined) {
        const e = s.expression ? skipParens(s.expression) : undefined;
        // [a, b, …], or the tuple another function returns (`return cmul(a, b)`)
        const literal = e !== undefined && ts.isArrayLiteralExpression(e);
        const values = literal ? e.elements.map((x) => this.realExpr(x)) : e && ts.isCallExpression(e) ? this.tuple(e) : [];
        if (values.length !== this.opts.tuple) this.err(s, `every return of a tuple function returns [a, b, …] with ${this.opts.tuple} numbers`, "tuple");
        return [...values.map((v, i): Stmt => ({ k: "assign", name: this.results[i]!, value: v, loc })), { k: "return", loc }];
      }
      if (!s.expression) return [{ k: "return", loc }];
      const ret = this.returnType(this.fn, this.opts.name ?? "function");
      return [{ k: "return", value: this.typedExpr(s.expression, ret === "void" ? "real" : ret, "the result"), loc }];
    }
    if (ts.isThrowStatement(s)) return [{ k: "throw", parts: this.message(s.expression), loc }];
    if (ts.isEmptyStatement(s)) return [];
    const names: Partial<Record<ts.SyntaxKind, string>> = {
      [ts.SyntaxKind.ForInStatement]: "for-in",
      [ts.SyntaxKind.TryStatement]: "try",
      [ts.SyntaxKind.FunctionDeclaration]: "nested function",
      [ts.SyntaxKind.ClassDeclaration]: "class",
      [ts.SyntaxKind.LabeledStatement]: "label",
    };
    const construct = names[s.kind] ?? ts.SyntaxKind[s.kind];
    this.err(s, `'${construct}' is not supported inside a differentiated function`, construct);
  }

  /** A thrown value's message, as parts: strings as written, scalars interpolated. */
  private message(e: ts.Expression | undefined): Expr[] {
    if (!e) return [{ k: "str", value: "error" }];
    if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && /Error$/.test(e.expression.text)) return this.message(e.arguments?.[0]);
    if (ts.isStringLiteralLike(e)) return [{ k: "str", value: e.text }];
    if (ts.isTemplateExpression(e)) {
      const parts: Expr[] = [{ k: "str", value: e.head.text }];
      for (const span of e.templateSpans) parts.push(this.expr(span.expression), { k: "str", value: span.literal.text });
      return parts;
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return [...this.message(e.left), ...this.message(e.right)];
    if (ts.isParenthesizedExpression(e)) return this.message(e.expression);
    return [this.expr(e)];
  }

  private varDecls(list: ts.VariableDeclarationList, loc: Loc): Stmt[] {
    const isVar = !(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const));
    const mutable = (list.flags & ts.NodeFlags.Const) === 0;
    const out: Stmt[] = [];
    for (const d of list.declarations) {
      if (!ts.isIdentifier(d.name)) {
        out.push(...this.destructure(d, mutable, loc));
        continue;
      }
      if (d.initializer && ts.isObjectLiteralExpression(skipParens(d.initializer))) {
        this.objectLocal(d.name, skipParens(d.initializer) as ts.ObjectLiteralExpression, loc, out);
        continue;
      }
      if (d.initializer && ts.isNewExpression(skipParens(d.initializer)) && this.classOf(skipParens(d.initializer) as ts.NewExpression)) {
        // an instance of a class: a record of its fields (scalar replacement; no object exists)
        const fields = this.construct(skipParens(d.initializer) as ts.NewExpression, d.name.text);
        out.push(...this.pre.splice(0));
        this.declareSymbol(this.checker.getSymbolAtLocation(d.name)!, d.name.text, "record").fields = fields;
        continue;
      }
      const sym = this.checker.getSymbolAtLocation(d.name);
      if (isVar && sym && this.hoistedVars.has(sym)) {
        // a function-level var: its declaration is an assignment
        if (d.initializer) out.push(...this.assign(d.name, undefined, d.initializer, loc, d));
        continue;
      }
      if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) {
        // a local function (a closure): its calls are inlined where they are (callbacks.ts-style)
        this.localFunctions.set(sym!, d.initializer);
        continue;
      }
      const ty = this.localType(d);
      if (ty === "intarray") this.err(d.initializer ?? d, "local Int32Arrays are not supported", "local array");
      if (ty === "array") {
        out.push(...this.localArray(d, loc));
        continue;
      }
      const init = d.initializer ? this.ownIntLocal(this.typedExpr(d.initializer, ty, d.name.text)) : defaultOf(ty as ScalarType);
      const info = this.declare(d.name, ty);
      out.push({ k: "let", name: info.name, ty: ty as ScalarType, init, mutable, loc });
    }
    return out;
  }

  /**
   * `const o = { a: x, b: 1 }`: no object is made; each field is a local (o_a, o_b) that reads of
   * `o.a` stand for, and passing `o` to a function passes its fields.
   */
  private objectLocal(id: ts.Identifier, lit: ts.ObjectLiteralExpression, loc: Loc, out: Stmt[]): void {
    const fields = new Map<string, Expr>();
    for (const p of lit.properties) {
      let key: string | undefined, value: ts.Expression | undefined;
      if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) { key = p.name.text; value = p.initializer; }
      else if (ts.isShorthandPropertyAssignment(p)) { key = p.name.text; value = p.name; }
      if (key === undefined || value === undefined) this.err(p, "only fields `name: value` are supported in an object literal", "object literal");
      const x = this.expr(value);
      const ty = exprType(x);
      const local = this.declareSymbol(this.checker.getSymbolAtLocation(id)!, `${id.text}_${key}`, ty);
      out.push(...this.pre.splice(0), { k: "let", name: local.name, ty, init: x, mutable: false, loc });
      fields.set(key, { k: "var", name: local.name, ty });
    }
    this.declareSymbol(this.checker.getSymbolAtLocation(id)!, id.text, "record").fields = fields;
  }

  /**
   * `const [a, b] = [x, y]` (each element its own local), `const [a, b] = f(…)` with f returning
   * an array literal (a tuple), `const { x, y } = record`.
   */
  private destructure(d: ts.VariableDeclaration, mutable: boolean, loc: Loc): Stmt[] {
    const init = d.initializer ? skipParens(d.initializer) : undefined;
    if (!init) this.err(d, "destructuring needs a value", "destructuring");
    const out: Stmt[] = [];
    const bind = (name: ts.BindingName, value: Expr) => {
      if (!ts.isIdentifier(name)) this.err(name, "nested destructuring is not supported", "destructuring");
      const ty = exprType(value);
      const info = this.declare(name, ty);
      out.push(...this.pre.splice(0), { k: "let", name: info.name, ty, init: value, mutable, loc });
    };
    if (ts.isArrayBindingPattern(d.name)) {
      const arr = ts.isIdentifier(init) ? this.lookup(init) : undefined;
      // from an array (a parameter or local): its elements, read in order
      const values = arr && (arr.ty === "array" || arr.ty === "intarray")
        ? d.name.elements.map((_el, i): Expr => ({ k: arr.ty === "array" ? "index" : "iindex", array: arr.name, index: num(i, "int") }))
        : this.tuple(init);
      d.name.elements.forEach((el, i) => {
        if (ts.isOmittedExpression(el)) return;
        if (el.dotDotDotToken) this.err(el, "rest elements are not supported", "destructuring");
        const v = values[i];
        if (!v) this.err(el, `the value has ${values.length} element(s)`, "destructuring");
        bind(el.name, v);
      });
      return out;
    }
    // { a, b: c } from a record
    for (const el of (d.name as ts.ObjectBindingPattern).elements) {
      const key = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : ts.isIdentifier(el.name) ? el.name.text : undefined;
      if (key === undefined || el.dotDotDotToken) this.err(el, "only `{ a, b: c }` destructuring of an object is supported", "destructuring");
      bind(el.name, this.fieldOf(init, key, el));
    }
    return out;
  }

  /** The elements of an array literal or of a call returning one (a tuple), as expressions. */
  protected tuple(e: ts.Expression): Expr[] {
    if (ts.isArrayLiteralExpression(e)) {
      return e.elements.map((x) => {
        if (ts.isSpreadElement(x)) this.err(x, "spread elements are not supported", "spread");
        return this.twice(this.expr(x));
      });
    }
    if (ts.isCallExpression(e)) {
      const t = this.target(e);
      if (t?.kind === "function") return this.inlineTuple(e, t.decl);
    }
    this.err(e, "only an array, an array literal, or a call of a function returning one, can be destructured", "destructuring");
  }

  /** The class `new C(…)` makes, if it is one the compiler can read (declared with a body, in source). */
  protected classOf(e: ts.NewExpression): ts.ClassLikeDeclaration | undefined {
    let sym = this.checker.getSymbolAtLocation(e.expression);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = this.checker.getAliasedSymbol(sym);
    const decl = sym?.declarations?.find((d): d is ts.ClassLikeDeclaration => ts.isClassDeclaration(d) || ts.isClassExpression(d));
    return decl && !decl.getSourceFile().isDeclarationFile ? decl : undefined;
  }

  /**
   * `new C(a, b)`: the instance's fields, computed as C's field initializers and constructor compute
   * them (`this.f = …` in order; parameter properties `constructor(readonly mu: number)`), each in a
   * local. Only fields are made: methods are inlined where they are called, with the fields as `this`.
   */
  protected construct(e: ts.NewExpression, named_?: string): Map<string, Expr> {
    const cls = this.classOf(e);
    if (!cls) this.err(e, `'new ${e.expression.getText()}': the compiler can only make instances of classes it can read (declared in source, with their constructor)`, "new");
    if (cls.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword)) this.err(cls, "classes that extend another are not supported", "extends");
    const ctor = cls.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined);
    const fields = new Map<string, Expr>();
    const base = named_ ?? (ts.isIdentifier(e.expression) ? e.expression.text[0]!.toLowerCase() + e.expression.text.slice(1) : "object");
    const named = (key: string, value: Expr): Extract<Expr, { k: "var" }> => {
      const ty = exprType(value), name = this.freshInt(`${base}_${key}`);
      this.pre.push({ k: "let", name, ty, init: value, mutable: false });
      return { k: "var", name, ty };
    };
    // (a field given an array or an object is refused where that value is read: they are not values here)
    const field = (key: string, value: Expr) => void fields.set(key, named(key, value));
    const outerSelf = this.self;
    const scope = new Map<ts.Symbol, VarInfo>();
    this.scopes.push(scope);
    this.self = { name: `${base}_this`, ty: "record", fields };
    try {
      // the constructor's parameters, bound to the arguments
      (ctor?.parameters ?? []).forEach((p, i) => {
        if (!ts.isIdentifier(p.name)) this.err(p, "destructured constructor parameters are not supported", "destructuring");
        const a = e.arguments?.[i];
        const value = a ? this.expr(a) : p.initializer ? this.expr(p.initializer) : num(NaN);
        const local = named(p.name.text, value);
        const info: VarInfo = { name: local.name, ty: local.ty };
        scope.set(this.checker.getSymbolAtLocation(p.name)!, info);
        // a parameter property has a parameter's symbol and a property's; the body's reads see the first
        if (ts.isParameterPropertyDeclaration(p, p.parent)) for (const sym of this.checker.getSymbolsOfParameterPropertyDeclaration(p, p.name.text)) scope.set(sym, info);
        if (ts.getModifiers(p)?.some((m) => [ts.SyntaxKind.PublicKeyword, ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.ReadonlyKeyword].includes(m.kind))) fields.set(p.name.text, local);
      });
      for (const m of cls.members) {
        if (ts.isPropertyDeclaration(m) && !ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword) && ts.isIdentifier(m.name) && m.initializer) field(m.name.text, this.expr(m.initializer));
      }
      for (const st of ctor?.body?.statements ?? []) {
        const x = ts.isExpressionStatement(st) ? st.expression : undefined;
        if (!x || !ts.isBinaryExpression(x) || x.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isPropertyAccessExpression(x.left) || x.left.expression.kind !== ts.SyntaxKind.ThisKeyword) {
          this.err(st, "a constructor the compiler evaluates may only set fields (this.f = …)", "constructor");
        }
        field(x.left.name.text, this.expr(x.right));
      }
    } finally {
      this.scopes.pop();
      this.self = outerSelf;
    }
    return fields;
  }

  /** A call of a function that returns `[a, b, …]` on every path: its elements, through one result local each. */
  private inlineTuple(e: ts.CallExpression, decl: FunctionLike): Expr[] {
    const callee = this.owner.lowerTuple(decl);
    const args = this.callArgs(e, callee.name, callee.params.filter((p) => !p.out));
    const n = callee.tuple!;
    const results = Array.from({ length: n }, () => this.mutableTemp("real"));
    this.pre.push({ k: "callstmt", call: { k: "call", fn: callee.name, args: [...args, ...results.map((r) => ({ ...r }))], ty: "void", loc: this.loc(e) } });
    return results;
  }

  /** The field `key` of a record expression: a record parameter's field, or an object-literal local's value. */
  protected fieldOf(e: ts.Expression, key: string, at: ts.Node): Expr {
    e = skipParens(e);
    if (ts.isIdentifier(e) || e.kind === ts.SyntaxKind.ThisKeyword) {
      const v = this.receiver(e);
      if (v?.ty === "record") {
        if (v.fields) {
          const x = v.fields.get(key);
          if (!x) this.err(at, `'${e.getText()}' has no field '${key}'`, "property access");
          return x;
        }
        const fields = this.recordFields.get(v.name);
        const ty = this.fieldType(at, key, fields?.get(key));
        fields?.set(key, ty);
        return { k: "field", record: v.name, field: key, ty };
      }
    }
    this.err(at, `'${e.getText()}' is not an object the function can read fields of (a parameter, or a local object literal)`, "property access");
  }

  /**
   * A field's type: from TypeScript, else (untyped JavaScript) from its uses: compared with a string
   * or switched over string cases, a string; else what an earlier use said, or a number.
   */
  private fieldType(at: ts.Node, key: string, known: ScalarType | undefined): ScalarType {
    const t = this.checker.getTypeAtLocation(at);
    const k = kindOfType(this.checker, t);
    if (k === "number") return "real";
    if (k === "boolean") return "bool";
    if (k === "string") return "str";
    if (k === "any" || k === "void") {
      const p = at.parent;
      if (p && ts.isBinaryExpression(p) && (ts.isStringLiteralLike(p.left) || ts.isStringLiteralLike(p.right))) return "str";
      if (p && ts.isSwitchStatement(p) && p.caseBlock.clauses.some((c) => ts.isCaseClause(c) && ts.isStringLiteralLike(c.expression))) return "str";
      if (this.wanted === "str") return "str"; // passed where a string is wanted
      return known ?? "real"; // a use that says nothing (a template, a call's argument) keeps what others said
    }
    this.err(at, `field '${key}' has type '${this.checker.typeToString(t)}'; fields of objects are numbers, booleans or strings`, "property access");
  }

  private exprStmt(e: ts.Expression, loc: Loc): Stmt[] {
    if (ts.isParenthesizedExpression(e)) return this.exprStmt(e.expression, loc);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.EqualsToken || COMPOUND_OPS[op]) return this.assign(e.left, COMPOUND_OPS[op], e.right, loc, e);
    }
    if ((ts.isPostfixUnaryExpression(e) || ts.isPrefixUnaryExpression(e)) &&
        (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)) {
      return this.assign(e.operand, e.operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-", ts.factory.createNumericLiteral(1), loc, e);
    }
    if (ts.isCallExpression(e)) {
      const sp = this.special(e);
      if (sp !== undefined) return [];
      // a primitive called for its effect (the tape's push, a probe's markAdjoint: generated code, read back for closure)
      const t = this.target(e);
      if (t?.kind === "primitive" && t.prim.result === "void") return [{ k: "effect", fn: t.prim.name, args: this.primitiveArgs(t.prim, e), loc }];
      const call = this.call(e);
      if (call.k === "call") return [{ k: "callstmt", call, loc }];
      return []; // a call for its value only, whose value is unused: nothing to do
    }
    this.err(e, `this expression statement is not supported (${ts.SyntaxKind[e.kind]})`, "expression statement");
  }

  /** `left = right` or `left op= right` as statements (in `pre`, then the assignment). */
  private assign(left: ts.Expression, op: BinaryOp | undefined, right: ts.Expression, loc: Loc, whole: ts.Node): Stmt[] {
    const target = ts.isIdentifier(left) ? this.lookup(left) : undefined;
    if (target && this.pointers.has(target.name) && !op) {
      // an array variable re-pointed (`cur = state`)
      const before = this.pre.length;
      this.repoint(target.name, right);
      return this.pre.splice(before).map((s) => ({ ...s, loc }));
    }
    // an integer local is given an integer (`k = Math.floor(x)` is one)
    const rhs = target?.ty === "int" && !op ? this.ownIntLocal(this.typedExpr(right, "int", left.getText())) : this.expr(right);
    const value = op ? this.binary(op, this.expr(left), rhs, whole) : rhs;
    const before = this.pre.length;
    this.assignTo(left, value, whole);
    const written = this.pre.splice(before);
    return written.map((s) => ({ ...s, loc }));
  }

  protected assignTo(target: ts.Expression, value: Expr, whole: ts.Node): Expr {
    if (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) return this.assignTo(target.expression, value, whole); // (a[i]) = …, a[i]! += …
    if (ts.isIdentifier(target)) {
      const v = this.lookup(target);
      if (!v) this.err(target, `assignment to '${target.text}', which is not a local or parameter of the function`, "assignment");
      if (v.ty === "array" || v.ty === "intarray") this.err(target, `cannot reassign the array '${target.text}'`, "array assignment");
      const t = exprType(value);
      if (v.ty === "int" && t !== "int") this.err(whole, `'${target.text}' is used as an index or loop bound, so it must be an integer, but this value is ${t}`, "real in integer context");
      if (v.ty !== t && !(v.ty === "real" && t === "int")) this.err(whole, `'${target.text}' is a ${v.ty}; this value is a ${t}`, "type");
      this.markAssigned(v.name);
      this.pre.push({ k: "assign", name: v.name, value });
      return { k: "var", name: v.name, ty: v.ty as ScalarType };
    }
    if (ts.isElementAccessExpression(target)) {
      const { array, index, int } = this.elementAccess(target);
      if (int) this.err(target, "Int32Array parameters are read-only inside differentiated functions", "Int32Array store");
      if (this.readOnlyArrays.has(array)) this.err(target, `'${target.expression.getText()}' is a module constant array: writing it would change it for every later call; copy it into a local array first`, "module array store");
      const t = exprType(value);
      if (t !== "real" && t !== "int") this.err(whole, `array elements are numbers; this value is a ${t}`, "type");
      if (this.pointers.has(array)) {
        // a write through an array variable: into the array it points to
        const [i, v] = [this.twice(index), this.twice(value)];
        this.pre.push(...this.eachPointee(array, (to, at) => [{ k: "store", array: to, index: { k: "binary", op: "+", left: at, right: i, ty: "int" }, value: v }]));
        return this.pointeeRead(array, i);
      }
      this.pre.push({ k: "store", array, index, value });
      return { k: "index", array, index };
    }
    this.err(target, "only variables and array elements can be assigned", "assignment target");
  }

  /**
   * An object for a record parameter: a record parameter of this function (by name: the callee's
   * field reads become reads of its fields, which it must have), or an object literal / literal local
   * (its fields substituted).
   */
  protected recordArgument(a: ts.Expression, p: Param, calleeName: string): Expr {
    const need = p.fields ?? [];
    a = skipParens(a);
    if (ts.isObjectLiteralExpression(a)) {
      const fields: Array<[string, Expr]> = [];
      for (const q of a.properties) {
        if (ts.isPropertyAssignment(q) && (ts.isIdentifier(q.name) || ts.isStringLiteral(q.name))) fields.push([q.name.text, this.twice(this.expr(q.initializer))]);
        else if (ts.isShorthandPropertyAssignment(q)) fields.push([q.name.text, this.twice(this.expr(q.name))]);
        else this.err(q, "only fields `name: value` are supported in an object literal", "object literal");
      }
      for (const f of need) if (!fields.some(([k]) => k === f.name)) this.err(a, `the object passed as '${p.name}' to ${calleeName} has no field '${f.name}', which ${calleeName} reads`, "object argument");
      return { k: "record", fields };
    }
    if (ts.isNewExpression(a)) return { k: "record", fields: [...this.construct(a)] };
    if (ts.isIdentifier(a) || a.kind === ts.SyntaxKind.ThisKeyword) {
      const v = this.receiver(a);
      if (v?.ty === "record" && v.fields) {
        for (const f of need) if (!v.fields.has(f.name)) this.err(a, `'${a.getText()}' has no field '${f.name}', which ${calleeName} reads`, "object argument");
        return { k: "record", fields: [...v.fields] };
      }
      if (v?.ty === "record") {
        const mine = this.recordFields.get(v.name)!;
        for (const f of need) mine.set(f.name, f.ty);
        return { k: "var", name: v.name, ty: "real" };
      }
    }
    this.err(a, `argument '${p.name}' of ${calleeName} must be an object (a parameter, an object literal, or a local one)`, "object argument");
  }

  // ---- calls ----------------------------------------------------------------------------------

  protected inlineCall(e: ts.CallExpression, decl: FunctionLike): Expr {
    // a helper returning an index, called where an integer is wanted, is lowered to return an integer
    const callee = this.owner.lowerFunction(decl, this.wanted === "int" && !isDifferentiable(decl) ? { entry: false, intResult: true } : undefined);
    // a method: `this` is its first parameter, the receiver's fields
    const method = isInstanceMethod(decl) && ts.isPropertyAccessExpression(e.expression);
    const args = method
      ? [this.recordArgument((e.expression as ts.PropertyAccessExpression).expression, callee.params[0]!, callee.name), ...this.callArgs(e, callee.name, callee.params.slice(1))]
      : this.callArgs(e, callee.name, callee.params);
    const ty = callee.ret;
    const call: Extract<Expr, { k: "call" }> = { k: "call", fn: callee.name, args, ty: ty === "void" ? "void" : ty, loc: this.loc(e) };
    const pointer = args.findIndex((a, i) => a.k === "var" && this.pointers.has(a.name) && callee.params[i]!.ty === "array");
    if (pointer < 0) return call;
    // an array variable passed on: the call runs on the array it points to (a view of it), one branch per array
    const result = ty === "void" ? undefined : this.mutableTemp(ty);
    const p = (args[pointer] as { name: string }).name;
    this.pre.push(...this.eachPointee(p, (to, at, length) => {
      const c = { ...call, args: args.map((a, i) => (a.k === "var" && a.name === p ? { k: "view", array: to, offset: at, length } as Expr : a)) };
      const more = c.args.some((a, i) => a.k === "var" && this.pointers.has(a.name) && callee.params[i]!.ty === "array");
      if (more) this.err(e, "a call given two re-pointed array variables; pass one, or copy the other", "array variable");
      return result ? [{ k: "assign", name: result.name, value: c }] : [{ k: "callstmt", call: c }];
    }));
    return result ?? { k: "num", value: 0, ty: "real" };
  }

  // ---- loops ----------------------------------------------------------------------------------

  private loopBody(s: ts.Statement): { body: Stmt[]; assigned: Set<string> } {
    this.assignedStack.push(new Set());
    this.loopDepth++;
    try {
      const body = this.body(s);
      return { body, assigned: this.assignedStack.pop()! };
    } finally {
      this.loopDepth--;
    }
  }

  private whileLoop(s: ts.WhileStatement, loc: Loc): Stmt[] {
    let test: Expr = { k: "bool", value: true };
    const pre = this.withPre(() => { test = this.condition(s.expression); return []; }, s.expression);
    const { body } = this.loopBody(s.statement);
    if (pre.length === 0) return [{ k: "while", test, body, loc }];
    // a test with effects (`while (++i < n)`): computed before the loop, and again after every iteration
    return [...pre.map(asMutable), { k: "loop", test, body, update: pre.map(asAssign), testFirst: true, loc }];
  }

  private doWhile(s: ts.DoStatement, loc: Loc): Stmt[] {
    const { body } = this.loopBody(s.statement);
    let test: Expr = { k: "bool", value: true };
    const pre = this.withPre(() => { test = this.condition(s.expression); return []; }, s.expression);
    // the test's temporaries are declared before the loop and assigned in its update
    const decls = pre.flatMap((p): Stmt[] => (p.k === "let" ? [{ ...p, init: defaultOf(p.ty), mutable: true }] : []));
    return [...decls, { k: "loop", test, body, update: pre.map(asAssign), testFirst: false, loc }];
  }

  private forOf(s: ts.ForOfStatement, loc: Loc): Stmt[] {
    const init = s.initializer;
    if (!ts.isVariableDeclarationList(init) || init.declarations.length !== 1 || !ts.isIdentifier(init.declarations[0]!.name)) {
      this.err(init, "for…of must declare one variable: for (const v of array)", "for-of");
    }
    const id = init.declarations[0]!.name as ts.Identifier;
    if (!ts.isIdentifier(s.expression)) this.err(s.expression, "for…of runs over an array parameter", "for-of");
    const arr = this.lookup(s.expression);
    if (!arr || (arr.ty !== "array" && arr.ty !== "intarray")) this.err(s.expression, `'${s.expression.text}' is not an array`, "for-of");
    this.scopes.push(new Map());
    const sym = this.checker.getSymbolAtLocation(id)!;
    const i = this.declareSymbol(sym, "i", "int", true);
    this.scopes[this.scopes.length - 1]!.delete(sym);
    const ety: ScalarType = arr.ty === "intarray" ? "int" : "real";
    const elem = this.declare(id, ety);
    const read: Expr = arr.ty === "intarray" ? { k: "iindex", array: arr.name, index: { k: "var", name: i.name, ty: "int" } } : { k: "index", array: arr.name, index: { k: "var", name: i.name, ty: "int" } };
    const { body } = this.loopBody(s.statement);
    this.scopes.pop();
    return [{ k: "for", v: i.name, from: num(0, "int"), cmp: "<", to: { k: "length", array: arr.name }, step: 1,
      body: [{ k: "let", name: elem.name, ty: ety, init: read, mutable: false, loc }, ...body], loc }];
  }

  /** A loop, with its `@checkpoint` tag (annotations.ts) when it has one: counted loops only. */
  private loop(s: ts.ForStatement | ts.ForOfStatement | ts.WhileStatement | ts.DoStatement, loc: Loc): Stmt[] {
    const out = ts.isForStatement(s) ? this.forStmt(s, loc) : ts.isForOfStatement(s) ? this.forOf(s, loc) : ts.isWhileStatement(s) ? this.whileLoop(s, loc) : this.doWhile(s, loc);
    const checkpoint = checkpointTag(s, (n) => this.loc(n));
    if (!checkpoint) return out;
    const only = out.length === 1 ? out[0]! : undefined;
    if (only?.k !== "for") this.err(s, "@checkpoint needs a counted loop, `for (let i = a; i < b; i++)` whose body assigns neither i nor the bounds, or a for-of", "@checkpoint");
    return [{ ...only, checkpoint }];
  }

  private forStmt(s: ts.ForStatement, loc: Loc): Stmt[] {
    const counted = this.countedFor(s, loc);
    if (counted) return counted;
    // any other for: init; while (test) { body; update } with the update run after continue too
    this.scopes.push(new Map());
    const init = s.initializer;
    const initStmts: Stmt[] = [];
    if (init && ts.isVariableDeclarationList(init)) initStmts.push(...this.withPre(() => this.varDecls(init, loc), init));
    else if (init) initStmts.push(...this.withPre(() => this.exprStmt(init, loc), init));
    let test: Expr = { k: "bool", value: true };
    const testPre = s.condition ? this.withPre(() => { test = this.condition(s.condition!); return []; }, s.condition) : [];
    if (testPre.length > 0) this.err(s.condition!, "a for-loop condition with effects is not supported; move them into the body", "for");
    const { body } = this.loopBody(s.statement);
    const update = s.incrementor ? this.withPre(() => this.exprStmt(s.incrementor!, loc), s.incrementor) : [];
    this.scopes.pop();
    return [...initStmts, { k: "loop", test, body, update, testFirst: true, loc }];
  }

  /**
   * `for (let i = a; i < b; i++)` (or <=, or > / >= with i--; `i += 1`, `i = i + 1` too) whose body
   * assigns neither the counter nor its bounds: a counted loop, replayed backwards by the adjoint
   * from its bounds. Undefined for any other form.
   */
  private countedFor(s: ts.ForStatement, loc: Loc): Stmt[] | undefined {
    const init = s.initializer;
    if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return undefined;
    const decl = init.declarations[0]!;
    if (!ts.isIdentifier(decl.name) || !decl.initializer) return undefined;
    const id = decl.name;
    const sym = this.checker.getSymbolAtLocation(id);
    if (!sym || this.hoistedVars.has(sym)) return undefined;
    const c = s.condition;
    const cmps: Partial<Record<ts.SyntaxKind, "<" | "<=" | ">" | ">=">> = {
      [ts.SyntaxKind.LessThanToken]: "<", [ts.SyntaxKind.LessThanEqualsToken]: "<=", [ts.SyntaxKind.GreaterThanToken]: ">", [ts.SyntaxKind.GreaterThanEqualsToken]: ">=",
    };
    if (!c || !ts.isBinaryExpression(c) || !cmps[c.operatorToken.kind] || !ts.isIdentifier(c.left) || c.left.text !== id.text) return undefined;
    const cmp = cmps[c.operatorToken.kind]!;
    const step = unitStep(s.incrementor, id.text);
    if (step === 0 || (step === 1) !== (cmp === "<" || cmp === "<=")) return undefined;
    if (!this.ints.has(sym)) return undefined;
    const from = this.intExpr(decl.initializer);
    this.scopes.push(new Map());
    const counter = this.declare(id, "int", true);
    const to = this.intExpr(c.right);
    const { body, assigned } = this.loopBody(s.statement);
    this.scopes.pop();
    if (assigned.has(counter.name)) return this.err(s, `the loop body assigns the counter '${id.text}'`, "for");
    for (const v of varsOf(from)) if (assigned.has(v)) this.err(decl.initializer, `the loop start uses '${v}', which the loop body assigns; copy it into a const before the loop`, "for");
    for (const v of varsOf(to)) if (assigned.has(v)) this.err(c.right, `the loop bound uses '${v}', which the loop body assigns; the bound must stay fixed during the loop`, "for");
    return [{ k: "for", v: counter.name, from, cmp, to, step, body, loc }];
  }

  // ---- switch ---------------------------------------------------------------------------------

  /**
   * `switch`: when no clause falls into a non-empty next one and no break sits inside a clause's
   * branches, an if-else chain (a clause's closing break dropped); otherwise a breakable block
   * whose clauses run while `matched` (fall-through) or when their value matches.
   */
  private switchStmt(s: ts.SwitchStatement, loc: Loc): Stmt[] {
    const d = this.twice(this.expr(s.expression));
    const clauses = s.caseBlock.clauses;
    const test = (c: ts.CaseOrDefaultClause): Expr => {
      if (ts.isDefaultClause(c)) return { k: "bool", value: true };
      const v = this.expr(c.expression);
      const td = exprType(d), tv = exprType(v);
      if (td !== tv && !((td === "int" || td === "real") && (tv === "int" || tv === "real"))) this.err(c.expression, `a case of type ${tv} in a switch over a ${td}`, "switch");
      return { k: "compare", op: "===", left: d, right: v };
    };
    const ends = (ss: readonly ts.Statement[]) => {
      const last = ss[ss.length - 1];
      return last !== undefined && (ts.isBreakStatement(last) || ts.isReturnStatement(last) || ts.isThrowStatement(last) || ts.isContinueStatement(last));
    };
    const innerBreak = (ss: readonly ts.Statement[]) => ss.slice(0, -1).some((st) => containsBreak(st)) || (ss.length > 0 && !ts.isBreakStatement(ss[ss.length - 1]!) && containsBreak(ss[ss.length - 1]!));
    // (an empty last clause, `default:` alone, does nothing and falls nowhere)
    const simple = clauses.every((c, i) => (c.statements.length === 0 || ends(c.statements) || i === clauses.length - 1) && !innerBreak(c.statements));
    if (simple) {
      // group empty clauses with the next one; the default clause is the final else
      const groups: Array<{ tests: Expr[]; isDefault: boolean; body: readonly ts.Statement[] }> = [];
      let pending: Expr[] = [], pendingDefault = false;
      for (const c of clauses) {
        pendingDefault ||= ts.isDefaultClause(c);
        if (!ts.isDefaultClause(c)) pending.push(test(c));
        if (c.statements.length === 0) continue;
        groups.push({ tests: pending, isDefault: pendingDefault, body: c.statements });
        pending = [];
        pendingDefault = false;
      }
      const lowerBody = (ss: readonly ts.Statement[]) => this.block(ss.length > 0 && ts.isBreakStatement(ss[ss.length - 1]!) ? ss.slice(0, -1) : ss);
      const def = groups.find((g) => g.isDefault);
      let chain: Stmt[] = def ? lowerBody(def.body) : [];
      for (const g of [...groups].reverse()) {
        if (g === def) continue;
        const t = g.tests.reduce((a, b) => ({ k: "logical", op: "||", left: a, right: b }));
        chain = [{ k: "if", test: t, then: lowerBody(g.body), else: chain, loc }];
      }
      return chain;
    }
    const matched = this.mutableTemp("bool");
    const tests = clauses.map(test);
    const anyCase = tests.filter((t) => t.k !== "bool").reduce<Expr>((a, b) => ({ k: "logical", op: "||", left: a, right: b }), { k: "bool", value: false });
    const body: Stmt[] = [];
    clauses.forEach((c, i) => {
      const t = ts.isDefaultClause(c) ? { k: "not", arg: anyCase } as Expr : tests[i]!;
      body.push({ k: "if", test: { k: "logical", op: "||", left: matched, right: t }, then: [{ k: "assign", name: matched.name, value: { k: "bool", value: true } }, ...this.block(c.statements)], else: [], loc });
    });
    return [{ k: "block", body, loc }];
  }
}


/** +1 for `i++`, `++i`, `i += 1`, `i = i + 1`; −1 for the decrements; 0 otherwise. */
function unitStep(inc: ts.Expression | undefined, v: string): number {
  if (!inc) return 0;
  if ((ts.isPostfixUnaryExpression(inc) || ts.isPrefixUnaryExpression(inc)) && ts.isIdentifier(inc.operand) && inc.operand.text === v) {
    return inc.operator === ts.SyntaxKind.PlusPlusToken ? 1 : inc.operator === ts.SyntaxKind.MinusMinusToken ? -1 : 0;
  }
  if (ts.isBinaryExpression(inc) && ts.isIdentifier(inc.left) && inc.left.text === v) {
    const one = (n: ts.Expression) => ts.isNumericLiteral(n) && Number(n.text) === 1;
    if (inc.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken && one(inc.right)) return 1;
    if (inc.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken && one(inc.right)) return -1;
    if (inc.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isBinaryExpression(inc.right) && ts.isIdentifier(inc.right.left) &&
        inc.right.left.text === v && one(inc.right.right)) {
      return inc.right.operatorToken.kind === ts.SyntaxKind.PlusToken ? 1 : inc.right.operatorToken.kind === ts.SyntaxKind.MinusToken ? -1 : 0;
    }
  }
  return 0;
}




/** Does a statement contain a break of an enclosing switch (not one inside a nested loop or switch)? */
function containsBreak(s: ts.Node): boolean {
  if (ts.isBreakStatement(s)) return !s.label;
  if (ts.isIterationStatement(s, false) || ts.isSwitchStatement(s) || ts.isFunctionLike(s)) return false;
  let found = false;
  ts.forEachChild(s, (c) => { if (!found && containsBreak(c)) found = true; });
  return found;
}

/** A temporary's declaration repeated as an assignment (a loop test recomputed in the update). */
function asAssign(s: Stmt): Stmt {
  return s.k === "let" ? { k: "assign", name: s.name, value: s.init, loc: s.loc } : s;
}

/** A temporary's declaration made assignable (it is assigned again in a loop's update). */
function asMutable(s: Stmt): Stmt {
  return s.k === "let" ? { ...s, mutable: true } : s;
}

function emptyAnnotations(): Annotations {
  return { wrt: [], domain: {}, length: {}, variants: [], simd: [], shared: [] };
}

