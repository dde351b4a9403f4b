import { describe, expect, it } from "vitest";
import { assetPath, basePath, href, localePath, localised } from "../../src/lib/routes.ts";

describe("routes", () => {
  it("prefixes the base path and the language, Vietnamese at the root", () => {
    expect(basePath("/so-lieu")).toBe("/so-lieu/");
    expect(localePath("vi", "compare/", "/so-lieu/")).toBe("/so-lieu/compare/");
    expect(localePath("en", "/compare/", "/so-lieu")).toBe("/so-lieu/en/compare/");
    expect(assetPath("/data/units.csv", "/so-lieu/")).toBe("/so-lieu/data/units.csv");
  });

  it("builds every item link the same way", () => {
    expect(href.unit("en", "bac-son")).toBe("/en/units/bac-son/");
    expect(href.source("vi", "kbang-2020")).toBe("/sources/kbang-2020/");
    expect(href.indicator("vi", "petitions_resolved")).toBe("/indicators/petitions_resolved/");
    expect(href.quote("en", "kbang-2020", "kbang-001")).toBe("/en/sources/kbang-2020/#q-kbang-001");
    expect(href.slice("petitions_resolved")).toBe("/data/indicators/petitions_resolved.csv");
  });

  it("reads a record's field in the page's language", () => {
    const indicator = { name_vi: "Tỷ lệ", name_en: "Share" };
    expect(localised("vi", indicator, "name")).toBe("Tỷ lệ");
    expect(localised("en", indicator, "name")).toBe("Share");
  });
});
