/**
 * Where a callee or a module constant is defined, followed the way Node would: through ES module
 * imports and re-exports, namespace imports (`bs.getW`), CommonJS `require` and `module.exports`
 * (objects of functions, a function, `exports.f = …`), function expressions and arrows assigned to
 * names, and into `node_modules`. A package whose types are a `.d.ts` is followed into its
 * JavaScript (the declaration has no body). A few library functions the compiler knows as
 * primitives (stdlib's exp, setLowWord, …: primitives/libraries.ts) are recognised by module.
 */
import { createRequire } from "node:module";
import * as path from "node:path";
import { ts, type Project } from "ts-morph";
import { libraryPrimitive } from "../primitives/libraries.js";
import { mathPrimitive } from "../primitives/registry.js";
import type { Primitive } from "../primitives/types.js";

export type FunctionLike = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

/**
 * A function's name: its own, or the name it is bound to (`const f = (x) => …`, `exports.f = function …`,
 * `{ f: (x) => … }`); undefined for an anonymous function passed on.
 */
export function functionName(fn: FunctionLike): string | undefined {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  let p: ts.Node = fn.parent;
  while (ts.isParenthesizedExpression(p)) p = p.parent;
  if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) return p.name.text;
  if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(p.left)) return p.left.name.text;
  return undefined;
}

export type Definition =
  | { kind: "function"; decl: FunctionLike }
  | { kind: "primitive"; prim: Primitive }
  | { kind: "constant"; value: number | string }
  /** A module-level `const A = [1, 2.5, …]` (or `new Float64Array([…])`) of constants. */
  | { kind: "constantArray"; values: number[] }
  | { kind: "module"; file: ts.SourceFile }
  /**
   * An object of functions (a library's namespace: `{ normal: { cdf } }`, or `var lib = {}` given
   * `lib.f = …` later in its scope), as UMD and IIFE bundles build them: read by property.
   */
  | { kind: "object"; literal: ts.ObjectLiteralExpression; binding?: ts.VariableDeclaration };

const isFunctionLike = (n: ts.Node): n is FunctionLike =>
  (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n)) && n.body !== undefined;

/** `require("x")` */
function requireSpec(e: ts.Expression | undefined): string | undefined {
  if (!e || !ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== "require") return undefined;
  const a = e.arguments[0];
  return e.arguments.length === 1 && a && ts.isStringLiteralLike(a) ? a.text : undefined;
}

/** At most this many files are loaded while following a module's dependencies. */
const MAX_FILES = 3000;

export class Resolver {
  private checker: ts.TypeChecker;
  private readonly seen = new Set<string>();

  constructor(private readonly project: Project) {
    this.checker = project.getProgram().compilerObject.getTypeChecker();
  }

  get typeChecker(): ts.TypeChecker {
    return this.checker;
  }

  /**
   * Load, before anything is resolved, every module the file reaches by `import` and `require`,
   * preferring JavaScript implementations over `.d.ts` declarations, so that one checker sees them
   * all (ts-morph makes a new program when files are added).
   */
  loadDependencies(sf: ts.SourceFile): void {
    const queue = [sf.fileName];
    let added = false;
    while (queue.length > 0 && this.seen.size < MAX_FILES) {
      const file = queue.pop()!;
      if (this.seen.has(file)) continue;
      this.seen.add(file);
      const source = this.project.getSourceFile(file) ?? (added = true, this.project.addSourceFileAtPathIfExists(file));
      if (!source) continue;
      for (const spec of specifiersOf(source.compilerNode)) {
        if (libraryPrimitive(spec)) continue;
        const target = this.resolveModule(spec, file);
        if (target && !this.seen.has(target)) queue.push(target);
      }
    }
    if (added) {
      this.project.resolveSourceFileDependencies();
      this.checker = this.project.getProgram().compilerObject.getTypeChecker();
    }
  }

  /** The file a module specifier names from `from`: TypeScript's resolution, or Node's when that gives a declaration file. */
  resolveModule(spec: string, from: string): string | undefined {
    const opts = this.project.getCompilerOptions() as ts.CompilerOptions;
    const r = ts.resolveModuleName(spec, from, { ...opts, allowJs: true }, ts.sys).resolvedModule;
    let file = r?.resolvedFileName;
    if (file && /\.d\.[cm]?ts$/.test(file)) {
      const js = file.replace(/\.d\.([cm]?)ts$/, ".$1js");
      file = ts.sys.fileExists(js) ? js : undefined;
    }
    if (!file) {
      try {
        file = createRequire(from).resolve(spec);
      } catch {
        return undefined;
      }
    }
    return /\.(c|m)?[jt]sx?$/.test(file) && !/\.d\.[cm]?ts$/.test(file) ? path.resolve(file) : undefined;
  }

