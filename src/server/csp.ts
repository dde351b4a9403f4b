/** Adds the content security policy to every built page, with the hashes of its own inline scripts. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentSecurityPolicy, inlineScripts, insertPolicy } from "../lib/csp.ts";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

export function applyContentSecurityPolicy(outDir: string): number {
  let pages = 0;
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = join(entry.parentPath, entry.name);
    const html = readFileSync(path, "utf8");
    writeFileSync(path, insertPolicy(html, contentSecurityPolicy(inlineScripts(html).map(sha256))));
    pages++;
  }
  return pages;
}

/** Headers for hosts that read a _headers file (Netlify, Cloudflare Pages): WebAssembly's MIME type above all. */
export const HOST_HEADERS = `/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
/duckdb/*.wasm
  Content-Type: application/wasm
/data/*.parquet
  Content-Type: application/vnd.apache.parquet
`;
