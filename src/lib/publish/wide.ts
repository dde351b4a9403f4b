/**
 * The wide convenience table: one row per unit and period, one column per indicator (and scope
 * when it is not the whole unit). A cell the reports fill more than once is left blank rather
 * than picking one of the values; observations.csv has them all.
 */
export const WIDE_TABLE = "observations_wide";

export const wideTableSql = (): string => `
  CREATE OR REPLACE TABLE ${WIDE_TABLE} AS
  PIVOT (
    SELECT o.unit_id, u.name AS unit_name, u.level, u.province, o.period,
           o.indicator_id || CASE WHEN o.scope = 'total' THEN '' ELSE '__' || o.scope END AS indicator,
           CASE WHEN count(*) = 1 THEN first(o.value) END AS value
    FROM observations o JOIN units u USING (unit_id)
    GROUP BY ALL
  )
  ON indicator
  USING first(value)
  GROUP BY unit_id, unit_name, level, province, period
  ORDER BY level, unit_name, period`;
