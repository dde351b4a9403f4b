/**
 * The whole build as a function, so `npm run build`, the browser tests and the benchmark
 * share it: validate, render with Astro into a scratch folder, add the downloads and the
 * duckdb-wasm bundles, then swap the scratch folder in. A failed build leaves the previous
 * output untouched.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { formatIssue } from "../lib/csv.ts";
import { validateDataset } from "../lib/validate.ts";
import { applyContentSecurityPolicy, HOST_HEADERS } from "./csp.ts";
import { readDatasetFiles } from "./dataset.ts";
import { copyPdfWorker } from "./report-readers.ts";
import { copyDuckdbBundles, writeDownloads, type DownloadOptions } from "./downloads.ts";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  base?: string;
  log?: (line: string) => void;
  /** Generated data (npm run synth): its quotes are placeholders, so it is not validated. */
  synthetic?: boolean;
  databaseFromBytes?: DownloadOptions["databaseFromBytes"];
}

export class BuildError extends Error {
  override name = "BuildError";
}

export async function buildSite(options: BuildOptions): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  const outDir = resolve(options.outDir);
  const scratch = `${outDir}.tmp-${process.pid}`;
  const started = performance.now();
  const step = (label: string) => log(`build: ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  if (options.synthetic) {
    step(`SYNTHETIC data in ${options.dataDir}: validation skipped, never publish this build`);
  } else {
    const issues = validateDataset(readDatasetFiles(options.dataDir));
    if (issues.length > 0) {
      throw new BuildError(
        `${options.dataDir} has ${issues.length} problem(s):\n${issues.map(formatIssue).join("\n")}`,
      );
    }
    step(`validated ${options.dataDir}`);
  }

  const downloads = `${outDir}.data-${process.pid}`;
  const cleanUp = () => {
    for (const dir of [scratch, downloads]) rmSync(dir, { recursive: true, force: true });
  };
  cleanUp();
  try {
    // Pages and downloads are independent: the downloads' DuckDB works on one thread meanwhile,
    // leaving the other core to Astro.
    const results = await Promise.allSettled([
      runAstroBuild({ ...options, outDir: scratch }).then(() => step("rendered pages")),
      writeDownloads(options.dataDir, downloads, { databaseFromBytes: options.databaseFromBytes, threads: 1 }).then(
        () => step("wrote downloads"),
      ),
    ]);
    const failure = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (failure) throw failure.reason;
    const data = resolve(scratch, "data");
    mkdirSync(data, { recursive: true });
    for (const entry of readdirSync(downloads)) renameSync(join(downloads, entry), join(data, entry));
    rmSync(downloads, { recursive: true });
    copyDuckdbBundles(resolve(scratch, "duckdb"));
    copyPdfWorker(scratch);
    step("copied duckdb-wasm bundles and the PDF reader's worker");
    const pages = applyContentSecurityPolicy(scratch);
    writeFileSync(resolve(scratch, "_headers"), HOST_HEADERS);
    step(`content security policy on ${pages} pages`);
  } catch (error) {
    cleanUp();
    throw error;
  }
  const previous = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(scratch, outDir);
  rmSync(previous, { recursive: true, force: true });
  step(`done: ${outDir}`);
}

function runAstroBuild(options: BuildOptions): Promise<void> {
  const astro = resolve(dirname(new URL(import.meta.url).pathname), "../../node_modules/astro/astro.js");
  // Vite's own variables (set when this runs under Vitest) would override the child's base URL.
  const { BASE_URL: _baseUrl, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...environment } = process.env;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [astro, "build", "--silent"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...environment,
        ASTRO_OUT_DIR: options.outDir,
        DATA_DIR: resolve(options.dataDir),
        BASE_PATH: options.base ?? process.env.BASE_PATH ?? "/",
        ASTRO_TELEMETRY_DISABLED: "1",
      },
    });
    child.once("error", fail);
    child.once("exit", (code) => (code === 0 ? done() : fail(new BuildError(`astro build exited with ${code}`))));
  });
}
