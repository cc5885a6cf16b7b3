/**
 * Frontend: TypeScript or JavaScript (through ts-morph's bundled compiler API) → IR.
 *
 * The entry points are the functions a file annotates with `@differentiable`: a function
 * declaration, `export const f = function …` / arrow, or an annotated re-export of a function the
 * user does not own (`export const price = blackScholes;`, the tags on the const). Every function
 * they call is followed (resolve.ts) and lowered as a helper, inlined by normalization. Anything the
 * compiler cannot read is a CompileError with file:line:col and the construct's name.
 */
import * as path from "node:path";
import { ts, type Project, type SourceFile } from "ts-morph";
import { CompileError, CompileErrors } from "../diagnostics.js";
import { variable } from "../ir/build.js";
import type { Func, Loc } from "../ir/types.js";
import { mathPrimitive, runtimePrimitive } from "../primitives/registry.js";
import type { Primitive } from "../primitives/types.js";
import { isDifferentiable, readAnnotations } from "./annotations.js";
import { FunctionLowerer } from "./function.js";
import { functionName, Resolver, type FunctionLike } from "./resolve.js";
import { MAX_RECURSION, type LowerOptions, type ModuleContext } from "./context.js";

/** A module specifier that names the sobolev runtime (where intrinsics and the tape come from). */
export function isRuntimeSpecifier(spec: string): boolean {
  return spec === "sobolev/runtime" || /(^|\/)runtime(\/index|\/intrinsics|\/tape)?(\.js|\.ts)?$/.test(spec);
}

export interface LoweredModule {
  /** The file's entry points, in source order. */
  funcs: Func[];
  /** Every function reachable by calls (entry points and helpers), by IR name. */
  all: Map<string, Func>;
  /** The runtime module specifier the file imports from, if any. */
  runtimeSpecifier?: string;
}

export class Lowerer implements ModuleContext {
  readonly resolver: Resolver;
  private readonly byDecl = new Map<string, Func>();
  private readonly declIds = new Map<FunctionLike, number>();
  /** Functions being lowered, and at which level of their own recursion. */
  private readonly inProgress = new Map<FunctionLike, number>();
  readonly all = new Map<string, Func>();
  private readonly entryNames = new Set<string>();
  private readonly syntaxChecked = new Set<ts.SourceFile>();

  constructor(private readonly project: Project, private readonly cwd: string) {
    this.resolver = new Resolver(project);
  }

  private get checker(): ts.TypeChecker {
    return this.resolver.typeChecker;
  }

