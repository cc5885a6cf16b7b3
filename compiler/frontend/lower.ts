/**
 * Frontend: TypeScript AST (through ts-morph's bundled compiler API) → IR.
 *
 * Only the subset listed in the README is accepted; everything else is a CompileError with
 * file:line:col and the construct's name. Calls to other annotated functions (in this module or an
 * imported one) are lowered too and resolved by symbol, so `import { g } from "./g.js"` works.
 */
import { ts, type Project, type SourceFile } from "ts-morph";
import * as path from "node:path";
import { CompileError } from "../diagnostics.js";
import type { Expr, Func, Loc, Param, ScalarType, Stmt, Type } from "../ir/types.js";
import { exprType, neg, num } from "../ir/build.js";
import { varsOf } from "../ir/walk.js";
import { mathNames, mathPrimitive, runtimePrimitive } from "../primitives/registry.js";
import type { Primitive } from "../primitives/types.js";
import { isDifferentiable, readAnnotations } from "./annotations.js";
import { inferIntegers } from "./int-inference.js";

/** A module specifier that names the sobolev runtime (where intrinsics and the tape come from). */
export function isRuntimeSpecifier(spec: string): boolean {
  return spec === "sobolev/runtime" || /(^|\/)runtime(\/index|\/intrinsics|\/tape)?(\.js|\.ts)?$/.test(spec);
}

export interface LoweredModule {
  /** Annotated functions declared in the file, in source order. */
  funcs: Func[];
  /** Every annotated function reachable by calls (including imported ones), by name. */
  all: Map<string, Func>;
  /** The runtime module specifier the file imports from, if any. */
  runtimeSpecifier?: string;
}

export class Lowerer {
  private readonly checker: ts.TypeChecker;
  private readonly byDecl = new Map<ts.FunctionDeclaration, Func>();
  private readonly inProgress = new Set<ts.FunctionDeclaration>();
  readonly all = new Map<string, Func>();

  private readonly program: ts.Program;

  constructor(project: Project, private readonly cwd: string) {
    this.program = project.getProgram().compilerObject;
    this.checker = this.program.getTypeChecker();
  }

  lowerFile(sf: SourceFile): LoweredModule {
    const node = sf.compilerNode;
    this.checkSyntax(node);
    const funcs: Func[] = [];
    let runtimeSpecifier: string | undefined;
    for (const st of node.statements) {
      if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && isRuntimeSpecifier(st.moduleSpecifier.text)) {
        runtimeSpecifier = st.moduleSpecifier.text;
      }
      if (ts.isFunctionDeclaration(st) && isDifferentiable(st)) funcs.push(this.lowerFunction(st));
    }
    return { funcs, all: this.all, runtimeSpecifier };
  }

  locOf(n: ts.Node): Loc {
    const sf = n.getSourceFile();
    const { line, character } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
    const rel = path.relative(this.cwd, sf.fileName) || sf.fileName;
    return { file: rel.startsWith("..") ? sf.fileName : rel, line: line + 1, col: character + 1 };
  }

  private readonly syntaxChecked = new Set<ts.SourceFile>();

  /**
   * A file with a syntax error is an error at its first one: TypeScript's parser recovers and would
   * hand the lowerer a guessed program (or lose a function), which must not be differentiated.
   */
  private checkSyntax(sf: ts.SourceFile): void {
    if (this.syntaxChecked.has(sf)) return;
    this.syntaxChecked.add(sf);
    const d = this.program.getSyntacticDiagnostics(sf)[0];
    if (!d) return;
    const { line, character } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
    const rel = path.relative(this.cwd, sf.fileName) || sf.fileName;
    const loc = { file: rel.startsWith("..") ? sf.fileName : rel, line: line + 1, col: character + 1 };
    throw new CompileError(`syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`, loc, "syntax error");
  }

  lowerFunction(fn: ts.FunctionDeclaration): Func {
    const done = this.byDecl.get(fn);
    if (done) return done;
    this.checkSyntax(fn.getSourceFile());
    const loc = this.locOf(fn);
    if (this.inProgress.has(fn)) throw new CompileError(`recursive call of ${fn.name?.text}: recursion is not supported`, loc, "recursion");
    this.inProgress.add(fn);
    const f = new FunctionLowerer(this, fn, this.checker).lower();
    this.inProgress.delete(fn);
    this.byDecl.set(fn, f);
    const prior = this.all.get(f.name);
    if (prior && prior !== f) throw new CompileError(`two annotated functions are named ${f.name}; rename one`, loc, "duplicate name");
    this.all.set(f.name, f);
    return f;
  }

  /** The annotated declaration a call's callee identifier refers to, following imports. */
  resolveCallee(id: ts.Identifier): ts.FunctionDeclaration | undefined {
    let sym = this.checker.getSymbolAtLocation(id);
    if (!sym) return undefined;
    if (sym.flags & ts.SymbolFlags.Alias) sym = this.checker.getAliasedSymbol(sym);
    const decl = sym.declarations?.find(ts.isFunctionDeclaration);
    return decl && isDifferentiable(decl) ? decl : undefined;
  }

  /**
   * The primitive a call spells (compiler/primitives/): `Math.f(…)`, a function imported from the
   * runtime (`silu(x)`), or a method of a runtime object (`tape.push(x)` in generated code);
   * "unknown" for a `Math.*` or runtime method the registry does not have.
   */
  primitiveOf(e: ts.CallExpression): Primitive | "unknown" | undefined {
    const c = e.expression;
    if (ts.isPropertyAccessExpression(c) && ts.isIdentifier(c.expression)) {
      const on = c.expression.text === "Math" ? "Math" : this.runtimeImportName(c.expression);
      if (on === undefined) return undefined;
      return (on === "Math" ? mathPrimitive(c.name.text) : runtimePrimitive(on, c.name.text)) ?? "unknown";
    }
    if (ts.isIdentifier(c)) {
      const rt = this.runtimeImportName(c);
      return rt === undefined ? undefined : runtimePrimitive(rt);
    }
    return undefined;
  }

  /** If `id` is imported from the sobolev runtime, the name it is exported under. */
  runtimeImportName(id: ts.Identifier): string | undefined {
    const sym = this.checker.getSymbolAtLocation(id);
    const decl = sym?.declarations?.[0];
    if (!decl || !ts.isImportSpecifier(decl)) return undefined;
    const imp = decl.parent.parent.parent;
    if (!ts.isImportDeclaration(imp) || !ts.isStringLiteral(imp.moduleSpecifier)) return undefined;
    if (!isRuntimeSpecifier(imp.moduleSpecifier.text)) return undefined;
    return (decl.propertyName ?? decl.name).text;
  }
}

