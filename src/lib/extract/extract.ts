/**
 * Proposes observation rows from a report's text: prepare the text, split it into sentences,
 * classify the figures, assemble rows, then give each row the values, flags and quote the
 * curation rules ask for. Every quote is cut from the original text and holds every number
 * of its row; a row for which that cannot be done is not proposed. A person reviews the
 * proposals; `npm run validate` gates what is accepted.
 */
import { textContainsNumber } from "../numbers.ts";
import type { ObservationRecord } from "../schema.ts";
import { percentAgrees, ratioValue } from "../validate.ts";
import { assemble, type Proposal } from "./assemble.ts";
import { classifySentence, type ClassifiedSentence } from "./classify.ts";
import { CUMULATIVE } from "./lexicon.ts";
import type { NumberToken } from "./mentions.ts";
import { prepare, type Prepared } from "./prepare.ts";
import { quoteSpan } from "./quote.ts";
import { blocks, sentences, type Span } from "./segment.ts";
import { parseNumberWords } from "./words.ts";

export interface Candidate extends ObservationRecord {
  char_start: number;
  char_end: number;
  rule: string;
  confidence: number;
}

export interface ExtractOptions {
  sourceId: string;
  unitId: string;
  period: string;
  /** Indicator kinds (count or ratio) from indicators.csv. */
  kinds: ReadonlyMap<string, string>;
}

/** Sections of plans for next year: their figures are targets, not results. */
const PLAN_HEADING = /^\s*[IVXLC]+\.\s*(?:PHƯƠNG HƯỚNG|NHIỆM VỤ|ĐỀ XUẤT|KIẾN NGHỊ)/iu;
const HEADING = /^\s*(?:[IVXLC]+\.\s|PHỤ LỤC)/iu;

/** Blocks inside a plan section. */
function planBlocks(text: string, spans: Span[]): Set<number> {
  const skipped = new Set<number>();
  let inPlan = false;
  spans.forEach((block, index) => {
    const body = text.slice(block.start, block.end);
    if (PLAN_HEADING.test(body)) inPlan = true;
    else if (HEADING.test(body)) inPlan = false;
    if (inPlan) skipped.add(index);
  });
  return skipped;
}

/** A number as the CSV stores it: decimal point, no grouping, the report's own decimals kept. */
function plain(token: NumberToken): string {
  const comma = token.raw.split(",")[1];
  const point = /^\d+\.(\d{1,2}|\d{4,})$/.exec(token.raw)?.[1];
  const decimals = (comma ?? point ?? "").length;
  return decimals ? token.value.toFixed(decimals) : String(token.value);
}

/** Every number of the row is in the quote, in digits or in words. */
function quoteHolds(quote: string, tokens: NumberToken[]): boolean {
  return tokens.every((token) =>
    token.words
      ? quote.includes(token.raw) && parseNumberWords(token.raw) === token.value
      : textContainsNumber(quote, token.value),
  );
}

