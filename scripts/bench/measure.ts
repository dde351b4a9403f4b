/** One cold page load in Chromium and what it cost: time to first chart, bytes by kind, DuckDB timings. */
import type { BrowserContext, Page, Request } from "playwright-core";

export type Network = "unthrottled" | "throttled";

/** Slow 4G as the issue defines it: 1.6 Mbps down, 750 kbps up, 150 ms round trip, 4× slower CPU. */
const THROTTLED = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const CPU_SLOWDOWN = 4;

export interface LoadMetrics {
  /** Navigation start to the first frame painted with a chart's SVG in the DOM. */
  firstChartMs: number | null;
  firstContentfulPaintMs: number | null;
  loadEventMs: number;
  /** Compressed bytes of what the first chart needs: the HTML, stylesheets and fonts. */
  bytesBeforeFirstChart: number;
  totalBytes: number;
  jsBytes: number;
  requests: number;
  /** Requests to any host but the site's own: must be 0. */
  offOriginRequests: number;
  duckdbFirstResultMs: number | null;
  compareUpdateMs: number | null;
  /** A shared compare link: navigation start to the linked chart on screen. */
  sharedChartMs: number | null;
  /** A shared compare link: a unit unticked before DuckDB is ready, to the chart redrawn (from the CSV slice). */
  updateBeforeDuckdbMs: number | null;
  /** Explorer: Ctrl+Enter to the first results, DuckDB start-up included. */
  exploreFirstQueryMs: number | null;
  /** Explorer: a second query once DuckDB is warm. */
  exploreQueryMs: number | null;
}

export interface MeasureOptions {
  network: Network;
  /** Pages that start DuckDB on intent: how to show intent, and what to time after it ("link": a shared compare link). */
  duckdb?: "compare" | "explore" | "link";
}

const FIRST_CHART_PROBE = `
  (() => {
    const done = () => requestAnimationFrame(() => requestAnimationFrame(() => { window.__firstChart = performance.now(); }));
    const found = () => document.querySelector("figure svg, [data-chart] svg");
    if (found()) return done();
    const observer = new MutationObserver(() => { if (found()) { observer.disconnect(); done(); } });
    observer.observe(document, { childList: true, subtree: true });
  })();
`;

async function encodedSize(request: Request): Promise<number> {
  try {
    const sizes = await request.sizes();
    return sizes.responseBodySize + sizes.responseHeadersSize;
  } catch {
    return 0;
  }
}

export async function measureLoad(context: BrowserContext, url: string, options: MeasureOptions): Promise<LoadMetrics> {
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const finished: Promise<{ type: string; url: string; bytes: number }>[] = [];
  let offOrigin = 0;
  context.on("request", (request) => {
    if (new URL(request.url()).origin !== origin && !request.url().startsWith("data:")) offOrigin++;
  });
  context.on("requestfinished", (request) =>
    finished.push(encodedSize(request).then((bytes) => ({ type: request.resourceType(), url: request.url(), bytes }))),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (options.network === "throttled") {
    await cdp.send("Network.emulateNetworkConditions", THROTTLED);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  }
  await page.addInitScript(FIRST_CHART_PROBE);
  const response = await page.goto(url, { waitUntil: "load", timeout: 180_000 });
  if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
  await page.waitForFunction(() => "__firstChart" in window, null, { timeout: 30_000 }).catch(() => undefined);

  let duckdbFirstResultMs: number | null = null;
  let compareUpdateMs: number | null = null;
  let exploreQueryMs: number | null = null;
  let exploreFirstQueryMs: number | null = null;
  let sharedChartMs: number | null = null;
  let updateBeforeDuckdbMs: number | null = null;
  if (options.duckdb === "link") {
    sharedChartMs = await lastMeasure(page, "sldc:compare-shared-chart", 60_000);
    // Before DuckDB: the redraw comes from the indicator's CSV slice.
    updateBeforeDuckdbMs = await compareUpdate(page);
  } else if (options.duckdb) {
    const timing = await measureDuckdb(page, options.duckdb);
    duckdbFirstResultMs = timing.firstResult;
    compareUpdateMs = options.duckdb === "compare" ? timing.update : null;
    exploreQueryMs = options.duckdb === "explore" ? timing.update : null;
    exploreFirstQueryMs = options.duckdb === "explore" ? timing.first : null;
  } else {
    await page.waitForLoadState("networkidle", { timeout: 60_000 }).catch(() => undefined);
  }

  const timings = await page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    return {
      firstChart: (window as unknown as { __firstChart?: number }).__firstChart ?? null,
      fcp: fcp ? fcp.startTime : null,
      load: navigation ? navigation.loadEventEnd : 0,
    };
  });
  const responses = await Promise.all(finished);
  await page.close();
  const sum = (filter: (r: { type: string; url: string }) => boolean) =>
    responses.filter(filter).reduce((total, response) => total + response.bytes, 0);
  return {
    firstChartMs: round(timings.firstChart),
    firstContentfulPaintMs: round(timings.fcp),
    loadEventMs: round(timings.load) ?? 0,
    bytesBeforeFirstChart: sum((r) => ["document", "stylesheet", "font"].includes(r.type)),
    totalBytes: sum(() => true),
    jsBytes: sum((r) => r.type === "script" || /\.m?js(\?|$)/.test(r.url)),
    requests: responses.length,
    offOriginRequests: offOrigin,
    duckdbFirstResultMs,
    compareUpdateMs,
    sharedChartMs,
    updateBeforeDuckdbMs,
    exploreFirstQueryMs,
    exploreQueryMs,
  };
}

