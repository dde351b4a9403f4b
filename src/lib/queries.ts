/**
 * The site's queries, as SQL over the tables of src/lib/sql/tables.ts. Plain strings, so the
 * build (@duckdb/node-api) and the browser (duckdb-wasm) run the very same definitions.
 */
import type { CompareState } from "./compare/state.ts";
import { OBSERVATIONS } from "./schema.ts";
import { quoteLiteral } from "./sql/quote.ts";

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
  grade: string | null;
  /** The verbatim sentence of a held report; none for a cited figure. */
  quote: string | null;
  locator: string | null;
  /** A cited figure's page: where its link leads. */
  source_url: string | null;
  flags: string | null;
  note: string | null;
  note_vi: string | null;
  kind: string;
}

const OBSERVATION_COLUMNS = `
  o.obs_id, o.indicator_id, o.unit_id, u.name AS unit_name, u.level, u.province, o.period, o.scope,
  o.numerator, o.denominator, o.value, o.reported_percent, o.source_id, o.grade, o.quote, o.locator,
  s.url AS source_url, o.flags, o.note, o.note_vi, i.kind`;

const FROM_OBSERVATIONS = `
  FROM observations o
  JOIN units u USING (unit_id)
  JOIN indicators i USING (indicator_id)
  LEFT JOIN sources s USING (source_id)`;

/**
 * Past this many observations, a page keeps only the latest period of each series: a nationwide
 * history (53 indicators × 10 years × 10,000 communes) belongs in the downloads and the explorer,
 * not on a phone. The curated reports come nowhere near it. Periods compare as text ("2024" > "2023").
 */
export const PAGE_ROW_LIMIT = 400;

/** An observation as a page shows it, with how many the unit or indicator has in all. */
export interface PageObservationRow extends ObservationRow {
  all_rows: number;
}

/** An indicator's observations for its page and the home page's charts, highest value first. */
export function observationsOfIndicatorSql(indicatorId: string, limit = PAGE_ROW_LIMIT): string {
  const indicator = quoteLiteral(indicatorId);
  return `
    WITH totals AS (
      SELECT count(*)::INTEGER AS all_rows FROM observations WHERE indicator_id = ${indicator}
    ), latest AS (
      SELECT scope, max(period) AS latest_period FROM observations WHERE indicator_id = ${indicator} GROUP BY scope
    )
    SELECT ${OBSERVATION_COLUMNS}, t.all_rows
    ${FROM_OBSERVATIONS}
    JOIN latest l USING (scope)
    CROSS JOIN totals t
    WHERE o.indicator_id = ${indicator} AND (t.all_rows <= ${Math.trunc(limit)} OR o.period = l.latest_period)
    ORDER BY o.scope, o.value DESC NULLS LAST, u.name, o.period, o.obs_id`;
}

/**
 * Every unit page's observations in one pass, grouped by unit, in the order a page lists them.
 * Aggregates and joins, not window functions: five times faster on 5 million rows.
 */
export function unitPagesSql(limit = PAGE_ROW_LIMIT): string {
  return `
    WITH totals AS (
      SELECT unit_id, count(*)::INTEGER AS all_rows FROM observations GROUP BY unit_id
    ), latest AS (
      SELECT unit_id, indicator_id, scope, max(period) AS latest_period FROM observations GROUP BY ALL
    )
    SELECT ${OBSERVATION_COLUMNS}, t.all_rows
    ${FROM_OBSERVATIONS}
    JOIN totals t USING (unit_id)
    JOIN latest l USING (unit_id, indicator_id, scope)
    WHERE t.all_rows <= ${Math.trunc(limit)} OR o.period = l.latest_period
    ORDER BY o.unit_id, i.topic, o.indicator_id, o.scope, o.period, o.obs_id`;
}

/** Every observation in the published column order and number format, by indicator: the source of the CSV slices. */
export function slicesTableSql(table: string): string {
  // Whole numbers as "59", not DOUBLE's "59.0", as in the curated CSV.
  const cells = OBSERVATIONS.fields.map(({ name, type }) =>
    type === "number"
      ? `CASE WHEN ${name} = trunc(${name}) AND abs(${name}) < 1e15 THEN ${name}::BIGINT::VARCHAR ELSE ${name}::VARCHAR END AS ${name}`
      : name,
  );
  // Sorted by indicator, so that each slice's filter skips the other indicators' row groups.
  return `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT ${cells.join(", ")} FROM observations ORDER BY indicator_id, obs_id`;
}

