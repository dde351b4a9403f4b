/**
 * CSV reading shared by `npm run validate` (Node) and the bring-your-own-data upload
 * (browser): papaparse tokenises, this module adds what people need to fix a file —
 * the line and column of every problem, all problems at once.
 */
import Papa from "papaparse";
import { problem, type Problem } from "./problems.ts";

export interface Issue {
  file: string;
  /** 1-based line in the file; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column: the field's position in the header for field problems. */
  column: number;
  /** Header name of the column, when the problem is in one field. */
  field?: string;
  message: string;
  /** The message as a code, for saying it in the visitor's language. */
  problem?: Problem;
}

export interface CsvRecord {
  /** Line where the record starts (a quoted field may span several lines). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  records: CsvRecord[];
  issues: Issue[];
}

export interface CsvOptions {
  /** Columns the file must have, in any order. */
  columns?: readonly string[];
  /**
   * Curated files must be plain UTF-8 with LF endings and no BOM, so that diffs and
   * hashes stay stable; uploads from spreadsheets are accepted with either.
   */
  strict?: boolean;
  /** Field separator; uploads detect it, curated files use a comma. */
  delimiter?: string;
}

/** An issue at a position, its message from a problem code. */
export const problemAt = (file: string, line: number, column: number, p: Problem, field?: string): Issue => ({
  file,
  line,
  column,
  ...(field ? { field } : {}),
  message: p.message,
  problem: p,
});

export function formatIssue(issue: Issue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  return `${where}${issue.field ? ` (${issue.field})` : ""}: ${issue.message}`;
}

/** Position of a character offset, 1-based. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Decodes UTF-8 strictly; on invalid bytes reports where the first one is. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { issue: Issue } {
  try {
    // ignoreBOM keeps a byte-order mark in the text, so that parseCsv can report it.
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
    const { line, column } = lineAndColumn(before, before.length);
    const byte = bytes[offset] ?? 0;
    return {
      issue: {
        file,
        line,
        column,
        message: `byte 0x${byte.toString(16).padStart(2, "0")} at offset ${offset} is not valid UTF-8 (save the file as UTF-8, not Latin-1 or Windows-1258)`,
      },
    };
  }
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

/** Line and column lookups for one text, in logarithmic time: a large upload stays fast. */
function positionsOf(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

export function parseCsv(input: string, file: string, options: CsvOptions = {}): CsvTable {
  const issues: Issue[] = [];
  const table: CsvTable = { file, header: [], records: [], issues };
  let text = input;
  if (text.startsWith("\uFEFF")) {
    text = text.slice(1);
    if (options.strict) {
      issues.push(problemAt(file, 1, 1, problem("bom")));
    }
  }
  const crlf = text.indexOf("\r\n");
  if (crlf !== -1) {
    if (options.strict) {
      const { line } = lineAndColumn(text, crlf);
      issues.push(problemAt(file, line, 1, problem("crlf")));
    }
    text = text.replaceAll("\r\n", "\n");
  }
  if (text.trim() === "") {
    const empty = options.columns ? problem("fileEmptyExpected", options.columns.join(",")) : problem("fileEmpty");
    issues.push(problemAt(file, 0, 0, empty));
    return table;
  }

  const positionOf = positionsOf(text);
  const rows: { cells: string[]; start: number }[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter: options.delimiter ?? ",",
    newline: "\n",
    quoteChar: '"',
    skipEmptyLines: false,
    step(result) {
      // papaparse may report one malformed quote many times over in a row: once is enough.
      const codes = new Set<string>();
      for (const error of result.errors) {
        if (codes.has(error.code)) continue;
        codes.add(error.code);
        const at =
          error.code === "MissingQuotes"
            ? findUnclosedQuote(text, rowStart)
            : error.code === "InvalidQuotes" && error.index !== undefined
              ? Math.max(0, error.index - 1)
              : rowStart;
        const { line, column } = positionOf(at);
        issues.push(problemAt(file, line, column, describePapaError(error)));
      }
      if (!result.errors.some((error) => error.code === "MissingQuotes")) {
        rows.push({ cells: result.data, start: rowStart });
      }
      rowStart = result.meta.cursor;
    },
  });
  if (rows.length > 0 && isBlank(rows[rows.length - 1]!.cells)) rows.pop();
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) return table;
  table.header = headerRow.cells.map((cell) => cell.trim());
  checkHeader(table, options.columns);

  for (const row of dataRows) {
    const { line } = positionOf(row.start);
    if (isBlank(row.cells)) {
      issues.push(problemAt(file, line, 1, problem("emptyLine")));
      continue;
    }
    if (row.cells.length !== table.header.length) {
      const extra = row.cells.length > table.header.length;
      const counts = [String(row.cells.length), String(table.header.length)] as const;
      const column = Math.min(row.cells.length, table.header.length) + (extra ? 1 : 0);
      issues.push(problemAt(file, line, column, problem(extra ? "tooManyFields" : "tooFewFields", ...counts)));
      continue;
    }
    const values: Record<string, string> = {};
    table.header.forEach((name, i) => (values[name] = row.cells[i] ?? ""));
    table.records.push({ line, values });
  }
  return table;
}

function checkHeader(table: CsvTable, columns: readonly string[] | undefined): void {
  const { file, header, issues } = table;
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (seen.has(name)) issues.push(problemAt(file, 1, i + 1, problem("duplicateColumn", name)));
    seen.add(name);
    if (columns && !columns.includes(name)) {
      issues.push(problemAt(file, 1, i + 1, problem("unknownColumn", name, columns.join(","))));
    }
  });
  for (const name of columns ?? []) {
    if (!seen.has(name)) issues.push(problemAt(file, 1, header.length + 1, problem("missingColumn", name)));
  }
}

function isBlank(cells: string[]): boolean {
  return cells.length === 0 || (cells.length === 1 && cells[0]!.trim() === "");
}

/** The quote that opens a field and is never closed, searching from the row start. */
function findUnclosedQuote(text: string, from: number): number {
  let inQuotes = false;
  let opened = from;
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (inQuotes && text[i + 1] === '"') {
      i++;
      continue;
    }
    inQuotes = !inQuotes;
    if (inQuotes) opened = i;
  }
  return opened;
}

function describePapaError(error: Papa.ParseError): Problem {
  switch (error.code) {
    case "MissingQuotes":
      return problem("unclosedQuote");
    case "InvalidQuotes":
      return problem("misplacedQuote");
    default:
      return problem("csvError", error.message);
  }
}
