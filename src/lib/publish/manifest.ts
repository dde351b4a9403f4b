/**
 * How the browser gets the data: small datasets as the published CSV files (fetched once,
 * loaded into tables); large ones as a DuckDB database file written by the pinned engine, which
 * the explorer attaches (duckdb-wasm 1.32 then fetches it whole), while the compare page fetches
 * only the CSV slice of each indicator it shows.
 */
export const MANIFEST_FILE = "database.json";
export const DATABASE_FILE = "site.duckdb";
/** Above this size the CSV download would dwarf the DuckDB engine itself. */
export const CSV_LIMIT_BYTES = 20 * 1024 * 1024;

export type DataManifest = { format: "csv" } | { format: "duckdb"; file: string; bytes: number };
