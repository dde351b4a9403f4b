/**
 * A small site's data cut from data/: the chosen sources, their observations, every unit they name with its
 * ancestors, and all indicators. Tests that build a site of their own (a sub-path, injected markup, a build
 * snapshot) build this instead of all of data/, so they stay quick as data/ grows, and never hold a copy that drifts.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Papa from "papaparse";
import { columnsOf, TABLES, type TableSpec } from "../../src/lib/schema.ts";

type Row = Record<string, string>;

/** Every held report and a few cited pages: two periods of one province, both grades, both levels. */
export const FIXTURE_SOURCES = [
  "bac-son-2024",
  "yen-the-2023",
  "kbang-2020",
  "lang-son-2016-2020",
  "ba-dinh-2024",
  "bao-lam-dong-lam-dong-2020",
  "bao-lam-dong-lam-dong-2021",
  "bao-hoa-binh-hoa-binh-2023",
];

function readTable(dir: string, table: TableSpec): Row[] {
  return Papa.parse<Row>(readFileSync(join(dir, table.file), "utf8"), { header: true, skipEmptyLines: true }).data;
}

export function writeDataSubset(from: string, to: string, sourceIds: readonly string[] = FIXTURE_SOURCES): void {
  const tables = new Map(TABLES.map((table) => [table.name, readTable(from, table)]));
  const wanted = new Set(sourceIds);
  const sources = tables.get("sources")!.filter((row) => wanted.has(row.source_id!));
  const missing = sourceIds.filter((id) => !sources.some((row) => row.source_id === id));
  if (missing.length) throw new Error(`data subset: no source ${missing.join(", ")} in ${from}`);
  const observations = tables.get("observations")!.filter((row) => wanted.has(row.source_id!));

  const allUnits = new Map(tables.get("units")!.map((row) => [row.unit_id!, row]));
  const unitIds = new Set<string>();
  const addWithAncestors = (id: string | undefined) => {
    for (let unit = id ? allUnits.get(id) : undefined; unit && !unitIds.has(unit.unit_id!);) {
      unitIds.add(unit.unit_id!);
      unit = unit.parent_id ? allUnits.get(unit.parent_id) : undefined;
    }
  };
  for (const row of [...sources, ...observations]) addWithAncestors(row.unit_id);

  const kept: Record<TableSpec["name"], Row[]> = {
    sources,
    observations,
    units: tables.get("units")!.filter((row) => unitIds.has(row.unit_id!)),
    indicators: tables.get("indicators")!,
  };
  mkdirSync(to, { recursive: true });
  for (const table of TABLES) {
    const csv = Papa.unparse(kept[table.name], { columns: columnsOf(table), newline: "\n" });
    writeFileSync(join(to, table.file), `${csv}\n`);
  }
  for (const source of sources.filter((row) => row.file)) {
    mkdirSync(dirname(join(to, source.file!)), { recursive: true });
    cpSync(join(from, source.file!), join(to, source.file!));
  }
}
