/**
 * The curator's workbench: open a report, review the extractor's rows against the text, export a
 * checked bundle. The logic is in src/lib (report-text, workbench); this wires it to the page and
 * keeps the work in localStorage after every change.
 */
import { messages, type Locale } from "../../i18n/index.ts";
import { formatIssue, parseCsv } from "../../lib/csv.ts";
import { formatNumber } from "../../lib/format.ts";
import { openReport, ReportError, type ReportFile } from "../../lib/report-text/open.ts";
import type { ObservationRecord } from "../../lib/schema.ts";
import * as session from "../../lib/workbench/session.ts";
import { restoreWorkbench, serialiseWorkbench, WORKBENCH_STORAGE_KEY } from "../../lib/workbench/storage.ts";
import { byId, el } from "../dom.ts";
import { browserFile, browserReaders } from "../report-readers.ts";
import { checkedBundle, downloadBundle, handToCompare, publishedTables } from "./export.ts";
import { EDITABLE, problemsView, rowView, type RowContext } from "./rows.ts";
import { renderText, selectedRange, showPassage } from "./text-view.ts";

interface WorkbenchConfig {
  locale: Locale;
  indicators: { id: string; name: string; kind: "count" | "ratio" | "amount" }[];
  flags: string[];
  scopes: string[];
  data: string;
  pdfWorker: string;
  compare: string;
}

const config = JSON.parse(byId("wb-config").textContent ?? "{}") as WorkbenchConfig;
const t = messages(config.locale);
const w = t.workbench;
const kinds: session.Kinds = new Map(config.indicators.map((indicator) => [indicator.id, { kind: indicator.kind }]));
const n = (value: number) => formatNumber(value, config.locale);

const work = byId("wb-work");
const status = byId("wb-status");
const errorBox = byId("wb-error");
const details = byId<HTMLFormElement>("wb-details");
const textView = byId("wb-text");
const rowList = byId<HTMLOListElement>("wb-rows");
const summary = byId("wb-summary");
const exportReport = byId("wb-export-report");

let state: session.Workbench | undefined = restoreWorkbench(localStorage.getItem(WORKBENCH_STORAGE_KEY));
let knownUnits = new Set<string>();

const context: RowContext = {
  t,
  indicators: config.indicators,
  problems: (row) => (state ? session.rowProblems(state, row, kinds) : []),
};

function showError(message: string | undefined): void {
  errorBox.hidden = !message;
  errorBox.textContent = message ?? "";
}

function save(): void {
  try {
    if (state) localStorage.setItem(WORKBENCH_STORAGE_KEY, serialiseWorkbench(state));
    else localStorage.removeItem(WORKBENCH_STORAGE_KEY);
  } catch {
    showError(w.saveFailed);
  }
}

function notes(current: session.Workbench): string {
  const { opened } = current;
  return [
    opened.encoding && opened.encoding !== "utf-8"
      ? w.encodingNote(w.encodings[opened.encoding] ?? opened.encoding)
      : "",
    opened.legacy ? w.legacyNote(w.legacyNames[opened.legacy] ?? opened.legacy, n(opened.legacyParagraphs)) : "",
    opened.composed ? w.composedNote : "",
  ]
    .filter(Boolean)
    .join(" ");
}

function renderSummary(current: session.Workbench): void {
  const count = (s: session.RowStatus) => current.rows.filter((row) => row.status === s).length;
  const withProblems = session.acceptedRows(current).filter((row) => context.problems(row).length > 0).length;
  summary.textContent = w.summary(n(count("proposed")), n(count("accepted")), n(count("rejected")), n(withProblems));
}

function renderRows(current: session.Workbench): void {
  rowList.replaceChildren(...current.rows.map((row, i) => rowView(context, row, i)));
  renderText(textView, current.text, current.rows);
  renderSummary(current);
}

