/**
 * The stretch of text a figure's cues are read from: before it, back to the previous figure
 * (a figure ends the reach of the cues before it), its clause's start or its opening bracket;
 * after it, to the next comma (phrase) or semicolon (clause). Brackets before the figure are
 * blanked: a breakdown's words are not the figure's cue.
 */
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./segment.ts";

const REACH = 160;
/** The figure after "từ" is where a change starts; the cue before it reaches the figure after it. */
const STARTS_FROM = /(?:tăng|giảm)\s*từ\s*$/iu;

export interface Window {
  /** Text before the figure with brackets blanked, where it starts, and as written. */
  before: string;
  start: number;
  raw: string;
  /** Text after the unit, to the next comma (phrase) or semicolon (clause). */
  phrase: string;
  clause: string;
  end: number;
  /** The part of `before` after its last comma: the figure's own phrase. */
  ownPhrase: string;
  /** From the start of the figure's clause (sentence start or last ";") to the figure. */
  clauseStart: string;
}

/** Blanks bracketed groups (a breakdown) so that their words are not read as cues. */
export function blankBrackets(text: string): string {
  let result = text;
  for (let previous = ""; previous !== result;) {
    previous = result;
    result = result.replace(/\([^()]*\)|\[[^[\]]*\]/gu, (group) => " ".repeat(group.length));
  }
  return result;
}

export function windowOf(text: string, sentence: Sentence, mentions: Mention[], i: number): Window {
  const mention = mentions[i]!;
  const startsChange = (other: Mention) =>
    other.kind === "percent" && STARTS_FROM.test(text.slice(Math.max(0, other.start - 20), other.start));
  const last = mentions.slice(0, i).findLast((other) => other.depth <= mention.depth && !startsChange(other));
  const opening = mention.depth > 0 ? text.lastIndexOf("(", mention.start) + 1 : 0;
  const semicolon = text.lastIndexOf(";", mention.start - 1) + 1;
  const start = Math.max(sentence.start, last?.end ?? 0, mention.start - REACH, semicolon, opening);
  const raw = text.slice(start, mention.start);
  const before = blankBrackets(raw);
  const next = mentions[i + 1]?.start ?? sentence.end;
  const rest = text.slice(mention.end, Math.min(next, sentence.end, mention.end + 120));
  const upTo = (stop: RegExp) => {
    const cut = rest.search(stop);
    return cut === -1 ? rest : rest.slice(0, cut);
  };
  const ownPhrase = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf("(")) + 1);
  const clauseStart = text.slice(Math.max(sentence.start, semicolon), mention.start);
  return {
    before,
    start,
    raw,
    phrase: upTo(/[,;.:()]/u),
    clause: upTo(/[;()]|\.(?!\d)/u),
    end: mention.end,
    ownPhrase,
    clauseStart,
  };
}
