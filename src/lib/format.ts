/** Numbers as each language writes them (vi-VN "1.541", "88,1%"; en "1,541", "88.1%"), through Intl. */
import { intlLocale, type Locale } from "../i18n/index.ts";

const cache = new Map<string, Intl.NumberFormat>();

/** Formatters are costly to make and a nationwide build formats millions of numbers: one per kind. */
function formatter(locale: Locale, style: "decimal" | "percent", maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${style}:${maximumFractionDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), { style, maximumFractionDigits });
    cache.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return formatter(locale, "decimal", maximumFractionDigits).format(value);
}

/** A percent given as 0–100. */
export function formatPercent(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return formatter(locale, "percent", maximumFractionDigits).format(value / 100);
}

/** "59/67": the counts behind a ratio. */
export function formatFraction(numerator: number, denominator: number, locale: Locale): string {
  return `${formatNumber(numerator, locale)}/${formatNumber(denominator, locale)}`;
}

const MONTHS_EN = "January February March April May June July August September October November December".split(" ");

/**
 * An ISO date, possibly partial, as each language writes it: vi "30/6/2025", "tháng 11/2024";
 * en "30 June 2025", "November 2024". A year stays a year; anything else is returned as given.
 */
export function formatDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (!month) return year!;
  const m = Number(month);
  if (locale === "vi") return day ? `${Number(day)}/${m}/${year}` : `tháng ${m}/${year}`;
  return day ? `${Number(day)} ${MONTHS_EN[m - 1]} ${year}` : `${MONTHS_EN[m - 1]} ${year}`;
}
