/**
 * Rules of the two grades of evidence (see GRADES in schema.ts). A held report proves each number
 * by a verbatim passage of a text the project keeps; a cited page proves it by an address anyone can
 * open, with a locator in the curator's own words. The rules here keep the two from mixing, and keep
 * one figure from being counted twice. Pure, like validate.ts, which calls them.
 */
import type { CsvRecord, CsvTable, Issue } from "./csv.ts";
import type { Grade } from "./schema.ts";

type FieldProblem = [field: string, message: string];
type Values = Record<string, string | undefined>;

const text = (values: Values, field: string): string => values[field] ?? "";

/** An address a reader can open: http(s), a host with a dot, no spaces. */
export function isWebAddress(address: string): boolean {
  if (/\s/.test(address)) return false;
  try {
    const url = new URL(address);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** What a source row must carry for its grade. */
export function checkSourceGrade(values: Values): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const url = text(values, "url");
  if (url !== "" && !isWebAddress(url)) problems.push(["url", `"${url}" is not a web address (https://…)`]);
  if (text(values, "grade") === "held") {
    if (text(values, "file") === "") problems.push(["file", "a held report needs its text file in sources/"]);
    if (text(values, "sha256") === "") problems.push(["sha256", "a held report needs the SHA-256 of its text"]);
  } else if (text(values, "grade") === "cited") {
    if (url === "") problems.push(["url", "a cited page needs its address"]);
    if (text(values, "publisher") === "") problems.push(["publisher", "a cited page needs its publisher"]);
    if (text(values, "accessed_on") === "") problems.push(["accessed_on", "a cited page needs the date it was read"]);
    for (const field of ["file", "sha256"]) {
      if (text(values, field) !== "")
        problems.push([field, "must be blank for a cited page: the project does not hold it"]);
    }
  }
  return problems;
}

/** A note is read on both sites: the Vietnamese one at /, the English one at /en/, so one never comes without the other. */
export function checkNoteLanguages(values: Values): FieldProblem[] {
  const english = text(values, "note") !== "";
  const vietnamese = text(values, "note_vi") !== "";
  if (english && !vietnamese) return [["note_vi", "the note needs its Vietnamese version too"]];
  if (vietnamese && !english) return [["note", "the Vietnamese note needs its English version too"]];
  return [];
}

/** An observation carries the grade of its source, and the proof that grade calls for. */
export function checkObservationGrade(values: Values, sourceGrade: Grade | undefined): FieldProblem[] {
  if (sourceGrade === undefined) return [];
  const problems: FieldProblem[] = [];
  const grade = text(values, "grade");
  if (grade !== sourceGrade)
    problems.push(["grade", `must be "${sourceGrade}", the grade of source ${text(values, "source_id")}`]);
  if (sourceGrade === "held") {
    if (text(values, "quote") === "")
      problems.push(["quote", "a number from a held report needs its verbatim passage"]);
    if (text(values, "locator") !== "")
      problems.push(["locator", "is for cited pages; a held report's row has its quote"]);
  } else {
    if (text(values, "quote") !== "") {
      problems.push(["quote", "must be blank for a cited page: its sentences are not copied; say where in locator"]);
    }
    if (text(values, "locator") === "") {
      problems.push(["locator", "a cited figure needs a locator: where on the page, and what it counts"]);
    }
  }
  return problems;
}

const figureKey = (v: Values) => [v.indicator_id, v.unit_id, v.period, v.scope].join("|");
const flagged = (v: Values, flag: string) => text(v, "flags").split(";").includes(flag);

/**
 * One figure, one row: the same source may not state the same numbers for the same indicator, unit,
 * period and scope twice. Two sources that state the same figure differently are both kept, and both
 * must say so (inconsistent_with_other_statement), so a reader never sees one of them as settled.
 */
export function checkFigureDuplicates(obs: CsvTable): Issue[] {
  const issues: Issue[] = [];
  const at = (record: CsvRecord, field: string) => ({
    file: obs.file,
    line: record.line,
    column: obs.header.indexOf(field) + 1,
    field,
  });
  const sameNumbers = new Map<string, CsvRecord>();
  const byFigure = new Map<string, CsvRecord[]>();
  for (const record of obs.records) {
    const v = record.values;
    const numbers = [v.source_id, figureKey(v), v.numerator, v.denominator, v.value].join("|");
    const first = sameNumbers.get(numbers);
    if (first) issues.push({ ...at(record, "obs_id"), message: `duplicates the figure on line ${first.line}` });
    else sameNumbers.set(numbers, record);
    const group = byFigure.get(figureKey(v));
    if (group) group.push(record);
    else byFigure.set(figureKey(v), [record]);
  }
  for (const group of byFigure.values()) {
    const sources = new Set(group.map((r) => r.values.source_id));
    const values = new Set(group.map((r) => r.values.value));
    if (sources.size < 2 || values.size < 2) continue;
    for (const record of group) {
      if (flagged(record.values, "inconsistent_with_other_statement")) continue;
      const others = group
        .filter((r) => r.values.source_id !== record.values.source_id && r.values.value !== record.values.value)
        .map((r) => `${r.values.obs_id} (${r.values.value})`);
      if (others.length === 0) continue;
      issues.push({
        ...at(record, "flags"),
        message: `another source gives this figure differently (${others.join(", ")}): keep both and flag inconsistent_with_other_statement`,
      });
    }
  }
  return issues;
}
