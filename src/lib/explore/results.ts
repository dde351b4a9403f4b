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
