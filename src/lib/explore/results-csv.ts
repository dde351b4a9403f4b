/** Explorer results as CSV and as a sheet, loaded only when someone exports (papaparse stays out of the page's first script). */
import Papa from "papaparse";
import { spreadsheetCell, toSheet, type Sheet } from "../spreadsheet-safe.ts";
import { cell, type ResultRow } from "./results.ts";

/** Rows per piece: a result of hundreds of megabytes never becomes one string (engines cap a string's length). */
const CHUNK_ROWS = 500;

const safeRow = (columns: readonly string[], row: ResultRow) =>
  columns.map((column) => spreadsheetCell(cell(row[column])));

/** The CSV as pieces to put in a Blob, header first, formula-leading text neutralised. */
export function resultsCsvParts(columns: readonly string[], rows: readonly ResultRow[]): string[] {
  const parts = [`${Papa.unparse([columns.map((column) => spreadsheetCell(column))], { newline: "\n" })}\n`];
  for (let from = 0; from < rows.length; from += CHUNK_ROWS) {
    const data = rows.slice(from, from + CHUNK_ROWS).map((row) => safeRow(columns, row));
    parts.push(`${Papa.unparse(data, { newline: "\n" })}\n`);
  }
  return parts;
}

export const resultsCsv = (columns: readonly string[], rows: readonly ResultRow[]): string =>
  resultsCsvParts(columns, rows).join("");

export const resultsSheet = (columns: readonly string[], rows: readonly ResultRow[]): Sheet =>
  toSheet(
    columns,
    rows.map((row) => columns.map((column) => cell(row[column]))),
  );
