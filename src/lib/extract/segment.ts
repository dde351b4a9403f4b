/**
 * Splits a report into clauses (sentences, bullet items, footnotes) with offsets into the
 * original text, so every quote is an exact substring. A line broken in the middle of a
 * sentence stays inside the clause; a blank line, a bullet or a sentence end closes it.
 * Semicolons do not: a total is often stated in the part before one.
 */
export interface Clause {
  text: string;
  start: number;
  end: number;
}

/** Where a clause ends: after . ; ! ? followed by space, at a blank line, before a bullet line. */
const BOUNDARY =
  /(?<=[.!?…])[\s)*]*\s+(?=\S)|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-+•*–]\s|\d{1,2}\.\s|[¹²³⁴⁵⁶⁷⁸⁹⁰⁽]|[IVX]+\.\s))/gu;

export function clauses(text: string): Clause[] {
  const result: Clause[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) result.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return result;
}
