/** The compare page: selection in the URL, chart and table recomputed by DuckDB, and your own data added privately. */
import { messages, type Locale } from "../i18n/index.ts";
import { compareSql, type CompareRow } from "../lib/queries.ts";
import { decodeCompareState, encodeCompareState, sameState, type CompareState } from "../lib/research/compare-state.ts";
import { decodeHandoff, OWN_DATA_HANDOFF_KEY } from "../lib/research/handoff.ts";
import { byId, el } from "./dom.ts";
import { setupOwnData } from "./own-data.ts";
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
    const [{ renderFigure }, { comparisonFigure }] = await Promise.all([
      import("./comparison-view.ts"),
      import("../lib/figure/model.ts"),
    ]);
    // Drawn aside and swapped in whole: a row the chart cannot draw never empties the view.
    const next = document.createElement("div");
    try {
      const model = comparisonFigure(rows, {
        locale: config.locale,
        indicator: config.indicators[state.indicator] ?? { name: state.indicator, kind: "count" },
        sourceIssuer: (id) => config.sources[id],
      });
      renderFigure(next, model, t.compare.noRows);
    } catch (error) {
      status.textContent = t.compare.drawFailed(error instanceof Error ? error.message : String(error));
      return;
    }
    view.replaceChildren(...next.childNodes);
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

const addOwnFile = setupOwnData({
  locale: config.locale,
  indicators: config.indicators,
  start,
  onAdded: () => update(readForm()),
});

// Rows the workbench handed over ("compare privately now"), taken once.
const handed = decodeHandoff(sessionStorage.getItem(OWN_DATA_HANDOFF_KEY));
sessionStorage.removeItem(OWN_DATA_HANDOFF_KEY);
if (handed) void addOwnFile(new File([handed.csv], handed.name, { type: "text/csv" }));
