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

const KEY_FIELDS = [
  { name: "unit_id", type: "string", description: "The unit (units.csv)." },
  { name: "unit_name", type: "string", description: "The unit's name as it was at the time of the figure." },
  { name: "level", type: "string", description: "province, district, town, city, commune, ward or township." },
  { name: "province", type: "string", description: "The province the unit belonged to." },
  { name: "period", type: "string", description: "The report period (a year, or years such as 2016-2020)." },
] as const;

/**
 * The wide table's Frictionless schema: its columns are known only once DuckDB has pivoted the
 * data, so the key columns are described here and every other column is one indicator (and scope).
 */
export function wideTableSchema(columns: readonly string[]) {
  const indicatorField = (name: string) => {
    const [indicator, scope] = name.split("__");
    return {
      name,
      type: "number",
      description: `Value of indicator ${indicator} (indicators.csv)${scope ? `, scope ${scope}` : ""}; blank when not reported or reported more than once.`,
    };
  };
  return {
    fields: columns.map((name) => KEY_FIELDS.find((field) => field.name === name) ?? indicatorField(name)),
    primaryKey: ["unit_id", "period"],
    missingValues: [""],
    foreignKeys: [{ fields: ["unit_id"], reference: { resource: "units", fields: ["unit_id"] } }],
  };
}
