/** What the SQL explorer shows: a result page (long cells cut, ids and quotes linked), its chart, an error, a download. */
import { messages, type Locale } from "../i18n/index.ts";
import { localePath } from "../lib/routes.ts";
import { formatNumber } from "../lib/format.ts";
import { quotePath, type QuoteTargets } from "../lib/explore/result-links.ts";
import {
  CELL_CHARS,
  PAGE_SIZE,
  chartable,
  displayCell,
  pageOf,
  shownCells,
  type ResultRow,
} from "../lib/explore/results.ts";
import type { SqlError } from "../lib/explore/sql-error.ts";
import { el } from "./dom.ts";

export interface Result {
  columns: string[];
  rows: ResultRow[];
  page: number;
  links: QuoteTargets | null;
}

/** Renders the current page; returns the notices about what it had to leave out. */
export function renderPage(container: HTMLElement, result: Result, locale: Locale): string[] {
  const t = messages(locale).explore;
  const { columns, rows } = result;
  const current = pageOf(rows, result.page, PAGE_SIZE);
  const shown = shownCells(current.rows, columns);
  const range = (format: (n: number) => string) =>
    t.page(format(current.from), format(current.to), format(rows.length));
  const pager =
    current.pages > 1
      ? el(
          "nav",
          { class: "pager", "aria-label": range(String) },
          el(
            "button",
            { type: "button", class: "secondary", "data-page": "previous", disabled: result.page === 0 },
            t.previous,
          ),
          el(
            "span",
            {},
            range((n) => formatNumber(n, locale)),
          ),
          el(
            "button",
            { type: "button", class: "secondary", "data-page": "next", disabled: result.page >= current.pages - 1 },
            t.next,
          ),
        )
      : null;
  const cellOf = (row: ResultRow, column: string, text: string) => {
    const path = result.links ? quotePath(result.links, row, column) : null;
    const content = path ? el("a", { href: localePath(locale, path), title: t.sourceLink }, text) : text;
    return el("td", { class: typeof row[column] === "number" ? "num" : undefined }, content);
  };
  container.replaceChildren(
    el(
      "div",
      { class: "table-scroll" },
      el(
        "table",
        {},
        el("thead", {}, el("tr", {}, ...columns.map((column) => el("th", { scope: "col" }, column)))),
        el(
          "tbody",
          {},
          ...shown.cells.map((texts, i) =>
            el("tr", {}, ...columns.map((column, j) => cellOf(current.rows[i]!, column, texts[j]!))),
          ),
        ),
      ),
    ),
    pager ?? "",
  );
  const notices: string[] = [];
  if (shown.clippedCells > 0)
    notices.push(t.clipped(formatNumber(shown.clippedCells, locale), formatNumber(CELL_CHARS, locale)));
  if (shown.omittedRows > 0) notices.push(t.omitted(formatNumber(shown.omittedRows, locale)));
  return notices;
}

export async function renderChart(container: HTMLElement, result: Result, locale: Locale): Promise<void> {
  container.replaceChildren();
  const { columns, rows } = result;
  const axes = chartable(columns, rows);
  if (!axes) return;
  const t = messages(locale).explore;
  const Plot = await import("@observablehq/plot");
  const label = (row: ResultRow) => displayCell(row[axes.label]).slice(0, 60);
  const figure = Plot.plot({
    document,
    marginLeft: 160,
    height: 40 + rows.length * 22,
    x: { grid: true, label: axes.value },
    y: { label: null, domain: rows.map(label) },
    marks: [Plot.barX(rows, { y: label, x: axes.value, fill: "#0072B2" }), Plot.ruleX([0])],
    ariaLabel: t.chart,
    ariaDescription: `${axes.label} / ${axes.value}`,
  });
  container.append(el("h2", {}, t.chart), figure as unknown as Node);
}

/** The error in the visitor's language, with the engine's own words (marked English) and where it points. */
export function renderError(container: HTMLElement, error: SqlError, locale: Locale): void {
  const t = messages(locale).explore;
  const where =
    error.line !== undefined && error.column !== undefined
      ? [
          el(
            "p",
            { class: "error-position" },
            t.at(formatNumber(error.line, locale), formatNumber(error.column, locale)),
          ),
          el(
            "pre",
            { class: "error-excerpt", lang: "zxx" },
            `${error.excerpt ?? ""}\n${" ".repeat(Math.max(0, error.column - 1))}^`,
          ),
        ]
      : [];
  container.hidden = false;
  container.replaceChildren(
    el("strong", { "data-error-kind": error.kind }, t.errorKinds[error.kind]),
    ...where,
    error.kind === "readOnly" ? el("p", {}, t.readOnlyHint) : "",
    el("p", {}, t.engineSays, " ", el("span", { lang: "en", class: "engine-message" }, error.message)),
  );
}

/** Saves a result as CSV or .xlsx; both writers load only now. Returns a notice when cells had to be cut. */
export async function download(result: Result, format: "csv" | "xlsx", locale: Locale): Promise<string | null> {
  const { resultsCsvParts, resultsSheet } = await import("../lib/explore/results-csv.ts");
  let blob: Blob;
  let notice: string | null = null;
  if (format === "csv") {
    blob = new Blob(resultsCsvParts(result.columns, result.rows), { type: "text/csv;charset=utf-8" });
  } else {
    const { default: writeXlsxFile } = await import("write-excel-file/browser");
    const sheet = resultsSheet(result.columns, result.rows);
    blob = await writeXlsxFile(sheet.data).toBlob();
    if (sheet.clippedCells > 0) notice = messages(locale).explore.xlsxClipped(formatNumber(sheet.clippedCells, locale));
  }
  const link = el("a", { href: URL.createObjectURL(blob), download: `query-results.${format}` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  return notice;
}
