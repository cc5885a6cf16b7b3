// The browser example's build: Vite, with sobolev's plugin (any variant a file imports that is not
// on disk is generated from its source at build time; the surrogate's are committed beside it).
import { defineConfig } from "vite";
import { sobolev } from "sobolev/vite";

export default defineConfig({ plugins: [sobolev()], build: { target: "es2022" } });
