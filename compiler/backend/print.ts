/**
 * Backend: IR → TypeScript text, built with `ts.factory` and printed by the TypeScript printer.
 * Statements carry a trailing `// file:line` comment pointing at the source they came from.
 */
import { ts } from "ts-morph";
import type { BinaryOp, Expr, Func, Param, Stmt, Type } from "../ir/types.js";
import { isBitOp } from "../ir/build.js";
import { sameExpr } from "../ir/walk.js";
import { BOUNDS } from "../primitives/interval-calls.js";
import { primitive, primitiveIncrementOf, runtimeNames } from "../primitives/registry.js";
import type { Primitive } from "../primitives/types.js";

const f = ts.factory;

export interface PrintOptions {
  /** Module specifier for runtime imports (intrinsics, tape). */
  runtimeImport: string;
  /** One line saying what the file was generated from. */
  header: string;
  /** Print `// file:line` comments (default true). */
  lineComments?: boolean;
}

/** The module constant arrays of a generated module: name → values (one declaration each, shared by its functions). */
class ModuleArrays {
  readonly byName = new Map<string, readonly number[]>();
  constructor(private readonly reserved: ReadonlySet<string>) {}

  /** The module-level name for a function's constant array `name` of these values: one declaration per array of values. */
  declare(name: string, values: readonly number[]): string {
    const same = (v: readonly number[] | undefined) => v !== undefined && v.length === values.length && v.every((x, i) => Object.is(x, values[i]));
    if (same(this.byName.get(name))) return name;
    for (const [n, v] of this.byName) if (same(v)) return n; // the same array, named otherwise in another function
    let n = name;
    for (let k = 2; this.reserved.has(n) || this.byName.has(n); k++) n = `${name}_${k}`;
    this.byName.set(n, values);
    return n;
  }
}

export function printModule(funcs: Func[], opts: PrintOptions): string {
  const used = new Set<string>();
  const consts = new Map<string, Extract<Expr, { k: "const" }>>();
  const arrays = new ModuleArrays(new Set([...funcs.map((fn) => fn.name), ...runtimeNames(), BOUNDS, "PHI", "ETA"]));
  const decls = funcs.map((fn) => functionDecl(fn, used, consts, arrays, opts.lineComments !== false));
  for (const n of arrays.byName.keys()) if (used.has(n)) throw new Error(`internal: the module constant array '${n}' has the name of a runtime import`);
  const statements: ts.Statement[] = [];
  if (used.size > 0) {
    const names = [...used].sort();
    statements.push(
      f.createImportDeclaration(
        undefined,
        f.createImportClause(undefined, undefined, f.createNamedImports(names.map((n) => f.createImportSpecifier(false, undefined, f.createIdentifier(n))))),
        f.createStringLiteral(opts.runtimeImport),
      ),
    );
  }
  for (const [name, values] of arrays.byName) {
    const init = f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier("Float64Array"), "of"), undefined, values.map(numberLiteral));
    const decl = f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, undefined, init)], ts.NodeFlags.Const));
    ts.addSyntheticTrailingComment(decl, ts.SyntaxKind.SingleLineCommentTrivia, " a constant array of the source, allocated once (read-only)", false);
    statements.push(decl);
  }
  for (const c of consts.values()) {
    const decl = f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(c.name, undefined, undefined, numberLiteral(c.value))], ts.NodeFlags.Const));
    ts.addSyntheticTrailingComment(decl, ts.SyntaxKind.SingleLineCommentTrivia, ` ${c.doc}`, false);
    statements.push(decl);
  }
  statements.push(...decls);
  const sf = f.createSourceFile(statements, f.createToken(ts.SyntaxKind.EndOfFileToken), ts.NodeFlags.None);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
  const body = printer.printFile(sf);
  // Blank line between functions for the reader.
  return `${opts.header}\n${body.replace(/\n(\/\*\*\n)/g, "\n\n$1")}`;
}

function typeNode(t: Type | "void"): ts.TypeNode {
  switch (t) {
    case "real": case "int": return f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword);
    case "bool": return f.createKeywordTypeNode(ts.SyntaxKind.BooleanKeyword);
    case "str": return f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
    case "array": return f.createTypeReferenceNode("Float64Array");
    case "intarray": return f.createTypeReferenceNode("Int32Array");
    case "record": return f.createTypeReferenceNode("object"); // parameters print their fields (paramType)
    case "void": return f.createKeywordTypeNode(ts.SyntaxKind.VoidKeyword);
  }
}

