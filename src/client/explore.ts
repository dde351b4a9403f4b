/**
 * The SQL explorer: run, cancel, time-limit, page, chart and download queries over the published
 * tables (read-only), with the query in the page address so a result can be shared.
 */
import { messages, type Locale } from "../i18n/index.ts";
import { formatNumber } from "../lib/format.ts";
import { quoteTargets, quoteTargetsSql } from "../lib/explore/result-links.ts";
import { PAGE_SIZE, RESULT_CAP, RESULT_CHARS, pageOf, rowChars, type ResultRow } from "../lib/explore/results.ts";
import { describeSqlError } from "../lib/explore/sql-error.ts";
import { byId } from "./dom.ts";
import { download, renderChart, renderError, renderPage, type Result } from "./explore-view.ts";
import { showDuckdbProgress } from "./progress.ts";

const locale = (document.documentElement.lang === "en" ? "en" : "vi") as Locale;
const t = messages(locale);
const editor = byId<HTMLTextAreaElement>("sql");
const runButton = byId<HTMLButtonElement>("run");
const cancelButton = byId<HTMLButtonElement>("cancel");
const resetButton = byId<HTMLButtonElement>("reset");
const exportButtons = [byId<HTMLButtonElement>("export"), byId<HTMLButtonElement>("export-xlsx")];
const timeLimit = byId<HTMLSelectElement>("time-limit");
const status = byId("query-status");
const errorBox = byId("query-error");
const results = byId("results");
const chartBox = byId("result-chart");
const duckdbStatus = byId("duckdb-status");
const progress = (p: Parameters<typeof showDuckdbProgress>[1]) => showDuckdbProgress(duckdbStatus, p, locale);
const options = { readOnly: true } as const;
// The DuckDB loader (and the table specs it needs) loads after first paint, so the initial script stays small.
const engine = () => import("./duckdb.ts");
const startDuckdb = async (...args: Parameters<typeof import("./duckdb.ts").startDuckdb>) =>
  (await engine()).startDuckdb(...args);

let result: Result = { columns: [], rows: [], page: 0, links: null };
let summary = "";
let running = false;
let stopped: "cancel" | "time" | null = null;

function setRunning(value: boolean): void {
  running = value;
  runButton.disabled = value;
  resetButton.disabled = value;
  cancelButton.disabled = !value;
  results.setAttribute("aria-busy", String(value));
}

/** Shows the page, then links its ids and quotes to their sentences once their sources are known. */
async function showPage(): Promise<void> {
  result.page = Math.min(result.page, pageOf(result.rows, result.page, PAGE_SIZE).pages - 1);
  result.links = null;
  const notices = renderPage(results, result, locale);
  status.textContent = [summary, ...notices].join(" ");
  const sql = quoteTargetsSql(pageOf(result.rows, result.page, PAGE_SIZE).rows, result.columns);
  if (!sql) return;
  const shown = result;
  const { connection } = await startDuckdb(progress, options);
  const { queryRows } = await engine();
  const links = quoteTargets(await queryRows(connection, sql).catch(() => []));
  if (shown !== result) return;
  result.links = links;
  renderPage(results, result, locale);
}

const queryInUrl = () => new URLSearchParams(location.search).get("q");

function rememberInUrl(sql: string): void {
  if (queryInUrl() === sql) return;
  const url = new URL(location.href);
  url.searchParams.set("q", sql);
  history.pushState(null, "", url);
}

