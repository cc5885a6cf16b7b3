import { defineConfig } from "vitest/config";

/**
 * The slow files: commands run end to end as separate processes (the CLI, verify, fit, npm start's
 * Ctrl-C), the fuzzer, every primitive through every mode, the real-code suite and the browser. `npm test`
 * leaves them out (the fast suite, for working on the code); `npm run test:all`, which CI runs,
 * takes everything.
 */
export const SLOW = [
  "test/cli.test.ts", "test/verify.test.ts", "test/fit.test.ts", "test/fuzz.test.ts", "test/primitives.test.ts", "test/real-code.test.ts",
  "test/fidelity.test.ts", "test/browser.test.ts", "test/gradbench.test.ts",
];

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: process.env.SOBOLEV_TESTS === "all" ? ["**/node_modules/**"] : ["**/node_modules/**", ...SLOW],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
