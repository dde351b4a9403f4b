/** Draws a figure model's chart with Plot into a given document (linkedom at build, the page's in the browser). */
import { comparisonChart, NARROW_WIDTH, WIDE_WIDTH } from "../charts/comparison.ts";
import { distributionChart } from "../charts/distribution.ts";
import type { ChartModel } from "./model.ts";

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

export function drawChart(chart: ChartModel, document: Document, width: number): Element {
  const draw = chart.type === "distribution" ? distributionChart : comparisonChart;
  return draw(chart.data, { ...chart.options, document, width }) as unknown as Element;
}

/**
 * A figure with the chart drawn twice, for a phone's column and a desktop's; the stylesheet shows one
 * (display: none hides the other from assistive tech too). Pages without JavaScript cannot measure
 * their column, so the build ships both; titles, legend and caption are shared.
 */
export function drawPair(chart: ChartModel, document: Document): Element {
  const figure = drawChart(chart, document, WIDE_WIDTH);
  const narrow = drawChart(chart, document, NARROW_WIDTH).querySelector(":scope > svg")!;
  const wide = figure.querySelector(":scope > svg")!;
  // Both SVGs carry Plot's class, so the wide one's stylesheet serves both.
  narrow.querySelector(":scope > style")?.remove();
  wide.classList.add("chart-wide");
  narrow.classList.add("chart-narrow");
  wide.after(narrow);
  return figure;
}

/**
 * A chart's markup as the page shows it; empty when the model has no chart. Given the width of its
 * column (the browser), one SVG drawn at that width; otherwise (the build) the pair.
 */
export const chartMarkup = (chart: ChartModel | undefined, document: Document, width?: number): string =>
  chart
    ? demoteHeadings(
        roundCoordinates((width ? drawChart(chart, document, width) : drawPair(chart, document)).outerHTML),
      )
    : "";