/** One indicator's CSV slice, from the table of slicesTableSql, in obs_id order. */
export const indicatorSliceSql = (table: string, indicatorId: string): string =>
  `SELECT * FROM ${table} WHERE indicator_id = ${quoteLiteral(indicatorId)}`;

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
  /** All units with observations, of which the grid shows the first few. */
  reporting_units: number;
}

/** Which unit's reports state which indicator: the home page's grid, for its first units (beyond a dozen, a column each is unreadable). */
export const coverageSql = (maxUnits = 12): string => `
  WITH shown AS (
    SELECT unit_id, name, level FROM units WHERE unit_id IN (SELECT unit_id FROM observations)
    ORDER BY level, name LIMIT ${Math.trunc(maxUnits)})
  SELECT o.unit_id, u.name AS unit_name, u.level, o.indicator_id, count(*)::INTEGER AS observations,
         (SELECT count(DISTINCT unit_id) FROM observations)::INTEGER AS reporting_units
  FROM observations o JOIN shown u USING (unit_id)
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

/**
 * The compare page's query: the published observations of one indicator and scope, of the chosen
 * units. A visitor's own rows stay in the page (src/client/compare.ts), which adds them by name.
 * src/lib/compare/rows.ts gives the same rows from the indicator's CSV slice, before DuckDB is ready.
 */
export function compareSql(state: CompareState): string {
  const units =
    state.units === "all"
      ? ""
      : state.units.length === 0
        ? "AND false"
        : `AND o.unit_id IN (${state.units.map(quoteLiteral).join(", ")})`;
  const grade = state.heldOnly ? "AND o.grade = 'held'" : "";
  return `
    SELECT o.obs_id, o.indicator_id, o.unit_id, coalesce(u.name, o.unit_id) AS unit_name,
           coalesce(u.level, 'own') AS level, coalesce(u.province, '') AS province, o.period, o.scope,
           o.numerator, o.denominator, o.value, o.reported_percent, o.source_id, o.grade, o.quote, o.locator,
           s.url AS source_url, o.flags, o.note, o.note_vi, i.kind, false AS own
    FROM observations o
    LEFT JOIN units u USING (unit_id)
    JOIN indicators i USING (indicator_id)
    LEFT JOIN sources s USING (source_id)
    WHERE o.indicator_id = ${quoteLiteral(state.indicator)} AND o.scope = ${quoteLiteral(state.scope)} ${units} ${grade}
    ORDER BY o.value DESC NULLS LAST, unit_name, o.period, o.obs_id`;
}

/** A query with the type of its rows, for the database ports (src/server/duckdb.ts, src/client/duckdb.ts). */
export interface Query<Row> {
  sql: string;
  /** Never set: carries the row type. */
  readonly row?: Row;
}

export const compareQuery = (state: CompareState): Query<CompareRow> => ({ sql: compareSql(state) });

export interface ScopeRow {
  indicator_id: string;
  scope: string;
}

/** Which scopes each indicator has, for the compare form. */
export const scopesSql = (): string =>
  "SELECT DISTINCT indicator_id, scope FROM observations ORDER BY indicator_id, scope = 'total' DESC, scope";

/**
 * The units the compare form lists: every unit of the curated data (some 240 with the cited
 * figures); past `limit` (a nationwide dataset) the SQL explorer selects.
 */
export interface CompareUnitRow {
  unit_id: string;
  name: string;
}

export const compareUnitsSql = (limit = 300): string =>
  `SELECT DISTINCT o.unit_id, u.name FROM observations o JOIN units u USING (unit_id) ORDER BY u.name LIMIT ${Math.trunc(limit)}`;

/** How many rows a published table has, for the data page. */
export const tableCountSql = (table: string): string => `SELECT count(*)::INTEGER AS n FROM ${table}`;
