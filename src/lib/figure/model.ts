/**
 * The figure model: from queried observations to everything a comparison shows (the chart
 * choice and its options, caption parts, level names, the table's cells, formatted numbers).
 * The build and the browser render this one model, so they cannot drift apart.
 */
import { messages, type Locale } from "../../i18n/index.ts";
import { href } from "../routes.ts";
import type { CaptionPart } from "../charts/caption.ts";
import type { ComparisonDatum, ComparisonOptions } from "../charts/comparison.ts";
import { formatFraction, formatNumber, formatPercent } from "../format.ts";
import type { ObservationRow } from "../queries.ts";
import { wilsonInterval } from "../stats.ts";

/** Above this many bars a bar chart stops being readable on a phone: the figure shows a distribution. */
export const MAX_BARS = 40;
/** Static tables stop here; the CSV slice and the SQL explorer have every row. */
export const MAX_TABLE_ROWS = 200;

export type Kind = "ratio" | "count" | "amount";

/** An observation to show; `own` marks a row from the visitor's file, `own_name` the name they gave that file. */
export interface FigureRow extends ObservationRow {
  own?: boolean;
  own_name?: string;
}

export interface ChartModel {
  type: "bars" | "distribution";
  data: ComparisonDatum[];
  options: Omit<ComparisonOptions, "document" | "width">;
}

/** A run of text in a cell, optionally a link or a marked span. */
export interface CellPart {
  text: string;
  href?: string;
  title?: string;
  class?: string;
  /** The language of the part's text and title, where it is not the page's. */
  lang?: Locale;
}

export interface TableModel {
  columns: { label: string; numeric: boolean }[];
  rows: { class?: string; cells: { numeric: boolean; parts: CellPart[] }[] }[];
  /** Said under the table when it shows fewer rows than it was given. */
  truncated?: string;
}

export interface FigureModel {
  title: string;
  chart?: ChartModel;
  table: TableModel;
  tableSummary: string;
}

export interface IndicatorInfo {
  name: string;
  kind: Kind;
}

export interface TableOptions {
  locale: Locale;
  /** When given, a column names the indicator of each row (unit and source pages). */
  indicatorName?: (id: string) => string;
  showUnit?: boolean;
}

/** Where a row's number can be checked: its sentence in a held report, or the public page a cited figure is from. */
export const quoteHref = (locale: Locale, row: FigureRow): string =>
  row.own
    ? "#own-data"
    : row.grade === "cited" && row.source_url
      ? row.source_url
      : href.quote(locale, row.source_id, row.obs_id);

const isCited = (row: FigureRow) => !row.own && row.grade === "cited";
const noteOf = (row: FigureRow, locale: Locale) => (locale === "vi" ? row.note_vi : row.note);

/** How a row's unit is labelled: a visitor's file by the name they gave it. */
const unitLabel = (row: FigureRow) => (row.own && row.own_name ? row.own_name : row.unit_name);

export function formatValue(row: ObservationRow, locale: Locale): string {
  if (row.value === null) return "–";
  return row.kind === "ratio" ? formatPercent(row.value, locale) : formatNumber(row.value, locale);
}

/** "59/67", or the numerator alone when the report gives no denominator. */
export function formatCounts(row: ObservationRow, locale: Locale): string {
  if (row.numerator === null) return "";
  return row.denominator !== null
    ? formatFraction(row.numerator, row.denominator, locale)
    : formatNumber(row.numerator, locale);
}

export function formatInterval(row: ObservationRow, locale: Locale): string {
  if (row.kind !== "ratio" || row.numerator === null || !row.denominator) return "";
  if (row.numerator < 0 || row.numerator > row.denominator) return "";
  const { low, high } = wilsonInterval(row.numerator, row.denominator);
  return `${formatPercent(low, locale)}–${formatPercent(high, locale)}`;
}

export function observationTable(allRows: readonly FigureRow[], options: TableOptions): TableModel {
  const { locale, indicatorName, showUnit = true } = options;
  const t = messages(locale);
  const rows = allRows.slice(0, MAX_TABLE_ROWS);
  const text = (value: string, numeric = false) => ({ numeric, parts: value ? [{ text: value }] : [] });
  const columns = [
    ...(indicatorName ? [{ label: t.columns.indicator, numeric: false }] : []),
    ...(showUnit ? [{ label: t.columns.unit, numeric: false }] : []),
    { label: t.columns.period, numeric: false },
    { label: t.columns.scope, numeric: false },
    { label: t.columns.value, numeric: true },
    { label: t.columns.counts, numeric: true },
    { label: t.columns.reported, numeric: true },
    { label: t.columns.interval, numeric: true },
    { label: t.columns.flags, numeric: false },
    { label: t.columns.source, numeric: false },
  ];
  return {
    columns,
    rows: rows.map((row) => ({
      class: row.own ? "own" : row.flags ? "flagged" : undefined,
      cells: [
        ...(indicatorName
          ? [
              {
                numeric: false,
                parts: [
                  {
                    text: indicatorName(row.indicator_id),
                    href: href.indicator(locale, row.indicator_id),
                  },
                ],
              },
            ]
          : []),
        ...(showUnit
          ? [
              {
                numeric: false,
                parts: row.own
                  ? [{ text: unitLabel(row) }, { text: t.compare.own, class: "badge" }]
                  : [{ text: row.unit_name, href: href.unit(locale, row.unit_id) }],
              },
            ]
          : []),
        text(row.period),
        text(t.scopes[row.scope] ?? row.scope),
        text(formatValue(row, locale), true),
        text(formatCounts(row, locale), true),
        text(row.reported_percent === null ? "" : formatPercent(row.reported_percent, locale, 2), true),
        text(formatInterval(row, locale), true),
        {
          numeric: false,
          parts: [
            ...(row.flags ?? "")
              .split(";")
              .filter(Boolean)
              .map((flag) => ({
                text: `${t.flagMark} ${t.flags[flag] ?? flag}`,
                title: t.flags[flag] ?? flag,
                class: "flag",
              })),
            ...(noteOf(row, locale) ? [{ text: noteOf(row, locale)!, class: "note" }] : []),
          ],
        },
        {
          numeric: false,
          parts: [evidenceLink(row, locale), ...(isCited(row) ? [{ text: t.grade.cited, class: "grade-cited" }] : [])],
        },
      ],
    })),
    truncated: allRows.length > rows.length ? t.columns.truncated(rows.length, allRows.length) : undefined,
  };
}

