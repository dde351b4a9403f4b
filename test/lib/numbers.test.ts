import { describe, expect, it } from "vitest";
import {
  NumberFormatError,
  decimalPlaces,
  findNumbers,
  parseVietnameseNumber,
  textContainsNumber,
} from "../../src/lib/numbers.ts";

describe("parseVietnameseNumber", () => {
  it.each([
    ["1.541", 1541],
    ["69.941,38", 69941.38],
    ["94,11%", 94.11],
    ["88%", 88],
    ["88 %", 88],
    ["95.13%", 95.13],
    ["07", 7],
    ["1.705", 1705],
    ["103.169", 103169],
    ["0,5", 0.5],
  ])("reads %s as %d", (input, expected) => {
    expect(parseVietnameseNumber(input)).toBe(expected);
  });

  it.each(["10.039.3", "1,2,3", "", "12a", ".5", "5.", "1.23,4.5", "12.3456.789"])("rejects malformed %j", (input) => {
    expect(() => parseVietnameseNumber(input)).toThrow(NumberFormatError);
  });

  it("names the input in its error", () => {
    expect(() => parseVietnameseNumber("10.039.3")).toThrow(/"10\.039\.3" is not a number/);
  });
});

describe("findNumbers", () => {
  it("finds every number with its position", () => {
    const text = "đã giải quyết 59/67 đơn, đạt 88%";
    const tokens = findNumbers(text);
    expect(tokens.map((t) => t.raw)).toEqual(["59", "67", "88"]);
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe("67");
  });
  it("reads a point before three digits as thousands, before other groups as a decimal point", () => {
    const [thousands, decimal] = findNumbers("1.541 hộ, đạt 95.13%");
    expect(thousands!.values).toContain(1541);
    expect(thousands!.values).not.toContain(1.541);
    expect(decimal!.values).toContain(95.13);
  });
  it("matches numbers in Vietnamese formats inside a quote", () => {
    expect(textContainsNumber("diện tích tự nhiên là 69.941,38 ha", 69941.38)).toBe(true);
    expect(textContainsNumber("đạt 94,11%", 94.11)).toBe(true);
    expect(textContainsNumber("đạt 94,11%", 94.1)).toBe(false);
    expect(textContainsNumber("có 05 dân tộc", 5)).toBe(true);
  });
});

describe("decimalPlaces", () => {
  it("counts digits after the point", () => {
    expect(decimalPlaces("94.11")).toBe(2);
    expect(decimalPlaces("88")).toBe(0);
  });
});
