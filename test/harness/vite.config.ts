// Builds the runtime test harness page with the same worker bundling and isolation headers as
// the site, without the site: runtime tests do not wait for an Astro build.
import { defineConfig } from "vite";

const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  root: import.meta.dirname,
  build: { outDir: "dist", emptyOutDir: true, minify: false, rollupOptions: { input: ["index.html", "timeline.html"].map((page) => `${import.meta.dirname}/${page}`) } },
  worker: { format: "es" },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders, port: 4323, strictPort: true },
  logLevel: "warn",
});
