import { describe, expect, it } from "vitest";
import { byPeers, headlinePeers, tierOf } from "../../../src/lib/figure/groups.ts";
import type { ObservationRow } from "../../../src/lib/queries.ts";

const row = (unit: string, level: string, period: string, scope = "total"): ObservationRow =>
  ({ obs_id: `${unit}-${period}`, unit_id: unit, level, period, scope }) as ObservationRow;

describe("byPeers", () => {
  it("compares districts, towns and cities of one period and scope, never a province or another year", () => {
    const { groups, alone } = byPeers([
      row("a", "district", "2023"),
      row("b", "town", "2023"),
      row("c", "city", "2023"),
      row("p", "province", "2023"),
      row("a", "district", "2022"),
      row("x", "commune", "2022"),
      row("y", "ward", "2022"),
      row("a", "district", "2023", "district_level"),
    ]);
    expect(groups.map((g) => [g.tier, g.period, g.scope, g.units])).toEqual([
      ["district", "2023", "total", 3],
      ["commune", "2022", "total", 2],
    ]);
    expect(alone.map((r) => r.obs_id).sort()).toEqual(["a-2022", "a-2023", "p-2023"]);
  });

  it("puts the latest period first among groups of the same size", () => {
    const { groups } = byPeers([
      row("a", "district", "2022"),
      row("b", "district", "2022"),
      row("a", "district", "2024"),
      row("b", "district", "2024"),
    ]);
    expect(groups.map((g) => g.period)).toEqual(["2024", "2022"]);
  });

  it("counts units, not rows, so one unit stated twice is still alone", () => {
    const { groups, alone } = byPeers([
      row("a", "district", "2023"),
      { ...row("a", "district", "2023"), obs_id: "again" },
    ]);
    expect(groups).toEqual([]);
    expect(alone).toHaveLength(2);
  });

  it("knows every level's tier", () => {
    expect(["province", "district", "town", "city", "commune", "ward", "township"].map(tierOf)).toEqual([
      "province",
      "district",
      "district",
      "district",
      "commune",
      "commune",
      "commune",
    ]);
  });
});

describe("headlinePeers", () => {
  it("takes each unit's latest figure where no two units share a period, and keeps scopes apart", () => {
    const groups = headlinePeers([
      row("a", "district", "2024", "district_level"),
      row("b", "district", "2024", "district_level"),
      row("c", "district", "2023", "district_level"),
      row("a", "district", "2024", "commune_level"),
      row("c", "district", "2023", "commune_level"),
      row("c", "district", "2021", "commune_level"),
      row("p", "province", "2024", "total"),
    ]);
    expect(groups.map((g) => [g.scope, g.period, g.units])).toEqual([
      ["district_level", "2024", 2],
      ["commune_level", "2023–2024", 2],
    ]);
    expect(groups[1]!.rows.map((r) => r.obs_id).sort()).toEqual(["a-2024", "c-2023"]);
  });

  it("shows at most the asked number of groups, one per scope", () => {
    const rows = ["x", "y", "z"].flatMap((scope) => [
      row("a", "district", "2024", scope),
      row("b", "town", "2024", scope),
    ]);
    expect(headlinePeers(rows, 2)).toHaveLength(2);
    expect(headlinePeers([row("a", "district", "2024"), row("a", "district", "2023")])).toEqual([]);
  });

  it("passes over a group larger than maxUnits for the next largest", () => {
    const rows = [
      ...["a", "b", "c"].map((unit) => row(unit, "district", "2023")),
      ...["a", "b"].map((unit) => row(unit, "district", "2022")),
    ];
    expect(headlinePeers(rows, 2, 2).map((peers) => [peers.period, peers.units])).toEqual([["2022", 2]]);
    expect(headlinePeers(rows, 2).map((peers) => [peers.period, peers.units])).toEqual([["2023", 3]]);
  });
});
