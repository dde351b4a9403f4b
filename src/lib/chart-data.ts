/** From queried observations to what a comparison chart and its table show. */
import type { ComparisonDatum } from "./charts/comparison.ts";
import { groupBy } from "./group-by.ts";
import type { ObservationRow } from "./queries.ts";

/** Stable id of the highlighted quote of an observation on its source page. */
export const quoteAnchor = (obsId: string): string => `q-${obsId}`;

/** Observations that can be drawn: those with a value. Ratios known only by a count stay in the table. */
export const drawable = (rows: readonly ObservationRow[]) => rows.filter((row) => row.value !== null);

export function toComparisonData(
  rows: readonly ObservationRow[],
  sourceHref: (row: ObservationRow) => string,
): ComparisonDatum[] {
  return drawable(rows).map((row) => ({
    label: `${row.unit_name} · ${row.period}`,
    level: row.level,
    value: row.value!,
    numerator: row.numerator,
    denominator: row.denominator,
    flagged: Boolean(row.flags),
    href: sourceHref(row),
  }));
}

/** Observations grouped by scope, in order of first appearance: charts never mix scopes. */
export const byScope = <Row extends ObservationRow>(rows: readonly Row[]): Map<string, Row[]> =>
  groupBy(rows, (row) => row.scope);

export const flagsOfRows = (rows: readonly ObservationRow[]): string[] =>
  [...new Set(rows.flatMap((row) => (row.flags ?? "").split(";").filter(Boolean)))].sort();
