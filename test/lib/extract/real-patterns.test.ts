/**
 * The extractor on report-like texts written from the patterns of real public pages
 * (test/fixtures/extract-real/, see its README): recall of the key figures a curator would
 * extract (indicator, numbers, scope, period, text-decided flags) and precision of the
 * proposals, on the development part it was tuned on and on the held-out part it never was.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/csv.ts";
import { extract } from "../../../src/lib/extract/extract.ts";
import { scoreFigures, type LabelledFigure, type Score } from "../../../src/lib/extract/match.ts";
import { textContainsNumber } from "../../../src/lib/numbers.ts";
import { INDICATORS, columnsOf } from "../../../src/lib/schema.ts";

interface Case {
  id: string;
  page: string;
  period: string;
  text: string;
  figures: LabelledFigure[];
}

const load = (name: string) =>
  (
    JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/extract-real", name), "utf8")) as {
      cases: Case[];
    }
  ).cases;
const kinds = new Map(
  parseCsv(readFileSync("data/indicators.csv", "utf8"), "indicators.csv", {
    columns: columnsOf(INDICATORS),
  }).records.map((record) => [record.values.indicator_id!, record.values.kind!]),
);
const known = new Set(kinds.keys());

function measure(cases: Case[]): Score {
  const total: Score = { curated: 0, found: 0, proposals: 0, correct: 0, recall: 0, precision: 0 };
  for (const { text, period, figures } of cases) {
    const rows = extract(text, { sourceId: "real", unitId: "u", period, kinds });
    const score = scoreFigures(rows, figures, period);
    for (const key of ["curated", "found", "proposals", "correct"] as const) total[key] += score[key];
    for (const row of rows) {
      expect(text.slice(row.char_start, row.char_end)).toBe(row.quote);
      // A number written with a scale word ("12 nghìn") is kept as written, with a note.
      const scaled = /nghìn|ngàn|vạn|triệu/iu.test(row.quote) && row.note.includes("scale word");
      for (const field of ["numerator", "denominator", "reported_percent"] as const)
        if (row[field] !== "" && !scaled)
          expect(textContainsNumber(row.quote, Number(row[field])), row.quote).toBe(true);
    }
  }
  return { ...total, recall: total.found / total.curated, precision: total.correct / total.proposals };
}

/** What the extractor achieved on the held-out part when it was measured once, at the end of tuning. */
const HELD_OUT_RECALL = 0.91;
const HELD_OUT_PRECISION = 0.86;

const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}% (${part}/${whole})`;
const line = (name: string, cases: Case[], score: Score) =>
  `${name}: ${cases.length} cases, recall ${share(score.found, score.curated)}, precision ${share(score.correct, score.proposals)}`;

describe("extractor on real-pattern texts", () => {
  const dev = load("dev.json");
  const heldOut = load("heldout.json");

  it("has labelled sets of real indicators, the held-out part at least 30% of the cases", () => {
    for (const { figures } of [...dev, ...heldOut])
      for (const figure of figures) expect(known, figure.indicator).toContain(figure.indicator);
    expect(dev.length).toBeGreaterThanOrEqual(40);
    expect(heldOut.length / (dev.length + heldOut.length)).toBeGreaterThanOrEqual(0.3);
    expect(new Set([...dev, ...heldOut].map((c) => c.id)).size).toBe(dev.length + heldOut.length);
  });

  it("finds ≥ 90% of the development figures with ≥ 85% precision", () => {
    const score = measure(dev);
    console.log(line("development", dev, score));
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
  });

  it("holds on the held-out part it was never tuned on", () => {
    const score = measure(heldOut);
    console.log(line("held-out", heldOut, score));
    expect(score.recall).toBeGreaterThanOrEqual(HELD_OUT_RECALL);
    expect(score.precision).toBeGreaterThanOrEqual(HELD_OUT_PRECISION);
  });
});
