import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/lib/extract/extract.ts";
import { parseCsv } from "../../../src/lib/csv.ts";
import { INDICATORS, columnsOf } from "../../../src/lib/schema.ts";
import { textContainsNumber } from "../../../src/lib/numbers.ts";

interface Expected {
  indicator: string;
  numerator?: number;
  denominator?: number;
  value?: number;
  reported_percent?: number;
  scope?: string;
  flags?: string;
}

const corpus = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../fixtures/extract-corpus/phrasings.json"), "utf8"),
) as {
  cases: { text: string; expect: Expected[]; absent?: string[] }[];
};
const indicators = parseCsv(readFileSync("data/indicators.csv", "utf8"), "indicators.csv", {
  columns: columnsOf(INDICATORS),
});
const kinds = new Map(indicators.records.map((r) => [r.values.indicator_id!, r.values.kind!]));

describe("extractor on constructed phrasings", () => {
  it.each(corpus.cases.map((c, i) => [i + 1, c] as const))("case %i", (_, { text, expect: expected, absent }) => {
    const found = extract(text, { sourceId: "corpus", unitId: "u", period: "2024", kinds });
    for (const want of expected) {
      const match = found.find(
        (row) =>
          row.indicator_id === want.indicator &&
          (["numerator", "denominator", "value", "reported_percent"] as const).every(
            (field) => want[field] === undefined || Number(row[field]) === want[field],
          ),
      );
      expect(
        match,
        `${want.indicator} ${JSON.stringify(want)} in ${JSON.stringify(found.map((f) => [f.indicator_id, f.numerator, f.denominator, f.value, f.reported_percent]))}`,
      ).toBeDefined();
      if (want.scope) expect(match!.scope).toBe(want.scope);
      if (want.flags) expect(match!.flags).toContain(want.flags);
    }
    for (const indicator of absent ?? []) expect(found.map((row) => row.indicator_id)).not.toContain(indicator);
    for (const row of found) {
      expect(text.slice(row.char_start, row.char_end)).toBe(row.quote);
      for (const field of ["numerator", "denominator", "reported_percent"] as const) {
        if (row[field] !== "") expect(textContainsNumber(row.quote, Number(row[field]))).toBe(true);
      }
    }
  });
});