  /** What an expression used as a callee or a value denotes, following aliases, imports and exports. */
  definition(e: ts.Expression, depth = 0): Definition | undefined {
    if (depth > 50) return undefined;
    if (ts.isParenthesizedExpression(e)) return this.definition(e.expression, depth + 1);
    if (isFunctionLike(e)) return { kind: "function", decl: e };
    const spec = requireSpec(e);
    if (spec !== undefined) return this.moduleValue(spec, e.getSourceFile().fileName, "default", depth);
    if (ts.isNumericLiteral(e)) return { kind: "constant", value: Number(e.text) };
    if (ts.isStringLiteralLike(e)) return { kind: "constant", value: e.text };
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return { kind: "constant", value: -Number(e.operand.text) };
    if (ts.isPropertyAccessExpression(e)) {
      const known = globalConstant(e);
      if (known !== undefined) return { kind: "constant", value: known };
      // `Math.tan` as a value (`export const tan = Math.tan`, `exports.expm1 = Math.expm1`)
      if (ts.isIdentifier(e.expression) && e.expression.text === "Math" && !this.checker.getSymbolAtLocation(e.expression)?.declarations?.some((d) => !d.getSourceFile().isDeclarationFile)) {
        const prim = mathPrimitive(e.name.text);
        if (prim) return { kind: "primitive", prim };
      }
      const obj = this.definition(e.expression, depth + 1);
      if (obj?.kind === "module") return this.exportOf(obj.file, e.name.text, depth + 1);
      if (obj?.kind === "object") return this.objectProperty(obj, e.name.text, depth + 1);
      const enumValue = this.checker.getConstantValue(e);
      if (enumValue !== undefined) return { kind: "constant", value: enumValue };
      const sym = this.checker.getSymbolAtLocation(e.name);
      return sym ? this.fromSymbol(sym, depth + 1) : undefined;
    }
    if (ts.isIdentifier(e)) {
      if (e.text === "Infinity") return { kind: "constant", value: Infinity };
      if (e.text === "NaN") return { kind: "constant", value: NaN };
      const sym = this.checker.getSymbolAtLocation(e);
      return sym ? this.fromSymbol(sym, depth + 1) : undefined;
    }
    if (ts.isObjectLiteralExpression(e)) return { kind: "object", literal: e };
    // an IIFE's value: what the function returns (`var lib = (function () { …; return lib; })()`)
    if (ts.isCallExpression(e) && isFunctionLike(skipParensOf(e.expression)) && e.arguments.length === 0) {
      const r = factoryReturn(skipParensOf(e.expression) as FunctionLike);
      return r ? this.definition(r, depth + 1) : undefined;
    }
    const value = this.arithmetic(e, depth);
    if (value !== undefined) return { kind: "constant", value };
    const values = this.constantElements(e, depth);
    return values ? { kind: "constantArray", values } : undefined;
  }

  /** The numbers of `[a, b, …]`, `new Float64Array([…])`, `Float64Array.from([…])` or `Float64Array.of(…)` whose elements are all constants. */
  private constantElements(e: ts.Expression, depth: number): number[] | undefined {
    // Float64Array.of(a, b, …): how generated code declares a module constant array (read back to transform again)
    if (ts.isCallExpression(e) && e.expression.getText().replace(/\s/g, "") === "Float64Array.of") e = ts.factory.createArrayLiteralExpression(e.arguments);
    else if ((ts.isNewExpression(e) || ts.isCallExpression(e)) && e.arguments?.length === 1) {
      const callee = e.expression.getText().replace(/\s/g, "");
      if (["Float64Array", "Float64Array.from", "Array.from"].includes(callee)) e = e.arguments[0]!;
    }
    if (!ts.isArrayLiteralExpression(e)) return undefined;
    const out: number[] = [];
    for (const x of e.elements) {
      const d = ts.isSpreadElement(x) ? undefined : this.definition(x, depth + 1);
      if (d?.kind !== "constant" || typeof d.value !== "number") return undefined;
      out.push(d.value);
    }
    return out;
  }

