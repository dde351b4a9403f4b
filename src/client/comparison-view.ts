/** Draws a comparison (chart and table) in the browser with the same chart spec the build uses. */
import { localePath, messages, type Locale } from "../i18n/index.ts";
import { comparisonChart } from "../lib/charts/comparison.ts";
import { quoteAnchor, toComparisonData } from "../lib/chart-data.ts";
import { formatFraction, formatNumber, formatPercent } from "../lib/format.ts";
import type { CompareRow } from "../lib/queries.ts";
import { el } from "./dom.ts";

export function renderComparison(
  container: HTMLElement,
  rows: CompareRow[],
  options: { locale: Locale; title: string; kind: "ratio" | "count" | "amount"; sources: Record<string, string> },
): void {
  const { locale } = options;
  const t = messages(locale);
  container.replaceChildren();
  if (rows.length === 0) {
    container.append(el("p", { role: "status" }, t.compare.noRows));
    return;
  }
  const href = (row: CompareRow) =>
    row.own ? "#own-data" : localePath(locale, `sources/${row.source_id}/#${quoteAnchor(row.obs_id)}`);
  const data = toComparisonData(rows, (row) => href(row as CompareRow));
  const levels = [...new Set(rows.map((row) => row.level))];
  const periods = [...new Set(rows.map((row) => row.period))].sort();
  const scope = rows[0]!.scope;
  if (data.length > 0) {
    const figure = comparisonChart(data, {
      kind: options.kind,
      locale,
      title: options.title,
      subtitle: [
        levels.map((level) => t.levels[level] ?? level).join(", "),
        `${t.chart.periods}: ${periods.join(", ")}`,
        t.scopes[scope] ?? scope,
      ].join(" · "),
      caption: [
        t.chart.sourceCaption(
          [
            ...new Set(
              rows.map((row) => (row.own ? t.compare.own : (options.sources[row.source_id] ?? row.source_id))),
            ),
          ].join("; "),
        ),
        levels.length > 1 ? t.chart.levelsNote : "",
        options.kind === "ratio" ? t.chart.intervalNote : "",
      ]
        .filter(Boolean)
        .join(" "),
      ariaLabel: options.title,
      ariaDescription: t.chart.ariaDescription(options.title, data.length),
      levelNames: Object.fromEntries(levels.map((level) => [level, t.levels[level] ?? level])),
      flagMark: t.flagMark,
      document,
    });
    container.append(el("div", { class: "chart", "data-chart": true }, figure as unknown as Node));
  }
  const value = (row: CompareRow) =>
    row.value === null
      ? "–"
      : row.kind === "ratio"
        ? formatPercent(row.value, locale)
        : formatNumber(row.value, locale);
  const counts = (row: CompareRow) =>
    row.numerator !== null && row.denominator !== null ? formatFraction(row.numerator, row.denominator, locale) : "";
  // Appended one by one: spreading a large upload's rows as arguments overflows the stack.
  const tbody = el("tbody");
  for (const row of rows) {
    tbody.append(
      el(
        "tr",
        { class: row.own ? "own" : row.flags ? "flagged" : undefined },
        el("td", {}, row.unit_name, row.own ? el("span", { class: "badge" }, ` ${t.compare.own}`) : null),
        el("td", {}, row.period),
        el("td", { class: "num" }, value(row)),
        el("td", { class: "num" }, counts(row)),
        el(
          "td",
          {},
          (row.flags ?? "")
            .split(";")
            .filter(Boolean)
            .map((flag) => t.flags[flag] ?? flag)
            .join(" "),
        ),
        el("td", {}, el("a", { href: href(row) }, row.obs_id)),
      ),
    );
  }
  container.append(
    el(
      "div",
      { class: "table-scroll" },
      el(
        "table",
        {},
        el("caption", {}, `${t.chart.table}: ${options.title}`),
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            ...[
              t.columns.unit,
              t.columns.period,
              t.columns.value,
              t.columns.counts,
              t.columns.flags,
              t.columns.source,
            ].map((label) => el("th", { scope: "col" }, label)),
          ),
        ),
        tbody,
      ),
    ),
  );
}
