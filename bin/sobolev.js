#!/usr/bin/env node
// The package's command. Installed from npm, it runs the compiled JavaScript in dist/; in a checkout
// of the repository (where the TypeScript sources are), it runs them as they are, through tsx.
import { existsSync } from "node:fs";

const fromSources = existsSync(new URL("../cli/main.ts", import.meta.url));
if (fromSources) {
  const { register } = await import("tsx/esm/api");
  register();
}
const { main } = await import(fromSources ? "../cli/main.ts" : "../dist/cli/main.js");
process.exitCode = await main(process.argv.slice(2));
