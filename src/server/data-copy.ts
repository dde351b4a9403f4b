/**
 * A copy of the dataset without one held report (its sources.csv row, text and observations): the
 * state data/ was in before that report was added, for the workbench's benchmark and tests.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { OBSERVATIONS, SOURCES } from "../lib/schema.ts";

function dropRows(path: string, sourceId: string): void {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true });
  const kept = parsed.data.filter((row) => row.source_id !== sourceId);
  writeFileSync(path, `${Papa.unparse(kept, { columns: parsed.meta.fields, newline: "\n" })}\n`);
}

export function copyDataWithout(from: string, sourceId: string): string {
  const dir = mkdtempSync(join(tmpdir(), `data-without-${sourceId}-`));
  cpSync(from, dir, { recursive: true });
  dropRows(join(dir, SOURCES.file), sourceId);
  dropRows(join(dir, OBSERVATIONS.file), sourceId);
  rmSync(join(dir, "sources", `${sourceId}.txt`), { force: true });
  return dir;
}
