/**
 * The DuckDB tables, created the same way at build time (@duckdb/node-api) and in the
 * browser (duckdb-wasm) from the published CSV files, so both run the same queries on the
 * same types.
 */
import { TABLES, type FieldSpec, type FieldType, type TableSpec } from "../schema.ts";
import { quoteIdentifier, quoteLiteral } from "./quote.ts";

const SQL_TYPES: Record<FieldType, string> = {
  string: "VARCHAR",
  integer: "BIGINT",
  number: "DOUBLE",
  boolean: "BOOLEAN",
};

/** The SQL type of a published column, as both engines create it. */
export const sqlType = (field: FieldSpec): string => SQL_TYPES[field.type];

export function createTableSql(table: TableSpec): string {
  // No PRIMARY KEY: the validator checks keys before anything loads, and an index over
  // 5 million ids would cost seconds at every load, in the browser too.
  const columns = table.fields.map((field) => `${quoteIdentifier(field.name)} ${SQL_TYPES[field.type]}`);
  return `CREATE TABLE ${quoteIdentifier(table.name)} (${columns.join(", ")})`;
}

/**
 * Loads a CSV file the engine can see under `path`; blanks become NULL. Rows are stored in
 * key order, so that DuckDB's min/max pruning makes a lookup by unit or indicator cheap even
 * at nationwide scale.
 */
export function insertFromCsvSql(table: TableSpec, path: string): string {
  const columns = table.fields.map((field) => `${quoteLiteral(field.name)}: ${quoteLiteral(SQL_TYPES[field.type])}`);
  const order = (table.name === "observations" ? ["unit_id", "indicator_id", "obs_id"] : [table.primaryKey]).map(
    quoteIdentifier,
  );
  return (
    `INSERT INTO ${quoteIdentifier(table.name)} SELECT * FROM read_csv(${quoteLiteral(path)}, ` +
    `header = true, delim = ',', quote = '"', escape = '"', nullstr = '', ` +
    `columns = {${columns.join(", ")}}) ORDER BY ${order.join(", ")}`
  );
}

/** Every statement that builds the database (or some of its tables) from CSV files named like the published ones. */
export function loadDatasetSql(pathOf: (table: TableSpec) => string, tables: readonly TableSpec[] = TABLES): string[] {
  return tables.flatMap((table) => [createTableSql(table), insertFromCsvSql(table, pathOf(table))]);
}
