/** The compare page before and after DuckDB: shared links, selection changes, unit choices, own files, the build's figure. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { chromiumForFile, watchPage } from "./chromium.ts";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const session = chromiumForFile();

/** A page whose DuckDB never arrives: what it draws, it draws without DuckDB. */
async function withoutDuckdb(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.route("**/duckdb/**", () => undefined);
  await page.goto(`${baseUrl}${path}`);
  return page;
}

const updates = (page: Page) => page.evaluate(() => performance.getEntriesByName("sldc:compare-update").length);
async function nextUpdate(page: Page, before: number): Promise<void> {
  await page.waitForFunction((count) => performance.getEntriesByName("sldc:compare-update").length > count, before, {
    timeout: 60_000,
  });
}
const viewText = (page: Page) => page.locator("#compare-view").innerText();
async function close(page: Page): Promise<void> {
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.close();
}

describe("compare without DuckDB", () => {
  it("draws a shared link from the indicator's CSV slice, and redraws a changed selection", async () => {
    const page = await withoutDuckdb("compare/?i=mediation_success_rate&s=total");
    const watched = watchPage(page);
    await page.waitForFunction(() => performance.getEntriesByName("sldc:compare-shared-chart").length > 0, null, {
      timeout: 60_000,
    });
    expect(await page.locator("#compare-view figure > svg:visible").count()).toBe(1);
    expect(await viewText(page)).toContain("146/158");

    const before = await updates(page);
    await page.selectOption("#compare-indicator", "petitions_resolved");
    await nextUpdate(page, before);
    expect((await page.locator("#compare-view h3.chart-title").innerText()).trim()).toBe(
      (await page.locator("#compare-indicator option:checked").innerText()).trim(),
    );
    expect(watched.errors).toEqual([]);
    await close(page);
  });

  it("shows no unit, and keeps every box unticked, when every unit is unticked", async () => {
    const page = await withoutDuckdb("compare/?i=mediation_success_rate&s=total");
    await page.waitForFunction(() => performance.getEntriesByName("sldc:compare-shared-chart").length > 0, null, {
      timeout: 60_000,
    });
    // Every box but the first unticked quietly; the visitor then unticks the last one left.
    await page.$$eval("input[name=unit]", (boxes) =>
      boxes.slice(1).forEach((box) => ((box as HTMLInputElement).checked = false)),
    );
    const before = await updates(page);
    await page.locator("#compare-units > summary").click();
    await page.locator("input[name=unit]").first().uncheck();
    await nextUpdate(page, before);
    expect(await viewText(page)).not.toContain("146/158");
    expect(await viewText(page)).toContain("Không có số liệu cho lựa chọn này.");
    const shared = page.url();
    expect(new URL(shared).searchParams.get("u")).toBe("");
    await close(page);

    const reloaded = await withoutDuckdb(new URL(shared).pathname.slice(1) + new URL(shared).search);
    await reloaded.waitForFunction(() => performance.getEntriesByName("sldc:compare-update").length > 0, null, {
      timeout: 60_000,
    });
    expect(await reloaded.locator("input[name=unit]:checked").count()).toBe(0);
    expect(await viewText(reloaded)).not.toContain("146/158");
    await close(reloaded);
  });

  it("leaves out cited figures on 'held reports only', in the URL and after a reload", async () => {
    const page = await withoutDuckdb("compare/?i=petitions_resolved&s=district_level");
    await page.waitForFunction(() => performance.getEntriesByName("sldc:compare-shared-chart").length > 0, null, {
      timeout: 60_000,
    });
    // Tuy An's figure is cited from a newspaper; Bắc Sơn's comes from a held report.
    expect(await viewText(page)).toContain("Tuy An");
    expect(await page.locator("#compare-view .grade-cited").count()).toBeGreaterThan(0);
    const before = await updates(page);
    await page.check("#compare-held");
    await nextUpdate(page, before);
    expect(await viewText(page)).not.toContain("Tuy An");
    expect(await viewText(page)).toContain("7/14");
    expect(await page.locator("#compare-view .grade-cited").count()).toBe(0);
    const shared = new URL(page.url());
    expect(shared.searchParams.get("g")).toBe("held");
    await close(page);

    const reloaded = await withoutDuckdb(shared.pathname.slice(1) + shared.search);
    await reloaded.waitForFunction(() => performance.getEntriesByName("sldc:compare-update").length > 0, null, {
      timeout: 60_000,
    });
    expect(await reloaded.isChecked("#compare-held")).toBe(true);
    expect(await viewText(reloaded)).not.toContain("Tuy An");
    await close(reloaded);
  });

  it("redraws the default selection exactly as the build drew it", async () => {
    const page = await withoutDuckdb("compare/");
    const built = await page.locator("#compare-view").innerHTML();
    const indicator = await page.inputValue("#compare-indicator");
    let before = await updates(page);
    await page.selectOption("#compare-indicator", "mediation_success_rate");
    await nextUpdate(page, before);
    before = await updates(page);
    await page.selectOption("#compare-indicator", indicator);
    await nextUpdate(page, before);
    const redrawn = await page.locator("#compare-view").innerHTML();
    // Serialisers order attributes differently, and Plot shifts strokes by half a pixel on some
    // screens only: the figure is compared by what it shows, the table byte for byte.
    const shown = (html: string) =>
      page.evaluate((markup) => {
        const box = document.createElement("div");
        box.innerHTML = markup;
        const all = (selector: string) => [...box.querySelectorAll(selector)];
        return {
          tags: all("*").map((element) => element.tagName),
          texts: all("figure h3, figure p, figure text, figure title, figure span, figcaption").map(
            (e) => e.textContent,
          ),
          links: all("figure a").map((a) => a.getAttribute("href") ?? a.getAttribute("xlink:href")),
          fills: all("figure rect").map((rect) => [rect.getAttribute("fill"), rect.getAttribute("width")]),
          table: box.querySelector("details")!.outerHTML,
        };
      }, html);
    expect(await shown(redrawn)).toEqual(await shown(built));
    await close(page);
  });
});

