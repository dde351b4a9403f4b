/** Problem texts in each language, kept apart so that pages which check no file do not carry them. */
import type { Locale } from "../index.ts";
import en from "./en.ts";
import vi from "./vi.ts";

export type ProblemMessages = typeof en;

const MESSAGES: Record<Locale, ProblemMessages> = { vi, en };

export const problemMessages = (locale: Locale): ProblemMessages => MESSAGES[locale];
