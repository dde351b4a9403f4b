/**
 * A small static file server for `npm start`, the browser tests and the benchmark, safe to put
 * behind a proxy: it listens on 127.0.0.1 only, answers GET and HEAD only, never leaves its
 * folder or redirects off the site, honours byte ranges, sends each page's content security
 * policy as a header, and compresses off the event loop, so one large file never stalls the rest.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, relative, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from "node:zlib";
import { headerPolicy, policyOfPage } from "../lib/csp.ts";
import { byteRange } from "../lib/http-range.ts";

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
 * so that measured transfer sizes are realistic. zlib's asynchronous calls run on libuv's thread
 * pool, and concurrent requests share one compression. Larger files are compressed as they stream.
 */
const MAX_CACHED = 64 * 1024 * 1024;
const cache = new Map<string, Promise<Buffer>>();
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function compressed(file: string, encoding: "br" | "gzip", mtime: number): Promise<Buffer> {
  const key = `${encoding}:${file}:${mtime}`;
  let body = cache.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body =
      encoding === "br"
        ? brotli(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          })
        : gzipAsync(raw, { level: 6 });
    body.catch(() => cache.delete(key));
    cache.set(key, body);
  }
  return body;
}

const policies = new Map<string, string>();

/** The page's own policy, read from its meta tag, as a header that also forbids framing. */
function policyHeader(file: string, mtime: number): string {
  const key = `${file}:${mtime}`;
  let policy = policies.get(key);
  if (policy === undefined) {
    policy = headerPolicy(policyOfPage(readFileSync(file, "utf8")) ?? "default-src 'self'");
    policies.set(key, policy);
  }
  return policy;
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

/** Characters that may not stand in a decoded path: controls, and the backslash Windows reads as a separator. */
const UNSAFE_PATH = /[\p{Cc}\\]/u;

/** The canonical address of a folder, percent-encoded: a redirect can never leave the site. */
const folderUrl = (base: string, root: string, dir: string, search: string): string =>
  `${base}${relative(root, dir)
    .split(sep)
    .filter(Boolean)
    .map((segment) => `${encodeURIComponent(segment)}/`)
    .join("")}${search}`;

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  if (!existsSync(root)) throw new Error(`${root} does not exist: build the site first (npm run build)`);
  const base = `/${(options.base ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  const compress = options.compress ?? true;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    // A request line such as "//", "%E0" or a decoded control character is not a path: 400.
    let url: URL;
    let path: string;
    try {
      url = new URL(`http://127.0.0.1${(request.url ?? "/").replace(/^\/+/, "/")}`);
      path = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end("Bad request");
      return;
    }
    if (UNSAFE_PATH.test(path)) {
      response.writeHead(400).end("Bad request");
      return;
    }
    if (!path.startsWith(base)) {
      if (path === "/" || path === base.slice(0, -1)) response.writeHead(302, { location: base }).end();
      else notFound(root, response);
      return;
    }
    let file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        response.writeHead(301, { location: folderUrl(base, root, file, url.search) }).end();
        return;
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      notFound(root, response);
      return;
    }
    await sendFile(request, response, file);
  }

  async function sendFile(request: IncomingMessage, response: ServerResponse, file: string): Promise<void> {
    const extension = extname(file);
    const { size, mtimeMs } = statSync(file);
    const headers: Record<string, string> = {
      "content-type": MIME_TYPES[extension] ?? "application/octet-stream",
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
      "accept-ranges": "bytes",
      vary: "accept-encoding",
    };
    if (extension === ".html") {
      headers["content-security-policy"] = policyHeader(file, mtimeMs);
      headers["x-frame-options"] = "DENY";
    }
    const head = request.method === "HEAD";
    // A range is of the file as stored: ranged requests are answered uncompressed, as static hosts do.
    const range = byteRange(request.headers.range, size);
    if (range.kind === "unsatisfiable") {
      response.writeHead(416, { ...headers, "content-range": `bytes */${size}` }).end();
      return;
    }
    if (range.kind === "part") {
      headers["content-range"] = `bytes ${range.start}-${range.end}/${size}`;
      headers["content-length"] = String(range.end - range.start + 1);
      response.writeHead(206, headers);
      if (head) return void response.end();
      stream(createReadStream(file, { start: range.start, end: range.end }), response);
      return;
    }
    const accept = String(request.headers["accept-encoding"] ?? "");
    if (compress && COMPRESSIBLE.has(extension) && /\b(br|gzip)\b/.test(accept)) {
      const encoding = /\bbr\b/.test(accept) ? "br" : "gzip";
      headers["content-encoding"] = encoding;
      if (size <= MAX_CACHED) {
        const body = await compressed(file, encoding, mtimeMs);
        headers["content-length"] = String(body.length);
        response.writeHead(200, headers);
        response.end(head ? undefined : body);
        return;
      }
      response.writeHead(200, headers);
      if (head) return void response.end();
      const compressor =
        encoding === "br" ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : createGzip();
      stream(createReadStream(file).pipe(compressor), response);
      return;
    }
    headers["content-length"] = String(size);
    response.writeHead(200, headers);
    if (head) return void response.end();
    stream(createReadStream(file), response);
  }

  const server = createServer((request, response) => {
    // Whatever goes wrong answers this request only: the server keeps serving the others.
    handle(request, response).catch((error: unknown) => {
      console.error(`serve: ${request.method} ${request.url}: ${error instanceof Error ? error.message : error}`);
      if (!response.headersSent) response.writeHead(500).end("Internal error");
      else response.destroy();
    });
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

/** Pipes a body, ending the response if the file fails half-way rather than throwing. */
function stream(body: NodeJS.ReadableStream, response: ServerResponse): void {
  body.on("error", () => response.destroy());
  body.pipe(response);
}

function notFound(root: string, response: ServerResponse): void {
  const page = join(root, "404.html");
  response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
  if (existsSync(page)) stream(createReadStream(page), response);
  else response.end("Not found");
}
