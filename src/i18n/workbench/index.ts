/** The workbench's text in each language, loaded only by the workbench page and `npm run extract`. */
import type { Locale } from "../index.ts";
import en from "./en.ts";
import vi from "./vi.ts";

export type WorkbenchMessages = typeof vi;

export const workbenchMessages = (locale: Locale): WorkbenchMessages => (locale === "vi" ? vi : en);
