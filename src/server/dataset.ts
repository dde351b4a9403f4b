/** Reads the curated dataset from disk (Node only): the adapter between data/ and src/lib. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { decodeUtf8, parseCsv, type CsvTable, type Issue } from "../lib/csv.ts";
import { TABLES, columnsOf, type TableSpec } from "../lib/schema.ts";
import type { DatasetFiles, SourceFile } from "../lib/validate.ts";

export const DEFAULT_DATA_DIR = "data";

export function dataDir(): string {
  return process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
}

/** The bytes of a file, or why they cannot be read (a folder where a file should be, no permission). */
function readBytes(path: string, file: string): Buffer | Issue {
  const problem = (message: string): Issue => ({ file, line: 0, column: 0, message });
  try {
    if (statSync(path).isDirectory()) return problem("is a folder, not a file");
    return readFileSync(path);
  } catch (error) {
    return problem(`cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readTable(dir: string, spec: TableSpec): CsvTable {
  const path = join(dir, spec.file);
  const file = relative(process.cwd(), path) || path;
  const empty: CsvTable = { file, header: [], records: [], issues: [] };
  if (!existsSync(path)) return { ...empty, issues: [{ file, line: 0, column: 0, message: "file is missing" }] };
  const bytes = readBytes(path, file);
  if (!(bytes instanceof Uint8Array)) return { ...empty, issues: [bytes] };
  const decoded = decodeUtf8(bytes, file);
  if ("issue" in decoded) return { ...empty, issues: [decoded.issue] };
  return parseCsv(decoded.text, file, { columns: columnsOf(spec), strict: true });
}

function readSourceFile(dir: string, path: string): SourceFile | Issue | undefined {
  const full = join(dir, path);
  const file = relative(process.cwd(), full) || full;
  if (!existsSync(full)) return undefined;
  const bytes = readBytes(full, file);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const decoded = decodeUtf8(bytes, file);
  if ("issue" in decoded) return decoded.issue;
  return { text: decoded.text, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export function readDatasetFiles(dir: string = dataDir()): DatasetFiles {
  const [sources, units, indicators, observations] = TABLES.map((spec) => readTable(dir, spec)) as [
    CsvTable,
    CsvTable,
    CsvTable,
    CsvTable,
  ];
  const sourceFiles = new Map<string, SourceFile | Issue>();
  for (const record of sources.records) {
    const path = record.values.file ?? "";
    const file = path === "" || sourceFiles.has(path) ? undefined : readSourceFile(dir, path);
    if (file) sourceFiles.set(path, file);
  }
  return { sources, units, indicators, observations, sourceFiles };
}