  /**
   * A module constant computed from constants (`const SQRT_2PI = Math.sqrt(2 * Math.PI)`): its value,
   * computed here the way Node computes it when the module loads (the same double).
   */
  private arithmetic(e: ts.Expression, depth: number): number | undefined {
    const of = (x: ts.Expression): number | undefined => {
      const d = this.definition(x, depth + 1);
      return d?.kind === "constant" && typeof d.value === "number" ? d.value : undefined;
    };
    if (ts.isPrefixUnaryExpression(e) && (e.operator === ts.SyntaxKind.MinusToken || e.operator === ts.SyntaxKind.PlusToken)) {
      const v = of(e.operand);
      return v === undefined ? undefined : e.operator === ts.SyntaxKind.MinusToken ? -v : v;
    }
    if (ts.isBinaryExpression(e)) {
      const op = ARITHMETIC[e.operatorToken.kind];
      const a = op && of(e.left), b = op && of(e.right);
      return op && a !== undefined && b !== undefined ? op(a, b) : undefined;
    }
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ts.isIdentifier(e.expression.expression) && e.expression.expression.text === "Math") {
      const f = (Math as unknown as Record<string, unknown>)[e.expression.name.text];
      if (typeof f !== "function" || e.expression.name.text === "random") return undefined;
      const args = e.arguments.map(of);
      return args.every((a) => a !== undefined) ? (f as (...x: number[]) => number)(...(args as number[])) : undefined;
    }
    return undefined;
  }

  private fromSymbol(sym: ts.Symbol, depth: number): Definition | undefined {
    const decls = sym.declarations ?? [];
    for (const d of decls) {
      // imports: follow the specifier ourselves (the checker stops at a package's .d.ts)
      if (ts.isImportSpecifier(d) || ts.isImportClause(d) || ts.isNamespaceImport(d)) {
        const imp = ts.isImportSpecifier(d) ? d.parent.parent.parent : ts.isImportClause(d) ? d.parent : d.parent.parent;
        if (!ts.isImportDeclaration(imp) || !ts.isStringLiteral(imp.moduleSpecifier)) continue;
        const from = d.getSourceFile().fileName, spec = imp.moduleSpecifier.text;
        if (ts.isNamespaceImport(d)) return this.moduleOf(spec, from);
        const name = ts.isImportSpecifier(d) ? (d.propertyName ?? d.name).text : "default";
        return this.moduleValue(spec, from, name, depth);
      }
      const def = this.fromDeclaration(d, depth);
      if (def) return def;
    }
    if (sym.flags & ts.SymbolFlags.Alias) {
      const target = this.checker.getAliasedSymbol(sym);
      if (target !== sym) return this.fromSymbol(target, depth + 1);
    }
    return undefined;
  }

  private fromDeclaration(d: ts.Declaration, depth: number): Definition | undefined {
    if (isFunctionLike(d)) return { kind: "function", decl: d };
    if (ts.isVariableDeclaration(d) && d.initializer && ts.isObjectLiteralExpression(skipParensOf(d.initializer))) {
      // an object of functions, also inside a factory function (UMD): its literal and the assignments to it
      return { kind: "object", literal: skipParensOf(d.initializer) as ts.ObjectLiteralExpression, binding: d };
    }
    if (ts.isVariableDeclaration(d) && d.initializer) {
      // a module-level constant keeps its value only if nothing assigns it again
      if (ts.isSourceFile(d.parent.parent.parent) || requireSpec(d.initializer) !== undefined || isFunctionLike(d.initializer)) {
        const def = this.definition(d.initializer, depth + 1);
        // a module array is a constant only when declared const (its elements may still be written: see arrays.ts)
        return def?.kind === "constantArray" && !(d.parent.flags & ts.NodeFlags.Const) ? undefined : def;
      }
    }
    if (ts.isPropertyAssignment(d)) return this.definition(d.initializer, depth + 1);
    if (ts.isShorthandPropertyAssignment(d)) {
      const s = this.checker.getShorthandAssignmentValueSymbol(d);
      return s ? this.fromSymbol(s, depth + 1) : undefined;
    }
    if (ts.isBinaryExpression(d) || (ts.isPropertyAccessExpression(d) && ts.isBinaryExpression(d.parent))) {
      const b = ts.isBinaryExpression(d) ? d : (d.parent as ts.BinaryExpression);
      return this.definition(b.right, depth + 1); // exports.f = function …
    }
    if (ts.isExportAssignment(d)) return this.definition(d.expression, depth + 1);
    if (ts.isEnumMember(d)) {
      const v = this.checker.getConstantValue(d);
      return v === undefined ? undefined : { kind: "constant", value: v };
    }
    return undefined;
  }

  /**
   * A property of an object of functions: in its literal, or assigned to it once in its scope
   * (`lib.f = …`). Functions, objects and modules only: a number field is data, not a constant.
   */
  private objectProperty(obj: Extract<Definition, { kind: "object" }>, name: string, depth: number): Definition | undefined {
    let inLiteral: ts.Expression | undefined, method: Definition | undefined;
    for (const p of obj.literal.properties) {
      if (!p.name || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) || p.name.text !== name) continue;
      if (ts.isPropertyAssignment(p)) inLiteral = p.initializer;
      else if (ts.isShorthandPropertyAssignment(p)) inLiteral = p.name;
      else if (ts.isMethodDeclaration(p) && p.body) method = { kind: "function", decl: p };
    }
    const assigned: ts.Expression[] = [];
    const d = obj.binding;
    if (d && ts.isIdentifier(d.name)) {
      const sym = this.checker.getSymbolAtLocation(d.name);
      const scope = ts.findAncestor(d.parent, (n) => ts.isSourceFile(n) || isFunctionLike(n)) ?? d.getSourceFile();
      const visit = (n: ts.Node): void => {
        if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && n.left.name.text === name
          && ts.isIdentifier(n.left.expression) && this.checker.getSymbolAtLocation(n.left.expression) === sym) assigned.push(n.right);
        ts.forEachChild(n, visit);
      };
      visit(scope);
    }
    if ((inLiteral || method ? 1 : 0) + assigned.length !== 1) return undefined; // absent, or written more than once: not one value
    const def = method ?? this.definition(inLiteral ?? assigned[0]!, depth + 1);
    // (a number field is not taken as a constant: another module may write the object)
    return def?.kind === "constant" || def?.kind === "constantArray" ? undefined : def;
  }

  private moduleOf(spec: string, from: string): Definition | undefined {
    const file = this.resolveModule(spec, from);
    const sf = file ? this.project.getSourceFile(file)?.compilerNode : undefined;
    return sf ? { kind: "module", file: sf } : undefined;
  }

  /** The export `name` ("default": module.exports or export default) of the module `spec` names. */
  private moduleValue(spec: string, from: string, name: string, depth: number): Definition | undefined {
    const prim = libraryPrimitive(spec, name);
    if (prim) return { kind: "primitive", prim };
    const m = this.moduleOf(spec, from);
    if (m?.kind !== "module") return undefined;
    return name === "default" && !hasEsmExports(m.file) && !hasCommonJsDefault(m.file) ? m : this.exportOf(m.file, name, depth + 1);
  }

  /** An export of a file, CommonJS or ESM. */
  exportOf(sf: ts.SourceFile, name: string, depth: number): Definition | undefined {
    if (depth > 50) return undefined;
    let whole: ts.Expression | undefined;
    // names of the exports object: `exports`, `module.exports`, and aliases (`var e = exports;`, as bundled numerics libraries write)
    const exportObjects = new Set(["exports", "module.exports"]);
    for (const st of sf.statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && exportObjects.has(d.initializer.getText().replace(/\s/g, ""))) exportObjects.add(d.name.text);
      }
    }
    for (const st of sf.statements) {
      // CommonJS: module.exports = X; module.exports.name = X; exports.name = X; e.name = X (e an alias of exports)
      if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression) && st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const left = st.expression.left.getText().replace(/\s/g, "");
        if (left === "module.exports") whole = st.expression.right;
        else if ([...exportObjects].some((o) => left === `${o}.${name}`)) return this.definition(st.expression.right, depth + 1);
      }
      // ESM
      if (ts.isFunctionDeclaration(st) && st.name?.text === name && hasExport(st)) return this.fromDeclaration(st, depth);
      if (ts.isFunctionDeclaration(st) && name === "default" && hasExport(st) && hasDefault(st)) return this.fromDeclaration(st, depth);
      if (ts.isVariableStatement(st) && hasExport(st)) {
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return this.definition(d.initializer, depth + 1);
      }
      if (ts.isExportAssignment(st) && name === "default") return this.definition(st.expression, depth + 1);
      if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) {
        for (const el of st.exportClause.elements) {
          if (el.name.text !== name) continue;
          const local = (el.propertyName ?? el.name).text;
          if (st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) return this.moduleValue(st.moduleSpecifier.text, sf.fileName, local, depth + 1);
          const sym = this.checker.getExportSpecifierLocalTargetSymbol(el);
          return sym ? this.fromSymbol(sym, depth + 1) : undefined;
        }
      }
      if (ts.isExportDeclaration(st) && !st.exportClause && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
        const r = this.moduleValue(st.moduleSpecifier.text, sf.fileName, name, depth + 1);
        if (r) return r;
      }
    }
    // UMD: (function (root, factory) { … module.exports = factory() … })(this, function () { …; return lib; })
    whole ??= umdFactoryValue(sf);
    if (whole) {
      if (name === "default") return this.definition(whole, depth + 1);
      if (ts.isObjectLiteralExpression(whole)) {
        for (const p of whole.properties) {
          if (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name) {
            if (ts.isPropertyAssignment(p)) return this.definition(p.initializer, depth + 1);
            if (ts.isShorthandPropertyAssignment(p)) return this.definition(p.name, depth + 1);
            if (ts.isMethodDeclaration(p) && p.body) return { kind: "function", decl: p };
          }
        }
      }
      const def = this.definition(whole, depth + 1);
      if (def?.kind === "module") return this.exportOf(def.file, name, depth + 1);
      if (def?.kind === "object") return this.objectProperty(def, name, depth + 1);
    }
    return undefined;
  }
}

