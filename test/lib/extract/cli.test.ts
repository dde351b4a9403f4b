/** `npm run extract` end to end, on temporary files: output, --diff, and refusals. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { OBSERVATIONS, columnsOf } from "../../../src/lib/schema.ts";

const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) => runIn({}, ...args);
const runIn = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe("npm run extract", () => {
  it("writes candidate rows in the observations schema, with quotes, offsets, rule and confidence", () => {
    const report = join(dir, "xa-vi-du-2024.txt");
    const text = "Năm 2024, UBND xã tiếp nhận 40 đơn, đã giải quyết 36/40 đơn, đạt 90%.\n";
    writeFileSync(report, text);
    const out = join(dir, "candidates.csv");
    const result = run(
      report,
      "--source-id",
      "xa-vi-du-2024",
      "--unit-id",
      "xa-vi-du",
      "--period",
      "2024",
      "--out",
      out,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/extract: 2 candidates from .* \(petitions_received 1, petitions_resolved 1\)/);
    const parsed = rowsOf(readFileSync(out, "utf8"));
    expect(parsed.meta.fields).toEqual([...columnsOf(OBSERVATIONS), "char_start", "char_end", "rule", "confidence"]);
    const resolved = parsed.data.find((row) => row.indicator_id === "petitions_resolved")!;
    expect(resolved).toMatchObject({
      unit_id: "xa-vi-du",
      period: "2024",
      scope: "commune_level",
      numerator: "36",
      denominator: "40",
      value: "90",
      reported_percent: "90",
      source_id: "xa-vi-du-2024",
    });
    expect(text.slice(Number(resolved.char_start), Number(resolved.char_end))).toBe(resolved.quote);
    expect(Number(resolved.confidence)).toBeGreaterThan(0);
  });

  it("lists with --diff only the proposals the curated data lacks", () => {
    const all = rowsOf(run("data/sources/kbang-2020.txt").stdout).data;
    const result = run("--diff", "data/sources/kbang-2020.txt");
    expect(result.status, result.stderr).toBe(0);
    const missing = rowsOf(result.stdout).data;
    expect(result.stderr).toMatch(
      new RegExp(`extract: ${all.length - missing.length} of ${all.length} proposals are already curated`),
    );
    expect(missing.length).toBeLessThan(all.length);
    expect(missing.some((row) => row.indicator_id === "petitions_resolved")).toBe(false);
  });

  it("compares with the staging files, and says so, while observations.csv does not exist", () => {
    const data = join(dir, "data");
    mkdirSync(join(data, "_staging"), { recursive: true });
    for (const file of ["indicators.csv", "sources.csv"]) copyFileSync(join("data", file), join(data, file));
    const header = columnsOf(OBSERVATIONS).join(",");
    const row =
      "kbang-2020-001,petitions_received,gia-lai-kbang,2020,total,,,40,,kbang-2020,held,tổng số đơn thư khiếu nại,,,,";
    writeFileSync(join(data, "_staging", "obs-kbang-2020.csv"), `${header}\n${row}\n`);
    const result = runIn({ DATA_DIR: data }, "--diff", "data/sources/kbang-2020.txt");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/observations\.csv does not exist yet; comparing with 1 staging file/);
    expect(rowsOf(result.stdout).data.some((candidate) => candidate.indicator_id === "petitions_received")).toBe(false);
  });

  it("refuses a missing file, a file that is not UTF-8 and an unknown option with exit code 2 and no stack trace", () => {
    const latin1 = join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from("hòa giải thành 3 vụ", "latin1"));
    const cases: [string[], RegExp][] = [
      [[join(dir, "missing.txt")], /no such file/],
      [[latin1], /not valid UTF-8/],
      [["--bogus", latin1], /unknown option --bogus/],
    ];
    for (const [args, message] of cases) {
      const result = run(...args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/^usage: /m);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(run(latin1).stderr).toMatch(/at offset \d+/);
  });
});
