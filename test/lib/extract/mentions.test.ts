import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/lib/extract/mentions.ts";

const figures = (text: string) =>
  findMentions(text, 0, text.length).map((mention) =>
    [mention.kind, mention.value.value, mention.total?.value, mention.unit, mention.value.approximate].filter(
      (part) => part !== undefined && part !== false,
    ),
  );

describe("findMentions", () => {
  it("reads counts, fractions and percents with their units", () => {
    expect(figures("tiếp nhận 1.541 hồ sơ, đã giải quyết 59/67 đơn, đạt 88,06 %")).toEqual([
      ["count", 1541, "record"],
      ["fraction", 59, 67, "petition"],
      ["percent", 88.06],
    ]);
  });

  it("reads the ways a total is written", () => {
    expect(figures("42 trên 45 hồ sơ; 95 đơn/102 đơn; 6.680hộ/29.023; 100% (45/45) thôn")).toEqual([
      ["fraction", 42, 45, "record"],
      ["fraction", 95, 102, "petition"],
      ["fraction", 6680, 29023, "household"],
      ["percent", 100],
      ["fraction", 45, 45, "village"],
    ]);
  });

  it("drops dates, years, document numbers, ranges, ordinals and money", () => {
    const text =
      "Kết luận số 120-KL/TW ngày 07/01/2016, Nghị định 04/2015/NĐ-CP, tháng 11/2020, năm 2023, giai đoạn 2016-2020, lần thứ 3, 187 triệu đồng, 26.500.000đ, 12km";
    expect(figures(text)).toEqual([]);
  });

  it("drops footnote markers glued to a word and keeps the figure they follow", () => {
    expect(figures("theo quy định4, giải quyết 36/40 đơn12, đạt 90%3")).toEqual([
      ["fraction", 36, 40, "petition"],
      ["percent", 90],
    ]);
  });

  it("reads numbers written as words, and a digits-and-words doublet once", () => {
    expect(figures("hai mươi lăm buổi; 02 (hai) hội nghị; một số xã; năm 2024 có một cửa")).toEqual([
      ["count", 25, "meeting"],
      ["count", 2, "meeting"],
    ]);
  });

  it("marks approximate figures", () => {
    expect(figures("hơn 1.200 đơn, gần 200 cuộc, trên 450 đại biểu, khoảng 30 vụ")).toEqual([
      ["count", 1200, "petition", true],
      ["count", 200, "meeting", true],
      ["count", 450, "person", true],
      ["count", 30, "case", true],
    ]);
  });

  it("does not take 'đơn vị' for petitions nor page views for reception turns", () => {
    expect(figures("có 90 đơn vị ủng hộ; 25.000 lượt truy cập")).toEqual([
      ["count", 90, "unit"],
      ["count", 25000],
    ]);
  });

  it("reads digits with a scale word as one rounded figure, and drops money written so", () => {
    expect(
      figures("hơn 12 nghìn hồ sơ, 11,26 ngàn hồ sơ, gần 2,4 vạn vụ việc, 1,3 triệu hồ sơ; 187 triệu đồng"),
    ).toEqual([
      ["count", 12000, "record", true],
      ["count", 11260, "record", true],
      ["count", 24000, "case", true],
      ["count", 1300000, "record", true],
    ]);
    const [mention] = findMentions("cấp xã hơn 9 nghìn hồ sơ", 0, 24);
    expect(mention!.value).toMatchObject({ raw: "9 nghìn", scaled: true, start: 11, end: 18 });
  });

  it("reads delegation turns and the persons after the slash", () => {
    expect(figures("có 03 lượt đoàn/41 lượt người; 05 lượt đoàn viên")).toEqual([
      ["count", 3, "turn"],
      ["count", 41, "person"],
      ["count", 5],
    ]);
  });
});
