/**
 * The SQL explorer against adversarial queries (issue #10): the published tables stay as published,
 * huge cells do not freeze the page, exports are safe to open in a spreadsheet, a runaway query stops
 * at its time limit, and the query travels in the address.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { readSheet } from "read-excel-file/node";
import { describe, expect, inject, it } from "vitest";
import { chromiumForFile, watchPage } from "./chromium.ts";
import { runQuery } from "./explorer-page.ts";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const session = chromiumForFile();

const firstCell = (page: Page) => page.locator("#results td").first().innerText();

describe("SQL explorer under attack", () => {
  it("keeps the published tables read-only, and starts again without a reload", async () => {
    const page = await session.context.newPage();
    const watched = watchPage(page);
    await page.goto(`${baseUrl}en/explore/`);
    const published = Papa.parse(readFileSync(join(outDir, "data", "observations.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data.length;

    for (const sql of ["DROP TABLE observations", "DELETE FROM observations", "UPDATE units SET name = 'x'"]) {
      await runQuery(page, sql);
      expect(await page.locator("#query-error").innerText(), sql).toMatch(/read-only/);
    }
    await runQuery(page, "CREATE TABLE mine AS SELECT 7 AS x");
    await runQuery(page, "SELECT count(*) FROM mine");
    expect(await firstCell(page)).toBe("1");

    await page.click("#reset");
    await page.waitForFunction(() => /Started again/.test(document.querySelector("#query-status")!.textContent ?? ""));
    await runQuery(page, "SELECT count(*) FROM mine");
    expect(await page.locator("#query-error").innerText()).toMatch(/Table not found/);
    await runQuery(page, "SELECT count(*) FROM observations");
    expect(await firstCell(page)).toBe(String(published));
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it("shows huge cells cut, and downloads them whole and formula-safe", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}en/explore/`);
    await runQuery(page, "SELECT repeat('x', 200000) AS s FROM range(30)");
    expect(await page.locator("#query-status").innerText()).toMatch(/long cells show only their first 500 characters/);
    const shownLengths = await page
      .locator("#results tbody td")
      .evaluateAll((cells) => cells.map((cell) => cell.textContent!.length));
    expect(shownLengths.length).toBeGreaterThan(0);
    expect(Math.max(...shownLengths)).toBeLessThan(1000);
    const whole = page.waitForEvent("download");
    await page.click("#export");
    const csv = readFileSync(await (await whole).path(), "utf8")
      .trim()
      .split("\n");
    expect(csv.slice(1).every((line) => line.length === 200_000)).toBe(true);

    await runQuery(page, `SELECT '=HYPERLINK("http://evil.example")' AS a, '@SUM(1)' AS b, '-5' AS c, 42 AS n`);
    const csvDownload = page.waitForEvent("download");
    await page.click("#export");
    const [, line] = readFileSync(await (await csvDownload).path(), "utf8")
      .trim()
      .split("\n");
    expect(line).toBe(`"'=HYPERLINK(""http://evil.example"")",'@SUM(1),-5,42`);
    const xlsxDownload = page.waitForEvent("download");
    await page.click("#export-xlsx");
    const sheet = await readSheet(await (await xlsxDownload).path());
    expect(sheet[1]).toEqual([`'=HYPERLINK("http://evil.example")`, "'@SUM(1)", "-5", 42]);
    await page.close();
  });

  it("stops a runaway recursive query at its time limit, and stays usable", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}en/explore/`);
    await page.selectOption("#time-limit", "10");
    await runQuery(page, "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r");
    expect(await page.locator("#query-status").innerText()).toMatch(/stopped after 10 s/);
    await runQuery(page, "SELECT 41 + 1 AS answer");
    expect(await firstCell(page)).toBe("42");
    await page.close();
  });

  it("keeps the query in the address: a shared link runs it, Back shows the one before", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}en/explore/?q=${encodeURIComponent("SELECT 6 * 7 AS shared")}`);
    await page.waitForFunction(() => document.querySelector("#results td")?.textContent === "42", null, {
      timeout: 90_000,
    });
    expect(await page.inputValue("#sql")).toBe("SELECT 6 * 7 AS shared");
    await runQuery(page, "SELECT 1 AS later");
    expect(new URL(page.url()).searchParams.get("q")).toBe("SELECT 1 AS later");
    await page.goBack();
    await page.waitForFunction(() => document.querySelector("#results td")?.textContent === "42");
    expect(await page.inputValue("#sql")).toBe("SELECT 6 * 7 AS shared");
    await page.close();
  });
});
