import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../src/lib/stats.ts";

describe("wilsonInterval", () => {
  it("matches the published Wilson interval for 59/67", () => {
    const { low, high } = wilsonInterval(59, 67);
    expect(low).toBeCloseTo(78.18, 1);
    expect(high).toBeCloseTo(93.82, 1);
  });
  it("stays inside 0–100 at the edges and is wide for small samples", () => {
    const all = wilsonInterval(7, 7);
    expect(all.high).toBe(100);
    expect(all.low).toBeGreaterThan(55);
    expect(all.low).toBeLessThan(70);
    expect(wilsonInterval(0, 10).low).toBe(0);
  });
  it("narrows as the denominator grows", () => {
    const small = wilsonInterval(8, 10);
    const large = wilsonInterval(800, 1000);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });
  it("refuses impossible counts", () => {
    expect(() => wilsonInterval(5, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(6, 5)).toThrow(RangeError);
  });
});
