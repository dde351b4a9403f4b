/** Word and PDF readers for Node (`npm run extract`, the benchmark): mammoth, and pdfjs-dist's legacy build. */
import { copyFileSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { PDF_WORKER_FILE, readPdfText } from "../lib/report-text/pdf.ts";
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

/** Self-hosts pdfjs-dist's worker for the workbench page, as the duckdb-wasm bundles are. */
export function copyPdfWorker(siteDir: string): void {
  const target = join(siteDir, PDF_WORKER_FILE);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(createRequire(import.meta.url).resolve("pdfjs-dist/build/pdf.worker.min.mjs"), target);
}
