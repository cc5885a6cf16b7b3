import type { Loc } from "./ir/types.js";

/** A compiler message tied to a place in the source. */
export interface Diagnostic {
  severity: "error" | "warning";
  message: string;
  /** The name of the construct, e.g. "ClassDeclaration", "Math.floor", "break". */
  construct?: string;
  loc: Loc;
}

/** Thrown by the frontend and transforms; carries one located diagnostic. */
export class CompileError extends Error {
  readonly diagnostic: Diagnostic;
  /** The helpers the entry called on the way to the error, outermost first (filled as the error leaves each one). */
  readonly chain: string[] = [];
  constructor(message: string, loc: Loc, construct?: string) {
    super(`${formatLoc(loc)}: error: ${message}`);
    this.name = "CompileError";
    this.diagnostic = { severity: "error", message, construct, loc };
  }
}

/** Several located errors at once (each differentiated function of a file that fails, once each). */
export class CompileErrors extends CompileError {
  constructor(readonly all: CompileError[]) {
    super(all[0]!.diagnostic.message, all[0]!.diagnostic.loc, all[0]!.diagnostic.construct);
    this.message = all.map((e) => e.message).join("\n");
  }
}

export function formatLoc(loc: Loc): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${formatLoc(d.loc)}: ${d.severity}: ${d.message}`;
}
