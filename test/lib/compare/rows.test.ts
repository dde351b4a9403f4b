/** The compare page's two paths (the published CSV slice, and DuckDB) give the same figure for every selection. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsvRecords, selectCompareRows, toCompareRows, unitsFromCsv } from "../../../src/lib/compare/rows.ts";
import { comparisonFigure, type Kind } from "../../../src/lib/figure/model.ts";
import { compareSql, scopesSql, type CompareRow, type ScopeRow } from "../../../src/lib/queries.ts";
import type { CompareState } from "../../../src/lib/compare/state.ts";
import { query } from "../../../src/server/duckdb.ts";
import { writeDownloads } from "../../../src/server/downloads.ts";

const DATA = "data";
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "compare-paths-"));
  await writeDownloads(DATA, out, { threads: 1 });
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("compare rows from the CSV slice", () => {
  it("equal DuckDB's, as figure models, for every indicator × scope and several unit sets", async () => {
    const units = unitsFromCsv(readFileSync(join(out, "units.csv"), "utf8"));
    const indicators = new Map(
      (await query<{ indicator_id: string; kind: Kind; name_vi: string }>("SELECT * FROM indicators", DATA)).map(
        (row) => [row.indicator_id, row],
      ),
    );
    const urls = new Map(
      (await query<{ source_id: string; url: string | null }>("SELECT source_id, url FROM sources", DATA)).map(
        (row) => [row.source_id, row.url ?? undefined],
      ),
    );
    const unitIds = [...units.keys()].sort();
    const unitSets: CompareState["units"][] = ["all", [], unitIds.slice(0, 1), unitIds.slice(1, 3), unitIds];
    const scopes = await query<ScopeRow>(scopesSql(), DATA);
    expect(scopes.length).toBeGreaterThan(50);
    let compared = 0;
    let heldOnlyDropped = 0;
    for (const { indicator_id, scope } of scopes) {
      const indicator = indicators.get(indicator_id)!;
      const slice = toCompareRows(
        readCsvRecords(readFileSync(join(out, "indicators", `${indicator_id}.csv`), "utf8")),
        units,
        indicator.kind,
        { sourceUrl: (id) => urls.get(id) },
      );
      for (const [chosen, heldOnly] of unitSets.flatMap(
        (set) =>
          [
            [set, false],
            [set, true],
          ] as const,
      )) {
        const state: CompareState = { indicator: indicator_id, scope, units: chosen, heldOnly };
        const fromDuckdb = await query<CompareRow>(compareSql(state), DATA);
        const fromSlice = selectCompareRows(slice, state);
        expect(fromSlice, JSON.stringify(state)).toEqual(fromDuckdb);
        if (heldOnly) {
          expect(fromDuckdb.every((row) => row.grade === "held")).toBe(true);
          heldOnlyDropped += selectCompareRows(slice, { ...state, heldOnly: false }).length - fromDuckdb.length;
        }
        const options = {
          locale: "vi" as const,
          indicator: { name: indicator.name_vi, kind: indicator.kind },
          sourceIssuer: (id: string) => id,
        };
        expect(comparisonFigure(fromSlice, options)).toEqual(comparisonFigure(fromDuckdb, options));
        compared += fromDuckdb.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
    // The data hold cited figures, so "held reports only" must leave some out.
    expect(heldOnlyDropped).toBeGreaterThan(100);
  });

  it("keeps a visitor's rows whatever units are chosen, and orders them among the published ones", () => {
    const units = new Map([["a", { name: "Xã A", level: "commune", province: "P" }]]);
    const record = { obs_id: "o1", indicator_id: "i", unit_id: "a", period: "2024", scope: "total", value: 5 };
    const published = toCompareRows([record], units, "count");
    const own = toCompareRows([{ ...record, obs_id: "mine", unit_id: "mine", value: "7" }], units, "count", {
      own: true,
    });
    const rows = selectCompareRows([...published, ...own], { indicator: "i", scope: "total", units: [] });
    expect(rows.map((row) => [row.obs_id, row.level, row.value])).toEqual([["mine", "own", 7]]);
    const all = selectCompareRows([...published, ...own], { indicator: "i", scope: "total", units: "all" });
    expect(all.map((row) => row.obs_id)).toEqual(["mine", "o1"]);
    const heldOnly = selectCompareRows([...published, ...own], {
      indicator: "i",
      scope: "total",
      units: "all",
      heldOnly: true,
    });
    expect(heldOnly.map((row) => row.obs_id)).toEqual(["mine"]);
  });
});
