/**
 * DuckDB in the browser, self-hosted: duckdb-wasm is imported only when first needed (a
 * separate chunk, never in a page's initial bundle), runs in a Web Worker, and loads the
 * published CSV files into the same tables the build uses. Extensions are never installed or
 * loaded, and once the data is in, external access is switched off and the configuration locked,
 * so SQL typed by a visitor can reach nothing beyond the published data. For the explorer the
 * published tables live in the build's database file, attached read-only and found by name through
 * the search path: a visitor's own tables go to the in-memory database, and nothing typed can
 * change the data.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from "@duckdb/duckdb-wasm";
import { TABLES, type TableSpec } from "../lib/schema.ts";
import { loadDatasetSql } from "../lib/sql/tables.ts";
import { MANIFEST_FILE, type DataManifest } from "../lib/publish/manifest.ts";
import type { Query } from "../lib/queries.ts";
import { OWN_TABLE_SQL } from "../lib/upload/own-table.ts";
import { fetchBytes, publishedBytes, url } from "./published.ts";

export interface Progress {
  phase: "download" | "start" | "data" | "ready";
  bytesLoaded: number;
  bytesTotal: number;
}

export type Row = Record<string, unknown>;

export interface DuckdbSession {
  db: AsyncDuckDB;
  connection: AsyncDuckDBConnection;
  /** Milliseconds from the start of loading to the first query answered. */
  startupMs: number;
}

export interface StartOptions {
  /** Publish the tables read-only (the explorer, where visitors type SQL). */
  readOnly?: boolean;
}

/** The read-only database of the published tables. */
const PUBLISHED = "published";

export class DuckdbStartError extends Error {
  override name = "DuckdbStartError";
}

const START_TIMEOUT_MS = 180_000;

let session: Promise<DuckdbSession> | undefined;
let sessionOptions: StartOptions = {};
const listeners = new Set<(progress: Progress) => void>();

/** Starts DuckDB once per page; later calls share the same session and progress (the first call's options hold). */
export function startDuckdb(
  onProgress?: (progress: Progress) => void,
  options: StartOptions = {},
): Promise<DuckdbSession> {
  if (onProgress) listeners.add(onProgress);
  if (!session) sessionOptions = options;
  session ??= start(options).catch((error: unknown) => {
    session = undefined;
    throw error;
  });
  return session;
}

/** Ends the session (its worker and everything a visitor created) and starts a fresh one with the same options. */
export async function restartDuckdb(): Promise<DuckdbSession> {
  const previous = session;
  session = undefined;
  if (previous) await previous.then(({ db }) => db.terminate()).catch(() => undefined);
  return startDuckdb(undefined, sessionOptions);
}

const report = (progress: Progress) => listeners.forEach((listener) => listener(progress));

