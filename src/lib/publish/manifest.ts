/**
 * How the browser gets the data: small datasets as the published CSV files (fetched once,
 * loaded into tables); large ones as a DuckDB database file written by the pinned engine, while
 * the compare page fetches only the CSV slice of each indicator it shows. The explorer always
 * attaches the database file, read-only (duckdb-wasm 1.32 fetches it whole), so that SQL typed by
 * a visitor cannot change the published tables.
 */
export const MANIFEST_FILE = "database.json";
export const DATABASE_FILE = "site.duckdb";
/** Above this size the CSV download would dwarf the DuckDB engine itself. */
export const CSV_LIMIT_BYTES = 20 * 1024 * 1024;

export interface DataManifest {
  /** How pages other than the explorer get the observations. */
  format: "csv" | "duckdb";
  /** The database file, always written. */
  file: string;
  bytes: number;
}
