/** The table of a visitor's own observations, beside the published ones in the same DuckDB session. */
import { OBSERVATIONS, columnsOf, type ObservationRecord } from "../schema.ts";
import { quoteLiteral } from "../sql/tables.ts";

export const OWN_TABLE = "my_observations";

export const OWN_TABLE_SQL = `CREATE TABLE ${OWN_TABLE} (${OBSERVATIONS.fields
  .map((field) => `"${field.name}" ${field.type === "number" ? "DOUBLE" : "VARCHAR"}`)
  .join(", ")})`;

/** Rows already checked by checkOwnData: numbers are plain numbers, text is quoted. */
export function insertOwnRowsSql(rows: readonly ObservationRecord[]): string {
  const numeric = new Set(OBSERVATIONS.fields.filter((field) => field.type === "number").map((field) => field.name));
  const values = rows.map(
    (row) =>
      `(${columnsOf(OBSERVATIONS)
        .map((name) => {
          const value = row[name as keyof ObservationRecord];
          if (value === "") return "NULL";
          return numeric.has(name) ? String(Number(value)) : quoteLiteral(value);
        })
        .join(", ")})`,
  );
  return `INSERT INTO ${OWN_TABLE} VALUES ${values.join(", ")}`;
}