/** A parameter's type: `number[]` where the source has it, a record's fields as a type literal. */
function paramType(p: Param): ts.TypeNode {
  if (p.ty === "record") return f.createTypeLiteralNode((p.fields ?? []).map((x) => f.createPropertySignature(undefined, x.name, undefined, typeNode(x.ty))));
  if (p.ty === "array" && p.text === "number[]") return f.createArrayTypeNode(f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword));
  return typeNode(p.ty);
}

function jsdoc(fn: Func): string {
  const lines: string[] = [];
  if (fn.origin) lines.push(`${capitalise(fn.origin)} (${fn.loc.file}:${fn.loc.line}).`);
  if (fn.terminal) return `*\n${lines.map((l) => ` * ${l}`).join("\n")}\n `;
  lines.push("@differentiable");
  lines.push(`@wrt ${fn.ann.wrt.join(" ")}`);
  for (const [p, [lo, hi]] of Object.entries(fn.ann.domain)) lines.push(`@domain ${p} ${lo} ${hi}`);
  for (const [p, vs] of Object.entries(fn.ann.values ?? {})) lines.push(`@domain ${p} ${vs.map((v) => (typeof v === "string" ? JSON.stringify(v) : String(v))).join(" ")}`);
  for (const [p, n] of Object.entries(fn.ann.length)) lines.push(`@length ${p} ${n}`);
  for (const v of fn.ann.variants) lines.push(`@variant ${v.steps.map((s) => (s.wrt ? `${s.mode}(${s.wrt.join(", ")})` : s.mode)).join(" ")}`);
  return `*\n${lines.map((l) => ` * ${l}`).join("\n")}\n `;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function functionDecl(fn: Func, used: Set<string>, consts: Map<string, Extract<Expr, { k: "const" }>>, arrays: ModuleArrays, lineComments: boolean): ts.FunctionDeclaration {
  const p = new StmtPrinter(used, consts, arrays, lineComments);
  const decl = f.createFunctionDeclaration(
    [f.createModifier(ts.SyntaxKind.ExportKeyword)],
    undefined,
    fn.name,
    undefined,
    fn.params.map((q) => f.createParameterDeclaration(undefined, undefined, q.name, undefined, paramType(q))),
    typeNode(fn.ret),
    f.createBlock(p.stmts(fn.body), true),
  );
  ts.addSyntheticLeadingComment(decl, ts.SyntaxKind.MultiLineCommentTrivia, jsdoc(fn), true);
  return decl;
}

class StmtPrinter {
  /** This function's constant arrays under their module-level names, where those differ. */
  private readonly alias = new Map<string, string>();

  constructor(private readonly used: Set<string>, private readonly consts: Map<string, Extract<Expr, { k: "const" }>>,
    private readonly arrays: ModuleArrays, private readonly lineComments: boolean) {}

  stmts(ss: Stmt[]): ts.Statement[] {
    const out: ts.Statement[] = [];
    let pendingComment: string | undefined;
    for (const s of ss) {
      if (s.k === "comment") {
        pendingComment = pendingComment ? `${pendingComment}; ${s.text}` : s.text;
        continue;
      }
      if (s.k === "alloc" && s.values) {
        // declared once at module level (printModule)
        const n = this.arrays.declare(s.name, s.values);
        if (n !== s.name) this.alias.set(s.name, n);
        continue;
      }
      const node = this.stmt(s);
      if (pendingComment) {
        ts.addSyntheticLeadingComment(node, ts.SyntaxKind.SingleLineCommentTrivia, ` ${pendingComment}`, true);
        pendingComment = undefined;
      }
      if (this.lineComments && s.loc && s.k !== "if" && s.k !== "for" && s.k !== "while") {
        ts.addSyntheticTrailingComment(node, ts.SyntaxKind.SingleLineCommentTrivia, ` ${basename(s.loc.file)}:${s.loc.line}`, false);
      }
      out.push(node);
    }
    if (pendingComment) {
      // a comment with no statement after it (a block that ends with one): on an empty statement
      const empty = f.createEmptyStatement();
      ts.addSyntheticLeadingComment(empty, ts.SyntaxKind.SingleLineCommentTrivia, ` ${pendingComment}`, true);
      out.push(empty);
    }
    return out;
  }

  private block(ss: Stmt[]): ts.Block {
    return f.createBlock(this.stmts(ss), true);
  }

  private stmt(s: Stmt): ts.Statement {
    switch (s.k) {
      case "let":
        return f.createVariableStatement(
          undefined,
          f.createVariableDeclarationList([f.createVariableDeclaration(s.name, undefined, undefined, this.expr(s.init))], s.mutable ? ts.NodeFlags.Let : ts.NodeFlags.Const),
        );
      case "assign":
        return f.createExpressionStatement(this.assignment(f.createIdentifier(s.name), s.value, s.name));
      case "store": {
        if (s.array === BOUNDS) this.used.add(BOUNDS);
        const target = f.createElementAccessExpression(f.createIdentifier(s.array), this.expr(s.index));
        // `a[i]! += v`: under noUncheckedIndexedAccess an element read may be undefined
        const read = f.createNonNullExpression(target);
        const inc = primitiveIncrementOf(s.value, { k: "index", array: s.array, index: s.index });
        if (inc) return f.createExpressionStatement(f.createBinaryExpression(read, ts.SyntaxKind.PlusEqualsToken, this.expr(inc)));
        if (s.value.k === "binary" && isCompoundable(s.value.op) && s.value.left.k === "index" && s.value.left.array === s.array && sameExpr(s.value.left.index, s.index)) {
          return f.createExpressionStatement(f.createBinaryExpression(read, compoundToken(s.value.op), this.expr(s.value.right)));
        }
        return f.createExpressionStatement(f.createAssignment(target, this.expr(s.value)));
      }
      case "if": {
        const els = s.else.length > 0 ? (s.else.length === 1 && s.else[0]!.k === "if" ? this.stmt(s.else[0]!) : this.block(s.else)) : undefined;
        return f.createIfStatement(this.expr(s.test), this.block(s.then), els);
      }
      case "for": {
        const v = f.createIdentifier(s.v);
        const cmp = ({ "<": ts.SyntaxKind.LessThanToken, "<=": ts.SyntaxKind.LessThanEqualsToken, ">": ts.SyntaxKind.GreaterThanToken, ">=": ts.SyntaxKind.GreaterThanEqualsToken } as const)[s.cmp];
        return f.createForStatement(
          f.createVariableDeclarationList([f.createVariableDeclaration(s.v, undefined, undefined, this.expr(s.from))], ts.NodeFlags.Let),
          f.createBinaryExpression(v, cmp, this.expr(s.to)),
          s.step > 0 ? f.createPostfixIncrement(v) : f.createPostfixDecrement(v),
          this.block(s.body),
        );
      }
      case "while":
        return f.createWhileStatement(this.expr(s.test), this.block(s.body));
      case "return":
        return f.createReturnStatement(s.value ? this.expr(s.value) : undefined);
      case "callstmt":
        return f.createExpressionStatement(this.expr(s.call));
      case "effect":
        return f.createExpressionStatement(this.call(primitive(s.fn), s.args));
      case "alloc": {
        if (s.values) throw new Error("internal: a module constant array is declared at module level (stmts)");
        const value = f.createNewExpression(f.createIdentifier("Float64Array"), undefined, [this.expr(s.length)]);
        if (s.assign) return f.createExpressionStatement(f.createAssignment(f.createIdentifier(s.name), value));
        return f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(s.name, undefined, undefined, value)], ts.NodeFlags.Let));
      }
      case "setfield": {
        const target = f.createPropertyAccessExpression(f.createIdentifier(s.record), s.field);
        const v = s.value;
        if (v.k === "binary" && v.op === "+" && v.left.k === "field" && v.left.record === s.record && v.left.field === s.field) {
          return f.createExpressionStatement(f.createBinaryExpression(target, ts.SyntaxKind.PlusEqualsToken, this.expr(v.right)));
        }
        return f.createExpressionStatement(f.createAssignment(target, this.expr(v)));
      }
      case "do":
        return f.createExpressionStatement(this.expr(s.expr));
      case "throw": {
        // the message as a template literal: its strings as written, its scalars interpolated
        const texts: string[] = [""], exprs: ts.Expression[] = [];
        for (const p of s.parts) {
          if (p.k === "str") texts[texts.length - 1] += p.value;
          else { exprs.push(this.expr(p)); texts.push(""); }
        }
        const message = exprs.length === 0 ? f.createStringLiteral(texts[0]!)
          : f.createTemplateExpression(f.createTemplateHead(texts[0]!), exprs.map((e, i) =>
            f.createTemplateSpan(e, i === exprs.length - 1 ? f.createTemplateTail(texts[i + 1]!) : f.createTemplateMiddle(texts[i + 1]!))));
        return f.createThrowStatement(f.createNewExpression(f.createIdentifier("Error"), undefined, [message]));
      }
      case "break": case "continue": case "loop": case "block":
        throw new Error(`internal: ${s.k} reached the printer (the structuring pass removes it)`);
      case "comment":
        return f.createEmptyStatement();
    }
  }

  /** `x = x + e` prints as `x += e`. */
  private assignment(target: ts.Identifier, value: Expr, name: string): ts.Expression {
    const inc = primitiveIncrementOf(value, { k: "var", name, ty: "real" });
    if (inc) return f.createBinaryExpression(target, ts.SyntaxKind.PlusEqualsToken, this.expr(inc));
    if (value.k === "binary" && isCompoundable(value.op) && value.left.k === "var" && value.left.name === name) {
      if (value.right.k === "num" && value.right.value === 1 && value.ty === "int" && (value.op === "+" || value.op === "-")) {
        return value.op === "+" ? f.createPostfixIncrement(target) : f.createPostfixDecrement(target);
      }
      return f.createBinaryExpression(target, compoundToken(value.op), this.expr(value.right));
    }
    return f.createAssignment(target, this.expr(value));
  }

  expr(e: Expr): ts.Expression {
    switch (e.k) {
      case "num": return numberLiteral(e.value);
      case "bool": return e.value ? f.createTrue() : f.createFalse();
      case "var": return f.createIdentifier(e.name);
      case "index": case "iindex":
        if (e.array === BOUNDS) this.used.add(BOUNDS); // the runtime's bound pair (interval code)
        // `a[i]!`: the generated code type-checks under noUncheckedIndexedAccess (indices are in range by construction)
        return f.createNonNullExpression(f.createElementAccessExpression(f.createIdentifier(this.alias.get(e.array) ?? e.array), this.expr(e.index)));
      case "length": return f.createPropertyAccessExpression(f.createIdentifier(this.alias.get(e.array) ?? e.array), "length");
      case "field": return f.createPropertyAccessExpression(f.createIdentifier(e.record), e.field);
      case "record": throw new Error("internal: a record literal reached the printer (normalization substitutes it)");
      case "view": throw new Error("internal: a subarray view reached the printer (inlining substitutes it)");
      case "neg": return f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, this.operand(e.arg));
      case "not": return f.createPrefixUnaryExpression(ts.SyntaxKind.ExclamationToken, this.operand(e.arg));
      case "binary": {
        // ~x (the frontend reads it as x ^ -1)
        const tilde = (x: Expr) => x.k === "binary" && x.op === "^" && x.right.k === "num" && x.right.value === -1;
        if (tilde(e)) return f.createPrefixUnaryExpression(ts.SyntaxKind.TildeToken, tilde(e.left) ? this.expr(e.left) : this.operand(e.left));
        const op = ({
          "+": ts.SyntaxKind.PlusToken, "-": ts.SyntaxKind.MinusToken, "*": ts.SyntaxKind.AsteriskToken, "/": ts.SyntaxKind.SlashToken, "%": ts.SyntaxKind.PercentToken,
          "&": ts.SyntaxKind.AmpersandToken, "|": ts.SyntaxKind.BarToken, "^": ts.SyntaxKind.CaretToken,
          "<<": ts.SyntaxKind.LessThanLessThanToken, ">>": ts.SyntaxKind.GreaterThanGreaterThanToken, ">>>": ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
        } as const)[e.op];
        const left = this.expr(e.left);
        // arithmetic inside a bitwise operator in parentheses, as people write it: (lo + hi) >> 1
        const mixed = (x: Expr) => isBitOp(e.op) && x.k === "binary" && isBitOp(x.op) !== isBitOp(e.op);
        return f.createBinaryExpression(mixed(e.left) ? f.createParenthesizedExpression(left) : left, op, mixed(e.right) ? f.createParenthesizedExpression(this.expr(e.right)) : this.rightOperand(e.op, e.right));
      }
      case "compare": {
        const op = ({
          "<": ts.SyntaxKind.LessThanToken, "<=": ts.SyntaxKind.LessThanEqualsToken, ">": ts.SyntaxKind.GreaterThanToken,
          ">=": ts.SyntaxKind.GreaterThanEqualsToken, "===": ts.SyntaxKind.EqualsEqualsEqualsToken, "!==": ts.SyntaxKind.ExclamationEqualsEqualsToken,
        } as const)[e.op];
        return f.createBinaryExpression(this.expr(e.left), op, this.expr(e.right));
      }
      case "logical":
        return f.createBinaryExpression(this.expr(e.left), e.op === "&&" ? ts.SyntaxKind.AmpersandAmpersandToken : ts.SyntaxKind.BarBarToken, this.expr(e.right));
      case "cond":
        return f.createConditionalExpression(this.expr(e.test), f.createToken(ts.SyntaxKind.QuestionToken), this.expr(e.then), f.createToken(ts.SyntaxKind.ColonToken), this.expr(e.else));
      case "intrinsic": {
        const p = primitive(e.fn);
        return p.expand ? this.expr(p.expand(e.args)) : this.call(p, e.args);
      }
      case "const":
        this.consts.set(e.name, e);
        return f.createIdentifier(e.name);
      case "call":
        return f.createCallExpression(f.createIdentifier(e.fn), undefined, e.args.map((a) => this.expr(a)));
      case "runtime":
        this.used.add(e.fn);
        return f.createCallExpression(f.createIdentifier(e.fn), undefined, e.args.map((a) => this.expr(a)));
      case "str":
        return f.createStringLiteral(e.value);
    }
  }

  /** A primitive's call as it is spelled in source: `Math.exp(x)`, `silu(x)`, `tape.push(x)`. */
  private call(p: Primitive, args: Expr[]): ts.Expression {
    const sp = p.spelling;
    let callee: ts.Expression;
    if ("math" in sp) callee = f.createPropertyAccessExpression(f.createIdentifier("Math"), sp.math);
    else if ("runtime" in sp) callee = (this.used.add(sp.runtime), f.createIdentifier(sp.runtime));
    else if ("on" in sp) callee = (this.used.add(sp.on), f.createPropertyAccessExpression(f.createIdentifier(sp.on), sp.method));
    else if ("global" in sp) callee = f.createIdentifier(sp.global);
    else throw new Error(`internal: ${p.name} has no call syntax (it needs expand)`);
    return f.createCallExpression(callee, undefined, args.map((a) => this.expr(a)));
  }

  private operand(e: Expr): ts.Expression {
    const x = this.expr(e);
    return isSimple(e) ? x : f.createParenthesizedExpression(x);
  }

  /**
   * Keep the IR's grouping exactly: floating-point + and * are not associative, so a right operand
   * of the same or lower precedence is parenthesized (a - (b + c), a * (b * c)).
   */
  private rightOperand(op: string, e: Expr): ts.Expression {
    const x = this.expr(e);
    const prec = (o: string) => PRECEDENCE[o] ?? 0;
    if (e.k === "binary" && prec(e.op) <= prec(op)) return f.createParenthesizedExpression(x);
    if (e.k === "neg" && (op === "+" || op === "-")) return f.createParenthesizedExpression(x);
    return x;
  }
}

