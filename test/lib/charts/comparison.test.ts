import { describe, expect, it } from "vitest";
import {
  comparisonChart,
  fitName,
  NARROW_WIDTH,
  valueMargin,
  WIDE_WIDTH,
  type ComparisonDatum,
  type ComparisonOptions,
} from "../../../src/lib/charts/comparison.ts";
import { distributionChart } from "../../../src/lib/charts/distribution.ts";
import { MAX_BARS } from "../../../src/lib/figure/model.ts";
import { chartDocument, renderChart } from "../../../src/server/render-chart.ts";

const rows: ComparisonDatum[] = [
  {
    label: "Huyện Bắc Sơn · 2024",
    level: "district",
    value: 88.06,
    numerator: 59,
    denominator: 67,
    flagged: false,
    href: "/sources/bac-son-2024/#q-1",
  },
  {
    label: "Huyện Kbang · 2020",
    level: "district",
    value: 40,
    numerator: 16,
    denominator: 40,
    flagged: true,
    href: "/sources/kbang-2020/#q-2",
  },
  {
    label: "Tỉnh Lạng Sơn · 2016-2020",
    level: "province",
    value: 87.2,
    numerator: null,
    denominator: null,
    flagged: false,
    href: "/sources/lang-son/#q-3",
  },
];

const options = (document: Document): ComparisonOptions => ({
  kind: "ratio",
  locale: "vi",
  title: "Tỷ lệ đơn thư được giải quyết",
  subtitle: "Huyện, Tỉnh · 2016–2024",
  caption: ["Nguồn: báo cáo"],
  ariaLabel: "Tỷ lệ đơn thư được giải quyết",
  ariaDescription: "So sánh 3 giá trị",
  levelNames: { district: "Huyện", province: "Tỉnh" },
  document,
});

const { document: _document, ...chartOptions } = options(chartDocument());
const render = (data = rows, levelNames = chartOptions.levelNames) =>
  renderChart({ type: "bars", data, options: { ...chartOptions, levelNames } });

describe("comparisonChart", () => {
  it("is deterministic and matches its golden SVG", async () => {
    const svg = render();
    expect(render()).toBe(svg);
    await expect(svg).toMatchFileSnapshot("__snapshots__/comparison.html");
  });

  it("links every bar to its quote, shows counts with percents, and marks flags", () => {
    const document = chartDocument();
    const figure = comparisonChart(rows, options(document)) as unknown as Element;
    expect([...figure.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(rows.map((row) => row.href));
    const text = figure.textContent ?? "";
    expect(text).toContain("59/67 · 88,1%");
    expect(text).toContain("16/40 · 40% ⚑");
    expect(text).toContain("87,2%");
  });

  it("draws a Wilson interval only where the denominator is known", () => {
    const figure = comparisonChart(rows, options(chartDocument())) as unknown as Element;
    const rules = figure.querySelector('g[aria-label="rule"]');
    expect(rules?.querySelectorAll("line").length).toBe(2);
  });

  it("shows a legend of levels when levels are mixed, none when they are not", () => {
    expect(render()).toContain("Tỉnh");
    const single = render(rows.slice(0, 2), { district: "Huyện" });
    expect(single).not.toContain("swatches");
  });

  it("keeps text from data as text", () => {
    const svg = render([{ ...rows[0]!, label: "</svg><script>alert(1)</script>" }]);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;/svg&gt;&lt;script&gt;");
  });

  it("rounds coordinates to whole units to keep the HTML small, keeping sizes in em and opacities", () => {
    const svg = render();
    expect(svg).not.toMatch(/ (?:x|y|x1|x2|y1|y2|width|height|transform|d)="[^"]*\d\.\d(?!\d*em)/);
    expect(svg).toMatch(/ y="0\.\d+em"/);
    expect(svg).toContain('fill-opacity="0.45"');
  });
});

describe("phone and desktop drawings", () => {
  const svgs = (markup: string) => [...markup.matchAll(/<svg [^>]*viewBox="0 0 (\d+) [^>]*class="([^"]*)"/g)];

  it("puts a phone's and a desktop's SVG in one figure, with one title, legend and caption", () => {
    const markup = render();
    expect(svgs(markup).map((m) => [Number(m[1]), m[2]!.split(" ")[1]])).toEqual([
      [WIDE_WIDTH, "chart-wide"],
      [NARROW_WIDTH, "chart-narrow"],
    ]);
    expect(markup.match(/<h3 class="chart-title">/g)).toHaveLength(1);
    expect(markup.match(/<figcaption>/g)).toHaveLength(1);
    expect(markup.match(/<div class="[^"]*swatches/g)).toHaveLength(1);
    expect(markup).not.toContain("<style>");
  });

  it("on a phone, sets each unit's name above its bar, not beside it", () => {
    const figure = comparisonChart(rows, { ...options(chartDocument()), width: NARROW_WIDTH }) as unknown as Element;
    expect(figure.querySelector('[aria-label="y-axis tick label"]')).toBeNull();
    const offset = (el: Element) => Number(el.getAttribute("transform")?.match(/,(-?[\d.]+)\)/)?.[1] ?? 0);
    const group = figure.querySelector('g[aria-label="text"]')!;
    const names = [...group.querySelectorAll("text")];
    expect(names.map((text) => text.textContent)).toEqual(rows.map((row) => row.label));
    const bars = [...figure.querySelectorAll('g[aria-label="bar"] rect')];
    names.forEach((name, i) => expect(offset(group) + offset(name)).toBeLessThan(Number(bars[i]!.getAttribute("y"))));
  });

  it("cuts a long name in its middle, keeping the period, where it would not fit", () => {
    const label = "Huyện Mường Khương thuộc một tỉnh miền núi phía Bắc có tên rất dài · 2023";
    const shown = [...render([{ ...rows[0]!, label }]).matchAll(/<text[^>]*>([^<]*…[^<]*)<\/text>/g)].map((m) => m[1]);
    expect(shown).toHaveLength(2);
    for (const text of shown) expect(text).toMatch(/^Huyện .*….*· 2023$/);
    expect(fitName("Huyện Bắc Sơn · 2024", 20)).toBe("Huyện Bắc Sơn · 2024");
    expect(fitName("Huyện Bắc Sơn · 2024", 11)).toBe("Huyện… 2024");
  });

  it("leaves room right of the bars for the longest value label", () => {
    expect(valueMargin(["59/67 · 88,1% ⚑"])).toBeGreaterThan(valueMargin(["40%"]) + 60);
  });
});

describe("distributionChart", () => {
  it("bins many units into a histogram instead of a bar each", () => {
    const many = Array.from({ length: MAX_BARS + 10 }, (_, i) => ({
      ...rows[0]!,
      label: `u${i}`,
      value: (i * 7) % 100,
    }));
    const figure = distributionChart(many, options(chartDocument())) as unknown as Element;
    const bars = figure.querySelectorAll('g[aria-label="rect"] rect').length;
    expect(bars).toBeGreaterThan(3);
    expect(bars).toBeLessThan(many.length);
  });
});
