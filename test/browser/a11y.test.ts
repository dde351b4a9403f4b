import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, inject, it } from "vitest";
import { chromiumForFile } from "./chromium.ts";
import { pageTemplates } from "./templates.ts";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const session = chromiumForFile();

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe("axe-core", () => {
  it("finds no serious or critical violation on any page template, in both languages", async () => {
    const templates = pageTemplates(outDir);
    expect(templates).toEqual(expect.arrayContaining(["", "en/", "compare/", "en/explore/", "data/"]));
    const page = await session.context.newPage();
    const found: string[] = [];
    for (const path of templates) {
      await page.goto(baseUrl + path, { waitUntil: "load" });
      // Evaluated through the debugging protocol, which the page's CSP does not govern.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
        return (await axe.run()).violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
        }));
      });
      for (const v of violations)
        if (v.impact === "serious" || v.impact === "critical")
          found.push(`${path || "/"}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.join(", ")}`);
    }
    expect(found).toEqual([]);
    await page.close();
  });
});

describe("keyboard", () => {
  it("drives the comparison with the keyboard alone", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}compare/`);
    await page.locator("#compare-indicator").focus();
    await page.keyboard.press("End");
    await page.waitForURL(/\?i=/, { timeout: 90_000 });
    const first = page.url();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("compare-scope");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("compare-held");
    await page.keyboard.press("Space");
    await page.waitForURL(/g=held/, { timeout: 90_000 });
    // The unit list folds away (hundreds of boxes); Enter on its summary opens it.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("unit");
    await page.keyboard.press("Space");
    await page.waitForURL((url) => url.href !== first && url.search.includes("u=") && url.search.includes("g=held"), {
      timeout: 90_000,
    });
    await page.close();
  });

  it("runs a query with Ctrl+Enter and reaches the own-data file picker by Tab", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}en/explore/`);
    await page.locator("#sql").focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("SELECT 6 * 7 AS answer");
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(() => document.querySelector("#results td")?.textContent === "42", null, {
      timeout: 90_000,
    });

    await page.goto(`${baseUrl}compare/`);
    const reached = await page.evaluate(() => {
      const focusable = [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea")].filter(
        (el) => !el.hasAttribute("disabled") && el.tabIndex >= 0,
      );
      return focusable.some((el) => el.id === "own-file");
    });
    expect(reached).toBe(true);
    // However many bars and rows the chart has, a link before it leads past them.
    const toOwnData = page.locator('a[href="#own-data"]');
    for (let i = 0; i < 20 && !(await toOwnData.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.id)) !== "own-file"; i++)
      await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("own-file");
    await page.close();
  });

  it("offers a skip link as the first stop", async () => {
    const page = await session.context.newPage();
    await page.goto(baseUrl);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#main");
    await page.close();
  });
});
