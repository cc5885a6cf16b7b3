/** `sobolev/webpack`: the bundler plugin (../plugin.ts) for webpack. */
import { unplugin } from "../plugin.js";

export type { SobolevPluginOptions } from "../plugin.js";
export const sobolev = unplugin.webpack;
export default sobolev;
