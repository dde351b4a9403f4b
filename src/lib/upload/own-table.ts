/** The table of a visitor's own observations, beside the published ones in the same DuckDB session. */
import { OBSERVATIONS, columnsOf, type ObservationRecord } from "../schema.ts";
import { quoteLiteral } from "../sql/quote.ts";

export const OWN_TABLE = "my_observations";

export const OWN_TABLE_SQL = `CREATE TABLE ${OWN_TABLE} (${OBSERVATIONS.fields
  .map((field) => `"${field.name}" ${field.type === "number" ? "DOUBLE" : "VARCHAR"}`)
  .join(", ")})`;

/** Rows a statement inserts: a large file becomes many moderate statements, never one huge string. */
const ROWS_PER_STATEMENT = 1000;

/**
 * Rows already checked by the upload check: numbers are plain finite numbers, text is quoted.
 * The statements run in one transaction, so a file is added whole or not at all.
 */
export function insertOwnRowsSql(rows: readonly ObservationRecord[]): string[] {
  const numeric = new Set(OBSERVATIONS.fields.filter((field) => field.type === "number").map((field) => field.name));
  const tuple = (row: ObservationRecord) =>
    `(${columnsOf(OBSERVATIONS)
      .map((name) => {
        const value = row[name as keyof ObservationRecord];
        if (value === "") return "NULL";
        return numeric.has(name) ? String(Number(value)) : quoteLiteral(value);
      })
      .join(", ")})`;
  const statements = ["BEGIN TRANSACTION"];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    statements.push(
      `INSERT INTO ${OWN_TABLE} VALUES ${rows
        .slice(i, i + ROWS_PER_STATEMENT)
        .map(tuple)
        .join(", ")}`,
    );
  }
  statements.push("COMMIT");
  return statements;
}
