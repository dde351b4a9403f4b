import { describe, expect, inject, it } from "vitest";
import { chromiumForFile, watchPage } from "./chromium.ts";

const baseUrl = inject("baseUrl");
const session = chromiumForFile();

describe("home page", () => {
  it.each([
    ["", "vi"],
    ["en/", "en"],
  ])("loads /%s in its language without console errors", async (path, lang) => {
    const page = await session.context.newPage();
    const watched = watchPage(page);
    const response = await page.goto(baseUrl + path);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    await expect(page.locator("h1").textContent()).resolves.toBeTruthy();
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