export interface FigureOptions {
  locale: Locale;
  indicator: IndicatorInfo;
  /** Who issued a source, for the caption. */
  sourceIssuer: (sourceId: string) => string | undefined;
}

/** The level a row is coloured by: each of the visitor's files is its own group, never an administrative level. */
const groupOf = (row: FigureRow) => (row.own ? `own:${unitLabel(row)}` : row.level);

/**
 * The link from a row to its evidence, titled with the report's sentence (Vietnamese) or a cited
 * page's locator (written in English): marked with that language where it is not the page's.
 */
function evidenceLink(row: FigureRow, locale: Locale): CellPart {
  const [title, lang]: [string, Locale] = isCited(row) ? [row.locator ?? "", "en"] : [row.quote ?? "", "vi"];
  return { text: row.obs_id, href: quoteHref(locale, row), title, ...(lang === locale ? {} : { lang }) };
}

/** One indicator and scope, as a chart (bars, or a distribution past MAX_BARS) and a table. */
export function comparisonFigure(rows: readonly FigureRow[], options: FigureOptions): FigureModel {
  const { locale, indicator } = options;
  const t = messages(locale);
  const published = rows.filter((row) => !row.own);
  const levels = [...new Set(published.map((row) => row.level))];
  const groups = [...new Set(rows.map(groupOf))];
  const groupName = (group: string) =>
    group.startsWith("own:") ? `${t.compare.own}: ${group.slice(4)}` : (t.levels[group] ?? group);
  const periods = [...new Set(rows.map((row) => row.period))].sort();
  const scope = rows[0]?.scope ?? "total";
  const named = [
    ...new Set(rows.map((row) => (row.own ? t.compare.own : (options.sourceIssuer(row.source_id) ?? row.source_id)))),
  ];
  // Past a few, the caption counts its sources: the table names each row's.
  const sources = named.length > 4 ? [t.chart.sourcesCount(named.length)] : named;
  // Issuers are Vietnamese bodies: under an English chart their names are marked as Vietnamese.
  const issuerPart = (name: string): CaptionPart =>
    locale === "vi" || named.length > 4 || name === t.compare.own ? name : { text: name, lang: "vi" };
  const data: ComparisonDatum[] = rows
    .filter((row) => row.value !== null)
    .map((row) => ({
      label: `${unitLabel(row)} · ${row.period}`,
      level: groupOf(row),
      value: row.value!,
      numerator: row.numerator,
      denominator: row.denominator,
      flagged: Boolean(row.flags),
      cited: isCited(row),
      href: quoteHref(locale, row),
    }));
  const chart: ChartModel | undefined =
    data.length === 0
      ? undefined
      : {
          type: data.length > MAX_BARS ? "distribution" : "bars",
          data,
          options: {
            kind: indicator.kind,
            locale,
            title: indicator.name,
            subtitle: [
              levels.map((level) => t.levels[level] ?? level).join(", "),
              `${t.chart.periods}: ${periods.join(", ")}`,
              t.scopes[scope] ?? scope,
            ]
              .filter(Boolean)
              .join(" · "),
            caption: [
              `${t.chart.sourceLabel}: `,
              ...sources.flatMap((name, i) => [...(i > 0 ? ["; "] : []), issuerPart(name)]),
              `. ${t.chart.sourceLinks}`,
              ...[
                groups.length > 1 ? t.chart.levelsNote : "",
                data.some((d) => d.cited) ? t.chart.citedNote(t.grade.citedMark) : "",
                indicator.kind === "ratio" ? t.chart.intervalNote : "",
              ]
                .filter(Boolean)
                .map((note) => ` ${note}`),
            ],
            ariaLabel: indicator.name,
            ariaDescription: t.chart.ariaDescription(indicator.name, data.length),
            levelNames: Object.fromEntries(groups.map((group) => [group, groupName(group)])),
            flagMark: t.flagMark,
            citedMark: t.grade.citedMark,
          },
        };
  return {
    title: indicator.name,
    chart,
    table: observationTable(rows, { locale }),
    tableSummary: `${t.chart.table}: ${indicator.name}`,
  };
}
