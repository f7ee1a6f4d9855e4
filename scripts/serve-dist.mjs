// A tiny static file server for the built site, used by the end-to-end tests.
// Serves on 127.0.0.1 only. Usage: node scripts/serve-dist.mjs [dir] [port]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/**
 * Starts serving `dir`; resolves to { url, close() }. `headers` are added to
 * every response; with `gzip`, bodies go out compressed (level 6, as a typical
 * host sends them) to clients that accept it, each file compressed once and
 * kept, as static hosts and CDNs do (compressing on every request would hold
 * up the other files while the wasm is compressed).
 */
export function serve(dir, { port = 0, headers = {}, gzip = false } = {}) {
  const root = resolve(dir);
  const compressed = new Map();
  const squeeze = (file, mtime, body) => {
    const kept = compressed.get(file);
    if (kept?.mtime === mtime) return kept.body;
    const gz = gzipSync(body, { level: 6 });
    compressed.set(file, { mtime, body: gz });
    return gz;
  };
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error("outside root");
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file);
      }
      let body = await readFile(file);
      const head = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store", ...headers };
      if (gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        body = squeeze(file, info.mtimeMs, body);
        Object.assign(head, { "content-encoding": "gzip", vary: "accept-encoding" });
      }
      res.writeHead(200, head);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((ok) => {
    server.listen(port, "127.0.0.1", () => {
      ok({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await serve(process.argv[2] ?? "dist", { port: Number(process.argv[3] ?? 8081) });
  console.log(`Serving ${process.argv[2] ?? "dist"} at ${url}`);
}
