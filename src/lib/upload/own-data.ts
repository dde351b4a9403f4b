/**
 * Your own numbers, checked in the browser with the same schema and row rules as
 * `npm run validate`, then added to the DuckDB session as "your data". Nothing leaves the browser.
 */
import { parseCsv, type Issue } from "../csv.ts";
import { checkFields } from "../field-check.ts";
import { OBSERVATIONS, columnsOf, type Indicator, type ObservationRecord } from "../schema.ts";
import { checkObservation } from "../validate.ts";

export interface OwnDataResult {
  rows: ObservationRecord[];
  issues: Issue[];
}

/**
 * Checks an uploaded file. Lenient where spreadsheets differ (BOM, CRLF); strict on content:
 * known indicator, field formats, ratio maths. Units may be new (they are the user's own);
 * quotes cannot be checked against a report we do not have.
 */
export function checkOwnData(
  text: string,
  file: string,
  indicators: Map<string, Pick<Indicator, "kind">>,
  existingIds: Set<string>,
): OwnDataResult {
  const table = parseCsv(text, file, { columns: columnsOf(OBSERVATIONS) });
  const issues = [...table.issues];
  const rows: ObservationRecord[] = [];
  const seen = new Set<string>();
  const column = (field: string) => table.header.indexOf(field) + 1;
  if (table.records.length === 0 && issues.length === 0)
    issues.push({ file, line: 0, column: 0, message: "no rows after the header" });
  for (const record of table.records) {
    const values = record.values as unknown as ObservationRecord;
    const problems = [...checkFields(OBSERVATIONS, record.values), ...checkObservation(values, { indicators })];
    if (!indicators.has(values.indicator_id))
      problems.push(["indicator_id", `unknown indicator "${values.indicator_id}": use an id from indicators.csv`]);
    if (seen.has(values.obs_id) || existingIds.has(values.obs_id))
      problems.push(["obs_id", `duplicate id "${values.obs_id}"`]);
    seen.add(values.obs_id);
    for (const [field, message] of problems)
      issues.push({ file, line: record.line, column: column(field), field, message });
    if (problems.length === 0) rows.push(values);
  }
  return { rows, issues };
}
