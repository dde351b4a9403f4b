/**
 * Corruptions of the curated data that must never pass: every digit group of every number
 * in a quote put in place of the row's number, a reversed period, numbers no report writes,
 * and files that are folders.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/csv.ts";
import { findNumbers, sameNumber } from "../../src/lib/numbers.ts";
import type { Indicator, ObservationRecord } from "../../src/lib/schema.ts";
import { checkObservation, validateDataset } from "../../src/lib/validate.ts";
import { readDatasetFiles } from "../../src/server/dataset.ts";

const files = readDatasetFiles("data");
const indicators = new Map(
  files.indicators.records.map((r) => [r.values.indicator_id!, r.values as unknown as Pick<Indicator, "kind">]),
);
const textOf = new Map(
  files.sources.records.map((r) => {
    const file = files.sourceFiles.get(r.values.file!);
    return [r.values.source_id!, file && "text" in file ? file.text : ""];
  }),
);
const rows = files.observations.records.map((r) => r.values as unknown as ObservationRecord);
const FIELDS = ["numerator", "denominator", "value", "reported_percent"] as const;
const check = (row: ObservationRecord) =>
  checkObservation(row, { indicators, sourceText: textOf.get(row.source_id), sourceFile: row.source_id }).map(
    ([field, p]) => [field, p.message],
  );

describe("validator against corrupted curated rows", () => {
  it("starts from clean rows", () => {
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.flatMap(check)).toEqual([]);
  });

  it("refuses every digit group of a quoted number put in place of the row's number", () => {
    let tried = 0;
    const passed: string[] = [];
    for (const row of rows) {
      const tokens = findNumbers(row.quote);
      const whole = tokens.flatMap((token) => token.values);
      for (const field of FIELDS.filter((name) => row[name] !== "")) {
        for (const part of tokens.flatMap((token) => token.raw.split(/[.,]/).slice(token.raw.match(/[.,]/) ? 0 : 1))) {
          const value = Number(part);
          if (whole.some((reading) => sameNumber(reading, value))) continue;
          tried++;
          const problems = check({ ...row, [field]: String(value) });
          // A ratio's value is checked by its maths rather than against the quote.
          if (!problems.some(([name]) => name === field)) passed.push(`${row.obs_id} ${field}=${value}`);
        }
      }
    }
    expect(passed).toEqual([]);
    expect(tried).toBeGreaterThan(100);
  });

  it("refuses the fragments 401 and 17 of bac-son-2024-001's 17.401", () => {
    const row = rows.find((r) => r.obs_id === "bac-son-2024-001")!;
    expect(row.quote).toContain("17.401");
    for (const value of ["401", "17"])
      expect(check({ ...row, value })).toContainEqual(["value", `${value} does not appear in the quote`]);
  });

  const count = rows.find((r) => indicators.get(r.indicator_id)?.kind === "count")!;
  const ratio = rows.find((r) => indicators.get(r.indicator_id)?.kind === "ratio" && r.numerator && r.denominator)!;
  it.each([
    ["a negative count", { ...count, value: "-5" }, "value", /-5 is negative/],
    ["a count of 1 and 400 zeros", { ...count, value: `1${"0".repeat(400)}` }, "value", /too large/],
    ["a negative numerator", { ...ratio, numerator: "-5", value: "-50" }, "numerator", /is negative/],
    [
      "a rate over 100%",
      { ...ratio, numerator: "", denominator: "", value: "120", reported_percent: "120" },
      "reported_percent",
      /over 100%/,
    ],
  ])("refuses %s", (_name, row, field, message) => {
    const problems = check(row as ObservationRecord);
    expect(problems.some(([name, text]) => name === field && message.test(String(text)))).toBe(true);
  });

  it("says a bad number once, without knock-on problems", () => {
    expect(check({ ...count, value: "-5" })).toEqual([
      ["value", "-5 is negative: counts, amounts and the parts of a ratio are never below zero"],
    ]);
  });
});

describe("validator against corrupted files", { timeout: 60_000 }, () => {
  const scratch: string[] = [];
  afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), "sldc-corrupt-"));
    scratch.push(dir);
    cpSync("data", dir, { recursive: true });
    return dir;
  };
  const run = (script: string, dir: string) =>
    spawnSync(process.execPath, ["--import", "tsx", script, "--data-dir", dir], {
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: dir, OUT_DIR: join(dir, "out") },
    });

  it("refuses a reversed period", () => {
    const dir = copy();
    const path = join(dir, "observations.csv");
    writeFileSync(path, readFileSync(path, "utf8").replace(",lang-son-bac-son,2024,", ",lang-son-bac-son,2024-2016,"));
    const found = validateDataset(readDatasetFiles(dir)).map(formatIssue);
    expect(found).toContainEqual(expect.stringMatching(/observations\.csv:2:4 \(period\): the span runs backwards/));
  });

  it.each(["scripts/validate.ts", "scripts/build.ts"])(
    "%s names an observations.csv that is a folder, without a stack trace",
    (script) => {
      const dir = copy();
      rmSync(join(dir, "observations.csv"));
      mkdirSync(join(dir, "observations.csv"));
      const result = run(script, dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/observations\.csv: is a folder, not a file/);
      expect(result.stderr).not.toMatch(/\n\s+at |EISDIR/);
    },
  );

  it.each(["scripts/validate.ts", "scripts/build.ts"])(
    "%s names a report text that is a folder where sources.csv lists it",
    (script) => {
      const dir = copy();
      rmSync(join(dir, "sources/bac-son-2024.txt"));
      mkdirSync(join(dir, "sources/bac-son-2024.txt"));
      const result = run(script, dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /sources\.csv:\d+:2 \(file\): report text \S*bac-son-2024\.txt is a folder, not a file/,
      );
      expect(result.stderr).not.toMatch(/\n\s+at |EISDIR/);
    },
  );
});
