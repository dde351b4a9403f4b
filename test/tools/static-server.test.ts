import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "../../src/tools/static-server.ts";

const root = mkdtempSync(join(tmpdir(), "sldc-serve-"));
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(join(root, "duckdb"));
  mkdirSync(join(root, "en"));
  writeFileSync(join(root, "index.html"), "<h1>home</h1>");
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
function get(path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    request({ hostname, port, path, headers }, (response) => {
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
    expect(brotliDecompressSync(response.body).toString()).toBe("<h1>home</h1>");
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
});
