import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "sldc-extract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", ...args], { encoding: "utf8" });

describe("npm run extract", () => {
  it("writes candidates with quotes, offsets, rule and confidence", () => {
    const report = join(dir, "report.txt");
    const text = "Năm 2024, UBND xã tiếp nhận 40 đơn, đã giải quyết 36/40 đơn, đạt 90%.";
    writeFileSync(report, text);
    const out = join(dir, "out.csv");
    const result = run(report, "--source-id", "test-2024", "--unit-id", "xa-test", "--period", "2024", "--out", out);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/extract: \d+ candidates/);
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const ratio = rows.find((row) => row.indicator_id === "petitions_resolved")!;
    expect(ratio).toMatchObject({
      numerator: "36",
      denominator: "40",
      value: "90",
      reported_percent: "90",
      source_id: "test-2024",
      unit_id: "xa-test",
    });
    expect(text.slice(Number(ratio.char_start), Number(ratio.char_end))).toBe(ratio.quote);
    expect(Number(ratio.confidence)).toBeGreaterThan(0);
  });

  it("lists with --diff only what the curated data lacks", () => {
    const result = run("--diff", "data/sources/kbang-2020.txt", "--source-id", "kbang-2020");
    expect(result.status).toBe(0);
    const rows = Papa.parse<Record<string, string>>(result.stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows.some((row) => row.indicator_id === "petitions_resolved")).toBe(false);
    expect(result.stderr).toMatch(/proposals are not in/);
  });

  it("refuses bad input with a message and exit code 2, no stack trace", () => {
    const latin1 = join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x68, 0xe9, 0x0a]));
    for (const args of [["missing.txt"], ["--bogus", "x"], [latin1]]) {
      const result = run(...args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^extract: /m);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
