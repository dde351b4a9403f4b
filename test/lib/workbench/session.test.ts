import { describe, expect, it } from "vitest";
import {
  addManualRow,
  guessTitle,
  newWorkbench,
  propose,
  rowProblems,
  setStatus,
  slugFromName,
  updateRow,
  type Kinds,
} from "../../../src/lib/workbench/session.ts";
import { restoreWorkbench, serialiseWorkbench } from "../../../src/lib/workbench/storage.ts";

const TEXT =
  "BÁO CÁO\n\nKết quả thực hiện dân chủ ở cơ sở năm 2024\n\nNăm 2024, UBND xã tiếp nhận 40 đơn, đã giải quyết 16/40 đơn, đạt 94,11%.\n";
const kinds: Kinds = new Map([
  ["petitions_received", { kind: "count" }],
  ["petitions_resolved", { kind: "ratio" }],
]);
const opened = { text: TEXT, format: "txt" as const, legacyParagraphs: 0, composed: false };
const start = () => {
  const state = newWorkbench("Báo cáo Xã Đông 2024.txt", opened);
  return { ...state, source: { ...state.source, unit_id: "xa-dong" } };
};

describe("workbench session", () => {
  it("guesses the report's id, title and period from its name and text", () => {
    const state = start();
    expect(state.source).toMatchObject({
      source_id: "bao-cao-xa-dong-2024",
      period: "2024",
      title: "Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2024",
    });
    expect(slugFromName("Đề án.pdf")).toBe("de-an");
    expect(guessTitle("no heading")).toBe("");
  });

  it("proposes the extractor's rows, flags a percent the counts disagree with, and keeps the curator's rows on a new proposal", () => {
    let state = propose(start(), kinds);
    const resolved = state.rows.find((row) => row.row.indicator_id === "petitions_resolved")!;
    expect(resolved).toMatchObject({ status: "proposed", origin: "extractor" });
    expect(resolved.row).toMatchObject({
      numerator: "16",
      denominator: "40",
      reported_percent: "94.11",
      flags: "percent_mismatch",
    });
    expect(TEXT.slice(resolved.start, resolved.end)).toBe(resolved.row.quote);
    expect(rowProblems(state, resolved, kinds)).toEqual([]);

    state = updateRow(state, resolved.key, { flags: "", note: "" }, "accepted");
    const edited = state.rows.find((row) => row.key === resolved.key)!;
    expect(rowProblems(state, edited, kinds).map(([field]) => field)).toEqual(["reported_percent"]);
    const again = propose(state, kinds);
    expect(again.rows.filter((row) => row.key === resolved.key)).toHaveLength(1);
    expect(again.rows.filter((row) => row.row.indicator_id === "petitions_resolved")).toHaveLength(2);
  });

  it("checks a row added by hand against the text: the quote must be in it and hold every number", () => {
    const from = TEXT.indexOf("tiếp nhận");
    let state = addManualRow(start(), from, from + "tiếp nhận 40 đơn".length, "petitions_received");
    const manual = state.rows[0]!;
    expect(manual).toMatchObject({ origin: "manual", status: "accepted" });
    expect(rowProblems(state, manual, kinds).map(([field]) => field)).toEqual(["value"]);
    state = updateRow(state, manual.key, { value: "41" });
    expect(rowProblems(state, state.rows[0]!, kinds)).toEqual([["value", "41 does not appear in the quote"]]);
    state = updateRow(state, manual.key, { value: "40", quote: "tiếp nhận 40 hồ sơ" });
    expect(rowProblems(state, state.rows[0]!, kinds)[0]![1]).toMatch(/is not a verbatim passage/);
    state = setStatus(updateRow(state, manual.key, { quote: "tiếp nhận 40 đơn" }), [manual.key], "rejected");
    expect(state.rows[0]!.status).toBe("rejected");
    expect(rowProblems(state, state.rows[0]!, kinds)).toEqual([]);
  });

  it("survives a round trip through storage, and refuses what is not a workbench", () => {
    const state = propose(start(), kinds);
    expect(restoreWorkbench(serialiseWorkbench(state))).toEqual(state);
    for (const bad of [null, "", "{", '{"version":2}', "[]"]) expect(restoreWorkbench(bad)).toBeUndefined();
  });
});
