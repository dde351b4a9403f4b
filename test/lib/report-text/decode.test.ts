import { describe, expect, it } from "vitest";
import { decodeTextBytes } from "../../../src/lib/report-text/decode.ts";

const TEXT = "Đã giải quyết 36/40 đơn, đạt 90%.";
const utf16 = (text: string, bigEndian: boolean) => {
  const out = new Uint8Array(text.length * 2);
  [...text].forEach((c, i) => {
    const code = c.charCodeAt(0);
    out[i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
    out[i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
  });
  return out;
};

describe("decodeTextBytes", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeTextBytes(bytes)).toEqual({ text: TEXT, encoding: "utf-8" });
    expect(decodeTextBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: TEXT, encoding: "utf-8" });
  });

  it("reads UTF-16 in either byte order, with or without a byte-order mark", () => {
    expect(decodeTextBytes(Uint8Array.from([0xff, 0xfe, ...utf16(TEXT, false)]))).toEqual({
      text: TEXT,
      encoding: "utf-16le",
    });
    expect(decodeTextBytes(Uint8Array.from([0xfe, 0xff, ...utf16(TEXT, true)]))).toEqual({
      text: TEXT,
      encoding: "utf-16be",
    });
    expect(decodeTextBytes(utf16(TEXT, false))).toEqual({ text: TEXT, encoding: "utf-16le" });
    expect(decodeTextBytes(utf16(TEXT, true))).toEqual({ text: TEXT, encoding: "utf-16be" });
  });

  it("reads Windows-1258, whose tones are combining marks", () => {
    // "Việt Nam": V i ê + dot below (0xF2) t
    const decoded = decodeTextBytes(Uint8Array.from([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d]));
    expect(decoded.encoding).toBe("windows-1258");
    expect(decoded.text.normalize("NFC")).toBe("Việt Nam");
  });

  it("keeps TCVN3 bytes as Latin-1 characters for the legacy conversion", () => {
    const tcvn3 = "B¸o c¸o kÕt qu¶ thùc hiÖn d©n chñ ë c¬ së";
    const decoded = decodeTextBytes(Uint8Array.from([...tcvn3].map((c) => c.charCodeAt(0))));
    expect(decoded).toEqual({ text: tcvn3, encoding: "8-bit" });
  });
});
