// Astro configuration: MDX lessons, static output, and the cross-origin isolation headers that
// SharedArrayBuffer needs (the runtime's locks and shared values) in dev and preview.
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { inlineMonacoCss } from "./scripts/vite/inline-monaco-css.mjs";
import { codeDefaultColor, codeThemes } from "./src/lib/code-theme.ts";

const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  site: "https://multiprocessing.live",
  trailingSlash: "always",
  integrations: [mdx()],
  // Astro's own server sends these on pages; Vite's (below) on modules and workers.
  server: { headers: isolationHeaders },
  markdown: {
    shikiConfig: {
      themes: codeThemes,
      defaultColor: codeDefaultColor,
    },
  },
  vite: {
    plugins: [inlineMonacoCss()],
    server: { headers: isolationHeaders },
    preview: { headers: isolationHeaders },
    // The runtime prints Python names from class names (`ValueError: ...`, `<JoinableQueue ...>`)
    // and rebuilds errors by name in another worker, so minification must keep them.
    build: { rolldownOptions: { output: { keepNames: true } } },
    worker: { format: "es", rolldownOptions: { output: { keepNames: true } } },
  },
});
