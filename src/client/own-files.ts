/** A visitor's own files on the compare page: checked, named by the visitor, switched on or off, kept in this page only. */
import { messages, type Locale } from "../i18n/index.ts";
import type { UnitInfo } from "../lib/compare/rows.ts";
import { formatNumber } from "../lib/format.ts";
import type { Kind } from "../lib/figure/model.ts";
import type { CompareRow } from "../lib/queries.ts";
import { toCompareRows } from "../lib/compare/rows.ts";
import type { Issue } from "../lib/csv.ts";
import type { Problem } from "../lib/problems.ts";
import { byId, el } from "./dom.ts";

/** A visitor's file: its checked rows, the name they give it, and whether the chart shows it. */
export interface OwnSet {
  name: string;
  shown: boolean;
  rows: CompareRow[];
}

export interface OwnFilesContext {
  locale: Locale;
  indicators: Record<string, { kind: Kind }>;
  sets: OwnSet[];
  units: Promise<ReadonlyMap<string, UnitInfo>>;
  report: HTMLElement;
  list: HTMLElement;
  redraw: () => void;
}

function listOwnSets(context: OwnFilesContext): void {
  const { sets: ownSets, list: setList, locale } = context;
  const t = messages(locale);
  byId("own-sets-block").hidden = ownSets.length === 0;
  setList.replaceChildren(
    ...ownSets.map((set) => {
      const name = el("input", { type: "text", value: set.name, "aria-label": t.upload.name });
      name.addEventListener("input", () => {
        set.name = name.value.trim() || t.compare.own;
        context.redraw();
      });
      const shown = el("input", { type: "checkbox", checked: set.shown });
      shown.addEventListener("change", () => {
        set.shown = shown.checked;
        context.redraw();
      });
      return el(
        "li",
        {},
        el("label", {}, `${t.upload.name} `, name),
        " ",
        el("label", { class: "check" }, shown, t.upload.show),
        ` (${t.upload.rows(formatNumber(set.rows.length, locale))})`,
      );
    }),
  );
}

const isXlsx = (file: File, bytes: Uint8Array) =>
  /\.xlsx$/i.test(file.name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4);

/** Checks a visitor's file and, if any row is valid, adds it as a named set shown on the chart; says what it found. */
export async function addOwnFile(file: File, context: OwnFilesContext): Promise<boolean> {
  const { sets: ownSets, report, locale } = context;
  const t = messages(locale);
  const number = (n: number) => formatNumber(n, locale);
  report.replaceChildren(el("p", { role: "status" }, t.upload.reading(file.name)));
  try {
    const existingIds = new Set(ownSets.flatMap((set) => set.rows.map((row) => row.obs_id)));
    const kinds = new Map(Object.entries(context.indicators).map(([id, indicator]) => [id, { kind: indicator.kind }]));
    // The checks (zod, papaparse, and the Excel reader for .xlsx) load only when someone adds a file.
    const [{ checkOwnCsv, checkOwnXlsx }, { formatIssue }, { localise }, { problemMessages }] = await Promise.all([
      import("../lib/upload/own-data.ts"),
      import("../lib/csv.ts"),
      import("../lib/problems.ts"),
      import("../i18n/problems/index.ts"),
    ]);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checkContext = { indicators: kinds, existingIds };
    const result = isXlsx(file, bytes)
      ? await checkOwnXlsx(bytes, file.name, checkContext)
      : checkOwnCsv(bytes, file.name, checkContext);
    const { rows, issues, total, counts, notes } = result;
    const say = (p: Problem) => localise(p, problemMessages(locale));
    const shown = (issue: Issue) => formatIssue(issue.problem ? { ...issue, message: say(issue.problem) } : issue);
    if (rows.length > 0) {
      const known = await context.units;
      const compareRows = rows.flatMap((row) =>
        toCompareRows([row], known, context.indicators[row.indicator_id]?.kind ?? "count", { own: true }),
      );
      ownSets.push({ name: file.name.replace(/\.[^.]+$/, ""), shown: true, rows: compareRows });
      listOwnSets(context);
    }
    const byColumn = [...counts]
      .map(([column, count]) => `${column || t.upload.structure}: ${number(count)}`)
      .join(" · ");
    report.replaceChildren(
      ...(notes.length > 0 ? [el("p", {}, t.upload.readNotes, " ", notes.map(say).join("; "))] : []),
      el("p", { role: "status" }, rows.length > 0 ? t.upload.added(number(rows.length)) : t.upload.none),
      ...(total > 0
        ? [
            el("p", { role: "alert" }, t.upload.errors(number(total))),
            el("ul", { class: "issues" }, ...issues.map((issue) => el("li", {}, shown(issue)))),
          ]
        : []),
      ...(total > issues.length ? [el("p", {}, t.upload.more(number(total - issues.length), byColumn))] : []),
    );
    return rows.length > 0;
  } catch (error) {
    report.replaceChildren(
      el("p", { role: "alert" }, t.upload.failed(error instanceof Error ? error.message : String(error))),
    );
    return false;
  }
}
