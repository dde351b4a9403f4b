/**
 * Your own numbers, checked in the browser with the same schema and row rules as
 * `npm run validate`, then added to the DuckDB session as "your data". Nothing leaves the browser.
 * A CSV (any encoding, comma or semicolon) and an Excel sheet become the same table first.
 */
import { parseCsv, problemAt as at, type CsvTable, type Issue } from "../csv.ts";
import { checkFields } from "../field-check.ts";
import { plainNumberText } from "../numbers.ts";
import { problem, type Problem } from "../problems.ts";
import { OBSERVATIONS, columnsOf, type Indicator, type ObservationRecord } from "../schema.ts";
import { checkObservation } from "../validate.ts";
import { decodeUpload, detectDelimiter } from "./upload-text.ts";

/** Problems listed one by one; the rest are counted by column, so that an all-bad file stays quick. */
export const SHOWN_ISSUES = 200;

export interface OwnDataResult {
  rows: ObservationRecord[];
  /** The first SHOWN_ISSUES problems, in file order. */
  issues: Issue[];
  /** Every problem, shown or not. */
  total: number;
  /** Problems by column ("" for the file's structure: rows, quotes, encoding). */
  counts: Map<string, number>;
  /** How the file was read, when it differs from the template (encoding, separator, number format). */
  notes: Problem[];
}

export interface OwnDataContext {
  indicators: Map<string, Pick<Indicator, "kind">>;
  /** Ids already added in this session. */
  existingIds: Set<string>;
}

const COLUMNS = columnsOf(OBSERVATIONS);
/** Without these no row can be read; "value" holds every count's number. */
const NEEDED = [...OBSERVATIONS.fields.filter((field) => field.required).map((field) => field.name), "value"];
const NUMERIC = OBSERVATIONS.fields.filter((field) => field.type === "number").map((field) => field.name);

class Tally {
  readonly issues: Issue[] = [];
  readonly counts = new Map<string, number>();
  total = 0;
  add(issue: Issue): void {
    this.total++;
    const kind = issue.field ?? "";
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    if (this.issues.length < SHOWN_ISSUES) this.issues.push(issue);
  }
}

/** Checks an uploaded CSV file, as bytes: its encoding and separator are found here. */
export function checkOwnCsv(bytes: Uint8Array, file: string, context: OwnDataContext): OwnDataResult {
  const decoded = decodeUpload(bytes, file);
  if ("issue" in decoded) return refused(decoded.issue);
  const notes = [...decoded.notes];
  const delimiter = detectDelimiter(decoded.text, COLUMNS);
  if (delimiter !== ",") notes.push(problem("delimiter", delimiter === "\t" ? "Tab" : delimiter));
  const table = parseCsv(decoded.text, file, { delimiter });
  return checkOwnTable(table, notes, context, delimiter === ";");
}

