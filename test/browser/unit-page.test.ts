/** A unit page as a district leader reads it on a phone: the latest figure, its standing, its sentence. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { tierOf } from "../../src/lib/figure/groups.ts";
import { chromiumForFile, watchPage } from "./chromium.ts";
import { measureLayout } from "./probe.ts";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const session = chromiumForFile();

const csv = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;

/** Opens a page at phone width, failing on console errors, sideways scrolling or any script. */
async function openOnPhone(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  const { errors } = watchPage(page);
  const response = await page.goto(baseUrl + path, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  expect((await measureLayout(page)).overflow, path).toBe(0);
  expect(await page.locator("script").count(), path).toBe(0);
  return { page, errors };
}

const block = (page: Page, indicator: string, scope: string, period: string) =>
  page.locator(`.unit-figure[data-indicator="${indicator}"][data-scope="${scope}"][data-period="${period}"]`);

describe("unit page", () => {
  it.each([
    ["units/lang-son-bac-son/", "59/67 · 88,1%", /trong (\d+) đơn vị cấp huyện có số liệu năm 2024/],
    ["en/units/lang-son-bac-son/", "59/67 · 88.1%", /of (\d+) district-level units with figures for 2024/],
  ])(
    "%s shows the latest petitions figure with its counts, its standing and its sentence",
    async (path, figure, peers) => {
      const { page, errors } = await openOnPhone(path);
      const communes = block(page, "petitions_resolved", "commune_level", "2024");
      await expect(communes.locator(".figure-value").innerText()).resolves.toBe(figure);
      // The district-level figure has a peer for 2024: the sentence says out of how many.
      const standing = await block(page, "petitions_resolved", "district_level", "2024")
        .locator(".standing")
        .innerText();
      expect(Number(peers.exec(standing)?.[1])).toBeGreaterThanOrEqual(2);

      await communes.locator(".figure-value").click();
      await page.waitForLoadState("load");
      const anchor = new URL(page.url()).hash.slice(1);
      expect(anchor).toMatch(/^q-/);
      expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
      // The anchor marks where the highlighted sentence starts.
      const quote = page.locator(`mark[data-obs="${anchor}"]`).first();
      await expect(quote.isVisible()).resolves.toBe(true);
      expect(await quote.innerText()).toContain("59/67");
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("says out of how many district-level units a district's OCOP products stand", async () => {
    const levels = new Map(csv("data/units.csv").map((unit) => [unit.unit_id!, unit.level!]));
    const ocop = csv(join(outDir, "data/indicators/ocop_products_total.csv"));
    const ocop2023 = ocop.filter((row) => row.period === "2023" && row.scope === "total" && row.value !== "");
    // The page leads with a unit's latest yearly figure: pick a district whose latest is 2023's.
    const later = new Set(
      ocop.filter((row) => /^\d{4}$/.test(row.period!) && row.period! > "2023").map((row) => row.unit_id),
    );
    const districts = [
      ...new Set(ocop2023.map((row) => row.unit_id!).filter((id) => tierOf(levels.get(id) ?? "") === "district")),
    ];
    expect(districts.length).toBeGreaterThanOrEqual(20);
    const unit = districts.find((id) => !later.has(id));
    expect(unit).toBeDefined();
    for (const [path, text] of [
      [`units/${unit}/`, `trong ${districts.length} đơn vị cấp huyện có số liệu năm 2023`],
      [`en/units/${unit}/`, `of ${districts.length} district-level units with figures for 2023`],
    ]) {
      const { page, errors } = await openOnPhone(path!);
      expect(await block(page, "ocop_products_total", "total", "2023").locator(".standing").innerText()).toContain(
        text,
      );
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
