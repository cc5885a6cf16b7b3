/**
 * Which `number` variables are integers.
 *
 * TypeScript has one `number` type; the IR distinguishes `int` (never differentiated: indices, sizes,
 * trip counts) from `real`. A variable is an integer when it is a loop counter, appears in an array
 * index or a loop bound, or flows into one of those through assignments. Everything else is real.
 * The lowerer then checks that integers are only ever assigned integer expressions.
 */
import { ts } from "ts-morph";
import type { Primitive } from "../primitives/types.js";

/**
 * `primitiveOf`: the primitive a call spells, if any (its integer arguments and results seed
 * integers); `calleeInts`: for a call of another function the compiler lowers, the positions of
 * its integer parameters (a size passed to a helper that loops over it is an integer here too).
 */
export function inferIntegers(fn: ts.SignatureDeclaration & { body?: ts.Node }, checker: ts.TypeChecker, primitiveOf: (c: ts.CallExpression) => Primitive | undefined,
  calleeInts: (c: ts.CallExpression) => number[]): Set<ts.Symbol> {
  const ints = new Set<ts.Symbol>();
  const assigns: Array<[ts.Symbol, ts.Expression]> = [];

  const symOf = (id: ts.Identifier): ts.Symbol | undefined => checker.getSymbolAtLocation(id);
  const isNumberSym = (s: ts.Symbol): boolean => {
    const decl = s.valueDeclaration;
    if (!decl) return false;
    const t = checker.getTypeOfSymbolAtLocation(s, decl);
    // a number, a numeric literal, or a union of them (`const rule = r < 0.3 ? 3 : 6` has type 3 | 6)
    const numeric = (u: ts.Type): boolean => (u.flags & ts.TypeFlags.NumberLike) !== 0 || (u.isUnion() && u.types.every(numeric));
    return numeric(t);
  };
  const seedIdentifiers = (e: ts.Node | undefined) => {
    if (!e) return;
    const visit = (n: ts.Node): void => {
      // Do not descend into `a.length`'s `a` or into element accesses' arrays: arrays are not ints.
      if (ts.isIdentifier(n)) {
        const s = symOf(n);
        if (s && isNumberSym(s)) ints.add(s);
        return;
      }
      if (ts.isPropertyAccessExpression(n)) return;
      if (ts.isElementAccessExpression(n)) return; // a[i] inside an index is a real read: lowering rejects it
      if (ts.isCallExpression(n)) return;
      ts.forEachChild(n, visit);
    };
    visit(e);
  };

  const visit = (n: ts.Node): void => {
    if (ts.isForStatement(n)) {
      const init = n.initializer;
      if (init && ts.isVariableDeclarationList(init)) {
        for (const d of init.declarations) {
          if (ts.isIdentifier(d.name)) {
            const s = symOf(d.name);
            if (s) ints.add(s);
          }
          seedIdentifiers(d.initializer);
        }
      }
      seedIdentifiers(n.condition);
      seedIdentifiers(n.incrementor);
    } else if (ts.isElementAccessExpression(n)) {
      seedIdentifiers(n.argumentExpression);
    } else if (ts.isCallExpression(n) && calleeInts(n).length > 0) {
      for (const i of calleeInts(n)) seedIdentifiers(n.arguments[i]);
    } else if (ts.isCallExpression(n) && primitiveOf(n)?.intArgs) {
      // a primitive's integer arguments: a probe's slot, tape.pushInt(k) (k counts or flags)
      for (const i of primitiveOf(n)!.intArgs!) seedIdentifiers(n.arguments[i]);
    } else if (ts.isCallExpression(n) && primitiveOf(n)?.result === "int" && ts.isBinaryExpression(n.parent) && n.parent.right === n && ts.isIdentifier(n.parent.left)) {
      seedIdentifiers(n.parent.left); // k = tape.popInt()
    } else if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
      const s = symOf(n.name);
      if (s) assigns.push([s, n.initializer]);
    } else if (ts.isBinaryExpression(n) && ts.isIdentifier(n.left)) {
      const k = n.operatorToken.kind;
      if (k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment) {
        const s = symOf(n.left);
        if (s) assigns.push([s, n.right]);
      }
    }
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);

  // Propagate backwards through assignments until nothing changes.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [s, e] of assigns) {
      if (!ints.has(s)) continue;
      const before = ints.size;
      seedIdentifiers(e);
      if (ints.size !== before) changed = true;
    }
  }
  return ints;
}
