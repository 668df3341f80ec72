// One static file server for whatever serves a build outside Astro: the bench (its own builds, on
// a free port, beside an `astro preview` that Astro allows only once per project), Lighthouse
// (dist/ gzipped, as static hosts serve it) and the offline test (a host like GitHub Pages, which
// cannot send the isolation headers). Like such hosts it redirects a directory to its slash form
// and serves its index.html.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { createGzip } from "node:zlib";

export interface StaticServerOptions {
  /** Send `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy: require-corp`. @default true */
  isolation?: boolean;
  /** Gzip text responses when the browser accepts it. @default false */
  gzip?: boolean;
  /** A file of the root served, with status 404, for paths that do not exist (a host's 404 page). */
  notFound?: string;
  /** `Cache-Control: public, max-age=<seconds>` on every file; none when absent. */
  cacheSeconds?: number;
}

export interface StaticServer {
  /** The base URL, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".webmanifest": "application/manifest+json",
};

const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

type Found = { kind: "file"; path: string } | { kind: "redirect"; location: string } | { kind: "missing" };

/** What a URL path names under `root`; never a file outside it. */
async function lookUp(root: string, pathname: string): Promise<Found> {
  const path = resolve(root, `.${normalize(decodeURIComponent(pathname))}`);
  if (path !== root && !path.startsWith(root + sep)) return { kind: "missing" };
  const info = await stat(path).catch(() => null);
  if (!info) return { kind: "missing" };
  if (!info.isDirectory()) return { kind: "file", path };
  if (!pathname.endsWith("/")) return { kind: "redirect", location: `${pathname}/` };
  const index = join(path, "index.html");
  return (await stat(index).catch(() => null)) ? { kind: "file", path: index } : { kind: "missing" };
}

/** Serves the directory `root` on a free local port. */
export function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const { isolation = true, gzip = false, notFound, cacheSeconds } = options;
  const common = {
    ...(isolation ? isolationHeaders : {}),
    ...(cacheSeconds === undefined ? {} : { "Cache-Control": `public, max-age=${cacheSeconds}` }),
  };
  const server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    const found = await lookUp(base, pathname);
    if (found.kind === "redirect") {
      response.writeHead(301, { ...common, Location: found.location }).end();
      return;
    }
    const file = found.kind === "file" ? found.path : notFound ? join(base, notFound) : null;
    if (file === null) {
      response.writeHead(404, { ...common, "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const type = types[extname(file)] ?? "application/octet-stream";
    const zipped = gzip && /^(text\/|application\/(json|xml|manifest))/.test(type) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    response.writeHead(found.kind === "file" ? 200 : 404, {
      ...common,
      "Content-Type": type,
      ...(zipped ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}),
    });
    const body = createReadStream(file);
    if (zipped) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  return new Promise((ready) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      ready({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
