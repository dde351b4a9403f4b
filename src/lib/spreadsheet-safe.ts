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
