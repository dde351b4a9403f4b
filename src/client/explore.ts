/** The SQL explorer: run, cancel, page, chart and export queries over the published tables. */
import { messages, type Locale } from "../i18n/index.ts";
import { formatNumber } from "../lib/format.ts";
import { PAGE_SIZE, RESULT_CAP, chartable, displayCell, pageOf, type ResultRow } from "../lib/explore/results.ts";
import { byId, el } from "./dom.ts";
import { startDuckdb, warmWhenIdle } from "./duckdb.ts";
import { showDuckdbProgress } from "./progress.ts";

const locale = (document.documentElement.lang === "en" ? "en" : "vi") as Locale;
const t = messages(locale);
const editor = byId<HTMLTextAreaElement>("sql");
const runButton = byId<HTMLButtonElement>("run");
const cancelButton = byId<HTMLButtonElement>("cancel");
const exportButton = byId<HTMLButtonElement>("export");
const status = byId("query-status");
const errorBox = byId("query-error");
const results = byId("results");
const chartBox = byId("result-chart");
const duckdbStatus = byId("duckdb-status");
const progress = (p: Parameters<typeof showDuckdbProgress>[1]) => showDuckdbProgress(duckdbStatus, p, locale);

let columns: string[] = [];
let rows: ResultRow[] = [];
let page = 0;
let running = false;
let cancelled = false;

function setRunning(value: boolean): void {
  running = value;
  runButton.disabled = value;
  cancelButton.disabled = !value;
  results.setAttribute("aria-busy", String(value));
}

function renderPage(): void {
  const current = pageOf(rows, page, PAGE_SIZE);
  page = Math.min(page, current.pages - 1);
  const pager =
    current.pages > 1
      ? el(
          "nav",
          {
            class: "pager",
            "aria-label": t.explore.page(String(current.from), String(current.to), String(rows.length)),
          },
          el(
            "button",
            { type: "button", class: "secondary", "data-page": "previous", disabled: page === 0 },
            t.explore.previous,
          ),
          el(
            "span",
            {},
            t.explore.page(
              formatNumber(current.from, locale),
              formatNumber(current.to, locale),
              formatNumber(rows.length, locale),
            ),
          ),
          el(
            "button",
            { type: "button", class: "secondary", "data-page": "next", disabled: page >= current.pages - 1 },
            t.explore.next,
          ),
        )
      : null;
  results.replaceChildren(
    el(
      "div",
      { class: "table-scroll" },
      el(
        "table",
        {},
        el("thead", {}, el("tr", {}, ...columns.map((column) => el("th", { scope: "col" }, column)))),
        el(
          "tbody",
          {},
          ...current.rows.map((row) =>
            el(
              "tr",
              {},
              ...columns.map((column) =>
                el("td", { class: typeof row[column] === "number" ? "num" : undefined }, displayCell(row[column])),
              ),
            ),
          ),
        ),
      ),
    ),
    pager ?? "",
  );
}

async function renderChart(): Promise<void> {
  chartBox.replaceChildren();
  const axes = chartable(columns, rows);
  if (!axes) return;
  const Plot = await import("@observablehq/plot");
  const figure = Plot.plot({
    document,
    marginLeft: 160,
    height: 40 + rows.length * 22,
    x: { grid: true, label: axes.value },
    y: { label: null, domain: rows.map((row) => displayCell(row[axes.label])) },
    marks: [
      Plot.barX(rows, { y: (row: ResultRow) => displayCell(row[axes.label]), x: axes.value, fill: "#0072B2" }),
      Plot.ruleX([0]),
    ],
    ariaLabel: t.explore.chart,
    ariaDescription: `${axes.label} / ${axes.value}`,
  });
  chartBox.append(el("h2", {}, t.explore.chart), figure as unknown as Node);
}

async function run(): Promise<void> {
  if (running) return;
  const sql = editor.value.trim();
  if (!sql) return;
  errorBox.hidden = true;
  errorBox.replaceChildren();
  cancelled = false;
  setRunning(true);
  status.textContent = t.explore.running;
  const started = performance.now();
  try {
    const { connection } = await startDuckdb(progress);
    const reader = await (await connection.send(sql, true)).open();
    const collected: ResultRow[] = [];
    let capped = false;
    const names: string[] = reader.schema?.fields.map((field) => field.name) ?? [];
    for await (const batch of reader) {
      for (const row of batch.toArray()) {
        if (collected.length >= RESULT_CAP) {
          capped = true;
          break;
        }
        collected.push((row as { toJSON(): ResultRow }).toJSON());
      }
      if (capped) {
        await connection.cancelSent();
        break;
      }
    }
    columns = names;
    rows = collected;
    page = 0;
    renderPage();
    await renderChart();
    exportButton.disabled = rows.length === 0;
    performance.measure("sldc:explore-query", { start: started, end: performance.now() });
    const elapsed = `${formatNumber((performance.now() - started) / 1000, locale, 2)} s`;
    status.textContent = `${t.explore.rows(formatNumber(rows.length, locale), elapsed)}${capped ? ` ${t.explore.capped(formatNumber(RESULT_CAP, locale))}` : ""}`;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    status.textContent = cancelled ? t.explore.cancelled : t.explore.error;
    if (!cancelled) {
      results.replaceChildren();
      chartBox.replaceChildren();
      exportButton.disabled = true;
      errorBox.hidden = false;
      errorBox.replaceChildren(el("strong", {}, `${t.explore.error}: `), el("pre", {}, message));
    }
  } finally {
    setRunning(false);
  }
}

runButton.addEventListener("click", () => void run());
editor.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void run();
  }
});
cancelButton.addEventListener("click", async () => {
  cancelled = true;
  const { connection } = await startDuckdb(progress);
  await connection.cancelSent();
  status.textContent = t.explore.cancelled;
});
results.addEventListener("click", (event) => {
  const target = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-page]");
  if (!target) return;
  page += target.dataset.page === "next" ? 1 : -1;
  renderPage();
});
exportButton.addEventListener("click", async () => {
  const { resultsCsv } = await import("../lib/explore/results-csv.ts");
  const blob = new Blob([resultsCsv(columns, rows)], { type: "text/csv;charset=utf-8" });
  const link = el("a", { href: URL.createObjectURL(blob), download: "query-results.csv" });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});
byId<HTMLSelectElement>("examples").addEventListener("change", (event) => {
  const select = event.target as HTMLSelectElement;
  if (select.value !== "") editor.value = t.explore.exampleQueries[Number(select.value)]?.[1] ?? editor.value;
  editor.focus();
});
const intent = () =>
  void startDuckdb(progress).catch((error: unknown) => (duckdbStatus.textContent = t.duckdb.failed(String(error))));
editor.addEventListener("focus", intent, { once: true });
warmWhenIdle(progress);
