import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "../../src/tools/static-server.ts";
import { seeded } from "../support/prng.ts";

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc'";
const PAGE = `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${POLICY}"></head><body><h1>home</h1></body></html>`;

const root = mkdtempSync(join(tmpdir(), "sldc-serve-"));
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(join(root, "duckdb"));
  mkdirSync(join(root, "en"));
  writeFileSync(join(root, "index.html"), PAGE);
  // Compressible but slow to compress: random words, so brotli has work to do.
  const random = seeded(7);
  writeFileSync(
    join(root, "big.txt"),
    Array.from({ length: 500_000 }, () => random.int(0, 1e9).toString(36)).join(" "),
  );
  writeFileSync(join(root, "bytes.txt"), "0123456789");
  writeFileSync(join(root, "en", "index.html"), "<h1>en</h1>");
  writeFileSync(join(root, "duckdb", "x.wasm"), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  writeFileSync(join(root, "404.html"), "<h1>not found</h1>");
  server = await startStaticServer({ root, base: "/sub/" });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw request: the path goes on the request line as given, malformed or not. */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  const { hostname, port } = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    request({ hostname, port, path, headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on("error", fail)
      .end();
  });
}

describe("static server", () => {
  it("listens on 127.0.0.1 under the base path", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sub\/$/);
  });
  it("serves WebAssembly as application/wasm", async () => {
    const response = await get("/sub/duckdb/x.wasm");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/wasm");
  });
  it("compresses with brotli when asked", async () => {
    const response = await get("/sub/", { "accept-encoding": "gzip, br" });
    expect(response.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(response.body).toString()).toBe(PAGE);
  });
  it("redirects a directory without its slash, and the root to the base", async () => {
    expect((await get("/sub/en")).headers.location).toBe("/sub/en/");
    expect((await get("/")).headers.location).toBe("/sub/");
  });
  it("answers 404 with the site's page, and refuses to leave its folder", async () => {
    const missing = await get("/sub/nothing/");
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain("not found");
    expect((await get("/sub/..%2F..%2Fetc%2Fpasswd")).status).toBe(403);
  });
  it("answers malformed paths with 400 and keeps serving", async () => {
    expect((await get("/sub/%E0%A4%A")).status).toBe(400);
    expect((await get("//")).status).not.toBe(500);
    expect((await get("/sub/")).status).toBe(200);
  });

  it.each([
    "/sub/x%0Aabc%2F..%2Fen",
    "/sub/x%0D%0Aabc%2F..%2Fen",
    "/sub/x%C4%80abc%2F..%2Fen",
    "/sub/x%E2%80%A8abc%2F..%2Fen",
    "/sub/%00",
    "/sub/x%5C..%5Cen",
  ])("survives %s without an unsafe header, and keeps serving", async (path) => {
    const response = await get(path);
    expect([301, 400, 404]).toContain(response.status);
    if (response.status === 301) expect(response.headers.location).toBe("/sub/en/");
    expect((await get("/sub/")).status).toBe(200);
  });
  it.each([
    "/sub/%2Fevil.example%2F..%2Fen",
    "/sub/%2F%2Fevil.example%2F..%2F..%2Fsub%2Fen",
    "//evil.example/%2E%2E/sub/en",
  ])("never redirects off the site: %s", async (path) => {
    const response = await get(path);
    const location = String(response.headers.location ?? "");
    expect(location).not.toMatch(/^\/\/|^[a-z]+:|evil/i);
    if (response.status === 301) expect(location).toBe("/sub/en/");
  });
  it("answers a byte range with 206, a range past the end with 416", async () => {
    const part = await get("/sub/bytes.txt", { range: "bytes=2-5", "accept-encoding": "br" });
    expect(part.status).toBe(206);
    expect(part.headers["content-range"]).toBe("bytes 2-5/10");
    expect(part.body.toString()).toBe("2345");
    const tail = await get("/sub/bytes.txt", { range: "bytes=-3" });
    expect(tail.body.toString()).toBe("789");
    const past = await get("/sub/bytes.txt", { range: "bytes=10-" });
    expect(past.status).toBe(416);
    expect(past.headers["content-range"]).toBe("bytes */10");
    expect((await get("/sub/bytes.txt")).headers["accept-ranges"]).toBe("bytes");
  });
  it.each(["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"])("refuses %s with 405 and Allow", async (method) => {
    const response = await get("/sub/", {}, method);
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe("GET, HEAD");
  });
  it("answers HEAD with the headers only", async () => {
    const response = await get("/sub/bytes.txt", {}, "HEAD");
    expect(response.status).toBe(200);
    expect(response.headers["content-length"]).toBe("10");
    expect(response.body.length).toBe(0);
  });
  it("sends the page's policy as a header that also forbids framing", async () => {
    const response = await get("/sub/");
    expect(response.headers["content-security-policy"]).toBe(`${POLICY}; frame-ancestors 'none'`);
    expect(response.headers["x-frame-options"]).toBe("DENY");
  });
  it("keeps answering other requests while it compresses a large file", async () => {
    const order: string[] = [];
    const big = get("/sub/big.txt", { "accept-encoding": "br" }).then((response) => {
      order.push("big");
      return response;
    });
    // Give the big request time to reach the compressor, then ask for a small file.
    await new Promise((done) => setTimeout(done, 50));
    const small = await get("/sub/bytes.txt");
    order.push("small");
    expect(small.body.toString()).toBe("0123456789");
    const response = await big;
    expect(brotliDecompressSync(response.body).length).toBeGreaterThan(3_000_000);
    expect(order).toEqual(["small", "big"]);
  }, 120_000);
});
