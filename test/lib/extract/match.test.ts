import { describe, expect, it } from "vitest";
import { matches, score, unmatched } from "../../../src/lib/extract/match.ts";

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
