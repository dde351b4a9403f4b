import { describe, expect, it } from "vitest";
import { formatDate, formatFraction, formatNumber, formatPercent } from "../../src/lib/format.ts";

describe("formatting per language", () => {
  it("groups thousands with a point in Vietnamese and a comma in English", () => {
    expect(formatNumber(1541, "vi")).toBe("1.541");
    expect(formatNumber(1541, "en")).toBe("1,541");
    expect(formatNumber(69941.38, "vi")).toBe("69.941,38");
  });
  it("writes percents with the language's decimal mark", () => {
    expect(formatPercent(88.06, "vi")).toMatch(/^88,1\s?%$/);
    expect(formatPercent(88.06, "en")).toBe("88.1%");
  });
  it("shows the counts behind a ratio", () => {
    expect(formatFraction(1495, 4812, "vi")).toBe("1.495/4.812");
    expect(formatFraction(1495, 4812, "en")).toBe("1,495/4,812");
  });
});

describe("dates per language", () => {
  it("writes a full date, a month and a year as Vietnamese and English readers do", () => {
    expect(formatDate("2025-06-30", "vi")).toBe("30/6/2025");
    expect(formatDate("2024-11", "vi")).toBe("tháng 11/2024");
    expect(formatDate("2024-01-05", "en")).toBe("5 January 2024");
    expect(formatDate("2024-11", "en")).toBe("November 2024");
    expect(formatDate("2020", "vi")).toBe("2020");
  });

  it("leaves a text that is not an ISO date as it is", () => {
    expect(formatDate("2016-2020", "vi")).toBe("2016-2020");
    expect(formatDate("", "en")).toBe("");
  });
});
