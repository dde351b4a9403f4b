/**
 * `npm run extract -- <report.txt|.docx|.pdf> [--source-id ID] [--unit-id ID] [--period P] [--out file.csv] [--text-out file.txt]`
 * reads the report as the workbench does (Word, PDF, legacy encodings converted to Unicode) and
 * proposes observation rows, each with its quote, where the quote is in the text
 * (char_start, char_end), the rule that found it and a confidence.
 * `npm run extract -- --diff <report.txt> …` lists only what data/observations.csv lacks.
 * Exit 0 on success; 2 on bad input, with a message and no stack trace.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import Papa from "papaparse";
import { decodeUtf8, formatIssue, parseCsv } from "../src/lib/csv.ts";
import { extract, type Candidate } from "../src/lib/extract/extract.ts";
import { unmatched } from "../src/lib/extract/match.ts";
import { INDICATORS, OBSERVATIONS, SOURCES, columnsOf, type ObservationRecord } from "../src/lib/schema.ts";
import { dataDir } from "../src/server/dataset.ts";
import { workbenchMessages } from "../src/i18n/workbench/index.ts";
import { openReport, ReportError } from "../src/lib/report-text/open.ts";
import { guessPeriod } from "../src/lib/workbench/session.ts";
import { nodeReaders, reportFile } from "../src/server/report-readers.ts";

const USAGE = `usage: npm run extract -- <report.txt|report.docx|report.pdf> [--source-id ID] [--unit-id ID] [--period YYYY|YYYY-YYYY] [--out file.csv] [--text-out file.txt]
       npm run extract -- --diff <report.txt> [--source-id ID]   (only what data/observations.csv lacks)`;
const VALUED = new Set(["--source-id", "--unit-id", "--period", "--out", "--text-out"]);
const COLUMNS = [...columnsOf(OBSERVATIONS), "char_start", "char_end", "rule", "confidence"];

class InputError extends Error {}

interface Args {
  file: string;
  options: Map<string, string>;
  diff: boolean;
}

function parseArgs(argv: string[]): Args | "help" {
  const options = new Map<string, string>();
  const files: string[] = [];
  let diff = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--diff") diff = true;
    else if (VALUED.has(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) throw new InputError(`${arg} needs a value`);
      options.set(arg, value);
    } else if (arg.startsWith("-")) throw new InputError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new InputError(files.length ? "give only one report" : "give the report to read");
  return { file: files[0]!, options, diff };
}

function readText(path: string): string {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`);
  const decoded = decodeUtf8(readFileSync(path), path);
  if ("issue" in decoded) throw new InputError(formatIssue(decoded.issue));
  return decoded.text;
}

function readTable(path: string, columns: string[]): Record<string, string>[] {
  const table = parseCsv(readText(path), path, { columns });
  if (table.issues.length) throw new InputError(formatIssue(table.issues[0]!));
  return table.records.map((record) => record.values);
}

/** The curated rows: observations.csv, or the curators' staging files until it exists. */
function curatedRows(dir: string): ObservationRecord[] {
  const columns = columnsOf(OBSERVATIONS);
  const path = join(dir, OBSERVATIONS.file);
  if (existsSync(path)) return readTable(path, columns) as unknown as ObservationRecord[];
  const staging = join(dir, "_staging");
  const files = existsSync(staging) ? readdirSync(staging).filter((name) => /^obs-.*\.csv$/.test(name)) : [];
  console.error(`extract: ${path} does not exist yet; comparing with ${files.length} staging file(s) in ${staging}`);
  return files.flatMap((name) => readTable(join(staging, name), columns)) as unknown as ObservationRecord[];
}

/** The report as the workbench opens it; what was converted is said on stderr. */
async function readReport(path: string): Promise<string> {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`);
  try {
    const report = await openReport(reportFile(path), nodeReaders);
    const w = workbenchMessages("en");
    if (report.encoding && report.encoding !== "utf-8")
      console.error(`extract: ${w.encodingNote(w.encodings[report.encoding] ?? report.encoding)}`);
    if (report.legacy)
      console.error(
        `extract: ${w.legacyNote(w.legacyNames[report.legacy] ?? report.legacy, String(report.legacyParagraphs))}`,
      );
    if (report.composed) console.error(`extract: ${w.composedNote}`);
    return report.text;
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    const size = `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;
    throw new InputError(
      workbenchMessages("en").errors[error.code](path, error.code === "too_large" ? size : error.detail),
    );
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === "help") {
    console.log(USAGE);
    return 0;
  }
  const text = await readReport(args.file);
  const textOut = args.options.get("--text-out");
  if (textOut) {
    // The text that quotes and offsets refer to: save it as data/sources/<source_id>.txt.
    writeFileSync(textOut, text);
    console.error(`extract: wrote the report's text to ${textOut}`);
  }
  const dir = dataDir();
  const kinds = new Map(
    readTable(join(dir, INDICATORS.file), columnsOf(INDICATORS)).map((row) => [row.indicator_id!, row.kind!]),
  );
  const sourceId = args.options.get("--source-id") ?? basename(args.file).replace(/\.[^.]*$/, "");
  const sourcesPath = join(dir, SOURCES.file);
  const source = existsSync(sourcesPath)
    ? readTable(sourcesPath, columnsOf(SOURCES)).find((row) => row.source_id === sourceId)
    : undefined;
  const unitId = args.options.get("--unit-id") ?? source?.unit_id ?? "";
  const period = args.options.get("--period") ?? source?.period ?? guessPeriod(text);
  if (!unitId) console.error("extract: no --unit-id given and the source is not in sources.csv; unit_id is left blank");
  if (!args.options.has("--period") && !source)
    console.error(`extract: no --period given; using ${period || "nothing"} from the report's title`);

  let candidates: Candidate[] = extract(text, { sourceId, unitId, period, kinds });
  if (args.diff) {
    const total = candidates.length;
    candidates = unmatched(candidates, curatedRows(dir));
    console.error(`extract: ${total - candidates.length} of ${total} proposals are already curated`);
  }
  const byIndicator = new Map<string, number>();
  for (const candidate of candidates)
    byIndicator.set(candidate.indicator_id, (byIndicator.get(candidate.indicator_id) ?? 0) + 1);
  const summary = [...byIndicator].map(([id, n]) => `${id} ${n}`).join(", ");
  console.error(`extract: ${candidates.length} candidates from ${args.file}${summary ? ` (${summary})` : ""}`);

  const rows = candidates.map((candidate) => COLUMNS.map((column) => candidate[column as keyof Candidate]));
  const csv = `${Papa.unparse({ fields: COLUMNS, data: rows }, { newline: "\n" })}\n`;
  const out = args.options.get("--out");
  if (out) {
    try {
      writeFileSync(out, csv);
    } catch (error) {
      throw new InputError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    console.error(`extract: wrote ${out}`);
  } else process.stdout.write(csv);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof InputError ? `extract: ${message}\n${USAGE}` : `extract: failed: ${message}`);
  process.exitCode = error instanceof InputError ? 2 : 1;
}
