/** Public API of the sobolev compiler. */
export { compile, applyVariant, lowerSource, type CompileOptions, type CompileOutput, type GeneratedFile } from "./compile.js";
export { CompileError, formatDiagnostic, type Diagnostic } from "./diagnostics.js";
export type { Func, Stmt, Expr, Param } from "./ir/types.js";
