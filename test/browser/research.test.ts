import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { chromiumForFile, recordOffOrigin, watchPage } from "./chromium.ts";
import { runQuery } from "./explorer-page.ts";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const offOrigin: string[] = [];
const session = chromiumForFile((started) => recordOffOrigin(started, baseUrl, offOrigin));

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName("sldc:duckdb-first-result").length > 0, null, {
    timeout: 90_000,
  });
}

describe("compare", () => {
  it("updates from DuckDB, keeps the selection in the URL, and reloads it", async () => {
    const page = await session.context.newPage();
    const watched = watchPage(page);
    await page.goto(`${baseUrl}compare/`);
    await expect(page.locator("#compare-view figure > svg:visible").count()).resolves.toBe(1);
    await page.selectOption("#compare-indicator", "mediation_success_rate");
    await page.waitForURL(/i=mediation_success_rate/, { timeout: 90_000 });
    await page.waitForFunction(() => performance.getEntriesByName("sldc:compare-update").length > 0, null, {
      timeout: 90_000,
    });
    const text = await page.locator("#compare-view").innerText();
    expect(text).toContain("146/158");
    expect(text).toContain("6.572/9.142");

    await page.locator("#compare-units > summary").click();
    await page.locator("input[name=unit][value=lang-son]").uncheck();
    await page.waitForURL(/u=/);
    await page.waitForFunction(() => !document.querySelector("#compare-view")!.textContent!.includes("6.572/9.142"));
    const shared = page.url();

    await page.goBack();
    await page.waitForFunction(() => document.querySelector("#compare-view")!.textContent!.includes("6.572/9.142"));

    const reloaded = await session.context.newPage();
    await reloaded.goto(shared);
    await reloaded.waitForFunction(() => performance.getEntriesByName("sldc:compare-update").length > 0, null, {
      timeout: 90_000,
    });
    expect(await reloaded.inputValue("#compare-indicator")).toBe("mediation_success_rate");
    expect(await reloaded.isChecked("input[name=unit][value=lang-son]")).toBe(false);
    const reloadedText = await reloaded.locator("#compare-view").innerText();
    expect(reloadedText).toContain("146/158");
    expect(reloadedText).not.toContain("6.572/9.142");
    expect(watched.errors).toEqual([]);
    await page.close();
    await reloaded.close();
  });

  it("adds a valid own CSV as 'your data', and reports a bad one by line and column without losing it", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}compare/`);
    const header = readFileSync(join(outDir, "data", "observations-template.csv"), "utf8").split("\n")[0];
    const line = (row: Record<string, string>) =>
      header!
        .split(",")
        .map((column) => row[column] ?? "")
        .join(",");
    const mine = {
      indicator_id: "petitions_resolved",
      unit_id: "huyen-cua-toi",
      period: "2024",
      source_id: "my-report",
    };
    const good = `${header}\n${line({ ...mine, obs_id: "mine-001", scope: "total", numerator: "30", denominator: "40", value: "75", reported_percent: "75", quote: '"đã giải quyết 30/40 đơn, đạt 75%"' })}\n`;
    await page.setInputFiles("#own-file", { name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
    await page.waitForFunction(() => document.querySelector("#own-report")!.textContent!.includes("1"), null, {
      timeout: 90_000,
    });
    // A visitor's file is shown under its name (the file name, until they change it), not the raw unit id.
    await page.waitForFunction(() => document.querySelector("#compare-view")!.textContent!.includes("good · 2024"));
    expect(await page.locator("#compare-view").innerText()).toMatch(/Số liệu của bạn/);

    const bad = `${header}\n${line({ ...mine, obs_id: "mine-002", scope: "commune_level", numerator: "30", denominator: "40", value: "80", reported_percent: "75", quote: "x" })}\n${line({ ...mine, obs_id: "mine-003", indicator_id: "no_such_indicator", scope: "total", value: "5", quote: "x" })}\n"unclosed,`;
    await page.setInputFiles("#own-file", { name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await page.waitForSelector("#own-report .issues li");
    const issues = await page.locator("#own-report .issues li").allInnerTexts();
    expect(issues.join("\n")).toMatch(/bad\.csv:2:8 \(value\): phải bằng numerator\/denominator×100/);
    expect(issues.join("\n")).toMatch(/bad\.csv:3:2 \(indicator_id\): chỉ tiêu lạ “no_such_indicator”/);
    expect(issues.join("\n")).toMatch(/bad\.csv:4:1: trường trong ngoặc kép không được đóng/);
    expect(await page.locator("#compare-view").innerText()).toContain("good · 2024");
    await page.close();
  });
});

