/**
 * When there are too many units for one bar each (a nationwide dataset), the comparison becomes
 * a distribution: how many units fall in each band of the indicator. Same options as the
 * comparison chart, so the figure model (src/lib/figure/model.ts) switches between them on the number of rows alone.
 */
import { captionContent } from "./caption.ts";
import * as Plot from "@observablehq/plot";
import { formatNumber, formatPercent } from "../format.ts";
import { FONT_SIZE, WIDE_WIDTH, type ComparisonDatum, type ComparisonOptions } from "./comparison.ts";

export function distributionChart(rows: readonly ComparisonDatum[], options: ComparisonOptions) {
  const { kind, locale } = options;
  return Plot.plot({
    document: options.document,
    width: options.width ?? WIDE_WIDTH,
    height: 220,
    marginLeft: 50,
    title: options.title,
    subtitle: options.subtitle,
    caption: captionContent(options.caption, options.document),
    ariaLabel: options.ariaLabel,
    ariaDescription: options.ariaDescription,
    style: { fontFamily: "inherit", fontSize: `${FONT_SIZE}px` },
    x: {
      label: null,
      ...(kind === "ratio" ? { domain: [0, 100] } : {}),
      tickFormat: (v: number) => (kind === "ratio" ? formatPercent(v, locale, 0) : formatNumber(v, locale)),
      ticks: 4,
    },
    y: { grid: true, label: null, tickFormat: (v: number) => formatNumber(v, locale) },
    marks: [
      // The bins are drawn for the eye; the figure's aria-description and the table give them in words.
      Plot.rectY(rows, {
        ...Plot.binX({ y: "count" }, { x: "value" }),
        fill: "#0072B2",
        inset: 0.5,
        ariaHidden: "true",
      }),
      Plot.ruleY([0], { ariaHidden: "true" }),
    ],
  });
}
