/** What a reader sees: no page scrolls sideways on a phone or a desktop. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, type ChromiumSession } from "./chromium.ts";
import { measureLayout } from "./probe.ts";
import { pageTemplates } from "./templates.ts";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
let session: ChromiumSession;

beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

describe("phone and desktop layout", () => {
  it.each([
    [360, 740],
    [1280, 900],
  ])("no template scrolls sideways at %i px", async (width, height) => {
    const templates = pageTemplates(outDir);
    expect(templates).toEqual(expect.arrayContaining(["", "en/", "units/", "compare/"]));
    const page = await session.context.newPage();
    await page.setViewportSize({ width, height });
    const wide: string[] = [];
    for (const path of templates) {
      await page.goto(baseUrl + path, { waitUntil: "load" });
      const layout = await measureLayout(page);
      if (layout.overflow > 0) wide.push(`${path || "/"}: +${layout.overflow} px (${layout.culprit})`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });
});
