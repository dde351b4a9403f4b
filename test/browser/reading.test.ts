/** What a reader sees: no page scrolls sideways on a phone or a desktop. */
import { describe, expect, inject, it } from "vitest";
import { chromiumForFile } from "./chromium.ts";
import { chartShares, measureLayout } from "./probe.ts";
import { pageTemplates } from "./templates.ts";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const session = chromiumForFile();

describe("phone and desktop layout", () => {
  it.each([
    [360, 740],
    [1280, 900],
  ])("no template scrolls sideways at %i px", async (width, height) => {
    const templates = pageTemplates(outDir);
    expect(templates).toEqual(expect.arrayContaining(["", "en/", "units/", "compare/"]));
    const page = await session.context.newPage();
    await page.setViewportSize({ width, height });
    const wide: string[] = [];
    for (const path of templates) {
      await page.goto(baseUrl + path, { waitUntil: "load" });
      const layout = await measureLayout(page);
      if (layout.overflow > 0) wide.push(`${path || "/"}: +${layout.overflow} px (${layout.culprit})`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });

  it("sets chart text at 12 px or more, with no label cut off, on a 360 px phone", async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    const small: string[] = [];
    const clipped: string[] = [];
    let measured = 0;
    for (const path of pageTemplates(outDir)) {
      await page.goto(baseUrl + path, { waitUntil: "load" });
      const layout = await measureLayout(page);
      if (layout.smallestChartText === null) continue;
      measured++;
      if (layout.smallestChartText < 12) small.push(`${path || "/"}: ${layout.smallestChartText.toFixed(1)} px`);
      clipped.push(...layout.clipped.map((text) => `${path || "/"}: ${text}`));
    }
    expect(measured).toBeGreaterThan(2);
    expect(small).toEqual([]);
    expect(clipped).toEqual([]);
    await page.close();
  });

  it("fills the column with each chart on a desktop", async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const narrow: string[] = [];
    let charts = 0;
    for (const path of pageTemplates(outDir)) {
      await page.goto(baseUrl + path, { waitUntil: "load" });
      for (const share of await chartShares(page)) {
        charts++;
        if (share < 0.9) narrow.push(`${path || "/"}: ${Math.round(share * 100)}%`);
      }
    }
    expect(charts).toBeGreaterThan(2);
    expect(narrow).toEqual([]);
    await page.close();
  });
});
