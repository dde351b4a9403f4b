/**
 * The bytes of a plain-text report as text. Reports arrive as UTF-8 (with or without a
 * byte-order mark), UTF-16 from Windows "Unicode" text, or 8-bit: Windows-1258, or the legacy
 * font encodings (TCVN3, VNI), whose bytes are kept as Latin-1 characters for legacy.ts.
 */
import { detectLegacy } from "./legacy.ts";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258" | "8-bit";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const decode = (encoding: string, bytes: Uint8Array, fatal = false) =>
  new TextDecoder(encoding, { fatal }).decode(bytes);

/** UTF-16 without a byte-order mark: most of its ASCII characters have a zero byte beside them. */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  if (odd / pairs > 0.3 && even / pairs < 0.05) return "utf-16le";
  if (even / pairs > 0.3 && odd / pairs < 0.05) return "utf-16be";
  return undefined;
}

export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decode("utf-8", bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  const utf16 = utf16Order(bytes);
  if (utf16) return { text: decode(utf16, bytes), encoding: utf16 };
  try {
    return { text: decode("utf-8", bytes, true), encoding: "utf-8" };
  } catch {
    // Not UTF-8: an 8-bit code page. TCVN3 and VNI bytes read as Latin-1 show their marks.
    const latin = decode("windows-1252", bytes);
    if (detectLegacy(latin)) return { text: latin, encoding: "8-bit" };
    return { text: decode("windows-1258", bytes), encoding: "windows-1258" };
  }
}
