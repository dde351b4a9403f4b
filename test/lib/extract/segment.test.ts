import { describe, expect, it } from "vitest";
import { blocks, sentences } from "../../../src/lib/extract/segment.ts";

const texts = (text: string) => sentences(text).map((sentence) => text.slice(sentence.start, sentence.end));

describe("sentences", () => {
  it("splits at sentence ends, keeping offsets into the text", () => {
    const text = "Năm 2024 tiếp nhận 1.541 hồ sơ. Tỷ lệ đúng hạn 95.13%; còn lại 2 hồ sơ.";
    expect(texts(text)).toEqual(["Năm 2024 tiếp nhận 1.541 hồ sơ.", "Tỷ lệ đúng hạn 95.13%; còn lại 2 hồ sơ."]);
  });

  it("rejoins a line broken mid-sentence, and a sentence cut by a page break", () => {
    const text = "đã giải quyết 88/90 đơn\nthuộc thẩm quyền, đạt 97,8%.\n\nlựa chọn xây dựng 10\n\nmô hình điểm.";
    expect(texts(text)).toEqual([
      "đã giải quyết 88/90 đơn\nthuộc thẩm quyền, đạt 97,8%.",
      "lựa chọn xây dựng 10\n\nmô hình điểm.",
    ]);
  });

  it("starts a new block at bullets, numbered headings and footnotes", () => {
    const text = "Kết quả như sau\n- tiếp 82 lượt\n+ nhận 58 đơn\n2.1. Hòa giải\n¹ Gồm 3 xã\n14. Ghi chú cuối trang";
    expect(blocks(text)).toHaveLength(6);
  });

  it("does not split inside numbers or after abbreviations", () => {
    expect(texts("Có 1.705 thôn ở TP. Lạng Sơn và 69.941,38 ha.")).toHaveLength(1);
  });

  it("keeps a fragment that only gives the percent with its figure", () => {
    expect(texts("Số xã tổ chức đối thoại: 14/14. Chiếm 100%. Tiếp theo.")).toEqual([
      "Số xã tổ chức đối thoại: 14/14. Chiếm 100%.",
      "Tiếp theo.",
    ]);
  });

  it("keeps a heading apart from the paragraph after it", () => {
    expect(texts("I. Đặc điểm tình hình\nHuyện có 13 xã.")).toEqual(["I. Đặc điểm tình hình", "Huyện có 13 xã."]);
  });
});
