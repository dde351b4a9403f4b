import { describe, expect, it } from "vitest";
import { foldDiacritics, matchesQuery } from "../../src/lib/search.ts";

describe("unit search", () => {
  it("finds a name typed without its marks, in any case and word order", () => {
    expect(matchesQuery("Huyện Bắc Sơn · Lạng Sơn", "bac son")).toBe(true);
    expect(matchesQuery("Phường Ba Đình · Thanh Hóa", "DINH ba")).toBe(true);
    expect(matchesQuery("Huyện Bắc Sơn", "  ")).toBe(true);
  });

  it("needs every word", () => {
    expect(matchesQuery("Huyện Bắc Sơn", "bac giang")).toBe(false);
    expect(matchesQuery("Huyện Yên Thế", "yen the x")).toBe(false);
  });

  it("folds đ and every tone and vowel mark", () => {
    expect(foldDiacritics("Đồng Hới, Thừa Thiên Huế")).toBe("dong hoi, thua thien hue");
  });
});
