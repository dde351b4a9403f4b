import { describe, expect, it } from "vitest";
import { captionText } from "../../../src/lib/charts/caption.ts";
import { figureHtml, tableHtml } from "../../../src/lib/figure/html.ts";
import { comparisonFigure, MAX_BARS, observationTable, type FigureRow } from "../../../src/lib/figure/model.ts";
import { renderChart } from "../../../src/server/render-chart.ts";

const row = (over: Partial<FigureRow>): FigureRow => ({
  obs_id: "bac-son-001",
  indicator_id: "petitions_resolved",
  unit_id: "bac-son",
  unit_name: "Huyện Bắc Sơn",
  level: "district",
  province: "Lạng Sơn",
  period: "2024",
  scope: "total",
  numerator: 59,
  denominator: 67,
  value: 88.06,
  reported_percent: 88.06,
  source_id: "bac-son-2024",
  grade: "held",
  quote: "đã giải quyết 59/67 đơn",
  locator: null,
  source_url: null,
  flags: null,
  note: null,
  note_vi: null,
  kind: "ratio",
  ...over,
});

const rows = [
  row({}),
  row({
    obs_id: "kbang-002",
    unit_id: "kbang",
    unit_name: "Huyện Kbang",
    source_id: "kbang-2020",
    period: "2020",
    numerator: 16,
    denominator: null,
    value: null,
    reported_percent: null,
    flags: "denominator_not_stated",
    note: "numerator only",
    note_vi: "chỉ có tử số",
  }),
  row({ obs_id: "ls-003", unit_id: "lang-son", unit_name: "Tỉnh Lạng Sơn", level: "province", value: 87.2 }),
];
const options = {
  locale: "vi" as const,
  indicator: { name: "Tỷ lệ đơn thư được giải quyết", kind: "ratio" as const },
  sourceIssuer: (id: string) => ({ "bac-son-2024": "UBND huyện Bắc Sơn" })[id],
};

describe("comparisonFigure", () => {
  it("gives the same model for the same rows, whatever object they come in", () => {
    const copies = rows.map((r) => Object.fromEntries(Object.entries(r).reverse()) as unknown as FigureRow);
    expect(comparisonFigure(copies, options)).toEqual(comparisonFigure(rows, options));
  });

  it("draws rows with a value and keeps the others in the table, with their numerator", () => {
    const model = comparisonFigure(rows, options);
    expect(model.chart?.type).toBe("bars");
    expect(model.chart?.data.map((d) => d.label)).toEqual(["Huyện Bắc Sơn · 2024", "Tỉnh Lạng Sơn · 2024"]);
    expect(model.table.rows).toHaveLength(3);
    const kbang = tableHtml(model.table);
    expect(kbang).toContain('<td class="num">16</td>');
    expect(kbang).toContain("chỉ có tử số");
    expect(model.chart?.options.subtitle).toBe("Huyện, Tỉnh · Kỳ báo cáo: 2020, 2024 · toàn đơn vị");
    expect(captionText(model.chart!.options.caption)).toMatch(/^Nguồn: UBND huyện Bắc Sơn; kbang-2020\./);
  });

  it("switches to a distribution past MAX_BARS units", () => {
    const many = Array.from({ length: MAX_BARS + 1 }, (_, i) => row({ obs_id: `o-${i}`, unit_name: `u${i}` }));
    expect(comparisonFigure(many, options).chart?.type).toBe("distribution");
    expect(comparisonFigure(many.slice(0, MAX_BARS), options).chart?.type).toBe("bars");
  });

  it("names a visitor's file by the name they gave it, never as an administrative level", () => {
    const own = row({ obs_id: "mine-1", unit_id: "x", unit_name: "x", level: "own", own: true, own_name: "Xã A" });
    const model = comparisonFigure([rows[0]!, own], options);
    expect(model.chart?.options.levelNames).toEqual({ district: "Huyện", "own:Xã A": "Số liệu của bạn: Xã A" });
    expect(model.chart?.options.subtitle.startsWith("Huyện ·")).toBe(true);
    expect(model.chart?.data[1]).toMatchObject({ label: "Xã A · 2024", href: "#own-data" });
    const html = tableHtml(model.table);
    expect(html).toContain('<tr class="own"><td>Xã A <span class="badge">Số liệu của bạn</span></td>');
  });

  it("escapes text from data", () => {
    const html = tableHtml(observationTable([row({ unit_name: '<img src=x onerror="1">', quote: '"q"' })], options));
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;1&quot;&gt;");
  });

  it("renders the build's figure HTML, matching its golden file", async () => {
    const model = comparisonFigure(rows, options);
    const html = figureHtml(model, renderChart(model.chart), { tableOpen: true });
    await expect(html).toMatchFileSnapshot("__snapshots__/figure.html");
  });
});
