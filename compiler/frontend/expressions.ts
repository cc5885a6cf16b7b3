/**
 * Expressions and names of one function, TypeScript or JavaScript as written: numbers, booleans and
 * string flags; `==` on numbers; numbers as conditions (`if (x)`, `x || d`, `x ?? d`); `null` and
 * `undefined` as NaN (a number that is not there); the numeric globals; calls of primitives and of
 * any function the compiler can follow (inlined by normalization); increments and assignments inside
 * expressions (their effects go, in order, into the statements before the one being lowered).
 */
import { ts } from "ts-morph";
import { CompileError } from "../diagnostics.js";
import { exprType, isBitOp, neg, num } from "../ir/build.js";
import type { BinaryOp, Expr, Loc, Param, ScalarType, Stmt, Type } from "../ir/types.js";
import { globalPrimitive, mathNames, mathPrimitive } from "../primitives/registry.js";
import type { Primitive } from "../primitives/types.js";
import { BINARY_OPS, COMPOUND_OPS } from "./operators.js";
import { kindFromAssignments, kindFromUses, kindOfType, type Kind } from "./kinds.js";
import type { FunctionLike } from "./resolve.js";
import type { ModuleContext } from "./context.js";

export interface VarInfo {
  name: string;
  ty: Type;
  /** A record local built from an object literal: its fields' values (scalar replacement; no object exists). */
  fields?: Map<string, Expr>;
}

/** What a call or name stands for. */
type CallTarget = { kind: "primitive"; prim: Primitive } | { kind: "function"; decl: FunctionLike };

export abstract class ExpressionLowerer {
  protected readonly scopes: Array<Map<ts.Symbol, VarInfo>> = [];
  protected readonly used = new Set<string>();
  /** Statements that the expression being lowered needs first (temporaries, effects). */
  protected pre: Stmt[] = [];
  /** Variables assigned inside the loop bodies being lowered (to check loop bounds stay fixed). */
  protected readonly assignedStack: Array<Set<string>> = [];
  protected abstract readonly ints: Set<ts.Symbol>;

  constructor(protected readonly owner: ModuleContext, protected readonly fn: FunctionLike, protected readonly checker: ts.TypeChecker) {}

  protected err(n: ts.Node, message: string, construct?: string): never {
    throw new CompileError(message, this.owner.locOf(n), construct ?? ts.SyntaxKind[n.kind]);
  }

  protected loc(n: ts.Node): Loc {
    return this.owner.locOf(n);
  }

  // ---- kinds and names -------------------------------------------------------------------------

  /** The kind of a declared name: its type, or for untyped JavaScript its uses and assignments. */
  protected kindOf(name: ts.Identifier, scope: ts.Node = this.fn): Kind {
    const t = this.checker.getTypeAtLocation(name);
    const k = kindOfType(this.checker, t);
    const sym = this.checker.getSymbolAtLocation(name);
    if (!sym || (k !== "any" && k !== "void")) return k;
    return kindFromAssignments(this.checker, sym, scope) ?? kindFromUses(this.checker, sym, scope);
  }

  /** An IR scalar type for a kind, at a name (numbers are integers where int-inference says so). */
  protected scalarOf(kind: Kind, name: ts.Identifier): ScalarType | undefined {
    if (kind === "number") {
      const s = this.checker.getSymbolAtLocation(name);
      return s && this.ints.has(s) ? "int" : "real";
    }
    return kind === "boolean" ? "bool" : kind === "string" ? "str" : undefined;
  }

  /**
   * Give a declaration its IR name. Locals get names unique in the function (the adjoint may hoist
   * them to function scope); loop counters, which stay loop-scoped in every mode, keep their source
   * name unless a visible variable already has it.
   */
  protected declare(id: ts.Identifier, ty: Type, counter = false): VarInfo {
    const sym = this.checker.getSymbolAtLocation(id);
    if (!sym) this.err(id, `cannot resolve '${id.text}'`);
    return this.declareSymbol(sym, id.text, ty, counter);
  }

