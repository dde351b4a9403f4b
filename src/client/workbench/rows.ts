/** The list of rows: one card a row, its fields editable, its problems listed beside it. */
import type { Messages } from "../../i18n/index.ts";
import type { WorkRow } from "../../lib/workbench/session.ts";
import { el } from "../dom.ts";

export const EDITABLE = [
  "scope",
  "period",
  "numerator",
  "denominator",
  "value",
  "reported_percent",
  "flags",
  "note",
] as const;

export interface RowContext {
  t: Messages;
  indicators: readonly { id: string; name: string }[];
  problems(row: WorkRow): [string, string][];
}

function field(t: Messages, row: WorkRow, name: string, input: HTMLElement): HTMLElement {
  input.setAttribute("name", name);
  input.setAttribute("id", `wb-${row.key}-${name}`);
  return el("label", { for: `wb-${row.key}-${name}` }, t.workbench.rowFields[name] ?? name, input);
}

export function problemsView(context: RowContext, row: WorkRow): HTMLElement {
  const problems = row.status === "rejected" ? [] : context.problems(row);
  if (problems.length === 0)
    return el("p", { class: "wb-ok", "data-problems": "0" }, row.status === "rejected" ? "" : context.t.workbench.ok);
  return el(
    "ul",
    { class: "issues", "data-problems": String(problems.length) },
    ...problems.map(([name, message]) => el("li", {}, context.t.workbench.problem(name, message))),
  );
}

export function rowView(context: RowContext, row: WorkRow, index: number): HTMLLIElement {
  const { t } = context;
  const w = t.workbench;
  const indicator = el("select", {}, ...context.indicators.map((i) => el("option", { value: i.id }, i.name)));
  indicator.value = row.row.indicator_id;
  const name = context.indicators.find((i) => i.id === row.row.indicator_id)?.name ?? row.row.indicator_id;
  const input = (value: string, list?: string) => {
    const box = el("input", { autocomplete: "off", spellcheck: "false", list });
    box.value = value;
    return box;
  };
  const quote = el("textarea", { rows: "3" });
  quote.value = row.row.quote;
  const button = (action: string, label: string, secondary = true) =>
    el("button", { type: "button", "data-action": action, class: secondary ? "secondary" : undefined }, label);
  return el(
    "li",
    { class: `wb-row ${row.status}`, id: `wb-row-${row.key}`, "data-key": row.key },
    el(
      "h3",
      {},
      w.rowLabel(String(index + 1), name),
      el("span", { class: "badge" }, ` · ${w.status[row.status]} · ${w.origin[row.origin]}`),
    ),
    field(t, row, "indicator_id", indicator),
    el(
      "div",
      { class: "wb-numbers" },
      ...EDITABLE.slice(0, 6).map((name) =>
        field(t, row, name, input(row.row[name], name === "scope" ? "wb-scopes" : undefined)),
      ),
    ),
    field(t, row, "flags", input(row.row.flags, "wb-flags")),
    field(t, row, "note", input(row.row.note)),
    field(t, row, "quote", quote),
    problemsView(context, row),
    el(
      "div",
      { class: "buttons" },
      row.status === "accepted" ? null : button("accept", w.accept, false),
      row.status === "rejected" ? null : button("reject", w.reject),
      row.status === "proposed" ? null : button("undo", w.undo),
      button("show", w.show),
    ),
  );
}
