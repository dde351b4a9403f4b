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
