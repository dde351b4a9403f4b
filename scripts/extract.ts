/**
 * `npm run extract -- <report.txt> [--source-id ID --unit-id ID --period P] [--out file.csv]`
 * proposes observation rows with quotes and offsets; `--diff` lists only what data/observations.csv
 * does not have yet. Exit 0 on success, 2 on bad input (with a message, never a stack trace).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import Papa from "papaparse";
import { decodeUtf8, formatIssue, parseCsv } from "../src/lib/csv.ts";
import { extract, type Candidate } from "../src/lib/extract/extract.ts";
import { unmatched } from "../src/lib/extract/match.ts";
import { INDICATORS, OBSERVATIONS, columnsOf, type ObservationRecord } from "../src/lib/schema.ts";
import { dataDir } from "../src/server/dataset.ts";

const USAGE =
  "usage: npm run extract -- <report.txt> [--source-id ID] [--unit-id ID] [--period YYYY] [--out file.csv] [--diff]";
const OPTIONS = new Set(["--source-id", "--unit-id", "--period", "--out"]);

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const values: Record<string, string> = {};
  const files: string[] = [];
  let diff = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--diff") diff = true;
    else if (OPTIONS.has(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      values[arg] = value;
    } else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError("give exactly one report text file");
  return { file: files[0]!, values, diff };
}

function readTable(path: string, columns: string[]) {
  const decoded = decodeUtf8(readFileSync(path), path);
  if ("issue" in decoded) throw new UsageError(formatIssue(decoded.issue));
  return parseCsv(decoded.text, path, { columns }).records.map((record) => record.values);
}

function main(): number {
  const { file, values, diff } = parseArgs(process.argv.slice(2));
  if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
  const decoded = decodeUtf8(readFileSync(file), file);
  if ("issue" in decoded) throw new UsageError(formatIssue(decoded.issue));
  const dir = dataDir();
  const kinds = new Map(
    readTable(join(dir, INDICATORS.file), columnsOf(INDICATORS)).map((row) => [row.indicator_id!, row.kind!]),
  );
  const sourceId = values["--source-id"] ?? basename(file).replace(/\.txt$/, "");
  const period = values["--period"] ?? /năm (\d{4})/u.exec(decoded.text)?.[1] ?? "";
  let candidates: Candidate[] = extract(decoded.text, { sourceId, unitId: values["--unit-id"] ?? "", period, kinds });
  const total = candidates.length;
  if (diff) {
    const curated = readTable(join(dir, OBSERVATIONS.file), columnsOf(OBSERVATIONS)) as unknown as ObservationRecord[];
    candidates = unmatched(candidates, curated) as Candidate[];
    console.error(`extract: ${candidates.length} of ${total} proposals are not in ${join(dir, OBSERVATIONS.file)} yet`);
  }
  const byIndicator = new Map<string, number>();
  for (const candidate of candidates)
    byIndicator.set(candidate.indicator_id, (byIndicator.get(candidate.indicator_id) ?? 0) + 1);
  console.error(
    `extract: ${candidates.length} candidates from ${file}: ${[...byIndicator].map(([id, n]) => `${id} ${n}`).join(", ") || "none"}`,
  );
  const columns = [...columnsOf(OBSERVATIONS), "char_start", "char_end", "rule", "confidence"];
  const csv = `${Papa.unparse({ fields: columns, data: candidates.map((c) => columns.map((column) => c[column as keyof Candidate])) }, { newline: "\n" })}\n`;
  if (values["--out"]) {
    writeFileSync(values["--out"], csv);
    console.error(`extract: wrote ${values["--out"]}`);
  } else process.stdout.write(csv);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(
    error instanceof UsageError
      ? `extract: ${error.message}\n${USAGE}`
      : `extract: could not run: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 2;
}
