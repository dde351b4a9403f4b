/** The bundle leaves the workbench as downloads, or as own data for the compare page; both only after checks. */
import type { Messages } from "../../i18n/index.ts";
import { encodeHandoff, OWN_DATA_HANDOFF_KEY } from "../../lib/research/handoff.ts";
import { MANIFEST_FILE, type DataManifest } from "../../lib/research/manifest.ts";
import type { Bundle, PublishedTables } from "../../lib/workbench/bundle.ts";
import type { Workbench } from "../../lib/workbench/session.ts";

let published: Promise<PublishedTables> | undefined;

/**
 * The published tables the bundle is checked with, fetched from the site once. The observations
 * come too unless the site serves them as a database (a nationwide dataset): then figures are not
 * compared across sources here, and `npm run validate` does it.
 */
export function publishedTables(dataUrl: string): Promise<PublishedTables> {
  const get = async (file: string) => {
    const response = await fetch(`${dataUrl}${file}`);
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return response.text();
  };
  const observations = async () => {
    const manifest = JSON.parse(await get(MANIFEST_FILE)) as DataManifest;
    return manifest.format === "csv" ? get("observations.csv") : undefined;
  };
  published ??= Promise.all([get("sources.csv"), get("units.csv"), get("indicators.csv"), observations()]).then(
    ([sources, units, indicators, observations]) => ({ sources, units, indicators, observations }),
  );
  published.catch(() => (published = undefined));
  return published;
}

export async function checkedBundle(state: Workbench, dataUrl: string, t: Messages): Promise<Bundle> {
  const { makeBundle } = await import("../../lib/workbench/bundle.ts");
  return makeBundle(state, await publishedTables(dataUrl), t.workbench.readme(state.source.source_id));
}

function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function downloadBundle(bundle: Bundle, sourceId: string, mode: "zip" | "files"): Promise<void> {
  if (mode === "zip") {
    const { bundleZip } = await import("../../lib/workbench/bundle.ts");
    download(`${sourceId}-bundle.zip`, bundleZip(bundle) as Uint8Array<ArrayBuffer>, "application/zip");
    return;
  }
  for (const file of bundle.files) {
    const type = file.path.endsWith(".csv") ? "text/csv" : "text/plain";
    download(file.path.replace(/^sources\//, ""), file.content, `${type};charset=utf-8`);
  }
}

/** The accepted rows, as the compare page's own-data CSV, handed over in this tab only. */
export function handToCompare(bundle: Bundle, sourceId: string, compareUrl: string): void {
  const csv = bundle.files.find((file) => file.path === "observations.csv")?.content ?? "";
  sessionStorage.setItem(OWN_DATA_HANDOFF_KEY, encodeHandoff({ name: `${sourceId}.csv`, csv }));
  location.assign(compareUrl);
}
