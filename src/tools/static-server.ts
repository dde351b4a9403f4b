/** A small static file server for `npm start`, the browser tests and the benchmark. Listens on 127.0.0.1 only. */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from "node:zlib";

export const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file",
  ".cff": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

const COMPRESSIBLE = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".csv",
  ".txt",
  ".svg",
  ".wasm",
  ".cff",
  ".xml",
  ".arrow",
]);

/**
 * Static hosts compress once and cache; so does this server, at the quality they typically use,
 * so that measured transfer sizes are realistic. Larger files are compressed as they stream.
 */
const MAX_CACHED = 64 * 1024 * 1024;
const cache = new Map<string, Buffer>();

function compressed(file: string, encoding: "br" | "gzip"): Buffer {
  const key = `${encoding}:${file}:${statSync(file).mtimeMs}`;
  let body = cache.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body =
      encoding === "br"
        ? brotliCompressSync(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          })
        : gzipSync(raw, { level: 6 });
    cache.set(key, body);
  }
  return body;
}

export interface StaticServerOptions {
  root: string;
  port?: number;
  base?: string;
  /** Compress responses like a production host; off to measure raw bytes. */
  compress?: boolean;
}

export interface StaticServer {
  root: string;
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  if (!existsSync(root)) throw new Error(`${root} does not exist: build the site first (npm run build)`);
  const base = `/${(options.base ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  const compress = options.compress ?? true;

  const server = createServer((request, response) => {
    // A request line such as "//" or "%E0" is not a path: answer 400, never crash the server.
    let url: URL;
    let path: string;
    try {
      url = new URL(`http://127.0.0.1${(request.url ?? "/").replace(/^\/+/, "/")}`);
      path = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end("Bad request");
      return;
    }
    if (!path.startsWith(base)) {
      if (path === "/" || path === base.slice(0, -1)) {
        response.writeHead(302, { location: base }).end();
        return;
      }
      notFound(root, response);
      return;
    }
    let file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        response.writeHead(301, { location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file)) {
      notFound(root, response);
      return;
    }
    const extension = extname(file);
    const headers: Record<string, string> = {
      "content-type": MIME_TYPES[extension] ?? "application/octet-stream",
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
      vary: "accept-encoding",
    };
    const accept = String(request.headers["accept-encoding"] ?? "");
    const size = statSync(file).size;
    if (compress && COMPRESSIBLE.has(extension) && /\b(br|gzip)\b/.test(accept)) {
      const encoding = /\bbr\b/.test(accept) ? "br" : "gzip";
      headers["content-encoding"] = encoding;
      if (size <= MAX_CACHED) {
        const body = compressed(file, encoding);
        headers["content-length"] = String(body.length);
        response.writeHead(200, headers);
        response.end(request.method === "HEAD" ? undefined : body);
        return;
      }
      response.writeHead(200, headers);
      if (request.method === "HEAD") return void response.end();
      createReadStream(file)
        .pipe(
          encoding === "br" ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : createGzip(),
        )
        .pipe(response);
      return;
    }
    headers["content-length"] = String(size);
    response.writeHead(200, headers);
    if (request.method === "HEAD") return void response.end();
    createReadStream(file).pipe(response);
  });

  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", () => ready());
  });
  const { port } = server.address() as AddressInfo;
  return {
    root,
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function notFound(root: string, response: import("node:http").ServerResponse): void {
  const page = join(root, "404.html");
  response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
  if (existsSync(page)) createReadStream(page).pipe(response);
  else response.end("Not found");
}
