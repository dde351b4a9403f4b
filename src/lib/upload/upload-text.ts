/**
 * The text of an uploaded file, whatever a spreadsheet saved it as: UTF-8 with or without
 * a BOM, UTF-16 (with a BOM, or without one, found by its NUL bytes), or legacy Windows-1258
 * when the bytes are not UTF-8. Files that are not text at all (images, archives, random
 * bytes) are refused by name, before any CSV parsing.
 */
import { lineAndColumn, problemAt, type Issue } from "../csv.ts";
import { problem, type Problem } from "../problems.ts";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

export interface DecodedUpload {
  text: string;
  encoding: Encoding;
  /** What was read differently from plain UTF-8, to tell the visitor. */
  notes: Problem[];
}

const SIGNATURES: [name: string, bytes: number[]][] = [
  ["PNG", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP", [0x50, 0x4b, 0x03, 0x04]],
  ["Excel 97-2003 (.xls)", [0xd0, 0xcf, 0x11, 0xe0]],
  ["gzip", [0x1f, 0x8b]],
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** The format a file's first bytes announce, if it is a known binary one. */
export function binaryFormat(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(([, prefix]) => startsWith(bytes, prefix))?.[0];
}

/** UTF-16 without a BOM: mostly ASCII text has a NUL in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): Encoding | undefined {
  const pairs = Math.min(4096, bytes.length >> 1);
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return "utf-16be";
  return undefined;
}

/** Offset of the first control character other than tab and line breaks: never in a real CSV. */
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code < 0x20 && code !== 9 && code !== 10 && code !== 13) ||
      code === 0x7f ||
      code === 0xfffe ||
      code === 0xffff
    )
      return i;
  }
  return -1;
}

function decode(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeUpload(bytes: Uint8Array, file: string): DecodedUpload | { issue: Issue } {
  const refuse = (p: Problem, line = 0, column = 0): { issue: Issue } => ({ issue: problemAt(file, line, column, p) });
  const format = binaryFormat(bytes);
  if (format) return refuse(problem("binaryFile", format));

  let encoding: Encoding = "utf-8";
  const notes: Problem[] = [];
  if (startsWith(bytes, [0xff, 0xfe])) encoding = "utf-16le";
  else if (startsWith(bytes, [0xfe, 0xff])) encoding = "utf-16be";
  else encoding = utf16WithoutBom(bytes) ?? "utf-8";

  let text = decode(bytes, encoding);
  if (text === undefined && encoding !== "utf-8") return refuse(problem("badEncoding", encoding.toUpperCase()));
  if (text === undefined) {
    // Not UTF-8: Vietnamese spreadsheets saved in the legacy Windows code page.
    // Its tone marks are combining characters: composed here, as UTF-8 files write them.
    text = decode(bytes, "windows-1258")?.normalize("NFC");
    encoding = "windows-1258";
  }
  if (text === undefined) return refuse(problem("badEncoding", "UTF-8"));
  if (encoding !== "utf-8")
    notes.push(problem("readAs", encoding === "windows-1258" ? "Windows-1258" : encoding.toUpperCase()));

  const control = firstControl(text);
  if (control !== -1) {
    const { line, column } = lineAndColumn(text, control);
    const code = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, "0");
    return refuse(problem("controlCharacter", `U+${code}`), line, column);
  }
  return { text, encoding, notes };
}

/** Separators spreadsheets write: Vietnamese-locale Excel saves "CSV" with semicolons. */
const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Fields of the first line, split on one delimiter outside double quotes. */
function headerFields(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) {
      fields.push(current.trim());
      current = "";
    } else current += char;
  }
  fields.push(current.trim());
  return fields;
}

/** The delimiter whose split of the header names the most expected columns, else the most frequent one. */
export function detectDelimiter(text: string, columns: readonly string[]): Delimiter {
  const end = text.indexOf("\n");
  const line = (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, "");
  let best: Delimiter = ",";
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const fields = headerFields(line, delimiter);
    // Expected column names decide; a header broken by a stray quote still shows its separators.
    const score = fields.filter((field) => columns.includes(field)).length * 1e6 + line.split(delimiter).length;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
