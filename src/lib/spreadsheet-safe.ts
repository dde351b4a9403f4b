/**
 * Cells written to CSV or Excel files, made safe to open in a spreadsheet: a text cell that
 * begins with = + - @, a tab or a carriage return would be read as a formula (CSV injection),
 * so it gets a leading apostrophe, as OWASP advises. Numbers stay numbers, and text that is
 * just a number ("-5", "+3.5") is left alone: a spreadsheet reads it as that number, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?%?$/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A cell value for a spreadsheet: text neutralised, anything else as it is. */
export function spreadsheetCell<T>(value: T): T | string {
  return typeof value === "string" ? neutraliseFormula(value) : value;
}

/** Excel refuses longer text in a cell. */
export const EXCEL_CELL_CHARS = 32_767;

export type SheetValue = string | number | boolean | null;

export interface Sheet {
  /** Header row, then the data rows, ready for write-excel-file. */
  data: SheetValue[][];
  /** Cells longer than Excel allows, cut to its limit. */
  clippedCells: number;
}

/** A header and rows as one spreadsheet: text neutralised and cut to Excel's limit, blanks empty. */
export function toSheet(header: readonly string[], rows: readonly (readonly SheetValue[])[]): Sheet {
  let clippedCells = 0;
  const value = (cell: SheetValue): SheetValue => {
    if (cell === "" || cell === null) return null;
    if (typeof cell !== "string") return cell;
    const safe = neutraliseFormula(cell);
    if (safe.length <= EXCEL_CELL_CHARS) return safe;
    clippedCells += 1;
    return safe.slice(0, EXCEL_CELL_CHARS);
  };
  return { data: [header.map((name) => value(name)), ...rows.map((row) => row.map(value))], clippedCells };
}