function toCandidate(prepared: Prepared, proposal: Proposal, options: ExtractOptions): Candidate | undefined {
  const [start, end] = quoteSpan(prepared.text, proposal);
  const charStart = prepared.toOriginal(start);
  const charEnd = prepared.toOriginal(end);
  const quote = prepared.original.slice(charStart, charEnd);
  const { numerator: n, denominator: d, percent: p, value: v } = proposal;
  const tokens = [n, d, p, v].filter((token): token is NumberToken => token !== undefined);
  if (!quoteHolds(quote, tokens)) return undefined;
  const flags: string[] = [];
  const notes: string[] = [];
  const notesVi: string[] = [];
  /** Every note in both languages: the site shows the Vietnamese one at / and the English one at /en/. */
  const note = (english: string, vietnamese: string) => {
    notes.push(english);
    notesVi.push(vietnamese);
  };
  let value = v ? plain(v) : "";
  if (n && d) {
    if (d.value === 0) return undefined;
    value = String(ratioValue(n.value, d.value));
    if (p && !percentAgrees(n.value, d.value, p.value, plain(p))) {
      flags.push("percent_mismatch");
      const computed = (n.value / d.value) * 100;
      note(
        `${plain(n)}/${plain(d)} = ${computed.toFixed(2)}%, but the report says ${plain(p)}%.`,
        `${plain(n)}/${plain(d)} = ${computed.toFixed(2).replace(".", ",")}%, nhưng báo cáo ghi ${plain(p).replace(".", ",")}%.`,
      );
    }
  } else if (p) value = plain(p);
  else if (n) {
    flags.push("denominator_not_stated");
    note(
      "The report gives the count only; no total is stated with it.",
      "Báo cáo chỉ nêu số đếm, không nêu tổng số đi kèm.",
    );
  }
  if (tokens.some((token) => token.approximate)) {
    flags.push("approximate");
    note(
      "The report gives an approximate figure (hơn, gần, trên, khoảng…).",
      "Báo cáo nêu con số ước chừng (hơn, gần, trên, khoảng…).",
    );
  }
  if (CUMULATIVE.test(prepared.text.slice(start, end))) {
    flags.push("cumulative_period");
    note(
      "The figure accumulates several years or runs to the date of the report; check the period.",
      "Con số cộng dồn nhiều năm hoặc tính đến ngày báo cáo; cần kiểm tra kỳ số liệu.",
    );
  }
  if (tokens.some((token) => token.words)) {
    note(
      "A number is written in words; the validator reads digits only.",
      "Có con số viết bằng chữ; bộ kiểm tra chỉ đọc chữ số.",
    );
  }
  return {
    obs_id: "",
    indicator_id: proposal.indicator,
    unit_id: options.unitId,
    period: options.period,
    scope: proposal.scope,
    numerator: n ? plain(n) : "",
    denominator: d ? plain(d) : "",
    value,
    reported_percent: p ? plain(p) : "",
    source_id: options.sourceId,
    grade: "held",
    quote,
    locator: "",
    flags: flags.join(";"),
    note: notes.join(" "),
    note_vi: notesVi.join(" "),
    char_start: charStart,
    char_end: charEnd,
    rule: proposal.rule,
    confidence: Math.round(Math.min(0.95, Math.max(0.05, proposal.confidence)) * 100) / 100,
  };
}

const numbersKey = (row: ObservationRecord) =>
  [row.indicator_id, ...[row.numerator, row.denominator, row.value, row.reported_percent].map(Number)].join("|");

/** One row per indicator and numbers (a figure repeated in a summary is recorded once). */
function dedupe(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = numbersKey(candidate);
    const kept = best.get(key);
    if (!kept || candidate.confidence > kept.confidence) best.set(key, candidate);
  }
  return [...best.values()].sort((a, b) => a.char_start - b.char_start || a.indicator_id.localeCompare(b.indicator_id));
}

export function extract(original: string, options: ExtractOptions): Candidate[] {
  const prepared = prepare(original);
  const text = prepared.text;
  const spans = blocks(text);
  const skipped = planBlocks(text, spans);
  const proposals: { proposal: Proposal; block: number }[] = [];
  let previous: ClassifiedSentence | undefined;
  for (const sentence of sentences(text, spans)) {
    if (skipped.has(sentence.block)) continue;
    const current = classifySentence(text, sentence, previous?.sentence, spans[sentence.block]!.start);
    for (const proposal of assemble(text, current, previous, options.kinds))
      proposals.push({ proposal, block: sentence.block });
    previous = current;
  }
  // A count given alone next to a complete figure of the same indicator is a detail of it.
  const complete = new Set(
    proposals
      .filter(({ proposal }) => proposal.denominator || proposal.percent || proposal.value)
      .map(({ proposal, block }) => `${proposal.indicator}|${block}`),
  );
  const candidates = proposals
    .filter(
      ({ proposal, block }) =>
        !proposal.numerator ||
        proposal.denominator ||
        proposal.percent ||
        !complete.has(`${proposal.indicator}|${block}`),
    )
    .map(({ proposal }) => toCandidate(prepared, proposal, options))
    .filter((candidate): candidate is Candidate => candidate !== undefined);
  return dedupe(candidates).map((candidate, i) => ({
    ...candidate,
    obs_id: `${options.sourceId}-c${String(i + 1).padStart(3, "0")}`,
  }));
}