  protected declareSymbol(sym: ts.Symbol, base: string, ty: Type, counter = false): VarInfo {
    let name = base;
    const visible = (n: string) => this.scopes.some((sc) => [...sc.values()].some((v) => v.name === n));
    const taken = counter ? visible : (n: string) => this.used.has(n);
    for (let k = 1; taken(name); k++) name = `${base}_${k}`; // shadowed names get a suffix
    this.used.add(name);
    const info = { name, ty };
    this.scopes[this.scopes.length - 1]!.set(sym, info);
    return info;
  }

  protected lookup(id: ts.Identifier): VarInfo | undefined {
    const sym = this.checker.getSymbolAtLocation(id);
    if (!sym) return undefined;
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i]!.get(sym);
      if (v) return v;
    }
    return undefined;
  }

  protected markAssigned(name: string) {
    for (const s of this.assignedStack) s.add(name);
  }

  /** A fresh temporary holding `e` (statement before the current one). */
  protected temp(e: Expr, ty: ScalarType, base = "t"): Expr {
    let name = base;
    for (let k = 1; this.used.has(name); k++) name = `${base}${k}`;
    this.used.add(name);
    this.pre.push({ k: "let", name, ty, init: e, mutable: false });
    return { k: "var", name, ty };
  }

  /** `e` itself if it can be read twice (a constant or a name), else a temporary holding it. */
  protected twice(e: Expr): Expr {
    return e.k === "num" || e.k === "var" || e.k === "str" || e.k === "bool" ? e : this.temp(e, exprType(e));
  }

  // ---- typed expressions -----------------------------------------------------------------------

  /** The type the expression being lowered is wanted as (an untyped JavaScript field takes it). */
  protected wanted: ScalarType | undefined;

  protected typedExpr(e: ts.Expression, ty: Type, what: string): Expr {
    if (ty === "bool") return this.condition(e);
    const outer = this.wanted;
    this.wanted = ty === "real" || ty === "int" || ty === "str" ? ty : undefined;
    let x: Expr;
    try {
      x = this.expr(e);
    } finally {
      this.wanted = outer;
    }
    const got = exprType(x);
    if (ty === "int" && got !== "int") {
      this.err(e, `'${what}' is used as an index or loop bound, so it must be an integer, but this value is ${got === "real" ? "real (it may carry a derivative or a fraction)" : got}`, "real in integer context");
    }
    if (ty === "real" && (got === "bool" || got === "str")) this.err(e, `expected a number for '${what}', got a ${got === "str" ? "string" : "boolean"}`, "type");
    if (ty === "str" && got !== "str") this.err(e, `expected a string for '${what}'`, "type");
    return x;
  }

  protected intExpr(e: ts.Expression): Expr {
    return this.typedExpr(e, "int", e.getText());
  }

  protected realExpr(e: ts.Expression): Expr {
    return this.typedExpr(e, "real", e.getText());
  }

  protected realOperand(e: ts.Expression): Expr {
    const x = this.expr(e);
    const t = exprType(x);
    if (t === "bool" || t === "str") this.err(e, `expected a number, got a ${t === "str" ? "string" : "boolean"}`, "type");
    return x;
  }

  /** A condition: a boolean, or a number or string tested for truthiness as JavaScript does. */
  protected condition(e: ts.Expression): Expr {
    return this.truthy(this.expr(e));
  }

  /** x as JavaScript tests it: a number is true unless 0 or NaN, a string unless empty. */
  protected truthy(x: Expr): Expr {
    const t = exprType(x);
    if (t === "bool") return x;
    if (x.k === "num") return { k: "bool", value: x.value !== 0 && x.value === x.value };
    if (t === "str") return { k: "compare", op: "!==", left: x, right: { k: "str", value: "" } };
    const v = this.twice(x);
    const nonzero: Expr = { k: "compare", op: "!==", left: v, right: num(0, t === "int" ? "int" : "real") };
    return t === "int" ? nonzero : { k: "logical", op: "&&", left: nonzero, right: { k: "compare", op: "===", left: v, right: v } };
  }

  // ---- expressions -----------------------------------------------------------------------------

  expr(e: ts.Expression): Expr {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isTypeAssertionExpression(e) || ts.isSatisfiesExpression(e)) return this.expr(e.expression);
    if (ts.isNumericLiteral(e)) {
      const v = Number(e.text);
      return num(v, Number.isInteger(v) ? "int" : "real");
    }
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return { k: "str", value: e.text };
    if (e.kind === ts.SyntaxKind.TrueKeyword) return { k: "bool", value: true };
    if (e.kind === ts.SyntaxKind.FalseKeyword) return { k: "bool", value: false };
    if (e.kind === ts.SyntaxKind.NullKeyword) return num(NaN);
    if (ts.isIdentifier(e)) return this.identifier(e);
    if (ts.isPrefixUnaryExpression(e)) return this.prefix(e);
    if (ts.isPostfixUnaryExpression(e)) return this.increment(e.operand, e.operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-", e, true);
    if (ts.isBinaryExpression(e)) return this.binaryExpr(e);
    if (ts.isConditionalExpression(e)) return this.conditional(e);
    if (ts.isCallExpression(e)) return this.call(e);
    if (ts.isElementAccessExpression(e)) return this.elementRead(e);
    if (ts.isPropertyAccessExpression(e)) return this.property(e);
    if (ts.isTypeOfExpression(e)) {
      const x = this.expr(e.expression);
      const t = exprType(x);
      return { k: "str", value: t === "bool" ? "boolean" : t === "str" ? "string" : "number" };
    }
    if (ts.isVoidExpression(e)) return num(NaN);
    const kinds: Partial<Record<ts.SyntaxKind, string>> = {
      [ts.SyntaxKind.ArrowFunction]: "arrow function",
      [ts.SyntaxKind.FunctionExpression]: "function expression",
      [ts.SyntaxKind.ObjectLiteralExpression]: "object literal",
      [ts.SyntaxKind.ArrayLiteralExpression]: "array literal",
      [ts.SyntaxKind.NewExpression]: "new",
      [ts.SyntaxKind.TemplateExpression]: "template string",
      [ts.SyntaxKind.AwaitExpression]: "await",
    };
    const construct = kinds[e.kind] ?? ts.SyntaxKind[e.kind];
    this.err(e, `'${construct}' is not supported inside a differentiated function`, construct);
  }

  protected abstract elementRead(e: ts.ElementAccessExpression): Expr;
  protected abstract property(e: ts.PropertyAccessExpression): Expr;
  protected abstract inlineCall(e: ts.CallExpression, decl: FunctionLike): Expr;
  /** x = value as a statement (a name or an element); returns what was assigned to. */
  protected abstract assignTo(target: ts.Expression, value: Expr, whole: ts.Node): Expr;

  protected identifier(e: ts.Identifier): Expr {
    const v = this.lookup(e);
    if (v) {
      if (v.ty === "array" || v.ty === "intarray") this.err(e, `the array '${e.text}' can only be indexed, read for .length or passed to a function`, "array value");
      if (v.ty === "record") this.err(e, `the object '${e.text}' can only be read by field or passed to a function`, "object value");
      return { k: "var", name: v.name, ty: v.ty };
    }
    if (e.text === "undefined") return num(NaN);
    const def = this.owner.resolver.definition(e);
    if (def?.kind === "constant") return constant(def.value);
    this.err(e, `'${e.text}' is not a parameter or local of the function, nor a constant the compiler can read (module constants must be numbers or strings)`, "free variable");
  }

  private prefix(e: ts.PrefixUnaryExpression): Expr {
    if (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken) {
      return this.increment(e.operand, e.operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-", e, false);
    }
    if (e.operator === ts.SyntaxKind.ExclamationToken) return { k: "not", arg: this.condition(e.operand) };
    const a = this.expr(e.operand);
    if (e.operator === ts.SyntaxKind.MinusToken) {
      const t = exprType(a);
      if (t === "bool" || t === "str") this.err(e, "arithmetic on a non-number", "type");
      return a.k === "num" ? neg(a) : { k: "neg", arg: a, ty: t === "int" ? "int" : "real" };
    }
    if (e.operator === ts.SyntaxKind.PlusToken) return a;
    if (e.operator === ts.SyntaxKind.TildeToken) return this.binary("^", a, num(-1, "int"), e); // ~x is x ^ -1
    this.err(e, `unary operator '${ts.tokenToString(e.operator)}' is not supported here`, ts.tokenToString(e.operator));
  }

  /** `x++` / `++x` inside an expression: the assignment goes before, the value is the old or new one. */
  private increment(target: ts.Expression, op: "+" | "-", whole: ts.Node, postfix: boolean): Expr {
    const old = postfix ? this.twice(this.expr(target)) : undefined;
    const cur = this.expr(target);
    const one = num(1, exprType(cur) === "int" ? "int" : "real");
    const written = this.assignTo(target, this.binary(op, cur, one, whole), whole);
    return old ?? written;
  }

  protected binary(op: BinaryOp, l: Expr, r: Expr, at: ts.Node): Expr {
    const tl = exprType(l), tr = exprType(r);
    if (tl === "bool" || tr === "bool" || tl === "str" || tr === "str") this.err(at, "arithmetic on a boolean or string", "boolean arithmetic");
    if (isBitOp(op)) {
      // int32 operations, as JavaScript computes them: a real operand is cut to an integer (`x | 0`,
      // piecewise constant: derivative 0), and such a result is named by an integer local, so that every
      // mode meets it where it meets integers computed from reals (interval mode: exact where the box's
      // bounds cut to the same integer, else the call stops)
      const e: Expr = { k: "binary", op, left: l, right: r, ty: "int" };
      return tl === "int" && tr === "int" ? e : this.intLocal(e, "bits");
    }
    if (op === "/" && tl === "int" && tr === "int" && this.wanted === "int") {
      // an integer quotient where an integer is needed (a size d·(d + 1)/2): exact, or a thrown error
      const inexact: Expr = { k: "compare", op: "!==", left: { k: "binary", op: "%", left: l, right: r, ty: "int" }, right: { k: "num", value: 0, ty: "int" } };
      this.pre.push({ k: "if", test: inexact, then: [{ k: "throw", parts: [{ k: "str", value: `${at.getText()} is not an integer (it is used as an index or size)` }], loc: this.loc(at) }], else: [] });
      return { k: "binary", op, left: l, right: r, ty: "int" };
    }
    const ty = tl === "int" && tr === "int" && op !== "/" ? "int" : "real";
    return { k: "binary", op, left: l, right: r, ty };
  }

  /**
   * An integer computed from reals (a cut: `x | 0`, `Math.floor(x)`), named by a `const` local: the
   * modes meet it as the value of an integer local, never inside an index or a bound.
   */
  private intLocal(init: Expr, base: string): Expr {
    const v = this.temp(init, "int", base) as Extract<Expr, { k: "var" }>;
    this.cuts.add(v.name);
    return v;
  }
  private readonly cuts = new Set<string>();

  /** `const k = Math.floor(x)`: the value itself, where an intLocal would only be copied into k. */
  protected ownIntLocal(e: Expr): Expr {
    const last = this.pre[this.pre.length - 1];
    if (e.k !== "var" || !this.cuts.has(e.name) || last?.k !== "let" || last.name !== e.name) return e;
    this.pre.pop();
    this.used.delete(e.name);
    return last.init;
  }

  private conditional(e: ts.ConditionalExpression): Expr {
    const test = this.condition(e.condition);
    // effects of the branches run only on their side
    const outer = this.pre;
    this.pre = [];
    const a = this.expr(e.whenTrue);
    const preA = this.pre;
    this.pre = [];
    const b = this.expr(e.whenFalse);
    const preB = this.pre;
    this.pre = outer;
    let ta = exprType(a), tb = exprType(b);
    if (ta !== tb && !((ta === "int" || ta === "real") && (tb === "int" || tb === "real"))) this.err(e, "both branches of ?: must have the same type", "?:");
    const ty: ScalarType = ta === "int" && tb === "int" ? "int" : ta === "real" || tb === "real" ? "real" : ta;
    if (preA.length === 0 && preB.length === 0) return { k: "cond", test, then: a, else: b, ty };
    const t = this.mutableTemp(ty);
    this.pre.push({ k: "if", test, then: [...preA, { k: "assign", name: t.name, value: a }], else: [...preB, { k: "assign", name: t.name, value: b }] });
    ta = tb = ty;
    return t;
  }

  /** A `let` temporary assigned later (by branches, or as a tuple's result). */
  protected mutableTemp(ty: ScalarType): Extract<Expr, { k: "var" }> {
    let name = "t";
    for (let k = 1; this.used.has(name); k++) name = `t${k}`;
    this.used.add(name);
    const init: Expr = ty === "bool" ? { k: "bool", value: false } : ty === "str" ? { k: "str", value: "" } : num(0, ty === "int" ? "int" : "real");
    this.pre.push({ k: "let", name, ty, init, mutable: true });
    return { k: "var", name, ty };
  }

  private binaryExpr(e: ts.BinaryExpression): Expr {
    const k = e.operatorToken.kind;
    const compares: Partial<Record<ts.SyntaxKind, "<" | "<=" | ">" | ">=" | "===" | "!==">> = {
      [ts.SyntaxKind.LessThanToken]: "<", [ts.SyntaxKind.LessThanEqualsToken]: "<=", [ts.SyntaxKind.GreaterThanToken]: ">",
      [ts.SyntaxKind.GreaterThanEqualsToken]: ">=", [ts.SyntaxKind.EqualsEqualsEqualsToken]: "===", [ts.SyntaxKind.ExclamationEqualsEqualsToken]: "!==",
      // on numbers, booleans and strings of the same kind, == is ===
      [ts.SyntaxKind.EqualsEqualsToken]: "===", [ts.SyntaxKind.ExclamationEqualsToken]: "!==",
    };
    const a = BINARY_OPS[k];
    if (a) return this.binary(a, this.expr(e.left), this.expr(e.right), e);
    if (k === ts.SyntaxKind.AsteriskAsteriskToken) {
      const args = [this.realOperand(e.left), this.realOperand(e.right)];
      const pow = mathPrimitive("pow")!;
      return { k: "intrinsic", fn: (pow.refine?.(args) ?? pow).name, args };
    }
    const c = compares[k];
    if (c) {
      // x === undefined / x == null: JavaScript's "not there", which a number here is as NaN
      const nothing = (n: ts.Expression) => n.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(n) && n.text === "undefined" && !this.lookup(n));
      if ((c === "===" || c === "!==") && (nothing(e.left) || nothing(e.right))) {
        const x = this.twice(this.expr(nothing(e.left) ? e.right : e.left));
        if (exprType(x) !== "real") return { k: "bool", value: c === "!==" };
        return { k: "compare", op: c === "===" ? "!==" : "===", left: x, right: x };
      }
      const l = this.expr(e.left), r = this.expr(e.right);
      const tl = exprType(l), tr = exprType(r);
      const numeric = (t: ScalarType) => t === "real" || t === "int";
      if (!(numeric(tl) && numeric(tr)) && tl !== tr) this.err(e, `comparison of a ${tl} with a ${tr}`, "comparison");
      if ((tl === "bool" || tl === "str") && c !== "===" && c !== "!==") this.err(e, `ordering comparison of ${tl === "str" ? "strings" : "booleans"}`, "comparison");
      return { k: "compare", op: c, left: l, right: r };
    }
    if (k === ts.SyntaxKind.AmpersandAmpersandToken || k === ts.SyntaxKind.BarBarToken || k === ts.SyntaxKind.QuestionQuestionToken) return this.logical(e, k);
    if (k === ts.SyntaxKind.EqualsToken || (k >= ts.SyntaxKind.FirstCompoundAssignment && k <= ts.SyntaxKind.LastCompoundAssignment)) {
      // an assignment inside an expression: the assignment goes before, its value is the expression's
      const op = COMPOUND_OPS[k];
      if (k !== ts.SyntaxKind.EqualsToken && !op) this.err(e.operatorToken, `operator '${ts.tokenToString(k)}' is not supported`, ts.tokenToString(k));
      const rhs = this.expr(e.right);
      return this.assignTo(e.left, op ? this.binary(op, this.expr(e.left), rhs, e) : rhs, e);
    }
    const tok = ts.tokenToString(k) ?? ts.SyntaxKind[k];
    this.err(e.operatorToken, `operator '${tok}' is not supported`, tok);
  }

  /**
   * `a && b`, `a || b`, `a ?? b`. On booleans, logic; on numbers, JavaScript's value semantics
   * (`scale || 100` is scale unless it is 0 or NaN; `x ?? d` is x unless NaN, a number's undefined).
   * The right side's effects run only when it is evaluated.
   */
  private logical(e: ts.BinaryExpression, k: ts.SyntaxKind): Expr {
    const l = this.expr(e.left);
    const outer = this.pre;
    this.pre = [];
    const r = this.expr(e.right);
    const rPre = this.pre;
    this.pre = outer;
    const tl = exprType(l), tr = exprType(r);
    if (k !== ts.SyntaxKind.QuestionQuestionToken && tl === "bool" && tr === "bool") {
      const op = k === ts.SyntaxKind.AmpersandAmpersandToken ? "&&" : "||";
      if (rPre.length === 0) return { k: "logical", op, left: l, right: r };
      const t = this.mutableTemp("bool");
      this.pre.push({ k: "assign", name: t.name, value: l });
      this.pre.push({ k: "if", test: op === "&&" ? t : { k: "not", arg: t }, then: [...rPre, { k: "assign", name: t.name, value: r }], else: [] });
      return t;
    }
    const numeric = (t: ScalarType) => t === "real" || t === "int";
    if (!(numeric(tl) && numeric(tr)) && tl !== tr) this.err(e, `'${e.operatorToken.getText()}' of a ${tl} and a ${tr}`, e.operatorToken.getText());
    const x = this.twice(l);
    const keep: Expr = k === ts.SyntaxKind.QuestionQuestionToken
      ? (tl === "real" ? { k: "compare", op: "===", left: x, right: x } : { k: "bool", value: true })
      : k === ts.SyntaxKind.BarBarToken ? this.truthy(x) : { k: "not", arg: this.truthy(x) };
    const ty: ScalarType = tl === "int" && tr === "int" ? "int" : numeric(tl) ? "real" : tl;
    if (rPre.length === 0) return { k: "cond", test: keep, then: x, else: r, ty };
    const t = this.mutableTemp(ty);
    this.pre.push({ k: "if", test: keep, then: [{ k: "assign", name: t.name, value: x }], else: [...rPre, { k: "assign", name: t.name, value: r }] });
    return t;
  }

  // ---- calls -----------------------------------------------------------------------------------

  /** What a call's callee denotes: a primitive, or a function to inline. */
  protected target(e: ts.CallExpression): CallTarget | undefined {
    const c = e.expression;
    const p = this.owner.primitiveOf(e);
    if (p === "unknown") {
      const name = c.getText();
      const known = ts.isPropertyAccessExpression(c) && ts.isIdentifier(c.expression) && c.expression.text === "Math" ? ` (supported: ${mathNames().join(", ")})` : "";
      this.err(e, `${name} is not supported${known}`, name);
    }
    if (p) return { kind: "primitive", prim: p };
    if (ts.isIdentifier(c) && !this.lookup(c)) {
      const g = globalPrimitive(c.text);
      if (g && !this.checker.getSymbolAtLocation(c)?.declarations?.some((d) => !d.getSourceFile().isDeclarationFile)) return { kind: "primitive", prim: g };
    }
    if (ts.isPropertyAccessExpression(c) && ts.isIdentifier(c.expression) && c.expression.text === "Number") {
      const g = globalPrimitive(`Number.${c.name.text}`);
      if (g) return { kind: "primitive", prim: g };
    }
    const def = this.owner.resolver.definition(c);
    if (def?.kind === "primitive") return { kind: "primitive", prim: def.prim };
    if (def?.kind === "function") return { kind: "function", decl: def.decl };
    return undefined;
  }

  /** A primitive call's arguments: integers and booleans where the primitive says, reals elsewhere; checked against its arity. */
  protected primitiveArgs(p: Primitive, e: ts.CallExpression): Expr[] {
    const name = e.expression.getText();
    const args = e.arguments.map((a, i) => (p.intArgs?.includes(i) ? this.intExpr(a) : p.boolArgs?.includes(i) ? this.condition(a) : this.realOperand(a)));
    if (p.fold && args.length >= 2) return args;
    if (args.length !== p.arity) this.err(e, `${name} takes ${p.arity} argument(s), got ${args.length}`, name);
    return args;
  }

  /** Calls the function lowerer reads itself: array methods with callbacks, local functions; "void" for no value. */
  protected abstract special(e: ts.CallExpression): Expr | undefined | "void";

  protected call(e: ts.CallExpression): Expr {
    // Number(x) of a number is x (of a boolean 1 or 0); strings here are flags, not numerals
    if (ts.isIdentifier(e.expression) && e.expression.text === "Number" && !this.lookup(e.expression) && e.arguments.length === 1
      && !this.checker.getSymbolAtLocation(e.expression)?.declarations?.some((d) => !d.getSourceFile().isDeclarationFile)) {
      const a = this.expr(e.arguments[0]!), t = exprType(a);
      if (t === "bool") return { k: "cond", test: a, then: num(1, "int"), else: num(0, "int"), ty: "int" };
      if (t === "str") this.err(e, "Number of a string: strings here are flags, not numbers; pass the number", "Number(string)");
      return a;
    }
    const sp = this.special(e);
    if (sp === "void") this.err(e, `${e.expression.getText()} has no value`, "call");
    if (sp) return sp;
    const t = this.target(e);
    if (t?.kind === "primitive") {
      const prim = t.prim, name = e.expression.getText();
      if (prim.result === "void") this.err(e, `${name} has no value; it is called as a statement (by generated code)`, name);
      const args = this.primitiveArgs(prim, e);
      if (prim.fold) return args.slice(1).reduce<Expr>((acc, x) => ({ k: "intrinsic", fn: prim.name, args: [acc, x] }), args[0]!);
      const p = prim.refine?.(args) ?? prim;
      if (p.integral && this.wanted === "int") return this.intLocal({ k: "intrinsic", fn: p.name, args, ty: "int" }, "cut");
      // an integer of a real (getHighWord(x)): a cut, named by an integer local as the others are
      if (p.result === "int" && p.cut && args.some((a) => exprType(a) === "real")) return this.intLocal({ k: "intrinsic", fn: p.name, args, ty: "int" }, "word");
      return { k: "intrinsic", fn: p.name, args, ...(p.result === "int" || p.result === "bool" ? { ty: p.result } : {}) };
    }
    if (t?.kind === "function") return this.inlineCall(e, t.decl);
    const callee = e.expression.getText();
    this.err(e, `call of '${callee}': the compiler cannot find its definition (a function with a body, in this file, an import, a require'd module or node_modules)`, "call");
  }

  /** Arguments for a call of a lowered function: arrays by name, scalars typed as its parameters; missing ones take defaults. */
  protected callArgs(e: ts.CallExpression, calleeName: string, params: Param[]): Expr[] {
    if (e.arguments.length > params.length) this.err(e, `${calleeName} takes ${params.length} argument(s), got ${e.arguments.length}`, "call");
    return params.map((p, i) => {
      const a = e.arguments[i];
      if (!a || (ts.isIdentifier(a) && a.text === "undefined" && !this.lookup(a))) {
        if (p.default) return p.default;
        if (p.ty === "real") return num(NaN); // an argument left out: undefined, a number's NaN
        this.err(e, `${calleeName}: argument '${p.name}' is missing`, "call");
      }
      if (p.ty === "array" || p.ty === "intarray" || p.ty === "record") return this.arrayArgument(a, p, calleeName);
      return this.typedExpr(a, p.ty, p.name);
    });
  }

  protected abstract arrayArgument(a: ts.Expression, p: Param, calleeName: string): Expr;
}

/** A module constant or enum member as IR. */
export function constant(v: number | string): Expr {
  return typeof v === "string" ? { k: "str", value: v } : num(v, Number.isInteger(v) ? "int" : "real");
}
