#!/usr/bin/env node
// The package's command: registers tsx so the TypeScript sources run as they are, then starts the CLI.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../compiler/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