  lowerFile(sf: SourceFile): LoweredModule {
    this.checkSyntax(sf.compilerNode);
    this.resolver.loadDependencies(sf.compilerNode);
    const node = this.project.getSourceFile(sf.getFilePath())!.compilerNode;
    const funcs: Func[] = [];
    let runtimeSpecifier: string | undefined;
    // each entry is lowered on its own, so that one error does not hide another function's
    const errors: CompileError[] = [];
    const seen = new Set<string>();
    // the names the file's entries take (`export const sinpi = …`): a helper reached first gives way
    for (const st of node.statements) {
      if (ts.isFunctionDeclaration(st) && isDifferentiable(st) && st.name) this.entryNames.add(st.name.text);
      if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (isDifferentiable(d) && ts.isIdentifier(d.name)) this.entryNames.add(d.name.text);
    }
    const entry = (name: string, at: ts.Node, lower: () => Func): void => {
      try {
        funcs.push(lower());
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        const here = this.locOf(at);
        const elsewhere = e.diagnostic.loc.file !== here.file || e.chain.length > 0;
        // the calls from the entry to the function where the construct is: `reached from f → price → createNode`
        const path = [name, ...e.chain].join(" → ");
        const err = elsewhere ? new CompileError(`${e.diagnostic.message} (reached from ${path}, ${here.file}:${here.line})`, e.diagnostic.loc, e.diagnostic.construct) : e;
        if (!seen.has(e.message)) errors.push(err); // a helper two entries call fails once
        seen.add(e.message);
      }
    };
    for (const st of node.statements) {
      if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && isRuntimeSpecifier(st.moduleSpecifier.text)) {
        runtimeSpecifier = st.moduleSpecifier.text;
      }
      if (ts.isFunctionDeclaration(st) && isDifferentiable(st)) {
        entry(st.name?.text ?? "default", st, () => {
          if (!st.body) throw new CompileError("an annotated function needs a body", this.locOf(st), "declaration without body");
          const f = this.lowerFunction(st, { entry: true });
          return isDefaultExport(st, node) ? { ...f, defaultExport: true } : f;
        });
      }
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          if (!isDifferentiable(d) || !ts.isIdentifier(d.name)) continue;
          // `export const price = blackScholes;` (a function the user does not own), or `= function …` / an arrow
          const name = d.name.text;
          entry(name, d, () => {
            const def = d.initializer ? this.resolver.definition(d.initializer) : undefined;
            if (def?.kind === "primitive") return this.primitiveEntry(def.prim, name, d);
            if (def?.kind !== "function") {
              throw new CompileError(`@differentiable on '${name}': its value is not a function the compiler can follow (a function, an arrow, or a name of one: imported, required, or in this file)`, this.locOf(d), "@differentiable");
            }
            return this.lowerFunction(def.decl, { entry: true, name, tags: d });
          });
        }
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new CompileErrors(errors);
    return { funcs, all: this.all, runtimeSpecifier };
  }

  /**
   * `export const f = pkg.expm1` where the package's function is one of our primitives (stdlib's
   * expm1, `Math.tan`): the entry is the primitive applied to its arguments, `f(x) = expm1(x)`.
   */
  private primitiveEntry(prim: Primitive, name: string, tagged: ts.Node): Func {
    const loc = this.locOf(tagged);
    const real = (prim.result ?? "real") === "real" && !prim.intArgs?.length && !prim.boolArgs?.length && prim.partial !== undefined;
    if (!real) throw new CompileError(`@differentiable on '${name}': its value is ${prim.name}, which is not a real function of real arguments`, loc, "@differentiable");
    const names = prim.arity === 1 ? ["x"] : prim.arity === 2 ? ["x", "y"] : Array.from({ length: prim.arity }, (_, i) => `x${i}`);
    const ann = readAnnotations(tagged, name, names, (n) => this.locOf(n));
    if (ann.wrt.length === 0) ann.wrt = [...names];
    const body: Func["body"] = [{ k: "return", value: { k: "intrinsic", fn: prim.name, args: names.map((n) => variable(n)) }, loc }];
    const f: Func = { name, params: names.map((n) => ({ name: n, ty: "real" })), ret: "real", body, ann, loc };
    if (this.all.has(name)) throw new CompileError(`two annotated functions are named ${name}; rename one`, loc, "duplicate name");
    this.all.set(name, f);
    return f;
  }

  locOf(n: ts.Node): Loc {
    const sf = n.getSourceFile();
    const { line, character } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
    const rel = path.relative(this.cwd, sf.fileName) || sf.fileName;
    return { file: rel.startsWith("..") ? sf.fileName : rel, line: line + 1, col: character + 1 };
  }

  /**
   * A file with a syntax error is an error at its first one: TypeScript's parser recovers and would
   * hand the lowerer a guessed program (or lose a function), which must not be differentiated.
   */
  private checkSyntax(sf: ts.SourceFile): void {
    if (this.syntaxChecked.has(sf)) return;
    this.syntaxChecked.add(sf);
    const d = this.project.getProgram().compilerObject.getSyntacticDiagnostics(sf)[0];
    if (!d) return;
    const { line, character } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
    const rel = path.relative(this.cwd, sf.fileName) || sf.fileName;
    const loc = { file: rel.startsWith("..") ? sf.fileName : rel, line: line + 1, col: character + 1 };
    throw new CompileError(`syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`, loc, "syntax error");
  }

  /**
   * The IR of a function: an entry point (with its name and the node carrying its tags), or a helper
   * reached by a call (lowered once; named after its declaration, made unique if two helpers share
   * a name).
   */
  lowerFunction(fn: FunctionLike, opts: LowerOptions = { entry: false }): Func {
    let id = this.declIds.get(fn);
    if (id === undefined) this.declIds.set(fn, (id = this.declIds.size));
    // a call of a function inside itself: a copy one level deeper (unrolled; the last level throws)
    const outer = this.inProgress.get(fn);
    if (outer !== undefined) opts = { entry: false, ...(opts.tuple !== undefined ? { tuple: opts.tuple } : {}), ...(opts.intResult ? { intResult: true } : {}), level: Math.min(outer + 1, MAX_RECURSION + 1) };
    const level = opts.level ?? 0;
    const key = `${id}:${opts.name ?? ""}:${opts.tuple ?? ""}:${level}:${opts.intResult ? "int" : ""}`;
    const done = this.byDecl.get(key);
    if (done) return done;
    const loc = this.locOf(fn);
    const declName = functionName(fn);
    if (outer === MAX_RECURSION + 1) throw new CompileError(`internal: recursion of ${declName ?? "a function"} past its last level`, loc, "recursion");
    this.checkSyntax(fn.getSourceFile());
    this.inProgress.set(fn, level);
    const entry = level === 0 && (opts.entry || (ts.isFunctionDeclaration(fn) && isDifferentiable(fn)));
    let f: Func;
    try {
      f = new FunctionLowerer(this, fn, this.checker, { ...opts, entry }).lower();
    } catch (e) {
      if (e instanceof CompileError && !entry) e.chain.unshift(declName ?? "a function expression");
      throw e;
    } finally {
      if (outer === undefined) this.inProgress.delete(fn);
      else this.inProgress.set(fn, outer);
    }
    if (!entry) {
      // a helper's name only has to be unique among the functions of this compilation
      const taken = (n: string) => (this.all.has(n) && this.all.get(n) !== f) || this.entryNames.has(n);
      for (let k = 2; taken(f.name); k++) f = { ...f, name: `${declName ?? "helper"}_${k}` };
    }
    if (opts.tuple !== undefined) f = { ...f, tuple: opts.tuple };
    this.byDecl.set(key, f);
    const prior = this.all.get(f.name);
    if (prior && prior !== f) throw new CompileError(`two annotated functions are named ${f.name}; rename one`, loc, "duplicate name");
    this.all.set(f.name, f);
    return f;
  }

  /** A helper returning a tuple `[a, b, …]` on every path, lowered with result parameters. */
  lowerTuple(fn: FunctionLike): Func {
    const n = this.tupleLength(fn, new Set());
    if (n === undefined) throw new CompileError("a destructured call's function must return an array literal [a, b, …] (or the result of a function that does) of the same length on every path", this.locOf(fn), "tuple");
    return this.lowerFunction(fn, { entry: false, tuple: n });
  }

  /** Does `fn` return a tuple `[a, b, …]` of one length on every path? */
  returnsTuple(fn: FunctionLike): boolean {
    return this.tupleLength(fn, new Set()) !== undefined;
  }

  /** How many numbers `fn` returns on every path: array literals, or calls of functions that return such tuples (`return cmul(a, b)`). */
  private tupleLength(fn: FunctionLike, seen: Set<FunctionLike>): number | undefined {
    if (seen.has(fn) || !fn.body) return undefined;
    seen.add(fn);
    const lengths = new Set<number | undefined>();
    const visit = (n: ts.Node): void => {
      if (n !== fn && ts.isFunctionLike(n)) return;
      if (ts.isReturnStatement(n)) {
        let e = n.expression;
        while (e && ts.isParenthesizedExpression(e)) e = e.expression;
        if (e && ts.isArrayLiteralExpression(e)) lengths.add(e.elements.length);
        else if (e && ts.isCallExpression(e)) {
          const def = this.resolver.definition(e.expression);
          lengths.add(def?.kind === "function" ? this.tupleLength(def.decl, seen) : undefined);
        } else lengths.add(undefined);
      }
      ts.forEachChild(n, visit);
    };
    visit(fn.body);
    seen.delete(fn);
    return lengths.size === 1 ? [...lengths][0] : undefined;
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

/** `export default function f`, or `function f` with `export default f;` in the same file. */
function isDefaultExport(fn: ts.FunctionDeclaration, sf: ts.SourceFile): boolean {
  if (ts.getModifiers(fn)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) return true;
  const name = fn.name?.text;
  return name !== undefined && sf.statements.some((st) => ts.isExportAssignment(st) && !st.isExportEquals && ts.isIdentifier(st.expression) && st.expression.text === name);
}
