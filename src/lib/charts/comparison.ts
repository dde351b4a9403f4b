/**
 * Comparison of units on one indicator: a bar per unit and period, coloured by administrative
 * level so that a province is never silently ranked among districts. Ratios carry their counts
 * ("59/67") and a 95% Wilson interval; flagged values are marked. Each bar links to the
 * sentence of the report it came from. The same spec renders at build time and in the browser.
 */
import { captionContent, type CaptionPart } from "./caption.ts";
import * as Plot from "@observablehq/plot";
import type { Locale } from "../../i18n/index.ts";
import { formatFraction, formatNumber, formatPercent } from "../format.ts";
import { wilsonInterval } from "../stats.ts";

export interface ComparisonDatum {
  /** Unit name, with the period when several periods are shown. */
  label: string;
  level: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  flagged: boolean;
  /** A figure cited from a public page rather than read from a held report: outlined with a dashed line. */
  cited?: boolean;
  /** The quote anchor of the observation. */
  href: string;
}

export interface ComparisonOptions {
  kind: "ratio" | "count" | "amount";
  locale: Locale;
  title: string;
  subtitle: string;
  caption: readonly CaptionPart[];
  ariaLabel: string;
  ariaDescription: string;
  /** Display names of the levels present, in legend order. */
  levelNames: Record<string, string>;
  /** Marker appended to cited values, e.g. "◌". */
  citedMark?: string;
  /** Marker appended to flagged values, e.g. "⚑". */
  flagMark?: string;
  width?: number;
  document?: Document;
}

/** Colour-blind-safe hues (Okabe–Ito) for administrative levels. */
export const LEVEL_COLOURS: Record<string, string> = {
  province: "#0072B2",
  city: "#56B4E9",
  district: "#E69F00",
  town: "#009E73",
  ward: "#CC79A7",
  commune: "#D55E00",
  township: "#999999",
};

/** A visitor's own files ("own:<name>"), in dark greys apart from the levels' hues. */
const OWN_COLOURS = ["#1b1e23", "#5b5f66", "#8a8f98"];

export const levelColour = (level: string, ownIndex: number): string =>
  level.startsWith("own") ? OWN_COLOURS[ownIndex % OWN_COLOURS.length]! : (LEVEL_COLOURS[level] ?? "#777");

/** Chart widths in SVG units: a phone's column (about 330 px at 360 px) and a desktop's (up to about 1,000 px). */
export const NARROW_WIDTH = 330;
export const WIDE_WIDTH = 900;
/** Below this width unit names go above their bars: beside them they would leave no room for the bars. */
const STACKED_BELOW = 480;
/** Drawn at 14 units, chart text stays at least 12 px wherever a chart is scaled to its column (down to 0.86). */
export const FONT_SIZE = 14;
/** A generous average advance of a character in em (Be Vietnam Pro runs about 0.55), to size margins and cut names. */
const CHAR_EM = 0.6;

/** Where things sit in one row (a band of the y scale): names beside the bars, or above them on a phone. */
interface RowLayout {
  row: number;
  barTop: number;
  barBottom: number;
  stacked: boolean;
}
const BESIDE: RowLayout = { row: 32, barTop: 7, barBottom: 7, stacked: false };
const ABOVE: RowLayout = { row: 50, barTop: 22, barBottom: 6, stacked: true };

export function valueLabel(datum: ComparisonDatum, kind: ComparisonOptions["kind"], locale: Locale): string {
  if (kind !== "ratio") return formatNumber(datum.value, locale);
  const percent = formatPercent(datum.value, locale);
  return datum.numerator !== null && datum.denominator !== null
    ? `${formatFraction(datum.numerator, datum.denominator, locale)} · ${percent}`
    : percent;
}

/** A name cut in its middle to at most `chars` characters, so that the period at its end stays. */
export function fitName(label: string, chars: number): string {
  const characters = [...label];
  if (characters.length <= chars) return label;
  const keep = Math.max(chars - 1, 2);
  return `${characters.slice(0, Math.ceil(keep / 2)).join("")}…${characters.slice(-Math.floor(keep / 2)).join("")}`;
}

/** Room for the longest value label right of the bars, so that no label leaves the SVG. */
export function valueMargin(labels: readonly string[], fontSize = FONT_SIZE): number {
  const longest = labels.reduce((max, label) => Math.max(max, [...label].length), 0);
  return Math.ceil(longest * CHAR_EM * fontSize) + 12;
}

