/**
 * Checks the curated dataset as a whole: every field against the schema, keys and
 * references, and every observation against the report it quotes. Pure: the caller reads
 * the files (Node for `npm run validate`, the browser for uploads) and passes them in.
 */
import type { CsvTable, Issue } from "./csv.ts";
import { decimalPlaces, sameNumber, textContainsNumber } from "./numbers.ts";
import { checkFields } from "./field-check.ts";
import { checkFigureDuplicates, checkNoteLanguages, checkObservationGrade, checkSourceGrade } from "./evidence.ts";
import { problem, type Problem } from "./problems.ts";
import { FLAGS, type Grade, type Indicator, type ObservationRecord, type TableSpec } from "./schema.ts";
import { INDICATORS, OBSERVATIONS, SOURCES, UNITS } from "./schema.ts";

export interface SourceFile {
  text: string;
  sha256: string;
}

export interface DatasetFiles {
  sources: CsvTable;
  units: CsvTable;
  indicators: CsvTable;
  observations: CsvTable;
  /** Report texts keyed by their path relative to data/; an Issue when unreadable. */
  sourceFiles: Map<string, SourceFile | Issue>;
}

type FieldProblem = [field: string, problem: Problem];

export interface ObservationContext {
  indicators: Map<string, Pick<Indicator, "kind">>;
  /** Text of the report the observation cites; quote checks are skipped without it. */
  sourceText?: string;
  sourceFile?: string;
}

/** Percent as the report's precision allows: "88" covers 87.01–88.99, allowing truncation. */
export function percentAgrees(numerator: number, denominator: number, reported: number, reportedText: string): boolean {
  const computed = (numerator / denominator) * 100;
  return Math.abs(computed - reported) < 10 ** -decimalPlaces(reportedText);
}

export const ratioValue = (numerator: number, denominator: number): number =>
  Math.round((numerator / denominator) * 10000) / 100;

export const flagsOf = (record: Pick<ObservationRecord, "flags">): string[] =>
  record.flags.split(";").filter((flag) => flag !== "");

/** Row-level rules of an observation, shared by the validator and the upload check. */
export function checkObservation(record: ObservationRecord, context: ObservationContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const flags = flagsOf(record);
  for (const flag of flags) {
    if (!(flag in FLAGS)) problems.push(["flags", problem("unknownFlag", flag, Object.keys(FLAGS).join(", "))]);
  }
  if (flags.length > 0 && record.note.trim() === "") problems.push(["note", problem("flagNeedsNote")]);

  const indicator = context.indicators.get(record.indicator_id);
  if (!indicator) return problems;
  const unusable = problems.length;
  const numbers = readNumbers(record, problems);
  // The rules below would only repeat a bad number's problem in other words.
  if (problems.length > unusable) return problems;
  const { numerator, denominator, value, reported } = numbers;
  const percent = reported ?? value;
  const fromParts = numerator !== undefined && denominator !== undefined;
  // With both parts known, a ratio over 100% is caught as a numerator above its denominator.
  if (
    indicator.kind === "ratio" &&
    !fromParts &&
    percent !== undefined &&
    percent > 100 &&
    !flags.includes("parts_do_not_sum")
  ) {
    problems.push([reported === undefined ? "value" : "reported_percent", problem("over100", String(percent))]);
  }

  if (indicator.kind === "ratio") {
    problems.push(...checkRatio(record, flags, numbers));
  } else {
    if (value === undefined) problems.push(["value", problem("needsValue", indicator.kind)]);
    for (const field of ["numerator", "denominator", "reported_percent"] as const) {
      if (record[field] !== "") problems.push([field, problem("mustBeBlank", indicator.kind)]);
    }
  }

  if (context.sourceText !== undefined) {
    problems.push(...checkQuote(record, indicator.kind, context.sourceText, context.sourceFile ?? record.source_id));
  }
  return problems;
}

