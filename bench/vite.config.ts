// Builds the benchmark pages (bench/pages) with the same worker bundling as the site, into a
// cache folder that git ignores. The pages import the real runner and timeline from src/.
import { defineConfig } from "vite";

const root = `${import.meta.dirname}/pages`;

export default defineConfig({
  root,
  build: {
    outDir: `${import.meta.dirname}/../node_modules/.cache/bench/pages`,
    emptyOutDir: true,
    rollupOptions: { input: ["runner.html", "timeline.html"].map((page) => `${root}/${page}`), output: { keepNames: true } },
  },
  worker: { format: "es", rolldownOptions: { output: { keepNames: true } } },
  logLevel: "warn",
});
