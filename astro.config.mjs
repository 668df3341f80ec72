// Astro configuration: MDX lessons, static output, and the cross-origin isolation headers that
// SharedArrayBuffer needs (the runtime's locks and shared values) in dev and preview.
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  site: "https://multiprocessing.live",
  trailingSlash: "always",
  integrations: [mdx()],
  markdown: {
    shikiConfig: {
      themes: { light: "github-light", dark: "github-dark" },
    },
  },
  vite: {
    server: { headers: isolationHeaders },
    preview: { headers: isolationHeaders },
    worker: { format: "es" },
  },
});
