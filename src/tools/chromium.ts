/**
 * Debian's Chromium driven by playwright-core: never a test tool's own browser download.
 * The flags keep Chromium from reaching any host on its own; only 127.0.0.1 resolves.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

export interface ChromiumSession {
  context: BrowserContext;
  browser: Browser | null;
  close(): Promise<void>;
}

/** A persistent context gives every session a fresh user-data-dir of its own. */
export async function launchChromium(options: { javaScriptEnabled?: boolean } = {}): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), "sldc-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    browser: context.browser(),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Console errors and failed requests of a page, collected for assertions. */
export function watchPage(page: Page): { errors: string[]; requests: string[] } {
  const watched = { errors: [] as string[], requests: [] as string[] };
  page.on("console", (message) => {
    if (message.type() === "error") watched.errors.push(message.text());
  });
  page.on("pageerror", (error) => watched.errors.push(error.message));
  page.on("request", (request) => watched.requests.push(request.url()));
  return watched;
}
