/**
 * Files published for download and for the browser's DuckDB: the curated CSVs and report texts,
 * Parquet copies and the wide table written by the pinned DuckDB, a template for your own data,
 * and datapackage.json describing them all with their sizes and hashes.
 */
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { OBSERVATIONS, TABLES, columnsOf } from "../lib/schema.ts";
import { dataPackage, type ResourceFile } from "../lib/publish/datapackage.ts";
import { CSV_LIMIT_BYTES, DATABASE_FILE, MANIFEST_FILE, type DataManifest } from "../lib/publish/manifest.ts";
import { WIDE_TABLE, wideTableSchema, wideTableSql } from "../lib/publish/wide.ts";
import { indicatorSliceSql, slicesTableSql } from "../lib/queries.ts";
import { quoteLiteral } from "../lib/sql/quote.ts";
import { connect } from "./duckdb.ts";

export const TEMPLATE_FILE = "observations-template.csv";
const SLICES_TABLE = "indicator_slices";

/** An example row for people filling in their own unit's numbers; constructed, not from a report. */
const TEMPLATE_ROW: Partial<Record<string, string>> = {
  obs_id: "my-2024-001",
  indicator_id: "petitions_resolved",
  unit_id: "my-district",
  period: "2024",
  scope: "district_level",
  numerator: "45",
  denominator: "50",
  value: "90",
  reported_percent: "90",
  source_id: "my-report-2024",
  quote: "đã giải quyết 45/50 đơn, đạt 90%",
  note: "Example row: replace it with your own numbers",
  note_vi: "Dòng ví dụ: thay bằng số liệu của bạn",
};

function describe(outDir: string, path: string): ResourceFile {
  const bytes = readFileSync(join(outDir, path));
  return { path, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export interface DownloadOptions {
  /** Observations CSV size from which the browser gets a database file instead (tests lower it). */
  databaseFromBytes?: number;
  /** DuckDB threads, when something else needs the other cores meanwhile. */
  threads?: number;
}

export async function writeDownloads(dataDir: string, outDir: string, options: DownloadOptions = {}): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  for (const table of TABLES) copyFileSync(join(dataDir, table.file), join(outDir, table.file));
  cpSync(join(dataDir, "sources"), join(outDir, "sources"), { recursive: true });

  const connection = await connect(dataDir);
  if (options.threads) await connection.run(`SET threads = ${Math.trunc(options.threads)}`);
  for (const table of TABLES) {
    await connection.run(
      `COPY ${table.name} TO ${quoteLiteral(join(outDir, `${table.name}.parquet`))} (FORMAT parquet)`,
    );
  }
  await writeIndicatorSlices(connection, join(outDir, "indicators"));
  await writeBrowserDatabase(connection, dataDir, outDir, options.databaseFromBytes ?? CSV_LIMIT_BYTES);
  await connection.run(wideTableSql());
  await connection.run(
    `COPY ${WIDE_TABLE} TO ${quoteLiteral(join(outDir, `${WIDE_TABLE}.csv`))} (HEADER, DELIMITER ',')`,
  );
  await connection.run(`COPY ${WIDE_TABLE} TO ${quoteLiteral(join(outDir, `${WIDE_TABLE}.parquet`))} (FORMAT parquet)`);
  const wideColumns = (await connection.runAndReadAll(`SELECT * FROM ${WIDE_TABLE} LIMIT 0`)).columnNames();
  writeFileSync(
    join(outDir, TEMPLATE_FILE),
    `${columnsOf(OBSERVATIONS).join(",")}\n${columnsOf(OBSERVATIONS)
      .map((column) => TEMPLATE_ROW[column] ?? "")
      .map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
      .join(",")}\n`,
  );

  const sources = readdirSync(join(outDir, "sources")).sort();
  const descriptor = dataPackage({
    version: "0.1.0",
    tables: Object.fromEntries(TABLES.map((table) => [table.name, describe(outDir, table.file)])) as Record<
      (typeof TABLES)[number]["name"],
      ResourceFile
    >,
    others: [
      ...TABLES.map((table) => ({
        ...describe(outDir, `${table.name}.parquet`),
        name: `${table.name}-parquet`,
        format: "parquet",
        mediatype: "application/vnd.apache.parquet",
        description: `${table.title} (Parquet copy of ${table.file})`,
      })),
      {
        ...describe(outDir, `${WIDE_TABLE}.csv`),
        name: WIDE_TABLE,
        format: "csv",
        mediatype: "text/csv",
        description:
          "One row per unit and period, one column per indicator (and scope); cells reported more than once are blank.",
        encoding: "utf-8",
        dialect: { delimiter: ",", quoteChar: '"', doubleQuote: true, header: true },
        schema: wideTableSchema(wideColumns),
      },
      {
        ...describe(outDir, `${WIDE_TABLE}.parquet`),
        name: `${WIDE_TABLE}-parquet`,
        format: "parquet",
        mediatype: "application/vnd.apache.parquet",
        description: "Parquet copy of the wide table.",
      },
      ...sources.map((file) => ({
        ...describe(outDir, `sources/${file}`),
        name: `source-${file.replace(/\.txt$/, "")}`,
        format: "txt",
        mediatype: "text/plain",
        description: "Verbatim text of a source report.",
      })),
    ],
    sources: sources.map((file) => ({ title: file.replace(/\.txt$/, ""), path: `sources/${file}` })),
  });
  writeFileSync(join(outDir, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
}

/** Each indicator's observations as CSV, offered on its page; written by DuckDB, as a nationwide slice has 100,000 rows. */
async function writeIndicatorSlices(connection: Awaited<ReturnType<typeof connect>>, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await connection.run(slicesTableSql(SLICES_TABLE));
  const indicators = await connection.runAndReadAll("SELECT indicator_id FROM indicators ORDER BY indicator_id");
  for (const [id] of indicators.getRows()) {
    const file = join(outDir, `${String(id)}.csv`);
    await connection.run(
      `COPY (${indicatorSliceSql(SLICES_TABLE, String(id))}) TO ${quoteLiteral(file)} (HEADER, DELIMITER ',')`,
    );
  }
  await connection.run(`DROP TABLE ${SLICES_TABLE}`);
}

/** The database file the explorer attaches read-only; large datasets reach every page through it instead of CSV. */
async function writeBrowserDatabase(
  connection: Awaited<ReturnType<typeof connect>>,
  dataDir: string,
  outDir: string,
  fromBytes: number,
): Promise<void> {
  const path = join(outDir, DATABASE_FILE);
  await connection.run(`ATTACH ${quoteLiteral(path)} AS browser_db`);
  for (const table of TABLES)
    await connection.run(`CREATE TABLE browser_db.${table.name} AS SELECT * FROM ${table.name}`);
  await connection.run("DETACH browser_db");
  const manifest: DataManifest = {
    format: statSync(join(dataDir, OBSERVATIONS.file)).size > fromBytes ? "duckdb" : "csv",
    file: DATABASE_FILE,
    bytes: statSync(path).size,
  };
  writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
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
