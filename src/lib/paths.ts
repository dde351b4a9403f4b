/** getStaticPaths entries for pages that exist per language and per item. */
import { LOCALES, type Locale } from "../i18n/index.ts";

export function localeItemParams<T>(items: readonly T[], id: (item: T) => string) {
  return LOCALES.flatMap((locale) =>
    items.map((item) => ({
      params: { locale: locale === "vi" ? undefined : locale, id: id(item) },
      props: { locale: locale as Locale, item },
    })),
  );
}
