import writeExcelFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/lib/csv.ts";
import { checkOwnCsv, checkOwnXlsx, SHOWN_ISSUES } from "../../../src/lib/upload/own-data.ts";
import { insertOwnRowsSql } from "../../../src/lib/upload/own-table.ts";
import { GOOD_ROWS, HEADER, PNG, csvText, quoteOf, rowOf, utf16, windows1258 } from "../../support/upload-files.ts";

const context = () => ({
  indicators: new Map([
    ["petitions_resolved", { kind: "ratio" as const }],
    ["households", { kind: "count" as const }],
  ]),
  existingIds: new Set<string>(),
});
const utf8 = (text: string) => new TextEncoder().encode(text);
const check = (bytes: Uint8Array, file = "mine.csv") => checkOwnCsv(bytes, file, context());
const lines = (result: ReturnType<typeof check>) => result.issues.map(formatIssue);
const withCell = (row: string[], name: string, value: string) =>
  row.map((cell, i) => (HEADER[i] === name ? value : cell));

describe("checkOwnCsv", () => {
  it("reads the template's own format", () => {
    const result = check(utf8(csvText(GOOD_ROWS)));
    expect(lines(result)).toEqual([]);
    expect(result.rows.map((row) => row.obs_id)).toEqual(["mine-001", "mine-002"]);
    expect(result.notes).toEqual([]);
  });

  it("detects a semicolon separator and reads Vietnamese numbers with the reports' parser", () => {
    const rows = [
      withCell(withCell(GOOD_ROWS[0]!, "value", "75,00"), "reported_percent", "75%"),
      withCell(GOOD_ROWS[1]!, "value", "1.541"),
    ];
    const result = check(utf8(csvText(rows, ";", "\r\n")));
    expect(lines(result)).toEqual([]);
    expect(result.rows.map((row) => [row.value, row.reported_percent])).toEqual([
      ["75.00", "75"],
      ["1541", ""],
    ]);
    expect(result.notes.map((note) => note.code)).toEqual(["delimiter", "vietnameseNumbers"]);
  });

  it("reports missing columns once, at the header, and no row", () => {
    const text = csvText(GOOD_ROWS)
      .replace(",scope,", ",")
      .replace(/,total,/g, ",");
    const result = check(utf8(text.replace("obs_id,", "")));
    expect(lines(result)).toEqual([
      `mine.csv:1:${HEADER.length - 1}: missing column obs_id, scope: no row was read (use the template)`,
    ]);
    expect(result.rows).toEqual([]);
  });

  it("refuses a PNG renamed .csv by its format", () => {
    expect(lines(check(PNG, "chart.csv"))).toEqual([
      "chart.csv: this is a PNG file, not a CSV or Excel (.xlsx) table: save the table as CSV UTF-8 or .xlsx",
    ]);
  });

  it.each([
    ["UTF-8 with a BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csvText(GOOD_ROWS))]), undefined],
    ["UTF-16 LE with a BOM", utf16(csvText(GOOD_ROWS), "le", true), "UTF-16LE"],
    ["UTF-16 BE with a BOM", utf16(csvText(GOOD_ROWS), "be", true), "UTF-16BE"],
    ["UTF-16 LE without a BOM", utf16(csvText(GOOD_ROWS), "le", false), "UTF-16LE"],
    ["UTF-16 BE without a BOM", utf16(csvText(GOOD_ROWS), "be", false), "UTF-16BE"],
    ["Windows-1258", windows1258(csvText(GOOD_ROWS)), "Windows-1258"],
  ])("reads %s, its Vietnamese intact, and says how", (_name, bytes, encoding) => {
    const result = check(bytes);
    expect(lines(result)).toEqual([]);
    expect(result.rows.map((row) => row.quote)).toEqual(GOOD_ROWS.map(quoteOf));
    expect(result.notes.map((note) => note.args[0])).toEqual(encoding ? [encoding] : []);
  });

  it.each([
    [
      "1 and 400 zeros",
      withCell(GOOD_ROWS[1]!, "value", `1${"0".repeat(400)}`),
      "mine.csv:2:8 (value): is too large to be a number",
    ],
    ["a negative count", withCell(GOOD_ROWS[1]!, "value", "-5"), "mine.csv:2:8 (value): -5 is negative"],
    [
      "-5/10",
      rowOf({
        obs_id: "x-1",
        indicator_id: "petitions_resolved",
        unit_id: "x",
        period: "2024",
        scope: "total",
        numerator: "-5",
        denominator: "10",
        value: "-50",
        source_id: "r",
        quote: "q",
      }),
      "mine.csv:2:6 (numerator): -5 is negative",
    ],
    [
      "a rate over 100%",
      rowOf({
        obs_id: "x-1",
        indicator_id: "petitions_resolved",
        unit_id: "x",
        period: "2024",
        scope: "total",
        value: "120",
        reported_percent: "120",
        source_id: "r",
        quote: "q",
      }),
      "mine.csv:2:9 (reported_percent): 120% is over 100%",
    ],
    [
      "a reversed period",
      withCell(GOOD_ROWS[1]!, "period", "2024-2016"),
      "mine.csv:2:4 (period): the span runs backwards",
    ],
  ])("refuses %s with its position, once", (_name, row, expected) => {
    const result = check(utf8(csvText([row])));
    expect(result.rows).toEqual([]);
    expect(lines(result).join("\n")).toContain(expected);
    expect(new Set(lines(result)).size).toBe(lines(result).length);
    expect(lines(result).length).toBeLessThanOrEqual(2);
  });

  it("keeps the good rows of a file with a bad one", () => {
    const result = check(utf8(csvText([GOOD_ROWS[0]!, withCell(GOOD_ROWS[1]!, "value", "-5")])));
    expect(result.rows.map((row) => row.obs_id)).toEqual(["mine-001"]);
    expect(result.total).toBe(1);
  });

  it("caps a 50 MB file in which every row is bad, and counts the rest by column", () => {
    const bad = `${csvText([]).trimEnd()}\n${`${rowOf({ obs_id: "x-1", indicator_id: "households", unit_id: "x", period: "2024", scope: "total", value: "-5", source_id: "r", quote: "q" }).join(",")}\n`.repeat(1_250_000)}`;
    expect(bad.length).toBeGreaterThan(50_000_000);
    const result = check(utf8(bad));
    expect(result.issues).toHaveLength(SHOWN_ISSUES);
    expect(result.total).toBe(2_500_000 - 1);
    expect(result.counts.get("value")).toBe(1_250_000);
    expect(result.counts.get("obs_id")).toBe(1_250_000 - 1);
    expect(result.rows).toEqual([]);
  }, 120_000);

  it("reads 258,372 valid rows and turns them into moderate statements", () => {
    const rows = Array.from({ length: 258_372 }, (_, i) => withCell(GOOD_ROWS[1]!, "obs_id", `mine-${i}`));
    const result = check(utf8(csvText(rows)));
    expect(result.total).toBe(0);
    expect(result.rows).toHaveLength(258_372);
    const statements = insertOwnRowsSql(result.rows);
    expect(statements[0]).toBe("BEGIN TRANSACTION");
    expect(statements.at(-1)).toBe("COMMIT");
    expect(Math.max(...statements.map((sql) => sql.length))).toBeLessThan(1_000_000);
  }, 120_000);
});

describe("checkOwnXlsx", () => {
  it("reads the first sheet, numbers and text alike, with spreadsheet row numbers", async () => {
    const typed = (row: string[]) =>
      row.map((cell, i) =>
        ["numerator", "denominator", "value", "reported_percent"].includes(HEADER[i]!) && cell !== ""
          ? Number(cell)
          : cell || null,
      );
    const sheet = [HEADER, typed(GOOD_ROWS[0]!), typed(withCell(GOOD_ROWS[1]!, "value", "-5"))];
    const bytes = new Uint8Array(await writeExcelFile(sheet).toBuffer());
    const result = await checkOwnXlsx(bytes, "mine.xlsx", context());
    expect(result.rows.map((row) => [row.obs_id, row.value, row.quote])).toEqual([
      ["mine-001", "75", quoteOf(GOOD_ROWS[0]!)],
    ]);
    expect(lines(result)).toEqual([expect.stringMatching(/^mine\.xlsx:3:8 \(value\): -5 is negative/)]);
  });

  it("refuses a file that is not a spreadsheet, by name", async () => {
    const result = await checkOwnXlsx(PNG, "chart.xlsx", context());
    expect(lines(result)[0]).toMatch(/^chart\.xlsx: the Excel file cannot be read/);
  });
});
