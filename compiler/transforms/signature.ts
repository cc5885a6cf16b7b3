/**
 * A generated function's signature, built the same way by every mode: its parameters in order, the
 * role of each relative to the function it was generated from (primal, tangent or adjoint companion,
 * `out`, seed, `grad`, interval bounds), and the verification tags (@domain, @length) carried over
 * to the companions, so that generated code can be checked and transformed again.
 */
import type { Annotations, Func, Param, ParamRole, Stmt } from "../ir/types.js";
import { usesTape } from "./common.js";

export class Signature {
  readonly params: Param[] = [];
  readonly roles: Record<string, ParamRole> = {};
  readonly domain: Record<string, [number, number]>;
  readonly length: Record<string, number | string>;

  constructor(private readonly f: Func) {
    this.domain = { ...f.ann.domain };
    this.length = { ...f.ann.length };
  }

  /** A parameter of f, unchanged. */
  primal(p: Param): void {
    this.add(p.name, p.ty, { role: "primal", of: p.name }, p);
  }

  /**
   * The tangent or adjoint companion of f's parameter `p`, named `name` (an array keeps p's @length,
   * a record has p's real fields).
   */
  companion(p: Param, role: "tangent" | "adjoint", name: string): void {
    this.add(name, p.ty, { role, of: p.name }, p.fields ? { ...p, fields: p.fields.filter((x) => x.ty === "real") } : p);
    if (this.f.ann.length[p.name] !== undefined) this.length[name] = this.f.ann.length[p.name]!;
  }

  /** The lower and upper bounds standing for f's parameter `p` (interval mode). */
  bounds(p: Param, lo: string, hi: string): void {
    this.add(lo, p.ty, { role: "lower", of: p.name }, p);
    this.add(hi, p.ty, { role: "upper", of: p.name }, p);
  }

  /** `out`: [value, derivative] of a tangent, [lower, upper] of an interval result. */
  out(name: string): void {
    this.add(name, "array", { role: "out" });
    this.length[name] = 2;
  }

  /** The adjoint seed of a real result. */
  seed(name: string): void {
    this.add(name, "real", { role: "seed" });
  }

  /** The array receiving the adjoints of the scalar parameters `of`, in order. */
  grad(name: string, of: string[]): void {
    this.add(name, "array", { role: "grad", of });
    this.length[name] = of.length;
  }

  /**
   * The generated function. Unless it is `terminal` (interval code, which calls non-differentiable
   * helpers), its @wrt, the default of a mode applied next, is what this step differentiated:
   * the parameters of f in `active` (the step's @wrt and the arrays it made active) with their
   * companions, and the seed, `out` and `grad` (data parameters stay data: a tangent of an adjoint
   * taken wrt x does not differentiate with respect to the data). Code that uses the tape offers
   * only the tangent (the adjoint of an adjoint is not supported).
   */
  func(name: string, ret: Func["ret"], body: Stmt[], origin: string, active: ReadonlySet<string> | "terminal"): Func {
    const terminal = active === "terminal";
    const differentiated = (q: Param): boolean => {
      if (q.ty !== "real" && q.ty !== "array" && q.ty !== "record") return false;
      const r = this.roles[q.name]!;
      return r.role === "seed" || r.role === "out" || r.role === "grad" || (typeof r.of === "string" && !terminal && active.has(r.of));
    };
    const ann: Annotations = terminal
      ? { wrt: [], domain: {}, length: {}, variants: [], simd: [], shared: [] }
      : {
        wrt: this.params.filter(differentiated).map((p) => p.name),
        domain: this.domain, ...(this.f.ann.values ? { values: this.f.ann.values } : {}), length: this.length,
        variants: usesTape(body) ? [{ steps: [{ mode: "tangent" }] }] : [], simd: [], shared: [],
      };
    return {
      name, params: this.params, ret, body, ann, loc: this.f.loc, origin: `${origin} of ${this.f.origin ?? this.f.name}`,
      roles: this.roles, inner: this.f, ...(terminal ? { terminal } : {}),
    };
  }

  /** A parameter; `like` gives the type details it shares with a source parameter (printed array type, record fields). */
  private add(name: string, ty: Param["ty"], role: ParamRole, like?: Param): void {
    this.params.push({ name, ty, ...(like?.text ? { text: like.text } : {}), ...(like?.fields ? { fields: like.fields } : {}) });
    this.roles[name] = role;
  }
}
