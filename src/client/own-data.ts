/** "Your own data" on the compare page: a file is checked here, then added to this browser's DuckDB session only. */
import { messages, type Locale } from "../i18n/index.ts";
import { formatNumber } from "../lib/format.ts";
import type { Issue } from "../lib/csv.ts";
import type { Problem } from "../lib/problems.ts";
import type { OwnDataResult } from "../lib/research/own-data.ts";
import { insertOwnRowsSql } from "../lib/research/own-table.ts";
import { byId, el } from "./dom.ts";
import type { DuckdbSession } from "./duckdb.ts";

export interface OwnDataOptions {
  locale: Locale;
  indicators: Record<string, { kind: "ratio" | "count" | "amount" }>;
  start: () => Promise<DuckdbSession>;
  /** Redraws the comparison once rows were added. */
  onAdded: () => Promise<void>;
}

const isXlsx = (file: File, bytes: Uint8Array) =>
  /\.xlsx$/i.test(file.name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4);

/** Wires the file input and drop zone; returns the function that adds a file, for files handed over. */
export function setupOwnData(options: OwnDataOptions): (file: File) => Promise<void> {
  const t = messages(options.locale);
  const number = (n: number) => formatNumber(n, options.locale);
  const fileInput = byId<HTMLInputElement>("own-file");
  const dropZone = byId("own-drop");
  const report = byId("own-report");
  const kinds = new Map(Object.entries(options.indicators).map(([id, { kind }]) => [id, { kind }]));
  /** Ids added in this session: a second file may not reuse them. */
  const added = new Set<string>();

  function show(result: OwnDataResult, say: (p: Problem) => string, formatIssue: (issue: Issue) => string): void {
    const { rows, issues, total, counts, notes } = result;
    const byColumn = [...counts]
      .map(([column, count]) => `${column || t.upload.structure}: ${number(count)}`)
      .join(" · ");
    report.replaceChildren(
      ...(notes.length > 0 ? [el("p", {}, t.upload.readNotes, " ", notes.map(say).join("; "))] : []),
      el("p", { role: "status" }, rows.length > 0 ? t.upload.added(number(rows.length)) : t.upload.none),
      ...(total > 0
        ? [
            el("p", { role: "alert" }, t.upload.errors(number(total))),
            el("ul", { class: "issues" }, ...issues.map((issue) => el("li", {}, formatIssue(issue)))),
          ]
        : []),
      ...(total > issues.length ? [el("p", {}, t.upload.more(number(total - issues.length), byColumn))] : []),
    );
  }

  async function addFile(file: File): Promise<void> {
    report.replaceChildren(el("p", { role: "status" }, t.upload.reading(file.name)));
    try {
      // The checks (zod, papaparse, and the Excel reader for .xlsx) load only when someone adds a file.
      const [{ checkOwnCsv, checkOwnXlsx }, { formatIssue }, { localise }] = await Promise.all([
        import("../lib/research/own-data.ts"),
        import("../lib/csv.ts"),
        import("../lib/problems.ts"),
      ]);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const context = { indicators: kinds, existingIds: added };
      const result = isXlsx(file, bytes)
        ? await checkOwnXlsx(bytes, file.name, context)
        : checkOwnCsv(bytes, file.name, context);
      const say = (p: Problem) => localise(p, t.problems);
      const localised = (issue: Issue) =>
        formatIssue(issue.problem ? { ...issue, message: say(issue.problem) } : issue);
      if (result.rows.length > 0) {
        const { connection } = await options.start();
        try {
          for (const sql of insertOwnRowsSql(result.rows)) await connection.query(sql);
        } catch (error) {
          await connection.query("ROLLBACK").catch(() => undefined);
          throw error;
        }
        for (const row of result.rows) added.add(row.obs_id);
      }
      show(result, say, localised);
      if (result.rows.length > 0) await options.onAdded();
    } catch (error) {
      report.replaceChildren(
        el("p", { role: "alert" }, t.upload.failed(error instanceof Error ? error.message : String(error))),
      );
    }
  }

  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) void addFile(file);
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
    if (file) void addFile(file);
  });
  return addFile;
}
