/**
 * Opening a report for extraction, the same in the browser workbench and `npm run extract`:
 * check size and type, read the text (plain text, Word, PDF), then make it the Unicode NFC
 * text with LF line endings that quotes are cut from, saying what was converted.
 */
import { decodeTextBytes, type TextEncoding } from "./decode.ts";
import { ReportError } from "./errors.ts";
import { convertLegacy, type LegacyEncoding } from "./legacy.ts";

export { ReportError, type ReportErrorCode } from "./errors.ts";

/** Larger files are refused before they are read: a report's text is a few hundred KB. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

export type ReportFormat = "txt" | "docx" | "pdf";

export interface ReportReaders {
  docx(bytes: Uint8Array): Promise<string>;
  pdf(bytes: Uint8Array): Promise<string>;
}

export interface ReportFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export interface OpenedReport {
  text: string;
  format: ReportFormat;
  /** How a plain-text file was encoded. */
  encoding?: TextEncoding;
  /** A legacy font encoding converted to Unicode, and in how many paragraphs. */
  legacy?: LegacyEncoding;
  legacyParagraphs: number;
  /** The text was decomposed (NFD) and has been composed. */
  composed: boolean;
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** The format from the file's first bytes, with its name's extension as the tie-breaker. */
export function reportFormat(name: string, bytes: Uint8Array): ReportFormat {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, OLE) || extension === "doc") throw new ReportError("old_word");
  if (extension === "docx") return "docx";
  if (extension === "pdf") return "pdf";
  if (startsWith(bytes, ZIP)) throw new ReportError("unsupported", extension);
  if (extension === "txt" || extension === "text" || extension === "") return "txt";
  throw new ReportError("unsupported", extension);
}

/** Unicode NFC with LF endings; legacy paragraphs converted. */
export function normaliseText(raw: string): Pick<OpenedReport, "text" | "legacy" | "legacyParagraphs" | "composed"> {
  const unified = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const composedText = unified.normalize("NFC");
  const legacy = convertLegacy(composedText);
  return {
    text: legacy.text,
    legacy: legacy.paragraphs > 0 ? legacy.encoding : undefined,
    legacyParagraphs: legacy.paragraphs,
    composed: composedText !== unified,
  };
}

export async function openReport(file: ReportFile, readers: ReportReaders): Promise<OpenedReport> {
  if (file.size === 0) throw new ReportError("empty");
  if (file.size > MAX_REPORT_BYTES) throw new ReportError("too_large", String(file.size));
  const bytes = await file.bytes();
  const format = reportFormat(file.name, bytes);
  let raw: string;
  let encoding: TextEncoding | undefined;
  try {
    if (format === "txt") ({ text: raw, encoding } = decodeTextBytes(bytes));
    else raw = format === "docx" ? await readers.docx(bytes) : await readers.pdf(bytes);
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError("unreadable", error instanceof Error ? error.message : String(error));
  }
  if (raw.trim() === "") throw new ReportError("empty");
  return { ...normaliseText(raw), format, encoding };
}
