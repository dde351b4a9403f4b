/** Word and PDF readers for Node (`npm run extract`, the benchmark): mammoth, and pdfjs-dist's legacy build. */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { readPdfText } from "../lib/report-text/pdf.ts";
import type { ReportFile, ReportReaders } from "../lib/report-text/open.ts";

export const nodeReaders: ReportReaders = {
  async docx(bytes) {
    const { default: mammoth } = await import("mammoth");
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  },
  async pdf(bytes) {
    return readPdfText(await import("pdfjs-dist/legacy/build/pdf.mjs"), bytes);
  },
};

export function reportFile(path: string): ReportFile {
  return { name: basename(path), size: statSync(path).size, bytes: async () => new Uint8Array(readFileSync(path)) };
}
