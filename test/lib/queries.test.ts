import { describe, expect, it } from "vitest";
import {
  coverageSql,
  indicatorSummarySql,
  observationsOfIndicatorSql,
  observationsOfSourceSql,
  observationsOfUnitSql,
  type ObservationRow,
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
    expect(await query(observationsOfUnitSql("tinh-mau-huyen-mau"), DATA)).toHaveLength(4);
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
    });
    const summary = await query(indicatorSummarySql(), DATA);
    expect(summary).toHaveLength(4);
  });
});

describe("compare query", () => {
  it("selects one indicator and scope, optionally some units, with the visitor's rows marked", async () => {
    const { compareSql } = await import("../../src/lib/queries.ts");
    const rows = await query(compareSql({ indicator: "petitions_resolved", scope: "district_level", units: [] }), DATA);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ unit_name: "Huyện Mẫu", own: false, value: 88.06 });
    const none = await query(
      compareSql({ indicator: "petitions_resolved", scope: "district_level", units: ["other"] }),
      DATA,
    );
    expect(none).toEqual([]);
  });
});
