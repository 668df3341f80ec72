// The service worker's precache manifest, as scripts/precache-manifest.mjs builds it from dist/.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import test from "node:test";
import { injectManifest, precacheManifest, precacheMaxBytes } from "../../scripts/precache-manifest.mjs";

const file = (path: string, text: string) => ({ path, bytes: Buffer.from(text) });
const build = [
  file("index.html", "home"),
  file("lessons/pool/index.html", "pool"),
  file("404.html", "not found"),
  file("_astro/runner.abc123.js", "runner"),
  file("_astro/editor.api.def456.js", "x".repeat(precacheMaxBytes + 1)),
  file("pagefind/pagefind.js", "search"),
  file("pagefind/pagefind-ui.js", "unused ui"),
  file("service-worker.js", "itself"),
  file("_headers", "headers"),
];

test("pages are listed by their URL and assets by their path, big files left to first use", () => {
  const manifest = precacheManifest(build);
  assert.deepEqual(manifest.precache, ["/", "/_astro/runner.abc123.js", "/lessons/pool/", "/pagefind/pagefind.js"]);
  assert.deepEqual(manifest.lazy, ["/_astro/editor.api.def456.js"]);
});

test("the version changes with any listed file's contents, not with unlisted files or order", () => {
  const { version } = precacheManifest(build);
  assert.match(version, /^[0-9a-f]{16}$/);
  assert.equal(precacheManifest([...build].reverse()).version, version);
  const editedPage = build.map((f) => (f.path === "lessons/pool/index.html" ? file(f.path, "pool, edited") : f));
  assert.notEqual(precacheManifest(editedPage).version, version);
  const editedHeaders = build.map((f) => (f.path === "_headers" ? file(f.path, "other headers") : f));
  assert.equal(precacheManifest(editedHeaders).version, version);
});

test("the manifest replaces the service worker's marker, also in an already injected worker", () => {
  const source = readFileSync(new URL("../../public/service-worker.js", import.meta.url), "utf8");
  const manifest = precacheManifest(build);
  const injected = injectManifest(source, manifest);
  assert.ok(injected.includes(`/* precache-manifest */ ${JSON.stringify(manifest)};`));
  assert.ok(!injected.includes('version: "dev"'));
  const again = injectManifest(injected, { ...manifest, version: "0123456789abcdef" });
  assert.ok(again.includes('"version":"0123456789abcdef"'));
  assert.throws(() => injectManifest("const manifest = {};", manifest), /no `\/\* precache-manifest \*\/ \{ \.\.\. \}` marker/);
});
