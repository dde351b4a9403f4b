/**
 * `npm run validate [-- --data-dir DIR]`: checks the curated dataset and lists every problem
 * as file:line:column. Exit 0 when clean, 1 when the data has problems, 2 when it cannot run.
 */
import { formatIssue } from "../src/lib/csv.ts";
import { validateDataset } from "../src/lib/validate.ts";
import { dataDir, readDatasetFiles } from "../src/server/dataset.ts";

function main(): number {
  const args = process.argv.slice(2);
  const at = args.indexOf("--data-dir");
  const dir = at === -1 ? dataDir() : args[at + 1];
  if (!dir) {
    console.error("usage: npm run validate [-- --data-dir DIR]");
    return 2;
  }
  const files = readDatasetFiles(dir);
  const issues = validateDataset(files);
  const counts = [files.sources, files.units, files.indicators, files.observations]
    .map((table) => `${table.records.length} ${table.file.split("/").pop()?.replace(".csv", "")}`)
    .join(", ");
  if (issues.length === 0) {
    console.log(`validate: ${dir} is valid (${counts}, ${files.sourceFiles.size} report texts)`);
    return 0;
  }
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`validate: ${issues.length} problem${issues.length === 1 ? "" : "s"} in ${dir} (${counts})`);
  return 1;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`validate: could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