function renderDetails(current: session.Workbench): void {
  for (const input of details.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")) {
    const [group, name] = input.name.startsWith("unit.") ? ["unit", input.name.slice(5)] : ["source", input.name];
    const values = (group === "unit" ? current.newUnit : current.source) as unknown as Record<string, string>;
    input.value = values[name!] ?? "";
  }
  byId("wb-new-unit").hidden = current.source.unit_id === "" || knownUnits.has(current.source.unit_id);
}

function renderAll(): void {
  work.hidden = !state;
  if (!state) return;
  renderDetails(state);
  renderRows(state);
}

function commit(next: session.Workbench, redraw: "rows" | "row" | "none", key?: string): void {
  state = next;
  save();
  if (redraw === "rows") renderRows(next);
  else if (redraw === "row" && key) {
    const row = next.rows.find((r) => r.key === key);
    const item = rowList.querySelector(`[data-key="${key}"]`);
    const old = item?.querySelector("[data-problems]");
    if (row && old) old.replaceWith(problemsView(context, row));
    renderText(textView, next.text, next.rows);
    renderSummary(next);
  }
}

async function open(file: ReportFile): Promise<void> {
  showError(undefined);
  status.textContent = w.opening(file.name);
  performance.mark("sldc:workbench-open-start");
  try {
    const report = await openReport(file, browserReaders(config.pdfWorker));
    const next = session.propose(session.newWorkbench(file.name, report), kinds);
    state = next;
    save();
    renderAll();
    status.textContent = `${w.opened(file.name, n(next.text.length), n(next.rows.length))} ${notes(next)}`.trim();
    performance.measure("sldc:workbench-opened", "sldc:workbench-open-start");
  } catch (error) {
    status.textContent = "";
    if (error instanceof ReportError) {
      const size = `${formatNumber(file.size / 1024 / 1024, config.locale, 1)} MB`;
      showError(w.errors[error.code](file.name, error.code === "too_large" ? size : error.detail));
    } else showError(w.errors.unreadable(file.name, error instanceof Error ? error.message : String(error)));
  }
}

// Opening: a chosen or dropped file, or pasted text.
const fileInput = byId<HTMLInputElement>("wb-file");
fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) void open(browserFile(file));
  fileInput.value = "";
});
const drop = byId("wb-drop");
drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("dragging");
});
drop.addEventListener("dragleave", () => drop.classList.remove("dragging"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("dragging");
  const file = event.dataTransfer?.files[0];
  if (file) void open(browserFile(file));
});
byId("wb-use-paste").addEventListener("click", () => {
  const text = byId<HTMLTextAreaElement>("wb-paste").value;
  const bytes = new TextEncoder().encode(text);
  void open({ name: w.pastedName, size: bytes.length, bytes: async () => bytes });
});

// The report's details apply to every row.
details.addEventListener("change", (event) => {
  const input = event.target as HTMLInputElement;
  if (!state || !input.name) return;
  if (input.name.startsWith("unit.")) {
    commit({ ...state, newUnit: { ...state.newUnit, [input.name.slice(5)]: input.value.trim() } }, "none");
    return;
  }
  commit(session.setSource(state, { [input.name]: input.value.trim() }), "rows");
  renderDetails(state);
});
details.addEventListener("submit", (event) => event.preventDefault());
byId("wb-propose").addEventListener("click", () => state && commit(session.propose(state, kinds), "rows"));

