/** Taken to a meeting: a unit's and an indicator's page print as a clean A4 document. */
import { describe, expect, inject, it } from "vitest";
import { chromiumForFile } from "./chromium.ts";
import { measureLayout } from "./probe.ts";

const baseUrl = inject("baseUrl");
const session = chromiumForFile();

/** An A4 page less 15 mm margins each side, in CSS px (96 per inch). */
const A4_COLUMN = Math.floor(((210 - 30) / 25.4) * 96);

describe("print", () => {
  it.each(["units/lang-son-bac-son/", "indicators/ocop_products_total/", "en/indicators/petitions_resolved/"])(
    "%s prints without navigation or controls, with the desktop drawing, inside an A4 column",
    async (path) => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: A4_COLUMN, height: 1000 });
      await page.goto(baseUrl + path, { waitUntil: "load" });
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".site-header nav").isVisible()).toBe(false);
      expect(await page.locator("h1").isVisible()).toBe(true);
      const charts = await page
        .locator(".chart svg.chart-wide, .chart svg.chart-narrow")
        .evaluateAll((svgs) =>
          svgs.filter((svg) => getComputedStyle(svg).display !== "none").map((svg) => svg.getAttribute("class")),
        );
      if (path.startsWith("indicators/") || path.startsWith("en/indicators/")) expect(charts.length).toBeGreaterThan(0);
      expect(charts.every((name) => name?.includes("chart-wide"))).toBe(true);
      expect((await measureLayout(page)).overflow).toBe(0);
      const pdf = await page.pdf({
        format: "A4",
        margin: { top: "15mm", bottom: "15mm", left: "15mm", right: "15mm" },
      });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      await page.close();
    },
  );
});
