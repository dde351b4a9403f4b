/**
 * The public schema of the four curated tables. One description serves the validator
 * (zod, built from it), the Frictionless data package and the data dictionary, so the
 * published column names and the checked ones cannot drift apart.
 */

import type { ProblemCode } from "./problems.ts";

export type FieldType = "string" | "integer" | "number" | "boolean";

export interface FieldSpec {
  name: string;
  type: FieldType;
  required: boolean;
  description: string;
  pattern?: RegExp;
  enum?: readonly string[];
  maxLength?: number;
  /** A rule beyond the pattern, e.g. a span of years that runs forwards. */
  rule?: { test: (value: string) => boolean; code: ProblemCode };
  /** Frictionless format hint, e.g. "date" fields stored as text because they may be partial. */
  format?: string;
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface TableSpec {
  name: "sources" | "units" | "indicators" | "observations";
  file: string;
  title: string;
  description: string;
  primaryKey: string;
  foreignKeys: ForeignKey[];
  fields: FieldSpec[];
}

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const SNAKE = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
const PERIOD = /^\d{4}(?:-\d{4})?$/;
/** "2016-2020", never "2024-2016": a span starts with its earlier year. */
const FORWARD_PERIOD = {
  test: (value: string) => !/^\d{4}-\d{4}$/.test(value) || value.slice(0, 4) <= value.slice(5),
  code: "backwardsPeriod" as const,
};
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const FULL_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** Plain numbers only: decimal point, no thousands separator, no percent sign. */
export const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

export const LEVELS = ["province", "district", "town", "city", "ward", "commune", "township"] as const;
export const KINDS = ["count", "ratio", "amount"] as const;

/**
 * Grades of evidence. held: the project keeps the report's text and every number carries its verbatim
 * passage. cited: a public page the project does not hold; the row carries its address and a locator
 * in the curator's words, never the page's sentences.
 */
export const GRADES = ["held", "cited"] as const;
export type Grade = (typeof GRADES)[number];

/** Where a source's title comes from when the source does not show one (see SOURCES.title_from). */
export const TITLE_ORIGINS = ["address", "curator"] as const;

/** Flags a curator may set; each means the report itself is odd, never that we changed it. */
export const FLAGS = {
  percent_mismatch: "The report's percent disagrees with its own numerator and denominator.",
  parts_do_not_sum: "The parts the report gives do not add up to the total it gives.",
  approximate: 'The report gives an approximate figure ("hơn", "gần", "trên", "khoảng").',
  cumulative_period: "The figure accumulates several years or runs to the date of the report.",
  scope_unclear: "The report does not make clear which bodies or level the figure covers.",
  denominator_not_stated: "A ratio whose total the report does not state; only the count is kept.",
  inconsistent_with_other_statement: "The report states the same quantity differently elsewhere.",
  target_not_result: "A plan or target rather than an achieved result.",
} as const satisfies Record<string, string>;
export type Flag = keyof typeof FLAGS;

const f = (
  name: string,
  type: FieldType,
  required: boolean,
  description: string,
  extra: Partial<FieldSpec> = {},
): FieldSpec => ({ name, type, required, description, ...extra });

export const SOURCES: TableSpec = {
  name: "sources",
  file: "sources.csv",
  title: "Source reports",
  description: "The reports the numbers come from; their full texts are in sources/.",
  primaryKey: "source_id",
  foreignKeys: [{ fields: "unit_id", reference: { resource: "units", fields: "unit_id" } }],
  fields: [
    f("source_id", "string", true, "Stable identifier of the report.", { pattern: SLUG }),
    f("file", "string", false, "Held reports: path of the report text, relative to data/. Blank for cited pages.", {
      pattern: /^sources\/[a-z0-9-]+\.txt$/,
    }),
    f("title", "string", true, "Title as printed on the report."),
    f("doc_number", "string", false, "Document number, blank when the report has none."),
    f("issuer", "string", true, "Body that issued the report."),
    f(
      "issued_on",
      "string",
      false,
      "Date of issue (a cited page: its publication date), ISO 8601, possibly partial (YYYY or YYYY-MM); blank if unknown.",
      {
        pattern: PARTIAL_DATE,
        format: "partial-date",
      },
    ),
    f("unit_id", "string", true, "Unit the report is about.", { pattern: SLUG }),
    f("period", "string", true, "Period the report covers: YYYY or YYYY-YYYY.", {
      pattern: PERIOD,
      rule: FORWARD_PERIOD,
    }),
    f("report_type", "string", true, "Kind of report.", { pattern: SNAKE }),
    f(
      "sha256",
      "string",
      false,
      "Held reports: SHA-256 of the text file, to prove it is unchanged. Blank for cited pages.",
      {
        pattern: /^[0-9a-f]{64}$/,
      },
    ),
    f("grade", "string", true, "held: the project keeps the report's text; cited: a public page it does not hold.", {
      enum: GRADES,
    }),
    f(
      "url",
      "string",
      false,
      "Cited pages: the page's address (required). Held reports: where the report was published, if known.",
    ),
    f("publisher", "string", false, "Cited pages: the newspaper or portal that published the page (required)."),
    f("accessed_on", "string", false, "Cited pages: the date the page was read, YYYY-MM-DD (required).", {
      pattern: FULL_DATE,
      format: "date",
    }),
    f(
      "title_from",
      "string",
      false,
      "Blank: the title as the source shows it. address: the stored copy shows none, it is read from the page's address; curator: neither, the curator's description.",
      { enum: TITLE_ORIGINS },
    ),
    f(
      "title_lang",
      "string",
      false,
      "Language of the title when it is not Vietnamese (en: an English-language edition; fr, zh: a French or Chinese one).",
      { enum: ["en", "fr", "zh"] },
    ),
  ],
};

export const UNITS: TableSpec = {
  name: "units",
  file: "units.csv",
  title: "Administrative units",
  description: "Reporting units and their parents, with their status after the 2025 reorganisation where sourced.",
  primaryKey: "unit_id",
  foreignKeys: [{ fields: "parent_id", reference: { resource: "units", fields: "unit_id" } }],
  fields: [
    f("unit_id", "string", true, "Stable slug of the unit.", { pattern: SLUG }),
    f("name", "string", true, "Official Vietnamese name with its level word (Huyện, Phường…)."),
    f("level", "string", true, "Administrative level.", { enum: LEVELS }),
    f("parent_id", "string", false, "Unit this one belonged to.", { pattern: SLUG }),
    f("province", "string", true, "Province the unit belonged to at the time of its reports."),
    f("valid_until", "string", false, "Last day the unit existed in this form, if it was abolished or merged.", {
      pattern: PARTIAL_DATE,
      format: "partial-date",
    }),
    f("successor_note", "string", false, "What became of the unit, as far as sourced (English)."),
    f("successor_note_vi", "string", false, "The same in Vietnamese; present exactly when successor_note is."),
  ],
};

export const INDICATORS: TableSpec = {
  name: "indicators",
  file: "indicators.csv",
  title: "Indicators",
  description: "What each observation measures, in Vietnamese and English.",
  primaryKey: "indicator_id",
  foreignKeys: [],
  fields: [
    f("indicator_id", "string", true, "Stable identifier.", { pattern: SNAKE }),
    f("topic", "string", true, "Topic group.", { pattern: SNAKE }),
    f("name_vi", "string", true, "Name in Vietnamese."),
    f("name_en", "string", true, "Name in English."),
    f("definition_vi", "string", true, "Definition in Vietnamese."),
    f("definition_en", "string", true, "Definition in English."),
    f(
      "kind",
      "string",
      true,
      "count: a number of things; ratio: a part of a whole; amount: a quantity such as money or area.",
      {
        enum: KINDS,
      },
    ),
    f("unit_of_measure", "string", true, "What is counted (petitions, cases, products, communes…) or percent.", {
      pattern: SNAKE,
    }),
    f("numerator_label", "string", false, "For ratios: what the numerator counts (Vietnamese)."),
    f("denominator_label", "string", false, "For ratios: what the denominator counts (Vietnamese)."),
    f("higher_is_better", "boolean", false, "true when a higher value is the desirable direction; blank when neutral."),
  ],
};

export const OBSERVATIONS: TableSpec = {
  name: "observations",
  file: "observations.csv",
  title: "Observations",
  description: "One number a row, each with the verbatim sentence of the report it was read from.",
  primaryKey: "obs_id",
  foreignKeys: [
    { fields: "indicator_id", reference: { resource: "indicators", fields: "indicator_id" } },
    { fields: "unit_id", reference: { resource: "units", fields: "unit_id" } },
    { fields: "source_id", reference: { resource: "sources", fields: "source_id" } },
  ],
  fields: [
    f("obs_id", "string", true, "Stable identifier: <source_id>-NNN.", { pattern: SLUG }),
    f("indicator_id", "string", true, "What is measured.", { pattern: SNAKE }),
    f("unit_id", "string", true, "Unit the number is about.", { pattern: SLUG }),
    f("period", "string", true, "Year or span of years the number covers.", { pattern: PERIOD, rule: FORWARD_PERIOD }),
    f(
      "scope",
      "string",
      true,
      "Which bodies the number covers: total, district_level, commune_level, province_level…",
      {
        pattern: SNAKE,
      },
    ),
    f("numerator", "number", false, "For ratios: the part, as the report states it.", { pattern: PLAIN_NUMBER }),
    f("denominator", "number", false, "For ratios: the whole, as the report states it.", { pattern: PLAIN_NUMBER }),
    f(
      "value",
      "number",
      false,
      "Counts: the count. Ratios: numerator/denominator×100 (2 decimals) when both are known, else the report's percent.",
      { pattern: PLAIN_NUMBER },
    ),
    f("reported_percent", "number", false, "The percent the report itself states, unchanged.", {
      pattern: PLAIN_NUMBER,
    }),
    f("source_id", "string", true, "Report the number was read from.", { pattern: SLUG }),
    f(
      "grade",
      "string",
      false,
      "Grade of the source: held (verbatim passage checked) or cited (public page, not held).",
      {
        enum: GRADES,
      },
    ),
    f(
      "quote",
      "string",
      false,
      "Held reports: verbatim passage that contains every number of the row. Blank for cited pages.",
      {
        maxLength: 2000,
      },
    ),
    f(
      "locator",
      "string",
      false,
      "Cited pages: where on the page the figure stands and what it counts, in the curator's words.",
      {
        maxLength: 300,
      },
    ),
    f("flags", "string", false, `Semicolon-separated: ${Object.keys(FLAGS).join(", ")}.`, {
      pattern: /^[a-z_]+(?:;[a-z_]+)*$/,
    }),
    f("note", "string", false, "Curator's note (English); required when flags are set."),
    f("note_vi", "string", false, "The same note in Vietnamese; present exactly when note is."),
  ],
};

export const TABLES = [SOURCES, UNITS, INDICATORS, OBSERVATIONS] as const;

export const columnsOf = (table: TableSpec): string[] => table.fields.map((field) => field.name);

export interface Source {
  source_id: string;
  file: string;
  title: string;
  doc_number: string;
  issuer: string;
  issued_on: string;
  unit_id: string;
  period: string;
  report_type: string;
  sha256: string;
  grade: Grade;
  url: string;
  publisher: string;
  accessed_on: string;
  title_from: "" | (typeof TITLE_ORIGINS)[number];
  title_lang: string;
}

export interface Unit {
  unit_id: string;
  name: string;
  level: (typeof LEVELS)[number];
  parent_id: string;
  province: string;
  valid_until: string;
  successor_note: string;
  successor_note_vi: string;
}

export interface Indicator {
  indicator_id: string;
  topic: string;
  name_vi: string;
  name_en: string;
  definition_vi: string;
  definition_en: string;
  kind: (typeof KINDS)[number];
  unit_of_measure: string;
  numerator_label: string;
  denominator_label: string;
  higher_is_better: string;
}

/** An observation as stored: every field is text, numbers as plain decimal strings. */
export interface ObservationRecord {
  obs_id: string;
  indicator_id: string;
  unit_id: string;
  period: string;
  scope: string;
  numerator: string;
  denominator: string;
  value: string;
  reported_percent: string;
  source_id: string;
  grade: string;
  quote: string;
  locator: string;
  flags: string;
  note: string;
  note_vi: string;
}
