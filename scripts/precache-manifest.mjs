// Writes the service worker's precache manifest into dist/service-worker.js after `astro build`
// and Pagefind, so that a first visit can save the whole course for offline use.
// The manifest lists every page (by its URL, /lessons/pool/ for lessons/pool/index.html) and every
// asset, and a version: a hash over every listed file's path and contents. A changed file changes
// the service worker's bytes, which is how browsers learn that there is a new version to install.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Files over this size are left to be cached on first use (Monaco's editor core, TypeScript). */
export const precacheMaxBytes = 1024 * 1024;

const marker = /\/\* precache-manifest \*\/ \{[^;\n]*\}/;

/** Files that are built but never loaded by a page, and so are not worth saving. */
function unused(url) {
  return (
    url === "/service-worker.js" ||
    url === "/_headers" ||
    url.endsWith(".html") || // 404.html: the only page that is not served at its folder's URL
    /^\/pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\./.test(url) // Pagefind's own UI; Search.astro uses its API
  );
}

/**
 * The manifest for a build, from its files as `{ path, bytes }` with `/`-separated paths
 * relative to dist/.
 */
export function precacheManifest(files) {
  const entries = files
    .map(({ path, bytes }) => ({ url: "/" + path.replace(/(^|\/)index\.html$/, "$1"), bytes }))
    .filter(({ url }) => !unused(url))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const version = createHash("sha256");
  for (const { url, bytes } of entries) version.update(`${url}\0${createHash("sha256").update(bytes).digest("hex")}\n`);
  return {
    version: version.digest("hex").slice(0, 16),
    precache: entries.filter(({ bytes }) => bytes.length <= precacheMaxBytes).map(({ url }) => url),
    lazy: entries.filter(({ bytes }) => bytes.length > precacheMaxBytes).map(({ url }) => url),
  };
}

/** The service worker's source with `manifest` in place of its marker; throws when there is none. */
export function injectManifest(source, manifest) {
  if (!marker.test(source)) throw new Error("service-worker.js has no `/* precache-manifest */ { ... }` marker to replace.");
  return source.replace(marker, () => `/* precache-manifest */ ${JSON.stringify(manifest)}`);
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(dir, full).split(sep).join("/"), bytes: readFileSync(full) };
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The build's folder: dist/, or another `astro build --outDir` (the bench builds its own copy).
  const dist = process.argv[2] ?? fileURLToPath(new URL("../dist/", import.meta.url));
  const worker = join(dist, "service-worker.js");
  const manifest = precacheManifest(filesUnder(dist));
  writeFileSync(worker, injectManifest(readFileSync(worker, "utf8"), manifest));
  console.log(`service-worker.js: version ${manifest.version}, ${manifest.precache.length} files to precache, ${manifest.lazy.length} cached on first use`);
}
