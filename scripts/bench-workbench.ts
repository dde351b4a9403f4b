/**
 * `npm run bench:workbench [-- --no-build --dist DIR]`: for each of the five held reports, the time
 * from opening it in the workbench (in Chromium) to a validated bundle with the extractor's proposals
 * accepted as they are, and the edits those rows would need to match data/observations.csv. Each
 * report is added to the site as it was before that report: the published tables the page checks
 * against come from a copy of data/ without it. The bundle is then added to that copy and validated
 * as `npm run validate` does. Results go to bench/workbench.json; timings are measured, not asserted.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { formatIssue } from "../src/lib/csv.ts";
import { OBSERVATIONS, SOURCES, columnsOf, type ObservationRecord, type Source } from "../src/lib/schema.ts";
import { validateDataset } from "../src/lib/validate.ts";
import { rowsOnly } from "../src/lib/workbench/bundle.ts";
import { SOURCE_FORM_FIELDS } from "../src/lib/workbench/session.ts";
import { editsToMatch, type Edits } from "../src/lib/workbench/edits.ts";
import { buildSite } from "../src/server/build.ts";
import { launchChromium } from "../src/tools/chromium.ts";
import { copyDataWithout } from "../src/server/data-copy.ts";
import { readDatasetFiles } from "../src/server/dataset.ts";
import { startStaticServer } from "../src/tools/static-server.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const dist = option("dist", "dist-bench-workbench");
const out = option("out", "bench/workbench.json");
const rows = <T>(path: string) =>
  Papa.parse<T>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;
const sources = rows<Source>(join("data", SOURCES.file)).filter((source) => source.grade === "held");
const curated = rows<ObservationRecord>(join("data", OBSERVATIONS.file));

interface ReportResult {
  characters: number;
  proposals: number;
  /** Choosing the file to the proposals drawn beside the highlighted text. */
  openMs: number;
  acceptAllMs: number;
  /** The bundle checked by the validator, zipped and downloaded. */
  bundleMs: number;
  /** Machine time in all: open, accept all, bundle. */
  totalMs: number;
  /** Wall time, the bench typing the report's details included. */
  wallMs: number;
  workbenchProblems: string[];
  validateProblems: string[];
  curatedRows: number;
  edits: Edits;
}

if (!args.includes("--no-build")) {
  console.log(`bench:workbench: building into ${dist}`);
  await buildSite({ dataDir: "data", outDir: dist, log: () => {} });
}
const server = await startStaticServer({ root: dist, compress: true });
const results: Record<string, ReportResult> = {};
try {
  for (const source of sources) {
    const before = copyDataWithout("data", source.source_id);
    const session = await launchChromium();
    try {
      // The site as it was before this report: its tables, served where the page fetches them.
      for (const table of ["sources.csv", "observations.csv"])
        await session.context.route(`**/data/${table}`, (route) =>
          route.fulfill({ body: readFileSync(join(before, table), "utf8"), contentType: "text/csv; charset=utf-8" }),
        );
      const page = await session.context.newPage();
      await page.goto(`${server.url}workbench/`);
      const wallStart = performance.now();
      await page.setInputFiles("#wb-file", join("data", source.file));
      await page.waitForFunction(() => performance.getEntriesByName("sldc:workbench-opened").length > 0, null, {
        timeout: 120_000,
      });
      for (const field of SOURCE_FORM_FIELDS) await page.fill(`#wb-details input[name=${field}]`, source[field] ?? "");
      await page.locator("#wb-details input[name=url]").press("Tab");
      await page.click("#wb-accept-all");
      const download = page.waitForEvent("download", { timeout: 120_000 }).catch(() => undefined);
      await page.click("#wb-export-zip");
      await page.waitForFunction(
        () =>
          performance.getEntriesByName("sldc:workbench-bundle").length > 0 ||
          document.querySelector("#wb-export-report [role=alert]") !== null,
        null,
        { timeout: 120_000 },
      );
      const wallMs = Math.round(performance.now() - wallStart);
      const timing = await page.evaluate(() =>
        Object.fromEntries(
          ["opened", "accept-all", "bundle"].map((name) => [
            name,
            Math.round(performance.getEntriesByName(`sldc:workbench-${name}`).at(-1)?.duration ?? NaN),
          ]),
        ),
      );
      const workbenchProblems = await page.locator("#wb-export-report .issues li").allInnerTexts();
      let validateProblems: string[] = ["no bundle was downloaded"];
      let proposals: ObservationRecord[] = [];
      const file = workbenchProblems.length === 0 ? await download : undefined;
      if (file) {
        const files = unzipSync(new Uint8Array(readFileSync((await file.path())!)));
        const text = (path: string) => strFromU8(files[path]!);
        writeFileSync(join(before, source.file), text(source.file));
        for (const table of [SOURCES.file, OBSERVATIONS.file])
          writeFileSync(join(before, table), readFileSync(join(before, table), "utf8") + rowsOnly(text(table)));
        validateProblems = validateDataset(readDatasetFiles(before)).map(formatIssue);
        proposals = Papa.parse<ObservationRecord>(text(OBSERVATIONS.file), { header: true, skipEmptyLines: true }).data;
      }
      const mine = curated.filter((row) => row.source_id === source.source_id);
      results[source.source_id] = {
        characters: await page.evaluate(() => document.querySelector("#wb-text")!.textContent!.length),
        proposals: await page.locator("#wb-rows li").count(),
        openMs: timing.opened!,
        acceptAllMs: timing["accept-all"]!,
        bundleMs: timing.bundle!,
        totalMs: timing.opened! + timing["accept-all"]! + timing.bundle!,
        wallMs,
        workbenchProblems,
        validateProblems,
        curatedRows: mine.length,
        edits: editsToMatch(proposals, mine),
      };
      process.stdout.write(`bench:workbench: ${source.source_id} done\n`);
    } finally {
      await session.close();
      rmSync(before, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}
mkdirSync("bench", { recursive: true });
const report = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  columns: columnsOf(OBSERVATIONS).length,
  results,
};
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.table(
  Object.entries(results).map(([id, r]) => ({
    report: id,
    chars: r.characters,
    proposals: r.proposals,
    "open ms": r.openMs,
    "accept all ms": r.acceptAllMs,
    "bundle ms": r.bundleMs,
    "machine ms": r.totalMs,
    "wall ms": r.wallMs,
    valid: r.workbenchProblems.length === 0 && r.validateProblems.length === 0,
    curated: r.curatedRows,
    reject: r.edits.rejections,
    add: r.edits.additions,
    "field edits": r.edits.total - r.edits.rejections - r.edits.additions,
    "edits in all": r.edits.total,
  })),
);
console.log(`bench:workbench: wrote ${out}`);
