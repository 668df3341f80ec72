// A static file server with the cross-origin isolation headers the site needs. The bench serves
// its own builds with it, on a free port, so it never competes with an `astro preview` (Astro
// refuses a second preview server for one project) or with the site's dist/ that others rebuild.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

const isolation = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

async function resolveFile(root, urlPath) {
  const path = join(root, normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, ""));
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return join(path, "index.html");
  return info ? path : null;
}

/** Serves `root` on a free local port; resolves with its base URL and a close function. */
export function serve(root) {
  const server = createServer(async (request, response) => {
    const file = await resolveFile(root, new URL(request.url, "http://localhost").pathname);
    const body = file && (await readFile(file).catch(() => null));
    if (!body) {
      response.writeHead(404, isolation).end("Not found");
      return;
    }
    response.writeHead(200, { ...isolation, "Content-Type": types[extname(file)] ?? "application/octet-stream" });
    response.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
