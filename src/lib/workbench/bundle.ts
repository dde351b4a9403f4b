/**
 * The bundle a curator commits: the report text, its sources.csv row with the text's SHA-256,
 * the unit when units.csv lacks it, and the accepted rows with stable ids. The bundle is
 * checked by validateDataset itself, appended to the published tables, as `npm run validate`
 * will check data/ once it is added; problems are placed where they will be in data/.
 */
import { strToU8, zipSync } from "fflate";
import Papa from "papaparse";
import { parseCsv, type Issue } from "../csv.ts";
import {
  INDICATORS,
  OBSERVATIONS,
  SOURCES,
  UNITS,
  columnsOf,
  type ObservationRecord,
  type TableSpec,
} from "../schema.ts";
import { validateDataset } from "../validate.ts";
import { acceptedRows, recordOf, type Workbench } from "./session.ts";

/** The published tables, as CSV text, that the bundle refers to. */
export interface PublishedTables {
  sources: string;
  units: string;
  indicators: string;
  /** Without them (a nationwide dataset is too large to fetch), figures are not compared across sources. */
  observations?: string;
}

export interface BundleFile {
  path: string;
  content: string;
}

export interface Bundle {
  files: BundleFile[];
  observations: ObservationRecord[];
  issues: Issue[];
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", strToU8(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

function csvOf(spec: TableSpec, records: readonly object[]): string {
  const fields = columnsOf(spec);
  const data = records.map((record) => fields.map((field) => (record as Record<string, string>)[field] ?? ""));
  return `${Papa.unparse({ fields, data }, { newline: "\n" })}\n`;
}

/** Rows of a bundle CSV without its header, to append to the published file. */
export const rowsOnly = (csv: string): string => csv.slice(csv.indexOf("\n") + 1);

export async function makeBundle(state: Workbench, published: PublishedTables, readme: string): Promise<Bundle> {
  const id = state.source.source_id;
  const file = `sources/${id}.txt`;
  const sha256 = await sha256Hex(state.text);
  const observations = acceptedRows(state)
    .sort((a, b) => a.start - b.start)
    .map((row, i) => recordOf(state, row, `${id}-${String(i + 1).padStart(3, "0")}`));
  const sourcesCsv = csvOf(SOURCES, [{ ...state.source, file, sha256 }]);
  const units = parseCsv(published.units, UNITS.file, { columns: columnsOf(UNITS) });
  const known = units.records.some((record) => record.values.unit_id === state.source.unit_id);
  const unitsCsv =
    known || state.source.unit_id === "" ? "" : csvOf(UNITS, [{ ...state.newUnit, unit_id: state.source.unit_id }]);
  const observationsCsv = csvOf(OBSERVATIONS, observations);

  const append = (published: string, bundle: string) => `${published.trimEnd()}\n${rowsOnly(bundle)}`;
  const sources = parseCsv(append(published.sources, sourcesCsv), SOURCES.file, { columns: columnsOf(SOURCES) });
  const heldElsewhere = (issue: Issue) =>
    issue.file === SOURCES.file && issue.field === "file" && issue.line !== sources.records.at(-1)?.line;
  const issues = validateDataset({
    sources,
    units: parseCsv(append(published.units, unitsCsv), UNITS.file, { columns: columnsOf(UNITS) }),
    indicators: parseCsv(published.indicators, INDICATORS.file, { columns: columnsOf(INDICATORS) }),
    observations: parseCsv(
      published.observations === undefined ? observationsCsv : append(published.observations, observationsCsv),
      OBSERVATIONS.file,
      { columns: columnsOf(OBSERVATIONS) },
    ),
    // The other reports' texts are not fetched: their hashes were checked when they were published.
    sourceFiles: new Map([[file, { text: state.text, sha256 }]]),
  }).filter((issue) => !heldElsewhere(issue));
  if (observations.length === 0)
    issues.push({ file: OBSERVATIONS.file, line: 0, column: 0, message: "no accepted rows" });

  const files: BundleFile[] = [
    { path: file, content: state.text },
    { path: SOURCES.file, content: sourcesCsv },
    ...(unitsCsv ? [{ path: UNITS.file, content: unitsCsv }] : []),
    { path: OBSERVATIONS.file, content: observationsCsv },
    { path: "README.txt", content: readme },
  ];
  return { files, observations, issues };
}

export function bundleZip(bundle: Bundle): Uint8Array {
  return zipSync(Object.fromEntries(bundle.files.map((file) => [file.path, strToU8(file.content)])), { level: 6 });
}
