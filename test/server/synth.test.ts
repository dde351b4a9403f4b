/** A small synthetic dataset past the pages' row limit: the nationwide mode of the build, end to end. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { messages } from "../../src/i18n/index.ts";
import { PAGE_ROW_LIMIT } from "../../src/lib/queries.ts";
import { buildSite } from "../../src/server/build.ts";
import { writeSyntheticData } from "../../src/server/synth-sql.ts";

// 60 communes × 8 years: 424 rows a commune and 480 an indicator, both past the limit of 400.
const UNITS = 60;
const YEARS = 8;
const root = mkdtempSync(join(tmpdir(), "sldc-synth-"));
const dataDir = join(root, "data");
const outDir = join(root, "dist");
const page = (path: string) => readFileSync(join(outDir, path, "index.html"), "utf8");
const cells = (html: string, text: string) => html.split(`<td>${text}</td>`).length - 1;

beforeAll(async () => {
  await writeSyntheticData({ units: UNITS, years: YEARS, dataDir });
  await buildSite({ dataDir, outDir, synthetic: true, log: () => {} });
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

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
