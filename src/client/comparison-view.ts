/** Draws a comparison in the browser: the build's figure model and HTML renderer, with Plot in the page's document. */
import { chartMarkup } from "../lib/figure/chart.ts";
import { figureHtml } from "../lib/figure/html.ts";
import type { FigureModel } from "../lib/figure/model.ts";

export function renderFigure(container: HTMLElement, model: FigureModel, empty: string): void {
  if (model.table.rows.length === 0) {
    container.replaceChildren();
    const status = document.createElement("p");
    status.setAttribute("role", "status");
    status.textContent = empty;
    container.append(status);
    return;
  }
  // Markup from the shared renderer, which escapes every text from data.
  container.innerHTML = figureHtml(model, chartMarkup(model.chart, document), { tableOpen: true });
}
