import { describe, expect, it } from "vitest";
import type { ObservationRow } from "../../../src/lib/queries.ts";
import {
  comparePeriods,
  hasHeadcount,
  peerIndex,
  perHead,
  standingOf,
  unitSeries,
} from "../../../src/lib/units/standing.ts";

interface Spec {
  unit: string;
  value: number | null;
  period?: string;
  level?: string;
  scope?: string;
  indicator?: string;
  kind?: string;
  obs?: string;
}

const row = ({
  unit,
  value,
  period = "2023",
  level = "district",
  scope = "total",
  indicator = "x",
  kind = "count",
  obs,
}: Spec): ObservationRow =>
  ({
    obs_id: obs ?? `${unit}-${indicator}-${scope}-${period}`,
    indicator_id: indicator,
    unit_id: unit,
    level,
    period,
    scope,
    value,
    kind,
  }) as ObservationRow;

describe("comparePeriods", () => {
  it("orders years, and puts a range before the single year it ends in", () => {
    const periods = ["2022", "2016-2020", "2020", "2019", "2021-2023"];
    expect([...periods].sort(comparePeriods)).toEqual(["2019", "2016-2020", "2020", "2022", "2021-2023"]);
  });
});

describe("unitSeries", () => {
  it("makes one series per indicator and scope, oldest first, leading with the latest figure", () => {
    const series = unitSeries([
      row({ unit: "a", value: 5, period: "2024" }),
      row({ unit: "a", value: 3, period: "2022" }),
      row({ unit: "a", value: 7, period: "2024", scope: "commune_level" }),
      row({ unit: "a", value: 1, period: "2023", indicator: "y" }),
    ]);
    expect(series.map((s) => [s.indicator_id, s.scope, s.periods, s.latest.value])).toEqual([
      ["x", "total", 2, 5],
      ["x", "commune_level", 1, 7],
      ["y", "total", 1, 1],
    ]);
    expect(series[0]!.rows.map((r) => r.period)).toEqual(["2022", "2024"]);
  });

  it("keeps a total over several years apart from the yearly figures", () => {
    const series = unitSeries([
      row({ unit: "a", value: 20, period: "2023" }),
      row({ unit: "a", value: 1047, period: "2009-2024" }),
      row({ unit: "a", value: 18, period: "2022" }),
    ]);
    expect(series.map((s) => [s.rows.map((r) => r.period), s.latest.value])).toEqual([
      [["2022", "2023"], 20],
      [["2009-2024"], 1047],
    ]);
  });

  it("leads with a figure that has a value when the latest period has one", () => {
    const [series] = unitSeries([
      row({ unit: "a", value: null, period: "2024", obs: "blank" }),
      row({ unit: "a", value: 9, period: "2024", obs: "full" }),
    ]);
    expect(series!.latest.obs_id).toBe("full");
    expect(series!.periods).toBe(1);
  });
});

describe("standingOf", () => {
  const peers = [
    row({ unit: "b", value: 10 }),
    row({ unit: "c", value: 30 }),
    row({ unit: "d", value: 20, level: "town" }),
    row({ unit: "p", value: 99, level: "province" }),
    row({ unit: "e", value: 50, period: "2022" }),
    row({ unit: "f", value: 60, scope: "district_level" }),
    row({ unit: "g", value: null }),
  ];

  it("ranks among units of the same tier, period and scope only, counting the unit itself", () => {
    const own = row({ unit: "a", value: 25 });
    expect(standingOf(own, peerIndex([own, ...peers]))).toEqual({
      tier: "district",
      period: "2023",
      peers: 4,
      rank: 2,
      tied: 0,
    });
  });

  it("counts ties apart and ranks a tie at the higher place", () => {
    const own = row({ unit: "a", value: 20 });
    expect(standingOf(own, peerIndex(peers))).toMatchObject({ peers: 4, rank: 2, tied: 1 });
  });

  it("counts each peer once even when it has two figures for the period", () => {
    const own = row({ unit: "a", value: 5 });
    const twice = [...peers, row({ unit: "c", value: 1, obs: "c-again" })];
    expect(standingOf(own, peerIndex(twice))).toMatchObject({ peers: 4, rank: 4 });
  });

  it("has no standing when no other unit of the tier reported for that period, or without a value", () => {
    const index = peerIndex(peers);
    expect(standingOf(row({ unit: "a", value: 5, period: "2021" }), index)).toBeUndefined();
    expect(standingOf(row({ unit: "a", value: 5, level: "commune" }), index)).toBeUndefined();
    expect(standingOf(row({ unit: "a", value: null }), index)).toBeUndefined();
    // The unit's own figure alone is no comparison.
    const alone = row({ unit: "e", value: 50, period: "2022" });
    expect(standingOf(alone, index)).toBeUndefined();
  });

  it("ranks the figure shown, not the unit's other figure for the same period", () => {
    const own = row({ unit: "c", value: 5, obs: "c-second" });
    expect(standingOf(own, peerIndex(peers))).toMatchObject({ peers: 3, rank: 3, tied: 0 });
  });

  it("compares with a lone unit of the period when the unit's own row is not among the rows", () => {
    expect(standingOf(row({ unit: "a", value: 70, period: "2022" }), peerIndex(peers))).toMatchObject({
      peers: 2,
      rank: 1,
    });
  });
});

describe("perHead", () => {
  const context = [
    row({ unit: "a", value: 20_000, indicator: "population", period: "2024" }),
    row({ unit: "a", value: 5_000, indicator: "households", period: "2024" }),
    row({ unit: "a", value: 2_000, indicator: "households", period: "2023" }),
  ];

  it("divides a whole-unit count by the same period's population, else its households", () => {
    const count2024 = row({ unit: "a", value: 30, period: "2024" });
    expect(perHead(count2024, context)).toMatchObject({ value: 15, per: 10_000, basis: "population" });
    const count2023 = row({ unit: "a", value: 30, period: "2023" });
    expect(perHead(count2023, context)).toMatchObject({ value: 15, per: 1_000, basis: "households" });
  });

  it("gives nothing for another period, another scope, a ratio or a figure about the unit itself", () => {
    expect(perHead(row({ unit: "a", value: 30, period: "2022" }), context)).toBeUndefined();
    expect(perHead(row({ unit: "a", value: 30, period: "2024", scope: "commune_level" }), context)).toBeUndefined();
    expect(perHead(row({ unit: "a", value: 30, period: "2024", kind: "ratio" }), context)).toBeUndefined();
    expect(perHead(row({ unit: "a", value: 140, period: "2024", indicator: "villages" }), context)).toBeUndefined();
  });

  it("knows whether the data hold any headcount for the unit", () => {
    expect(hasHeadcount(context)).toBe(true);
    expect(hasHeadcount([row({ unit: "a", value: 3 })])).toBe(false);
  });
});
