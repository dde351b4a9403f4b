/**
 * The figure model as HTML: one renderer for the build (Astro's set:html) and the browser
 * (innerHTML), so both show the same markup. Every text from data passes through escapeHtml.
 */
import type { CellPart, FigureModel, TableModel } from "./model.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const attributes = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");

function partHtml(part: CellPart): string {
  const text = escapeHtml(part.text);
  const { href, title, lang } = part;
  if (href) return `<a${attributes({ href, title, class: part.class, lang })}>${text}</a>`;
  if (part.class || title || lang) return `<span${attributes({ class: part.class, title, lang })}>${text}</span>`;
  return text;
}

export function tableHtml(table: TableModel): string {
  const head = table.columns
    .map((column) => `<th scope="col"${column.numeric ? ' class="num"' : ""}>${escapeHtml(column.label)}</th>`)
    .join("");
  const body = table.rows
    .map(
      (row) =>
        `<tr${attributes({ class: row.class })}>${row.cells
          .map((cell) => `<td${cell.numeric ? ' class="num"' : ""}>${cell.parts.map(partHtml).join(" ")}</td>`)
          .join("")}</tr>`,
    )
    .join("");
  const note = table.truncated ? `<p class="note">${escapeHtml(table.truncated)}</p>` : "";
  return `<div class="table-scroll"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${note}`;
}

/** The whole comparison: the chart's markup (see chart.ts) above its table. */
export function figureHtml(model: FigureModel, chartMarkup: string, options: { tableOpen?: boolean } = {}): string {
  return `<section class="comparison"><div class="chart" data-chart>${chartMarkup}</div><details${
    options.tableOpen ? " open" : ""
  }><summary>${escapeHtml(model.tableSummary)}</summary>${tableHtml(model.table)}</details></section>`;
}
