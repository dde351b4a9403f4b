/** Draws a figure model's chart with Plot into a given document (linkedom at build, the page's in the browser). */
import { comparisonChart, NARROW_WIDTH, WIDE_WIDTH } from "../charts/comparison.ts";
import { distributionChart } from "../charts/distribution.ts";
import type { ChartModel } from "./model.ts";

/**
 * Rounds coordinates to whole units: charts are shown near their drawn size, so the picture is the
 * same and the HTML, which carries every chart twice, much smaller. Sizes in em and opacities stay.
 */
export function roundCoordinates(markup: string): string {
  return markup.replace(
    / (x|y|x1|x2|y1|y2|width|height|transform|d)="([^"]*)"/g,
    (_, name: string, value: string) =>
      ` ${name}="${value.replace(/-?\d+\.\d+(?!\d|em)/g, (n) => String(Math.round(Number(n))))}"`,
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

function drawChart(chart: ChartModel, document: Document, width: number): Element {
  const draw = chart.type === "distribution" ? distributionChart : comparisonChart;
  return draw(chart.data, { ...chart.options, document, width }) as unknown as Element;
}

/**
 * A figure with the chart drawn twice, for a phone's column and a desktop's; the stylesheet shows one
 * (display: none hides the other from assistive tech too). A page without JavaScript cannot measure
 * its column, so both are shipped; titles, legend and caption are shared.
 */
function drawPair(chart: ChartModel, document: Document): Element {
  const figure = drawChart(chart, document, WIDE_WIDTH);
  const narrow = drawChart(chart, document, NARROW_WIDTH).querySelector(":scope > svg")!;
  const wide = figure.querySelector(":scope > svg")!;
  wide.classList.add("chart-wide");
  narrow.classList.add("chart-narrow");
  wide.after(narrow);
  return figure;
}

/**
 * A chart's markup as the page shows it, the same from the build and the browser (so a redraw
 * matches the built page, and turning a phone still swaps drawings); empty without a chart.
 */
export function chartMarkup(chart: ChartModel | undefined, document: Document): string {
  if (!chart) return "";
  const figure = drawPair(chart, document);
  // Plot's stylesheet, repeated in every SVG and legend, is in the site's stylesheet once (global.css).
  for (const style of figure.querySelectorAll("style")) style.remove();
  return demoteHeadings(roundCoordinates(figure.outerHTML));
}
