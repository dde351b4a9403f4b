import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/csv.ts";
import { percentAgrees, ratioValue, validateDataset } from "../../src/lib/validate.ts";
import { readDatasetFiles } from "../../src/server/dataset.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures");
const BASE = join(FIXTURES, "data-min");
const BAD = join(FIXTURES, "bad-data");
const scratch: string[] = [];

/** A copy of the minimal valid dataset with a case's files laid over it. */
function datasetWith(caseDir?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "sldc-data-"));
  scratch.push(dir);
  cpSync(BASE, dir, { recursive: true });
  if (caseDir) {
    for (const file of readdirSync(caseDir).filter((name) => name !== "expected.txt")) {
      cpSync(join(caseDir, file), join(dir, file));
    }
  }
  return dir;
}

const problems = (dir: string) => validateDataset(readDatasetFiles(dir)).map(formatIssue);

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("validateDataset", () => {
  it("accepts the minimal fixture", () => {
    expect(problems(datasetWith())).toEqual([]);
  });

  const cases = readdirSync(BAD).sort();
  it("has at least 20 broken cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)("reports the %s case where it is", (name) => {
    const expected = readFileSync(join(BAD, name, "expected.txt"), "utf8")
      .split("\n")
      .filter(Boolean);
    const found = problems(datasetWith(join(BAD, name)));
    expect(found.length).toBeGreaterThan(0);
    for (const line of expected) {
      expect(found.join("\n"), `expected "${line}"`).toContain(line);
    }
  });

  it("rejects a 10 MB field quickly and names it", () => {
    const dir = datasetWith();
    const path = join(dir, "observations.csv");
    const huge = "x".repeat(10 * 1024 * 1024);
    const lines = readFileSync(path, "utf8").split("\n");
    lines[4] = lines[4]!.replace("Toàn huyện có 1.541 hộ gia đình.", huge);
    writeFileSync(path, lines.join("\n"));
    const started = performance.now();
    const found = problems(dir);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(found).toContainEqual(
      expect.stringMatching(/observations\.csv:5:12 \(quote\): is longer than 2000 characters/),
    );
  });

  it("reports every problem of a run, not just the first", () => {
    const dir = datasetWith(join(BAD, "unknown-unit"));
    cpSync(join(BAD, "dangling-parent", "units.csv"), join(dir, "units.csv"));
    const found = problems(dir);
    expect(found.some((line) => line.includes("units.csv:3:4"))).toBe(true);
    expect(found.some((line) => line.includes("observations.csv:2:3"))).toBe(true);
  });
});

describe("ratio maths", () => {
  it("allows the report's rounding or truncation, not more", () => {
    expect(percentAgrees(59, 67, 88, "88")).toBe(true);
    expect(percentAgrees(16, 40, 94.11, "94.11")).toBe(false);
    expect(percentAgrees(1, 3, 33.3, "33.3")).toBe(true);
    expect(percentAgrees(1, 3, 33.4, "33.4")).toBe(true);
    expect(percentAgrees(1, 3, 33.5, "33.5")).toBe(false);
  });
  it("stores ratios as percent with two decimals", () => {
    expect(ratioValue(59, 67)).toBe(88.06);
    expect(ratioValue(1, 3)).toBe(33.33);
  });
});

describe("npm run validate", () => {
  const run = (dir: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/validate.ts", "--data-dir", dir], { encoding: "utf8" });

  it("exits 1 with file:line:column messages and no stack trace", () => {
    const result = run(datasetWith(join(BAD, "unclosed-quote")));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/observations\.csv:5:77: quoted field is never closed/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 1 on a folder without data, naming each missing file", () => {
    const result = run(join(tmpdir(), "sldc-no-such-folder"));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/observations\.csv: file is missing/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 0 on valid data", () => {
    const result = run(datasetWith());
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
