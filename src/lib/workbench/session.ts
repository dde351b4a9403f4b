/**
 * A curator's work on one report in the workbench: the text, what is known of the report,
 * and the rows (proposed by the extractor or added by hand) with their review status. Pure
 * data and functions, so the browser controller only draws it and the benchmark replays it.
 */
import { extract } from "../extract/extract.ts";
import { checkFields } from "../field-check.ts";
import { OBSERVATIONS, type Indicator, type ObservationRecord, type Source, type Unit } from "../schema.ts";
import { checkNoteLanguages, checkObservationGrade } from "../evidence.ts";
import { checkObservation } from "../validate.ts";
import type { OpenedReport } from "../report-text/open.ts";

export type RowStatus = "proposed" | "accepted" | "rejected";

export interface WorkRow {
  /** Stable while the curator works; the bundle numbers accepted rows by their place in the text. */
  key: string;
  status: RowStatus;
  origin: "extractor" | "manual";
  /** source_id and unit_id come from the report's details when checked or exported. */
  row: ObservationRecord;
  start: number;
  end: number;
  rule?: string;
}

export type SourceDetails = Omit<Source, "file" | "sha256" | "title_from" | "title_lang">;

/** What the curator fills in about a report (a held one: grade, publisher and accessed_on do not apply). */
export const SOURCE_FORM_FIELDS = [
  "source_id",
  "title",
  "doc_number",
  "issuer",
  "issued_on",
  "unit_id",
  "period",
  "report_type",
  "url",
] as const satisfies readonly (keyof SourceDetails)[];

export interface Workbench {
  version: 1;
  fileName: string;
  text: string;
  opened: Omit<OpenedReport, "text">;
  source: SourceDetails;
  /** The report's unit when units.csv lacks it. */
  newUnit: Unit;
  rows: WorkRow[];
  nextKey: number;
}

export type Kinds = ReadonlyMap<string, Pick<Indicator, "kind">>;

