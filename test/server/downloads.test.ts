import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, expect, it } from "vitest";
import { writeDownloads } from "../../src/server/downloads.ts";

const out = mkdtempSync(join(tmpdir(), "sldc-downloads-"));
beforeAll(() => writeDownloads("data", out));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const parse = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true });

it("writes each indicator's slice with exactly its curated rows, cell for cell", () => {
  const curated = parse("data/observations.csv");
  const indicators = parse("data/indicators.csv").data.map((row) => row.indicator_id);
  expect(readdirSync(join(out, "indicators")).sort()).toEqual(indicators.map((id) => `${id}.csv`).sort());
  for (const id of indicators) {
    const slice = parse(join(out, "indicators", `${id}.csv`));
    expect(slice.meta.fields).toEqual(curated.meta.fields);
    const expected = curated.data
      .filter((row) => row.indicator_id === id)
      .sort((a, b) => (a.obs_id! < b.obs_id! ? -1 : 1));
    expect(slice.data).toEqual(expected);
  }
});
