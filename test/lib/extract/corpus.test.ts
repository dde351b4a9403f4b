/**
 * The extractor on constructed phrasings (test/fixtures/extract-corpus/phrasings.json: written
 * for these tests, not taken from real reports): each case lists the rows it must propose, the
 * indicators it must not, or that it must propose nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/csv.ts";
import { extract, type Candidate } from "../../../src/lib/extract/extract.ts";
import { textContainsNumber } from "../../../src/lib/numbers.ts";
import { INDICATORS, columnsOf } from "../../../src/lib/schema.ts";

interface Expected {
  indicator: string;
  numerator?: number;
  denominator?: number;
  value?: number;
  reported_percent?: number;
  scope?: string;
  flags?: string;
}

interface Case {
  id: string;
  text: string;
  expect?: Expected[];
  absent?: string[];
  none?: boolean;
}

const corpus = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../fixtures/extract-corpus/phrasings.json"), "utf8"),
) as { cases: Case[] };
const kinds = new Map(
  parseCsv(readFileSync("data/indicators.csv", "utf8"), "indicators.csv", {
    columns: columnsOf(INDICATORS),
  }).records.map((record) => [record.values.indicator_id!, record.values.kind!]),
);
const NUMBERS = ["numerator", "denominator", "value", "reported_percent"] as const;

const describeRow = (row: Candidate) =>
  `${row.indicator_id}(${NUMBERS.map((field) => row[field]).join(",")}|${row.scope}|${row.flags})`;

describe("extractor on constructed phrasings", () => {
  it("has enough cases", () => expect(corpus.cases.length).toBeGreaterThanOrEqual(40));

  it.each(corpus.cases.map((c) => [c.id, c] as const))(
    "%s",
    (_, { text, expect: expected = [], absent = [], none }) => {
      const found = extract(text, { sourceId: "corpus", unitId: "xa-vi-du", period: "2024", kinds });
      const seen = found.map(describeRow).join(" ");
      if (none) expect(seen).toBe("");
      for (const want of expected) {
        const match = found.find(
          (row) =>
            row.indicator_id === want.indicator &&
            NUMBERS.every((field) => want[field] === undefined || Number(row[field]) === want[field]),
        );
        expect(match, `${JSON.stringify(want)} among ${seen}`).toBeDefined();
        if (want.scope) expect(match!.scope, seen).toBe(want.scope);
        if (want.flags) expect(match!.flags.split(";"), seen).toContain(want.flags);
      }
      for (const indicator of absent)
        expect(
          found.map((row) => row.indicator_id),
          seen,
        ).not.toContain(indicator);
      for (const row of found) {
        expect(text.slice(row.char_start, row.char_end)).toBe(row.quote);
        for (const field of ["numerator", "denominator", "reported_percent"] as const)
          if (row[field] !== "") expect(textContainsNumber(row.quote, Number(row[field])), row.quote).toBe(true);
      }
    },
  );
});
