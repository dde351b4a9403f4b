/** Renders charts at build time, with linkedom standing in for the DOM. */
import { parseHTML } from "linkedom";
import type { ChartModel } from "../lib/figure/model.ts";
import { chartMarkup } from "../lib/figure/chart.ts";

/** A document for Plot to build its figure in. */
export function chartDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

export const renderChart = (chart: ChartModel | undefined): string => chartMarkup(chart, chartDocument());
