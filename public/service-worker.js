// The site's one service worker (a scope has room for only one), with two jobs:
// - Cross-origin isolation on static hosts that cannot send headers (GitHub Pages and the like).
//   SharedArrayBuffer, which the runtime's locks and shared values need, exists only in a
//   crossOriginIsolated page and worker, and that takes COOP and COEP headers on the document and
//   on every worker script. Every same-origin response is re-served with them, whether it came from
//   the network or from the cache, so a page opened offline is isolated too.
// - Offline use, because lab networks fail. Installing it precaches the build's list below: every
//   page and the files pages load, except those over 1 MiB (Monaco's editor core and TypeScript
//   worker), which are cached when the editor first loads them. Pages are network-first, so
//   updates arrive whenever the network does; /_astro/ files have content hashes in their names
//   and are cache-first. A new version installs beside the old one and takes over once no tab
//   uses the old one; it deletes the old caches then.
// `npm run build` writes the manifest in place of the `precache-manifest` marker's object
// (scripts/precache-manifest.mjs); BaseLayout registers this worker in production builds only.
const manifest = /* precache-manifest */ { version: "dev", precache: [], lazy: [] };

const cachePrefix = "mpl-";
const cacheName = `${cachePrefix}${manifest.version}`;
const hashedAssets = "/_astro/";
/** Downloads in flight while precaching. */
const PRECACHE_PARALLEL = 2;

const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

self.addEventListener("install", (event) => event.waitUntil(precache()));
self.addEventListener("activate", (event) => event.waitUntil(activate()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Chromium throws on fetch() for this combination (a DevTools quirk); let the browser handle it.
  if (request.cache === "only-if-cached" && request.mode !== "same-origin") return;
  if (request.method !== "GET" || request.headers.has("range")) {
    event.respondWith(fetch(request).then(withIsolation));
  } else if (request.mode === "navigate") {
    event.respondWith(networkFirst(event, url.origin + url.pathname));
  } else if (url.pathname.startsWith(hashedAssets)) {
    event.respondWith(cacheFirst(event));
  } else {
    event.respondWith(networkFirst(event, request.url));
  }
});

// Whether every listed file is in this version's cache; false again whenever the browser restarts
// the worker, which then checks once more on the next page load.
let precached = false;
let filling = null;

/**
 * Fills this version's cache, copying hashed assets that an older version already holds. A file
 * that fails to download does not fail the install (the isolation headers must not wait for a
 * flaky network); it is tried again on the next page load.
 */
function precache() {
  filling ??= fill().finally(() => (filling = null));
  return filling;
}

async function fill() {
  const cache = await caches.open(cacheName);
  const older = (await caches.keys()).filter((name) => name.startsWith(cachePrefix) && name !== cacheName);
  const toFetch = new Set(manifest.precache);
  const outcomes = await settledFewAtATime(
    [...manifest.precache, ...manifest.lazy],
    async (url) => {
      if (await cache.match(url)) return;
      if (url.startsWith(hashedAssets)) {
        for (const name of older) {
          const kept = await (await caches.open(name)).match(url);
          if (kept) return cache.put(url, kept);
        }
      }
      if (!toFetch.has(url)) return;
      const response = await fetch(url, { cache: "no-cache" });
      if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
      await cache.put(url, response);
    },
  );
  const failed = outcomes.filter((outcome) => outcome.status === "rejected");
  precached = failed.length === 0;
  if (!precached) console.warn(`Saving for offline use: ${failed.length} files failed (${failed[0].reason}); retrying on the next page load.`);
}

/**
 * `Promise.allSettled(items.map(task))` with at most PRECACHE_PARALLEL tasks in flight: a first
 * visit saves the course while the learner may already be running an example, and sixty
 * downloads at once held up the example's worker scripts by a quarter of a second.
 */
async function settledFewAtATime(items, task) {
  const outcomes = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      outcomes[index] = await task(items[index]).then(
        (value) => ({ status: "fulfilled", value }),
        (reason) => ({ status: "rejected", reason }),
      );
    }
  };
  await Promise.all(Array.from({ length: PRECACHE_PARALLEL }, lane));
  return outcomes;
}

/** Drops the caches of older versions and takes control of the open pages. */
async function activate() {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(cachePrefix) && name !== cacheName).map((name) => caches.delete(name)));
  await self.clients.claim();
}

/** Pages and unhashed files: the network's answer, kept for later; the kept copy when offline. */
async function networkFirst(event, key) {
  const request = event.request;
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const kept = await (await caches.open(cacheName)).match(key, { ignoreVary: true });
    if (kept) return withIsolation(kept);
    if (request.mode === "navigate") return offlinePage();
    throw error;
  }
  // A rebuilt Response forgets that it was redirected, so a navigation that was redirected
  // (/lessons -> /lessons/) is redirected again for the address bar and relative links to be right.
  if (request.mode === "navigate" && response.redirected) return Response.redirect(response.url, 302);
  if (request.mode === "navigate" && !precached) event.waitUntil(precache());
  keep(event, key, response);
  return withIsolation(response);
}

/** Files with a content hash in their name never change: the cache answers when it can. */
async function cacheFirst(event) {
  const kept = await (await caches.open(cacheName)).match(event.request, { ignoreVary: true });
  if (kept) return withIsolation(kept);
  const response = await fetch(event.request);
  keep(event, event.request.url, response);
  return withIsolation(response);
}

/** Stores a complete same-origin answer under `key` without delaying the response. */
function keep(event, key, response) {
  if (response.status !== 200 || response.type !== "basic") return;
  const copy = response.clone();
  event.waitUntil(caches.open(cacheName).then((cache) => cache.put(key, copy)));
}

function withIsolation(response) {
  if (response.type === "opaque" || response.type === "opaqueredirect" || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(isolationHeaders)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function offlinePage() {
  const html =
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    "<title>Offline · Multiprocessing Live</title>" +
    '<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem">' +
    "<h1>You are offline</h1><p>This page was not saved on this device for offline use. " +
    'Every lesson is: <a href="/lessons/">open the lessons</a>, or try again when the network is back.</p></body></html>';
  return withIsolation(new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } }));
}
