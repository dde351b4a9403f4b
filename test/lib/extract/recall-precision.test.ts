/**
 * The extractor against the curated data: recall (curated rows of the listed indicators it
 * proposes with the same numbers) and precision (proposals that match a curated row), per
 * report and overall. Targets: recall ≥ 90%, precision ≥ 70%.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/csv.ts";
import { extract } from "../../../src/lib/extract/extract.ts";
import { score } from "../../../src/lib/extract/match.ts";
import { INDICATORS, OBSERVATIONS, SOURCES, columnsOf, type ObservationRecord } from "../../../src/lib/schema.ts";

/** The indicators the extractor is asked to recognise (the list); others are curated by hand only. */
const LISTED = new Set([
  "petitions_received",
  "petitions_resolved",
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
  "digitisation_share",
  "village_conventions",
  "cultured_families",
  "cultured_villages",
  "dialogues_held",
  "dialogue_opinions_raised",
  "dialogue_opinions_answered",
  "voter_petitions_resolved",
  "households",
  "population",
  "communes",
  "villages",
  "poverty_rate",
]);

const read = (file: string, columns: string[]) =>
  parseCsv(readFileSync(join("data", file), "utf8"), file, { columns }).records.map((record) => record.values);

it("proposes at least 90% of the curated numbers, and at least 70% of its proposals are right", () => {
  const indicators = read(INDICATORS.file, columnsOf(INDICATORS));
  const kinds = new Map(indicators.map((row) => [row.indicator_id!, row.kind!]));
  const curated = (read(OBSERVATIONS.file, columnsOf(OBSERVATIONS)) as unknown as ObservationRecord[]).filter((row) =>
    LISTED.has(row.indicator_id),
  );
  const all: ObservationRecord[] = [];
  const lines: string[] = [];
  for (const source of read(SOURCES.file, columnsOf(SOURCES))) {
    const text = readFileSync(join("data", source.file!), "utf8");
    const proposals = extract(text, {
      sourceId: source.source_id!,
      unitId: source.unit_id!,
      period: source.period!,
      kinds,
    });
    const own = curated.filter((row) => row.source_id === source.source_id);
    const result = score(proposals, own);
    lines.push(
      `${source.source_id}: recall ${(result.recall * 100).toFixed(1)}% (${result.found}/${result.curated}), precision ${(result.precision * 100).toFixed(1)}% (${result.correct}/${result.proposals})`,
    );
    all.push(...proposals);
  }
  const total = score(all, curated);
  lines.push(
    `overall: recall ${(total.recall * 100).toFixed(1)}% (${total.found}/${total.curated}), precision ${(total.precision * 100).toFixed(1)}% (${total.correct}/${total.proposals})`,
  );
  console.log(`extractor on the five curated reports\n${lines.join("\n")}`);
  expect(total.curated).toBeGreaterThanOrEqual(70);
  expect(total.recall).toBeGreaterThanOrEqual(0.9);
  expect(total.precision).toBeGreaterThanOrEqual(0.7);
});
