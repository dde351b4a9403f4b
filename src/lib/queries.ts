/**
 * The site's queries, as SQL over the tables of src/lib/sql/tables.ts. Plain strings, so the
 * build (@duckdb/node-api) and the browser (duckdb-wasm) run the very same definitions.
 */
import type { CompareState } from "./research/compare-state.ts";
import { OWN_TABLE } from "./research/own-table.ts";
import { quoteLiteral } from "./sql/tables.ts";

/** One observation with what a chart or table needs to label and source it. */
export interface ObservationRow {
  obs_id: string;
  indicator_id: string;
  unit_id: string;
  unit_name: string;
  level: string;
  province: string;
  period: string;
  scope: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  reported_percent: number | null;
  source_id: string;
  quote: string;
  flags: string | null;
  note: string | null;
  kind: string;
}

const OBSERVATION_COLUMNS = `
  o.obs_id, o.indicator_id, o.unit_id, u.name AS unit_name, u.level, u.province, o.period, o.scope,
  o.numerator, o.denominator, o.value, o.reported_percent, o.source_id, o.quote, o.flags, o.note, i.kind`;

const FROM_OBSERVATIONS = `
  FROM observations o
  JOIN units u USING (unit_id)
  JOIN indicators i USING (indicator_id)`;

const ORDER = "ORDER BY o.indicator_id, o.scope, o.value DESC NULLS LAST, u.name, o.period, o.obs_id";

export function observationsOfIndicatorSql(indicatorId: string): string {
  return `SELECT ${OBSERVATION_COLUMNS} ${FROM_OBSERVATIONS} WHERE o.indicator_id = ${quoteLiteral(indicatorId)} ${ORDER}`;
}

export function observationsOfUnitSql(unitId: string): string {
  return `SELECT ${OBSERVATION_COLUMNS} ${FROM_OBSERVATIONS} WHERE o.unit_id = ${quoteLiteral(unitId)} ORDER BY i.topic, o.indicator_id, o.scope, o.period, o.obs_id`;
}

/** A report's observations; `limit` keeps a generated nationwide source page buildable. */
export function observationsOfSourceSql(sourceId: string, limit = 5000): string {
  return `SELECT ${OBSERVATION_COLUMNS} ${FROM_OBSERVATIONS} WHERE o.source_id = ${quoteLiteral(sourceId)} ORDER BY o.obs_id LIMIT ${Math.trunc(limit)}`;
}

export interface CoverageRow {
  unit_id: string;
  unit_name: string;
  level: string;
  indicator_id: string;
  observations: number;
}

/** Which unit's reports state which indicator: the coverage grid of the home page. */
export const coverageSql = (): string => `
  SELECT o.unit_id, u.name AS unit_name, u.level, o.indicator_id, count(*)::INTEGER AS observations
  ${FROM_OBSERVATIONS}
  GROUP BY ALL
  ORDER BY u.level, u.name, o.indicator_id`;

export interface IndicatorSummaryRow {
  indicator_id: string;
  topic: string;
  name_vi: string;
  name_en: string;
  kind: string;
  units: number;
  observations: number;
}

export const indicatorSummarySql = (): string => `
  SELECT i.indicator_id, i.topic, i.name_vi, i.name_en, i.kind,
         count(DISTINCT o.unit_id)::INTEGER AS units, count(o.obs_id)::INTEGER AS observations
  FROM indicators i LEFT JOIN observations o USING (indicator_id)
  GROUP BY ALL
  ORDER BY i.topic, i.indicator_id`;

export interface CompareRow extends ObservationRow {
  /** True for rows the visitor added from their own file. */
  own: boolean;
}

const OBSERVATION_FIELDS =
  "obs_id, indicator_id, unit_id, period, scope, numerator, denominator, value, reported_percent, source_id, quote, flags, note";

/** The compare page's query: published and the visitor's own observations of one indicator and scope. */
export function compareSql(state: CompareState): string {
  // A visitor's own units are always shown: comparing them is the point of adding them.
  const units =
    state.units.length > 0 ? `AND (o.own OR o.unit_id IN (${state.units.map(quoteLiteral).join(", ")}))` : "";
  return `
    SELECT o.obs_id, o.indicator_id, o.unit_id, coalesce(u.name, o.unit_id) AS unit_name,
           coalesce(u.level, 'own') AS level, coalesce(u.province, '') AS province, o.period, o.scope,
           o.numerator, o.denominator, o.value, o.reported_percent, o.source_id, o.quote, o.flags, o.note, i.kind, o.own
    FROM (
      SELECT ${OBSERVATION_FIELDS}, false AS own FROM observations
      UNION ALL
      SELECT ${OBSERVATION_FIELDS}, true AS own FROM ${OWN_TABLE}
    ) o
    LEFT JOIN units u USING (unit_id)
    JOIN indicators i USING (indicator_id)
    WHERE o.indicator_id = ${quoteLiteral(state.indicator)} AND o.scope = ${quoteLiteral(state.scope)} ${units}
    ORDER BY o.value DESC NULLS LAST, unit_name, o.period, o.obs_id`;
}

export interface ScopeRow {
  indicator_id: string;
  scope: string;
}

/** Which scopes each indicator has, for the compare form. */
export const scopesSql = (): string =>
  "SELECT DISTINCT indicator_id, scope FROM observations ORDER BY indicator_id, scope = 'total' DESC, scope";
