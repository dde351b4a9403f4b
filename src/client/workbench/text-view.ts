/** The report text with every row's passage highlighted, and the passage a curator selects in it. */
import { segmentText } from "../../lib/highlight.ts";
import type { WorkRow } from "../../lib/workbench/session.ts";
import { el } from "../dom.ts";

export function renderText(container: HTMLElement, text: string, rows: readonly WorkRow[]): void {
  const shown = rows.filter((row) => row.status !== "rejected");
  const status = new Map(shown.map((row) => [row.key, row.status]));
  const segments = segmentText(
    text,
    shown.map((row) => ({ id: row.key, quote: row.row.quote })),
  );
  container.replaceChildren(
    ...segments.map((segment) =>
      segment.passages.length === 0
        ? document.createTextNode(segment.text)
        : el(
            "mark",
            {
              "data-keys": segment.passages.join(" "),
              class: segment.passages.some((key) => status.get(key) === "accepted") ? "accepted" : undefined,
            },
            segment.text,
          ),
    ),
  );
}

/** Scrolls to a row's passage and marks it as the current one. */
export function showPassage(container: HTMLElement, key: string): void {
  for (const mark of container.querySelectorAll("mark.current")) mark.classList.remove("current");
  const marks = [...container.querySelectorAll<HTMLElement>("mark")].filter((mark) =>
    (mark.dataset.keys ?? "").split(" ").includes(key),
  );
  for (const mark of marks) mark.classList.add("current");
  marks[0]?.scrollIntoView({ block: "center" });
}

/** Offsets in the text of the passage selected inside the container, if any. */
export function selectedRange(container: HTMLElement): { start: number; end: number } | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : undefined;
}
