import { describe, expect, it } from "vitest";
import { matches, matchesFigure, score, scoreFigures, unmatched } from "../../../src/lib/extract/match.ts";

const row = (fields: Partial<Record<string, string>>) => ({
  source_id: "s",
  indicator_id: "petitions_resolved",
  numerator: "",
  denominator: "",
  value: "",
  reported_percent: "",
  ...fields,
});

describe("matches", () => {
  it("compares the numbers the curated row states, not the computed value nor the scope", () => {
    const curated = row({ numerator: "59", denominator: "67", value: "88.06", reported_percent: "88" });
    expect(
      matches(row({ numerator: "59", denominator: "67", value: "88.06", reported_percent: "88.0" }), curated),
    ).toBe(true);
    expect(matches(row({ numerator: "59", denominator: "67", value: "88.06" }), curated)).toBe(false);
    expect(matches(row({ numerator: "59", denominator: "68", reported_percent: "88" }), curated)).toBe(false);
    expect(
      matches(row({ reported_percent: "96.5", value: "96.5" }), row({ reported_percent: "96.5", value: "96.5" })),
    ).toBe(true);
  });

  it("compares counts by value, within one source and indicator", () => {
    const curated = row({ indicator_id: "petitions_received", value: "40" });
    expect(matches(row({ indicator_id: "petitions_received", value: "40" }), curated)).toBe(true);
    expect(matches(row({ indicator_id: "petitions_pending", value: "40" }), curated)).toBe(false);
    expect(matches(row({ indicator_id: "petitions_received", value: "40", source_id: "t" }), curated)).toBe(false);
  });
});

describe("score and unmatched", () => {
  it("measures recall over curated rows and precision over proposals", () => {
    const curated = [row({ value: "1", indicator_id: "a" }), row({ value: "2", indicator_id: "a" })];
    const proposals = [
      row({ value: "1", indicator_id: "a" }),
      row({ value: "3", indicator_id: "a" }),
      row({ value: "9", indicator_id: "b" }),
    ];
    expect(score(proposals, curated)).toMatchObject({ found: 1, curated: 2, correct: 1, proposals: 3, recall: 0.5 });
    expect(unmatched(proposals, curated).map((proposal) => proposal.value)).toEqual(["3", "9"]);
  });
});

describe("matchesFigure and scoreFigures", () => {
  const proposal = (fields: Partial<Record<string, string>>) => ({
    ...row({ indicator_id: "admin_records_received", value: "12000" }),
    scope: "commune_level",
    period: "2023",
    flags: "approximate",
    ...fields,
  });
  const figure = { indicator: "admin_records_received", value: 12000, scope: "commune_level", flags: ["approximate"] };

  it("needs the indicator, the numbers, the scope, the period and the text-decided flags", () => {
    expect(matchesFigure(proposal({}), figure, "2023")).toBe(true);
    expect(matchesFigure(proposal({ value: "1200" }), figure, "2023")).toBe(false);
    expect(matchesFigure(proposal({ scope: "total" }), figure, "2023")).toBe(false);
    expect(matchesFigure(proposal({}), figure, "2024")).toBe(false);
    expect(matchesFigure(proposal({ period: "2022" }), { ...figure, period: "2022" }, "2023")).toBe(true);
    expect(matchesFigure(proposal({ flags: "" }), figure, "2023")).toBe(false);
    expect(matchesFigure(proposal({ flags: "approximate;cumulative_period" }), figure, "2023")).toBe(true);
  });

  it("compares a ratio by the numbers the label states", () => {
    const ratio = { indicator: "petitions_resolved", numerator: 38, denominator: 52 };
    const found = {
      ...row({ numerator: "38", denominator: "52", value: "73.08" }),
      scope: "total",
      period: "2023",
      flags: "",
    };
    expect(matchesFigure(found, ratio, "2023")).toBe(true);
    expect(matchesFigure({ ...found, denominator: "" }, ratio, "2023")).toBe(false);
    expect(scoreFigures([found, { ...found, numerator: "14" }], [ratio], "2023")).toMatchObject({
      found: 1,
      curated: 1,
      correct: 1,
      proposals: 2,
      recall: 1,
      precision: 0.5,
    });
  });
});
