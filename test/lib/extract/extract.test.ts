import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/csv.ts";
import { extract } from "../../../src/lib/extract/extract.ts";
import { textContainsNumber } from "../../../src/lib/numbers.ts";
import { INDICATORS, SOURCES, columnsOf } from "../../../src/lib/schema.ts";

const table = (file: string, columns: string[]) =>
  parseCsv(readFileSync(`data/${file}`, "utf8"), file, { columns }).records.map((record) => record.values);
const kinds = new Map(table(INDICATORS.file, columnsOf(INDICATORS)).map((row) => [row.indicator_id!, row.kind!]));
const run = (text: string) => extract(text, { sourceId: "xa-vi-du-2024", unitId: "xa-vi-du", period: "2024", kinds });

describe("extract", () => {
  it("cuts every quote from the original text, with every number of its row, on the five reports", () => {
    for (const source of table(SOURCES.file, columnsOf(SOURCES)).filter((s) => s.grade === "held")) {
      const text = readFileSync(`data/${source.file}`, "utf8");
      for (const row of run(text)) {
        expect(text.slice(row.char_start, row.char_end)).toBe(row.quote);
        const stated = [row.numerator, row.denominator, row.reported_percent, row.numerator ? "" : row.value];
        for (const number of stated.filter(Boolean))
          expect(textContainsNumber(row.quote, Number(number)), row.quote).toBe(true);
        expect(row.confidence).toBeGreaterThan(0);
        expect(row.confidence).toBeLessThan(1);
      }
    }
  });

  it("quotes decomposed (NFD) text from the original characters", () => {
    const text = "Các tổ hòa giải đã hòa giải thành 12 vụ việc.".normalize("NFD");
    const [row] = run(text);
    expect(row).toMatchObject({ indicator_id: "mediation_successful", value: "12" });
    expect(text.slice(row!.char_start, row!.char_end)).toBe(row!.quote);
  });

  it("applies the curation conventions: computed value, the report's percent as written, flags with notes", () => {
    const [mismatch] = run("Đã giải quyết 16/40 đơn, đạt 94,11%.");
    expect(mismatch).toMatchObject({ value: "40", reported_percent: "94.11", flags: "percent_mismatch" });
    expect(mismatch!.note).toMatch(/16\/40 = 40\.00%, but the report says 94\.11%/);
    const [kept] = run("Cấp xã giải quyết 7/8 đơn, đạt 87,50%.");
    expect(kept).toMatchObject({ value: "87.5", reported_percent: "87.50", flags: "" });
    const [approximate] = run("Năm 2024 tiếp nhận gần 300 đơn thư.");
    expect(approximate).toMatchObject({ value: "300", flags: "approximate" });
    const [alone] = run("Năm 2024 có 9 xã được công nhận đạt chuẩn “Chính quyền thân thiện”.");
    expect(alone).toMatchObject({ numerator: "9", value: "", flags: "denominator_not_stated" });
    const [cumulative] = run("Đến nay, huyện đã nâng tổng số sản phẩm OCOP lên 21 sản phẩm.");
    expect(cumulative).toMatchObject({ value: "21", flags: "cumulative_period" });
    for (const row of [mismatch, approximate, alone, cumulative]) expect(row!.note).not.toBe("");
  });

  it("proposes a figure repeated in a summary once", () => {
    const rows = run("Tiếp nhận 26 đơn, đã giải quyết 26/26 đơn. Kết quả: đã giải quyết 26/26 đơn, đạt 100%.");
    expect(rows.filter((row) => row.indicator_id === "petitions_resolved")).toHaveLength(2);
    expect(rows.filter((row) => row.indicator_id === "petitions_received")).toHaveLength(1);
  });

  it("skips the plan for next year", () => {
    const text =
      "III. KẾT QUẢ\nTổ chức 4 cuộc đối thoại với nhân dân.\nV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n- Tổ chức 6 cuộc đối thoại với nhân dân.";
    expect(run(text).map((row) => row.value)).toEqual(["4"]);
  });

  it("numbers candidates by source, in order of appearance", () => {
    const rows = run("Tiếp 12 lượt công dân. Nhận 9 đơn.");
    expect(rows.map((row) => row.obs_id)).toEqual(["xa-vi-du-2024-c001", "xa-vi-du-2024-c002"]);
    expect(rows[0]!.char_start).toBeLessThan(rows[1]!.char_start);
  });
});
