/**
 * `npm run bench [-- --runs 5 --no-build --dist DIR --pages home,compare --networks unthrottled]`: builds the site, serves it from 127.0.0.1
 * with compression, and measures cold loads in Chromium, unthrottled and throttled
 * (1.6 Mbps down, 750 kbps up, 150 ms RTT, 4× CPU). Medians of several runs go to
 * bench/results.json and a table on stdout. Not part of `npm test`: timings are measured, not asserted.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { buildSite } from "../src/server/build.ts";
import { launchChromium } from "../src/tools/chromium.ts";
import { startStaticServer } from "../src/tools/static-server.ts";
import { measureLoad, type LoadMetrics, type Network } from "./bench/measure.ts";
import { median, printTable } from "./bench/report.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const runs = Number(option("runs", "3"));
const dist = option("dist", "dist-bench");
const out = option("out", "bench/results.json");

const PAGES = [
  { name: "home", path: "" },
  { name: "indicator", path: "indicators/petitions_resolved/" },
  { name: "compare", path: "compare/", duckdb: "compare" as const },
  { name: "compare-link", path: "compare/?i=mediation_success_rate&s=total", duckdb: "link" as const },
  { name: "explore", path: "explore/", duckdb: "explore" as const },
];
const NETWORKS: Network[] = (option("networks", "unthrottled,throttled").split(",") as Network[]).filter((n) =>
  ["unthrottled", "throttled"].includes(n),
);
const only = option("pages", "").split(",").filter(Boolean);

if (!args.includes("--no-build")) {
  console.log(`bench: building into ${dist}`);
  await buildSite({ dataDir: option("data-dir", "data"), outDir: dist, log: (line) => console.log(line) });
}
const server = await startStaticServer({ root: dist, compress: true });
console.log(`bench: serving ${dist} at ${server.url}; ${runs} cold runs per page and network`);
const results: Record<string, LoadMetrics> = {};
try {
  for (const network of NETWORKS) {
    for (const page of PAGES.filter((p) => only.length === 0 || only.includes(p.name))) {
      const samples: LoadMetrics[] = [];
      for (let run = 1; run <= runs; run++) {
        const session = await launchChromium();
        try {
          samples.push(await measureLoad(session.context, server.url + page.path, { network, duckdb: page.duckdb }));
        } catch (error) {
          console.error(`\nbench: ${page.name} (${network}) failed: ${error instanceof Error ? error.message : error}`);
        } finally {
          await session.close();
        }
        process.stdout.write(`\rbench: ${network} ${page.name} run ${run}/${runs}   `);
      }
      if (samples.length > 0) results[`${page.name} (${network})`] = median(samples);
    }
  }
} finally {
  await server.close();
}
process.stdout.write("\n");
mkdirSync(dirname(out), { recursive: true });
const report = {
  date: new Date().toISOString(),
  runs,
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  results,
};
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
printTable(results);
console.log(`bench: wrote ${out}`);
