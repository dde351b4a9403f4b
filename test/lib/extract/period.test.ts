import { describe, expect, it } from "vitest";
import { periodAt } from "../../../src/lib/extract/period.ts";

/** The period of the first occurrence of `figure` in `text`. */
const periodOf = (text: string, figure: string, period: string) => {
  const start = text.indexOf(figure);
  return periodAt(text, { start: 0, end: text.length }, { start, end: start + figure.length }, period);
};

describe("periodAt", () => {
  it("takes the year the figure's clause names, in or out of brackets", () => {
    const text = "Năm 2023 tiếp nhận 6.599 đơn, tăng 727 đơn so với năm 2022 (năm 2022 là 5.872 đơn).";
    expect(periodOf(text, "6.599 đơn", "2023")).toBe("2023");
    expect(periodOf(text, "5.872 đơn", "2023")).toBe("2022");
    expect(periodOf("Riêng năm 2022, thụ lý 1.962 vụ việc", "1.962 vụ việc", "2018-2022")).toBe("2022");
  });

  it("does not take a year compared with, a start, an end or a plan", () => {
    expect(periodOf("so với năm 2022 giảm, đạt 500 hồ sơ", "500 hồ sơ", "2023")).toBe("2023");
    expect(periodOf("Từ năm 2019 đến nay có 27 sản phẩm", "27 sản phẩm", "2023")).toBe("2023");
    expect(periodOf("năm 2025 có 40 sản phẩm", "40 sản phẩm", "2024")).toBe("2024");
    expect(periodOf("năm 2015 có 40 sản phẩm", "40 sản phẩm", "2018-2022")).toBe("2018-2022");
    expect(periodOf("năm 2022 có 40 sản phẩm", "40 sản phẩm", "cả nhiệm kỳ")).toBe("cả nhiệm kỳ");
  });

  it("gives a year right after a figure to that figure only", () => {
    const text = "tại 17 cơ sở năm 2019 và nhân rộng 34 cơ sở năm 2020";
    expect(periodOf(text, "17 cơ sở", "2016-2020")).toBe("2019");
    expect(periodOf(text, "34 cơ sở", "2016-2020")).toBe("2020");
  });
});
