/**
 * Where a row's quote starts and ends: the smallest stretch covering its figures and cues,
 * widened to whole clauses (back to the previous ";", ":" or sentence start, on to the next
 * ",", ";", "(" or sentence end) so that a reader understands it, and kept short.
 */
import type { Proposal } from "./assemble.ts";

const LONGEST_LEAD = 60;
const LONGEST_TAIL = 60;
const LEADING_MARK = /^(?:[\s\-+•*¹²³⁴⁵⁶⁷⁸⁹⁰⁽⁾]|(?:\d{1,3}(?:\.\d{1,3})*\.|[IVXLC]+\.|[a-zđ]\)|\(\d{1,3}\))\s)+/u;

export function quoteSpan(text: string, proposal: Proposal): [number, number] {
  const from = Math.min(...proposal.pieces.map((piece) => piece.start));
  const to = Math.max(...proposal.pieces.map((piece) => piece.end));
  const floor = proposal.firstSentence.start;
  const ceiling = proposal.sentence.end;

  const lead = text.slice(floor, from);
  const clause = Math.max(lead.lastIndexOf("; "), lead.lastIndexOf(": "), lead.lastIndexOf(";\n"));
  let start = clause === -1 ? floor : floor + clause + 2;
  const comma = text.lastIndexOf(", ", from - 1);
  if (from - start > LONGEST_LEAD && comma >= start) start = comma + 2;

  const tail = text.slice(to, Math.min(ceiling, to + LONGEST_TAIL));
  const stop = tail.search(/,(?!\d)|[;(]|\.(?!\d)/u);
  // Without a clause end in reach, stop at the end of a word.
  const wordEnd = to + tail.length < ceiling ? tail.search(/\s\S*$/u) : -1;
  let end = to + (stop !== -1 ? stop : wordEnd !== -1 ? wordEnd : tail.length);
  // Close a bracket the quote opened ("(đạt 88%").
  const body = text.slice(start, end);
  if (body.split("(").length > body.split(")").length && text[end] === ")") end++;

  // Not the bullet, list number or footnote number the paragraph starts with.
  start += LEADING_MARK.exec(text.slice(start, end))?.[0].length ?? 0;
  while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
  return [start, end];
}
