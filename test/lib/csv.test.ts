import { describe, expect, it } from "vitest";
import { decodeUtf8, formatIssue, lineAndColumn, parseCsv } from "../../src/lib/csv.ts";

const issues = (text: string, strict = true) =>
  parseCsv(text, "f.csv", { columns: ["a", "b"], strict }).issues.map(formatIssue);

describe("parseCsv", () => {
  it("reads quoted commas and newlines and gives each record its starting line", () => {
    const table = parseCsv('a,b\n1,"x,y"\n2,"two\nlines"\n3,z\n', "f.csv", { columns: ["a", "b"] });
    expect(table.records.map((r) => [r.line, r.values.b])).toEqual([
      [2, "x,y"],
      [3, "two\nlines"],
      [5, "z"],
    ]);
    expect(table.issues).toEqual([]);
  });
  it("points at an unclosed quote at the start of a line", () => {
    expect(issues('a,b\n1,x\n"2,y\n')).toEqual([
      "f.csv:3:1: quoted field is never closed (a missing closing double quote swallows the rest of the file)",
    ]);
  });
  it("reports BOM and CRLF in strict mode only", () => {
    expect(issues("\uFEFFa,b\r\n1,2\r\n")).toHaveLength(2);
    expect(issues("\uFEFFa,b\r\n1,2\r\n", false)).toEqual([]);
  });
  it("reports missing, unknown and duplicate columns, and short rows", () => {
    expect(issues("a,a,c\n1,2,3\n")).toEqual([
      'f.csv:1:2: duplicate column "a"',
      'f.csv:1:3: unknown column "c" (expected a,b)',
      'f.csv:1:4: missing column "b"',
    ]);
    expect(issues("a,b\n1\n")).toEqual(["f.csv:2:1: row has 1 fields, the header has 2"]);
  });
});

describe("parseCsv at size", () => {
  it("reads 20,000 rows, with their line numbers, in linear time (seconds, not minutes)", () => {
    const text = `a,b\n${Array.from({ length: 20_000 }, (_, i) => `${i},"x\ny"`).join("\n")}\n`;
    const started = performance.now();
    const table = parseCsv(text, "big.csv", { columns: ["a", "b"] });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(table.records).toHaveLength(20_000);
    expect(table.records.at(-1)!.line).toBe(2 + 2 * 19_999);
  });
});

describe("decodeUtf8 and positions", () => {
  it("finds the first invalid byte", () => {
    const result = decodeUtf8(new Uint8Array([0x61, 0x0a, 0x62, 0xe9, 0x63]), "l.csv");
    expect("issue" in result && formatIssue(result.issue)).toBe(
      "l.csv:2:2: byte 0xe9 at offset 3 is not valid UTF-8 (save the file as UTF-8, not Latin-1 or Windows-1258)",
    );
  });
  it("keeps a BOM in the decoded text so it can be reported", () => {
    const result = decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "b.csv");
    expect("text" in result && result.text).toBe("\uFEFFa");
  });
  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