interface VarInfo {
  name: string;
  ty: Type;
}

class FunctionLowerer {
  private readonly scopes: Array<Map<ts.Symbol, VarInfo>> = [];
  private readonly used = new Set<string>();
  private readonly ints: Set<ts.Symbol>;
  /** Variables assigned inside the loop bodies being lowered (to check loop bounds stay fixed). */
  private readonly assignedStack: Array<Set<string>> = [];

  constructor(private readonly owner: Lowerer, private readonly fn: ts.FunctionDeclaration, private readonly checker: ts.TypeChecker) {
    this.ints = inferIntegers(fn, checker, (c) => {
      const p = owner.primitiveOf(c);
      return p === "unknown" ? undefined : p;
    }, (c) => {
      const decl = ts.isIdentifier(c.expression) ? owner.resolveCallee(c.expression) : undefined;
      if (!decl) return [];
      return owner.lowerFunction(decl).params.flatMap((p, i) => (p.ty === "int" ? [i] : []));
    });
  }

  private err(n: ts.Node, message: string, construct?: string): never {
    throw new CompileError(message, this.owner.locOf(n), construct ?? ts.SyntaxKind[n.kind]);
  }

  lower(): Func {
    const fn = this.fn;
    const loc = this.owner.locOf(fn);
    if (!fn.name) this.err(fn, "an annotated function needs a name", "anonymous function");
    if (!fn.body) this.err(fn, "an annotated function needs a body", "declaration without body");
    if (fn.typeParameters?.length) this.err(fn.typeParameters[0]!, "generic functions are not supported", "type parameter");
    if (fn.asteriskToken || fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) this.err(fn, "generators and async functions are not supported");

    this.scopes.push(new Map());
    const params: Param[] = [];
    for (const p of fn.parameters) {
      if (!ts.isIdentifier(p.name)) this.err(p, "destructured parameters are not supported", "destructuring");
      if (p.initializer || p.questionToken || p.dotDotDotToken) this.err(p, "optional, default and rest parameters are not supported");
      const ty = this.paramType(p);
      const info = this.declare(p.name, ty);
      params.push({ name: info.name, ty });
    }
    const ret = this.returnType(fn);
    const ann = readAnnotations(fn, params.map((p) => p.name), (n) => this.owner.locOf(n));
    if (ann.wrt.length === 0) ann.wrt = params.filter((p) => p.ty === "real" || p.ty === "array").map((p) => p.name);
    for (const w of ann.wrt) {
      const p = params.find((q) => q.name === w)!;
      if (p.ty === "int") throw new CompileError(`@wrt names '${w}', but '${w}' is an integer (used as an index or loop bound) and cannot be differentiated`, loc, "@wrt");
      if (p.ty === "bool") throw new CompileError(`@wrt names '${w}', but '${w}' is a boolean`, loc, "@wrt");
    }
    const body = this.block(fn.body!.statements);
    this.scopes.pop();
    return { name: fn.name!.text, params, ret, body, ann, loc };
  }