async function start(options: StartOptions): Promise<DuckdbSession> {
  const started = performance.now();
  performance.mark("sldc:duckdb-start");
  const duckdb = await import("@duckdb/duckdb-wasm");
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: url("duckdb/duckdb-mvp.wasm"), mainWorker: url("duckdb/duckdb-browser-mvp.worker.js") },
    eh: { mainModule: url("duckdb/duckdb-eh.wasm"), mainWorker: url("duckdb/duckdb-browser-eh.worker.js") },
  });
  const worker = new Worker(bundle.mainWorker!);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failure = new Promise<never>((_, reject) => {
    worker.onerror = (event) =>
      reject(new DuckdbStartError(`the DuckDB worker failed to start: ${event.message || "unknown error"}`));
    timer = setTimeout(
      () =>
        reject(
          new DuckdbStartError(
            `DuckDB did not start within ${START_TIMEOUT_MS / 1000} s. The connection may be too slow, or the server may not send .wasm files as application/wasm.`,
          ),
        ),
      START_TIMEOUT_MS,
    );
  });
  try {
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await Promise.race([
      db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) =>
        report({ phase: "download", bytesLoaded: p.bytesLoaded, bytesTotal: p.bytesTotal }),
      ),
      failure,
    ]);
    report({ phase: "start", bytesLoaded: 0, bytesTotal: 0 });
    await Promise.race([db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } }), failure]);
    const connection = await db.connect();
    await connection.query("SET autoinstall_known_extensions = false; SET autoload_known_extensions = false");
    report({ phase: "data", bytesLoaded: 0, bytesTotal: 0 });
    const manifest = await dataManifest();
    // Published CSV files become tables, as at build time.
    const loadCsvTables = async (tables: readonly TableSpec[]) => {
      const progress = dataProgress();
      await Promise.all(
        tables.map(async (table) => {
          // DuckDB takes the buffer over (it moves to the worker): it gets a copy of the shared bytes.
          const bytes = await publishedBytes(`data/${table.file}`, progress(table.file));
          await db.registerFileBuffer(table.file, bytes.slice());
        }),
      );
      for (const sql of loadDatasetSql((table) => table.file, tables)) await connection.query(sql);
      for (const table of tables) await db.dropFile(table.file);
    };
    const searchPublished = () => connection.query(`SET search_path = 'memory.main,${PUBLISHED}.main'`);
    if (manifest.format === "duckdb" || options.readOnly) {
      // The database file the build writes, attached read-only: what a visitor types cannot change
      // the published tables. duckdb-wasm 1.32 would fetch the whole file when attaching it anyway:
      // fetched here, its progress shows.
      const path = `data/${manifest.file}`;
      await db.registerFileBuffer(manifest.file, await fetchBytes(path, dataProgress()(path)));
      await connection.query(`ATTACH '${manifest.file}' AS ${PUBLISHED} (READ_ONLY)`);
      await searchPublished();
    } else {
      await loadCsvTables(TABLES);
    }
    await connection.query(OWN_TABLE_SQL);
    await connection.query("SET enable_external_access = false; SET lock_configuration = true");
    await connection.query("SELECT 1");
    const startupMs = performance.now() - started;
    performance.measure("sldc:duckdb-first-result", "sldc:duckdb-start");
    report({ phase: "ready", bytesLoaded: 0, bytesTotal: 0 });
    return { db, connection, startupMs };
  } catch (error) {
    worker.terminate();
    throw error instanceof DuckdbStartError
      ? error
      : new DuckdbStartError(error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

/** Reports the data phase of several downloads at once, as their sums. */
function dataProgress() {
  const files = new Map<string, { loaded: number; total: number }>();
  return (path: string) => (loaded: number, total: number) => {
    files.set(path, { loaded, total });
    const all = [...files.values()];
    report({
      phase: "data",
      bytesLoaded: all.reduce((sum, file) => sum + file.loaded, 0),
      bytesTotal: all.every((file) => file.total > 0) ? all.reduce((sum, file) => sum + file.total, 0) : 0,
    });
  };
}

/** Plain JS rows of a query (SQL text, or a typed query of src/lib/queries.ts), numbers as numbers. */
export async function queryRows<T = Row>(connection: AsyncDuckDBConnection, query: string | Query<T>): Promise<T[]> {
  const table = await connection.query(typeof query === "string" ? query : query.sql);
  return table.toArray().map((row) => (row as { toJSON(): T }).toJSON());
}

let manifest: Promise<DataManifest> | undefined;

/** How this site's data reaches the browser (see src/lib/publish/manifest.ts). */
function dataManifest(): Promise<DataManifest> {
  manifest ??= fetch(url(`data/${MANIFEST_FILE}`)).then(async (response) => {
    if (!response.ok) throw new DuckdbStartError(`could not load ${MANIFEST_FILE}: HTTP ${response.status}`);
    return (await response.json()) as DataManifest;
  });
  manifest.catch(() => (manifest = undefined));
  return manifest;
}

/**
 * Starts DuckDB, unless it would then download a whole database (nationwide data): a page that only
 * prepares for the explorer leaves that to the visitor who opens it.
 */
export async function warm(onProgress: (progress: Progress) => void, options: StartOptions = {}): Promise<void> {
  if ((await dataManifest()).format !== "duckdb") await startDuckdb(onProgress, options);
}

/** Warms DuckDB (see warm) when the browser is idle after first paint, so an interested visitor rarely waits. */
export function warmWhenIdle(onProgress: (progress: Progress) => void, options: StartOptions = {}): void {
  const idle = () => void warm(onProgress, options).catch(() => undefined);
  if ("requestIdleCallback" in window) requestIdleCallback(idle, { timeout: 5000 });
  else setTimeout(idle, 2000);
}
