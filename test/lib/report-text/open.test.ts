/** Opening reports in Node with the same readers `npm run extract` uses (mammoth, pdfjs-dist legacy). */
import { describe, expect, it } from "vitest";
import { toTcvn3 } from "../../../src/lib/report-text/legacy.ts";
import { MAX_REPORT_BYTES, openReport, ReportError, reportFormat } from "../../../src/lib/report-text/open.ts";
import { nodeReaders } from "../../../src/server/report-readers.ts";
import { makeDocx, makeEncryptedPdf, makeScanPdf, makeTextPdf } from "../../fixtures/report-files.ts";

const SENTENCE = "Năm 2024, UBND xã tiếp nhận 40 đơn, đã giải quyết 36/40 đơn, đạt 90%.";
const file = (name: string, bytes: Uint8Array, size = bytes.length) => ({ name, size, bytes: async () => bytes });
const open = (name: string, bytes: Uint8Array, size?: number) => openReport(file(name, bytes, size), nodeReaders);
const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReportError);
  return error as ReportError;
};

describe("openReport", () => {
  it("reads plain text, composing NFD and unifying line endings", async () => {
    const report = await open("r.txt", new TextEncoder().encode(`${SENTENCE.normalize("NFD")}\r\nHết.`));
    expect(report).toMatchObject({ text: `${SENTENCE}\nHết.`, format: "txt", encoding: "utf-8", composed: true });
  });

  it("reads a Word file", async () => {
    const report = await open("r.docx", makeDocx(["BÁO CÁO", SENTENCE]));
    expect(report.format).toBe("docx");
    expect(report.text).toContain(SENTENCE);
    expect(report.text.indexOf("BÁO CÁO")).toBeLessThan(report.text.indexOf(SENTENCE));
  });

  it("reads a PDF's text layer, and converts one set in a TCVN3 font", async () => {
    const report = await open(
      "r.pdf",
      makeTextPdf(["Năm 2024, UBND xã tiếp nhận 40 đơn,", "đã giải quyết 36/40 đơn, đạt 90%."]),
    );
    expect(report).toMatchObject({ format: "pdf", legacyParagraphs: 0 });
    expect(report.text).toBe("Năm 2024, UBND xã tiếp nhận 40 đơn,\nđã giải quyết 36/40 đơn, đạt 90%.");
    const legacy = await open(
      "l.pdf",
      makeTextPdf([toTcvn3("đã giải quyết 36/40 đơn, đạt 90% kết quả thực hiện")], { latin1Bytes: true }),
    );
    expect(legacy).toMatchObject({
      legacy: "tcvn3",
      legacyParagraphs: 1,
      text: "đã giải quyết 36/40 đơn, đạt 90% kết quả thực hiện",
    });
  });

  it("names each bad file for what it is", async () => {
    expect((await failure(open("s.pdf", makeScanPdf()))).code).toBe("pdf_no_text");
    expect((await failure(open("p.pdf", makeEncryptedPdf()))).code).toBe("pdf_password");
    expect((await failure(open("e.txt", new Uint8Array()))).code).toBe("empty");
    expect((await failure(open("e.docx", makeDocx([" "])))).code).toBe("empty");
    expect((await failure(open("big.pdf", new Uint8Array(4), MAX_REPORT_BYTES + 1))).code).toBe("too_large");
    expect((await failure(open("x.pdf", Uint8Array.from([1, 2, 3])))).code).toBe("unreadable");
    expect((await failure(open("x.docx", Uint8Array.from([1, 2, 3])))).code).toBe("unreadable");
    expect((await failure(open("x.xlsx", Uint8Array.from([0x50, 0x4b, 3, 4])))).code).toBe("unsupported");
    expect((await failure(open("old.doc", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0])))).code).toBe("old_word");
  });

  it("trusts a file's first bytes over its name", () => {
    expect(reportFormat("report.txt", new TextEncoder().encode("%PDF-1.7"))).toBe("pdf");
    expect(reportFormat("report.DOCX", Uint8Array.from([0x50, 0x4b, 3, 4]))).toBe("docx");
    expect(reportFormat("report", new TextEncoder().encode("text"))).toBe("txt");
  });
});
