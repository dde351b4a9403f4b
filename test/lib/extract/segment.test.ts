import { describe, expect, it } from "vitest";
import { clauses } from "../../../src/lib/extract/segment.ts";

describe("clauses", () => {
  it("splits at sentence ends, blank lines and bullets, keeping exact offsets", () => {
    const text = "Năm 2024 đạt 1.541 hồ sơ. Tỷ lệ 95.13%; còn lại.\n\n- Mục một\n+ Mục hai";
    const parts = clauses(text);
    expect(parts.map((c) => c.text)).toEqual([
      "Năm 2024 đạt 1.541 hồ sơ.",
      "Tỷ lệ 95.13%; còn lại.",
      "- Mục một",
      "+ Mục hai",
    ]);
    for (const clause of parts) expect(text.slice(clause.start, clause.end)).toBe(clause.text);
  });
  it("keeps a line broken mid-sentence in one clause", () => {
    const [clause] = clauses("đã giải quyết 88/90 đơn\nthuộc thẩm quyền, đạt 97,8%.");
    expect(clause!.text).toBe("đã giải quyết 88/90 đơn\nthuộc thẩm quyền, đạt 97,8%.");
  });
  it("does not split inside numbers", () => {
    expect(clauses("Có 1.705 thôn. Và 69.941,38 ha.")).toHaveLength(2);
  });
});
