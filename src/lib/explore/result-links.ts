/**
 * Links from an explorer result to the sentences its numbers came from: an `obs_id` cell, or a
 * `quote` cell, points at the quote's anchor on its source page. One query finds the sources of
 * the ids and quotes a page shows (a result need not carry source_id).
 */
import { quoteAnchor } from "../routes.ts";
import { quoteLiteral } from "../sql/quote.ts";
import type { ResultRow } from "./results.ts";

export const LINKED_COLUMNS = ["obs_id", "quote"] as const;

export interface QuoteTarget {
  obs_id: string;
  source_id: string;
}

const texts = (rows: readonly ResultRow[], column: string) => [
  ...new Set(rows.map((row) => row[column]).filter((value): value is string => typeof value === "string")),
];

/** The query finding the source of each id and quote shown, or null when the page shows none. */
export function quoteTargetsSql(rows: readonly ResultRow[], columns: readonly string[]): string | null {
  const conditions = LINKED_COLUMNS.filter((column) => columns.includes(column))
    .map((column) => ({ column, values: texts(rows, column) }))
    .filter(({ values }) => values.length > 0)
    .map(({ column, values }) => `${column} IN (${values.map(quoteLiteral).join(", ")})`);
  if (conditions.length === 0) return null;
  return `SELECT obs_id, source_id, quote FROM observations WHERE ${conditions.join(" OR ")} ORDER BY obs_id`;
}

export interface QuoteTargets {
  byObsId: Map<string, QuoteTarget>;
  /** A quote shared by several rows links to the first of them: the sentence is the same. */
  byQuote: Map<string, QuoteTarget>;
}

export function quoteTargets(found: readonly ResultRow[]): QuoteTargets {
  const byObsId = new Map<string, QuoteTarget>();
  const byQuote = new Map<string, QuoteTarget>();
  for (const row of found) {
    const target = { obs_id: String(row.obs_id), source_id: String(row.source_id) };
    byObsId.set(target.obs_id, target);
    if (typeof row.quote === "string" && !byQuote.has(row.quote)) byQuote.set(row.quote, target);
  }
  return { byObsId, byQuote };
}

/** The path (below the locale root) of the sentence a cell points at, or null. */
export function quotePath(targets: QuoteTargets, row: ResultRow, column: string): string | null {
  const value = row[column];
  if (typeof value !== "string") return null;
  const target =
    column === "obs_id"
      ? targets.byObsId.get(value)
      : column === "quote"
        ? ((typeof row.obs_id === "string" ? targets.byObsId.get(row.obs_id) : undefined) ?? targets.byQuote.get(value))
        : undefined;
  return target ? `sources/${target.source_id}/#${quoteAnchor(target.obs_id)}` : null;
}
