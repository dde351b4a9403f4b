/** Word and PDF readers for the browser, each loaded only when a file of its kind is opened. */
import type { ReportFile, ReportReaders } from "../lib/report-text/open.ts";

export function browserReaders(pdfWorker: string): ReportReaders {
  return {
    async docx(bytes) {
      const { default: mammoth } = await import("mammoth");
      const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return (await mammoth.extractRawText({ arrayBuffer })).value;
    },
    async pdf(bytes) {
      const [pdfjs, { readPdfText }] = await Promise.all([import("pdfjs-dist"), import("../lib/report-text/pdf.ts")]);
      pdfjs.GlobalWorkerOptions.workerSrc = pdfWorker;
      return readPdfText(pdfjs, bytes);
    },
  };
}

export const browserFile = (file: File): ReportFile => ({
  name: file.name,
  size: file.size,
  bytes: async () => new Uint8Array(await file.arrayBuffer()),
});