const NUMBER_FIELDS = {
  numerator: "numerator",
  denominator: "denominator",
  value: "value",
  reported: "reported_percent",
};

/** The numeric fields that hold a usable number: finite and not below zero; the others are problems. */
function readNumbers(record: ObservationRecord, problems: FieldProblem[]): RatioNumbers {
  const numbers: RatioNumbers = { numerator: undefined, denominator: undefined, value: undefined, reported: undefined };
  for (const [key, field] of Object.entries(NUMBER_FIELDS) as [keyof RatioNumbers, keyof ObservationRecord][]) {
    const n = record[field] === "" ? Number.NaN : Number(record[field]);
    if (Number.isNaN(n)) continue;
    if (!Number.isFinite(n)) problems.push([field, problem("tooLarge")]);
    else if (n < 0) problems.push([field, problem("negative", String(n))]);
    else numbers[key] = n;
  }
  return numbers;
}

interface RatioNumbers {
  numerator: number | undefined;
  denominator: number | undefined;
  value: number | undefined;
  reported: number | undefined;
}

function checkRatio(record: ObservationRecord, flags: string[], n: RatioNumbers): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const flagged = flags.includes("percent_mismatch");
  if (n.denominator === 0) return [["denominator", problem("zeroDenominator")]];
  if (n.numerator !== undefined && n.denominator !== undefined) {
    const expected = ratioValue(n.numerator, n.denominator);
    if (n.value === undefined || !sameNumber(n.value, expected)) {
      problems.push(["value", problem("valueNotRecomputed", String(expected))]);
    }
    if (n.reported !== undefined) {
      const agrees = percentAgrees(n.numerator, n.denominator, n.reported, record.reported_percent);
      const computed = ((n.numerator / n.denominator) * 100).toFixed(2);
      if (!agrees && !flagged) {
        problems.push([
          "reported_percent",
          problem("percentMismatch", String(n.reported), String(n.numerator), String(n.denominator), computed),
        ]);
      }
      if (agrees && flagged) {
        problems.push([
          "flags",
          problem("mismatchFlagAgrees", String(n.numerator), String(n.denominator), computed, String(n.reported)),
        ]);
      }
    } else if (flagged) {
      problems.push(["flags", problem("mismatchFlagNoPercent")]);
    }
    if (n.numerator > n.denominator && !flags.includes("parts_do_not_sum")) {
      problems.push(["numerator", problem("numeratorOverDenominator", String(n.denominator))]);
    }
  } else if (n.reported !== undefined) {
    if (n.value === undefined || !sameNumber(n.value, n.reported))
      problems.push(["value", problem("valueNotReported")]);
    if (flagged) problems.push(["flags", problem("mismatchNeedsBoth")]);
  } else if (n.numerator !== undefined) {
    if (n.value !== undefined) problems.push(["value", problem("valueWithoutDenominator")]);
    if (!flags.includes("denominator_not_stated")) problems.push(["flags", problem("needsDenominatorFlag")]);
  } else {
    problems.push(["value", problem("ratioNeedsNumbers")]);
  }
  return problems;
}

/** Longer quotes are a schema error already; searching a report for them would only be slow. */
const MAX_QUOTE_CHECKED = 2000;

function checkQuote(record: ObservationRecord, kind: Indicator["kind"], text: string, file: string): FieldProblem[] {
  if (record.quote === "" || record.quote.length > MAX_QUOTE_CHECKED) return [];
  if (!text.includes(record.quote)) {
    const matched = longestMatchingPrefix(record.quote, text);
    const before = record.quote.slice(Math.max(0, matched - 30), matched);
    return [
      [
        "quote",
        matched === 0 ? problem("quoteNoMatch", file) : problem("quotePartMatch", file, String(matched), before),
      ],
    ];
  }
  const fields = kind === "ratio" ? (["numerator", "denominator", "reported_percent"] as const) : (["value"] as const);
  const problems: FieldProblem[] = [];
  for (const field of fields) {
    if (record[field] !== "" && !textContainsNumber(record.quote, Number(record[field]))) {
      problems.push([field, problem("numberNotInQuote", record[field])]);
    }
  }
  return problems;
}

