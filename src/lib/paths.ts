/** getStaticPaths entries for pages that exist per language and per item, languages side by side. */
import { LOCALES, type Locale } from "../i18n/index.ts";

export function localeItemParams<T>(items: readonly T[], id: (item: T) => string) {
  return items.flatMap((item) =>
    LOCALES.map((locale) => ({
      params: { locale: locale === "vi" ? undefined : locale, id: id(item) },
      props: { locale: locale as Locale, item },
    })),
  );
}
