import { describe, expect, it } from "vitest";
import { formatFraction, formatNumber, formatPercent } from "../../src/lib/format.ts";

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
