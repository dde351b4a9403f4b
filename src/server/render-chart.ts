/** Renders a Plot figure to an SVG/HTML string at build time, with linkedom standing in for the DOM. */
import { parseHTML } from "linkedom";

/** A document for Plot to build its figure in. */
export function chartDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

/** Rounds coordinates in attribute values to one decimal: same picture, much smaller HTML. */
export function roundCoordinates(markup: string): string {
  return markup.replace(/="([^"]*)"/g, (attribute, value: string) =>
    /\d\.\d{2,}/.test(value)
      ? `="${value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`
      : attribute,
  );
}

/**
 * Plot titles a figure with <h2> and <h3>; inside a page section the title is one level down,
 * and the subtitle is not a heading at all.
 */
export function demoteHeadings(markup: string): string {
  return markup
    .replace(/<h3>([\s\S]*?)<\/h3>/, '<p class="chart-subtitle">$1</p>')
    .replace(/<h2>([\s\S]*?)<\/h2>/, '<h3 class="chart-title">$1</h3>');
}

export function renderChart(build: (document: Document) => Element): string {
  const figure = build(chartDocument());
  return demoteHeadings(roundCoordinates(figure.outerHTML));
}