export function comparisonChart(rows: readonly ComparisonDatum[], options: ComparisonOptions) {
  const { kind, locale } = options;
  const levels = Object.keys(options.levelNames);
  const mark = options.flagMark ?? "⚑";
  const citedMark = options.citedMark ?? "◌";
  const text = (d: ComparisonDatum) =>
    `${valueLabel(d, kind, locale)}${d.flagged ? ` ${mark}` : ""}${d.cited ? ` ${citedMark}` : ""}`;
  const withInterval = rows
    .filter(
      (d) =>
        kind === "ratio" &&
        d.numerator !== null &&
        d.denominator !== null &&
        d.denominator > 0 &&
        d.numerator >= 0 &&
        d.numerator <= d.denominator,
    )
    .map((d) => ({ ...d, ...wilsonInterval(d.numerator!, d.denominator!) }));
  const maximum = kind === "ratio" ? 100 : rows.reduce((max, d) => Math.max(max, d.value), 1);
  const width = options.width ?? WIDE_WIDTH;
  const layout = width < STACKED_BELOW ? ABOVE : BESIDE;
  const marginRight = valueMargin(rows.map(text));
  const longestName = rows.reduce((max, d) => Math.max(max, [...d.label].length), 0);
  const charWidth = CHAR_EM * FONT_SIZE;
  // Beside the bars, names get at most a third of the width; longer ones are cut (the table has them whole).
  const marginLeft = layout.stacked ? 12 : Math.min(Math.ceil(longestName * charWidth) + 12, width / 3);
  const nameChars = Math.floor((layout.stacked ? width - marginLeft : marginLeft - 12) / charWidth);
  const name = (label: string) => fitName(label, nameChars);
  // Marks across a bar are centred on the bar, which sits lower in its row when the name is above it.
  const barCentre = (layout.barTop - layout.barBottom) / 2;
  const across = { insetTop: layout.barTop + 4, insetBottom: layout.barBottom + 4 };
  return Plot.plot({
    document: options.document,
    width,
    height: 38 + rows.length * layout.row,
    marginTop: 8,
    marginBottom: 30,
    marginLeft,
    marginRight,
    title: options.title,
    subtitle: options.subtitle,
    caption: captionContent(options.caption, options.document),
    ariaLabel: options.ariaLabel,
    ariaDescription: options.ariaDescription,
    style: { fontFamily: "inherit", fontSize: `${FONT_SIZE}px`, overflow: "visible" },
    x: {
      domain: [0, maximum],
      grid: true,
      label: null,
      tickFormat: (v: number) => (kind === "ratio" ? formatPercent(v, locale, 0) : formatNumber(v, locale)),
      ticks: 4,
    },
    y: { domain: rows.map((d) => d.label), label: null, padding: 0, axis: null },
    color: {
      domain: levels,
      range: levels.map((level) => levelColour(level, levels.filter((l) => l.startsWith("own")).indexOf(level))),
      legend: levels.length > 1,
      tickFormat: (l: string) => options.levelNames[l] ?? l,
    },
    marks: [
      layout.stacked
        ? Plot.text(rows, {
            y: "label",
            text: (d: ComparisonDatum) => name(d.label),
            frameAnchor: "left",
            textAnchor: "start",
            dy: 10 - layout.row / 2,
          })
        : Plot.axisY({ tickSize: 0, tickFormat: name }),
      Plot.barX(rows, {
        x: "value",
        y: "label",
        fill: "level",
        fillOpacity: (d: ComparisonDatum) => (d.flagged ? 0.45 : 0.9),
        href: "href",
        title: text,
        insetTop: layout.barTop,
        insetBottom: layout.barBottom,
      }),
      // Only where there is a cited figure: an empty mark would leave an unlabelled group for assistive tech.
      rows.some((d) => d.cited)
        ? Plot.barX(
            rows.filter((d) => d.cited),
            {
              x: "value",
              y: "label",
              fill: "none",
              stroke: "#1b1e23",
              strokeDasharray: "4 3",
              insetTop: layout.barTop,
              insetBottom: layout.barBottom,
              ariaHidden: "true",
            },
          )
        : null,
      // Intervals are drawn for the eye; the table beside the chart gives them as text.
      Plot.ruleY(withInterval, {
        x1: "low",
        x2: "high",
        y: "label",
        stroke: "#1b1e23",
        strokeWidth: 1.5,
        dy: barCentre,
        ariaHidden: "true",
      }),
      Plot.tickX(withInterval, { x: "low", y: "label", stroke: "#1b1e23", ...across, ariaHidden: "true" }),
      Plot.tickX(withInterval, { x: "high", y: "label", stroke: "#1b1e23", ...across, ariaHidden: "true" }),
      Plot.text(rows, {
        x: (d: ComparisonDatum) => (kind === "ratio" ? 100 : d.value),
        y: "label",
        text,
        textAnchor: "start",
        dx: 6,
        dy: barCentre,
        fill: "#1b1e23",
      }),
      Plot.ruleX([0], { ariaHidden: "true" }),
    ],
  });
}