  // ---- types and names -------------------------------------------------------------------------

  private paramType(p: ts.ParameterDeclaration): Type {
    if (!p.type) this.err(p, `parameter '${p.name.getText()}' needs a type annotation (number, boolean or Float64Array)`, "untyped parameter");
    const text = p.type.getText();
    if (text === "Float64Array") return "array";
    if (text === "Int32Array") return "intarray";
    if (text === "boolean") return "bool";
    if (text === "number") {
      const s = this.checker.getSymbolAtLocation(p.name);
      return s && this.ints.has(s) ? "int" : "real";
    }
    this.err(p.type, `parameter type '${text}' is not supported (number, boolean, Float64Array or Int32Array)`, "parameter type");
  }

  private returnType(fn: ts.FunctionDeclaration): "real" | "void" {
    if (!fn.type) this.err(fn, `annotated function ${fn.name?.text} needs a return type annotation (number or void)`, "untyped return");
    const text = fn.type.getText();
    if (text === "number") return "real";
    if (text === "void") return "void";
    this.err(fn.type, `return type '${text}' is not supported (number or void; write array results into a Float64Array parameter)`, "return type");
  }

  /** The type of a local; `lowerInit` reports an unsupported initializer before a type complaint. */
  private localType(d: ts.VariableDeclaration, lowerInit: () => void): ScalarType {
    const t = this.checker.getTypeAtLocation(d.name);
    if (this.checker.typeToString(t).startsWith("Float64Array")) {
      this.err(d.initializer ?? d, "local arrays are not supported: pass scratch arrays as Float64Array parameters", "local array");
    }
    if (!(t.flags & (ts.TypeFlags.BooleanLike | ts.TypeFlags.NumberLike))) lowerInit();
    if (t.flags & ts.TypeFlags.BooleanLike) return "bool";
    if (t.flags & ts.TypeFlags.NumberLike) {
      const s = this.checker.getSymbolAtLocation(d.name);
      return s && this.ints.has(s) ? "int" : "real";
    }
    const text = this.checker.typeToString(t);
    this.err(d, `local '${d.name.getText()}' has type '${text}'; only number and boolean locals are supported`, "local type");
  }

  /**
   * Give a declaration its IR name. Locals get names unique in the function (the adjoint may hoist
   * them to function scope); loop counters, which stay loop-scoped in every mode, keep their source
   * name unless a visible variable already has it.
   */
  private declare(id: ts.Identifier, ty: Type, counter = false): VarInfo {
    const sym = this.checker.getSymbolAtLocation(id);
    if (!sym) this.err(id, `cannot resolve '${id.text}'`);
    let name = id.text;
    const visible = (n: string) => this.scopes.some((sc) => [...sc.values()].some((v) => v.name === n));
    const taken = counter ? visible : (n: string) => this.used.has(n);
    for (let k = 1; taken(name); k++) name = `${id.text}_${k}`; // shadowed names get a suffix
    this.used.add(name);
    const info = { name, ty };
    this.scopes[this.scopes.length - 1]!.set(sym, info);
    return info;
  }

