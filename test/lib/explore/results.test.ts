import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { resultsCsv, resultsCsvParts, resultsSheet } from "../../../src/lib/explore/results-csv.ts";
import { chartable, displayCell, pageOf, shownCells } from "../../../src/lib/explore/results.ts";

describe("explorer results", () => {
  const rows = Array.from({ length: 120 }, (_, i) => ({ unit: `u${i}`, value: i }));

  it("pages results", () => {
    expect(pageOf(rows, 0)).toMatchObject({ from: 1, to: 50, pages: 3 });
    expect(pageOf(rows, 2).rows).toHaveLength(20);
    expect(pageOf(rows, 9)).toMatchObject({ from: 101, to: 120 });
    expect(pageOf([], 0)).toMatchObject({ from: 0, to: 0, pages: 1 });
  });

  it("exports CSV that parses back to the same cells, quoting what needs it", () => {
    const csv = resultsCsv(
      ["name", "note"],
      [
        { name: "Huyện Bắc Sơn", note: 'a, "quoted" note' },
        { name: "x", note: null },
      ],
    );
    expect(csv.startsWith("name,note\n")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed).toEqual([
      ["name", "note"],
      ["Huyện Bắc Sơn", 'a, "quoted" note'],
      ["x", ""],
    ]);
  });

  it("charts a label and a number, nothing else", () => {
    expect(chartable(["unit", "value"], rows.slice(0, 5))).toEqual({ label: "unit", value: "value" });
    expect(chartable(["a", "b", "c"], [{ a: 1, b: 2, c: 3 }])).toBeNull();
    expect(chartable(["a", "b"], [{ a: "x", b: "y" }])).toBeNull();
  });

  it("shows NULL and non-scalar cells as text", () => {
    expect(displayCell(null)).toBe("NULL");
    expect(displayCell({ a: 1 })).toBe('{"a":1}');
    expect(displayCell(12n)).toBe("12");
  });

  it("neutralises formula-leading text in the CSV and the sheet, but not negative numbers", () => {
    const rows = [
      { cell: '=HYPERLINK("http://evil.example","x")', n: -5 },
      { cell: "+cmd|' /C calc'!A0", n: 1 },
      { cell: "@SUM(1)", n: null },
      { cell: "-5", n: 0 },
    ];
    const parsed = Papa.parse<string[]>(resultsCsv(["cell", "n"], rows).trim()).data;
    expect(parsed).toEqual([
      ["cell", "n"],
      ['\'=HYPERLINK("http://evil.example","x")', "-5"],
      ["'+cmd|' /C calc'!A0", "1"],
      ["'@SUM(1)", ""],
      ["-5", "0"],
    ]);
    expect(resultsSheet(["cell", "n"], rows).data[1]).toEqual(['\'=HYPERLINK("http://evil.example","x")', -5]);
  });

  it("writes a long result in pieces that join to one CSV", () => {
    const many = Array.from({ length: 1234 }, (_, i) => ({ i }));
    const parts = resultsCsvParts(["i"], many);
    expect(parts.length).toBeGreaterThan(2);
    expect(Papa.parse(parts.join(""), { header: true, skipEmptyLines: true }).data).toHaveLength(1234);
  });

  it("cuts long cells on screen, and a page's text at its budget, always showing a row", () => {
    const huge = Array.from({ length: 30 }, () => ({ s: "x".repeat(1_000_000) }));
    const shown = shownCells(huge, ["s"], 500, 2_000);
    expect(shown.cells).toHaveLength(4);
    expect(shown.cells[0]![0]).toBe(`${"x".repeat(500)}…`);
    expect(shown.clippedCells).toBe(4);
    expect(shown.omittedRows).toBe(26);
    expect(shownCells([{ s: "x".repeat(5000) }], ["s"], 10_000, 100).cells).toHaveLength(1);
    expect(shownCells([{ s: "short" }], ["s"])).toEqual({ cells: [["short"]], clippedCells: 0, omittedRows: 0 });
  });
});