/** A source id from a file name: "Báo cáo DCCS 2024.pdf" → "bao-cao-dccs-2024". */
export function slugFromName(name: string): string {
  return name
    .replace(/\.[^.]*$/, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The report's year: the most frequent "năm YYYY" of its opening, where the title is. */
export function guessPeriod(text: string): string {
  const counts = new Map<string, number>();
  for (const match of text.slice(0, 3000).matchAll(/năm (\d{4})(?!\d)/giu))
    counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

/** "BÁO CÁO" on a line of its own, then the subject: "Báo cáo kết quả thực hiện…". */
export function guessTitle(text: string): string {
  const lines = text
    .slice(0, 5000)
    .split("\n")
    .map((line) => line.trim());
  const heading = lines.findIndex((line) => /^báo cáo$/iu.test(line));
  const subject = heading === -1 ? undefined : lines.slice(heading + 1).find((line) => line !== "");
  if (!subject) return "";
  return `Báo cáo ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`.slice(0, 300);
}

const EMPTY_UNIT: Unit = {
  unit_id: "",
  name: "",
  level: "district",
  parent_id: "",
  province: "",
  valid_until: "",
  successor_note: "",
  successor_note_vi: "",
};

export function newWorkbench(fileName: string, report: OpenedReport): Workbench {
  const { text, ...opened } = report;
  return {
    version: 1,
    fileName,
    text,
    opened,
    source: {
      source_id: slugFromName(fileName) || "report",
      title: guessTitle(text),
      doc_number: "",
      issuer: "",
      issued_on: "",
      unit_id: "",
      period: guessPeriod(text),
      report_type: "grassroots_democracy_annual",
      // The workbench holds the text it opened: its reports are held, never cited.
      grade: "held",
      url: "",
      publisher: "",
      accessed_on: "",
    },
    newUnit: { ...EMPTY_UNIT },
    rows: [],
    nextKey: 1,
  };
}

/** The extractor's proposals replace the earlier ones; rows the curator touched are kept. */
export function propose(state: Workbench, kinds: Kinds): Workbench {
  const kindNames = new Map([...kinds].map(([id, indicator]) => [id, indicator.kind]));
  const candidates = extract(state.text, {
    sourceId: state.source.source_id,
    unitId: state.source.unit_id,
    period: state.source.period,
    kinds: kindNames,
  });
  const kept = state.rows.filter((row) => row.origin === "manual" || row.status !== "proposed");
  let nextKey = state.nextKey;
  const proposed: WorkRow[] = candidates.map(({ char_start, char_end, rule, confidence: _c, ...row }) => ({
    key: `r${nextKey++}`,
    status: "proposed",
    origin: "extractor",
    row: { ...row, obs_id: "" },
    start: char_start,
    end: char_end,
    rule,
  }));
  const rows = [...kept, ...proposed].sort((a, b) => a.start - b.start);
  return { ...state, rows, nextKey };
}

/** A row for a passage the curator selected; its numbers are theirs to fill in. */
export function addManualRow(state: Workbench, start: number, end: number, indicator: string): Workbench {
  const quote = state.text.slice(start, end);
  const row: WorkRow = {
    key: `r${state.nextKey}`,
    status: "accepted",
    origin: "manual",
    row: {
      obs_id: "",
      indicator_id: indicator,
      unit_id: state.source.unit_id,
      period: state.source.period,
      scope: "total",
      numerator: "",
      denominator: "",
      value: "",
      reported_percent: "",
      source_id: state.source.source_id,
      grade: "held",
      quote,
      locator: "",
      flags: "",
      note: "",
      note_vi: "",
    },
    start,
    end,
  };
  const rows = [...state.rows, row].sort((a, b) => a.start - b.start);
  return { ...state, rows, nextKey: state.nextKey + 1 };
}

export function updateRow(state: Workbench, key: string, change: Partial<ObservationRecord>, status?: RowStatus) {
  return {
    ...state,
    rows: state.rows.map((row) =>
      row.key === key ? { ...row, status: status ?? row.status, row: { ...row.row, ...change } } : row,
    ),
  };
}

export const setStatus = (state: Workbench, keys: readonly string[], status: RowStatus): Workbench => ({
  ...state,
  rows: state.rows.map((row) => (keys.includes(row.key) ? { ...row, status } : row)),
});

/** The row as it would be committed: the report's ids filled in. */
export const recordOf = (
  state: Workbench,
  row: WorkRow,
  obsId = `${state.source.source_id}-000`,
): ObservationRecord => ({
  ...row.row,
  obs_id: obsId,
  source_id: state.source.source_id,
  unit_id: state.source.unit_id,
});

/** The validator's row rules on one row, as the curator works: fields, ratio maths, quote in the text. */
export function rowProblems(state: Workbench, row: WorkRow, kinds: Kinds): [string, string][] {
  const record = recordOf(state, row);
  const problems: [string, string][] = checkFields(OBSERVATIONS, record as unknown as Record<string, string>)
    .filter(([field]) => field !== "obs_id" && field !== "source_id" && field !== "unit_id")
    .map(([field, p]) => [field, p.message]);
  if (!kinds.has(record.indicator_id)) problems.push(["indicator_id", `unknown indicator "${record.indicator_id}"`]);
  const values = record as unknown as Record<string, string>;
  problems.push(...checkObservationGrade(values, "held"), ...checkNoteLanguages(values));
  const rules = checkObservation(record, {
    indicators: kinds as Map<string, Pick<Indicator, "kind">>,
    sourceText: state.text,
    sourceFile: state.fileName,
  });
  for (const [field, p] of rules) problems.push([field, p.message]);
  return problems;
}

export const acceptedRows = (state: Workbench): WorkRow[] => state.rows.filter((row) => row.status === "accepted");

/** New report details; rows that had the report's period follow it, rows given their own keep theirs. */
export function setSource(state: Workbench, change: Partial<SourceDetails>): Workbench {
  const source = { ...state.source, ...change };
  const rows =
    change.period === undefined
      ? state.rows
      : state.rows.map((row) =>
          row.row.period === state.source.period ? { ...row, row: { ...row.row, period: source.period } } : row,
        );
  return { ...state, source, rows };
}
