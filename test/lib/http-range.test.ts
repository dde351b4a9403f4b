import { describe, expect, it } from "vitest";
import { byteRange } from "../../src/lib/http-range.ts";

describe("byteRange", () => {
  it.each([
    ["bytes=0-99", { kind: "part", start: 0, end: 99 }],
    ["bytes=100-", { kind: "part", start: 100, end: 999 }],
    ["bytes=-500", { kind: "part", start: 500, end: 999 }],
    ["bytes=-5000", { kind: "part", start: 0, end: 999 }],
    ["bytes=900-5000", { kind: "part", start: 900, end: 999 }],
    ["bytes=1000-", { kind: "unsatisfiable" }],
    ["bytes=-0", { kind: "unsatisfiable" }],
    ["bytes=5-1", { kind: "whole" }],
    ["bytes=0-1,5-9", { kind: "whole" }],
    ["items=0-1", { kind: "whole" }],
    ["bytes=-", { kind: "whole" }],
    [undefined, { kind: "whole" }],
  ])("reads %j of a 1000-byte file", (header, expected) => {
    expect(byteRange(header, 1000)).toEqual(expected);
  });
});
