import { describe, expect, it } from "vitest";
import {
  coverageSql,
  indicatorSummarySql,
  observationsOfIndicatorSql,
  observationsOfSourceSql,
  unitPagesSql,
  type ObservationRow,
  type PageObservationRow,
} from "../../src/lib/queries.ts";
import { query } from "../../src/server/duckdb.ts";

const DATA = "test/fixtures/data-min";

describe("site queries on the minimal dataset", () => {
  it("returns an indicator's observations with unit and kind, numbers as numbers", async () => {
    const rows = await query<ObservationRow>(observationsOfIndicatorSql("petitions_resolved"), DATA);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      obs_id: "mau-2024-001",
      unit_name: "Huyện Mẫu",
      level: "district",
      numerator: 59,
      denominator: 67,
      value: 88.06,
      reported_percent: 88,
      kind: "ratio",
    });
  });
  it("quotes values, so an id cannot break out of the string", async () => {
    const rows = await query(observationsOfIndicatorSql("x' OR '1'='1"), DATA);
    expect(rows).toEqual([]);
  });
  it("finds a unit's and a source's observations", async () => {
    const units = await query<PageObservationRow>(unitPagesSql(), DATA);
    expect(units.filter((row) => row.unit_id === "tinh-mau-huyen-mau")).toHaveLength(4);
    expect(units.every((row) => row.all_rows === 4)).toBe(true);
    expect((await query<ObservationRow>(observationsOfSourceSql("mau-2024"), DATA)).map((r) => r.obs_id)).toEqual([
      "mau-2024-001",
      "mau-2024-002",
      "mau-2024-003",
      "mau-2024-004",
    ]);
  });
  it("counts coverage by unit and indicator, and indicators without data", async () => {
    const coverage = await query(coverageSql(), DATA);
    expect(coverage).toContainEqual({
      unit_id: "tinh-mau-huyen-mau",
      unit_name: "Huyện Mẫu",
      level: "district",
      indicator_id: "households",
      observations: 1,
      reporting_units: 1,
    });
    expect(await query(coverageSql(0), DATA)).toEqual([]);
    const summary = await query(indicatorSummarySql(), DATA);
    expect(summary).toHaveLength(4);
  });
});

describe("compare query", () => {
  it("selects one indicator and scope, optionally some units, with the visitor's rows marked", async () => {
    const { compareSql } = await import("../../src/lib/queries.ts");
    const rows = await query(
      compareSql({ indicator: "petitions_resolved", scope: "district_level", units: "all" }),
      DATA,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ unit_name: "Huyện Mẫu", own: false, value: 88.06 });
    const none = await query(
      compareSql({ indicator: "petitions_resolved", scope: "district_level", units: ["other"] }),
      DATA,
    );
    expect(none).toEqual([]);
    const noUnit = await query(
      compareSql({ indicator: "petitions_resolved", scope: "district_level", units: [] }),
      DATA,
    );
    expect(noUnit).toEqual([]);
  });
});

describe("pages past the row limit (nationwide scale) keep each series' latest period", () => {
  // The curated data has one unit with two periods of a series: Lạng Sơn's friendly-government models, 2019 and 2020.
  const series = (row: ObservationRow) => `${row.unit_id}|${row.indicator_id}|${row.scope}`;

  it("on unit pages", async () => {
    const all = await query<PageObservationRow>(unitPagesSql(), "data");
    const latest = await query<PageObservationRow>(unitPagesSql(1), "data");
    const langSon = all.filter((row) => row.unit_id === "lang-son");
    const langSonLatest = latest.filter((row) => row.unit_id === "lang-son");
    expect(langSon.map((row) => row.period)).toContain("2019");
    expect(langSonLatest.map((row) => row.period)).not.toContain("2019");
    expect(new Set(langSonLatest.map(series))).toEqual(new Set(langSon.map(series)));
    expect(langSonLatest.every((row) => row.all_rows === langSon.length)).toBe(true);
    // Every series keeps exactly its rows of its latest period; a series with one period loses nothing.
    const latestPeriod = new Map<string, string>();
    for (const row of all) {
      const key = series(row);
      if ((latestPeriod.get(key) ?? "") < row.period) latestPeriod.set(key, row.period);
    }
    expect(latest.length).toBe(all.filter((row) => row.period === latestPeriod.get(series(row))).length);
  });

  it("on indicator pages, where every unit's row is of the latest period", async () => {
    const all = await query<PageObservationRow>(observationsOfIndicatorSql("friendly_gov_model_units"), "data");
    const latest = await query<PageObservationRow>(observationsOfIndicatorSql("friendly_gov_model_units", 1), "data");
    expect(new Set(all.map((row) => row.period))).toEqual(new Set(["2019", "2020"]));
    expect(latest.length).toBeGreaterThan(0);
    expect(latest.every((row) => row.period === "2020" && row.all_rows === all.length)).toBe(true);
  });
});
