/**
 * A copy of data/ in which every free-text field carries markup that would run if any page
 * inserted data as HTML. Each payload sets window.__pwned, so a test can tell whether it ran.
 */
import { createHash } from "node:crypto";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { TABLES, columnsOf, type TableSpec } from "../../src/lib/schema.ts";

export const PAYLOADS = [
  `<script>window.__pwned="script"</script>`,
  `"><img src=x onerror="window.__pwned='img'">`,
  `javascript:window.__pwned='url'`,
  `</svg><script>window.__pwned="svg"</script>`,
  `</textarea></title><svg onload="window.__pwned='svg-onload'">`,
];

/** Free-text fields: names, titles, definitions, notes (ids and numbers are validated slugs and numbers). */
const FREE_TEXT: Record<TableSpec["name"], string[]> = {
  sources: ["title", "issuer"],
  units: ["name", "successor_note", "successor_note_vi"],
  indicators: ["name_vi", "name_en", "definition_vi", "definition_en", "numerator_label", "denominator_label"],
  observations: ["note", "note_vi"],
};

export function writePayloadData(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  let n = 0;
  const payload = () => PAYLOADS[n++ % PAYLOADS.length]!;
  const tables = new Map<string, Record<string, string>[]>();
  for (const table of TABLES) {
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(to, table.file), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    for (const row of rows) {
      // A note comes in both languages or not at all, so both get a payload.
      for (const field of FREE_TEXT[table.name]) row[field] = [row[field], payload()].filter(Boolean).join(" ");
      if (row.grade === "cited" && table.name === "observations") row.locator = `${row.locator} ${payload()}`;
      if (row.grade === "cited" && table.name === "sources") row.publisher = `${row.publisher} ${payload()}`;
    }
    tables.set(table.name, rows);
  }
  // One quote per report also carries a payload: the report text gets it too, so the quote stays verbatim.
  const sources = tables.get("sources")!;
  for (const source of sources.filter((row) => row.grade === "held")) {
    const observation = tables.get("observations")!.find((row) => row.source_id === source.source_id);
    if (!observation) continue;
    const path = join(to, source.file!);
    const text = readFileSync(path, "utf8");
    const marked = `${payload()} ${observation.quote}`;
    writeFileSync(path, text.replace(observation.quote!, marked));
    observation.quote = marked;
    source.sha256 = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  for (const table of TABLES) {
    const csv = Papa.unparse(tables.get(table.name)!, { columns: columnsOf(table), newline: "\n" });
    writeFileSync(join(to, table.file), `${csv}\n`);
  }
}
