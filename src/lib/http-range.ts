/**
 * One byte range of a Range header (RFC 9110 §14), as static hosts honour it: "bytes=0-99",
 * "bytes=100-", "bytes=-500". Several ranges, other units or bad syntax are ignored (the
 * whole file is sent, as the RFC allows); a range past the end is unsatisfiable (416).
 */
export type RangeAnswer = { kind: "whole" } | { kind: "unsatisfiable" } | { kind: "part"; start: number; end: number };

export function byteRange(header: string | undefined, size: number): RangeAnswer {
  const match = header === undefined ? null : /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match || (match[1] === "" && match[2] === "")) return { kind: "whole" };
  const [, first = "", last = ""] = match;
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "part", start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return { kind: "whole" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "part", start, end };
}