function isSimple(e: Expr): boolean {
  return e.k === "num" ? e.value >= 0 : e.k === "var" || e.k === "index" || e.k === "iindex" || e.k === "length" || e.k === "const" || e.k === "field" ||
    (e.k === "intrinsic" && primitive(e.fn).expand === undefined) || e.k === "call" || e.k === "bool";
}

function numberLiteral(v: number): ts.Expression {
  if (Number.isNaN(v)) return f.createIdentifier("NaN");
  if (v === Infinity) return f.createIdentifier("Infinity");
  if (v === -Infinity) return f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createIdentifier("Infinity"));
  if (v < 0 || Object.is(v, -0)) return f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createNumericLiteral(String(-v)));
  return f.createNumericLiteral(String(v));
}

/** JavaScript's binding strength of the binary operators the IR has (higher binds tighter). */
const PRECEDENCE: Record<string, number> = { "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, ">>>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6 };

/** `x = x op e` prints as `x op= e` (not for `%`, where it rarely reads better). */
const isCompoundable = (op: BinaryOp): op is Exclude<BinaryOp, "%"> => op !== "%";

function compoundToken(op: Exclude<BinaryOp, "%">): ts.CompoundAssignmentOperator {
  return ({
    "+": ts.SyntaxKind.PlusEqualsToken, "-": ts.SyntaxKind.MinusEqualsToken, "*": ts.SyntaxKind.AsteriskEqualsToken, "/": ts.SyntaxKind.SlashEqualsToken,
    "&": ts.SyntaxKind.AmpersandEqualsToken, "|": ts.SyntaxKind.BarEqualsToken, "^": ts.SyntaxKind.CaretEqualsToken,
    "<<": ts.SyntaxKind.LessThanLessThanEqualsToken, ">>": ts.SyntaxKind.GreaterThanGreaterThanEqualsToken, ">>>": ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
  } as const)[op];
}

function basename(p: string): string {
  const i = p.lastIndexOf("/");
  return i >= 0 ? p.slice(i + 1) : p;
}
