/** Files published for download and for the browser's DuckDB: the curated CSVs and the report texts. */
import { copyFileSync, cpSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { TABLES } from "../lib/schema.ts";

export async function writeDownloads(dataDir: string, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  for (const table of TABLES) copyFileSync(join(dataDir, table.file), join(outDir, table.file));
  cpSync(join(dataDir, "sources"), join(outDir, "sources"), { recursive: true });
}

/** The bundles duckdb-wasm needs, self-hosted from the npm package (never a CDN). */
export const DUCKDB_FILES = [
  "duckdb-eh.wasm",
  "duckdb-mvp.wasm",
  "duckdb-browser-eh.worker.js",
  "duckdb-browser-mvp.worker.js",
] as const;

export function copyDuckdbBundles(outDir: string): void {
  const dist = dirname(createRequire(import.meta.url).resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"));
  mkdirSync(outDir, { recursive: true });
  for (const file of DUCKDB_FILES) copyFileSync(join(dist, file), join(outDir, file));
}