/** Checks the first sheet of an uploaded Excel file; rows are numbered as in the spreadsheet. */
export async function checkOwnXlsx(bytes: Uint8Array, file: string, context: OwnDataContext): Promise<OwnDataResult> {
  let sheet: unknown[][];
  try {
    const { readSheet } = await import("read-excel-file/universal");
    sheet = (await readSheet(bytes.slice().buffer)) as unknown[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refused(at(file, 0, 0, problem("unreadableSheet", reason)));
  }
  return checkOwnTable(tableFromSheet(sheet, file), [], context, false);
}

const cellText = (cell: unknown): string =>
  cell === null || cell === undefined
    ? ""
    : cell instanceof Date
      ? cell.toISOString().slice(0, 10)
      : String(cell).trim();

function tableFromSheet(sheet: unknown[][], file: string): CsvTable {
  const table: CsvTable = { file, header: [], records: [], issues: [] };
  const [header = [], ...rows] = sheet;
  table.header = header.map(cellText);
  rows.forEach((cells, i) => {
    if (cells.every((cell) => cellText(cell) === "")) return;
    const values: Record<string, string> = {};
    table.header.forEach((name, k) => (values[name] = cellText(cells[k])));
    table.records.push({ line: i + 2, values });
  });
  return table;
}

function refused(issue: Issue): OwnDataResult {
  return { rows: [], issues: [issue], total: 1, counts: new Map([[issue.field ?? "", 1]]), notes: [] };
}

/**
 * Header problems, once each (parseCsv has reported duplicates); false when a needed column
 * is missing, so that no row is read and no row repeats the header's problem.
 */
function checkHeader(table: CsvTable, tally: Tally): boolean {
  const { file, header } = table;
  const seen = new Set(header);
  header.forEach((name, i) => {
    if (!COLUMNS.includes(name)) tally.add(at(file, 1, i + 1, problem("unknownColumn", name, COLUMNS.join(","))));
  });
  const missing = NEEDED.filter((name) => !seen.has(name));
  if (missing.length > 0) tally.add(at(file, 1, header.length + 1, problem("missingColumns", missing.join(", "))));
  return missing.length === 0;
}

/**
 * Numbers as the file writes them, in plain decimal text. A file saved with semicolons, or
 * with a decimal comma anywhere, writes numbers the Vietnamese way, read by the reports' parser.
 */
function vietnameseNumbers(table: CsvTable, semicolons: boolean): boolean {
  return semicolons || table.records.some((r) => NUMERIC.some((name) => (r.values[name] ?? "").includes(",")));
}

function plainCell(cell: string, vietnamese: boolean): string | undefined {
  const text = cell.trim();
  const negative = text.startsWith("-");
  const body = (negative ? text.slice(1) : text).replace(/\s*%$/, "");
  if (text === "") return "";
  let plain: string;
  if (vietnamese) {
    try {
      plain = plainNumberText(body);
    } catch {
      return undefined;
    }
  } else if (/^\d+(?:\.\d+)?$/.test(body)) plain = body;
  else return undefined;
  return negative ? `-${plain}` : plain;
}

/**
 * Lenient where spreadsheets differ (encoding, separator, number format, missing optional
 * columns); strict on content: known indicator, field formats, the curated row rules. Units
 * may be new (they are the visitor's own); quotes cannot be checked against a report we lack.
 */
export function checkOwnTable(
  table: CsvTable,
  notes: Problem[],
  context: OwnDataContext,
  semicolons: boolean,
): OwnDataResult {
  const { file } = table;
  const tally = new Tally();
  const rows: ObservationRecord[] = [];
  const result = () => ({ rows, issues: tally.issues, total: tally.total, counts: tally.counts, notes });
  if (table.header.length === 0) {
    for (const issue of table.issues) tally.add(issue);
    if (tally.total === 0) tally.add(at(file, 0, 0, problem("emptyFile")));
    return result();
  }
  const header = new Tally();
  const complete = checkHeader(table, header);
  // Without a needed column, rows that do not fit the header only repeat the header's problem.
  for (const issue of table.issues) if (complete || issue.line <= 1) tally.add(issue);
  for (const issue of header.issues) tally.add(issue);
  if (!complete) return result();
  if (table.records.length === 0 && tally.total === 0) tally.add(at(file, 0, 0, problem("noRows")));

  const vietnamese = vietnameseNumbers(table, semicolons);
  if (vietnamese) notes.push(problem("vietnameseNumbers"));
  const column = (field: string) => table.header.indexOf(field) + 1;
  const seen = new Set<string>();
  for (const record of table.records) {
    const values = Object.fromEntries(COLUMNS.map((name) => [name, record.values[name] ?? ""]));
    const add = (field: string, p: Problem) => tally.add(at(file, record.line, column(field), p, field));
    let readable = true;
    for (const name of NUMERIC) {
      const plain = plainCell(values[name]!, vietnamese);
      if (plain === undefined) {
        add(name, problem("notANumber", values[name]!));
        readable = false;
      } else values[name] = plain;
    }
    if (!readable) continue;
    const observation = values as unknown as ObservationRecord;
    const problems: [string, Problem][] = [
      ...checkFields(OBSERVATIONS, values),
      ...checkObservation(observation, { indicators: context.indicators }),
    ];
    if (!context.indicators.has(observation.indicator_id))
      problems.push(["indicator_id", problem("unknownIndicator", observation.indicator_id)]);
    if (seen.has(observation.obs_id) || context.existingIds.has(observation.obs_id))
      problems.push(["obs_id", problem("duplicateId", observation.obs_id)]);
    seen.add(observation.obs_id);
    for (const [field, p] of problems) add(field, p);
    if (problems.length === 0) rows.push(observation);
  }
  return result();
}
