/** Explorer results as CSV, loaded only when someone exports (papaparse stays out of the page's first script). */
import Papa from "papaparse";
import { cell, type ResultRow } from "./results.ts";

export function resultsCsv(columns: readonly string[], rows: readonly ResultRow[]): string {
  const data = rows.map((row) => columns.map((column) => cell(row[column])));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: "\n" })}\n`;
}
