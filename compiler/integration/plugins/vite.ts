/** `sobolev/vite`: the bundler plugin (../plugin.ts) for Vite. */
import { unplugin } from "../plugin.js";

export type { SobolevPluginOptions } from "../plugin.js";
export const sobolev = unplugin.vite;
export default sobolev;
