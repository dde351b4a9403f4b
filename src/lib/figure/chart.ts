/** Draws a figure model's chart with Plot into a given document (linkedom at build, the page's in the browser). */
import { comparisonChart } from "../charts/comparison.ts";
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

export function drawChart(chart: ChartModel, document: Document): Element {
  const draw = chart.type === "distribution" ? distributionChart : comparisonChart;
  return draw(chart.data, { ...chart.options, document }) as unknown as Element;
}

/** A chart's markup as the page shows it; empty when the model has no chart. */
export const chartMarkup = (chart: ChartModel | undefined, document: Document): string =>
  chart ? demoteHeadings(roundCoordinates(drawChart(chart, document).outerHTML)) : "";