describe("your own files", () => {
  it("are named by the visitor, listed apart from the levels, and switched off and on", async () => {
    const page = await withoutDuckdb("compare/?i=petitions_resolved&s=district_level");
    await page.waitForFunction(() => performance.getEntriesByName("sldc:compare-shared-chart").length > 0, null, {
      timeout: 60_000,
    });
    const header = readFileSync(join(outDir, "data", "observations-template.csv"), "utf8").split("\n")[0];
    const row: Record<string, string> = {
      obs_id: "mine-001",
      indicator_id: "petitions_resolved",
      unit_id: "huyen-cua-toi",
      period: "2024",
      scope: "district_level",
      numerator: "30",
      denominator: "40",
      value: "75",
      reported_percent: "75",
      source_id: "my-report",
      quote: '"đã giải quyết 30/40 đơn, đạt 75%"',
    };
    const good = `${header}\n${header!
      .split(",")
      .map((column) => row[column] ?? "")
      .join(",")}\n`;
    let before = await updates(page);
    await page.setInputFiles("#own-file", {
      name: "so-lieu-2024.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(good),
    });
    await nextUpdate(page, before);
    const chart = () => page.locator("#compare-view figure").innerText();
    expect(await chart()).toContain("so-lieu-2024 · 2024");
    expect(await chart()).not.toContain("huyen-cua-toi");
    expect(await page.locator("#compare-view .chart-subtitle").innerText()).not.toMatch(/Số liệu của bạn|own/);
    expect(await chart()).toContain("Số liệu của bạn: so-lieu-2024");

    before = await updates(page);
    await page.locator("#own-sets input[type=text]").fill("Huyện của tôi");
    await nextUpdate(page, before);
    await page.waitForFunction(() =>
      document.querySelector("#compare-view figure")!.textContent!.includes("Huyện của tôi · 2024"),
    );

    before = await updates(page);
    await page.locator("#own-sets input[type=checkbox]").uncheck();
    await nextUpdate(page, before);
    expect(await viewText(page)).not.toContain("Huyện của tôi");
    before = await updates(page);
    await page.locator("#own-sets input[type=checkbox]").check();
    await nextUpdate(page, before);
    expect(await viewText(page)).toContain("Huyện của tôi");
    await close(page);
  });
});

describe("compare with DuckDB", () => {
  it("keeps redrawing at once from the slice after DuckDB has loaded, the same figure", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}compare/?i=mediation_success_rate&s=total`);
    await page.waitForFunction(() => performance.getEntriesByName("sldc:compare-shared-chart").length > 0, null, {
      timeout: 60_000,
    });
    const fromSlice = await page.locator("#compare-view").innerHTML();
    await page.focus("#compare-indicator");
    await page.waitForFunction(() => performance.getEntriesByName("sldc:duckdb-first-result").length > 0, null, {
      timeout: 120_000,
    });
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    const before = await updates(page);
    await page.selectOption("#compare-scope", await page.inputValue("#compare-scope"));
    await page.dispatchEvent("#compare-form", "change");
    await nextUpdate(page, before);
    // Nothing is fetched again: the slice already in memory answers.
    expect(requested).toEqual([]);
    expect(await page.locator("#compare-view").innerHTML()).toBe(fromSlice);
    expect(await page.locator("#duckdb-status").innerText()).not.toMatch(/MB \//);
    await page.close();
  });
});
