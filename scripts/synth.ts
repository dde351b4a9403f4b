/**
 * `npm run synth -- --units 10000 --years 10 [--out synth] [--no-build]`: a synthetic dataset in
 * the observations schema at nationwide scale (marked SYNTHETIC in every source, unit and quote;
 * never published: synth/ is git-ignored), then a build against it into synth/dist. Reports the
 * build's time and peak memory. Generated in SQL by the pinned DuckDB engine, so a few million
 * rows take seconds. The build writes the browser's copy as a .duckdb file to attach (see
 * src/lib/publish/manifest.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeSyntheticData } from "../src/tools/synth-sql.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const units = Number(option("units", "10000"));
const years = Number(option("years", "10"));
const out = resolve(option("out", "synth"));
if (!Number.isInteger(units) || units < 1 || !Number.isInteger(years) || years < 1 || years > 50) {
  console.error("usage: npm run synth -- --units N --years Y (1 ≤ Y ≤ 50) [--out DIR] [--no-build]");
  process.exit(2);
}

const data = join(out, "data");
rmSync(out, { recursive: true, force: true });
const started = performance.now();
const count = await writeSyntheticData({ units, years, dataDir: data }, (label) =>
  console.log(`synth: ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`),
);
console.log(`synth: ${count} observations for ${units} units × ${years} years in ${data}`);

if (!args.includes("--no-build")) {
  const dist = join(out, "dist");
  console.log(`synth: building the site against it into ${dist}`);
  const command = [process.execPath, "--import", "tsx", "scripts/build.ts"];
  // GNU time reports the peak memory of the largest process (the build or its Astro child); without it, only the time.
  const timed = existsSync("/usr/bin/time")
    ? ["/usr/bin/time", "-f", "synth: build peak memory %M KB, %e s wall", ...command]
    : command;
  const buildStarted = performance.now();
  const build = spawnSync(timed[0]!, timed.slice(1), {
    stdio: "inherit",
    env: { ...process.env, DATA_DIR: data, OUT_DIR: dist, SYNTHETIC: "1" },
  });
  console.log(`synth: build took ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`);
  if (build.status !== 0) process.exitCode = 1;
}