const hasExport = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const hasDefault = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
const hasEsmExports = (sf: ts.SourceFile) => sf.statements.some((s) => hasExport(s) || ts.isExportAssignment(s) || ts.isExportDeclaration(s));
const hasCommonJsDefault = (sf: ts.SourceFile) => sf.statements.some((s) => ts.isExpressionStatement(s) && ts.isBinaryExpression(s.expression) && s.expression.left.getText() === "module.exports");

const skipParensOf = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) ? skipParensOf(e.expression) : e);

/** What a factory function returns: its body's own `return X` (the last one at its top level). */
function factoryReturn(fn: FunctionLike): ts.Expression | undefined {
  if (!fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return fn.body;
  const r = [...fn.body.statements].reverse().find(ts.isReturnStatement);
  return r?.expression;
}

/** A UMD or IIFE bundle's value: the return of the factory function passed to the top-level wrapper call. */
function umdFactoryValue(sf: ts.SourceFile): ts.Expression | undefined {
  for (const st of sf.statements) {
    if (!ts.isExpressionStatement(st)) continue;
    let call = skipParensOf(st.expression);
    if (ts.isPrefixUnaryExpression(call)) call = skipParensOf(call.operand); // !function (…) {…}(…)
    if (!ts.isCallExpression(call) || !isFunctionLike(skipParensOf(call.expression))) continue;
    for (const a of call.arguments) {
      const f = skipParensOf(a);
      if (isFunctionLike(f)) return factoryReturn(f);
    }
  }
  return undefined;
}

/** The module specifiers a file imports or requires. */
function specifiersOf(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) out.push(n.moduleSpecifier.text);
    const spec = ts.isCallExpression(n) ? requireSpec(n) : undefined;
    if (spec !== undefined) out.push(spec);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** `Number.MAX_VALUE`, `Math.PI` and the like. */
const ARITHMETIC: Partial<Record<ts.SyntaxKind, (a: number, b: number) => number>> = {
  [ts.SyntaxKind.PlusToken]: (a, b) => a + b,
  [ts.SyntaxKind.MinusToken]: (a, b) => a - b,
  [ts.SyntaxKind.AsteriskToken]: (a, b) => a * b,
  [ts.SyntaxKind.SlashToken]: (a, b) => a / b,
  [ts.SyntaxKind.AsteriskAsteriskToken]: (a, b) => a ** b,
};

export function globalConstant(e: ts.PropertyAccessExpression): number | undefined {
  if (!ts.isIdentifier(e.expression)) return undefined;
  const on = e.expression.text, name = e.name.text;
  const tables: Record<string, Record<string, number>> = {
    Math: { PI: Math.PI, E: Math.E, LN2: Math.LN2, LN10: Math.LN10, LOG2E: Math.LOG2E, LOG10E: Math.LOG10E, SQRT2: Math.SQRT2, SQRT1_2: Math.SQRT1_2 },
    Number: {
      NaN: NaN, POSITIVE_INFINITY: Infinity, NEGATIVE_INFINITY: -Infinity, MAX_VALUE: Number.MAX_VALUE, MIN_VALUE: Number.MIN_VALUE,
      EPSILON: Number.EPSILON, MAX_SAFE_INTEGER: Number.MAX_SAFE_INTEGER, MIN_SAFE_INTEGER: Number.MIN_SAFE_INTEGER,
    },
  };
  return tables[on]?.[name];
}
