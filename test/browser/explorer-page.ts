/** Driving the SQL explorer page in a browser test. */
import type { Page } from "playwright-core";

/** Runs a query with Ctrl+Enter and waits for its own outcome (the status line is cleared first, so an older one cannot pass). */
export async function runQuery(page: Page, sql: string): Promise<void> {
  await page.fill("#sql", sql);
  await page.evaluate(() => (document.querySelector("#query-status")!.textContent = ""));
  await page.locator("#sql").press("Control+Enter");
  await page.waitForFunction(
    () =>
      !document.querySelector("#run")!.hasAttribute("disabled") &&
      document.querySelector("#query-status")!.textContent !== "",
    null,
    { timeout: 90_000 },
  );
}