function longestMatchingPrefix(quote: string, text: string): number {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Field-schema problems and duplicate keys of one table. */
export function checkTable(table: CsvTable, spec: TableSpec): Issue[] {
  const issues: Issue[] = [];
  const column = (field: string) => table.header.indexOf(field) + 1;
  const seen = new Map<string, number>();
  for (const record of table.records) {
    for (const [field, p] of checkFields(spec, record.values)) {
      issues.push({
        file: table.file,
        line: record.line,
        column: column(field),
        field,
        message: p.message,
        problem: p,
      });
    }
    const key = record.values[spec.primaryKey] ?? "";
    const first = seen.get(key);
    if (key !== "" && first !== undefined) {
      issues.push({
        file: table.file,
        line: record.line,
        column: column(spec.primaryKey),
        field: spec.primaryKey,
        message: `duplicate id "${key}" (first on line ${first})`,
      });
    } else seen.set(key, record.line);
  }
  return issues;
}

const keysOf = (table: CsvTable, field: string) => new Set(table.records.map((record) => record.values[field] ?? ""));

function checkReference(
  table: CsvTable,
  field: string,
  target: Set<string>,
  targetFile: string,
  optional = false,
): Issue[] {
  const issues: Issue[] = [];
  const column = table.header.indexOf(field) + 1;
  for (const record of table.records) {
    const value = record.values[field] ?? "";
    if ((optional && value === "") || target.has(value) || value === "") continue;
    issues.push({
      file: table.file,
      line: record.line,
      column,
      field,
      message: `unknown ${field} "${value}": not in ${targetFile}`,
    });
  }
  return issues;
}

/** Every problem of the dataset, in file order. */
export function validateDataset(files: DatasetFiles): Issue[] {
  const issues: Issue[] = [];
  // A loop, not push(...list): a large file's list of problems would overflow the call stack.
  const add = (list: Issue[]) => {
    for (const issue of list) issues.push(issue);
  };
  const specs: [CsvTable, TableSpec][] = [
    [files.sources, SOURCES],
    [files.units, UNITS],
    [files.indicators, INDICATORS],
    [files.observations, OBSERVATIONS],
  ];
  for (const [table, spec] of specs) {
    add(table.issues);
    add(checkTable(table, spec));
  }

  const unitIds = keysOf(files.units, "unit_id");
  add(checkReference(files.units, "parent_id", unitIds, UNITS.file, true));
  for (const record of files.units.records) {
    const { successor_note: note = "", successor_note_vi: note_vi = "" } = record.values;
    for (const [noteField, message] of checkNoteLanguages({ note, note_vi })) {
      const field = noteField === "note" ? "successor_note" : "successor_note_vi";
      const column = files.units.header.indexOf(field) + 1;
      issues.push({ file: files.units.file, line: record.line, column, field, message });
    }
  }
  add(checkReference(files.sources, "unit_id", unitIds, UNITS.file));
  add(checkSourceFiles(files));
  const obs = files.observations;
  add(checkReference(obs, "indicator_id", keysOf(files.indicators, "indicator_id"), INDICATORS.file));
  add(checkReference(obs, "unit_id", unitIds, UNITS.file));
  add(checkReference(obs, "source_id", keysOf(files.sources, "source_id"), SOURCES.file));

  const indicators = new Map(
    files.indicators.records.map((r) => [r.values.indicator_id ?? "", r.values as unknown as Indicator]),
  );
  const sourceFileOf = new Map(files.sources.records.map((r) => [r.values.source_id ?? "", r.values.file ?? ""]));
  const gradeOf = new Map(files.sources.records.map((r) => [r.values.source_id ?? "", r.values.grade as Grade]));
  for (const record of obs.records) {
    const values = record.values as unknown as ObservationRecord;
    const path = sourceFileOf.get(values.source_id);
    const sourceFile = path === undefined ? undefined : files.sourceFiles.get(path);
    const context: ObservationContext = { indicators };
    if (sourceFile && "text" in sourceFile) {
      context.sourceText = sourceFile.text;
      context.sourceFile = path;
    }
    for (const [field, p] of checkObservation(values, context)) {
      const column = obs.header.indexOf(field) + 1;
      issues.push({ file: obs.file, line: record.line, column, field, message: p.message, problem: p });
    }
    const evidence = [
      ...checkObservationGrade(record.values, gradeOf.get(values.source_id)),
      ...checkNoteLanguages(record.values),
    ];
    for (const [field, message] of evidence) {
      issues.push({ file: obs.file, line: record.line, column: obs.header.indexOf(field) + 1, field, message });
    }
  }
  add(checkMediationParts(obs));
  add(checkFigureDuplicates(obs));
  return issues;
}

function checkSourceFiles(files: DatasetFiles): Issue[] {
  const issues: Issue[] = [];
  const table = files.sources;
  for (const record of table.records) {
    const path = record.values.file ?? "";
    const file = files.sourceFiles.get(path);
    const at = (field: string) => ({
      file: table.file,
      line: record.line,
      column: table.header.indexOf(field) + 1,
      field,
    });
    for (const [field, message] of checkSourceGrade(record.values)) issues.push({ ...at(field), message });
    if (path === "") continue;
    if (file === undefined) issues.push({ ...at("file"), message: `report text ${path} does not exist` });
    else if (!("text" in file)) {
      // A problem with the whole file (a folder, unreadable) is shown where sources.csv names it.
      issues.push(file.line > 0 ? file : { ...at("file"), message: `report text ${file.file} ${file.message}` });
    } else if (file.sha256 !== record.values.sha256) {
      issues.push({
        ...at("sha256"),
        message: `does not match ${path} (its sha256 is ${file.sha256}): the text changed or the hash is wrong`,
      });
    }
  }
  return issues;
}

const MEDIATION_PARTS = ["mediation_successful", "mediation_unsuccessful", "mediation_pending"];

/** Mediation outcomes should add up to the cases received; if they don't, the report must be flagged. */
function checkMediationParts(obs: CsvTable): Issue[] {
  const groups = new Map<string, typeof obs.records>();
  for (const record of obs.records) {
    const v = record.values;
    if (v.indicator_id !== "mediation_cases_received" && !MEDIATION_PARTS.includes(v.indicator_id ?? "")) continue;
    const key = [v.source_id, v.unit_id, v.period, v.scope].join("|");
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  const issues: Issue[] = [];
  for (const records of groups.values()) {
    const totals = records.filter((r) => r.values.indicator_id === "mediation_cases_received");
    const parts = records.filter((r) => r.values.indicator_id !== "mediation_cases_received");
    if (totals.length !== 1 || parts.length === 0) continue;
    const total = Number(totals[0]!.values.value);
    const sum = parts.reduce((acc, r) => acc + Number(r.values.value), 0);
    const complete = new Set(parts.map((r) => r.values.indicator_id)).size === MEDIATION_PARTS.length;
    const inconsistent = sum > total || (complete && sum !== total);
    const flagged = [...totals, ...parts].some((r) =>
      flagsOf(r.values as unknown as ObservationRecord).includes("parts_do_not_sum"),
    );
    if (inconsistent && !flagged) {
      const record = totals[0]!;
      issues.push({
        file: obs.file,
        line: record.line,
        column: obs.header.indexOf("flags") + 1,
        field: "flags",
        message: `mediation outcomes add up to ${sum} but ${total} cases were received: flag parts_do_not_sum`,
      });
    }
  }
  return issues;
}
