import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildSite } from "../../src/server/build.ts";
import { startStaticServer, type StaticServer } from "../../src/tools/static-server.ts";
import { launchChromium, type ChromiumSession } from "./chromium.ts";
import { writeDataSubset } from "../support/data-subset.ts";
import { PAYLOADS, writePayloadData } from "./payloads.ts";
import { pageTemplates } from "./templates.ts";

const root = mkdtempSync(join(tmpdir(), "sldc-injection-"));
const outDir = join(root, "dist");
let server: StaticServer;
let session: ChromiumSession;

beforeAll(async () => {
  // Every template, from a small cut of data/: each free-text field of it carries a payload.
  writeDataSubset("data", join(root, "subset"));
  writePayloadData(join(root, "subset"), join(root, "data"));
  await buildSite({ dataDir: join(root, "data"), outDir, log: () => {} });
  server = await startStaticServer({ root: outDir });
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

it("shows markup from the data as text and never runs it, on every page template", async () => {
  const templates = pageTemplates(outDir);
  expect(templates.length).toBeGreaterThan(1);
  const shown = new Set<string>();
  for (const path of templates) {
    const page = await session.context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(server.url + path, { waitUntil: "load" });
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      text: document.body.innerText,
    }));
    expect(state.pwned, `a payload ran on ${path}`).toBeNull();
    expect(dialogs, path).toEqual([]);
    for (const payload of PAYLOADS) if (state.text.includes(payload)) shown.add(payload);
    await page.close();
  }
  // The payloads are on the pages, as text: escaping kept them, it did not drop them.
  expect([...shown].length).toBeGreaterThanOrEqual(3);
});
