/**
 * A DuckDB error as a visitor can read it: its kind, the engine's message without its
 * "LINE n: …" excerpt, and the line and column in the visitor's query. duckdb-wasm sends
 * parser errors as JSON with a character offset, other errors as "Kind Error: message" text
 * with a caret under the offending place.
 */
export type SqlErrorKind = "syntax" | "reference" | "catalog" | "readOnly" | "conversion" | "interrupted" | "other";

export interface SqlError {
  kind: SqlErrorKind;
  /** The engine's own words (English). */
  message: string;
  /** 1-based line and column in the query, when the engine points at one. */
  line?: number;
  column?: number;
  /** The query line it points at. */
  excerpt?: string;
}

const KINDS: Record<string, SqlErrorKind> = {
  Parser: "syntax",
  Binder: "reference",
  Catalog: "catalog",
  Conversion: "conversion",
  Interrupt: "interrupted",
};

/** 1-based line and column of a 0-based character offset. */
export function lineColumn(sql: string, offset: number): { line: number; column: number } {
  const before = sql.slice(0, Math.max(0, Math.min(offset, sql.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

function parseJson(text: string): Record<string, string> | null {
  if (!text.trimStart().startsWith("{")) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : null;
  } catch {
    return null;
  }
}

/** The "LINE n: text\n   ^" excerpt DuckDB appends, as a position, when the line is shown whole. */
function caretPosition(message: string, sql: string): { line: number; column: number } | null {
  const match = /LINE (\d+): (.*)\n( *)\^/.exec(message);
  if (!match) return null;
  const line = Number(match[1]);
  const shown = match[2]!;
  const column = match[3]!.length - `LINE ${match[1]}: `.length + 1;
  // DuckDB elides long lines with "..."; the caret then cannot be mapped back.
  if (shown.startsWith("...") || sql.split("\n")[line - 1]?.trimEnd() !== shown.trimEnd()) return null;
  return { line, column };
}

export function describeSqlError(raw: string, sql: string): SqlError {
  const json = parseJson(raw);
  const type = json?.exception_type ?? /^([A-Z][A-Za-z ]*?) Error: /.exec(raw)?.[1] ?? "";
  const full = json?.exception_message ?? raw.replace(/^[A-Z][A-Za-z ]*? Error: /, "");
  const message = full.replace(/\n*LINE \d+:[\s\S]*$/, "").trim();
  let kind: SqlErrorKind = KINDS[type] ?? "other";
  if (/read-only mode/.test(message)) kind = "readOnly";
  const position =
    json?.position !== undefined && /^\d+$/.test(json.position)
      ? lineColumn(sql, Number(json.position))
      : caretPosition(full, sql);
  return position
    ? { kind, message, ...position, excerpt: sql.split("\n")[position.line - 1] ?? "" }
    : { kind, message };
}
