import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/lib/csv.ts";

// The coverage the cited figures must keep (issue #14), so a later edit cannot quietly lose it.
const table = (file: string) => parseCsv(readFileSync(`data/${file}`, "utf8"), file).records.map((r) => r.values);
const units = new Map(table("units.csv").map((unit) => [unit.unit_id, unit]));
const observations = table("observations.csv");
const cited = observations.filter((row) => row.grade === "cited");

describe("the cited figures", () => {
  it("cover at least 40 units in 15 provinces, with 250 rows, at district and commune level", () => {
    const ids = new Set(cited.map((row) => row.unit_id!));
    expect(cited.length).toBeGreaterThanOrEqual(250);
    expect(ids.size).toBeGreaterThanOrEqual(40);
    expect(new Set([...ids].map((id) => units.get(id)?.province)).size).toBeGreaterThanOrEqual(15);
    const levels = new Set([...ids].map((id) => units.get(id)?.level));
    expect(levels.has("district") && levels.has("commune")).toBe(true);
  });

  it("give at least 8 units two periods, and 10 indicators 10 units of one level, period and scope", () => {
    const periods = new Map<string, Set<string>>();
    const peers = new Map<string, Set<string>>();
    for (const row of observations) {
      periods.set(row.unit_id!, (periods.get(row.unit_id!) ?? new Set()).add(row.period!));
      const key = [row.indicator_id, units.get(row.unit_id!)?.level, row.period, row.scope].join("|");
      peers.set(key, (peers.get(key) ?? new Set()).add(row.unit_id!));
    }
    expect([...periods.values()].filter((set) => set.size >= 2).length).toBeGreaterThanOrEqual(8);
    const indicators = new Set([...peers].filter(([, set]) => set.size >= 10).map(([key]) => key.split("|")[0]));
    expect(indicators.size).toBeGreaterThanOrEqual(10);
  });
});
