/**
 * The compare page: selection in the URL; the chart drawn from the indicator's published CSV slice
 * through the build's figure model, so every change answers at once, before and after DuckDB has
 * loaded (on intent or when idle, for the explorer); the slice's rows equal DuckDB's compare query,
 * which a test proves. A visitor's own files are added privately, each named and switched on or off.
 */
import { messages, type Locale } from "../i18n/index.ts";
import type { CompareRow } from "../lib/queries.ts";
import { decodeCompareState, encodeCompareState, sameState, type CompareState } from "../lib/compare/state.ts";
import { decodeHandoff, OWN_DATA_HANDOFF_KEY } from "../lib/upload/handoff.ts";
import { byId, el } from "./dom.ts";
import type { OwnSet } from "./own-files.ts";
import { showDuckdbProgress } from "./progress.ts";
import { slicePath } from "../lib/routes.ts";
import { publishedBytes } from "./published.ts";

interface CompareConfig {
  locale: Locale;
  defaults: CompareState;
  indicators: Record<string, { name: string; kind: "ratio" | "count" | "amount" }>;
  scopes: Record<string, string[]>;
  /** Issuer of each source, for chart captions. */
  sources: Record<string, string>;
  /** The public page of each cited source, where its figures link. */
  sourceUrls: Record<string, string>;
  /** Small data: every indicator's slice is fetched on the visitor's first intent, so any change redraws at once. */
  prefetchSlices: boolean;
}

const config = JSON.parse(byId("compare-config").textContent ?? "{}") as CompareConfig;
const t = messages(config.locale);
const form = byId<HTMLFormElement>("compare-form");
const indicatorSelect = byId<HTMLSelectElement>("compare-indicator");
const scopeSelect = byId<HTMLSelectElement>("compare-scope");
const view = byId("compare-view");
const status = byId("duckdb-status");
const heldBox = byId<HTMLInputElement>("compare-held");
const unitBoxes = () => [...form.querySelectorAll<HTMLInputElement>("input[name=unit]")];
const ownSets: OwnSet[] = [];
const progress = (p: Parameters<typeof showDuckdbProgress>[1]) => showDuckdbProgress(status, p, config.locale);
// The DuckDB loader (and the table specs it needs) loads after first paint, so the initial script stays small.
const engine = () => import("./duckdb.ts");

// The chart code, the figure model and the CSV reader load with the first drawing, so the initial script stays small.
const drawing = () =>
  Promise.all([import("./comparison-view.ts"), import("../lib/figure/model.ts"), import("../lib/compare/rows.ts")]);

/** A published file as text, from the same fetch DuckDB loads it from later (one request each); the status line counts its bytes. */
const fetchText = async (path: string) =>
  new TextDecoder().decode(
    await publishedBytes(path, (bytesLoaded, bytesTotal) => progress({ phase: "data", bytesLoaded, bytesTotal })),
  );
let units: Promise<Map<string, import("../lib/compare/rows.ts").UnitInfo>> | undefined;
/** The units table (names and levels), fetched once. */
async function unitTable() {
  const [, , { unitsFromCsv }] = await drawing();
  if (!units) {
    // units.csv is UNITS.file: the table specs stay out of the initial script.
    units = fetchText("data/units.csv").then(unitsFromCsv);
    units.catch(() => (units = undefined));
  }
  return units;
}
const slices = new Map<string, Promise<CompareRow[]>>();

/** An indicator's published rows from its CSV slice, fetched once. */
function slice(indicator: string): Promise<CompareRow[]> {
  let rows = slices.get(indicator);
  if (!rows) {
    rows = (async () => {
      const [[, , { readCsvRecords, toCompareRows }], text, unitsById] = await Promise.all([
        drawing(),
        fetchText(slicePath(indicator)),
        unitTable(),
      ]);
      return toCompareRows(readCsvRecords(text), unitsById, config.indicators[indicator]?.kind ?? "count", {
        sourceUrl: (id) => config.sourceUrls[id],
      });
    })();
    rows.catch(() => slices.delete(indicator));
    slices.set(indicator, rows);
  }
  return rows;
}

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
    units: checked.length === boxes.length ? "all" : checked,
    ...(heldBox.checked ? { heldOnly: true } : {}),
  };
}

function applyToForm(state: CompareState): void {
  indicatorSelect.value = state.indicator;
  fillScopes(state.indicator, state.scope);
  for (const box of unitBoxes()) box.checked = state.units === "all" || state.units.includes(box.value);
  heldBox.checked = state.heldOnly === true;
}

let pending = 0;
async function update(state: CompareState, started = performance.now()): Promise<void> {
  const ticket = ++pending;
  view.setAttribute("aria-busy", "true");
  try {
    // A DuckDB query costs more than the redraw's whole budget on a slow phone; the slice answers the same.
    const [[{ renderFigure }, { comparisonFigure }, { selectCompareRows }], published] = await Promise.all([
      drawing(),
      slice(state.indicator),
    ]);
    if (ticket !== pending) return;
    const own = ownSets
      .filter((set) => set.shown)
      .flatMap((set) => set.rows.map((row) => ({ ...row, own_name: set.name })));
    // Drawn aside and swapped in whole: a row the chart cannot draw never empties the view.
    const next = document.createElement("div");
    try {
      const model = comparisonFigure(selectCompareRows([...published, ...own], state), {
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
  const started = performance.now();
  const state = readForm();
  history.pushState(null, "", encodeCompareState(state));
  void update(state, started);
});
form.addEventListener("submit", (event) => event.preventDefault());
window.addEventListener("popstate", () => {
  const state = decodeCompareState(location.search, config.defaults);
  applyToForm(state);
  void update(state);
});
const intent = () => {
  void engine()
    .then(({ warm }) => warm(progress))
    .catch(() => undefined);
  // The visitor may pick any indicator next: its slice is then already here.
  if (config.prefetchSlices)
    for (const indicator of Object.keys(config.indicators)) void slice(indicator).catch(() => undefined);
};
form.addEventListener("focusin", intent, { once: true });
form.addEventListener("pointerover", intent, { once: true });
byId("own-data").addEventListener("focusin", intent, { once: true });

const initial = decodeCompareState(location.search, config.defaults);
applyToForm(initial);
if (!sameState(initial, config.defaults)) {
  // From navigation to the linked chart on screen: what the benchmark reports.
  void update(initial).then(() => {
    if (view.querySelector("svg"))
      performance.measure("sldc:compare-shared-chart", { start: 0, end: performance.now() });
  });
}
void engine().then(({ warmWhenIdle }) => warmWhenIdle(progress));

// Your own data: checked here, kept in this page only, each file named and switched on or off.
const fileInput = byId<HTMLInputElement>("own-file");
const dropZone = byId("own-drop");
const report = byId("own-report");
const setList = byId("own-sets");

/** Own files are checked and listed by a module that loads only when someone adds one. */
async function addOwnFile(file: File): Promise<void> {
  const { addOwnFile: add } = await import("./own-files.ts");
  const added = await add(file, {
    locale: config.locale,
    indicators: config.indicators,
    sets: ownSets,
    units: unitTable(),
    report,
    list: setList,
    redraw: () => void update(readForm()),
  });
  if (added) await update(readForm());
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
