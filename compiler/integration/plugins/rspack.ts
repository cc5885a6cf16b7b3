/** `sobolev/rspack`: the bundler plugin (../plugin.ts) for Rspack. */
import { unplugin } from "../plugin.js";

export type { SobolevPluginOptions } from "../plugin.js";
export const sobolev = unplugin.rspack;
export default sobolev;
