/** Languages of the site: Vietnamese first (at /), English second (at /en/). */
import en from "./en.ts";
import vi from "./vi.ts";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type Messages = typeof vi;

const MESSAGES: Record<Locale, Messages> = { vi, en };

export const messages = (locale: Locale): Messages => MESSAGES[locale];

/** BCP 47 tag for Intl formatting. */
export const intlLocale = (locale: Locale): string => (locale === "vi" ? "vi-VN" : "en-GB");

/** getStaticPaths entries for a page that exists in both languages. */
export const localeParams = () =>
  LOCALES.map((locale) => ({ params: { locale: locale === "vi" ? undefined : locale }, props: { locale } }));

/** A base-aware link to `path` (no leading slash) in a language. */
export function localePath(locale: Locale, path = "", base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  const prefix = locale === "vi" ? "" : `${locale}/`;
  return `${root}${prefix}${path.replace(/^\/+/, "")}`;
}

/** A base-aware link to a file that is the same in every language (downloads, assets). */
export function assetPath(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, "")}`;
}
