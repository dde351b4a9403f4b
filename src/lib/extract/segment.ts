/**
 * Splits a report into sentences with offsets into the text, so that every quote is an exact
 * substring. Reports converted from PDF or Word break lines (and insert blank lines at page
 * breaks) in the middle of sentences: a line that does not end a sentence and is followed by
 * one starting in lower case, with a digit or a bracket, is rejoined. A bullet, a numbered
 * heading or a footnote line always starts a new block.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the block (paragraph, list item, footnote) the sentence belongs to. */
  block: number;
}

/** A line that opens a new block: bullets, "1.", "1.2.", "a)", "II.", "(3)", footnotes "¹ …". */
const BLOCK_START =
  /^[ \t]*(?:[-+•–—]\s|\*\s*\p{Lu}|\d{1,3}(?:\.\d{1,3})*\.\s|\d{1,3}\)\s|[a-zđ]\)\s|[IVXLC]+\.\s|\(\d{1,3}\)\s|[¹²³⁴⁵⁶⁷⁸⁹⁰⁽])/u;
/** A line that may continue the previous one. */
const CONTINUATION = /^[ \t]*(?:[\p{Ll}\d(“"'%]|\.\.\.)/u;
/** How a line ends when its sentence is over. */
const CLOSED = /[.!?;:…][)\]”"'*\s]*$/u;
/**
 * Where a sentence ends inside a block: not after "TP." and other abbreviations, nor a
 * heading's "II.", nor before a fragment that only gives the percent ("14/14. Chiếm 100%.").
 */
const SENTENCE_END =
  /(?<!\b(?:TP|Tp|TS|ThS|PGS|GS|BS|KS|tr|Tr|St)|^[ \t]*(?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[a-zA-Zđ]))[.!?…][)\]”"'*]*\s+(?=[\p{Lu}\d“"(*+\-•¹²³⁴⁵⁶⁷⁸⁹⁰⁽])(?!(?:Chiếm|Đạt|Bằng)\s+(?:tỷ lệ\s+)?\d)/gu;

function lines(text: string): Span[] {
  const result: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r?\n/g)) {
    if (text.slice(start, match.index).trim()) result.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim()) result.push({ start, end: text.length });
  return result;
}

/** Blocks of lines, each a paragraph, list item or footnote, rejoined across broken lines. */
export function blocks(text: string): Span[] {
  const result: Span[] = [];
  for (const line of lines(text)) {
    const last = result.at(-1);
    const body = text.slice(line.start, line.end);
    const joins =
      last !== undefined &&
      !BLOCK_START.test(body) &&
      CONTINUATION.test(body) &&
      !CLOSED.test(text.slice(last.start, last.end));
    if (joins) last.end = line.end;
    else result.push({ ...line });
  }
  return result;
}

export function sentences(text: string, spans: Span[] = blocks(text)): Sentence[] {
  const result: Sentence[] = [];
  spans.forEach((block, index) => {
    let start = block.start;
    const push = (end: number) => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) result.push({ start: start + lead, end: start + lead + trimmed.length, block: index });
    };
    const body = text.slice(block.start, block.end);
    for (const match of body.matchAll(SENTENCE_END)) {
      const cut = block.start + match.index + match[0].trimEnd().length;
      push(cut);
      start = cut;
    }
    push(block.end);
  });
  return result;
}
