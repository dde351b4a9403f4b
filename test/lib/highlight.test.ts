import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/lib/highlight.ts";

describe("segmentText", () => {
  const text = "Năm 2024, tiếp nhận 26 đơn, kết quả đã giải quyết 26/26 đơn, đạt 100%.";

  it("keeps the whole text, in order", () => {
    const segments = segmentText(text, [{ id: "a", quote: "26/26 đơn" }]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.find((s) => s.passages.length)).toEqual({ text: "26/26 đơn", passages: ["a"], anchors: ["a"] });
  });

  it("handles overlapping and identical passages with an anchor for each", () => {
    const segments = segmentText(text, [
      { id: "received", quote: "tiếp nhận 26 đơn" },
      { id: "resolved", quote: "tiếp nhận 26 đơn, kết quả đã giải quyết 26/26 đơn, đạt 100%" },
      { id: "same", quote: "tiếp nhận 26 đơn" },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    const first = segments.find((s) => s.text === "tiếp nhận 26 đơn")!;
    expect(first.passages.sort()).toEqual(["received", "resolved", "same"]);
    expect(first.anchors.sort()).toEqual(["received", "resolved", "same"]);
    const rest = segments.find((s) => s.text.startsWith(", kết quả"))!;
    expect(rest.passages).toEqual(["resolved"]);
    expect(rest.anchors).toEqual([]);
  });

  it("ignores passages that are not in the text", () => {
    expect(segmentText("abc", [{ id: "x", quote: "zzz" }])).toEqual([{ text: "abc", passages: [], anchors: [] }]);
  });
});