// Rows: edits, status, and the way to their passage.
rowList.addEventListener("change", (event) => {
  const input = event.target as HTMLInputElement;
  const key = input.closest<HTMLElement>("[data-key]")?.dataset.key;
  if (!state || !key) return;
  const name = input.name as keyof ObservationRecord;
  if (name !== "indicator_id" && name !== "quote" && !(EDITABLE as readonly string[]).includes(name)) return;
  const value = name === "quote" ? input.value : input.value.trim();
  commit(session.updateRow(state, key, { [name]: value }), "row", key);
});
rowList.addEventListener("click", (event) => {
  const action = (event.target as HTMLElement).closest<HTMLElement>("[data-action]")?.dataset.action;
  const key = (event.target as HTMLElement).closest<HTMLElement>("[data-key]")?.dataset.key;
  if (!state || !action || !key) return;
  if (action === "show") return showPassage(textView, key);
  const next = action === "accept" ? "accepted" : action === "reject" ? "rejected" : "proposed";
  commit(session.setStatus(state, [key], next), "rows");
  document.querySelector<HTMLElement>(`#wb-row-${key} button`)?.focus();
});
textView.addEventListener("click", (event) => {
  const key = (event.target as HTMLElement).closest<HTMLElement>("mark")?.dataset.keys?.split(" ")[0];
  if (key) document.getElementById(`wb-row-${key}`)?.scrollIntoView({ block: "nearest" });
});
byId("wb-accept-all").addEventListener("click", () => {
  if (!state) return;
  const proposed = state.rows.filter((row) => row.status === "proposed").map((row) => row.key);
  commit(session.setStatus(state, proposed, "accepted"), "rows");
});
// The last passage selected in the text: tapping the button may clear the selection on a phone.
let selected: { start: number; end: number } | undefined;
document.addEventListener("selectionchange", () => {
  selected = selectedRange(textView) ?? selected;
});
byId("wb-add").addEventListener("click", () => {
  const range = selectedRange(textView) ?? selected;
  const addStatus = byId("wb-add-status");
  if (!state || !range) {
    addStatus.textContent = w.selectFirst;
    return;
  }
  const indicator = byId<HTMLSelectElement>("wb-add-indicator").value;
  commit(session.addManualRow(state, range.start, range.end, indicator), "rows");
  selected = undefined;
  addStatus.textContent = w.added;
  document.getElementById(`wb-row-r${state.nextKey - 1}`)?.scrollIntoView({ block: "nearest" });
});

// Export: checked by the validator first.
async function exportAs(mode: "zip" | "files" | "compare"): Promise<void> {
  if (!state) return;
  exportReport.replaceChildren(el("p", { class: "status" }, w.checking));
  const bundle = await checkedBundle(state, config.data, t);
  if (bundle.observations.length === 0) {
    exportReport.replaceChildren(el("p", { role: "alert" }, w.nothingAccepted));
    return;
  }
  if (mode === "compare") return handToCompare(bundle, state.source.source_id, config.compare);
  if (bundle.issues.length > 0) {
    exportReport.replaceChildren(
      el("p", { role: "alert" }, w.blocked(n(bundle.issues.length))),
      el("ul", { class: "issues" }, ...bundle.issues.map((issue) => el("li", {}, formatIssue(issue)))),
    );
    return;
  }
  await downloadBundle(bundle, state.source.source_id, mode);
  exportReport.replaceChildren(el("p", { role: "status" }, w.exported(n(bundle.observations.length))));
  performance.measure("sldc:workbench-exported", "sldc:workbench-open-start");
}
const guarded = (mode: "zip" | "files" | "compare") => () =>
  void exportAs(mode).catch((error: unknown) => showError(error instanceof Error ? error.message : String(error)));
byId("wb-export-zip").addEventListener("click", guarded("zip"));
byId("wb-export-files").addEventListener("click", guarded("files"));
byId("wb-compare").addEventListener("click", guarded("compare"));
byId("wb-start-over").addEventListener("click", () => {
  if (!confirm(w.confirmStartOver)) return;
  state = undefined;
  save();
  renderAll();
  status.textContent = "";
});

// Known units, for the list and to tell a new unit from a known one.
void publishedTables(config.data)
  .then(({ units }) => {
    const records = parseCsv(units, "units.csv").records.map((record) => record.values);
    knownUnits = new Set(records.map((record) => record.unit_id ?? ""));
    byId("wb-units").replaceChildren(
      ...records.map((record) => el("option", { value: record.unit_id ?? "" }, record.name ?? "")),
    );
    if (state) renderDetails(state);
  })
  .catch(() => undefined);

renderAll();
if (state) status.textContent = `${w.restored(state.fileName)} ${notes(state)}`.trim();
