import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { checkLinks } from "../../src/tools/link-check.ts";
import { startStaticServer } from "../../src/tools/static-server.ts";
import { chromiumForFile, launchChromium, watchPage } from "./chromium.ts";
import { pageTemplates } from "./templates.ts";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const session = chromiumForFile();

const allPages = () =>
  readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === "index.html")
    .map((entry) => relative(outDir, entry.parentPath))
    .map((dir) => (dir === "" ? "" : `${dir}/`))
    .sort();

describe("every page", () => {
  it("has its language and one heading, and a sample of every template loads without a console error, a failed request or a CSP violation", async () => {
    const pages = allPages();
    expect(pages.length).toBeGreaterThan(100);
    // Every page's markup is checked from its file; a browser visits each template and every 20th page,
    // since loading all of them (some 1,700) would take minutes for what the templates already show.
    for (const path of pages) {
      const html = readFileSync(join(outDir, path, "index.html"), "utf8");
      expect(html.match(/<html[^>]* lang="(\w+)"/)?.[1], path).toBe(path.startsWith("en/") ? "en" : "vi");
      expect(html.match(/<h1[\s>]/g)?.length, path).toBe(1);
    }
    const visited = [...new Set([...pageTemplates(outDir), ...pages.filter((_, i) => i % 20 === 0)])];
    const page = await session.context.newPage();
    const watched = watchPage(page);
    const failures: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    for (const path of visited) {
      const response = await page.goto(baseUrl + path, { waitUntil: "load" });
      expect(response?.status(), path).toBe(200);
    }
    expect(failures).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});

describe("home page", () => {
  it("shows its charts with JavaScript disabled, each with a text alternative and a table", async () => {
    const noJs = await launchChromium({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(baseUrl);
      const figures = page.locator("[data-chart] figure");
      expect(await figures.count()).toBeGreaterThanOrEqual(6);
      // Each figure holds a phone's and a desktop's drawing: exactly one shows, at either width.
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        for (const figure of await figures.all()) {
          const shown = figure.locator(":scope > svg:visible");
          expect(await shown.count(), `${width} px`).toBe(1);
          expect(await shown.getAttribute("aria-label")).toBeTruthy();
          expect(await shown.getAttribute("aria-description")).toBeTruthy();
        }
      }
      expect(await page.locator(".comparison details table").count()).toBe(await page.locator(".comparison").count());
      const text = await page.locator("main").innerText();
      expect(text).toContain("59/67 · 88,1%");
    } finally {
      await noJs.close();
    }
  });

  it("keeps district-level and commune-level petitions in separate charts", async () => {
    const page = await session.context.newPage();
    await page.goto(baseUrl);
    const subtitles = await page.locator(".chart-subtitle").allInnerTexts();
    expect(subtitles.filter((s) => s.includes("cấp huyện")).length).toBeGreaterThan(0);
    expect(subtitles.filter((s) => s.includes("cấp xã")).length).toBeGreaterThan(0);
    await page.close();
  });

  it("renders in English with English number formats", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl}en/`);
    const text = await page.locator("main").innerText();
    expect(text).toContain("59/67 · 88.1%");
    expect(text).toContain("Headline comparisons");
    await page.close();
  });
});

describe("provenance", () => {
  it("leads from a bar to its highlighted quote in the report", async () => {
    const page = await session.context.newPage();
    await page.goto(baseUrl);
    const bar = page.locator('[data-chart] a[href$="#q-bac-son-2024-012"]').first();
    const href = await bar.getAttribute("href");
    expect(href).toMatch(/\/sources\/bac-son-2024\/#q-bac-son-2024-\d{3}$/);
    await bar.click();
    await page.waitForURL(/#q-/);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const target = page.locator(`[id="${anchor}"]`);
    expect(await target.count()).toBe(1);
    const highlighted = page.locator(`[id="${anchor}"] + mark, [id="${anchor}"] ~ mark`).first();
    expect(await highlighted.innerText()).toContain("59/67");
    const background = await highlighted.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe("rgb(242, 169, 0)");
    await page.close();
  });
});

describe("under a sub-path", () => {
  const root = inject("subPathSite");

  it("builds with every link and asset under the base, and serves without a missing file", async () => {
    // A small site of its own (built by the global setup): the base path is under test, not the size of data/.
    const data = join(root, "data");
    const dist = join(root, "dist");
    const links = checkLinks(dist, "/so-lieu/");
    expect(links.broken).toEqual([]);
    const server = await startStaticServer({ root: dist, base: "/so-lieu/" });
    try {
      const page = await session.context.newPage();
      const watched = watchPage(page);
      const failures: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 400) failures.push(response.url());
      });
      for (const path of ["", "en/", "sources/kbang-2020/", "compare/"]) await page.goto(server.url + path);
      await page.goto(`${server.url}explore/`);
      await page.fill("#sql", "SELECT count(*) AS n FROM units");
      await page.locator("#sql").press("Control+Enter");
      const units = String(readFileSync(join(data, "units.csv"), "utf8").trim().split("\n").length - 1);
      await page.waitForFunction((n) => document.querySelector("#results td")?.textContent === n, units, {
        timeout: 90_000,
      });
      expect(failures).toEqual([]);
      expect(watched.requests.every((url) => url.startsWith(server.url))).toBe(true);
      expect(watched.errors).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
