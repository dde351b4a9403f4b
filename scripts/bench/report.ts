/** Medians and the printed table of the benchmark. */
import type { LoadMetrics } from "./measure.ts";

function medianOf(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const middle = known.length >> 1;
  return known.length % 2 ? known[middle]! : Math.round((known[middle - 1]! + known[middle]!) / 2);
}

export function median(samples: LoadMetrics[]): LoadMetrics {
  const keys = Object.keys(samples[0]!) as (keyof LoadMetrics)[];
  return Object.fromEntries(
    keys.map((key) => [key, medianOf(samples.map((sample) => sample[key]))]),
  ) as unknown as LoadMetrics;
}

const kb = (bytes: number | null) => (bytes === null ? "–" : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value: number | null) => (value === null ? "–" : `${value} ms`);

export function printTable(results: Record<string, LoadMetrics>): void {
  const rows = Object.entries(results).map(([name, m]) => ({
    page: name,
    "first chart": ms(m.firstChartMs),
    FCP: ms(m.firstContentfulPaintMs),
    "bytes before chart": kb(m.bytesBeforeFirstChart),
    "total bytes": kb(m.totalBytes),
    "JS bytes": kb(m.jsBytes),
    "DuckDB first result": ms(m.duckdbFirstResultMs),
    "shared link to chart": ms(m.sharedChartMs),
    "update before DuckDB": ms(m.updateBeforeDuckdbMs),
    "update after DuckDB": ms(m.compareUpdateMs),
    "explore first query": ms(m.exploreFirstQueryMs),
    "explore query": ms(m.exploreQueryMs),
    "off-origin": m.offOriginRequests,
  }));
  console.table(rows);
}
