/**
 * Every URL of the site, in one place (after Starlight's utils/base.ts): the base path, the
 * language prefix (Vietnamese at /, English at /en/), links to units, sources, indicators and
 * quotes, and the field of a record in the page's language. Shared by the build and the browser.
 */
import { LOCALES, type Locale } from "../i18n/index.ts";

/** The site's base path with one trailing slash ("/", "/so-lieu/"). */
export const basePath = (base: string = import.meta.env.BASE_URL): string => (base.endsWith("/") ? base : `${base}/`);

const trim = (path: string) => path.replace(/^\/+/, "");

/** A base-aware link to `path` (no leading slash) in a language. */
export const localePath = (locale: Locale, path = "", base?: string): string =>
  `${basePath(base)}${locale === "vi" ? "" : `${locale}/`}${trim(path)}`;

/** A base-aware link to a file that is the same in every language (downloads, assets, DuckDB bundles). */
export const assetPath = (path: string, base?: string): string => `${basePath(base)}${trim(path)}`;

/** Stable id of the highlighted quote of an observation on its source page. */
export const quoteAnchor = (obsId: string): string => `q-${obsId}`;

/** An indicator's published CSV slice, relative to the base path. */
export const slicePath = (id: string): string => `data/indicators/${encodeURIComponent(id)}.csv`;

export const href = {
  unit: (locale: Locale, id: string) => localePath(locale, `units/${id}/`),
  source: (locale: Locale, id: string) => localePath(locale, `sources/${id}/`),
  indicator: (locale: Locale, id: string) => localePath(locale, `indicators/${id}/`),
  quote: (locale: Locale, sourceId: string, obsId: string) =>
    `${localePath(locale, `sources/${sourceId}/`)}#${quoteAnchor(obsId)}`,
  /** An indicator's published CSV slice. */
  slice: (id: string) => assetPath(slicePath(id)),
  data: (file: string) => assetPath(`data/${file}`),
};

/** A record's field in the page's language: localised(locale, indicator, "name") reads name_vi or name_en. */
export const localised = <Field extends string>(
  locale: Locale,
  record: { [Key in `${Field}_${Locale}`]: string },
  field: Field,
): string => record[`${field}_${locale}` as `${Field}_${Locale}`];

/** getStaticPaths entries for a page that exists in both languages. */
export const localeParams = () =>
  LOCALES.map((locale) => ({ params: { locale: locale === "vi" ? undefined : locale }, props: { locale } }));

/** getStaticPaths entries for pages that exist per language and per item, languages side by side. */
export function localeItemParams<T>(items: readonly T[], id: (item: T) => string) {
  return items.flatMap((item) =>
    LOCALES.map((locale) => ({
      params: { locale: locale === "vi" ? undefined : locale, id: id(item) },
      props: { locale: locale as Locale, item },
    })),
  );
}
