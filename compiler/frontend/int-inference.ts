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

  /** The identifiers `e` assigns (`i = 0`, `i = 0, j = n`). */
  const seedAssigned = (e: ts.Expression): void => {
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken) return void (seedAssigned(e.left), seedAssigned(e.right));
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(e.left)) {
      const s = symOf(e.left);
      if (s) ints.add(s); // (also `let i;`, whose declared type is an evolving any; only numbers become ints)
    }
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
      else if (init) seedAssigned(init); // `let i; for (i = 0; …)`: the counter assigned in the initializer
      seedIdentifiers(n.condition);
      seedIdentifiers(n.incrementor);
    } else if (ts.isElementAccessExpression(n)) {
      seedIdentifiers(n.argumentExpression);
    } else if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ["subarray", "slice"].includes(n.expression.name.text)) {
      for (const a of n.arguments) seedIdentifiers(a); // a view's or a copy's bounds are indices
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
  for (const s of counters(fn, symOf, isNumberSym)) ints.add(s);

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

/**
 * Loop-control locals that only ever hold integers by construction: read by a loop's condition,
 * declared with an integer value and written
 * only by `++`, `--`, `+= k`, `-= k` or `= k` where k is an integer literal or another such local,
 * on every path (a `while` loop's counter; one stepped in a branch stays real, so that an interval
 * variant can enclose it where the branch is undecided). Their derivative is zero in every mode; as
 * integers they stay exact in the interval modes, so `while (i < n)` is decided.
 */
function counters(fn: ts.SignatureDeclaration & { body?: ts.Node }, symOf: (id: ts.Identifier) => ts.Symbol | undefined,
  isNumberSym: (s: ts.Symbol) => boolean): Set<ts.Symbol> {
  const candidates = new Set<ts.Symbol>();
  const writes: Array<[ts.Symbol, ts.Expression | "step" | "other"]> = [];
  const tested = new Set<ts.Symbol>(); // the locals a loop's condition reads
  const readIn = (e: ts.Node): void => {
    if (ts.isIdentifier(e)) { const s = symOf(e); if (s) tested.add(s); }
    ts.forEachChild(e, readIn);
  };
  /** Is `n` reached only on some paths (a branch, a case, the right of && or ||, a conditional's arm)? */
  const conditional = (n: ts.Node): boolean => {
    for (let c = n, p = n.parent; p && c !== fn.body; c = p, p = p.parent) {
      if (ts.isIfStatement(p) && c !== p.expression) return true;
      if (ts.isCaseClause(p) || ts.isDefaultClause(p)) return true;
      if (ts.isConditionalExpression(p) && c !== p.condition) return true;
      if (ts.isBinaryExpression(p) && c === p.right && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(p.operatorToken.kind)) return true;
    }
    return false;
  };
  const visit = (n: ts.Node): void => {
    if (ts.isWhileStatement(n) || ts.isDoStatement(n)) readIn(n.expression);
    if (ts.isForStatement(n) && n.condition) readIn(n.condition);
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) {
      const s = symOf(n.name);
      if (s && isNumberSym(s)) {
        if (n.initializer) { candidates.add(s); writes.push([s, n.initializer]); } else writes.push([s, "other"]);
      }
    } else if (ts.isBinaryExpression(n) && ts.isIdentifier(n.left)) {
      const k = n.operatorToken.kind, s = symOf(n.left);
      if (s && k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment && conditional(n)) writes.push([s, "other"]);
      else if (s && k === ts.SyntaxKind.EqualsToken) writes.push([s, n.right]);
      else if (s && (k === ts.SyntaxKind.PlusEqualsToken || k === ts.SyntaxKind.MinusEqualsToken)) writes.push([s, n.right]);
      else if (s && k >= ts.SyntaxKind.FirstCompoundAssignment && k <= ts.SyntaxKind.LastCompoundAssignment) writes.push([s, "other"]);
    } else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && ts.isIdentifier(n.operand)
      && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) {
      const s = symOf(n.operand);
      if (s) writes.push([s, conditional(n) ? "other" : "step"]);
    } else if (ts.isFunctionLike(n) && n !== fn) return; // a nested function's locals are its own
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  // declared `let i;` and assigned an integer before use is the for-initializer case, seeded above
  for (const [s, w] of writes) if (w === "other") candidates.delete(s);
  // only loop control
  for (const s of [...candidates]) if (!tested.has(s)) candidates.delete(s);
  const integral = (e: ts.Expression): boolean => {
    if (ts.isParenthesizedExpression(e)) return integral(e.expression);
    if (ts.isNumericLiteral(e)) return Number.isInteger(Number(e.text)) && Math.abs(Number(e.text)) < 2 ** 31;
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) return integral(e.operand);
    if (ts.isIdentifier(e)) { const s = symOf(e); return s !== undefined && candidates.has(s); }
    if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.PlusToken || e.operatorToken.kind === ts.SyntaxKind.MinusToken)) return integral(e.left) && integral(e.right);
    return false;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const [s, w] of writes) {
      if (!candidates.has(s) || w === "step") continue;
      if (w === "other" || !integral(w)) { candidates.delete(s); changed = true; }
    }
  }
  return candidates;
}
