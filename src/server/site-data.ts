/** What the pages read at build time: the small tables as maps, and the shared queries run by the pinned DuckDB. */
import {
  compareSql,
  compareUnitsSql,
  scopesSql,
  tableCountSql,
  type CompareRow,
  type CompareUnitRow,
  type ScopeRow,
  indicatorSummarySql,
  observationsOfIndicatorSql,
  observationsOfSourceSql,
  unitPagesSql,
  coverageSql,
  type CoverageRow,
  type IndicatorSummaryRow,
  type ObservationRow,
  type PageObservationRow,
} from "../lib/queries.ts";
import { groupBy } from "../lib/group-by.ts";
import { peerIndex, type PeerIndex } from "../lib/units/standing.ts";
import type { CompareState } from "../lib/compare/state.ts";
import { TABLES, type Indicator, type Source, type Unit } from "../lib/schema.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "./dataset.ts";
import { query } from "./duckdb.ts";

export interface SiteTables {
  indicators: Map<string, Indicator>;
  units: Map<string, Unit>;
  sources: Map<string, Source>;
  /** Each unit's child units, in the order of `units`. */
  children: Map<string, Unit[]>;
}

let tables: Promise<SiteTables> | undefined;

/** Blanks come back from SQL as null; pages treat the small tables as text, as in the CSV. */
const asText = <T>(row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? "" : String(value)])) as T;

export function siteTables(): Promise<SiteTables> {
  tables ??= (async () => {
    const [indicators, units, sources] = await Promise.all([
      query<Record<string, unknown>>("SELECT * FROM indicators ORDER BY topic, indicator_id"),
      query<Record<string, unknown>>("SELECT * FROM units ORDER BY level, name"),
      query<Record<string, unknown>>("SELECT * FROM sources ORDER BY source_id"),
    ]);
    const unitMap = new Map(units.map((row) => [String(row.unit_id), asText<Unit>(row)]));
    return {
      indicators: new Map(indicators.map((row) => [String(row.indicator_id), asText<Indicator>(row)])),
      units: unitMap,
      sources: new Map(sources.map((row) => [String(row.source_id), asText<Source>(row)])),
      children: groupBy([...unitMap.values()], (unit) => unit.parent_id),
    };
  })();
  return tables;
}

let unitPages: Promise<Map<string, PageObservationRow[]>> | undefined;

/** A unit page's observations. One query serves every unit page: 10,000 queries would take minutes. */
export async function observationsOfUnit(id: string): Promise<PageObservationRow[]> {
  unitPages ??= query<PageObservationRow>(unitPagesSql()).then((rows) => groupBy(rows, (row) => row.unit_id));
  return (await unitPages).get(id) ?? [];
}

export const observationsOfIndicator = (id: string) => query<PageObservationRow>(observationsOfIndicatorSql(id));

const peerIndexes = new Map<string, Promise<PeerIndex>>();

/** An indicator's figures indexed for ranking, built once for all the unit pages that rank a unit among its peers. */
export function peersOfIndicator(id: string): Promise<PeerIndex> {
  let index = peerIndexes.get(id);
  if (!index) {
    index = observationsOfIndicator(id).then((rows) => peerIndex(rows, rows.length >= (rows[0]?.all_rows ?? 0)));
    peerIndexes.set(id, index);
  }
  return index;
}
export const observationsOfSource = (id: string) => query<ObservationRow>(observationsOfSourceSql(id));
export const coverage = () => query<CoverageRow>(coverageSql());
export const indicatorSummary = () => query<IndicatorSummaryRow>(indicatorSummarySql());

/** Each indicator's scopes, "total" first: the compare form's choices. */
export async function scopesOfIndicators(): Promise<Record<string, string[]>> {
  const scopes: Record<string, string[]> = {};
  for (const row of await query<ScopeRow>(scopesSql())) (scopes[row.indicator_id] ??= []).push(row.scope);
  return scopes;
}

export const compareRows = (state: CompareState) => query<CompareRow>(compareSql(state));
export const compareUnits = () => query<CompareUnitRow>(compareUnitsSql());

/** Row counts of the published tables, in the order of TABLES. */
export const tableCounts = () =>
  Promise.all(TABLES.map(async (table) => (await query<{ n: number }>(tableCountSql(table.name)))[0]?.n ?? 0));

/** A held report's text, as published in data/sources/. */
export const sourceText = (source: Source): string => readFileSync(join(dataDir(), source.file), "utf8");
