/** `sobolev/rollup`: the bundler plugin (../plugin.ts) for Rollup. */
import { unplugin } from "../plugin.js";

export type { SobolevPluginOptions } from "../plugin.js";
export const sobolev = unplugin.rollup;
export default sobolev;
