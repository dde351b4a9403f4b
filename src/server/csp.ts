/** Adds the content security policy to every built page, with the hashes of its own inline scripts. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentSecurityPolicy, headerPolicy, inlineScripts, insertPolicy } from "../lib/csp.ts";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

/** Adds each page's policy; returns the number of pages and the hashes of all their inline scripts. */
export function applyContentSecurityPolicy(outDir: string): { pages: number; hashes: Set<string> } {
  let pages = 0;
  const hashes = new Set<string>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = join(entry.parentPath, entry.name);
    const html = readFileSync(path, "utf8");
    const pageHashes = inlineScripts(html).map(sha256);
    for (const hash of pageHashes) hashes.add(hash);
    writeFileSync(path, insertPolicy(html, contentSecurityPolicy(pageHashes)));
    pages++;
  }
  return { pages, hashes };
}

/**
 * Headers for hosts that read a _headers file (Netlify, Cloudflare Pages): WebAssembly's MIME
 * type above all, and the policy as a header, which alone can forbid framing. One rule covers
 * every page, so it lists every page's inline scripts; each page's meta tag narrows it to its own.
 */
export const hostHeaders = (hashes: Iterable<string>): string => `/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  X-Frame-Options: DENY
  Content-Security-Policy: ${headerPolicy(contentSecurityPolicy([...hashes]))}
/duckdb/*.wasm
  Content-Type: application/wasm
/data/*.parquet
  Content-Type: application/vnd.apache.parquet
`;
