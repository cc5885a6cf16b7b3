/** `sobolev/esbuild`: the bundler plugin (../plugin.ts) for esbuild. */
import { unplugin } from "../plugin.js";

export type { SobolevPluginOptions } from "../plugin.js";
export const sobolev = unplugin.esbuild;
export default sobolev;
