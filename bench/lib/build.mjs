// Builds what the bench measures, apart from anything others use: the benchmark pages (Vite,
// bench/vite.config.ts) and the site (Astro, with --outDir), both into node_modules/.cache/bench.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";

export const repo = join(import.meta.dirname, "..", "..");
const cache = join(repo, "node_modules", ".cache", "bench");

/** Where each build lands. */
export const outDirs = { pages: join(cache, "pages"), site: join(cache, "site") };

/** Astro 7 needs Node >= 22.12: the `node` devDependency provides it when the system's is older. */
const node = existsSync(join(repo, "node_modules", ".bin", "node")) ? join(repo, "node_modules", ".bin", "node") : process.execPath;

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (chunk) => (log += chunk));
    child.stderr.on("data", (chunk) => (log += chunk));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed:\n${log}`))));
  });
}

/** Builds the benchmark pages. */
export function buildPages() {
  return build({ configFile: join(repo, "bench", "vite.config.ts") });
}

/**
 * Builds the site as `npm run build` does, service worker manifest included (its downloads compete
 * with a first Run), but without the search index, which no measured page loads before interaction.
 */
export async function buildSite() {
  await run(node, [join(repo, "node_modules", "astro", "bin", "astro.mjs"), "build", "--outDir", outDirs.site]);
  await run(node, [join(repo, "scripts", "precache-manifest.mjs"), outDirs.site]);
}
