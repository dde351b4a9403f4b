/** The compare page: selection in the URL, chart and table recomputed by DuckDB, and your own data added privately. */
import { formatNumber } from "../lib/format.ts";
import { messages, type Locale } from "../i18n/index.ts";
import { compareSql, type CompareRow } from "../lib/queries.ts";
import { decodeCompareState, encodeCompareState, sameState, type CompareState } from "../lib/research/compare-state.ts";
import { decodeHandoff, OWN_DATA_HANDOFF_KEY } from "../lib/research/handoff.ts";
import { OWN_TABLE, insertOwnRowsSql } from "../lib/research/own-table.ts";
import { byId, el } from "./dom.ts";
import { showDuckdbProgress } from "./progress.ts";
import { queryRows, startDuckdb, warmWhenIdle } from "./duckdb.ts";

interface CompareConfig {
  locale: Locale;
  defaults: CompareState;
  indicators: Record<string, { name: string; kind: "ratio" | "count" | "amount" }>;
  scopes: Record<string, string[]>;
  /** Issuer of each source, for chart captions. */
  sources: Record<string, string>;
}

const config = JSON.parse(byId("compare-config").textContent ?? "{}") as CompareConfig;
const t = messages(config.locale);
const form = byId<HTMLFormElement>("compare-form");
const indicatorSelect = byId<HTMLSelectElement>("compare-indicator");
const scopeSelect = byId<HTMLSelectElement>("compare-scope");
const view = byId("compare-view");
const status = byId("duckdb-status");
const unitBoxes = () => [...form.querySelectorAll<HTMLInputElement>("input[name=unit]")];
const progress = (p: Parameters<typeof showDuckdbProgress>[1]) => {
  showDuckdbProgress(status, p, config.locale);
  // Once the engine is ready, fetch the chart code too, so the first update does not wait for it.
  if (p.phase === "ready") void import("./comparison-view.ts");
};
/** Compare needs one indicator at a time: with a large dataset, only its slice is fetched. */
const start = () => startDuckdb(progress, { observations: "by-indicator" });

function fillScopes(indicator: string, wanted: string): void {
  const scopes = config.scopes[indicator] ?? ["total"];
  scopeSelect.replaceChildren(...scopes.map((scope) => el("option", { value: scope }, t.scopes[scope] ?? scope)));
  scopeSelect.value = scopes.includes(wanted) ? wanted : scopes[0]!;
}

function readForm(): CompareState {
  const boxes = unitBoxes();
  const checked = boxes.filter((box) => box.checked).map((box) => box.value);
  return {
    indicator: indicatorSelect.value,
    scope: scopeSelect.value,
    units: checked.length === boxes.length ? [] : checked,
  };
}

function applyToForm(state: CompareState): void {
  indicatorSelect.value = state.indicator;
  fillScopes(state.indicator, state.scope);
  for (const box of unitBoxes()) box.checked = state.units.length === 0 || state.units.includes(box.value);
}

let pending = 0;
async function update(state: CompareState): Promise<void> {
  const ticket = ++pending;
  view.setAttribute("aria-busy", "true");
  try {
    const { connection, loadIndicator } = await start();
    const started = performance.now();
    await loadIndicator(state.indicator);
    const rows = (await queryRows(connection, compareSql(state))) as unknown as CompareRow[];
    if (ticket !== pending) return;
    // Plot is loaded with the first update, so the page's initial script stays small.
    const { renderComparison } = await import("./comparison-view.ts");
    const indicator = config.indicators[state.indicator];
    renderComparison(view, rows, {
      locale: config.locale,
      title: indicator?.name ?? state.indicator,
      kind: indicator?.kind ?? "count",
      sources: config.sources,
    });
    performance.measure("sldc:compare-update", { start: started, end: performance.now() });
  } catch (error) {
    status.textContent = t.duckdb.failed(error instanceof Error ? error.message : String(error));
  } finally {
    if (ticket === pending) view.removeAttribute("aria-busy");
  }
}

indicatorSelect.addEventListener("change", () => fillScopes(indicatorSelect.value, scopeSelect.value));
form.addEventListener("change", () => {
  const state = readForm();
  history.pushState(null, "", encodeCompareState(state));
  void update(state);
});
form.addEventListener("submit", (event) => event.preventDefault());
window.addEventListener("popstate", () => {
  const state = decodeCompareState(location.search, config.defaults);
  applyToForm(state);
  void update(state);
});
const intent = () => void start().catch(() => undefined);
form.addEventListener("focusin", intent, { once: true });
form.addEventListener("pointerover", intent, { once: true });
byId("own-data").addEventListener("focusin", intent, { once: true });

const initial = decodeCompareState(location.search, config.defaults);
applyToForm(initial);
if (!sameState(initial, config.defaults)) void update(initial);
else warmWhenIdle(progress, { observations: "by-indicator" });

// Your own data: checked here, added to this browser's DuckDB session only.
const fileInput = byId<HTMLInputElement>("own-file");
const dropZone = byId("own-drop");
const report = byId("own-report");

async function addOwnFile(file: File): Promise<void> {
  report.replaceChildren(el("p", {}, t.duckdb.loadingData));
  const { connection } = await start();
  const existing = new Set(
    (await queryRows(connection, `SELECT obs_id FROM ${OWN_TABLE}`)).map((row) => String(row.obs_id)),
  );
  const kinds = new Map(Object.entries(config.indicators).map(([id, indicator]) => [id, { kind: indicator.kind }]));
  // The checks (zod, papaparse) load only when someone adds a file.
  const [{ checkOwnData }, { formatIssue }] = await Promise.all([
    import("../lib/research/own-data.ts"),
    import("../lib/csv.ts"),
  ]);
  const { rows, issues } = checkOwnData(await file.text(), file.name, kinds, existing);
  if (rows.length > 0) await connection.query(insertOwnRowsSql(rows));
  report.replaceChildren(
    el(
      "p",
      { role: "status" },
      rows.length > 0 ? t.upload.added(formatNumber(rows.length, config.locale)) : t.upload.none,
    ),
    ...(issues.length > 0
      ? [
          el("p", { role: "alert" }, t.upload.errors(formatNumber(issues.length, config.locale))),
          el("ul", { class: "issues" }, ...issues.map((issue) => el("li", {}, formatIssue(issue)))),
        ]
      : []),
  );
  if (rows.length > 0) await update(readForm());
}

fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) void addOwnFile(file);
  fileInput.value = "";
});
dropZone.addEventListener("dragover", (event) => {
  event.preventDefault();
  dropZone.classList.add("dragging");
});
dropZone.addEventListener("dragleave", () => dropZone.classList.remove("dragging"));
dropZone.addEventListener("drop", (event) => {
  event.preventDefault();
  dropZone.classList.remove("dragging");
  const file = event.dataTransfer?.files[0];
  if (file) void addOwnFile(file);
});

// Rows the workbench handed over ("compare privately now"), taken once.
const handed = decodeHandoff(sessionStorage.getItem(OWN_DATA_HANDOFF_KEY));
sessionStorage.removeItem(OWN_DATA_HANDOFF_KEY);
if (handed) void addOwnFile(new File([handed.csv], handed.name, { type: "text/csv" }));
