import { describe, expect, it } from "vitest";
import { EXCEL_CELL_CHARS, neutraliseFormula, spreadsheetCell, toSheet } from "../../src/lib/spreadsheet-safe.ts";

describe("spreadsheet-safe cells", () => {
  it("prefixes text that a spreadsheet would run as a formula", () => {
    for (const text of [
      '=HYPERLINK("http://evil.example","x")',
      "+cmd|' /C calc'!A0",
      "@SUM(1)",
      "-2+3",
      "- Tỷ lệ cơ quan",
      "\t=1",
      "\r=1",
      "=1",
    ])
      expect(neutraliseFormula(text), JSON.stringify(text)).toBe(`'${text}`);
  });

  it("leaves plain numbers and ordinary text alone", () => {
    for (const text of ["-5", "+3.5", "-0,5", "-1.234,5", "1e-3", "-12%", "Huyện Bắc Sơn", "", "a=b", "'=x"])
      expect(neutraliseFormula(text), JSON.stringify(text)).toBe(text);
  });

  it("never touches numbers, booleans or empty cells", () => {
    expect(spreadsheetCell(-5)).toBe(-5);
    expect(spreadsheetCell(true)).toBe(true);
    expect(spreadsheetCell(null)).toBeNull();
    expect(spreadsheetCell("@x")).toBe("'@x");
  });
});

describe("sheets", () => {
  it("neutralises text, keeps numbers, empties blanks and cuts text to Excel's limit", () => {
    const sheet = toSheet(
      ["a", "b"],
      [
        ["=1+1", -5],
        ["", "x".repeat(EXCEL_CELL_CHARS + 10)],
      ],
    );
    expect(sheet.data).toEqual([
      ["a", "b"],
      ["'=1+1", -5],
      [null, "x".repeat(EXCEL_CELL_CHARS)],
    ]);
    expect(sheet.clippedCells).toBe(1);
  });
});
