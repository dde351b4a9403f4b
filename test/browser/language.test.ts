import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { foreignProse } from "../support/language.ts";
import { chromiumForFile } from "./chromium.ts";
import { pageTemplates } from "./templates.ts";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const session = chromiumForFile();

/** What a page shows in the other language, outside elements marked with it: "path: word in «context»". */
function foreignOn(path: string, html: string): string[] {
  const { document } = parseHTML(html);
  const lang = path.startsWith("en/") ? "en" : "vi";
  return foreignProse(document.body, lang).map((found) => `${path || "/"}: ${found.word} in «${found.context}»`);
}

describe("each language's pages", () => {
  it("show no prose in the other language, on every built page", () => {
    const pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name === "index.html")
      .map((entry) => relative(outDir, entry.parentPath).replace(/^(.+)$/, "$1/"));
    expect(pages.filter((path) => path.startsWith("en/")).length).toBeGreaterThan(100);
    const found = pages.flatMap((path) => foreignOn(path, readFileSync(join(outDir, path, "index.html"), "utf8")));
    expect(found.slice(0, 20)).toEqual([]);
  });

  it("show none once their scripts have run, on one page of each template", async () => {
    const page = await session.context.newPage();
    const found: string[] = [];
    for (const path of pageTemplates(outDir)) {
      await page.goto(baseUrl + path, { waitUntil: "networkidle" });
      found.push(...foreignOn(path, await page.content()));
    }
    expect(found.slice(0, 20)).toEqual([]);
    await page.close();
  });
});
