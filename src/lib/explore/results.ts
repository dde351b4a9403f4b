/** Query results in the explorer: capped, paged, exported, and charted when they have two columns. */
export type ResultRow = Record<string, unknown>;

/** More rows than anyone reads in a browser table; the rest is cut with a notice. */
export const RESULT_CAP = 10_000;
export const PAGE_SIZE = 50;

export interface Page {
  rows: ResultRow[];
  from: number;
  to: number;
  pages: number;
}

export function pageOf(rows: readonly ResultRow[], page: number, size = PAGE_SIZE): Page {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const index = Math.min(Math.max(0, page), pages - 1);
  const from = index * size;
  return {
    rows: rows.slice(from, from + size),
    from: rows.length === 0 ? 0 : from + 1,
    to: Math.min(rows.length, from + size),
    pages,
  };
}

export const cell = (value: unknown): string | number | boolean | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
};

/** Text of a cell as a table shows it. */
export const displayCell = (value: unknown): string => {
  const plain = cell(value);
  return plain === null ? "NULL" : String(plain);
};

/** A two-column result with a label and a number can be drawn as bars. */
export function chartable(
  columns: readonly string[],
  rows: readonly ResultRow[],
): { label: string; value: string } | null {
  if (columns.length !== 2 || rows.length === 0 || rows.length > 200) return null;
  const [first, second] = columns as [string, string];
  const numeric = (column: string) => rows.every((row) => row[column] === null || typeof row[column] === "number");
  if (numeric(second) && !numeric(first)) return { label: first, value: second };
  if (numeric(first) && !numeric(second)) return { label: second, value: first };
  return null;
}

/** What a table shows of a long cell; the export keeps it whole. */
export const CELL_CHARS = 500;
/** Text one page may put on screen: past it the page's remaining rows are left out (a browser lays out every character). */
export const PAGE_CHARS = 100_000;
/** Text kept from a result, for the export: past it the rest is cut like the row cap (memory is the limit). */
export const RESULT_CHARS = 512 * 1024 * 1024;

/** Characters a row holds, as the cap counts them. */
export const rowChars = (row: ResultRow): number =>
  Object.values(row).reduce<number>((sum, value) => sum + displayCell(value).length, 0);

export interface ShownPage {
  /** Displayed text per row and column, long cells cut with "…". */
  cells: string[][];
  clippedCells: number;
  /** Rows of the page left out because the page's text budget ran out (at least one row is always shown). */
  omittedRows: number;
}

export function shownCells(
  rows: readonly ResultRow[],
  columns: readonly string[],
  cellChars = CELL_CHARS,
  pageChars = PAGE_CHARS,
): ShownPage {
  const cells: string[][] = [];
  let clippedCells = 0;
  let total = 0;
  for (const row of rows) {
    if (cells.length > 0 && total >= pageChars) break;
    cells.push(
      columns.map((column) => {
        const text = displayCell(row[column]);
        total += Math.min(text.length, cellChars);
        if (text.length <= cellChars) return text;
        clippedCells += 1;
        return `${text.slice(0, cellChars)}…`;
      }),
    );
  }
  return { cells, clippedCells, omittedRows: rows.length - cells.length };
}

/** Time limits a visitor may choose, in seconds; a runaway query (an endless recursion) stops at the limit. */
export const TIME_LIMITS = [10, 30, 60, 300] as const;
export const DEFAULT_TIME_LIMIT = 30;
