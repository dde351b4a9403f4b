/** Files a visitor might upload, built byte by byte: legacy encodings, UTF-16, spreadsheets' dialects. */
import { OBSERVATIONS, columnsOf } from "../../src/lib/schema.ts";

export const HEADER = columnsOf(OBSERVATIONS);

const row = (values: Record<string, string>) => HEADER.map((name) => values[name] ?? "");

/** A valid ratio row and a valid count row, with Vietnamese text in their quotes, in the schema's column order. */
export const GOOD_ROWS = [
  row({
    obs_id: "mine-001",
    indicator_id: "petitions_resolved",
    unit_id: "xa-cua-toi",
    period: "2024",
    scope: "total",
    numerator: "30",
    denominator: "40",
    value: "75",
    reported_percent: "75",
    source_id: "bc-xa",
    quote: "đã giải quyết 30/40 đơn, đạt 75%",
  }),
  row({
    obs_id: "mine-002",
    indicator_id: "households",
    unit_id: "xa-cua-toi",
    period: "2024",
    scope: "total",
    value: "1541",
    source_id: "bc-xa",
    quote: "Toàn xã có 1.541 hộ gia đình",
  }),
];

/** A row from its named cells, the others blank. */
export const rowOf = row;
const QUOTE = HEADER.indexOf("quote");
const VALUE = HEADER.indexOf("value");
export const quoteOf = (cells: string[]) => cells[QUOTE]!;
export const valueOf = (cells: string[]) => cells[VALUE]!;

const quoteCell = (cell: string, delimiter: string) =>
  /["\n\r]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;

export function csvText(rows: string[][], delimiter = ",", newline = "\n"): string {
  return (
    [HEADER, ...rows].map((row) => row.map((cell) => quoteCell(cell, delimiter)).join(delimiter)).join(newline) +
    newline
  );
}

/** Grave, acute, tilde, hook above, dot below: Windows-1258 writes them after the letter. */
const TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];

/** Windows-1258 bytes of a text: letters it lacks precomposed are written as base letter plus tone mark. */
export function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1258");
  const byteOf = new Map<string, number>();
  for (let byte = 255; byte >= 0; byte--) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  const bytes: number[] = [];
  for (const char of text.normalize("NFC")) {
    const direct = byteOf.get(char);
    if (direct !== undefined) {
      bytes.push(direct);
      continue;
    }
    const marks = [...char.normalize("NFD")];
    const tones = marks.filter((mark) => TONES.includes(mark));
    const base = marks
      .filter((mark) => !TONES.includes(mark))
      .join("")
      .normalize("NFC");
    for (const part of [base, ...tones]) {
      const byte = byteOf.get(part);
      if (byte === undefined) throw new Error(`"${char}" has no Windows-1258 form`);
      bytes.push(byte);
    }
  }
  return Uint8Array.from(bytes);
}

export function utf16(text: string, order: "le" | "be", bom: boolean): Uint8Array {
  const units = (bom ? "\uFEFF" : "") + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    bytes[2 * i + (order === "le" ? 0 : 1)] = code & 0xff;
    bytes[2 * i + (order === "le" ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

export const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
]);
