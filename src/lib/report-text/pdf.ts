/**
 * A PDF's text layer, read with pdfjs-dist. The caller passes the pdfjs module (the browser
 * build with its self-hosted worker, or the legacy build in Node), so one reading serves both.
 */
import type { getDocument } from "pdfjs-dist";
import { ReportError } from "./errors.ts";

export interface PdfjsModule {
  getDocument: typeof getDocument;
}

interface TextPiece {
  str?: string;
  hasEOL?: boolean;
}

/** The text of one page: pieces in reading order, a line break where pdfjs ends a line. */
export function pageText(items: readonly TextPiece[]): string {
  return items.map((item) => (item.str ?? "") + (item.hasEOL ? "\n" : "")).join("");
}

export async function readPdfText(pdfjs: PdfjsModule, bytes: Uint8Array): Promise<string> {
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  // verbosity 0: errors only; text needs no standard font files, so their absence is no warning.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException") throw new ReportError("pdf_password");
    throw new ReportError("unreadable", error instanceof Error ? error.message : String(error));
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      pages.push(pageText((await page.getTextContent()).items as TextPiece[]));
      page.cleanup();
    }
    const text = pages.join("\n\n");
    if (text.trim() === "") throw new ReportError("pdf_no_text", String(document.numPages));
    return text;
  } finally {
    await document.destroy();
  }
}

/** Where the build puts pdfjs-dist's worker, under the site: the browser fetches nothing elsewhere. */
export const PDF_WORKER_FILE = "pdfjs/pdf.worker.min.mjs";
