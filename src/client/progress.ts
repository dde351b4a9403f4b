/** Tells the visitor how far the DuckDB download is, and what they can do meanwhile. */
import { messages, type Locale } from "../i18n/index.ts";
import { formatNumber } from "../lib/format.ts";
import type { Progress } from "./duckdb.ts";

const megabytes = (bytes: number, locale: Locale) => `${formatNumber(bytes / 1_000_000, locale, 1)} MB`;

export function showDuckdbProgress(status: HTMLElement, progress: Progress, locale: Locale): void {
  const t = messages(locale).duckdb;
  status.dataset.phase = progress.phase;
  // duckdb-wasm counts the engine's bytes after decompression against the compressed length the
  // host sends (34 MB of 5.9 MB): neither is what is transferred, so no figure is shown.
  if (progress.phase === "download") status.textContent = t.downloading;
  else if (progress.phase === "start") status.textContent = t.starting;
  else if (progress.phase === "data")
    status.textContent =
      progress.bytesLoaded > 0
        ? t.loadingDataBytes(
            megabytes(progress.bytesLoaded, locale),
            progress.bytesTotal > 0 ? megabytes(progress.bytesTotal, locale) : "",
          )
        : t.loadingData;
  else {
    const measure = performance.getEntriesByName("sldc:duckdb-first-result").at(-1);
    status.textContent = t.ready(measure ? `${formatNumber(measure.duration / 1000, locale, 1)} s` : "");
  }
}
