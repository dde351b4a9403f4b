import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { resultsCsv } from "../../../src/lib/explore/results-csv.ts";
import { chartable, displayCell, pageOf } from "../../../src/lib/explore/results.ts";

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
});
