// Cross-origin isolation for static hosts that cannot send headers (GitHub Pages and the like).
// SharedArrayBuffer, which the runtime's locks and shared values need, exists only in a
// crossOriginIsolated page, and that takes COOP and COEP headers on the document. This worker
// re-serves every same-origin response with them; BaseLayout registers it only when the page is
// not isolated yet and reloads once so the page comes back through it.
const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (new URL(request.url).origin !== self.location.origin) return;
  // Chromium throws on fetch() for this combination (a DevTools quirk); let the browser handle it.
  if (request.cache === "only-if-cached" && request.mode !== "same-origin") return;
  event.respondWith(withIsolation(request));
});

async function withIsolation(request) {
  const response = await fetch(request);
  // A rebuilt Response forgets that it was redirected, so a navigation that was redirected
  // (/lessons -> /lessons/) is redirected again for the address bar and relative links to be right.
  if (request.mode === "navigate" && response.redirected) return Response.redirect(response.url, 302);
  if (response.type === "opaque" || response.type === "opaqueredirect" || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(isolationHeaders)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
