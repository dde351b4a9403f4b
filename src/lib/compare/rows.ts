/**
 * The compare page's rows without DuckDB: from an indicator's published CSV slice and the units
 * table, the same rows in the same order as compareSql (src/lib/queries.ts) gives, so that a
 * shared link draws before DuckDB has loaded. A test holds the two paths to the same answer.
 */
import Papa from "papaparse";
import type { FigureRow } from "../figure/model.ts";
import type { CompareRow } from "../queries.ts";
import { OBSERVATIONS } from "../schema.ts";
import type { CompareState } from "./state.ts";

export interface UnitInfo {
  name: string;
  level: string;
  province: string;
}

const NUMBER_FIELDS = new Set(OBSERVATIONS.fields.filter((field) => field.type === "number").map((f) => f.name));

/** Published CSV text as records, blanks as null and numbers as numbers, as DuckDB loads them. */
export function readCsvRecords(text: string): Record<string, string | number | null>[] {
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return data.map((record) =>
    Object.fromEntries(
      Object.entries(record).map(([key, value]) => [
        key,
        value === "" ? null : NUMBER_FIELDS.has(key) ? Number(value) : value,
      ]),
    ),
  );
}

export function unitsFromCsv(text: string): Map<string, UnitInfo> {
  return new Map(
    readCsvRecords(text).map((unit) => [
      String(unit.unit_id),
      { name: String(unit.name ?? ""), level: String(unit.level ?? ""), province: String(unit.province ?? "") },
    ]),
  );
}

/** Observation records (a slice, or a visitor's checked rows) as compare rows, joined to their units. */
export function toCompareRows(
  records: readonly object[],
  units: ReadonlyMap<string, UnitInfo>,
  kind: string,
  options: { own?: boolean; sourceUrl?: (sourceId: string) => string | undefined } = {},
): CompareRow[] {
  const own = options.own ?? false;
  const text = (value: string | number | null | undefined) =>
    value === null || value === undefined ? null : String(value);
  const number = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === "" ? null : Number(value);
  return records.map((fields) => {
    const record = fields as Record<string, string | number | null | undefined>;
    const unitId = String(record.unit_id);
    const unit = units.get(unitId);
    return {
      obs_id: String(record.obs_id),
      indicator_id: String(record.indicator_id),
      unit_id: unitId,
      unit_name: unit?.name ?? unitId,
      level: unit?.level ?? "own",
      province: unit?.province ?? "",
      period: String(record.period),
      scope: String(record.scope),
      numerator: number(record.numerator),
      denominator: number(record.denominator),
      value: number(record.value),
      reported_percent: number(record.reported_percent),
      source_id: String(record.source_id),
      grade: text(record.grade),
      quote: text(record.quote),
      locator: text(record.locator),
      source_url: options.sourceUrl?.(String(record.source_id)) ?? null,
      flags: text(record.flags),
      note: text(record.note),
      note_vi: text(record.note_vi),
      kind,
      own,
    };
  });
}

/** DuckDB's default (binary) order of text, which for the text in this data is JavaScript's code-unit order. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** compareSql's ORDER BY: value descending with blanks last, then unit name, period and obs_id. */
export function compareOrder(a: FigureRow, b: FigureRow): number {
  if (a.value !== b.value) {
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return b.value - a.value;
  }
  return byText(a.unit_name, b.unit_name) || byText(a.period, b.period) || byText(a.obs_id, b.obs_id);
}

/** compareSql's WHERE: one indicator and scope; the chosen units ("all" for every one), held figures only if asked; a visitor's rows always. */
export function selectCompareRows<Row extends FigureRow>(rows: readonly Row[], state: CompareState): Row[] {
  const chosen = state.units === "all" ? undefined : new Set(state.units);
  return rows
    .filter(
      (row) =>
        row.indicator_id === state.indicator &&
        row.scope === state.scope &&
        (row.own || ((!chosen || chosen.has(row.unit_id)) && (!state.heldOnly || row.grade === "held"))),
    )
    .sort(compareOrder);
}