async function run(sql: string, remember = true): Promise<void> {
  if (running || !sql.trim()) return;
  if (remember) rememberInUrl(sql);
  errorBox.hidden = true;
  errorBox.replaceChildren();
  stopped = null;
  setRunning(true);
  status.textContent = t.explore.running;
  const started = performance.now();
  const limit = Number(timeLimit.value);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const { connection } = await startDuckdb(progress, options);
    timer = setTimeout(() => {
      stopped = "time";
      void connection.cancelSent();
    }, limit * 1000);
    const reader = await (await connection.send(sql, true)).open();
    const rows: ResultRow[] = [];
    let chars = 0;
    let capped: "rows" | "chars" | null = null;
    let names: string[] = reader.schema?.fields.map((field) => field.name) ?? [];
    for await (const batch of reader) {
      if (names.length === 0) names = batch.schema.fields.map((field) => field.name);
      for (const row of batch.toArray()) {
        const plain = (row as { toJSON(): ResultRow }).toJSON();
        if (rows.length >= RESULT_CAP) capped = "rows";
        else if ((chars += rowChars(plain)) > RESULT_CHARS && rows.length > 0) capped = "chars";
        if (capped) break;
        rows.push(plain);
      }
      if (capped || stopped) break;
    }
    if (capped || stopped) await connection.cancelSent();
    if (stopped) throw new Error("stopped");
    result = { columns: names, rows, page: 0, links: null };
    performance.measure("sldc:explore-query", { start: started, end: performance.now() });
    const elapsed = `${formatNumber((performance.now() - started) / 1000, locale, 2)} s`;
    const cap =
      capped === "rows"
        ? t.explore.capped(formatNumber(RESULT_CAP, locale))
        : capped === "chars"
          ? t.explore.cappedChars(formatNumber(RESULT_CHARS, locale))
          : "";
    summary = [t.explore.rows(formatNumber(rows.length, locale), elapsed), cap].filter(Boolean).join(" ");
    for (const button of exportButtons) button.disabled = rows.length === 0;
    await showPage();
    await renderChart(chartBox, result, locale);
  } catch (error) {
    if (stopped) {
      status.textContent = stopped === "time" ? t.explore.timedOut(t.explore.seconds(limit)) : t.explore.cancelled;
    } else {
      status.textContent = t.explore.error;
      results.replaceChildren();
      chartBox.replaceChildren();
      for (const button of exportButtons) button.disabled = true;
      renderError(errorBox, describeSqlError(error instanceof Error ? error.message : String(error), sql), locale);
    }
  } finally {
    clearTimeout(timer);
    setRunning(false);
  }
}

runButton.addEventListener("click", () => void run(editor.value));
editor.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void run(editor.value);
  }
});
cancelButton.addEventListener("click", async () => {
  stopped = "cancel";
  const { connection } = await startDuckdb(progress, options);
  await connection.cancelSent();
  status.textContent = t.explore.cancelled;
});
resetButton.addEventListener("click", async () => {
  resetButton.disabled = runButton.disabled = true;
  result = { columns: [], rows: [], page: 0, links: null };
  results.replaceChildren();
  chartBox.replaceChildren();
  errorBox.hidden = true;
  for (const button of exportButtons) button.disabled = true;
  try {
    await (await engine()).restartDuckdb();
    status.textContent = t.explore.resetDone;
  } catch (error) {
    duckdbStatus.textContent = t.duckdb.failed(String(error));
  } finally {
    setRunning(false);
  }
});
results.addEventListener("click", (event) => {
  const target = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-page]");
  if (!target) return;
  result.page += target.dataset.page === "next" ? 1 : -1;
  void showPage();
});
for (const button of exportButtons)
  button.addEventListener("click", async () => {
    const notice = await download(result, button.id === "export" ? "csv" : "xlsx", locale);
    if (notice) status.textContent = `${summary} ${notice}`;
  });
byId<HTMLSelectElement>("examples").addEventListener("change", (event) => {
  const select = event.target as HTMLSelectElement;
  if (select.value !== "") editor.value = t.explore.exampleQueries[Number(select.value)]?.[1] ?? editor.value;
  editor.focus();
});
// Back and forward bring back the query of that history entry, and its result.
window.addEventListener("popstate", () => {
  const sql = queryInUrl();
  if (sql !== null) {
    editor.value = sql;
    void run(sql, false);
  }
});
const intent = () =>
  void startDuckdb(progress, options).catch(
    (error: unknown) => (duckdbStatus.textContent = t.duckdb.failed(String(error))),
  );
const shared = queryInUrl();
if (shared !== null) {
  // A shared link shows its result: opening it is the intent.
  editor.value = shared;
  void run(shared, false);
} else {
  editor.addEventListener("focus", intent, { once: true });
  void engine().then(({ warmWhenIdle }) => warmWhenIdle(progress, options));
}
