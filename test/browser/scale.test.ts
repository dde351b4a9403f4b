/**
 * A small synthetic dataset past the pages' row limit, built as a nationwide one would be (the
 * browser gets a database file): the large-data mode of the build and of the browser, end to end.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { messages } from "../../src/i18n/index.ts";
import { formatNumber } from "../../src/lib/format.ts";
import { PAGE_ROW_LIMIT } from "../../src/lib/queries.ts";
import { DATABASE_FILE } from "../../src/lib/publish/manifest.ts";
import { buildSite } from "../../src/server/build.ts";
import { startStaticServer, type StaticServer } from "../../src/tools/static-server.ts";
import { writeSyntheticData } from "../../src/tools/synth-sql.ts";
import { launchChromium, type ChromiumSession } from "./chromium.ts";

// 60 communes × 8 years: 424 rows a commune and 480 an indicator, both past the limit of 400.
const UNITS = 60;
const YEARS = 8;
const root = mkdtempSync(join(tmpdir(), "sldc-synth-"));
const dataDir = join(root, "data");
const outDir = join(root, "dist");
const page = (path: string) => readFileSync(join(outDir, path, "index.html"), "utf8");
const cells = (html: string, text: string) => html.split(`<td>${text}</td>`).length - 1;

interface StatusLog {
  statusTexts: string[];
}
const statusTexts = (page: Page) => page.evaluate(() => (window as unknown as StatusLog).statusTexts);

let server: StaticServer;
let session: ChromiumSession;
/** Every request of every page and worker of the session. */
const requests: string[] = [];

beforeAll(async () => {
  await writeSyntheticData({ units: UNITS, years: YEARS, dataDir });
  await buildSite({ dataDir, outDir, synthetic: true, databaseFromBytes: 0, log: () => {} });
  server = await startStaticServer({ root: outDir });
  session = await launchChromium();
  session.context.on("request", (request) => requests.push(new URL(request.url()).pathname));
  // Every text the DuckDB status line shows, to check that long downloads report their progress.
  await session.context.addInitScript(() => {
    const texts: string[] = [];
    (window as unknown as StatusLog).statusTexts = texts;
    document.addEventListener("DOMContentLoaded", () => {
      const status = document.getElementById("duckdb-status");
      if (status)
        new MutationObserver(() => texts.push(status.textContent ?? "")).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
    });
  });
}, 180_000);
afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

it("is past the limit it tests", () => {
  expect(53 * YEARS).toBeGreaterThan(PAGE_ROW_LIMIT);
  expect(UNITS * YEARS).toBeGreaterThan(PAGE_ROW_LIMIT);
});

it("shows a commune's latest period only, and says how much is left out", () => {
  const html = page("units/synth-p001-c00000");
  expect(cells(html, "2024")).toBe(53);
  expect(cells(html, "2023")).toBe(0);
  expect(html).toContain(messages("vi").columns.latestOnly("53", "424"));
  expect(page("en/units/synth-p001-c00000")).toContain(messages("en").columns.latestOnly("53", "424"));
});

it("charts an indicator's latest period, and still offers every row in its CSV slice", () => {
  const html = page("indicators/petitions_resolved");
  expect(html).toContain(messages("vi").columns.latestOnly(String(UNITS), "480"));
  expect(html).toContain("<svg");
  expect(cells(html, "2017")).toBe(0);
  const slice = readFileSync(join(outDir, "data", "indicators", "petitions_resolved.csv"), "utf8")
    .trim()
    .split("\n");
  expect(slice).toHaveLength(1 + UNITS * YEARS);
});

it("keeps the home page's coverage grid to a dozen units and says so", () => {
  const html = page("");
  expect(html).toContain(messages("vi").columns.truncated(12, UNITS));
});

it("compares one indicator from its CSV slice, without downloading the database", async () => {
  expect(existsSync(join(outDir, "data", DATABASE_FILE))).toBe(true);
  const page = await session.context.newPage();
  await page.goto(`${server.url}en/compare/`);
  await page.selectOption("#compare-indicator", "mediation_success_rate");
  await page.waitForFunction(() => performance.getEntriesByName("sldc:compare-update").length > 0, null, {
    timeout: 90_000,
  });
  expect(await page.locator("#compare-view figure svg").count()).toBeGreaterThan(0);
  expect(await page.locator("#compare-view table tbody tr").count()).toBeGreaterThan(0);
  expect(requests).toContain("/data/indicators/mediation_success_rate.csv");
  expect(requests).not.toContain(`/data/${DATABASE_FILE}`);
  // The slice arrives compressed, so only the bytes so far are known.
  const texts = await statusTexts(page);
  expect(texts.some((text) => /^Loading the data: [\d.,]+ MB\./.test(text))).toBe(true);

  // Another indicator fetches its own slice; going back to the first fetches nothing new.
  await page.selectOption("#compare-indicator", "petitions_resolved");
  await page.waitForFunction(() => performance.getEntriesByName("sldc:compare-update").length > 1, null, {
    timeout: 90_000,
  });
  expect(requests).toContain("/data/indicators/petitions_resolved.csv");
  await page.goBack();
  await page.waitForFunction(() => performance.getEntriesByName("sldc:compare-update").length > 2, null, {
    timeout: 90_000,
  });
  expect(requests.filter((path) => path === "/data/indicators/mediation_success_rate.csv")).toHaveLength(1);
  await page.close();
});

it("explores every observation from the attached database", async () => {
  const page = await session.context.newPage();
  await page.goto(`${server.url}en/explore/`);
  // An idle page does not download the whole database (DuckDB warms within 5 s of idleness otherwise).
  await page.waitForTimeout(6000);
  expect(requests).toContain("/data/database.json");
  expect(requests).not.toContain(`/data/${DATABASE_FILE}`);
  await page.fill("#sql", "SELECT count(*) AS n FROM observations");
  await page.locator("#sql").press("Control+Enter");
  await page.waitForFunction(() => document.querySelector("#results td") !== null, null, { timeout: 90_000 });
  expect(await page.locator("#results td").first().innerText()).toBe(String(53 * UNITS * YEARS));
  expect(requests).toContain(`/data/${DATABASE_FILE}`);
  const bytes = readFileSync(join(outDir, "data", DATABASE_FILE)).length;
  const texts = await statusTexts(page);
  // The database is not compressed: the status counts up to its size.
  const size = `${formatNumber(bytes / 1_000_000, "en", 1)} MB`;
  expect(texts).toContain(messages("en").duckdb.loadingDataBytes(size, size));
  await page.close();
});
