/** Grouping observations for figures and their notes. */
import { groupBy } from "../group-by.ts";
import type { ObservationRow } from "../queries.ts";

/** Observations grouped by scope, in order of first appearance: charts never mix scopes. */
export const byScope = <Row extends ObservationRow>(rows: readonly Row[]): Map<string, Row[]> =>
  groupBy(rows, (row) => row.scope);

export const flagsOfRows = (rows: readonly ObservationRow[]): string[] =>
  [...new Set(rows.flatMap((row) => (row.flags ?? "").split(";").filter(Boolean)))].sort();