describe("SQL explorer", () => {
  it("counts what the CSV holds, survives a bad query, cancels, and exports", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}explore/`);
    await runQuery(page, "SELECT count(*) AS n FROM observations");
    await ready(page);
    const csvRows = Papa.parse(readFileSync(join(outDir, "data", "observations.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data.length;
    expect(await page.locator("#results td").first().innerText()).toBe(String(csvRows));

    await runQuery(page, "SELECT nope FROM observations");
    expect(await page.locator("#query-error").innerText()).toMatch(/Không tìm thấy cột hoặc tên.*Dòng 1, cột 8.*nope/s);
    await runQuery(
      page,
      "SELECT indicator_id, count(*) AS n FROM observations GROUP BY ALL ORDER BY n DESC, indicator_id",
    );
    expect(await page.locator("#query-error").isHidden()).toBe(true);
    expect(await page.locator("#result-chart svg").count()).toBe(1);

    const download = page.waitForEvent("download");
    await page.click("#export");
    const file = await download;
    const exported = readFileSync(await file.path(), "utf8");
    expect(exported.split("\n")[0]).toBe("indicator_id,n");
    // The export holds every row of the result, not only the page on screen.
    const shown = Number((await page.locator("#query-status").innerText()).match(/^([\d.]+)/)![1]!.replaceAll(".", ""));
    expect(exported.trim().split("\n").length - 1).toBe(shown);
    expect(shown).toBeGreaterThan(await page.locator("#results tbody tr").count());

    await page.fill("#sql", "SELECT count(*) FROM range(100000000000) a");
    await page.click("#run");
    await page.waitForTimeout(500);
    await page.click("#cancel");
    await page.waitForFunction(() => !document.querySelector("#run")!.hasAttribute("disabled"), null, {
      timeout: 30_000,
    });
    expect(await page.locator("#query-status").innerText()).toMatch(/Đã dừng/);
    await runQuery(page, "SELECT 41 + 1 AS answer");
    expect(await page.locator("#results td").first().innerText()).toBe("42");
    await page.close();
  });

  it("cannot reach files, URLs or extensions beyond the published data", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}en/explore/`);
    for (const sql of [
      "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')",
      "LOAD httpfs",
      "SELECT * FROM read_text('/etc/passwd')",
      "SET enable_external_access = true",
    ]) {
      await runQuery(page, sql);
      expect(await page.locator("#query-error").isVisible(), sql).toBe(true);
    }
    await page.close();
  });

  it("caps very large results with a notice", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}en/explore/`);
    await runQuery(page, "SELECT range AS i FROM range(25000)");
    expect(await page.locator("#query-status").innerText()).toMatch(/capped at the first 10,000 rows/);
    expect(await page.locator(".pager").innerText()).toMatch(/Rows 1–50 of 10,000/);
    await page.close();
  });
});

describe("downloads", () => {
  it("describes every resource of datapackage.json with its true size and hash", () => {
    const descriptor = JSON.parse(readFileSync(join(outDir, "data", "datapackage.json"), "utf8"));
    expect(descriptor.licenses[0].name).toBe("CC-BY-4.0");
    const observations = descriptor.resources.find((r: { name: string }) => r.name === "observations");
    expect(observations.schema.primaryKey).toEqual(["obs_id"]);
    expect(
      observations.schema.foreignKeys.map((k: { reference: { resource: string } }) => k.reference.resource).sort(),
    ).toEqual(["indicators", "sources", "units"]);
    expect(descriptor.resources.length).toBeGreaterThanOrEqual(10);
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(join(outDir, "data", resource.path));
      // Every CSV resource carries a schema naming its columns, in the file's order.
      if (resource.format === "csv") {
        const header = bytes
          .toString("utf8")
          .split("\n", 1)[0]!
          .replace(/^\uFEFF/, "");
        expect(
          resource.schema?.fields.map((field: { name: string }) => field.name),
          resource.path,
        ).toEqual(Papa.parse<string[]>(header).data[0]);
      }
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    }
  });
});

describe("network", () => {
  it("made no request to any other host, workers included", () => {
    expect(offOrigin).toEqual([]);
  });
});
