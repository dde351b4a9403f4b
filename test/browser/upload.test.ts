/**
 * "Your own data" on the compare page with the files people really have: a semicolon CSV
 * from Vietnamese-locale Excel, an Excel workbook, a legacy Windows-1258 file, a file with a
 * column missing, a PNG renamed .csv, and a row the chart cannot draw.
 */
import type { Page } from "playwright-core";
import writeExcelFile from "write-excel-file/node";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GOOD_ROWS, HEADER, PNG, csvText, rowOf, windows1258 } from "../support/upload-files.ts";
import { launchChromium, watchPage, type ChromiumSession } from "./chromium.ts";

const baseUrl = inject("baseUrl");
let session: ChromiumSession;
let page: Page;
let watched: ReturnType<typeof watchPage>;

beforeAll(async () => {
  session = await launchChromium();
  page = await session.context.newPage();
  watched = watchPage(page);
  await page.goto(`${baseUrl}compare/`);
});
afterAll(async () => {
  await session?.close();
});

/** Rows of the template with their own ids and unit, so that each file adds new ones. */
const UNIT = HEADER.indexOf("unit_id");
const rowsFor = (tag: string) =>
  GOOD_ROWS.map((row) => row.map((cell, i) => (i === 0 ? `${tag}-${cell}` : i === UNIT ? `xa-${tag}` : cell)));

async function upload(name: string, buffer: Buffer, on: Page = page): Promise<{ report: string; issues: string[] }> {
  // textContent on both sides: innerText puts line breaks between paragraphs, so it never equals textContent.
  const before = await on.locator("#own-report").textContent();
  await on.setInputFiles("#own-file", { name, mimeType: "application/octet-stream", buffer });
  await on.waitForFunction(
    (previous) => {
      const text = document.querySelector("#own-report")!.textContent!;
      return text !== previous && !/Đang đọc|Reading/.test(text);
    },
    before,
    { timeout: 90_000 },
  );
  return {
    report: await on.locator("#own-report").innerText(),
    issues: await on.locator("#own-report .issues li").allInnerTexts(),
  };
}

const viewText = () => page.locator("#compare-view").innerText();
const waitForView = (text: string) =>
  page.waitForFunction((wanted) => document.querySelector("#compare-view")!.textContent!.includes(wanted), text, {
    timeout: 90_000,
  });

describe("your own data", () => {
  it("reads a semicolon CSV with Vietnamese numbers", async () => {
    const rows = rowsFor("sc").map((row) =>
      row.map((cell, i) => (HEADER[i] === "value" && cell === "1541" ? "1.541" : cell)),
    );
    const { report, issues } = await upload("excel-vn.csv", Buffer.from(csvText(rows, ";", "\r\n")));
    expect(issues).toEqual([]);
    expect(report).toContain("Đã thêm 2 dòng");
    expect(report).toContain("dấu phân cách “;”");
    await waitForView("excel-vn · 2024");
  });

  it("keeps the view and the rows already added when a file has a -5/10 row", async () => {
    const published = await page.locator("#compare-view tbody tr").count();
    const bad = [
      rowOf({
        obs_id: "neg-1",
        indicator_id: "petitions_resolved",
        unit_id: "xa-neg",
        period: "2024",
        scope: "total",
        numerator: "-5",
        denominator: "10",
        value: "-50",
        source_id: "r",
        quote: "q",
      }),
    ];
    const { issues } = await upload("negative.csv", Buffer.from(csvText(bad)));
    expect(issues.join("\n")).toMatch(/negative\.csv:2:6 \(numerator\): -5 là số âm/);
    expect(await viewText()).toContain("excel-vn · 2024");
    expect(await page.locator("#compare-view tbody tr").count()).toBe(published);
    expect(await page.locator("#duckdb-status").innerText()).not.toMatch(/no interval|không khởi động/);
  });

  it("reports a missing column once, at the header, in Vietnamese", async () => {
    const text = csvText(rowsFor("mc"))
      .replace("obs_id,", "")
      .replace(/\n[a-z]+-mine-00\d,/g, "\n");
    const { issues } = await upload("missing.csv", Buffer.from(text));
    expect(issues).toEqual([`missing.csv:1:${HEADER.length}: thiếu cột obs_id: chưa đọc dòng nào (hãy dùng tệp mẫu)`]);
  });

  it("refuses a PNG renamed .csv, naming what it is", async () => {
    const { issues } = await upload("chart.csv", Buffer.from(PNG));
    expect(issues).toEqual([expect.stringMatching(/^chart\.csv: đây là tệp PNG, không phải bảng CSV/)]);
  });

  it("reads a Windows-1258 file and says so", async () => {
    const { report, issues } = await upload("legacy.csv", Buffer.from(windows1258(csvText(rowsFor("w")))));
    expect(issues).toEqual([]);
    expect(report).toContain("Windows-1258");
    expect(report).toContain("Đã thêm 2 dòng");
    await waitForView("legacy · 2024");
  });

  it("reads an Excel workbook", async () => {
    const sheet = [HEADER, ...rowsFor("x").map((row) => row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)))];
    const { report, issues } = await upload("so-lieu.xlsx", Buffer.from(await writeExcelFile(sheet).toBuffer()));
    expect(issues).toEqual([]);
    expect(report).toContain("Đã thêm 2 dòng");
    await waitForView("so-lieu · 2024");
    expect(await viewText()).toContain("excel-vn · 2024");
    expect(watched.errors).toEqual([]);
  });

  it("says the problems in English on the English page", async () => {
    const english = await session.context.newPage();
    await english.goto(`${baseUrl}en/compare/`);
    const { issues } = await upload("chart.csv", Buffer.from(PNG), english);
    expect(issues).toEqual([expect.stringMatching(/^chart\.csv: this is a PNG file, not a CSV or Excel/)]);
    await english.close();
  });
});
