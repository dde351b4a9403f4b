import { describe, expect, it } from "vitest";
import { neutraliseFormula, spreadsheetCell } from "../../src/lib/spreadsheet-safe.ts";

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
