/**
 * Fuzz test of the upload check (seeded, so repeatable): random bytes, and the template's rows
 * written in random dialects (separator, line ending, quoting, BOM, encoding, number format),
 * then damaged at random. Nothing may throw or hang; every problem has its position, unless it
 * concerns the whole file; no problem is reported twice; an undamaged file reads whole.
 */
import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/lib/csv.ts";
import { checkOwnCsv } from "../../../src/lib/upload/own-data.ts";
import { seeded, type Random } from "../../support/prng.ts";
import { GOOD_ROWS, HEADER, csvText, quoteOf, utf16, valueOf, windows1258 } from "../../support/upload-files.ts";

const context = () => ({
  indicators: new Map([
    ["petitions_resolved", { kind: "ratio" as const }],
    ["households", { kind: "count" as const }],
  ]),
  existingIds: new Set<string>(),
});
/** Problems about the file as a whole, which have no line. */
const WHOLE_FILE = new Set(["binaryFile", "badEncoding", "emptyFile", "noRows"]);

function expectWellFormed(issues: Issue[], label: string): void {
  for (const issue of issues) {
    expect(issue.file, label).toBe("fuzz.csv");
    if (issue.line === 0)
      expect(
        WHOLE_FILE.has(issue.problem?.code ?? "") || /file is empty/.test(issue.message),
        `${label}: ${issue.message}`,
      ).toBe(true);
    else expect(issue.column, `${label}: ${issue.message}`).toBeGreaterThan(0);
  }
  const keys = issues.map((issue) => `${issue.line}:${issue.column}:${issue.field ?? ""}:${issue.message}`);
  expect(new Set(keys).size, `${label}: a problem reported twice`).toBe(keys.length);
}

interface Dialect {
  delimiter: string;
  newline: string;
  quoteAll: boolean;
  vietnamese: boolean;
  encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "utf-16le-bom" | "utf-16be-bom" | "windows-1258";
}

function dialect(random: Random): Dialect {
  const delimiter = random.pick([",", ";", "\t"]);
  return {
    delimiter,
    newline: random.pick(["\n", "\r\n"]),
    quoteAll: random.next() < 0.5,
    vietnamese: delimiter === ";" && random.next() < 0.7,
    encoding: random.pick([
      "utf-8",
      "utf-8-bom",
      "utf-16le",
      "utf-16be",
      "utf-16le-bom",
      "utf-16be-bom",
      "windows-1258",
    ]),
  };
}

function write(rows: string[][], d: Dialect): string {
  const numeric = ["numerator", "denominator", "value", "reported_percent"];
  const cells = rows.map((row) =>
    row.map((cell, i) =>
      d.vietnamese && numeric.includes(HEADER[i]!) ? cell.replace(".", ",").replace(/^(\d)(\d{3})$/, "$1.$2") : cell,
    ),
  );
  if (!d.quoteAll) return csvText(cells, d.delimiter, d.newline);
  return (
    [HEADER, ...cells]
      .map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(d.delimiter))
      .join(d.newline) + d.newline
  );
}

function encode(text: string, encoding: Dialect["encoding"]): Uint8Array {
  if (encoding === "windows-1258") return windows1258(text);
  if (encoding.startsWith("utf-16"))
    return utf16(text, encoding.includes("le") ? "le" : "be", encoding.endsWith("bom"));
  const bytes = new TextEncoder().encode(text);
  return encoding === "utf-8-bom" ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}

/** A few random edits: a character inserted, deleted or replaced, a cell emptied or garbled. */
function damage(text: string, random: Random): string {
  let out = text;
  for (let n = random.int(1, 4); n > 0; n--) {
    const at = random.int(0, out.length);
    const char = random.pick(['"', ",", ";", "\n", "\r", "x", "-", "9", "%", "\t", " ", "đ", "\u0000"]);
    const edit = random.int(0, 2);
    out =
      edit === 0
        ? out.slice(0, at) + char + out.slice(at)
        : edit === 1
          ? out.slice(0, at) + out.slice(at + 1)
          : out.slice(0, at) + char + out.slice(at + 1);
  }
  return out;
}

describe("upload check (fuzz)", () => {
  const random = seeded(10_12);

  it("never throws on random bytes, and positions every problem once", () => {
    for (let i = 0; i < 400; i++) {
      const bytes = random.bytes(random.int(0, 3000));
      const result = checkOwnCsv(bytes, "fuzz.csv", context());
      expect(result.rows, `case ${i}`).toEqual([]);
      expect(result.total, `case ${i}`).toBeGreaterThan(0);
      expectWellFormed(result.issues, `random bytes ${i}`);
    }
  });

  it("reads the template in every dialect, whole", () => {
    for (let i = 0; i < 300; i++) {
      const d = dialect(random);
      const result = checkOwnCsv(encode(write(GOOD_ROWS, d), d.encoding), "fuzz.csv", context());
      expect(
        result.issues.map((issue) => issue.message),
        JSON.stringify(d),
      ).toEqual([]);
      expect(
        result.rows.map((row) => [row.obs_id, row.value, row.quote]),
        JSON.stringify(d),
      ).toEqual(GOOD_ROWS.map((row) => [row[0], valueOf(row), quoteOf(row)]));
    }
  });

  it("survives damaged files in every dialect, positioning every problem once", () => {
    let refused = 0;
    for (let i = 0; i < 1500; i++) {
      const d = dialect(random);
      const text = damage(write(GOOD_ROWS, d), random);
      const result = checkOwnCsv(encode(text, d.encoding), "fuzz.csv", context());
      expectWellFormed(result.issues, `${JSON.stringify(d)} ${JSON.stringify(text)}`);
      // Either rows were read or the file was refused with a reason: never silence.
      expect(result.rows.length + result.total).toBeGreaterThan(0);
      if (result.total > 0) refused++;
    }
    expect(refused).toBeGreaterThan(300);
  });
});