  private lookup(id: ts.Identifier): VarInfo | undefined {
    const sym = this.checker.getSymbolAtLocation(id);
    if (!sym) return undefined;
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i]!.get(sym);
      if (v) return v;
    }
    return undefined;
  }

  private markAssigned(name: string) {
    for (const s of this.assignedStack) s.add(name);
  }

  // ---- statements ------------------------------------------------------------------------------

  private block(stmts: ts.NodeArray<ts.Statement> | readonly ts.Statement[]): Stmt[] {
    this.scopes.push(new Map());
    const out: Stmt[] = [];
    for (const s of stmts) out.push(...this.stmt(s));
    this.scopes.pop();
    return out;
  }

  private body(s: ts.Statement): Stmt[] {
    return ts.isBlock(s) ? this.block(s.statements) : this.block([s]);
  }

  private stmt(s: ts.Statement): Stmt[] {
    const loc = this.owner.locOf(s);
    if (ts.isVariableStatement(s)) return this.varDecls(s.declarationList, loc);
    if (ts.isExpressionStatement(s)) return [this.exprStmt(s.expression, loc)];
    if (ts.isBlock(s)) return this.block(s.statements);
    if (ts.isIfStatement(s)) {
      return [{ k: "if", test: this.boolExpr(s.expression), then: this.body(s.thenStatement), else: s.elseStatement ? this.body(s.elseStatement) : [], loc }];
    }
    if (ts.isForStatement(s)) return [this.forStmt(s, loc)];
    if (ts.isWhileStatement(s)) {
      this.assignedStack.push(new Set());
      const body = this.body(s.statement);
      this.assignedStack.pop();
      return [{ k: "while", test: this.boolExpr(s.expression), body, loc }];
    }
    if (ts.isReturnStatement(s)) {
      if (!s.expression) return [{ k: "return", loc }];
      return [{ k: "return", value: this.realExpr(s.expression), loc }];
    }
    if (ts.isEmptyStatement(s)) return [];
    const names: Partial<Record<ts.SyntaxKind, string>> = {
      [ts.SyntaxKind.BreakStatement]: "break",
      [ts.SyntaxKind.ContinueStatement]: "continue",
      [ts.SyntaxKind.DoStatement]: "do-while",
      [ts.SyntaxKind.SwitchStatement]: "switch",
      [ts.SyntaxKind.ForOfStatement]: "for-of",
      [ts.SyntaxKind.ForInStatement]: "for-in",
      [ts.SyntaxKind.TryStatement]: "try",
      [ts.SyntaxKind.ThrowStatement]: "throw",
      [ts.SyntaxKind.FunctionDeclaration]: "nested function",
      [ts.SyntaxKind.ClassDeclaration]: "class",
      [ts.SyntaxKind.LabeledStatement]: "label",
    };
    const construct = names[s.kind] ?? ts.SyntaxKind[s.kind];
    this.err(s, `'${construct}' is not supported inside an annotated function`, construct);
  }

  private varDecls(list: ts.VariableDeclarationList, loc: Loc): Stmt[] {
    const mutable = (list.flags & ts.NodeFlags.Let) !== 0;
    if (!mutable && (list.flags & ts.NodeFlags.Const) === 0) this.err(list, "'var' is not supported; use let or const", "var");
    const out: Stmt[] = [];
    for (const d of list.declarations) {
      if (!ts.isIdentifier(d.name)) this.err(d, "destructuring is not supported", "destructuring");
      if (!d.initializer) this.err(d, `'${d.name.text}' needs an initial value`, "declaration without initializer");
      const ty = this.localType(d, () => this.expr(d.initializer!));
      const init = this.typedExpr(d.initializer, ty, d.name.text);
      const info = this.declare(d.name, ty);
      out.push({ k: "let", name: info.name, ty, init, mutable, loc });
    }
    return out;
  }

  private exprStmt(e: ts.Expression, loc: Loc): Stmt {
    // x = e, x op= e, a[i] = e, a[i] op= e
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      const compound: Partial<Record<ts.SyntaxKind, "+" | "-" | "*" | "/">> = {
        [ts.SyntaxKind.PlusEqualsToken]: "+",
        [ts.SyntaxKind.MinusEqualsToken]: "-",
        [ts.SyntaxKind.AsteriskEqualsToken]: "*",
        [ts.SyntaxKind.SlashEqualsToken]: "/",
      };
      if (op === ts.SyntaxKind.EqualsToken || compound[op]) {
        return this.assignment(e.left, compound[op], e.right, loc, e);
      }
    }
    if ((ts.isPostfixUnaryExpression(e) || ts.isPrefixUnaryExpression(e)) &&
        (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)) {
      const one = ts.factory.createNumericLiteral(1);
      return this.assignment(e.operand, e.operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-", one, loc, e);
    }
    if (ts.isCallExpression(e)) {
      // a primitive called for its effect (the tape's push, a probe's markAdjoint: generated code, read back for closure)
      const prim = this.primitiveOf(e);
      if (prim?.result === "void") return { k: "effect", fn: prim.name, args: this.primitiveArgs(prim, e), loc };
      const call = this.call(e);
      if (call.k !== "call") this.err(e, "the value of this call is unused", "expression statement");
      return { k: "callstmt", call, loc };
    }
    this.err(e, `this expression statement is not supported (${ts.SyntaxKind[e.kind]})`, "expression statement");
  }

  private assignment(left: ts.Expression, op: "+" | "-" | "*" | "/" | undefined, right: ts.Expression, loc: Loc, whole: ts.Node): Stmt {
    if (ts.isParenthesizedExpression(left)) return this.assignment(left.expression, op, right, loc, whole);
    if (ts.isIdentifier(left)) {
      const v = this.lookup(left);
      if (!v) this.err(left, `assignment to '${left.text}', which is not a local or parameter of the annotated function`, "assignment");
      if (v.ty === "array" || v.ty === "intarray") this.err(left, `cannot reassign the array '${left.text}'`, "array assignment");
      const rhs = this.typedExpr(right, v.ty, left.text);
      const value: Expr = op ? this.binary(op, { k: "var", name: v.name, ty: v.ty }, rhs, whole) : rhs;
      this.markAssigned(v.name);
      return { k: "assign", name: v.name, value, loc };
    }
    if (ts.isElementAccessExpression(left)) {
      const { array, index, int } = this.elementAccess(left);
      if (int) this.err(left, `Int32Array parameters are read-only inside annotated functions`, "Int32Array store");
      const rhs = this.typedExpr(right, "real", `${array}[…]`);
      const value: Expr = op ? this.binary(op, { k: "index", array, index }, rhs, whole) : rhs;
      return { k: "store", array, index, value, loc };
    }
    this.err(left, "only variables and Float64Array elements can be assigned", "assignment target");
  }

  private forStmt(s: ts.ForStatement, loc: Loc): Stmt {
    const bad = (n: ts.Node, why: string): never =>
      this.err(n, `unsupported for-loop form: ${why}; write 'for (let i = a; i < b; i++)' (or <=, or > / >= with i--)`, "for");
    const init = s.initializer;
    if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1 || (init.flags & ts.NodeFlags.Let) === 0) {
      bad(s, "the initializer must declare one counter with let");
    }
    const decl = (init as ts.VariableDeclarationList).declarations[0]!;
    if (!ts.isIdentifier(decl.name) || !decl.initializer) bad(decl, "the counter needs a name and a start value");
    const id = decl.name as ts.Identifier;
    const from = this.intExpr(decl.initializer!);
    this.scopes.push(new Map());
    const counter = this.declare(id, "int", true);
    const c = s.condition;
    const cmps: Partial<Record<ts.SyntaxKind, "<" | "<=" | ">" | ">=">> = {
      [ts.SyntaxKind.LessThanToken]: "<",
      [ts.SyntaxKind.LessThanEqualsToken]: "<=",
      [ts.SyntaxKind.GreaterThanToken]: ">",
      [ts.SyntaxKind.GreaterThanEqualsToken]: ">=",
    };
    if (!c || !ts.isBinaryExpression(c) || !cmps[c.operatorToken.kind] || !ts.isIdentifier(c.left) || c.left.text !== id.text) {
      bad(c ?? s, `the condition must compare the counter '${id.text}' with a bound`);
    }
    const cond = c as ts.BinaryExpression;
    const cmp = cmps[cond.operatorToken.kind]!;
    const to = this.intExpr(cond.right);
    const inc = s.incrementor;
    let step = 0;
    if (inc && (ts.isPostfixUnaryExpression(inc) || ts.isPrefixUnaryExpression(inc)) && ts.isIdentifier(inc.operand) && inc.operand.text === id.text) {
      if (inc.operator === ts.SyntaxKind.PlusPlusToken) step = 1;
      if (inc.operator === ts.SyntaxKind.MinusMinusToken) step = -1;
    } else if (inc && ts.isBinaryExpression(inc) && ts.isIdentifier(inc.left) && inc.left.text === id.text &&
               ts.isNumericLiteral(inc.right) && Number(inc.right.text) === 1) {
      if (inc.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) step = 1;
      if (inc.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken) step = -1;
    }
    if (step === 0) bad(inc ?? s, `the update must be ${id.text}++ or ${id.text}-- (steps other than 1 are not supported)`);
    if ((step === 1) !== (cmp === "<" || cmp === "<=")) bad(cond, "the counter must move towards the bound (< / <= with ++, > / >= with --)");
    this.assignedStack.push(new Set());
    const body = this.body(s.statement);
    const assigned = this.assignedStack.pop()!;
    this.scopes.pop();
    if (assigned.has(counter.name)) this.err(s, `the loop body assigns the counter '${id.text}'`, "for");
    for (const v of varsOf(from)) {
      if (assigned.has(v)) this.err(decl.initializer!, `the loop start uses '${v}', which the loop body assigns; copy it into a const before the loop`, "for");
    }
    for (const v of varsOf(to)) {
      if (assigned.has(v)) this.err(cond.right, `the loop bound uses '${v}', which the loop body assigns; the bound must stay fixed during the loop`, "for");
    }
    return { k: "for", v: counter.name, from, cmp, to, step, body, loc };
  }

  // ---- expressions -----------------------------------------------------------------------------

  private typedExpr(e: ts.Expression, ty: Type, what: string): Expr {
    const x = this.expr(e);
    const got = exprType(x);
    if (ty === "int" && got !== "int") {
      this.err(e, `'${what}' is used as an index or loop bound, so it must be an integer, but this value is ${got === "real" ? "real (it may carry a derivative or a fraction)" : got}`, "real in integer context");
    }
    if (ty === "real" && got === "bool") this.err(e, `expected a number for '${what}', got a boolean`, "type");
    if (ty === "bool" && got !== "bool") this.err(e, `expected a boolean for '${what}'`, "type");
    return x;
  }

  private intExpr(e: ts.Expression): Expr {
    return this.typedExpr(e, "int", e.getText());
  }

  private realExpr(e: ts.Expression): Expr {
    return this.typedExpr(e, "real", e.getText());
  }

  private boolExpr(e: ts.Expression): Expr {
    return this.typedExpr(e, "bool", e.getText());
  }

  private elementAccess(e: ts.ElementAccessExpression): { array: string; index: Expr; int: boolean } {
    if (!ts.isIdentifier(e.expression)) this.err(e.expression, "only Float64Array and Int32Array parameters can be indexed", "element access");
    const v = this.lookup(e.expression);
    if (!v || (v.ty !== "array" && v.ty !== "intarray")) this.err(e.expression, `'${e.expression.text}' is not a Float64Array or Int32Array parameter`, "element access");
    return { array: v.name, index: this.intExpr(e.argumentExpression), int: v.ty === "intarray" };
  }

  private binary(op: "+" | "-" | "*" | "/" | "%", l: Expr, r: Expr, at: ts.Node): Expr {
    const tl = exprType(l), tr = exprType(r);
    if (tl === "bool" || tr === "bool") this.err(at, `arithmetic on a boolean`, "boolean arithmetic");
    const ty = tl === "int" && tr === "int" && op !== "/" ? "int" : "real";
    return { k: "binary", op, left: l, right: r, ty };
  }

  expr(e: ts.Expression): Expr {
    if (ts.isParenthesizedExpression(e)) return this.expr(e.expression);
    if (ts.isNumericLiteral(e)) {
      const v = Number(e.text);
      return num(v, Number.isInteger(v) ? "int" : "real");
    }
    if (e.kind === ts.SyntaxKind.TrueKeyword) return { k: "bool", value: true };
    if (e.kind === ts.SyntaxKind.FalseKeyword) return { k: "bool", value: false };
    if (ts.isIdentifier(e)) return this.identifier(e);
    if (ts.isPrefixUnaryExpression(e)) {
      const a = this.expr(e.operand);
      if (e.operator === ts.SyntaxKind.MinusToken) {
        if (exprType(a) === "bool") this.err(e, "arithmetic on a boolean", "boolean arithmetic");
        return a.k === "num" ? neg(a) : { k: "neg", arg: a, ty: exprType(a) === "int" ? "int" : "real" };
      }
      if (e.operator === ts.SyntaxKind.PlusToken) return a;
      if (e.operator === ts.SyntaxKind.ExclamationToken) {
        if (exprType(a) !== "bool") this.err(e, "'!' needs a boolean operand", "!");
        return { k: "not", arg: a };
      }
      this.err(e, `unary operator '${ts.tokenToString(e.operator)}' is not supported here`, ts.tokenToString(e.operator));
    }
    if (ts.isBinaryExpression(e)) return this.binaryExpr(e);
    if (ts.isConditionalExpression(e)) {
      const test = this.boolExpr(e.condition);
      const a = this.expr(e.whenTrue), b = this.expr(e.whenFalse);
      const ta = exprType(a), tb = exprType(b);
      if ((ta === "bool") !== (tb === "bool")) this.err(e, "both branches of ?: must have the same type", "?:");
      const ty: ScalarType = ta === "bool" ? "bool" : ta === "int" && tb === "int" ? "int" : "real";
      return { k: "cond", test, then: a, else: b, ty };
    }
    if (ts.isCallExpression(e)) return this.call(e);
    if (ts.isElementAccessExpression(e)) {
      const { array, index, int } = this.elementAccess(e);
      return int ? { k: "iindex", array, index } : { k: "index", array, index };
    }
    if (ts.isPropertyAccessExpression(e)) {
      if (ts.isIdentifier(e.expression) && e.expression.text === "Math") {
        const consts: Record<string, number> = { PI: Math.PI, E: Math.E, LN2: Math.LN2, SQRT2: Math.SQRT2 };
        if (e.name.text in consts) return num(consts[e.name.text]!);
      }
      if (ts.isIdentifier(e.expression) && e.name.text === "length") {
        const v = this.lookup(e.expression);
        if (v?.ty === "array" || v?.ty === "intarray") return { k: "length", array: v.name };
      }
      this.err(e, `property access '${e.getText()}' is not supported`, "property access");
    }
    const kinds: Partial<Record<ts.SyntaxKind, string>> = {
      [ts.SyntaxKind.ArrowFunction]: "arrow function",
      [ts.SyntaxKind.FunctionExpression]: "function expression",
      [ts.SyntaxKind.ObjectLiteralExpression]: "object literal",
      [ts.SyntaxKind.ArrayLiteralExpression]: "array literal",
      [ts.SyntaxKind.NewExpression]: "new",
      [ts.SyntaxKind.StringLiteral]: "string",
      [ts.SyntaxKind.TemplateExpression]: "template string",
      [ts.SyntaxKind.NoSubstitutionTemplateLiteral]: "template string",
      [ts.SyntaxKind.AwaitExpression]: "await",
      [ts.SyntaxKind.TypeOfExpression]: "typeof",
    };
    const construct = kinds[e.kind] ?? ts.SyntaxKind[e.kind];
    this.err(e, `'${construct}' is not supported inside an annotated function`, construct);
  }

  private identifier(e: ts.Identifier): Expr {
    const v = this.lookup(e);
    if (v) {
      if (v.ty === "array" || v.ty === "intarray") this.err(e, `the array '${e.text}' can only be indexed, read for .length or passed to an annotated function`, "array value");
      return { k: "var", name: v.name, ty: v.ty };
    }
    if (e.text === "Infinity") return num(Infinity);
    // A module-level `const K = <number>` is inlined as a constant.
    const sym = this.checker.getSymbolAtLocation(e);
    const decl = sym?.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isVariableStatement(decl.parent.parent) &&
        ts.isSourceFile(decl.parent.parent.parent) && (decl.parent.flags & ts.NodeFlags.Const) !== 0) {
      const init = decl.initializer;
      if (ts.isNumericLiteral(init)) return num(Number(init.text), Number.isInteger(Number(init.text)) ? "int" : "real");
      if (ts.isPrefixUnaryExpression(init) && init.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(init.operand)) {
        return num(-Number(init.operand.text), "real");
      }
    }
    this.err(e, `'${e.text}' is not a parameter or local of the annotated function (module constants must be numeric literals)`, "free variable");
  }

  private binaryExpr(e: ts.BinaryExpression): Expr {
    const k = e.operatorToken.kind;
    const arith: Partial<Record<ts.SyntaxKind, "+" | "-" | "*" | "/" | "%">> = {
      [ts.SyntaxKind.PlusToken]: "+",
      [ts.SyntaxKind.MinusToken]: "-",
      [ts.SyntaxKind.AsteriskToken]: "*",
      [ts.SyntaxKind.SlashToken]: "/",
      [ts.SyntaxKind.PercentToken]: "%",
    };
    const compares: Partial<Record<ts.SyntaxKind, "<" | "<=" | ">" | ">=" | "===" | "!==">> = {
      [ts.SyntaxKind.LessThanToken]: "<",
      [ts.SyntaxKind.LessThanEqualsToken]: "<=",
      [ts.SyntaxKind.GreaterThanToken]: ">",
      [ts.SyntaxKind.GreaterThanEqualsToken]: ">=",
      [ts.SyntaxKind.EqualsEqualsEqualsToken]: "===",
      [ts.SyntaxKind.ExclamationEqualsEqualsToken]: "!==",
    };
    const a = arith[k];
    if (a) {
      const l = this.expr(e.left), r = this.expr(e.right);
      if (a === "%" && (exprType(l) !== "int" || exprType(r) !== "int")) this.err(e, "'%' is supported on integers only", "%");
      return this.binary(a, l, r, e);
    }
    if (k === ts.SyntaxKind.AsteriskAsteriskToken) {
      const args = [this.realOperand(e.left), this.realOperand(e.right)];
      const pow = mathPrimitive("pow")!;
      return { k: "intrinsic", fn: (pow.refine?.(args) ?? pow).name, args };
    }
    const c = compares[k];
    if (c) {
      const l = this.expr(e.left), r = this.expr(e.right);
      if (exprType(l) === "bool" || exprType(r) === "bool") {
        if (c !== "===" && c !== "!==") this.err(e, "ordering comparison of booleans", "comparison");
      }
      return { k: "compare", op: c, left: l, right: r };
    }
    if (k === ts.SyntaxKind.AmpersandAmpersandToken || k === ts.SyntaxKind.BarBarToken) {
      const l = this.boolExpr(e.left), r = this.boolExpr(e.right);
      return { k: "logical", op: k === ts.SyntaxKind.AmpersandAmpersandToken ? "&&" : "||", left: l, right: r };
    }
    if (k === ts.SyntaxKind.EqualsEqualsToken || k === ts.SyntaxKind.ExclamationEqualsToken) {
      this.err(e.operatorToken, `'${ts.tokenToString(k)}' is not supported; use '${k === ts.SyntaxKind.EqualsEqualsToken ? "===" : "!=="}'`, ts.tokenToString(k));
    }
    if (k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment) {
      this.err(e, "assignment inside an expression is not supported; make it a statement", "assignment expression");
    }
    const tok = ts.tokenToString(k) ?? ts.SyntaxKind[k];
    this.err(e.operatorToken, `operator '${tok}' is not supported`, tok);
  }

  private realOperand(e: ts.Expression): Expr {
    const x = this.expr(e);
    if (exprType(x) === "bool") this.err(e, "expected a number, got a boolean", "type");
    return x;
  }

  /**
   * The primitive a call spells (compiler/primitives/): `Math.f(…)`, a function imported from the
   * runtime (`silu(x)`), or a method of a runtime object (`tape.push(x)` in generated code).
   */
  private primitiveOf(e: ts.CallExpression): Primitive | undefined {
    const found = this.owner.primitiveOf(e);
    if (found === "unknown") {
      const c = e.expression as ts.PropertyAccessExpression;
      const name = c.getText();
      const known = ts.isIdentifier(c.expression) && c.expression.text === "Math" ? ` (supported: ${mathNames().join(", ")})` : "";
      this.err(e, `${name} is not supported${known}`, name);
    }
    return found;
  }

  /** A primitive call's arguments: integers where the primitive says (a probe's slot), reals elsewhere; checked against its arity. */
  private primitiveArgs(p: Primitive, e: ts.CallExpression): Expr[] {
    const name = e.expression.getText();
    const args = e.arguments.map((a, i) => (p.intArgs?.includes(i) ? this.intExpr(a) : p.boolArgs?.includes(i) ? this.boolExpr(a) : this.realOperand(a)));
    if (p.fold && args.length >= 2) return args;
    if (args.length !== p.arity) this.err(e, `${name} takes ${p.arity} argument(s), got ${args.length}`, name);
    return args;
  }

  private call(e: ts.CallExpression): Expr {
    const c = e.expression;
    const loc = this.owner.locOf(e);
    const prim = this.primitiveOf(e);
    if (prim) {
      const name = e.expression.getText();
      if (prim.result === "void") this.err(e, `${name} has no value; it is called as a statement (by generated code)`, name);
      const args = this.primitiveArgs(prim, e);
      if (prim.fold) return args.slice(1).reduce<Expr>((acc, x) => ({ k: "intrinsic", fn: prim.name, args: [acc, x] }), args[0]!);
      const p = prim.refine?.(args) ?? prim;
      return { k: "intrinsic", fn: p.name, args, ...(p.result === "int" || p.result === "bool" ? { ty: p.result } : {}) };
    }
    if (ts.isIdentifier(c)) {
      const decl = this.owner.resolveCallee(c);
      if (decl) {
        const callee = this.owner.lowerFunction(decl);
        if (callee.params.length !== e.arguments.length) {
          this.err(e, `${callee.name} takes ${callee.params.length} argument(s), got ${e.arguments.length}`, "call");
        }
        const args = e.arguments.map((a, i) => {
          const p = callee.params[i]!;
          if (p.ty === "array" || p.ty === "intarray") {
            const want = p.ty === "array" ? "Float64Array" : "Int32Array";
            if (!ts.isIdentifier(a)) this.err(a, `argument '${p.name}' of ${callee.name} must be a ${want} parameter name`, "array argument");
            const v = this.lookup(a);
            if (!v || v.ty !== p.ty) this.err(a, `'${a.text}' is not a ${want} parameter`, "array argument");
            return { k: "var", name: v.name, ty: "real" } as Expr; // an array passed by name
          }
          return this.typedExpr(a, p.ty, p.name);
        });
        return { k: "call", fn: callee.name, args, ty: callee.ret, loc };
      }
      this.err(e, `call of '${c.text}', which is not an annotated (@differentiable) function or a supported intrinsic`, "call");
    }
    this.err(e, `this call is not supported (${e.expression.getText()})`, "call");
  }
}

