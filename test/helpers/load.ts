/** Test helpers: compile a fixture, import its variants, and look up functions with their specs. */
import { loadCompiled, type Loaded } from "../../compiler/integration/load.js";
import type { AnyFn, FnSpec, Variants } from "../../runtime/checks/index.js";

export interface Fixture {
  loaded: Loaded;
  /** The primal, tangent and adjoint of an annotated function, with their specs. */
  variants(name: string): Required<Variants>;
  fn(variant: string, name: string): { fn: AnyFn; spec: FnSpec };
}

export async function loadFixture(file: string): Promise<Fixture> {
  const loaded = await loadCompiled(file);
  const fn = (variant: string, name: string) => {
    const file = loaded.output.files.find((f) => f.variant === variant);
    const spec = file?.functions.find((f) => f.name === name);
    const mod = loaded.variants[variant];
    if (!spec || !mod || typeof mod[name] !== "function") throw new Error(`no ${variant} function ${name}`);
    return { fn: mod[name] as AnyFn, spec: spec as FnSpec };
  };
  return {
    loaded,
    fn,
    variants(name: string) {
      const spec = loaded.output.functions.find((f) => f.name === name);
      if (!spec) throw new Error(`no annotated function ${name}`);
      return {
        primal: { fn: loaded.source[name] as AnyFn, spec: spec as FnSpec },
        tangent: fn("tangent", `${name}_tangent`),
        adjoint: fn("adjoint", `${name}_adjoint`),
      };
    },
  };
}