const round = (value: number | null): number | null => (value === null ? null : Math.round(value));

/** The duration of the latest `performance.measure` entry of that name, once there is one. */
const lastMeasure = (page: Page, name: string, timeout: number) =>
  page
    .waitForFunction((entry) => performance.getEntriesByName(entry).length > 0, name, { timeout })
    .then(() =>
      page.evaluate((entry) => {
        const entries = performance.getEntriesByName(entry);
        return Math.round(entries[entries.length - 1]!.duration);
      }, name),
    )
    .catch(() => null);

/** Opens the folded unit list, unticks the second unit and times the redraw ("sldc:compare-update"). */
async function compareUpdate(page: Page): Promise<number | null> {
  await page.evaluate(() => document.querySelector<HTMLDetailsElement>("#compare-units")?.setAttribute("open", ""));
  const before = await page.evaluate(() => performance.getEntriesByName("sldc:compare-update").length);
  const toggle = page.locator("form[data-compare] input[name=unit]").nth(1);
  await toggle.click().catch(() => undefined);
  return page
    .waitForFunction((count) => performance.getEntriesByName("sldc:compare-update").length > count, before, {
      timeout: 30_000,
    })
    .then(() => lastMeasure(page, "sldc:compare-update", 1000))
    .catch(() => null);
}

/**
 * The pages record `performance.measure` entries named "sldc:duckdb-first-result" (intent to first
 * query result), "sldc:compare-update" (selection change to updated chart) and "sldc:explore-query".
 * Intent is a focus on the page's main control, as a person would give it.
 */
async function measureDuckdb(
  page: Page,
  kind: "compare" | "explore",
): Promise<{ firstResult: number | null; update: number | null; first: number | null }> {
  const control = kind === "compare" ? "form[data-compare] input, form[data-compare] select" : "textarea";
  await page
    .locator(control)
    .first()
    .focus()
    .catch(() => undefined);
  if (kind === "explore") await page.keyboard.press("Control+Enter").catch(() => undefined);
  const firstResult = await lastMeasure(page, "sldc:duckdb-first-result", 180_000);
  if (firstResult === null) return { firstResult, update: null, first: null };
  if (kind === "explore") {
    // A second query once DuckDB is warm: the latency a researcher feels while exploring.
    const first = await lastMeasure(page, "sldc:explore-query", 180_000);
    const count = await page.evaluate(() => performance.getEntriesByName("sldc:explore-query").length);
    await page.locator("textarea").press("Control+Enter");
    await page
      .waitForFunction((n) => performance.getEntriesByName("sldc:explore-query").length > n, count, {
        timeout: 180_000,
      })
      .catch(() => undefined);
    return { firstResult, update: await lastMeasure(page, "sldc:explore-query", 1000), first };
  }
  // After DuckDB: the redraw comes from DuckDB.
  return { firstResult, update: await compareUpdate(page), first: null };
}
