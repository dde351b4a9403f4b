/**
 * The extractor against the curated data, on the five reports: recall (the curated rows of the
 * indicators the extractor is asked to recognise that it proposes with the same numbers) and
 * precision (its proposals, of any indicator, that match a curated row), per report and
 * overall. Targets: recall ≥ 90%, precision ≥ 70%. Curated rows come from data/observations.csv,
 * or from the curators' staging files while it does not exist.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/csv.ts";
import { extract } from "../../../src/lib/extract/extract.ts";
import { score, type Score } from "../../../src/lib/extract/match.ts";
import { INDICATORS, OBSERVATIONS, SOURCES, columnsOf, type ObservationRecord } from "../../../src/lib/schema.ts";

/** The indicator families the issue lists: petitions, mediation, OCOP, friendly government,
 * citizen reception, administrative records and online share, village conventions, cultured
 * families and villages, dialogues held. */
const LISTED = new Set([
  "petitions_received",
  "petitions_resolved",
  "petitions_pending",
  "mediation_cases_received",
  "mediation_successful",
  "mediation_unsuccessful",
  "mediation_pending",
  "mediation_success_rate",
  "ocop_products_total",
  "ocop_products_new",
  "ocop_products_reevaluated",
  "friendly_gov_communes",
  "friendly_gov_model_units",
  "citizen_reception_turns",
  "citizen_reception_persons",
  "admin_records_received",
  "admin_records_on_time",
  "admin_records_late",
  "online_records_share",
  "village_conventions",
  "cultured_families",
  "cultured_villages",
  "dialogues_held",
]);

const DATA = "data";
const read = (path: string, columns: string[]) =>
  parseCsv(readFileSync(path, "utf8"), path, { columns }).records.map((record) => record.values);

function curated(): { rows: ObservationRecord[]; from: string } {
  const columns = columnsOf(OBSERVATIONS);
  const path = join(DATA, OBSERVATIONS.file);
  if (existsSync(path)) return { rows: read(path, columns) as unknown as ObservationRecord[], from: path };
  const staging = join(DATA, "_staging");
  const files = existsSync(staging) ? readdirSync(staging).filter((name) => /^obs-.*\.csv$/.test(name)) : [];
  const rows = files.flatMap((name) => read(join(staging, name), columns)) as unknown as ObservationRecord[];
  return { rows, from: `${staging}/obs-*.csv` };
}

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}% (${part}/${whole})`;
const line = (name: string, recall: Score, precision: Score) =>
  `${name}: recall ${percent(recall.found, recall.curated)}, precision ${percent(precision.correct, precision.proposals)}`;

it("proposes ≥ 90% of the curated figures, and ≥ 70% of its proposals are curated", () => {
  const kinds = new Map(
    read(join(DATA, INDICATORS.file), columnsOf(INDICATORS)).map((row) => [row.indicator_id!, row.kind!]),
  );
  const { rows, from } = curated();
  const lines: string[] = [];
  const proposals: ObservationRecord[] = [];
  // Only held reports have a text to extract from; cited pages are not held.
  const reports = read(join(DATA, SOURCES.file), columnsOf(SOURCES)).filter((source) => source.grade === "held");
  for (const source of reports) {
    const text = readFileSync(join(DATA, source.file!), "utf8");
    const own = rows.filter((row) => row.source_id === source.source_id);
    const found = extract(text, {
      sourceId: source.source_id!,
      unitId: source.unit_id!,
      period: source.period!,
      kinds,
    });
    const listed = own.filter((row) => LISTED.has(row.indicator_id));
    lines.push(line(source.source_id!, score(found, listed), score(found, own)));
    proposals.push(...found);
  }
  const held = rows.filter((row) => row.grade === "held");
  const recall = score(
    proposals,
    held.filter((row) => LISTED.has(row.indicator_id)),
  );
  const precision = score(proposals, held);
  lines.push(line("overall", recall, precision));
  console.log(`Extractor on the ${reports.length} curated reports (curated rows from ${from}):\n${lines.join("\n")}`);
  expect(recall.curated, "curated rows of the listed indicators").toBeGreaterThan(0);
  expect(recall.recall).toBeGreaterThanOrEqual(0.9);
  expect(precision.precision).toBeGreaterThanOrEqual(0.7);
});
