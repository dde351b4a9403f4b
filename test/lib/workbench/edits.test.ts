import { describe, expect, it } from "vitest";
import type { ObservationRecord } from "../../../src/lib/schema.ts";
import { editsToMatch } from "../../../src/lib/workbench/edits.ts";

const row = (change: Partial<ObservationRecord>): ObservationRecord => ({
  obs_id: "x-001",
  indicator_id: "petitions_resolved",
  unit_id: "xa",
  period: "2024",
  scope: "total",
  numerator: "36",
  denominator: "40",
  value: "90",
  reported_percent: "90",
  source_id: "x",
  grade: "held",
  quote: "đã giải quyết 36/40 đơn, đạt 90%",
  locator: "",
  flags: "",
  note: "",
  note_vi: "",
  ...change,
});

describe("editsToMatch", () => {
  it("counts nothing when the proposals are the curated rows", () => {
    const rows = [
      row({}),
      row({ indicator_id: "petitions_received", numerator: "", denominator: "", value: "40", reported_percent: "" }),
    ];
    expect(editsToMatch(rows, rows)).toEqual({ rejections: 0, additions: 0, fields: {}, total: 0 });
  });

  it("counts rejections, additions and the fields to correct in matched rows", () => {
    const proposals = [
      row({ scope: "commune_level", quote: "36/40 đơn, đạt 90%", flags: "approximate" }),
      row({ indicator_id: "mediation_successful", numerator: "", denominator: "", value: "12", reported_percent: "" }),
    ];
    const curated = [
      row({ flags: "approximate;approximate" }),
      row({ indicator_id: "petitions_received", numerator: "", denominator: "", value: "40", reported_percent: "" }),
    ];
    expect(editsToMatch(proposals, curated)).toEqual({
      rejections: 1,
      additions: 1,
      fields: { scope: 1, quote: 1 },
      total: 4,
    });
  });

  it("pairs each curated row with one proposal only", () => {
    const curated = [row({}), row({})];
    expect(editsToMatch([row({})], curated)).toMatchObject({ rejections: 0, additions: 1, total: 1 });
    expect(editsToMatch([row({}), row({}), row({})], curated)).toMatchObject({ rejections: 1, additions: 0, total: 1 });
  });
});
