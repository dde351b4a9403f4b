/** `npm run extract` reads what the workbench reads: Word, PDF, legacy-encoded and Windows-1258 text. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { toTcvn3 } from "../../../src/lib/report-text/legacy.ts";
import { makeDocx, makeScanPdf, makeTextPdf } from "../../fixtures/report-files.ts";

const dir = mkdtempSync(join(tmpdir(), "extract-formats-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SENTENCE = "Năm 2024, UBND xã tiếp nhận 40 đơn, đã giải quyết 36/40 đơn, đạt 90%.";

function extractFrom(name: string, bytes: Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const textOut = join(dir, `${name}.out.txt`);
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/extract.ts", path, "--unit-id", "xa-vi-du", "--period", "2024", "--text-out", textOut],
    { encoding: "utf8" },
  );
  const rows = Papa.parse<Record<string, string>>(result.stdout, { header: true, skipEmptyLines: true }).data;
  return { result, rows, text: result.status === 0 ? readFileSync(textOut, "utf8") : "" };
}

describe("npm run extract on other formats", () => {
  it.each([
    ["report.docx", () => makeDocx(["BÁO CÁO", SENTENCE])],
    ["report.pdf", () => makeTextPdf(["Năm 2024, UBND xã tiếp nhận 40 đơn,", "đã giải quyết 36/40 đơn, đạt 90%."])],
  ])("reads %s and cuts every quote from the text it writes", (name, bytes) => {
    const { result, rows, text } = extractFrom(name, bytes());
    expect(result.status, result.stderr).toBe(0);
    const resolved = rows.find((row) => row.indicator_id === "petitions_resolved")!;
    expect(resolved).toMatchObject({ numerator: "36", denominator: "40", reported_percent: "90" });
    expect(text.slice(Number(resolved.char_start), Number(resolved.char_end))).toBe(resolved.quote);
  });

  it("converts TCVN3 and Windows-1258 text, and says so", () => {
    const tcvn3 = extractFrom("tcvn3.txt", Uint8Array.from([...toTcvn3(SENTENCE)].map((c) => c.charCodeAt(0))));
    expect(tcvn3.result.status, tcvn3.result.stderr).toBe(0);
    expect(tcvn3.result.stderr).toMatch(/TCVN3 \(ABC\) legacy encoding: 1 paragraphs were converted/);
    expect(tcvn3.text).toBe(SENTENCE);
    expect(tcvn3.rows.some((row) => row.numerator === "36" && row.denominator === "40")).toBe(true);
    // "Việt Nam" in Windows-1258: ê then a combining dot below (0xF2).
    const cp1258 = extractFrom(
      "cp1258.txt",
      Uint8Array.from([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x0a]),
    );
    expect(cp1258.result.stderr).toMatch(/A Windows-1258 text file, converted to Unicode/);
    expect(cp1258.text).toBe("Việt Nam\n");
  });

  it("refuses a scan with the reason", () => {
    const { result } = extractFrom("scan.pdf", makeScanPdf());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/scan\.pdf has no text layer: it looks like a scan \(images\)\. It needs OCR first/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
