/**
 * What kind of value a TypeScript type (or, in JavaScript without types, a name's uses) stands for:
 * a number (real or integer: int-inference.ts decides), a boolean, a string (flags such as
 * `callPut`), a Float64Array, an Int32Array, a `number[]`, or a record of such fields.
 */
import { ts } from "ts-morph";

const NOT_RECORDS = new Set(["Map", "Set", "WeakMap", "WeakSet", "Date", "Promise", "RegExp", "Function", "Array", "ReadonlyArray", "ArrayBuffer", "DataView"]);

export type Kind = "number" | "boolean" | "string" | "f64array" | "i32array" | "numarray" | "record" | "void" | "any" | "other";

/** The kind of a type; unions of one kind (literal unions `1 | -1`, `"call" | "put"`, `number | undefined`) count as that kind. */
export function kindOfType(checker: ts.TypeChecker, t: ts.Type): Kind {
  if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return "any";
  if (t.isUnion()) {
    const parts = t.types.filter((p) => !(p.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)));
    if (parts.length === 0) return "void";
    const kinds = new Set(parts.map((p) => kindOfType(checker, p)));
    // boolean is the union true | false
    return kinds.size === 1 ? [...kinds][0]! : "other";
  }
  if (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)) return "void";
  if (t.flags & ts.TypeFlags.NumberLike) return "number";
  if (t.flags & ts.TypeFlags.BooleanLike) return "boolean";
  if (t.flags & ts.TypeFlags.StringLike) return "string";
  const name = t.getSymbol()?.getName();
  if (name === "Float64Array") return "f64array";
  if (name === "Int32Array") return "i32array";
  if (checker.isArrayType(t) || checker.isTupleType(t) || name === "ReadonlyArray") {
    const args = checker.getTypeArguments(t as ts.TypeReference);
    return args.length > 0 && args.every((a) => kindOfType(checker, a) === "number") ? "numarray" : "other";
  }
  // an object of scalar fields (an interface, a class instance read by its fields); not a built-in collection
  if (t.flags & ts.TypeFlags.Object && !NOT_RECORDS.has(name ?? "") && !checker.getSignaturesOfType(t, ts.SignatureKind.Call).length &&
      checker.getPropertiesOfType(t).some((p) => ["number", "string", "boolean"].includes(kindOfType(checker, checker.getTypeOfSymbol(p))))) return "record";
  return "other";
}

/**
 * The kind of an untyped (`any`) name from how the function uses it: compared with a string or
 * switched over string cases → string; indexed or measured (`x[i]`, `x.length`) → number[];
 * assigned or compared with `true`/`false` → boolean; anything else (arithmetic, Math.*, …) → number.
 */
export function kindFromUses(checker: ts.TypeChecker, sym: ts.Symbol, scope: ts.Node): Kind {
  let kind: Kind | undefined;
  const vote = (k: Kind) => { if (kind === undefined || kind === "number") kind = k; };
  const isLiteralString = (n: ts.Expression) => ts.isStringLiteralLike(n);
  const isLiteralBool = (n: ts.Expression) => n.kind === ts.SyntaxKind.TrueKeyword || n.kind === ts.SyntaxKind.FalseKeyword;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === sym) {
      const p = n.parent;
      if (ts.isBinaryExpression(p)) {
        const other = p.left === n ? p.right : p.left;
        const op = p.operatorToken.kind;
        const cmp = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
          op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken || op === ts.SyntaxKind.EqualsToken;
        if (cmp && isLiteralString(other)) vote("string");
        else if (cmp && isLiteralBool(other)) vote("boolean");
        else if (kind === undefined) kind = "number";
      } else if (ts.isSwitchStatement(p) && p.caseBlock.clauses.some((c) => ts.isCaseClause(c) && isLiteralString(c.expression))) vote("string");
      else if (ts.isElementAccessExpression(p) && p.expression === n) vote("numarray");
      else if (ts.isPropertyAccessExpression(p) && p.expression === n && p.name.text === "length") vote("numarray");
      else if (ts.isPropertyAccessExpression(p) && p.expression === n) vote("record");
      else if (kind === undefined) kind = "number";
    }
    ts.forEachChild(n, visit);
  };
  visit(scope);
  return kind ?? "number";
}

/** The kind of a name whose declared type says nothing (`var price = null`, `let sign;`): the kinds of the values assigned to it. */
export function kindFromAssignments(checker: ts.TypeChecker, sym: ts.Symbol, scope: ts.Node): Kind | undefined {
  const kinds = new Set<Kind>();
  const add = (e: ts.Expression) => {
    const k = kindOfType(checker, checker.getTypeAtLocation(e));
    if (k !== "void" && k !== "any") kinds.add(k === "other" ? "other" : k);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(n.left) && checker.getSymbolAtLocation(n.left) === sym) add(n.right);
    if (ts.isVariableDeclaration(n) && n.initializer && ts.isIdentifier(n.name) && checker.getSymbolAtLocation(n.name) === sym) add(n.initializer);
    ts.forEachChild(n, visit);
  };
  visit(scope);
  return kinds.size === 1 ? [...kinds][0] : undefined;
}
